// SPDX-License-Identifier: GPL-3.0-or-later
// Fax Server Settings offscreen, against the fake server and the real local engine: the pages
// and editors come from the engine's settings schema; Apply, OK and Cancel; a value another
// client changes shows up; what the connection may not change is disabled with the reason; bad
// input (out of range, malformed, a folder that cannot be written, a printer that does not
// exist, a refusal by the server) is said in the dialog and nothing typed is lost; everything by
// keyboard; `faxconsole --settings` opens it alone. Screenshots of each page go to
// <build>/screenshots/.
#include "consoletesting.h"
#include "fakefaxserver.h"
#include "mainwindow.h"
#include "processrun.h"
#include "serversettingsdialog.h"
#include "settingeditor.h"
#include "settingspages.h"

#include "core/settingsschema.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QToolButton>

#include <csignal>

using namespace Fax;
using namespace Fax::Test;

namespace {

template <typename W> W *input(ServerSettingsDialog &dialog, const char *key)
{
    SettingEditor *editor = dialog.editor(QLatin1String(key));
    return editor ? qobject_cast<W *>(editor->input()) : nullptr;
}

} // namespace

class TestServerSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeFaxServer>();
        m_sink.errors.clear();
    }
    void cleanup() { m_server.reset(); }

    void pagesComeFromTheSchema()
    {
        ServerSettingsDialog dialog(m_server.get(), &m_sink, &m_dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Fax Server Settings"));
        SettingsPages *pages = dialog.pages();
        QStringList titles;
        for (int i = 0; i < pages->count(); ++i)
            titles << pages->tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("General"), QStringLiteral("Sending"),
                                      QStringLiteral("Cover pages"), QStringLiteral("Archive"),
                                      QStringLiteral("Receiving and routing")}));
        // One editor per server setting, on its page, showing the server's value.
        const ServerSettings stored = m_server->settings();
        QCOMPARE(pages->editors().size(), SettingsSchema::serverSettings().size());
        for (const SettingSpec<ServerSettings> &spec : SettingsSchema::serverSettings()) {
            SettingEditor *editor = dialog.editor(spec.key);
            QVERIFY2(editor, qPrintable(spec.key));
            QCOMPARE(editor->value(), spec.get(stored));
            // All but what an unticked setting does not use (see below).
            QCOMPARE(editor->isChangeable(),
                     SettingsSchema::isUsed(SettingsSchema::serverSettings(), spec, stored));
            QCOMPARE(editor->input()->accessibleName(), spec.label());
            QVERIFY(!editor->input()->toolTip().isEmpty());
        }
        QCOMPARE(pages->pageOf(QStringLiteral("retries")), 0);
        QCOMPARE(pages->pageOf(QStringLiteral("dialing.area-code")), 1);
        QCOMPARE(pages->pageOf(QStringLiteral("server-coverpage")), 2);
        QCOMPARE(pages->pageOf(QStringLiteral("archive-directory")), 3);
        QCOMPARE(pages->pageOf(QStringLiteral("routing.email-address")), 4);
        // The editors the kinds call for.
        QCOMPARE(input<QSpinBox>(dialog, "retry-delay")->suffix(), QStringLiteral(" minutes"));
        QCOMPARE(input<QSpinBox>(dialog, "retries")->maximum(), 99);
        QVERIFY(input<QCheckBox>(dialog, "branding"));
        QVERIFY(input<QTimeEdit>(dialog, "discount-rate-start"));
        QVERIFY(input<QComboBox>(dialog, "routing.printer")->isEditable());
        QVERIFY(input<QLineEdit>(dialog, "routing.email-address"));
        QVERIFY(dialog.editor(QStringLiteral("archive-directory"))->findChild<QToolButton *>());
        QVERIFY(!dialog.applyButton()->isEnabled());

        const QStringList names = {QStringLiteral("general"), QStringLiteral("sending"),
                                   QStringLiteral("coverpages"), QStringLiteral("archive"),
                                   QStringLiteral("routing")};
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QVERIFY(saveScreenshot(&dialog, QStringLiteral("settings-%1.png").arg(names.at(i))));
        }
    }

    void applyOkAndCancel()
    {
        {
            ServerSettingsDialog dialog(m_server.get(), &m_sink, &m_dialogs);
            dialog.show();
            input<QSpinBox>(dialog, "retries")->setValue(5);
            QCOMPARE(dialog.modifiedKeys(), QStringList{QStringLiteral("retries")});
            QVERIFY(dialog.applyButton()->isEnabled());
            QSignalSpy applied(&dialog, &SettingsDialog::applied);
            dialog.applyButton()->click();
            QVERIFY(applied.wait(5000));
            QCOMPARE(m_server->settings().retries, 5);
            QCOMPARE(m_server->commandLog(), QStringList{QStringLiteral("settings")});
            QVERIFY(!dialog.isModified());
            QVERIFY(!dialog.applyButton()->isEnabled());
            QVERIFY(dialog.isVisible());
            // Changed and changed back: nothing to store.
            input<QCheckBox>(dialog, "branding")->toggle();
            input<QCheckBox>(dialog, "branding")->toggle();
            QVERIFY(!dialog.isModified());
        }
        {
            // Cancel stores nothing.
            ServerSettingsDialog dialog(m_server.get(), &m_sink, &m_dialogs);
            dialog.show();
            input<QSpinBox>(dialog, "retries")->setValue(9);
            dialog.cancelButton()->click();
            QVERIFY(!dialog.isVisible());
            QCOMPARE(m_server->settings().retries, 5);
        }
        {
            // OK stores and closes once the server agreed.
            ServerSettingsDialog dialog(m_server.get(), &m_sink, &m_dialogs);
            dialog.show();
            input<QLineEdit>(dialog, "dialing.area-code")->setText(QStringLiteral("30"));
            dialog.okButton()->click();
            QTRY_VERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(m_server->settings().dialing.areaCode, QStringLiteral("30"));
            QCOMPARE(m_server->settings().retries, 5);
        }
        QVERIFY(m_sink.errors.isEmpty());
    }

    // Another client's change shows up; what the user changed here stays as typed, and only
    // that is stored over the rest.
    void anotherClientsChangeShowsUp()
    {
        ServerSettingsDialog dialog(m_server.get(), &m_sink, &m_dialogs);
        dialog.show();
        input<QSpinBox>(dialog, "retry-delay")->setValue(25);
        ServerSettings other = m_server->settings();
        other.retries = 8;
        other.retryDelay = 11;
        QVERIFY(waitFor(m_server->setSettings(other)));
        QCOMPARE(input<QSpinBox>(dialog, "retries")->value(), 8);
        QCOMPARE(input<QSpinBox>(dialog, "retry-delay")->value(), 25);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.apply());
        QVERIFY(applied.wait(5000));
        QCOMPARE(m_server->settings().retries, 8);
        QCOMPARE(m_server->settings().retryDelay, 25);
    }

    void deniedSettingsSayWhy()
    {
        ServerCapabilities caps;
        caps.denySetting(QStringLiteral("retries"),
                         QStringLiteral("the protocol cannot change it"));
        m_server->setCapabilities(caps);
        ServerSettingsDialog dialog(m_server.get(), &m_sink, &m_dialogs);
        dialog.show();
        SettingEditor *retries = dialog.editor(QStringLiteral("retries"));
        QVERIFY(!retries->isChangeable());
        QVERIFY(!retries->input()->isEnabled());
        QVERIFY(retries->input()->accessibleDescription().contains(
            QStringLiteral("the protocol cannot change it")));
        bool reasonShown = false;
        for (QLabel *label : retries->findChildren<QLabel *>())
            reasonShown = reasonShown || (label->isVisibleTo(&dialog) &&
                                          label->text() == QStringLiteral("the protocol cannot "
                                                                          "change it"));
        QVERIFY(reasonShown);
        QVERIFY(dialog.editor(QStringLiteral("retry-delay"))->isChangeable());
        QVERIFY(dialog.pages()->pageNote(0).isEmpty()); // the rest of the page can change

        // A user who may not change settings at all: every page says why.
        caps.deny(ServerCapabilities::Feature::ChangeSettings,
                  QStringLiteral("the user is not an administrator"));
        m_server->setCapabilities(caps);
        for (SettingEditor *e : dialog.pages()->editors())
            QVERIFY2(!e->isChangeable(), qPrintable(e->key()));
        for (int page = 0; page < dialog.pages()->count(); ++page)
            QVERIFY(dialog.pages()->pageNote(page).contains(
                QStringLiteral("the user is not an administrator")));
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("settings-readonly.png")));
        // The rights come back while it is open.
        m_server->setCapabilities(ServerCapabilities());
        QVERIFY(dialog.editor(QStringLiteral("retries"))->isChangeable());
        QVERIFY(dialog.pages()->pageNote(0).isEmpty());
    }

    void badInputIsSaidAndKept()
    {
        ServerSettingsDialog dialog(m_server.get(), &m_sink, &m_dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Out of range: the spin box does not take it.
        QSpinBox *retries = input<QSpinBox>(dialog, "retries");
        retries->setFocus();
        retries->selectAll();
        QTest::keyClicks(retries, QStringLiteral("500"));
        QTest::keyClick(retries, Qt::Key_Tab);
        QVERIFY(retries->value() <= 99);

        // A malformed address: said, named, not stored, still there to correct.
        input<QCheckBox>(dialog, "routing.email")->setChecked(true);
        QLineEdit *email = input<QLineEdit>(dialog, "routing.email-address");
        email->setText(QStringLiteral("faxes at example.org"));
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.problemText().contains(QStringLiteral("E-mail address")),
                 qPrintable(dialog.problemText()));
        QVERIFY(dialog.problemText().contains(QStringLiteral("faxes at example.org")));
        QCOMPARE(dialog.pages()->currentIndex(), 4);
        QVERIFY(m_server->commandLog().isEmpty());
        QCOMPARE(email->text(), QStringLiteral("faxes at example.org"));
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("settings-problem.png")));
        email->setText(QStringLiteral("faxes@example.org"));
        QVERIFY(dialog.problemText().isEmpty());

        // A relative folder.
        input<QCheckBox>(dialog, "archive-outbound-faxes")->setChecked(true);
        input<QLineEdit>(dialog, "archive-directory")->setText(QStringLiteral("archive/sent"));
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.problemText().contains(QStringLiteral("not an absolute path")));
        input<QLineEdit>(dialog, "archive-directory")->clear();
        input<QCheckBox>(dialog, "archive-outbound-faxes")->setChecked(false);

        // The rule between settings: a folder to store in when storing is on.
        input<QCheckBox>(dialog, "routing.store-in-folder")->setChecked(true);
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.problemText().contains(QStringLiteral("routing.folder")),
                 qPrintable(dialog.problemText()));
        input<QCheckBox>(dialog, "routing.store-in-folder")->setChecked(false);

        // The server refuses: shown, the dialog stays open with the values.
        m_server->failNextOperation(
            Error::make(Error::Kind::Database, QStringLiteral("queue.db: disk full")));
        QSignalSpy failed(&dialog, &SettingsDialog::applyFailed);
        dialog.okButton()->click();
        QVERIFY(failed.wait(5000));
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_sink.errors.size(), 1);
        QVERIFY(m_sink.errors.first().contains(QStringLiteral("queue.db: disk full")));
        QCOMPARE(email->text(), QStringLiteral("faxes@example.org"));
        QVERIFY(dialog.isModified());
        // Again, and it goes through.
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.apply());
        QVERIFY(applied.wait(5000));
        QCOMPARE(m_server->settings().routing.emailAddress, QStringLiteral("faxes@example.org"));
    }

    // A field that serves an on/off setting (the archive folder, the printer, the address) is
    // disabled, with the reason, while that is off, follows its check box as it is ticked, and
    // its value is not checked on Apply while unused.
    void dependentFieldsFollowTheirSwitch()
    {
        ServerSettingsDialog dialog(m_server.get(), &m_sink, &m_dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<std::pair<const char *, const char *>> pairs = {
            {"archive-outbound-faxes", "archive-directory"},
            {"routing.store-in-folder", "routing.folder"},
            {"routing.print", "routing.printer"},
            {"routing.email", "routing.email-address"}};
        for (const auto &[switchKey, fieldKey] : pairs) {
            QCheckBox *check = input<QCheckBox>(dialog, switchKey);
            SettingEditor *field = dialog.editor(QLatin1String(fieldKey));
            QVERIFY2(check && field, fieldKey);
            QVERIFY(!check->isChecked());
            QVERIFY2(!field->isChangeable(), fieldKey);
            QVERIFY(!field->input()->isEnabled());
            const QString reason = QStringLiteral("Used only when '%1' is on.").arg(check->text());
            QVERIFY2(field->input()->toolTip().contains(reason),
                     qPrintable(field->input()->toolTip()));
            QVERIFY(field->input()->accessibleDescription().contains(reason));
            bool shown = false;
            for (QLabel *label : field->findChildren<QLabel *>())
                shown = shown || (label->isVisibleTo(field) && label->text() == reason);
            QVERIFY2(shown, fieldKey);
            check->setChecked(true);
            QVERIFY2(field->isChangeable(), fieldKey);
            QVERIFY(field->input()->isEnabled());
            QVERIFY(!field->input()->toolTip().contains(reason));
            check->setChecked(false);
            QVERIFY(!field->isChangeable());
        }
        // The folder picker goes with its field.
        auto *browse =
            dialog.editor(QStringLiteral("archive-directory"))->findChild<QToolButton *>();
        QVERIFY(!browse->isEnabled());
        dialog.pages()->setCurrentIndex(
            dialog.pages()->pageOf(QStringLiteral("archive-directory")));
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("settings-archive-off.png")));
        input<QCheckBox>(dialog, "archive-outbound-faxes")->setChecked(true);
        QVERIFY(browse->isEnabled());
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("settings-archive-on.png")));

        // A wrong value typed while in use, then its switch turned off: Apply does not check
        // it, and keeps it as typed.
        QLineEdit *folder = input<QLineEdit>(dialog, "archive-directory");
        folder->setText(QStringLiteral("relative/folder"));
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.problemText().contains(QStringLiteral("not an absolute path")));
        input<QCheckBox>(dialog, "archive-outbound-faxes")->setChecked(false);
        input<QCheckBox>(dialog, "routing.email")->setChecked(true);
        input<QLineEdit>(dialog, "routing.email-address")->setText(QStringLiteral("not valid"));
        input<QCheckBox>(dialog, "routing.email")->setChecked(false);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY2(dialog.apply(), qPrintable(dialog.problemText()));
        QVERIFY(applied.wait(5000));
        QVERIFY(m_sink.errors.isEmpty());
        QCOMPARE(m_server->settings().archiveOutboundFaxes, false);
        QCOMPARE(m_server->settings().archiveDirectory, QStringLiteral("relative/folder"));
        QCOMPARE(folder->text(), QStringLiteral("relative/folder"));
        // Once in use again, the value is checked again.
        input<QCheckBox>(dialog, "archive-outbound-faxes")->setChecked(true);
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.problemText().contains(QStringLiteral("archive-directory")) ||
                dialog.problemText().contains(QStringLiteral("Archive folder")));

        // The connection's reason comes first: a field it may not change stays disabled with
        // its reason whatever its switch says.
        ServerCapabilities caps;
        caps.denySetting(QStringLiteral("routing.printer"),
                         QStringLiteral("the protocol cannot change it"));
        m_server->setCapabilities(caps);
        SettingEditor *printer = dialog.editor(QStringLiteral("routing.printer"));
        input<QCheckBox>(dialog, "routing.print")->setChecked(true);
        QVERIFY(!printer->isChangeable());
        QVERIFY(printer->input()->toolTip().contains(QStringLiteral("the protocol cannot")));
    }

    void keyboardAlone()
    {
        ServerSettingsDialog dialog(m_server.get(), &m_sink, &m_dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        // The first field has the focus; its label's mnemonic would find it too.
        QSpinBox *retries = input<QSpinBox>(dialog, "retries");
        retries->setFocus();
        QTRY_VERIFY(retries->hasFocus());
        QTest::keyClick(retries, Qt::Key_Up);
        QCOMPARE(retries->value(), ServerSettings().retries + 1);
        // Tab to the next field and type there.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *delay = input<QSpinBox>(dialog, "retry-delay");
        QTRY_VERIFY(delay->hasFocus());
        delay->selectAll();
        QTest::keyClicks(delay, QStringLiteral("45"));
        QCOMPARE(delay->value(), 45);
        // Ctrl+Tab: the next page.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(dialog.pages()->currentIndex(), 1);
        // Alt+A: Apply.
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        QVERIFY(applied.wait(5000));
        QCOMPARE(m_server->settings().retryDelay, 45);
        // Escape: Cancel.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    // The real engine: a change stored by the dialog is what faxctl reads, and what faxctl
    // stores shows up in the dialog; its folder and printer are checked on this computer.
    void localEngine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("engine"));
        ConnectionSettings connection;
        connection.dataDirectory = data;
        LocalFaxServer::Options options;
        options.runScheduler = false;
        LocalFaxServer server(connection, options);
        QVERIFY(waitFor(server.connectToServer()));
        ServerSettingsDialog dialog(&server, &m_sink, &m_dialogs);
        dialog.show();

        // A folder that cannot be written: below a file.
        QFile file(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString bad = dir.filePath(QStringLiteral("a-file/archive"));
        input<QCheckBox>(dialog, "archive-outbound-faxes")->setChecked(true);
        m_dialogs.folders = {bad};
        dialog.editor(QStringLiteral("archive-directory"))->findChild<QToolButton *>()->click();
        QCOMPARE(input<QLineEdit>(dialog, "archive-directory")->text(), bad);
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.problemText().contains(bad), qPrintable(dialog.problemText()));
        QVERIFY(dialog.problemText().contains(QStringLiteral("cannot be created")));
        QCOMPARE(server.settings().archiveOutboundFaxes, false);

        // A printer this computer does not have.
        const QString good = dir.filePath(QStringLiteral("archive"));
        input<QLineEdit>(dialog, "archive-directory")->setText(good);
        input<QCheckBox>(dialog, "routing.print")->setChecked(true);
        input<QComboBox>(dialog, "routing.printer")
            ->setCurrentText(QStringLiteral("No Such Printer 42"));
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.problemText().contains(QStringLiteral("No Such Printer 42")),
                 qPrintable(dialog.problemText()));
        QVERIFY(dialog.problemText().contains(QStringLiteral("no printer named")));
        input<QComboBox>(dialog, "routing.printer")->setCurrentIndex(0); // the default printer

        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.apply());
        QVERIFY(applied.wait(5000));
        QVERIFY(m_sink.errors.isEmpty());
        const QStringList get = {QStringLiteral("--server"), QStringLiteral("local:") + data,
                                 QStringLiteral("settings"), QStringLiteral("get"),
                                 QStringLiteral("archive-directory")};
        const ProcessRun read = runProcess(QStringLiteral(FAXCTL_PATH), get,
                                           QProcessEnvironment::systemEnvironment(), 30000);
        QCOMPARE(read.exitCode, 0);
        QVERIFY2(read.out.contains(good), qPrintable(read.out));

        const ProcessRun set = runProcess(
            QStringLiteral(FAXCTL_PATH),
            {QStringLiteral("--server"), QStringLiteral("local:") + data,
             QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("retries=7")},
            QProcessEnvironment::systemEnvironment(), 30000);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QTRY_COMPARE_WITH_TIMEOUT(input<QSpinBox>(dialog, "retries")->value(), 7, 10000);
    }

    void openedFromTheToolsMenu()
    {
        MainWindow window(&m_sink);
        auto fake = std::make_unique<FakeFaxServer>();
        window.setServer(std::move(fake));
        window.show();
        QAction *settings = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text().remove(u'&') != QLatin1String("Tools"))
                continue;
            for (QAction *a : menu->menu()->actions()) {
                if (a->text().remove(u'&').startsWith(QLatin1String("Fax Server Settings")))
                    settings = a;
            }
        }
        QVERIFY(settings);
        QVERIFY(settings->isEnabled());
        settings->trigger();
        QVERIFY(window.serverSettingsDialog());
        QVERIFY(window.serverSettingsDialog()->isVisible());
        QCOMPARE(window.serverSettingsDialog()->windowTitle(),
                 QStringLiteral("Fax Server Settings"));
        // Once: a second time raises it.
        ServerSettingsDialog *first = window.serverSettingsDialog();
        settings->trigger();
        QCOMPARE(window.serverSettingsDialog(), first);
        // Disconnected: nothing to set.
        window.disconnectFromServer();
        QTRY_VERIFY(!window.serverSettingsDialog());
        QVERIFY(!settings->isEnabled());
    }

    void commandLine()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        RunningProcess settings;
        settings.process.setProcessEnvironment(env);
        settings.process.start(QStringLiteral(FAXCONSOLE_PATH),
                               {QStringLiteral("--settings"), QStringLiteral("--data-dir"),
                                dir.filePath(QStringLiteral("data"))});
        QVERIFY(settings.process.waitForStarted(10000));
        QVERIFY2(!settings.process.waitForFinished(2000), qPrintable(settings.describe()));
        QCOMPARE(::kill(pid_t(settings.process.processId()), SIGTERM), 0);
        QVERIFY2(settings.finish(20000), qPrintable(settings.describe()));
        QCOMPARE(settings.process.exitCode(), 0);
        QVERIFY2(!QString::fromUtf8(settings.err).contains(QStringLiteral("rror")),
                 qPrintable(settings.describe()));
    }

private:
    std::unique_ptr<FakeFaxServer> m_server;
    RecordingSink m_sink;
    ScriptedDialogs m_dialogs;
};

QTEST_MAIN(TestServerSettings)
#include "tst_serversettings.moc"
