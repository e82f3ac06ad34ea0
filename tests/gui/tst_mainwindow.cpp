// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on the real local engine: a job submitted by the real faxctl binary shows
// up in the Outbox, is paused and resumed through the panel's actions; screenshots of the main
// screens go to <build>/screenshots/.
#include "connectiondialog.h"
#include "connectionprofiles.h"
#include "consoletesting.h"
#include "detailspane.h"
#include "fakefaxserver.h"
#include "folderpanel.h"
#include "joblistpanel.h"
#include "jobqueuemodel.h"
#include "mainwindow.h"
#include "messagesink.h"
#include "modelroles.h"
#include "portlistpanel.h"

#include "server/localfaxserver.h"
#include "server/operationwait.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Fax;
using Fax::Test::jobInView;

namespace {

// Records what would have been shown in message boxes; answers every question with yes.
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

QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(FAX_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    // Let pending layout requests settle so the picture shows the final geometry.
    QCoreApplication::sendPostedEvents();
    QVERIFY2(widget->grab().save(screenshotPath(name)), qPrintable(screenshotPath(name)));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataDir = m_dir.filePath(QStringLiteral("engine"));
        QVERIFY(QDir().mkpath(m_dataDir));
        m_profiles =
            std::make_unique<ConnectionProfiles>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_window = std::make_unique<MainWindow>(&m_sink, m_profiles.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void startsDisconnected()
    {
        QCOMPARE(m_window->connectionText(), QStringLiteral("Disconnected"));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Fax Console")));
        QStringList menus;
        for (QAction *action : m_window->menuBar()->actions())
            menus << action->text().remove(u'&');
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("File"), QStringLiteral("View"), QStringLiteral("Fax"),
                              QStringLiteral("Tools"), QStringLiteral("Help")}));
    }

    void connectsToLocalEngine()
    {
        ConnectionSettings settings = ConnectionProfiles::localDefault();
        settings.dataDirectory = m_dataDir;
        QVERIFY(m_window->connectTo(settings));
        QVERIFY(qobject_cast<LocalFaxServer *>(m_window->server()));
        QTRY_COMPARE(m_window->server()->state(), ConnectionState::Connected);
        QVERIFY2(m_window->connectionText().startsWith(QStringLiteral("Connected to local engine")),
                 qPrintable(m_window->connectionText()));
        QVERIFY(m_window->connectionText().contains(m_dataDir));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Fax Console")));
        QVERIFY(m_window->windowTitle().contains(settings.profileName));
        QCOMPARE(m_window->currentFolder(), ConsoleFolder::Outbox);
        QVERIFY(m_sink.errors.isEmpty());
    }

    void faxctlSubmissionAppearsInOutbox()
    {
        const QString document = QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
        QVERIFY2(QFile::exists(document), qPrintable(document));
        QVERIFY2(QFile::exists(QStringLiteral(FAXCTL_PATH)), FAXCTL_PATH);
        QProcess faxctl;
        faxctl.start(QStringLiteral(FAXCTL_PATH),
                     {QStringLiteral("--server"), QStringLiteral("local:") + m_dataDir,
                      QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("5551234"),
                      document});
        QVERIFY(faxctl.waitForFinished(60000));
        const QString out = QString::fromLocal8Bit(faxctl.readAllStandardOutput());
        const QString err = QString::fromLocal8Bit(faxctl.readAllStandardError());
        QVERIFY2(
            faxctl.exitStatus() == QProcess::NormalExit && faxctl.exitCode() == 0,
            qPrintable(
                QStringLiteral("faxctl failed (%1): %2 %3").arg(faxctl.exitCode()).arg(out, err)));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\d+")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        m_jobId = m.captured().toLongLong();

        // Another process made the job: the engine picks it up by polling.
        JobListPanel *panel = m_window->jobListPanel();
        QTRY_VERIFY_WITH_TIMEOUT(jobInView(panel, m_jobId).has_value(), 30000);
        const Job job = *jobInView(panel, m_jobId);
        QCOMPARE(job.recipientNumber, QStringLiteral("5551234"));
        QCOMPARE(job.type, JobType::Send);
        QVERIFY(m_window->queueText().contains(QStringLiteral("queued")));
        QVERIFY(panel->selectJob(m_jobId));
        QTRY_VERIFY(!m_window->detailsPane()->title().isEmpty());
        saveScreenshot(m_window.get(), QStringLiteral("outbox.png"));
    }

    void pauseAndResumeThroughActions()
    {
        JobListPanel *panel = m_window->jobListPanel();
        QVERIFY(m_jobId > 0);
        QVERIFY(panel->selectJob(m_jobId));
        QCOMPARE(panel->selectedJobs().size(), 1);
        // The job waits for a line (there is no modem): it can be paused, not resumed.
        QTRY_VERIFY_WITH_TIMEOUT(panel->pauseAction()->isEnabled(), 20000);
        QVERIFY(!panel->resumeAction()->isEnabled());
        QVERIFY(!panel->deleteAction()->isEnabled());
        QVERIFY(panel->cancelAction()->isEnabled());

        panel->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(jobInView(panel, m_jobId)->queueStatus, QueueStatus::Paused,
                                  20000);
        QTRY_VERIFY(panel->resumeAction()->isEnabled());
        QVERIFY(!panel->pauseAction()->isEnabled());
        // The status column shows it.
        const QAbstractItemModel *model = panel->view()->model();
        bool shown = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(JobIdRole).toLongLong() == m_jobId)
                shown = model->index(row, int(JobColumn::Status)).data().toString() ==
                        displayName(QueueStatus::Paused);
        }
        QVERIFY(shown);
        saveScreenshot(m_window.get(), QStringLiteral("outbox-paused.png"));

        panel->resumeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(jobInView(panel, m_jobId)->queueStatus != QueueStatus::Paused,
                                 20000);
        QTRY_VERIFY(panel->pauseAction()->isEnabled() || panel->cancelAction()->isEnabled());
        QVERIFY2(m_sink.errors.isEmpty(), qPrintable(m_sink.errors.join(u'\n')));
    }

    void otherFolders()
    {
        m_window->showFolder(ConsoleFolder::SentItems);
        QVERIFY(!jobInView(m_window->jobListPanel(), m_jobId));
        QVERIFY(!m_window->jobListPanel()->pauseAction()->isEnabled());
        m_window->showFolder(ConsoleFolder::Inbox);
        QCOMPARE(m_window->folderPanel()->currentFolder(), ConsoleFolder::Inbox);
        saveScreenshot(m_window.get(), QStringLiteral("inbox.png"));

        FaxServer *server = m_window->server();
        Port port;
        port.name = QStringLiteral("Front desk");
        port.devicePath = QStringLiteral("/dev/faxconsole-test-no-such-modem");
        port.csid = QStringLiteral("+1 555 0100");
        port.tsid = QStringLiteral("+1 555 0100");
        const Result added = waitFor(server->addPort(port));
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        m_window->showFolder(ConsoleFolder::Ports);
        const QAbstractItemModel *ports = m_window->portListPanel()->view()->model();
        QTRY_COMPARE(ports->rowCount(), 1);
        QCOMPARE(ports->index(0, int(PortColumn::Name)).data().toString(), port.name);
        saveScreenshot(m_window.get(), QStringLiteral("ports.png"));
        m_window->showFolder(ConsoleFolder::Outbox);
        QVERIFY(jobInView(m_window->jobListPanel(), m_jobId));
    }

    void connectionDialogRemembersProfiles()
    {
        // Nothing remembered yet: the console starts on the local engine.
        QCOMPARE(m_profiles->startupSettings().kind, ServerKind::Local);

        ConnectionDialog dialog(m_profiles.get(), m_window.get());
        ConnectionSettings office;
        office.profileName = QStringLiteral("Office HylaFAX");
        office.kind = ServerKind::Hylafax;
        office.host = QStringLiteral("fax.example.com");
        office.user = QStringLiteral("alice");
        office.password = QStringLiteral("secret");
        dialog.setSettings(office);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(&dialog, QStringLiteral("connection-dialog.png"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_profiles->names().contains(office.profileName));
        QCOMPARE(m_profiles->lastProfile(), office.profileName);
        const auto stored = m_profiles->profile(office.profileName);
        QVERIFY(stored);
        QCOMPARE(stored->host, office.host);
        QCOMPARE(stored->user, office.user);
        QCOMPARE(stored->kind, ServerKind::Hylafax);
        QVERIFY(stored->password.isEmpty()); // never written to the settings file
        QCOMPARE(m_profiles->startupSettings().profileName, office.profileName);

        // A new dialog starts from the last profile.
        ConnectionDialog again(m_profiles.get());
        QCOMPARE(again.settings().profileName, office.profileName);
        QCOMPARE(again.settings().host, office.host);

        // An empty host is refused in the dialog itself.
        ConnectionSettings noHost = office;
        noHost.host.clear();
        again.setSettings(noHost);
        again.accept();
        QVERIFY(again.result() != int(QDialog::Accepted));
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisibleTo(&again));
    }

    void hylafaxShowsTheEnginesError()
    {
        m_sink.errors.clear();
        auto office = m_profiles->profile(QStringLiteral("Office HylaFAX"));
        QVERIFY(office);
        // Nothing listens at the server's address: the engine's error reaches the user.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        office->host = QStringLiteral("127.0.0.1");
        office->port = probe.serverPort();
        probe.close();
        QVERIFY(m_window->connectTo(*office));
        QTRY_COMPARE(m_sink.errors.size(), 1);
        QVERIFY2(m_sink.errors.first().contains(QStringLiteral("Office HylaFAX")),
                 qPrintable(m_sink.errors.first()));
        QVERIFY2(m_sink.errors.first().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(m_sink.errors.first()));
        QCOMPARE(m_window->connectionText(), QStringLiteral("Disconnected"));
        m_sink.errors.clear();
    }

    void unusableDataDirectoryIsReported()
    {
        m_sink.errors.clear();
        const QString file = m_dir.filePath(QStringLiteral("not-a-directory"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ConnectionSettings settings;
        settings.profileName = QStringLiteral("Broken");
        settings.dataDirectory = file;
        QVERIFY(!m_window->connectTo(settings));
        QTRY_VERIFY(!m_sink.errors.isEmpty());
        QVERIFY2(m_sink.errors.first().contains(file), qPrintable(m_sink.errors.first()));
        QCOMPARE(m_window->connectionText(), QStringLiteral("Disconnected"));
        m_sink.errors.clear();
    }

    void actionsFollowStatus_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<QString>("enabled"); // P R C T D: pause resume cancel restart delete
        const auto s = [](std::initializer_list<QueueStatus> list) {
            QList<int> out;
            for (QueueStatus q : list)
                out << int(q);
            return out;
        };
        QTest::newRow("pending") << s({QueueStatus::Pending}) << QStringLiteral("P-C--");
        QTest::newRow("no line") << s({QueueStatus::NoLine}) << QStringLiteral("P-C--");
        QTest::newRow("retrying") << s({QueueStatus::Retrying}) << QStringLiteral("P-C--");
        QTest::newRow("in progress") << s({QueueStatus::InProgress}) << QStringLiteral("--C--");
        QTest::newRow("paused") << s({QueueStatus::Paused}) << QStringLiteral("-RC--");
        QTest::newRow("failed") << s({QueueStatus::Failed}) << QStringLiteral("---TD");
        QTest::newRow("retries exceeded")
            << s({QueueStatus::RetriesExceeded}) << QStringLiteral("---TD");
        QTest::newRow("canceled") << s({QueueStatus::Canceled}) << QStringLiteral("---TD");
        QTest::newRow("paused + pending")
            << s({QueueStatus::Paused, QueueStatus::Pending}) << QStringLiteral("--C--");
        QTest::newRow("failed + canceled")
            << s({QueueStatus::Failed, QueueStatus::Canceled}) << QStringLiteral("---TD");
    }

    void actionsFollowStatus()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(QString, enabled);
        auto fake = std::make_unique<FakeFaxServer>();
        QList<Job> jobs;
        for (int i = 0; i < statuses.size(); ++i)
            jobs << FakeFaxServer::makeJob(100 + i, QueueStatus(statuses.at(i)));
        fake->setJobs(jobs);
        m_window->setServer(std::move(fake));
        m_window->showFolder(ConsoleFolder::Outbox);
        JobListPanel *panel = m_window->jobListPanel();
        panel->view()->selectAll();
        QCOMPARE(panel->selectedJobs().size(), statuses.size());
        QString actual;
        const QList<QAction *> actions = panel->jobActions();
        const QString letters = QStringLiteral("PRCTD");
        for (int i = 0; i < actions.size(); ++i)
            actual += actions.at(i)->isEnabled() ? letters.at(i) : u'-';
        QCOMPARE(actual, enabled);
        // On a folder without jobs the job commands are off.
        m_window->showFolder(ConsoleFolder::Ports);
        for (QAction *action : actions)
            QVERIFY(!action->isEnabled());
        m_window->showFolder(ConsoleFolder::Outbox);
    }

    void actionsFollowCapabilities()
    {
        // What the connection cannot do stays off, whatever the jobs' status allows.
        auto fake = std::make_unique<FakeFaxServer>();
        FakeFaxServer *server = fake.get();
        fake->setJobs({FakeFaxServer::makeJob(300, QueueStatus::Pending),
                       FakeFaxServer::makeJob(301, QueueStatus::Canceled)});
        m_window->setServer(std::move(fake));
        m_window->showFolder(ConsoleFolder::Outbox);
        JobListPanel *panel = m_window->jobListPanel();
        QVERIFY(panel->selectJob(300));
        QVERIFY(panel->pauseAction()->isEnabled());
        QVERIFY(panel->cancelAction()->isEnabled());
        ServerCapabilities caps;
        caps.deny(ServerCapabilities::Feature::JobControl,
                  QStringLiteral("the user is not an administrator"));
        server->setCapabilities(caps);
        QVERIFY(!panel->pauseAction()->isEnabled());
        QVERIFY(!panel->cancelAction()->isEnabled());

        QVERIFY(panel->selectJob(301));
        QVERIFY(!panel->restartAction()->isEnabled());
        QVERIFY(panel->deleteAction()->isEnabled());
        caps.deny(ServerCapabilities::Feature::RemoveJobs,
                  QStringLiteral("the user is not an administrator"));
        server->setCapabilities(caps);
        QVERIFY(!panel->deleteAction()->isEnabled());
        server->setCapabilities(ServerCapabilities());
        QVERIFY(panel->restartAction()->isEnabled());
        QVERIFY(panel->deleteAction()->isEnabled());
    }

    void busyOutboxScreenshot()
    {
        // A queue with every kind of job, to look at the layout with real-looking content.
        auto fake = std::make_unique<FakeFaxServer>();
        const QList<QPair<QueueStatus, DeviceStatus>> states = {
            {QueueStatus::InProgress, DeviceStatus::Sending},
            {QueueStatus::Pending, DeviceStatus::None},
            {QueueStatus::Retrying, DeviceStatus::Busy},
            {QueueStatus::Paused, DeviceStatus::None},
            {QueueStatus::NoLine, DeviceStatus::None},
            {QueueStatus::RetriesExceeded, DeviceStatus::NoAnswer},
            {QueueStatus::Canceled, DeviceStatus::None},
            {QueueStatus::Completed, DeviceStatus::Completed}};
        QList<Job> jobs;
        for (int i = 0; i < states.size(); ++i) {
            Job job = FakeFaxServer::makeJob(201 + i, states.at(i).first);
            job.deviceStatus = states.at(i).second;
            job.pagesSent = states.at(i).first == QueueStatus::InProgress ? 1 : 0;
            job.tries = states.at(i).first == QueueStatus::RetriesExceeded ? 4 : 0;
            if (job.deviceStatus == DeviceStatus::Busy ||
                job.deviceStatus == DeviceStatus::NoAnswer)
                job.lastError = QStringLiteral("Job %1: %2 at 555 %3")
                                    .arg(job.id)
                                    .arg(displayName(job.deviceStatus))
                                    .arg(1000 + i);
            jobs << job;
        }
        fake->setJobs(jobs);
        m_window->setServer(std::move(fake));
        m_window->showFolder(ConsoleFolder::Outbox);
        QCOMPARE(m_window->jobListPanel()->view()->model()->rowCount(), states.size() - 1);
        QVERIFY(m_window->jobListPanel()->selectJob(203));
        // The details follow the selection after a moment (they are gathered, not flickered).
        QTRY_VERIFY(m_window->detailsPane()->title().contains(QStringLiteral("203")));
        saveScreenshot(m_window.get(), QStringLiteral("outbox-states.png"));
        m_window->showFolder(ConsoleFolder::SentItems);
        QCOMPARE(m_window->jobListPanel()->view()->model()->rowCount(), 1);
        m_window->showFolder(ConsoleFolder::Outbox);
    }

    void disconnectAndCommandErrors()
    {
        m_window->disconnectFromServer();
        QCOMPARE(m_window->connectionText(), QStringLiteral("Disconnected"));
        QCOMPARE(m_window->jobListPanel()->view()->model()->rowCount(), 0);

        // A command the server refuses: the message names the job and the reason.
        auto fake = std::make_unique<FakeFaxServer>();
        FakeFaxServer *server = fake.get();
        server->setJobs({FakeFaxServer::makeJob(77)});
        m_window->setServer(std::move(fake));
        JobListPanel *panel = m_window->jobListPanel();
        QVERIFY(panel->selectJob(77));
        server->failNextOperation(
            Error::make(Error::Kind::NotPermitted, QStringLiteral("the line is being dialed")));
        panel->pauseAction()->trigger();
        QTRY_COMPARE(m_sink.errors.size(), 1);
        QVERIFY2(m_sink.errors.first().contains(QStringLiteral("job 77")),
                 qPrintable(m_sink.errors.first()));
        QVERIFY(m_sink.errors.first().contains(QStringLiteral("the line is being dialed")));

        // Cancel, then Delete (confirmed by the sink): the job leaves the Outbox.
        panel->cancelAction()->trigger();
        QTRY_VERIFY(panel->deleteAction()->isEnabled());
        panel->deleteAction()->trigger();
        QCOMPARE(server->commandLog(),
                 (QStringList{QStringLiteral("pause 77"), QStringLiteral("cancel 77"),
                              QStringLiteral("remove 77")}));
        QCOMPARE(panel->view()->model()->rowCount(), 0);

        // Server-side errors are shown too.
        Q_EMIT server->errorOccurred(
            Error::make(Error::Kind::Database, QStringLiteral("queue.db: disk full")));
        QCOMPARE(m_sink.errors.size(), 2);
        QVERIFY(m_sink.errors.last().contains(QStringLiteral("queue.db: disk full")));
    }

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    RecordingSink m_sink;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    JobId m_jobId = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
