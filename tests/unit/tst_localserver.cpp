// SPDX-License-Identifier: GPL-3.0-or-later
// The local engine's store and API end to end: the queue folder, submission, several instances
// on one data folder, settings and ports, and bad input.
#include "localserverfixture.h"
#include "queue/jobstore.h"
#include "server/hylafaxserver.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Fax;
using namespace Fax::Test;

class TestLocalServer : public QObject, private LocalServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

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
        QVERIFY(!waitFor(server->submit(doc())));
        QCOMPARE(waitFor(server->submit(doc())).error().kind, Error::Kind::Connection);
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
            const auto ids = waitFor(server->submit(d));
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
        QVERIFY(waitFor(again->jobCommand(id, JobCommand::Cancel)));
        QVERIFY(waitFor(again->removeJob(id)));
        const JobId next = submitOne(*again, doc());
        QVERIFY(next > id + 1);
    }

    void submitCopiesWithProgressAfterTheCall()
    {
        auto server = open(false);
        const QString big = m_tmp->filePath(QStringLiteral("big.pdf"));
        QVERIFY(writeFile(big, randomBytes(3 * 1024 * 1024)));
        FaxDocument d = doc();
        d.files << big;
        const qint64 total = 75000 + 3 * 1024 * 1024;
        QSignalSpy added(server.get(), &FaxServer::jobAdded);
        SubmitOperation *op = server->submit(d);
        QSignalSpy progress(op, &FaxOperation::progress);
        // The copy runs on a worker; the jobs are stored once it is durable, after the call.
        QVERIFY(!op->isFinished());
        QCOMPARE(added.count(), 0);
        QVERIFY(server->jobs().isEmpty());
        const auto ids = waitFor(op);
        QVERIFY2(ids, qPrintable(ids.error().message));
        QCOMPARE(added.count(), 1);
        QVERIFY(progress.count() > 2);
        qint64 last = -1;
        for (const QList<QVariant> &p : std::as_const(progress)) {
            QVERIFY(p.at(0).toLongLong() >= last);
            last = p.at(0).toLongLong();
            QCOMPARE(p.at(1).toLongLong(), total);
        }
        QCOMPARE(last, total);
        QCOMPARE(server->job(ids->at(0))->size, total);
        QCOMPARE(readFile(server->spooledFiles(ids->at(0)).at(2)), readFile(big));
    }

    void canceledOrAbandonedSubmitLeavesNothing()
    {
        auto server = open(false);
        const QString big = m_tmp->filePath(QStringLiteral("big.pdf"));
        QVERIFY(writeFile(big, randomBytes(4 * 1024 * 1024)));
        FaxDocument d = doc();
        d.files << big;
        QSignalSpy added(server.get(), &FaxServer::jobAdded);

        SubmitOperation *op = server->submit(d);
        QVERIFY(op->canCancel());
        op->cancel();
        Expected<QList<JobId>> ids = waitFor(op);
        QCOMPARE(ids.error().kind, Error::Kind::Canceled);

        // Disconnecting stops an upload the same way.
        op = server->submit(d);
        QSignalSpy failed(op, &FaxOperation::failed);
        server->disconnectFromServer();
        QVERIFY(failed.wait());
        QCOMPARE(failed.at(0).at(0).value<Error>().kind, Error::Kind::Canceled);
        QVERIFY2(failed.at(0).at(0).value<Error>().message.contains(m_dataDir),
                 qPrintable(failed.at(0).at(0).value<Error>().message));

        // And so does closing the engine.
        server->connectToServer();
        op = server->submit(d);
        QSignalSpy closed(op, &FaxOperation::failed);
        server.reset();
        QCOMPARE(closed.count(), 1);

        QCOMPARE(added.count(), 0);
        QVERIFY2(spoolEntries().isEmpty(), qPrintable(spoolEntries().join(u' ')));
        QVERIFY(open(false)->jobs().isEmpty());
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
        const auto ids = waitFor(b->submit(d));
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
        p.devicePath = QStringLiteral("/dev/faxconsole-test-no-such-modem"); // no call on it
        QVERIFY(waitFor(b->addPort(p)));
        QTRY_COMPARE(aPortAdded.count(), 1);
        QTRY_COMPARE(b->ports(), a->ports());
        p.rings = 5;
        QVERIFY(waitFor(b->updatePort(p)));
        QTRY_VERIFY(aPortChanged.count() >= 1);
        QTRY_COMPARE(a->ports().at(0).rings, 5);
        QVERIFY(waitFor(b->removePort(QStringLiteral("front"))));
        QTRY_COMPARE(aPortRemoved.count(), 1);
        QVERIFY(a->ports().isEmpty());

        ServerSettings s = a->settings();
        s.retries = 7;
        QVERIFY(waitFor(a->setSettings(s)));
        QCOMPARE(aSettings.count(), 1);
        QTRY_COMPARE(bSettings.count(), 1);
        QCOMPARE(b->settings().retries, 7);

        QVERIFY(waitFor(a->jobCommand(ids->at(1), JobCommand::Cancel)));
        QVERIFY(waitFor(a->removeJob(ids->at(1))));
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

    void lateReaderReloadsAfterForgottenRemovals()
    {
        auto b = open(false, nullptr);
        FaxDocument d = doc();
        for (const char *number : {"201", "202"}) {
            Party p;
            p.faxNumber = QString::fromLatin1(number);
            d.recipients << p;
        }
        const auto ids = waitFor(b->submit(d));
        QVERIFY(ids);
        QCOMPARE(ids->size(), 3);
        for (JobId id : *ids)
            QVERIFY(waitFor(b->jobCommand(id, JobCommand::Cancel)));
        b->poll();
        QCOMPARE(b->jobs().size(), 3);

        // Another process removes two jobs and forgets the removals before b looks again.
        {
            JobStore other(m_dataDir);
            QVERIFY(other.open());
            QList<JobId> removed;
            QVERIFY(other.removeJobs({ids->at(0), ids->at(1)}, true, &removed));
            QCOMPARE(other.pruneTombstones(0).value(), 2);
        }
        QSignalSpy removedSpy(b.get(), &FaxServer::jobRemoved);
        b->poll();
        QCOMPARE(b->jobs().size(), 1);
        QCOMPARE(b->jobs().at(0).id, ids->at(2));
        QCOMPARE(removedSpy.count(), 2);
        b->poll();
        QCOMPARE(removedSpy.count(), 2); // once is enough
    }

    void badDocuments()
    {
        auto server = open(false);
        FaxDocument d = doc();
        const QString missing = m_tmp->filePath(QStringLiteral("nope.pdf"));
        d.files << missing;
        auto r = waitFor(server->submit(d));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY2(r.error().message.contains(missing), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("does not exist")),
                 qPrintable(r.error().message));
        d.files = {m_doc1, m_tmp->path()};
        r = waitFor(server->submit(d));
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
        auto r = waitFor(server->submit(d));
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY(r.error().message.contains(QStringLiteral("no recipient")));
        r = waitFor(server->submit(doc(QStringLiteral("  "), QStringLiteral("Dave"))));
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("Dave")), qPrintable(r.error().message));
        r = waitFor(server->submit(doc(QStringLiteral("555-CALL-NOW"), QStringLiteral("Eve"))));
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("Eve")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("555-CALL-NOW")));
        r = waitFor(server->submit(doc(QStringLiteral("+-()"), QStringLiteral("Frank"))));
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
        const auto r = waitFor(server->submit(doc()));
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

            const auto r = waitFor(server->submit(doc()));
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::Database);
            QVERIFY2(r.error().message.contains(QStringLiteral("queue.db")),
                     qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(QStringLiteral("locked")),
                     qPrintable(r.error().message));
            const Result c = waitFor(server->jobCommand(before, JobCommand::Pause));
            QCOMPARE(c.error().kind, Error::Kind::Database);
            QCOMPARE(server->jobs().size(), 1);
            QCOMPARE(statusOf(*server, before), QueueStatus::Pending);
            QCOMPARE(spoolEntries().size(), 1); // only the first submission's folder
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY(waitFor(server->submit(doc())));
        QVERIFY(waitFor(server->jobCommand(before, JobCommand::Pause)));
        QCOMPARE(server->jobs().size(), 2);
    }

    void settingsValidation()
    {
        auto server = open(false);
        struct Case
        {
            const char *property; // the key the error names
            std::function<void(ServerSettings &)> change;
        };
        const QList<Case> cases = {
            {"retries", [](ServerSettings &s) { s.retries = 100; }},
            {"retries", [](ServerSettings &s) { s.retries = -1; }},
            {"retry-delay", [](ServerSettings &s) { s.retryDelay = 1441; }},
            {"dirty-days", [](ServerSettings &s) { s.dirtyDays = 3651; }},
            {"discount-rate-start", [](ServerSettings &s) { s.discountRateStart = QTime(); }},
            {"discount-rate-end", [](ServerSettings &s) { s.discountRateEnd = QTime(25, 0); }},
            {"archive-directory",
             [](ServerSettings &s) {
                 s.archiveOutboundFaxes = true;
                 s.archiveDirectory = QStringLiteral("sent/faxes");
             }},
            // What faxctl refused and the API took before the schema.
            {"routing.folder",
             [](ServerSettings &s) {
                 s.routing.storeInFolder = true;
                 s.routing.folder = QStringLiteral("received");
             }},
            {"routing.email-address",
             [](ServerSettings &s) {
                 s.routing.email = true;
                 s.routing.emailAddress = QStringLiteral("nobody");
             }},
            {"routing.printer",
             [](ServerSettings &s) {
                 s.routing.print = true;
                 s.routing.printer = QStringLiteral("a\nb");
             }},
            {"dialing.area-code",
             [](ServerSettings &s) { s.dialing.areaCode = QStringLiteral("30a"); }},
            {"dialing.international-prefix",
             [](ServerSettings &s) { s.dialing.internationalPrefix = QStringLiteral("+"); }},
            // The rule between two settings.
            {"routing.folder", [](ServerSettings &s) { s.routing.storeInFolder = true; }},
        };
        QSignalSpy changed(server.get(), &FaxServer::settingsChanged);
        for (const Case &c : cases) {
            ServerSettings s = server->settings();
            c.change(s);
            const Result r = waitFor(server->setSettings(s));
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
            QVERIFY2(r.error().message.contains(QLatin1String(c.property)),
                     qPrintable(r.error().message));
        }
        QCOMPARE(changed.count(), 0);
        {
            // A field whose switch is off is not in use: it is stored as typed and checked
            // again once the switch is on (the settings pages leave it disabled).
            ServerSettings off = server->settings();
            off.routing.email = false;
            off.routing.emailAddress = QStringLiteral("nobody");
            QVERIFY(waitFor(server->setSettings(off)));
            QCOMPARE(server->settings().routing.emailAddress, QStringLiteral("nobody"));
            off.routing.email = true;
            const Result on = waitFor(server->setSettings(off));
            QVERIFY(!on);
            QVERIFY2(on.error().message.contains(QLatin1String("routing.email-address")),
                     qPrintable(on.error().message));
            off.routing.email = false;
            off.routing.emailAddress.clear();
            QVERIFY(waitFor(server->setSettings(off)));
            changed.clear();
        }
        ServerSettings s = server->settings();
        s.dirtyDays = 0;
        s.archiveOutboundFaxes = true;
        s.archiveDirectory = m_tmp->path();
        QVERIFY(waitFor(server->setSettings(s)));
        QCOMPARE(changed.count(), 1);
        auto again = open(false);
        QCOMPARE(again->settings(), s);
    }

    void portValidation()
    {
        auto server = open(false);
        Port p;
        p.name = QStringLiteral("front");
        p.devicePath = QStringLiteral("/dev/ttyS0");
        QVERIFY(waitFor(server->addPort(p)));
        Result r = waitFor(server->addPort(p));
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY(r.error().message.contains(QStringLiteral("front")));
        p.name = QStringLiteral("  ");
        QCOMPARE(waitFor(server->addPort(p)).error().kind, Error::Kind::InvalidArgument);
        p.name = QStringLiteral("ghost");
        r = waitFor(server->updatePort(p));
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("ghost")));
        r = waitFor(server->removePort(QStringLiteral("ghost")));
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        // Live state is not the caller's to set.
        Port front = server->ports().at(0);
        front.state = PortState::Sending;
        front.csid = QStringLiteral("+1 555 0100");
        QVERIFY(waitFor(server->updatePort(front)));
        QCOMPARE(server->ports().at(0).csid, QStringLiteral("+1 555 0100"));
        QCOMPARE(server->ports().at(0).state, PortState::Offline);
    }

    // addPort and updatePort refuse what faxctl refuses, and leave the stored port alone.
    void portValuesAreChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Port>("port");
        Port base;
        base.name = QStringLiteral("front");
        base.devicePath = QStringLiteral("/dev/ttyS0");
        Port p = base;
        p.tsid = QStringLiteral("ACME");
        QTest::newRow("tsid letters") << "tsid" << p;
        p = base;
        p.csid = QStringLiteral("123456789012345678901");
        QTest::newRow("csid too long") << "csid" << p;
        p = base;
        p.devicePath = QStringLiteral("ttyS0");
        QTest::newRow("relative device") << "device" << p;
        p = base;
        p.devicePath.clear();
        QTest::newRow("no device") << "device" << p;
        p = base;
        p.rings = 21;
        QTest::newRow("rings") << "rings" << p;
        p = base;
        p.priority = 0;
        QTest::newRow("priority") << "priority" << p;
        p = base;
        p.flowControl = QStringLiteral("hardware");
        QTest::newRow("flow control") << "flow-control" << p;
        p = base;
        p.initString = QStringLiteral("ATM0\rATH");
        QTest::newRow("init string") << "init-string" << p;
    }
    void portValuesAreChecked()
    {
        QFETCH(QString, key);
        QFETCH(Port, port);
        auto server = open(false);
        Result r = waitFor(server->addPort(port));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY2(r.error().message.contains(QLatin1Char('(') + key + QLatin1Char(')')),
                 qPrintable(r.error().message));
        QVERIFY(server->ports().isEmpty());

        Port good = port;
        good.devicePath = QStringLiteral("/dev/ttyS0");
        good.tsid = good.csid = QString();
        good.rings = 2;
        good.priority = 1;
        good.flowControl = QStringLiteral("rts-cts");
        good.modemClass = FaxClass::Auto;
        good.initString.clear();
        QVERIFY(waitFor(server->addPort(good)));
        const Port stored = server->ports().at(0);
        r = waitFor(server->updatePort(port));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        QVERIFY2(r.error().message.contains(QLatin1Char('(') + key + QLatin1Char(')')),
                 qPrintable(r.error().message));
        QCOMPARE(server->ports().at(0), stored);
        auto again = open(false);
        QCOMPARE(again->ports().at(0), stored);
    }

    // updatePort stores every field the caller sets (modem-class was once forgotten), and keeps
    // the live state.
    void updatePortStoresEveryField()
    {
        {
            auto server = open(false);
            Port p;
            p.name = QStringLiteral("front");
            p.devicePath = QStringLiteral("/dev/ttyS0");
            QVERIFY(waitFor(server->addPort(p)));
        }
        Port changed;
        changed.name = QStringLiteral("front");
        changed.devicePath = QStringLiteral("/dev/ttyUSB1");
        changed.manufacturer = QStringLiteral("Acme");
        changed.model = QStringLiteral("FaxModem 14400");
        changed.rings = 4;
        changed.csid = QStringLiteral("+49 30 999");
        changed.tsid = QStringLiteral("+49 30 1234");
        changed.sendEnabled = false;
        changed.receiveMode = ReceiveMode::Manual;
        changed.priority = 7;
        changed.baudRate = 19200;
        changed.flowControl = QStringLiteral("xon-xoff");
        changed.initString = QStringLiteral("ATM0");
        changed.modemClass = FaxClass::Class20;
        changed.state = PortState::Sending;
        changed.stateText = QStringLiteral("not the caller's");
        Port expected = changed;
        {
            auto server = open(false);
            const Port before = server->ports().at(0);
            expected.state = before.state;
            expected.stateText = before.stateText;
            QVERIFY(waitFor(server->updatePort(changed)));
            QCOMPARE(server->ports().at(0), expected);
        }
        auto server = open(false);
        QCOMPARE(server->ports().at(0), expected);
        QCOMPARE(server->ports().at(0).modemClass, FaxClass::Class20);
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
        const auto hylafax = createServer(remote, &e);
        QVERIFY(qobject_cast<HylafaxServer *>(hylafax.get()));
        QCOMPARE(hylafax->connectionSettings().host, remote.host);
        QCOMPARE(hylafax->state(), ConnectionState::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
