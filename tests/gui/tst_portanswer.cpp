// SPDX-License-Identifier: GPL-3.0-or-later
// Answer Now in the port list: enabled only while the selected port rings with receive mode
// Manual and the connection can answer by hand, it reaches the server's answerCall(); a refusal
// is shown naming the port when it arrives. Offscreen, against the fake server; the main window
// carries the action in its Fax menu.
#include "detailspane.h"
#include "fakefaxserver.h"
#include "mainwindow.h"
#include "messagesink.h"
#include "portlistmodel.h"
#include "portlistpanel.h"

#include "server/operationwait.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace Fax;

namespace {

class RecordingSink final : public MessageSink
{
public:
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    bool confirm(QWidget *, const QString &, const QString &) override { return true; }
    QStringList errors;
};

Port port(const QString &name, PortState state, ReceiveMode mode)
{
    Port p = FakeFaxServer::makePort(name);
    p.state = state;
    p.receiveMode = mode;
    return p;
}

} // namespace

class TestPortAnswer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void disabledWithoutRingingManualPort();
    void answersRingingManualPort();
    void followsLiveState();
    void refusalIsShown();
    void disabledWhileDisconnected();
    void unsupportedWithoutCapability();
    void mainWindowHasAction();

private:
    std::unique_ptr<FakeFaxServer> m_server;
    std::unique_ptr<PortListModel> m_model;
    std::unique_ptr<RecordingSink> m_sink;
    std::unique_ptr<PortListPanel> m_panel;
};

void TestPortAnswer::init()
{
    m_server = std::make_unique<FakeFaxServer>();
    m_server->setPorts(
        {port(QStringLiteral("idle-manual"), PortState::Idle, ReceiveMode::Manual),
         port(QStringLiteral("ring-auto"), PortState::Ringing, ReceiveMode::Auto),
         port(QStringLiteral("ring-off"), PortState::Ringing, ReceiveMode::Off),
         port(QStringLiteral("ring-manual"), PortState::Ringing, ReceiveMode::Manual)});
    m_model = std::make_unique<PortListModel>();
    m_model->setServer(m_server.get());
    m_sink = std::make_unique<RecordingSink>();
    m_panel = std::make_unique<PortListPanel>(m_model.get(), m_sink.get());
    m_panel->resize(900, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestPortAnswer::cleanup()
{
    m_panel.reset();
    m_model.reset();
    m_server.reset();
    m_sink.reset();
}

void TestPortAnswer::disabledWithoutRingingManualPort()
{
    QAction *answer = m_panel->answerAction();
    QCOMPARE(answer->objectName(), QStringLiteral("answerCallAction"));
    QVERIFY(!answer->isEnabled()); // nothing selected
    for (const char *name : {"idle-manual", "ring-auto", "ring-off"}) {
        QVERIFY(m_panel->selectPort(QLatin1String(name)));
        QCOMPARE(m_panel->selectedPort()->name, QLatin1String(name));
        QVERIFY2(!answer->isEnabled(), name);
    }
    // Triggering it anyway (a stale shortcut) sends nothing.
    answer->trigger();
    QVERIFY(m_server->commandLog().isEmpty());
    QVERIFY(m_panel->selectPort(QStringLiteral("ring-manual")));
    QVERIFY(answer->isEnabled());
}

void TestPortAnswer::answersRingingManualPort()
{
    QAction *answer = m_panel->answerAction();
    QVERIFY(m_panel->selectPort(QStringLiteral("ring-manual")));
    QVERIFY(answer->isEnabled());
    answer->trigger();
    QCOMPARE(m_server->commandLog(), QStringList{QStringLiteral("answer ring-manual")});
    QVERIFY(m_sink->errors.isEmpty());
    // The server answered: the port is no longer ringing, so there is nothing left to answer.
    QCOMPARE(m_panel->selectedPort()->state, PortState::Answered);
    QVERIFY(!answer->isEnabled());
}

void TestPortAnswer::followsLiveState()
{
    QAction *answer = m_panel->answerAction();
    QVERIFY(m_panel->selectPort(QStringLiteral("idle-manual")));
    QVERIFY(!answer->isEnabled());
    m_server->emitPortChanged(
        port(QStringLiteral("idle-manual"), PortState::Ringing, ReceiveMode::Manual));
    QVERIFY(answer->isEnabled());
    m_server->emitPortChanged(
        port(QStringLiteral("idle-manual"), PortState::Idle, ReceiveMode::Manual));
    QVERIFY(!answer->isEnabled());
    // The selected port goes away while it rings.
    m_server->emitPortChanged(
        port(QStringLiteral("idle-manual"), PortState::Ringing, ReceiveMode::Manual));
    QVERIFY(answer->isEnabled());
    m_server->emitPortRemoved(QStringLiteral("idle-manual"));
    QVERIFY(!answer->isEnabled());
}

void TestPortAnswer::refusalIsShown()
{
    m_server->failNextOperation(Error::make(
        Error::Kind::NotPermitted, QStringLiteral("No call is ringing on port ring-manual")));
    QVERIFY(m_panel->selectPort(QStringLiteral("ring-manual")));
    m_panel->answerAction()->trigger();
    QCOMPARE(m_server->commandLog(), QStringList{QStringLiteral("answer ring-manual")});
    // The refusal arrives after the action has returned.
    QVERIFY(m_sink->errors.isEmpty());
    QTRY_COMPARE(m_sink->errors.size(), 1);
    QVERIFY2(m_sink->errors.first().contains(QStringLiteral("ring-manual")),
             qPrintable(m_sink->errors.first()));
    QVERIFY2(m_sink->errors.first().contains(QStringLiteral("No call is ringing")),
             qPrintable(m_sink->errors.first()));
}

void TestPortAnswer::disabledWhileDisconnected()
{
    QVERIFY(m_panel->selectPort(QStringLiteral("ring-manual")));
    QVERIFY(m_panel->answerAction()->isEnabled());
    m_server->disconnectFromServer();
    QVERIFY(!m_panel->answerAction()->isEnabled());
    m_panel->answerAction()->trigger();
    QVERIFY(m_server->commandLog().isEmpty());
}

// A connection that cannot answer by hand keeps Answer Now off, and the server refuses the
// call itself, naming the connection, the port and the reason, before the backend sees it.
void TestPortAnswer::unsupportedWithoutCapability()
{
    QVERIFY(m_panel->selectPort(QStringLiteral("ring-manual")));
    QVERIFY(m_panel->answerAction()->isEnabled());
    ServerCapabilities caps;
    caps.deny(ServerCapabilities::Feature::AnswerCall,
              QStringLiteral("the modems answer by themselves"));
    m_server->setCapabilities(caps);
    QVERIFY(!m_panel->answerAction()->isEnabled());
    m_panel->answerAction()->trigger();
    QVERIFY(m_server->commandLog().isEmpty());

    const Result r = waitFor(m_server->answerCall(QStringLiteral("ring-manual")));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Unsupported);
    for (const QString &part :
         {m_server->connectionSettings().toUrl(), QStringLiteral("ring-manual"),
          QStringLiteral("the modems answer by themselves")})
        QVERIFY2(r.error().message.contains(part), qPrintable(r.error().message));
    QVERIFY(m_server->commandLog().isEmpty());

    m_server->setCapabilities(ServerCapabilities());
    QVERIFY(m_panel->answerAction()->isEnabled());
}

void TestPortAnswer::mainWindowHasAction()
{
    RecordingSink sink;
    MainWindow window(&sink);
    auto server = std::make_unique<FakeFaxServer>();
    server->setPorts({port(QStringLiteral("front"), PortState::Ringing, ReceiveMode::Manual)});
    FakeFaxServer *fake = server.get();
    window.setServer(std::move(server));
    window.showFolder(ConsoleFolder::Ports);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *answer = window.portListPanel()->answerAction();
    bool inMenu = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(answer))
            inMenu = true;
    }
    QVERIFY(inMenu);
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar && toolBar->actions().contains(answer));
    QVERIFY(!answer->isEnabled());
    QVERIFY(window.portListPanel()->selectPort(QStringLiteral("front")));
    QVERIFY(answer->isEnabled());
    QTRY_VERIFY(!window.detailsPane()->title().isEmpty());
    const QString dir = QStringLiteral(FAX_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents();
    QVERIFY(window.grab().save(dir + QStringLiteral("/ports-ringing.png")));
    answer->trigger();
    QCOMPARE(fake->commandLog(), QStringList{QStringLiteral("answer front")});
    QVERIFY(sink.errors.isEmpty());
}

QTEST_MAIN(TestPortAnswer)
#include "tst_portanswer.moc"
