// SPDX-License-Identifier: GPL-3.0-or-later
// A port's property pages from the Ports folder, offscreen against the fake server: opened by
// Properties, Alt+Return or Enter; pages and editors from the engine's port settings (rings,
// CSID, TSID, sending, receive mode, priority, modem class, initialisation command); the name
// shown but not editable; a change stored with OK; bad values said; a connection that cannot
// configure ports says why. A screenshot goes to <build>/screenshots/.
#include "actionids.h"
#include "actionregistry.h"
#include "consolesession.h"
#include "consoletesting.h"
#include "fakefaxserver.h"
#include "mainwindow.h"
#include "portlistpanel.h"
#include "portpropertiesdialog.h"
#include "settingeditor.h"
#include "settingspages.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace Fax;
using namespace Fax::Test;

namespace {

template <typename W> W *input(QDialog *dialog, const char *key)
{
    auto *editor =
        dialog->findChild<SettingEditor *>(QStringLiteral("setting:") + QLatin1String(key));
    return editor ? qobject_cast<W *>(editor->input()) : nullptr;
}

} // namespace

class TestPortProperties : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sink.errors.clear();
        m_dialogs = ScriptedDialogs();
        m_session = std::make_unique<ConsoleSession>(&m_sink, &m_dialogs, nullptr,
                                                     m_dir.filePath(QStringLiteral("c.ini")));
        m_window = std::make_unique<MainWindow>(m_session.get());
        auto fake = std::make_unique<FakeFaxServer>();
        m_server = fake.get();
        m_server->setPorts({FakeFaxServer::makePort(QStringLiteral("front"))});
        m_window->setServer(std::move(fake));
        m_window->showFolder(ConsoleFolder::Ports);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->portListPanel()->selectPort(QStringLiteral("front")));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void changesAreStoredWithOk()
    {
        QAction *properties = m_session->actions()->action(ActionId::PortProperties);
        QVERIFY(properties->isEnabled());
        bool checked = false;
        m_dialogs.handlers.push_back([&](QDialog *dialog) {
            [&] {
                QCOMPARE(dialog->windowTitle(), QStringLiteral("Port front Properties"));
                auto *pages = dialog->findChild<SettingsPages *>();
                QStringList titles;
                for (int i = 0; i < pages->count(); ++i)
                    titles << pages->tabText(i);
                QCOMPARE(titles,
                         (QStringList{QStringLiteral("General"), QStringLiteral("Sending"),
                                      QStringLiteral("Receiving"), QStringLiteral("Modem")}));
                // The name is shown, not edited; the live state is the line's, not a setting.
                QLineEdit *name = input<QLineEdit>(dialog, "name");
                QCOMPARE(name->text(), QStringLiteral("front"));
                QVERIFY(!name->isEnabled());
                QVERIFY(!dialog->findChild<SettingEditor *>(QStringLiteral("setting:state")));
                input<QSpinBox>(dialog, "rings")->setValue(4);
                QComboBox *mode = input<QComboBox>(dialog, "receive-mode");
                mode->setCurrentIndex(mode->findText(QStringLiteral("Manual")));
                QComboBox *cls = input<QComboBox>(dialog, "modem-class");
                cls->setCurrentIndex(cls->findText(QStringLiteral("Class 2.0")));
                input<QLineEdit>(dialog, "init-string")->setText(QStringLiteral("AT&K3"));
                input<QCheckBox>(dialog, "send-enabled")->setChecked(false);
                pages->setCurrentIndex(2);
                QVERIFY(saveScreenshot(dialog, QStringLiteral("port-properties.png")));
                qobject_cast<SettingsDialog *>(dialog)->okButton()->click();
                QTRY_VERIFY(!dialog->isVisible());
                checked = true;
            }();
            return dialog->result();
        });
        // Alt+Return on the selected port.
        QTableView *view = m_window->portListPanel()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return, Qt::AltModifier);
        QVERIFY(checked);
        QCOMPARE(m_dialogs.asked, QStringList{QStringLiteral("Port front Properties")});
        QCOMPARE(m_server->commandLog(), QStringList{QStringLiteral("update-port front")});
        const Port port = m_server->ports().first();
        QCOMPARE(port.rings, 4);
        QCOMPARE(port.receiveMode, ReceiveMode::Manual);
        QCOMPARE(port.modemClass, FaxClass::Class20);
        QCOMPARE(port.initString, QStringLiteral("AT&K3"));
        QVERIFY(!port.sendEnabled);
        QVERIFY(m_sink.errors.isEmpty());

        // Enter opens them too; Cancel changes nothing.
        m_dialogs.handlers.push_back([](QDialog *dialog) {
            input<QSpinBox>(dialog, "rings")->setValue(9);
            qobject_cast<SettingsDialog *>(dialog)->cancelButton()->click();
            return dialog->result();
        });
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_dialogs.asked.size(), 2);
        QCOMPARE(m_server->ports().first().rings, 4);
    }

    void badValuesAreSaid()
    {
        QString problem;
        m_dialogs.handlers.push_back([&](QDialog *dialog) {
            auto *settings = qobject_cast<SettingsDialog *>(dialog);
            input<QLineEdit>(dialog, "tsid")->setText(QStringLiteral("ACME FAX"));
            settings->applyButton()->click();
            problem = settings->problemText();
            input<QLineEdit>(dialog, "tsid")->setText(QStringLiteral("+1 555 0199"));
            input<QLineEdit>(dialog, "device")->setText(QStringLiteral("ttyS0"));
            settings->applyButton()->click();
            problem += u'|' + settings->problemText();
            settings->cancelButton()->click();
            return dialog->result();
        });
        m_window->portListPanel()->showProperties();
        QVERIFY2(problem.contains(QStringLiteral("TSID: 'ACME FAX' has the character 'A'")),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("'ttyS0' is not an absolute device path")),
                 qPrintable(problem));
        QVERIFY(m_server->commandLog().isEmpty());
    }

    void aConnectionThatCannotConfigurePortsSaysWhy()
    {
        ServerCapabilities caps;
        caps.deny(ServerCapabilities::Feature::ConfigurePorts,
                  QStringLiteral("the modems are set up on the server itself"));
        m_server->setCapabilities(caps);
        QStringList notes;
        bool allLocked = true;
        m_dialogs.handlers.push_back([&](QDialog *dialog) {
            auto *pages = dialog->findChild<SettingsPages *>();
            for (int i = 0; i < pages->count(); ++i)
                notes << pages->pageNote(i);
            for (SettingEditor *e : pages->editors())
                allLocked = allLocked && !e->isChangeable();
            dialog->reject();
            return dialog->result();
        });
        // Properties still open: they show the port and why it cannot be changed.
        QVERIFY(m_session->actions()->action(ActionId::PortProperties)->isEnabled());
        m_session->actions()->action(ActionId::PortProperties)->trigger();
        QVERIFY(allLocked);
        QCOMPARE(notes.size(), 4);
        for (const QString &note : std::as_const(notes))
            QVERIFY2(note.contains(QStringLiteral("the modems are set up on the server itself")),
                     qPrintable(note));
    }

private:
    QTemporaryDir m_dir;
    RecordingSink m_sink;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    FakeFaxServer *m_server = nullptr;
};

QTEST_MAIN(TestPortProperties)
#include "tst_portproperties.moc"
