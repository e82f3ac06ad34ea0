// SPDX-License-Identifier: GPL-3.0-or-later
// The console's real main window on a real HylaFAX server (Debian's hylafax-server: faxq and
// hfaxd on a spool of the test's own, tests/support/hylafaxserverfixture): a fax sent through
// the console's own send path (the Send Fax Wizard) shows in the Outbox; pause, resume and
// cancel through the Outbox's actions change the job on the server, as another client sees it;
// the Ports folder lists the server's modems; Fax Server Settings disables what the protocol
// cannot change, with the reason. Screenshots go to <build>/screenshots/hylafax-*.png. Root only
// (faxq insists on it): skipped elsewhere with the reason.
#include "actionids.h"
#include "connectionprofiles.h"
#include "consolesession.h"
#include "consoletesting.h"
#include "detailspane.h"
#include "documentspage.h"
#include "hylafaxserverfixture.h"
#include "joblistpanel.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "portlistmodel.h"
#include "portlistpanel.h"
#include "previewpage.h"
#include "sendfaxlauncher.h"
#include "sendfaxwizard.h"
#include "serversettingsdialog.h"
#include "settingeditor.h"
#include "settingspages.h"

#include "server/hylafaxserver.h"
#include "server/operationwait.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

using namespace Fax;
using namespace Fax::Test;

namespace {

constexpr int WaitMs = 20000;

/// The status of job id as client has it, or std::nullopt when it does not know the job.
std::optional<QueueStatus> statusOn(const FaxServer *client, JobId id)
{
    const std::optional<Job> job = client->job(id);
    return job ? std::optional<QueueStatus>(job->queueStatus) : std::nullopt;
}

} // namespace

class TestConsoleHylafax final : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A HylafaxServer on the fixture whose files stay in the test's folder.
    std::unique_ptr<HylafaxServer> client(const QString &name) const
    {
        HylafaxServer::Options o;
        o.settingsFile = path(name + QStringLiteral(".ini"));
        o.downloadDirectory = path(name + QStringLiteral("-downloads"));
        o.dataDirectory = path(name + QStringLiteral("-data"));
        return std::make_unique<HylafaxServer>(m_hylafax.adminSettings(), o);
    }

    QTemporaryDir m_dir{QStringLiteral("/tmp/consolehylafax-XXXXXX")};
    HylafaxServerFixture m_hylafax;
    RecordingSink m_sink;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<HylafaxServer> m_watcher; ///< another client: what the server says
    JobId m_jobId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const QString unavailable = HylafaxServerFixture::unavailableReason();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_hylafax.startWithIdleModems(
                     m_dir.path(), {QStringLiteral("fake0"), QStringLiteral("fake1")}, &error),
                 qPrintable(error));

        m_profiles = std::make_unique<ConnectionProfiles>(path(QStringLiteral("profiles.ini")));
        m_session = std::make_unique<ConsoleSession>(&m_sink, &m_dialogs, m_profiles.get(),
                                                     path(QStringLiteral("session.ini")));
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setServer(client(QStringLiteral("console")));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), WaitMs);
        QVERIFY(qobject_cast<HylafaxServer *>(m_window->server()));

        m_watcher = client(QStringLiteral("watcher"));
        QVERIFY(waitFor(m_watcher->connectToServer(), WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(m_watcher->hasLiveEvents(), WaitMs);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_watcher.reset();
        m_hylafax.stop();
    }

    // The window says where it is connected: the HylaFAX server, its address and the account.
    void saysItIsOnHylafax()
    {
        const QString text = m_window->connectionText();
        QVERIFY2(text.startsWith(QStringLiteral("Connected to HylaFAX server")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("127.0.0.1")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("local"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(m_window->windowTitle().contains(QStringLiteral("alice@127.0.0.1")),
                 qPrintable(m_window->windowTitle()));
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QStringLiteral("local engine")),
                     qPrintable(label->text()));
        QVERIFY2(m_sink.errors.isEmpty(), qPrintable(m_sink.errors.join(u'\n')));
    }

    // Sent through the console's own send path: the Send Fax Wizard, filled as a resend fills
    // it, checked, previewed and finished; the job reaches the server and the Outbox.
    void sentFaxShowsInTheOutbox()
    {
        FaxDocument document;
        Party recipient;
        recipient.name = QStringLiteral("Dora Recipient");
        recipient.faxNumber = QStringLiteral("5550123");
        document.recipients << recipient;
        document.files << QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
        document.subject = QStringLiteral("Chart one over HylaFAX");
        m_session->startSend(document, m_window.get());
        QPointer<SendFaxWizard> wizard = m_window->sendFax()->wizard();
        QVERIFY(wizard);
        while (wizard->currentId() != SendFaxWizard::Preview) {
            if (wizard->currentId() == SendFaxWizard::Documents) {
                QSignalSpy checked(wizard->documentsPage(), &DocumentsPage::checked);
                while (wizard->documentsPage()->isChecking())
                    QVERIFY(checked.wait(WaitMs));
            }
            const int before = wizard->currentId();
            QSignalSpy previewed(wizard->previewPage(), &PreviewPage::finished);
            wizard->next();
            QVERIFY2(wizard->currentId() != before, qPrintable(wizard->currentPage()->title()));
            if (wizard->currentId() == SendFaxWizard::Preview)
                QVERIFY(previewed.count() > 0 || previewed.wait(60000));
        }
        QSignalSpy submitted(wizard.data(), &SendFaxWizard::submitted);
        QAbstractButton *finish = wizard->button(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), WaitMs);
        finish->click();
        QVERIFY(submitted.wait(60000));
        QVERIFY2(m_sink.errors.isEmpty(), qPrintable(m_sink.errors.join(u'\n')));
        const auto ids = submitted.first().at(0).value<QList<JobId>>();
        QCOMPARE(ids.size(), 1);
        m_jobId = ids.first();
        QVERIFY2(!m_hylafax.jobFile(m_jobId).isEmpty(), "the job is in the server's queue");
        QTRY_VERIFY_WITH_TIMEOUT(m_watcher->job(m_jobId).has_value(), WaitMs);
        QCOMPARE(m_watcher->job(m_jobId)->recipientNumber, QStringLiteral("5550123"));

        m_window->showFolder(ConsoleFolder::Outbox);
        JobListPanel *panel = m_window->jobListPanel();
        QTRY_VERIFY_WITH_TIMEOUT(jobInView(panel, m_jobId).has_value(), WaitMs);
        const Job shown = *jobInView(panel, m_jobId);
        QCOMPARE(shown.recipientName, QStringLiteral("Dora Recipient"));
        QCOMPARE(shown.subject, QStringLiteral("Chart one over HylaFAX"));
        QCOMPARE(shown.owner, QLatin1String(HylafaxServerFixture::AdminUser));
        QVERIFY(panel->selectJob(m_jobId));
        QTRY_VERIFY(m_window->detailsPane()->title().contains(QStringLiteral("Dora Recipient")));
        QVERIFY2(m_window->queueText().contains(QStringLiteral("queued")),
                 qPrintable(m_window->queueText()));
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("hylafax-outbox.png")));
    }

    // The Outbox's own actions: each reaches the server (another client sees it) and the view.
    void pauseResumeAndCancelReachTheServer()
    {
        QVERIFY(m_jobId > 0);
        JobListPanel *panel = m_window->jobListPanel();
        QVERIFY(panel->selectJob(m_jobId));
        QTRY_VERIFY_WITH_TIMEOUT(panel->pauseAction()->isEnabled(), WaitMs);
        QVERIFY(!panel->resumeAction()->isEnabled());

        panel->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(jobInView(panel, m_jobId)->queueStatus, QueueStatus::Paused,
                                  WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(statusOn(m_watcher.get(), m_jobId) == QueueStatus::Paused, WaitMs);
        QTRY_VERIFY(panel->resumeAction()->isEnabled());
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("hylafax-outbox-paused.png")));

        panel->resumeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(jobInView(panel, m_jobId)->queueStatus != QueueStatus::Paused,
                                 WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(statusOn(m_watcher.get(), m_jobId).value_or(QueueStatus::Paused) !=
                                     QueueStatus::Paused,
                                 WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel->cancelAction()->isEnabled(), WaitMs);

        m_sink.questions.clear();
        panel->cancelAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(statusOn(m_watcher.get(), m_jobId) == QueueStatus::Canceled,
                                 WaitMs);
        // A canceled job leaves the Outbox for Sent Items' failures or stays listed as canceled.
        QTRY_VERIFY_WITH_TIMEOUT(!jobInView(panel, m_jobId) ||
                                     jobInView(panel, m_jobId)->queueStatus ==
                                         QueueStatus::Canceled,
                                 WaitMs);
        QVERIFY2(m_sink.errors.isEmpty(), qPrintable(m_sink.errors.join(u'\n')));
    }

    void portsListTheServersModems()
    {
        m_window->showFolder(ConsoleFolder::Ports);
        PortListPanel *panel = m_window->portListPanel();
        const QAbstractItemModel *ports = panel->view()->model();
        QTRY_COMPARE_WITH_TIMEOUT(ports->rowCount(), 2, WaitMs);
        QStringList names;
        for (int row = 0; row < ports->rowCount(); ++row)
            names << ports->index(row, int(PortColumn::Name)).data().toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("fake0"), QStringLiteral("fake1")}));
        QVERIFY(panel->selectPort(QStringLiteral("fake0")));
        QTRY_VERIFY(m_window->detailsPane()->title().contains(QStringLiteral("fake0")));
        // What HylaFAX does not list is not shown as if it were known: no serial speed, rings
        // or class (they would be Fax Console's defaults), but one line that says why.
        QStringList labels;
        QString notReported;
        for (const DetailField &field : m_window->detailsPane()->fields()) {
            labels << field.first;
            if (field.first == QStringLiteral("Not reported"))
                notReported = field.second;
        }
        for (const char *label : {"Serial speed", "Flow control", "Fax class", "Answer after",
                                  "Priority", "Initialisation command"})
            QVERIFY2(!labels.contains(QLatin1String(label)), label);
        QVERIFY(labels.contains(QStringLiteral("CSID")));
        QVERIFY2(notReported.contains(QStringLiteral("Serial speed")) &&
                     notReported.contains(QStringLiteral("etc/config.<modem>")),
                 qPrintable(notReported));
        const int row = panel->view()->currentIndex().row();
        QVERIFY(row >= 0);
        QCOMPARE(ports->index(row, int(PortColumn::Rings)).data().toString(), QString());
        QCOMPARE(ports->index(row, int(PortColumn::Priority)).data().toString(), QString());
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("hylafax-ports.png")));

        // Its properties: no editor for what is not reported; the Modem page says why.
        bool checked = false;
        m_dialogs.handlers.push_back([&](QDialog *dialog) {
            [&] {
                auto *pages = dialog->findChild<SettingsPages *>();
                QVERIFY(pages);
                for (const char *key : {"baud-rate", "flow-control", "rings", "priority",
                                        "modem-class", "init-string"})
                    QVERIFY2(!pages->editor(QLatin1String(key)), key);
                QVERIFY(pages->editor(QStringLiteral("send-enabled")));
                QVERIFY(pages->editor(QStringLiteral("csid")));
                const int modem = 3;
                QCOMPARE(pages->tabText(modem), QStringLiteral("Modem"));
                QVERIFY2(pages->pageNote(modem).contains(QStringLiteral("Not shown: ")) &&
                             pages->pageNote(modem).contains(QStringLiteral("Serial speed")),
                         qPrintable(pages->pageNote(modem)));
                pages->setCurrentIndex(modem);
                QVERIFY(saveScreenshot(dialog, QStringLiteral("hylafax-port-properties.png")));
                checked = true;
            }();
            return int(QDialog::Rejected);
        });
        panel->trigger(ActionId::PortProperties);
        QVERIFY(checked);
    }

    // What HylaFAX's client protocol cannot change is disabled with the reason; what it can
    // (this client's job defaults) is editable and stored.
    void settingsSayWhatTheProtocolCannotChange()
    {
        ServerSettingsDialog *dialog = m_window->showServerSettings();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const char *key : {"dialing.area-code", "dirty-days", "branding", "archive-directory",
                                "routing.email-address"}) {
            SettingEditor *e = dialog->editor(QLatin1String(key));
            QVERIFY2(e && !e->isChangeable(), key);
            QVERIFY2(e->input()->accessibleDescription().contains(
                         QStringLiteral("its client protocol cannot change it")),
                     qPrintable(e->input()->accessibleDescription()));
        }
        for (const char *key : {"retries", "retry-delay", "archive-outbound-faxes"})
            QVERIFY2(dialog->editor(QLatin1String(key))->isChangeable(), key);
        // A page on which nothing can change says why once, at its top.
        const int routing = dialog->pages()->pageOf(QStringLiteral("routing.folder"));
        QVERIFY2(dialog->pages()->pageNote(routing).contains(QStringLiteral("FaxDispatch")),
                 qPrintable(dialog->pages()->pageNote(routing)));
        // A section of several settings none of which can change says it once, at its top.
        SettingsPages *pages = dialog->pages();
        const int dialing = pages->sectionOf(QStringLiteral("dialing.area-code"));
        QVERIFY2(pages->sectionNote(dialing).contains(QStringLiteral("etc/dialrules")),
                 qPrintable(pages->sectionNote(dialing)));
        QVERIFY(pages->sectionNote(pages->sectionOf(QStringLiteral("retries"))).isEmpty());
        for (QLabel *label :
             dialog->editor(QStringLiteral("dialing.area-code"))->findChildren<QLabel *>())
            QVERIFY2(!label->isVisibleTo(dialog->editor(QStringLiteral("dialing.area-code"))),
                     qPrintable(label->text()));
        dialog->pages()->setCurrentIndex(
            dialog->pages()->pageOf(QStringLiteral("dialing.area-code")));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("hylafax-settings-sending.png")));
        dialog->pages()->setCurrentIndex(routing);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("hylafax-settings-routing.png")));

        auto *retries =
            qobject_cast<QSpinBox *>(dialog->editor(QStringLiteral("retries"))->input());
        QVERIFY(retries);
        retries->setValue(6);
        QSignalSpy applied(dialog, &SettingsDialog::applied);
        QVERIFY(dialog->apply());
        QVERIFY(applied.wait(WaitMs));
        QCOMPARE(m_window->server()->settings().retries, 6);
        dialog->close();
        QVERIFY2(m_sink.errors.isEmpty(), qPrintable(m_sink.errors.join(u'\n')));
    }
};

QTEST_MAIN(TestConsoleHylafax)
#include "tst_consolehylafax.moc"
