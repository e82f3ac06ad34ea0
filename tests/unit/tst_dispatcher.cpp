// SPDX-License-Identifier: GPL-3.0-or-later
// The local engine's dispatcher with a scripted line and a manual clock: calls and the
// scheduler's transitions through the server, ports, job commands and recovery after a crash.
#include "imaging/branding.h"
#include "localserverfixture.h"
#include "queue/jobstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Fax;
using namespace Fax::Test;

class TestDispatcher : public QObject, private LocalServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    // The line gets everything that makes the recipient's pages: the spooled documents and
    // cover page, the whole recipient and sender, the resolution, the branding line.
    void sendRequestCarriesTheWholeDocument()
    {
        auto server = openWithLine();
        m_factory->line(QStringLiteral("modem1"))->setHoldCalls(true);
        FaxDocument d = doc();
        d.coverPage = QStringLiteral("general");
        d.resolution = FaxResolution::Superfine;
        d.recipients.first().streetAddress = QStringLiteral("1 Main Street");
        d.recipients.first().officePhone = QStringLiteral("555 0101");
        d.sender.name = QStringLiteral("Thomas Becker");
        d.sender.email = QStringLiteral("t.becker@example.org");
        d.subject = QStringLiteral("Lab results");
        d.note = QStringLiteral("Call back");
        d.tsid = QStringLiteral("+49 30 999");
        const JobId id = submitOne(*server, d);
        server->poll();
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        QTRY_COMPARE(line->requests.size(), 1);
        const SendDocument sent = line->requests.at(0).document;
        QCOMPARE(sent.files, server->spooledFiles(id));
        QCOMPARE(sent.resolution, FaxResolution::Superfine);
        QCOMPARE(sent.recipient, d.recipients.first());
        QCOMPARE(sent.sender, d.sender);
        QCOMPARE(sent.subject, d.subject);
        QCOMPARE(sent.note, d.note);
        QCOMPARE(sent.brandingFormat, Branding::defaultFormat()); // Branding is on by default
        QCOMPARE(sent.stationId, QStringLiteral("+49 30 999"));
        QCOMPARE(sent.sendTime, m_clock->now());
        QCOMPARE(sent.jobId, id);
        // The cover page is a copy in the job's spool folder, not the template itself.
        QVERIFY2(sent.coverPage.startsWith(m_dataDir + QStringLiteral("/spool/")),
                 qPrintable(sent.coverPage));
        QCOMPARE(readFile(sent.coverPage),
                 readFile(QStringLiteral(FAX_SOURCE_DIR "/resources/covers/general.coverpage")));
        line->finishCurrent(Outcomes::success(3));

        // Branding off: no branding line.
        ServerSettings s = server->settings();
        s.branding = false;
        QVERIFY(waitFor(server->setSettings(s)));
        submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(line->requests.size(), 2);
        QVERIFY(line->requests.at(1).document.brandingFormat.isEmpty());
        QVERIFY(line->requests.at(1).document.coverPage.isEmpty());
    }

    // UseDeviceTsid: the port's TSID goes out instead of the sender's.
    void useDeviceTsid()
    {
        auto server = open(true, m_factory.get());
        Port p;
        p.name = QStringLiteral("modem1");
        p.devicePath = QStringLiteral("/dev/ttyS0");
        p.tsid = QStringLiteral("+1 555 0000");
        QVERIFY(waitFor(server->addPort(p)));
        FaxDocument d = doc();
        d.tsid = QStringLiteral("+49 30 999");
        QVERIFY(server->settings().useDeviceTsid);
        submitOne(*server, d);
        server->poll();
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        QTRY_COMPARE(line->requests.size(), 1);
        QCOMPARE(line->requests.at(0).tsid, QStringLiteral("+1 555 0000"));
        ServerSettings s = server->settings();
        s.useDeviceTsid = false;
        QVERIFY(waitFor(server->setSettings(s)));
        submitOne(*server, d);
        server->poll();
        QTRY_COMPARE(line->requests.size(), 2);
        QCOMPARE(line->requests.at(1).tsid, QStringLiteral("+49 30 999"));
    }

    // ServerCoverpage: only the common cover pages; a personal page or a file is refused, by
    // name, and nothing is spooled.
    void serverCoverpageEnforced()
    {
        auto server = open(false);
        const QString personal = m_dataDir + QStringLiteral("/covers");
        QVERIFY(QDir().mkpath(personal));
        QVERIFY(QFile::copy(QStringLiteral(FAX_SOURCE_DIR "/resources/covers/general.coverpage"),
                            personal + QStringLiteral("/mine.coverpage")));
        FaxDocument d = doc();
        d.coverPage = QStringLiteral("mine");
        QVERIFY(waitFor(server->submit(d)));
        ServerSettings s = server->settings();
        s.serverCoverpage = true;
        QVERIFY(waitFor(server->setSettings(s)));
        const QStringList spoolBefore = spoolEntries();
        const int jobsBefore = int(server->jobs().size());
        const QStringList refusedCovers = {QStringLiteral("mine"),
                                           personal + QStringLiteral("/mine.coverpage")};
        for (const QString &cover : refusedCovers) {
            d.coverPage = cover;
            const auto refused = waitFor(server->submit(d));
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::NotPermitted);
            QVERIFY2(refused.error().message.contains(QStringLiteral("mine")),
                     qPrintable(refused.error().message));
        }
        d.coverPage = QStringLiteral("no-such-cover");
        const auto unknown = waitFor(server->submit(d));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("no-such-cover")),
                 qPrintable(unknown.error().message));
        QCOMPARE(spoolEntries(), spoolBefore);
        QCOMPARE(int(server->jobs().size()), jobsBefore);
        d.coverPage = QStringLiteral("general");
        QVERIFY(waitFor(server->submit(d)));
    }

    void sendSucceeds()
    {
        auto server = openWithLine();
        QSignalSpy changed(server.get(), &FaxServer::jobChanged);
        QSignalSpy portChanged(server.get(), &FaxServer::portChanged);
        const JobId id = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
        const Job j = *server->job(id);
        QCOMPARE(j.tries, 1);
        QCOMPARE(j.pagesSent, 2);
        QCOMPARE(j.port, QStringLiteral("modem1"));
        QCOMPARE(j.finished, m_clock->now());
        QCOMPARE(j.started, m_clock->now());
        QCOMPARE(j.deviceStatus, DeviceStatus::Completed);
        QList<DeviceStatus> seen;
        for (const auto &args : changed)
            seen << args.at(0).value<Job>().deviceStatus;
        QVERIFY(seen.contains(DeviceStatus::Initializing));
        QVERIFY(seen.contains(DeviceStatus::Dialing));
        QVERIFY(seen.contains(DeviceStatus::Sending));
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        QVERIFY(line);
        QCOMPARE(line->requests.size(), 1);
        QCOMPARE(line->requests.at(0).document.files, server->spooledFiles(id));
        QCOMPARE(line->requests.at(0).job.id, id);
        QTRY_COMPARE(server->ports().at(0).state, PortState::Idle);
        QList<PortState> portStates;
        for (const auto &args : portChanged)
            portStates << args.at(0).value<Port>().state;
        QVERIFY(portStates.contains(PortState::Dialing));
        QVERIFY(portStates.contains(PortState::Sending));
        QCOMPARE(portStates.last(), PortState::Idle);
    }

    void retryDelayAndRetriesExceeded()
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.retries = 2;
        s.retryDelay = 10;
        QVERIFY(waitFor(server->setSettings(s)));
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        line->setDefaultOutcome(Outcomes::busy());
        const JobId id = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Retrying);
        Job j = *server->job(id);
        QCOMPARE(j.tries, 1);
        QCOMPARE(j.nextAttempt, m_clock->now().addSecs(600));
        QCOMPARE(j.lastError, QStringLiteral("The line was busy"));
        QCOMPARE(j.deviceStatus, DeviceStatus::Busy);

        m_clock->advance(599);
        server->poll();
        QCOMPARE(line->requests.size(), 1);
        QCOMPARE(statusOf(*server, id), QueueStatus::Retrying);

        m_clock->advance(1);
        server->poll();
        QTRY_COMPARE(line->requests.size(), 2);
        QTRY_COMPARE(server->job(id)->tries, 2);
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Retrying);

        m_clock->advance(600);
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::RetriesExceeded);
        j = *server->job(id);
        QCOMPARE(j.tries, 3); // retries + 1 attempts
        QCOMPARE(j.finished, m_clock->now());
        QCOMPARE(line->requests.size(), 3);
        m_clock->advance(3600);
        server->poll();
        QCOMPARE(line->requests.size(), 3);
    }

    // A call that ends with its last page's outcome unknown: the job says so, keeps the page
    // before it as sent, and the retry sends only from the unknown page on (and says so).
    // Restart sends everything again.
    void retrySendsOnlyUnconfirmedPages()
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.retryDelay = 10;
        QVERIFY(waitFor(server->setSettings(s)));
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        CallOutcome unknown;
        unknown.deviceStatus = DeviceStatus::OutcomeUnknown;
        unknown.pagesConfirmed = 1;
        unknown.message = QStringLiteral("The outcome of page 2 is unknown");
        line->queueOutcome(unknown);
        const JobId id = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Retrying);
        Job j = *server->job(id);
        QCOMPARE(j.deviceStatus, DeviceStatus::OutcomeUnknown);
        QCOMPARE(displayName(j.deviceStatus), QStringLiteral("Page outcome unknown"));
        QCOMPARE(j.pagesSent, 1);
        QCOMPARE(j.lastError, QStringLiteral("The outcome of page 2 is unknown The retry "
                                             "starts at page 2: page 1 was confirmed."));
        QCOMPARE(line->requests.size(), 1);
        QCOMPARE(line->requests.at(0).firstPage, 0);

        line->setHoldCalls(true);
        m_clock->advance(600);
        server->poll();
        QTRY_COMPARE(line->requests.size(), 2);
        QCOMPARE(line->requests.at(1).firstPage, 1);
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::InProgress);
        j = *server->job(id);
        QCOMPARE(j.pagesSent, 1);
        QVERIFY2(j.lastError.endsWith(QStringLiteral("to send from page 2 on; page 1 was "
                                                     "confirmed earlier")),
                 qPrintable(j.lastError));
        // This call's own page counts come on top of the earlier one's.
        QTRY_COMPARE(server->job(id)->pagesSent, 2);
        QVERIFY(line->finishCurrent(Outcomes::success(1)));
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
        QCOMPARE(server->job(id)->pagesSent, 2);

        // A job that failed for good after a confirmed page: Restart sends it all again.
        line->setHoldCalls(false);
        CallOutcome fatal = Outcomes::fatal();
        fatal.pagesConfirmed = 1;
        line->queueOutcome(fatal);
        const JobId other = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, other), QueueStatus::Failed);
        QCOMPARE(server->job(other)->pagesSent, 1);
        QVERIFY(waitFor(server->jobCommand(other, JobCommand::Restart)));
        QCOMPARE(server->job(other)->pagesSent, 0);
        server->poll();
        QTRY_COMPARE(line->requests.size(), 4);
        QCOMPARE(line->requests.at(3).firstPage, 0);
        QTRY_COMPARE(statusOf(*server, other), QueueStatus::Completed);
    }

    void nonRetryableFails()
    {
        auto server = openWithLine();
        m_factory->line(QStringLiteral("modem1"))
            ->setDefaultOutcome(Outcomes::fatal(QStringLiteral("The number is not a fax machine")));
        const JobId id = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Failed);
        QCOMPARE(server->job(id)->lastError, QStringLiteral("The number is not a fax machine"));
        QCOMPARE(server->job(id)->tries, 1);
        QCOMPARE(server->job(id)->deviceStatus, DeviceStatus::NotFaxCall);
    }

    void discountWindowAcrossMidnight()
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.discountRateStart = QTime(20, 0);
        s.discountRateEnd = QTime(7, 0);
        QVERIFY(waitFor(server->setSettings(s)));
        FaxDocument d = doc();
        d.discountSend = true;
        const JobId id = submitOne(*server, d);
        QCOMPARE(server->job(id)->schedule, ScheduleType::DiscountPeriod);
        server->poll();
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        QCOMPARE(line->requests.size(), 0);
        QCOMPARE(statusOf(*server, id), QueueStatus::Pending);
        m_clock->set(QDateTime(QDate(2026, 3, 10), QTime(19, 59), Qt::LocalTime));
        server->poll();
        QCOMPARE(line->requests.size(), 0);
        m_clock->set(QDateTime(QDate(2026, 3, 10), QTime(20, 0), Qt::LocalTime));
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
    }

    void specificTime()
    {
        auto server = openWithLine();
        FaxDocument d = doc();
        d.schedule = ScheduleType::SpecificTime;
        d.scheduleTime = m_clock->now().addSecs(7200);
        const JobId id = submitOne(*server, d);
        server->poll();
        QCOMPARE(m_factory->line(QStringLiteral("modem1"))->requests.size(), 0);
        m_clock->advance(7200);
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);

        d.scheduleTime = QDateTime();
        const auto bad = waitFor(server->submit(d));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, Error::Kind::InvalidArgument);
    }

    void pauseQueueLetsRunningCallFinish()
    {
        m_factory->holdCalls = true;
        auto server = openWithLine();
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        const JobId first = submitOne(*server, doc());
        const JobId second = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, first), QueueStatus::InProgress);
        QCOMPARE(statusOf(*server, second), QueueStatus::Pending); // one call per port
        ServerSettings s = server->settings();
        s.pauseServerQueue = true;
        QVERIFY(waitFor(server->setSettings(s)));
        QTRY_VERIFY(line->currentCall());
        QVERIFY(line->finishCurrent(Outcomes::success()));
        QTRY_COMPARE(statusOf(*server, first), QueueStatus::Completed);
        server->poll();
        QCOMPARE(statusOf(*server, second), QueueStatus::Pending);
        QCOMPARE(line->requests.size(), 1);
        s.pauseServerQueue = false;
        QVERIFY(waitFor(server->setSettings(s)));
        QTRY_COMPARE(statusOf(*server, second), QueueStatus::InProgress);
        QCOMPARE(line->requests.size(), 2);
    }

    void dirtyDaysRemovesFailedJobsAndSpool()
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.dirtyDays = 2;
        QVERIFY(waitFor(server->setSettings(s)));
        m_factory->line(QStringLiteral("modem1"))->setDefaultOutcome(Outcomes::fatal());
        const JobId failed = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, failed), QueueStatus::Failed);
        const QString folder = QFileInfo(server->spooledFiles(failed).at(0)).absolutePath();
        QVERIFY(QFileInfo(folder).isDir());
        m_factory->line(QStringLiteral("modem1"))->setDefaultOutcome(Outcomes::success());
        const JobId sent = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, sent), QueueStatus::Completed);

        QSignalSpy removed(server.get(), &FaxServer::jobRemoved);
        m_clock->advance(2 * 86400 - 60);
        server->poll();
        QCOMPARE(removed.count(), 0);
        m_clock->advance(60);
        server->poll();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<JobId>(), failed);
        QVERIFY(!server->job(failed));
        QVERIFY(server->job(sent)); // completed jobs are not DirtyDays' business
        QVERIFY(!QFileInfo::exists(folder));
    }

    void portChoiceAndOneCallPerPort()
    {
        m_factory->holdCalls = true;
        JobId j1 = 0;
        JobId j2 = 0;
        JobId j3 = 0;
        {
            // Queued before the dispatcher starts, so that its first pass sees all three (a
            // submission ends from the event loop, where a dispatcher would take each at once).
            auto queue = open(false);
            Port a;
            a.name = QStringLiteral("back");
            a.devicePath = QStringLiteral("/dev/ttyS1");
            a.priority = 3;
            Port b;
            b.name = QStringLiteral("front");
            b.devicePath = QStringLiteral("/dev/ttyS2");
            b.priority = 2;
            Port c; // first by priority, but it does not send
            c.name = QStringLiteral("fax-in");
            c.devicePath = QStringLiteral("/dev/ttyS3");
            c.priority = 1;
            c.sendEnabled = false;
            QVERIFY(waitFor(queue->addPort(a)));
            QVERIFY(waitFor(queue->addPort(b)));
            QVERIFY(waitFor(queue->addPort(c)));
            FaxDocument low = doc();
            low.priority = Priority::Low;
            j1 = submitOne(*queue, low);
            m_clock->advance(1);
            j2 = submitOne(*queue, doc());
            m_clock->advance(1);
            j3 = submitOne(*queue, doc());
        }
        auto server = open(true, m_factory.get());
        server->poll();
        QTRY_COMPARE(statusOf(*server, j2), QueueStatus::InProgress);
        QTRY_COMPARE(statusOf(*server, j3), QueueStatus::InProgress);
        QCOMPARE(server->job(j2)->port, QStringLiteral("front"));
        QCOMPARE(server->job(j3)->port, QStringLiteral("back"));
        QCOMPARE(statusOf(*server, j1), QueueStatus::Pending);
        QCOMPARE(m_factory->line(QStringLiteral("fax-in"))->requests.size(), 0);
        const Result busy = waitFor(server->removePort(QStringLiteral("front")));
        QVERIFY(!busy);
        QCOMPARE(busy.error().kind, Error::Kind::NotPermitted);
        QVERIFY(busy.error().message.contains(QStringLiteral("front")));
        QVERIFY(m_factory->line(QStringLiteral("front"))->finishCurrent(Outcomes::success()));
        QTRY_COMPARE(statusOf(*server, j1), QueueStatus::InProgress);
        QCOMPARE(server->job(j1)->port, QStringLiteral("front"));
    }

    void changedDeviceGetsNewLineAfterCall()
    {
        m_factory->holdCalls = true;
        auto server = openWithLine();
        const JobId id = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::InProgress);
        TestLine *old = m_factory->line(QStringLiteral("modem1"));
        Port p = server->ports().at(0);
        p.devicePath = QStringLiteral("/dev/ttyUSB0");
        QVERIFY(waitFor(server->updatePort(p)));
        QCOMPARE(m_factory->line(QStringLiteral("modem1")), old); // the call keeps its line
        QVERIFY(old->finishCurrent(Outcomes::success()));
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
        QTRY_COMPARE(m_factory->created, 2);
        QCOMPARE(m_factory->line(QStringLiteral("modem1"))->port.devicePath,
                 QStringLiteral("/dev/ttyUSB0"));
    }

    void noModemDriverMeansNoLine()
    {
        auto server = open(true, nullptr);
        const JobId id = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::NoLine);
        QCOMPARE(server->job(id)->lastError, QStringLiteral("No fax port is configured."));
        // A port without a device: the API refuses one now, but a store written before may
        // hold it.
        {
            JobStore older(m_dataDir);
            QVERIFY(older.open());
            Port p;
            p.name = QStringLiteral("ttyS0");
            QVERIFY(older.insertPort(p));
        }
        server->poll();
        QTRY_COMPARE(server->ports().at(0).state, PortState::Offline);
        QVERIFY2(server->ports().at(0).stateText.contains(QStringLiteral("No modem driver")),
                 qPrintable(server->ports().at(0).stateText));
        QTRY_VERIFY(server->job(id)->lastError.contains(QStringLiteral("ttyS0")));
        QVERIFY(server->job(id)->lastError.contains(QStringLiteral("No modem driver")));
        QCOMPARE(statusOf(*server, id), QueueStatus::NoLine);
    }

    void noLineUntilLineWorks()
    {
        m_factory->initialState = PortState::Offline;
        auto server = openWithLine();
        const JobId id = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::NoLine);
        QVERIFY(server->job(id)->lastError.contains(QStringLiteral("modem1")));
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        line->setState(PortState::Idle);
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
        QCOMPARE(line->requests.size(), 1);
    }

    void jobCommands()
    {
        auto server = open(true, nullptr);
        const JobId id = submitOne(*server, doc());
        QVERIFY(waitFor(server->jobCommand(id, JobCommand::Pause)));
        QCOMPARE(statusOf(*server, id), QueueStatus::Paused);
        server->poll();
        QCOMPARE(statusOf(*server, id), QueueStatus::Paused); // not NoLine: it is paused
        Result r = waitFor(server->jobCommand(id, JobCommand::Restart));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotPermitted);
        QVERIFY2(r.error().message.contains(QString::number(id)), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("Paused")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("restart")),
                 qPrintable(r.error().message));
        // The local engine applies a command before it returns; waiting lets the dispatcher
        // move on (to NoLine here).
        FaxOperation *resume = server->jobCommand(id, JobCommand::Resume);
        QCOMPARE(statusOf(*server, id), QueueStatus::Pending);
        QVERIFY(waitFor(resume));
        r = waitFor(server->removeJob(id));
        QCOMPARE(r.error().kind, Error::Kind::NotPermitted);
        QVERIFY(waitFor(server->jobCommand(id, JobCommand::Cancel)));
        QCOMPARE(statusOf(*server, id), QueueStatus::Canceled);
        QCOMPARE(server->job(id)->finished, m_clock->now());
        QCOMPARE(waitFor(server->jobCommand(id, JobCommand::Pause)).error().kind,
                 Error::Kind::NotPermitted);
        FaxOperation *restart = server->jobCommand(id, JobCommand::Restart);
        QCOMPARE(statusOf(*server, id), QueueStatus::Pending);
        QCOMPARE(server->job(id)->tries, 0);
        QVERIFY(!server->job(id)->finished.isValid());
        QVERIFY(waitFor(restart));

        r = waitFor(server->jobCommand(424242, JobCommand::Pause));
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("424242")));
        r = waitFor(server->removeJob(424242));
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("424242")));

        QVERIFY(waitFor(server->jobCommand(id, JobCommand::Cancel)));
        const QString folder = QFileInfo(server->spooledFiles(id).at(0)).absolutePath();
        QSignalSpy removed(server.get(), &FaxServer::jobRemoved);
        QVERIFY(waitFor(server->removeJob(id)));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!server->job(id));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void cancelRunningCall()
    {
        m_factory->holdCalls = true;
        auto server = openWithLine();
        const JobId id = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::InProgress);
        QTRY_COMPARE(server->job(id)->deviceStatus, DeviceStatus::Sending);
        FaxOperation *cancel = server->jobCommand(id, JobCommand::Cancel);
        QCOMPARE(server->job(id)->deviceStatus, DeviceStatus::Aborting);
        QVERIFY(waitFor(cancel));
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Canceled);
        QVERIFY(server->job(id)->finished.isValid());
    }

    void cancelFromAnotherInstance()
    {
        m_factory->holdCalls = true;
        auto dispatcher = openWithLine();
        auto observer = open(true, m_factory.get());
        QVERIFY(dispatcher->isDispatcher());
        QVERIFY(!observer->isDispatcher());
        const JobId id = submitOne(*observer, doc());
        QTRY_COMPARE(statusOf(*dispatcher, id), QueueStatus::InProgress);
        QTRY_COMPARE(statusOf(*observer, id), QueueStatus::InProgress);
        QVERIFY(waitFor(observer->jobCommand(id, JobCommand::Cancel)));
        QTRY_COMPARE(statusOf(*dispatcher, id), QueueStatus::Canceled);
        QTRY_COMPARE(statusOf(*observer, id), QueueStatus::Canceled);
        QVERIFY(m_factory->line(QStringLiteral("modem1"))->requests.size() == 1);
    }

    void interruptedSendIsRecovered()
    {
        m_factory->holdCalls = true;
        JobId id = 0;
        JobId exhausted = 0;
        {
            auto server = openWithLine();
            ServerSettings s = server->settings();
            s.retries = 1;
            QVERIFY(waitFor(server->setSettings(s)));
            id = submitOne(*server, doc());
            server->poll();
            QTRY_COMPARE(statusOf(*server, id), QueueStatus::InProgress);
            QTRY_COMPARE(server->job(id)->pagesSent, 1);
            exhausted = submitOne(*server, doc());
            server->disconnectFromServer(); // aborts the call
        }
        {
            auto server = open(false);
            const Job j = *server->job(id);
            QCOMPARE(j.queueStatus, QueueStatus::Retrying);
            QVERIFY2(j.lastError.contains(QStringLiteral("interrupted")), qPrintable(j.lastError));
            QVERIFY2(j.lastError.contains(QStringLiteral("unconfirmed")), qPrintable(j.lastError));
            QCOMPARE(j.tries, 1);
        }
        // A dispatcher that died with calls in progress: the rows say InProgress.
        QVERIFY(forceInProgress(m_dataDir, id, 1, false));
        QVERIFY(forceInProgress(m_dataDir, exhausted, 2, false));
        const JobId canceled = [&] {
            auto server = open(false);
            return submitOne(*server, doc());
        }();
        QVERIFY(forceInProgress(m_dataDir, canceled, 1, true));
        m_factory->holdCalls = true;
        auto server = open(false);
        QCOMPARE(statusOf(*server, id), QueueStatus::InProgress);
        QSignalSpy changed(server.get(), &FaxServer::jobChanged);
        auto dispatcher = open(true, nullptr);
        QVERIFY(dispatcher->isDispatcher());
        const Job j = *dispatcher->job(id);
        QCOMPARE(j.queueStatus, QueueStatus::Retrying);
        QVERIFY(j.lastError.contains(QStringLiteral("interrupted")));
        QVERIFY(j.lastError.contains(QStringLiteral("unconfirmed")));
        QCOMPARE(j.nextAttempt, m_clock->now().addSecs(600));
        QCOMPARE(statusOf(*dispatcher, exhausted), QueueStatus::RetriesExceeded);
        QCOMPARE(statusOf(*dispatcher, canceled), QueueStatus::Canceled);
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Retrying);
        QTRY_COMPARE(statusOf(*server, exhausted), QueueStatus::RetriesExceeded);
        QTRY_COMPARE(statusOf(*server, canceled), QueueStatus::Canceled);
    }

    void dispatcherRemovesOldOrphanSpoolFolders()
    {
        const QString spool = m_dataDir + QStringLiteral("/spool");
        {
            auto server = open(false);
            QVERIFY(waitFor(server->submit(doc())));
        }
        const QString oldOrphan = spool + QStringLiteral("/1-dead");
        const QString youngOrphan = spool + QStringLiteral("/2-busy");
        QVERIFY(QDir().mkpath(oldOrphan));
        QVERIFY(QDir().mkpath(youngOrphan));
        QVERIFY(writeFile(oldOrphan + QStringLiteral("/.incoming-1"), "half"));
        QVERIFY(setAge(oldOrphan, 11 * 60));
        QVERIFY(setAge(youngOrphan, 9 * 60)); // a submit may still be committing it
        QCOMPARE(spoolEntries().size(), 3);
        auto observer = open(false);
        QCOMPARE(spoolEntries().size(), 3); // only the dispatcher cleans up
        auto dispatcher = open(true);
        QVERIFY(dispatcher->isDispatcher());
        QVERIFY(!QFileInfo::exists(oldOrphan));
        QVERIFY(QFileInfo::exists(youngOrphan));
        const JobId id = dispatcher->jobs().at(0).id;
        QVERIFY(QFileInfo::exists(dispatcher->spooledFiles(id).at(0)));
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
