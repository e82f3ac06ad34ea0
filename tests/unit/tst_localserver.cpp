// The local engine end to end with a scripted line and a manual clock: the queue, the
// scheduler's transitions through the server, job commands, ports, settings, several instances
// on one data folder, recovery and bad input.
#include "localserver_helpers.h"

#include "queue/clock.h"
#include "server/localfaxserver.h"
#include "testline.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Fax;
using namespace Fax::Test;

class TestLocalServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_tmp = nullptr;
    QString m_dataDir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TestLineFactory> m_factory;
    QString m_doc1;
    QString m_doc2;

    std::unique_ptr<LocalFaxServer> open(bool runScheduler = true, LineFactory *factory = nullptr,
                                         int busyTimeoutMs = 5000)
    {
        LocalFaxServer::Options o;
        o.dataDirectory = m_dataDir;
        o.runScheduler = runScheduler;
        o.clock = m_clock.get();
        o.lineFactory = factory;
        o.pollIntervalMs = 20;
        o.busyTimeoutMs = busyTimeoutMs;
        auto server = std::make_unique<LocalFaxServer>(ConnectionSettings(), o);
        server->connectToServer();
        return server;
    }

    std::unique_ptr<LocalFaxServer> openWithLine(const QString &portName = QStringLiteral("modem1"))
    {
        auto server = open(true, m_factory.get());
        Port p;
        p.name = portName;
        p.devicePath = QStringLiteral("/dev/ttyS0");
        if (!server->ports().isEmpty())
            return server;
        const Result r = server->addPort(p);
        if (!r)
            qWarning() << r.error().message;
        return server;
    }

    FaxDocument doc(const QString &number = QStringLiteral("+49 (30) 123-45.6"),
                    const QString &name = QStringLiteral("Alice")) const
    {
        FaxDocument d;
        d.files = {m_doc1, m_doc2};
        Party r;
        r.name = name;
        r.faxNumber = number;
        d.recipients << r;
        d.subject = QStringLiteral("Quarterly report");
        d.sender.name = QStringLiteral("Bob");
        return d;
    }

    JobId submitOne(LocalFaxServer &server, const FaxDocument &d)
    {
        const auto ids = server.submit(d);
        if (!ids) {
            qWarning() << ids.error().message;
            return 0;
        }
        return ids->value(0);
    }

    QueueStatus statusOf(LocalFaxServer &server, JobId id)
    {
        return server.job(id) ? server.job(id)->queueStatus : QueueStatus::Deleting;
    }

    QStringList spoolEntries() const
    {
        return QDir(m_dataDir + QStringLiteral("/spool"))
            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = new QTemporaryDir;
        QVERIFY(m_tmp->isValid());
        m_dataDir = m_tmp->filePath(QStringLiteral("data"));
        m_clock = std::make_unique<ManualClock>(
            QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::LocalTime));
        m_factory = std::make_unique<TestLineFactory>();
        m_doc1 = m_tmp->filePath(QStringLiteral("letter.pdf"));
        m_doc2 = m_tmp->filePath(QStringLiteral("annex.tif"));
        QVERIFY(writeFile(m_doc1, QByteArray(5000, 'a')));
        QVERIFY(writeFile(m_doc2, randomBytes(70000)));
    }

    void cleanup()
    {
        delete m_tmp;
        m_tmp = nullptr;
    }

    void connectCreatesStore()
    {
        auto server = open();
        QCOMPARE(server->state(), ConnectionState::Connected);
        QVERIFY(QFile::exists(m_dataDir + QStringLiteral("/queue.db")));
        QVERIFY(QFileInfo(m_dataDir + QStringLiteral("/spool")).isDir());
        QVERIFY(server->isDispatcher());
        QCOMPARE(server->dataDirectory(), m_dataDir);
        QSignalSpy disconnected(server.get(), &FaxServer::disconnected);
        server->disconnectFromServer();
        QCOMPARE(disconnected.count(), 1);
        QCOMPARE(server->state(), ConnectionState::Disconnected);
        QVERIFY(!server->submit(doc()));
        QCOMPARE(server->submit(doc()).error().kind, Error::Kind::Connection);
    }

    void submitSpoolsAndPersists()
    {
        JobId id = 0;
        QStringList spooled;
        Job stored;
        {
            auto server = open(false);
            QSignalSpy added(server.get(), &FaxServer::jobAdded);
            FaxDocument d = doc();
            Party second;
            second.name = QStringLiteral("Carol");
            second.faxNumber = QStringLiteral("555 0100");
            d.recipients << second;
            d.priority = Priority::High;
            const auto ids = server->submit(d);
            QVERIFY2(ids, qPrintable(ids.error().message));
            QCOMPARE(ids->size(), 2);
            QCOMPARE(added.count(), 2);
            id = ids->at(0);
            stored = *server->job(id);
            QCOMPARE(stored.groupId, server->job(ids->at(1))->groupId);
            QCOMPARE(stored.recipientName, QStringLiteral("Alice"));
            QCOMPARE(server->job(ids->at(1))->recipientNumber, QStringLiteral("555 0100"));
            QCOMPARE(stored.priority, Priority::High);
            QCOMPARE(stored.queueStatus, QueueStatus::Pending);
            QCOMPARE(stored.size, qint64(75000));
            QCOMPARE(stored.submitted, m_clock->now());
            spooled = server->spooledFiles(id);
            QCOMPARE(spooled.size(), 2);
            QCOMPARE(readFile(spooled.at(0)), readFile(m_doc1));
            QCOMPARE(readFile(spooled.at(1)), readFile(m_doc2));
            QVERIFY(spooled.at(0).startsWith(m_dataDir + QStringLiteral("/spool/")));
            // Still exactly two after the poller has looked at its own write.
            server->poll();
            QCOMPARE(added.count(), 2);
        }
        auto again = open(false);
        QCOMPARE(again->jobs().size(), 2);
        QCOMPARE(*again->job(id), stored);
        QCOMPARE(again->spooledFiles(id), spooled);
        // Ids are never reused, even after removal.
        QVERIFY(again->jobCommand(id, JobCommand::Cancel));
        QVERIFY(again->removeJob(id));
        const JobId next = submitOne(*again, doc());
        QVERIFY(next > id + 1);
    }

    void submitRecordsOwner()
    {
        // The owner is the submitting account even where $USER is unset (services, CTest).
        const bool hadUser = qEnvironmentVariableIsSet("USER");
        const bool hadLogname = qEnvironmentVariableIsSet("LOGNAME");
        const QByteArray user = qgetenv("USER");
        const QByteArray logname = qgetenv("LOGNAME");
        const auto restore = qScopeGuard([&] {
            if (hadUser)
                qputenv("USER", user);
            if (hadLogname)
                qputenv("LOGNAME", logname);
        });
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        const QString expected = accountName();
        QVERIFY(!expected.isEmpty());
        auto server = open(false);
        const JobId id = submitOne(*server, doc());
        QVERIFY(id > 0);
        QCOMPARE(server->job(id)->owner, expected);
        auto again = open(false);
        QCOMPARE(again->job(id)->owner, expected);
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
        QCOMPARE(line->requests.at(0).files, server->spooledFiles(id));
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
        QVERIFY(server->setSettings(s));
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
        QVERIFY(server->setSettings(s));
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
        const auto bad = server->submit(d);
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
        QVERIFY(server->setSettings(s));
        QTRY_VERIFY(line->currentCall());
        QVERIFY(line->finishCurrent(Outcomes::success()));
        QTRY_COMPARE(statusOf(*server, first), QueueStatus::Completed);
        server->poll();
        QCOMPARE(statusOf(*server, second), QueueStatus::Pending);
        QCOMPARE(line->requests.size(), 1);
        s.pauseServerQueue = false;
        QVERIFY(server->setSettings(s));
        QTRY_COMPARE(statusOf(*server, second), QueueStatus::InProgress);
        QCOMPARE(line->requests.size(), 2);
    }

    void dirtyDaysRemovesFailedJobsAndSpool()
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.dirtyDays = 2;
        QVERIFY(server->setSettings(s));
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
        auto server = open(true, m_factory.get());
        Port a;
        a.name = QStringLiteral("back");
        a.priority = 2;
        Port b;
        b.name = QStringLiteral("front");
        b.priority = 1;
        Port c;
        c.name = QStringLiteral("fax-in");
        c.priority = 0;
        c.sendEnabled = false;
        QVERIFY(server->addPort(a));
        QVERIFY(server->addPort(b));
        QVERIFY(server->addPort(c));
        FaxDocument low = doc();
        low.priority = Priority::Low;
        const JobId j1 = submitOne(*server, low);
        m_clock->advance(1);
        const JobId j2 = submitOne(*server, doc());
        m_clock->advance(1);
        const JobId j3 = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, j2), QueueStatus::InProgress);
        QTRY_COMPARE(statusOf(*server, j3), QueueStatus::InProgress);
        QCOMPARE(server->job(j2)->port, QStringLiteral("front"));
        QCOMPARE(server->job(j3)->port, QStringLiteral("back"));
        QCOMPARE(statusOf(*server, j1), QueueStatus::Pending);
        QCOMPARE(m_factory->line(QStringLiteral("fax-in"))->requests.size(), 0);
        const Result busy = server->removePort(QStringLiteral("front"));
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
        QVERIFY(server->updatePort(p));
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
        Port p;
        p.name = QStringLiteral("ttyS0");
        QVERIFY(server->addPort(p));
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
        QVERIFY(server->jobCommand(id, JobCommand::Pause));
        QCOMPARE(statusOf(*server, id), QueueStatus::Paused);
        server->poll();
        QCOMPARE(statusOf(*server, id), QueueStatus::Paused); // not NoLine: it is paused
        Result r = server->jobCommand(id, JobCommand::Restart);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotPermitted);
        QVERIFY2(r.error().message.contains(QString::number(id)), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("Paused")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("restart")),
                 qPrintable(r.error().message));
        QVERIFY(server->jobCommand(id, JobCommand::Resume));
        QCOMPARE(statusOf(*server, id), QueueStatus::Pending);
        r = server->removeJob(id);
        QCOMPARE(r.error().kind, Error::Kind::NotPermitted);
        QVERIFY(server->jobCommand(id, JobCommand::Cancel));
        QCOMPARE(statusOf(*server, id), QueueStatus::Canceled);
        QCOMPARE(server->job(id)->finished, m_clock->now());
        QCOMPARE(server->jobCommand(id, JobCommand::Pause).error().kind, Error::Kind::NotPermitted);
        QVERIFY(server->jobCommand(id, JobCommand::Restart));
        QCOMPARE(statusOf(*server, id), QueueStatus::Pending);
        QCOMPARE(server->job(id)->tries, 0);
        QVERIFY(!server->job(id)->finished.isValid());

        r = server->jobCommand(424242, JobCommand::Pause);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("424242")));
        r = server->removeJob(424242);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("424242")));

        QVERIFY(server->jobCommand(id, JobCommand::Cancel));
        const QString folder = QFileInfo(server->spooledFiles(id).at(0)).absolutePath();
        QSignalSpy removed(server.get(), &FaxServer::jobRemoved);
        QVERIFY(server->removeJob(id));
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
        QVERIFY(server->jobCommand(id, JobCommand::Cancel));
        QCOMPARE(server->job(id)->deviceStatus, DeviceStatus::Aborting);
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
        QVERIFY(observer->jobCommand(id, JobCommand::Cancel));
        QTRY_COMPARE(statusOf(*dispatcher, id), QueueStatus::Canceled);
        QTRY_COMPARE(statusOf(*observer, id), QueueStatus::Canceled);
        QVERIFY(m_factory->line(QStringLiteral("modem1"))->requests.size() == 1);
    }

    void twoInstancesSeeEachOther()
    {
        auto a = open(true, nullptr);
        auto b = open(true, nullptr);
        QVERIFY(a->isDispatcher());
        QVERIFY(!b->isDispatcher());
        QSignalSpy aAdded(a.get(), &FaxServer::jobAdded);
        QSignalSpy bAdded(b.get(), &FaxServer::jobAdded);
        QSignalSpy bChanged(b.get(), &FaxServer::jobChanged);
        QSignalSpy bRemoved(b.get(), &FaxServer::jobRemoved);
        QSignalSpy aPortAdded(a.get(), &FaxServer::portAdded);
        QSignalSpy aPortChanged(a.get(), &FaxServer::portChanged);
        QSignalSpy aPortRemoved(a.get(), &FaxServer::portRemoved);
        QSignalSpy aSettings(a.get(), &FaxServer::settingsChanged);
        QSignalSpy bSettings(b.get(), &FaxServer::settingsChanged);

        FaxDocument d = doc();
        Party second;
        second.faxNumber = QStringLiteral("123");
        d.recipients << second;
        const auto ids = b->submit(d);
        QVERIFY(ids);
        QCOMPARE(bAdded.count(), 2);
        QTRY_COMPARE(aAdded.count(), 2);
        QCOMPARE(aAdded.at(0).at(0).value<Job>().id, ids->at(0));
        QCOMPARE(aAdded.at(1).at(0).value<Job>().id, ids->at(1));
        // a, the dispatcher, finds no line: b sees the NoLine change.
        QTRY_COMPARE(statusOf(*b, ids->at(0)), QueueStatus::NoLine);
        QVERIFY(bChanged.count() >= 2);
        a->poll(); // both re-read everything since their last poll, their own writes included
        b->poll();
        QCOMPARE(aAdded.count(), 2);
        QCOMPARE(bAdded.count(), 2);
        QCOMPARE(a->jobs(), b->jobs());

        Port p;
        p.name = QStringLiteral("front");
        QVERIFY(b->addPort(p));
        QTRY_COMPARE(aPortAdded.count(), 1);
        QTRY_COMPARE(b->ports(), a->ports());
        p.rings = 5;
        QVERIFY(b->updatePort(p));
        QTRY_VERIFY(aPortChanged.count() >= 1);
        QTRY_COMPARE(a->ports().at(0).rings, 5);
        QVERIFY(b->removePort(QStringLiteral("front")));
        QTRY_COMPARE(aPortRemoved.count(), 1);
        QVERIFY(a->ports().isEmpty());

        ServerSettings s = a->settings();
        s.retries = 7;
        QVERIFY(a->setSettings(s));
        QCOMPARE(aSettings.count(), 1);
        QTRY_COMPARE(bSettings.count(), 1);
        QCOMPARE(b->settings().retries, 7);

        QVERIFY(a->jobCommand(ids->at(1), JobCommand::Cancel));
        QVERIFY(a->removeJob(ids->at(1)));
        QTRY_COMPARE(bRemoved.count(), 1);
        QCOMPARE(bRemoved.at(0).at(0).value<JobId>(), ids->at(1));
        a->poll();
        b->poll();
        QCOMPARE(aSettings.count(), 1);
        QCOMPARE(bSettings.count(), 1);
        QCOMPARE(bRemoved.count(), 1);
        QCOMPARE(aPortAdded.count(), 1);

        // The observer takes over when the dispatcher goes away.
        a.reset();
        QTRY_VERIFY(b->isDispatcher());
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
            QVERIFY(server->setSettings(s));
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

    void badDocuments()
    {
        auto server = open(false);
        FaxDocument d = doc();
        const QString missing = m_tmp->filePath(QStringLiteral("nope.pdf"));
        d.files << missing;
        auto r = server->submit(d);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY2(r.error().message.contains(missing), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("does not exist")),
                 qPrintable(r.error().message));
        d.files = {m_doc1, m_tmp->path()};
        r = server->submit(d);
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY2(r.error().message.contains(m_tmp->path()), qPrintable(r.error().message));
        QVERIFY(server->jobs().isEmpty());
        QVERIFY(spoolEntries().isEmpty());
        auto reopened = open(false);
        QVERIFY(reopened->jobs().isEmpty());
    }

    void badRecipients()
    {
        auto server = open(false);
        FaxDocument d = doc();
        d.recipients.clear();
        auto r = server->submit(d);
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY(r.error().message.contains(QStringLiteral("no recipient")));
        r = server->submit(doc(QStringLiteral("  "), QStringLiteral("Dave")));
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("Dave")), qPrintable(r.error().message));
        r = server->submit(doc(QStringLiteral("555-CALL-NOW"), QStringLiteral("Eve")));
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("Eve")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("555-CALL-NOW")));
        r = server->submit(doc(QStringLiteral("+-()"), QStringLiteral("Frank")));
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY(server->jobs().isEmpty());
        QVERIFY(spoolEntries().isEmpty());
    }

    void unwritableSpool()
    {
        auto server = open(false);
        const QString spool = m_dataDir + QStringLiteral("/spool");
        QVERIFY(QDir(spool).removeRecursively());
        QVERIFY(writeFile(spool, "not a folder")); // fails even for root
        const auto r = server->submit(doc());
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY2(r.error().message.contains(spool), qPrintable(r.error().message));
        QVERIFY(server->jobs().isEmpty());
        QCOMPARE(readFile(spool), QByteArray("not a folder"));
    }

    void corruptDatabaseIsReportedAndKept()
    {
        QVERIFY(QDir().mkpath(m_dataDir));
        const QString db = m_dataDir + QStringLiteral("/queue.db");
        const QByteArray garbage = randomBytes(8192);
        QVERIFY(writeFile(db, garbage));
        LocalFaxServer::Options o;
        o.dataDirectory = m_dataDir;
        o.clock = m_clock.get();
        LocalFaxServer server(ConnectionSettings(), o);
        QSignalSpy errors(&server, &FaxServer::errorOccurred);
        QSignalSpy states(&server, &FaxServer::stateChanged);
        QSignalSpy connected(&server, &FaxServer::connected);
        server.connectToServer();
        QCOMPARE(errors.count(), 1);
        const Error e = errors.at(0).at(0).value<Error>();
        QCOMPARE(e.kind, Error::Kind::Database);
        QVERIFY2(e.message.contains(db), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("not a database")), qPrintable(e.message));
        QCOMPARE(connected.count(), 0);
        QCOMPARE(server.state(), ConnectionState::Disconnected);
        QCOMPARE(states.count(), 2); // Connecting, Disconnected
        QCOMPARE(states.last().at(0).value<ConnectionState>(), ConnectionState::Disconnected);
        QCOMPARE(readFile(db), garbage);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")) ||
                QFileInfo(db + QStringLiteral("-wal")).size() == 0);
    }

    void lockedDatabase()
    {
        auto server = open(false, nullptr, 300);
        const JobId before = submitOne(*server, doc());
        QVERIFY(before > 0);
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(m_dataDir + QStringLiteral("/queue.db"));
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("UPDATE revision SET value = value")));

            const auto r = server->submit(doc());
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::Database);
            QVERIFY2(r.error().message.contains(QStringLiteral("queue.db")),
                     qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(QStringLiteral("locked")),
                     qPrintable(r.error().message));
            const Result c = server->jobCommand(before, JobCommand::Pause);
            QCOMPARE(c.error().kind, Error::Kind::Database);
            QCOMPARE(server->jobs().size(), 1);
            QCOMPARE(statusOf(*server, before), QueueStatus::Pending);
            QCOMPARE(spoolEntries().size(), 1); // only the first submission's folder
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY(server->submit(doc()));
        QVERIFY(server->jobCommand(before, JobCommand::Pause));
        QCOMPARE(server->jobs().size(), 2);
    }

    void settingsValidation()
    {
        auto server = open(false);
        struct Case
        {
            const char *property;
            std::function<void(ServerSettings &)> change;
        };
        const QList<Case> cases = {
            {"Retries", [](ServerSettings &s) { s.retries = 100; }},
            {"Retries", [](ServerSettings &s) { s.retries = -1; }},
            {"RetryDelay", [](ServerSettings &s) { s.retryDelay = 1441; }},
            {"DirtyDays", [](ServerSettings &s) { s.dirtyDays = 3651; }},
            {"DiscountRateStart", [](ServerSettings &s) { s.discountRateStart = QTime(); }},
            {"DiscountRateEnd", [](ServerSettings &s) { s.discountRateEnd = QTime(25, 0); }},
            {"ArchiveDirectory", [](ServerSettings &s) { s.archiveOutboundFaxes = true; }},
        };
        QSignalSpy changed(server.get(), &FaxServer::settingsChanged);
        for (const Case &c : cases) {
            ServerSettings s = server->settings();
            c.change(s);
            const Result r = server->setSettings(s);
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
            QVERIFY2(r.error().message.contains(QLatin1String(c.property)),
                     qPrintable(r.error().message));
        }
        QCOMPARE(changed.count(), 0);
        ServerSettings s = server->settings();
        s.dirtyDays = 0;
        s.archiveOutboundFaxes = true;
        s.archiveDirectory = m_tmp->path();
        QVERIFY(server->setSettings(s));
        QCOMPARE(changed.count(), 1);
        auto again = open(false);
        QCOMPARE(again->settings(), s);
    }

    void portValidation()
    {
        auto server = open(false);
        Port p;
        p.name = QStringLiteral("front");
        QVERIFY(server->addPort(p));
        Result r = server->addPort(p);
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY(r.error().message.contains(QStringLiteral("front")));
        p.name = QStringLiteral("  ");
        QCOMPARE(server->addPort(p).error().kind, Error::Kind::InvalidArgument);
        p.name = QStringLiteral("ghost");
        r = server->updatePort(p);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("ghost")));
        r = server->removePort(QStringLiteral("ghost"));
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        // Live state is not the caller's to set.
        Port front = server->ports().at(0);
        front.state = PortState::Sending;
        front.csid = QStringLiteral("+1 555 0100");
        QVERIFY(server->updatePort(front));
        QCOMPARE(server->ports().at(0).csid, QStringLiteral("+1 555 0100"));
        QCOMPARE(server->ports().at(0).state, PortState::Offline);
    }

    void dispatcherRemovesOldOrphanSpoolFolders()
    {
        const QString spool = m_dataDir + QStringLiteral("/spool");
        {
            auto server = open(false);
            QVERIFY(server->submit(doc()));
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

    void factoryMakesBackends()
    {
        Error e;
        ConnectionSettings local;
        local.dataDirectory = m_dataDir;
        auto server = createServer(local, &e);
        QVERIFY(qobject_cast<LocalFaxServer *>(server.get()));
        ConnectionSettings remote;
        remote.kind = ServerKind::Hylafax;
        remote.host = QStringLiteral("fax.example");
        QVERIFY(!createServer(remote, &e));
        QCOMPARE(e.kind, Error::Kind::Unsupported);
        QVERIFY2(e.message.contains(QStringLiteral("HylaFAX")), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
