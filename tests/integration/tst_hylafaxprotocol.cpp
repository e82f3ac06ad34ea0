// SPDX-License-Identifier: GPL-3.0-or-later
// HylafaxServer against a scripted hfaxd (tests/support/fakehfaxd) on 127.0.0.1: bad input and
// failures a real server rarely shows on demand. A service that is not HylaFAX, a silent one, a
// server that stops in the middle of a reply, a wrong password: each a clear error in bounded
// time, no freeze. A submission that fails after JNEW leaves no job behind; events reach the
// cache; a job that moves while it is looked up is looked up again; dropped sessions are opened
// again, a dropped event stream comes back within a reconnection's delay, and a server gone and
// back is reconnected to.
#include "fakehfaxd.h"
#include "hylafax/hylafaxsession.h"
#include "server/hylafaxserver.h"
#include "server/operationwait.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Fax;
using Fax::Test::FakeHfaxd;

namespace {

constexpr int WaitMs = 10000;
constexpr int ShortTimeoutMs = 1500;

} // namespace

class TestHylafaxProtocol final : public QObject
{
    Q_OBJECT

private:
    ConnectionSettings settings(const QByteArray &password = "secret") const
    {
        ConnectionSettings s;
        s.kind = ServerKind::Hylafax;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_fake->port();
        s.user = QStringLiteral("alice");
        s.password = QString::fromLatin1(password);
        s.admin = true;
        return s;
    }

    std::unique_ptr<HylafaxServer> make(const ConnectionSettings &s)
    {
        HylafaxServer::Options o;
        o.settingsFile = m_dir->filePath(QStringLiteral("hylafax.ini"));
        o.downloadDirectory = m_dir->filePath(QStringLiteral("downloads"));
        o.dataDirectory = m_dir->filePath(QStringLiteral("data"));
        o.timeoutMs = ShortTimeoutMs;
        o.reconnectDelayMs = 100;
        return std::make_unique<HylafaxServer>(s, o);
    }

    std::unique_ptr<HylafaxServer> open()
    {
        auto server = make(settings());
        const Result r = waitFor(server->connectToServer(), WaitMs);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? std::move(server) : nullptr;
    }

    FaxDocument document(int recipients)
    {
        const QString path = m_dir->filePath(QStringLiteral("doc.ps"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("%!PS\nshowpage\n") < 0)
            qFatal("cannot write %s", qPrintable(path));
        FaxDocument doc;
        doc.files << path;
        for (int i = 0; i < recipients; ++i) {
            Party p;
            p.faxNumber = QStringLiteral("555010%1").arg(i);
            doc.recipients << p;
        }
        return doc;
    }

    /// A job of its own group on the fake server, in state (JOBFMT's %a letter).
    void addJob(qint64 id, char state, const QByteArray &owner, const QByteArray &number)
    {
        FakeHfaxd::Job job;
        job.id = id;
        job.group = id;
        job.state = state;
        job.owner = owner;
        job.params.insert("DIALSTRING", number);
        m_fake->jobs().insert(job.id, job);
    }

    /// Connecting fails within the time limit and one error says why.
    void expectConnectFailure(Error::Kind kind, const QString &mentions)
    {
        auto server = make(settings());
        QSignalSpy errors(server.get(), &FaxServer::errorOccurred);
        QElapsedTimer timer;
        timer.start();
        const Result r = waitFor(server->connectToServer(), WaitMs);
        QVERIFY(!r);
        QVERIFY2(r.error().kind == kind, qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(r.error().message));
        QVERIFY(timer.elapsed() < ShortTimeoutMs + 2000);
        QCOMPARE(server->state(), ConnectionState::Disconnected);
        QCOMPARE(errors.count(), 1);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHfaxd> m_fake;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_fake = std::make_unique<FakeHfaxd>();
        QVERIFY(m_fake->listen());
        m_fake->addUser("alice", "secret", "admin-secret");
        m_fake->setModems({"ttyS0\x1f+15550150\x1f+1 555 0150\x1f*\x1fRunning and idle"});
    }

    void cleanup()
    {
        m_fake.reset();
        m_dir.reset();
    }

    void connectsAndSubmits()
    {
        auto server = open();
        QVERIFY(server);
        QCOMPARE(server->state(), ConnectionState::Connected);
        // What it cannot do, it says before anyone tries.
        const ServerCapabilities caps = server->capabilities();
        QVERIFY(!caps.can(ServerCapabilities::Feature::FetchJobDocuments));
        QVERIFY(!caps.reason(ServerCapabilities::Feature::FetchJobDocuments).isEmpty());
        QVERIFY(!caps.canRunJobCommand(JobCommand::Restart));
        SubmitOperation *op = server->submit(document(2));
        const Expected<QList<JobId>> ids = waitFor(op, WaitMs);
        QVERIFY2(ids, qPrintable(ids.error().message));
        QCOMPARE(ids->size(), 2);
        QCOMPARE(m_fake->jobs().size(), 2);
        for (JobId id : *ids) {
            QCOMPARE(m_fake->jobs().value(id).state, 'W'); // submitted
            QVERIFY(server->job(id));
        }
        QVERIFY(m_fake->commandCount("STOT") >= 1);
    }

    void serviceThatIsNotHylafax()
    {
        m_fake->setGreeting("SSH-2.0-OpenSSH_9.2p1 Debian-2");
        expectConnectFailure(Error::Kind::Connection, QStringLiteral("SSH-2.0"));
    }

    void silentService()
    {
        m_fake->setGreeting(QByteArray());
        expectConnectFailure(Error::Kind::Connection, QStringLiteral("HylaFAX"));
    }

    void stallInTheMiddleOfAReply()
    {
        // The login's answer begins and never ends.
        m_fake->setHook("PASS", [](FakeHfaxd::Session &s, const QByteArray &) {
            s.reply("230-User alice logged in,");
            return true;
        });
        expectConnectFailure(Error::Kind::Connection, QStringLiteral("middle of a reply"));
    }

    void wrongPassword()
    {
        m_fake->addUser("alice", "other");
        expectConnectFailure(Error::Kind::NotPermitted, QStringLiteral("530"));
    }

    void failureAfterJnewLeavesNoJob()
    {
        auto server = open();
        QVERIFY(server);
        QSignalSpy added(server.get(), &FaxServer::jobAdded);
        // The second job's submission is refused: the first, already made, goes too.
        int submitted = 0;
        m_fake->setHook("JSUBM", [&submitted](FakeHfaxd::Session &s, const QByteArray &) {
            if (++submitted < 2)
                return false;
            s.reply("503 Job not submitted: the queue is full.");
            return true;
        });
        const Expected<QList<JobId>> r = waitFor(server->submit(document(3)), WaitMs);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("queue is full")),
                 qPrintable(r.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->jobs().isEmpty(), WaitMs);
        QVERIFY(m_fake->commandCount("JDELE") >= 1);
        QVERIFY(server->jobs().isEmpty());
        QCOMPARE(added.count(), 0);
    }

    void eventsReachTheCache()
    {
        auto server = open();
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(server->hasLiveEvents(), WaitMs);
        // Another client's job, announced by an event.
        addJob(77, 'P', "bob", "5550177");
        QElapsedTimer timer;
        timer.start();
        m_fake->pushEvent("120000 107 JOB 77 (dest 5550177 owner bob): Job activated");
        QTRY_VERIFY_WITH_TIMEOUT(server->job(77).has_value(), 5000);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(server->job(77)->owner, QStringLiteral("bob"));
    }

    // A doneq of thousands of jobs is parsed and merged a chunk at a time (the GUI stays
    // responsive): every job arrives whole, and reading it again changes nothing.
    void longListingArrivesWhole()
    {
        constexpr int Jobs = 4000; // some 900 KB of listing: several chunks
        for (int i = 1; i <= Jobs; ++i) {
            FakeHfaxd::Job job = FakeHfaxd::doneJob(i);
            job.params.insert("TOCOMPANY", "Company with a long name " + QByteArray(100, 'x'));
            m_fake->jobs().insert(job.id, job);
        }
        auto server = open();
        QVERIFY(server);
        QCOMPARE(server->jobs().size(), Jobs);
        for (const JobId id : {JobId(1), JobId(1234), JobId(2500), JobId(Jobs)}) {
            const std::optional<Job> job = server->job(id);
            QVERIFY2(job, qPrintable(QString::number(id)));
            QCOMPARE(job->recipientName, QStringLiteral("Recipient %1").arg(id));
            QCOMPARE(job->recipientNumber, QStringLiteral("555 %1").arg(10000 + id));
            QCOMPARE(job->queueStatus, id % 10 == 0 ? QueueStatus::Failed : QueueStatus::Completed);
        }
        QSignalSpy added(server.get(), &FaxServer::jobAdded);
        QSignalSpy changed(server.get(), &FaxServer::jobChanged);
        QSignalSpy removed(server.get(), &FaxServer::jobRemoved);
        QSignalSpy read(server.get(), &HylafaxServer::stateRead);
        server->refresh();
        QVERIFY(read.wait(WaitMs));
        QCOMPARE(added.count() + changed.count() + removed.count(), 0);
        QCOMPARE(server->jobs().size(), Jobs);
    }

    // hfaxd 6.0.7 answers nothing at all to a bare JPARM when the job JOB made current has
    // moved from sendq to doneq since (faxq finishing a killed job in between). The job is
    // looked up again: the cancel succeeds without waiting for an answer that never comes,
    // shows the final state, and the connection stays.
    void jobMovingDuringItsLookup()
    {
        addJob(5, 'W', "alice", "5550105");
        auto server = open();
        QVERIFY(server);
        QVERIFY(server->job(5));
        // faxq acknowledges the kill at once and moves the job a moment later: right after a
        // lookup's JOB made it current.
        m_fake->setHook("JKILL", [](FakeHfaxd::Session &s, const QByteArray &) {
            s.reply("200 Job 5 killed.");
            return true;
        });
        bool moved = false;
        m_fake->setHook("JPARM", [this, &moved](FakeHfaxd::Session &s, const QByteArray &args) {
            if (args.trimmed().isEmpty() && s.currentJob == 5 && !moved) {
                moved = true;
                FakeHfaxd::Job &j = m_fake->jobs()[5];
                j.state = 'F';
                j.params.insert("STATUS", "Job aborted by request");
            }
            return false;
        });
        QSignalSpy errors(server.get(), &FaxServer::errorOccurred);
        QElapsedTimer timer;
        timer.start();
        const Result r = waitFor(server->jobCommand(5, JobCommand::Cancel), WaitMs);
        QVERIFY2(r, qPrintable(r.error().message));
        QVERIFY(moved);
        QVERIFY2(timer.elapsed() < ShortTimeoutMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(server->job(5));
        QCOMPARE(server->job(5)->queueStatus, QueueStatus::Canceled);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(server->state(), ConnectionState::Connected);
        QVERIFY(m_fake->commandCount("JOB 5") >= 2);
    }

    // A command that may go unanswered (Answer::MaybeNone): answered, its handler gets its own
    // answer; unanswered, a NotFound error naming it, in no time. Either way the next command
    // gets its own answer, not one shifted by the NOOP that followed.
    void commandThatMayGoUnanswered()
    {
        HylafaxAccount account;
        account.host = QStringLiteral("127.0.0.1");
        account.port = m_fake->port();
        account.user = QStringLiteral("alice");
        account.password = QStringLiteral("secret");
        account.timeoutMs = ShortTimeoutMs;
        HylafaxSession session(account);
        QSignalSpy ready(&session, &HylafaxSession::ready);
        session.open();
        QVERIFY(ready.wait(WaitMs));
        bool silent = false;
        m_fake->setHook("SITE", [&silent](FakeHfaxd::Session &, const QByteArray &) {
            return silent; // says nothing at all
        });
        QStringList answers;
        const auto record = [&answers](const Expected<HylafaxReply> &r) {
            if (r)
                answers << QString::number(r->code) + QLatin1Char(' ') + r->text();
            else
                answers << QStringLiteral("error ") + QString::number(int(r.error().kind)) +
                               QLatin1Char(' ') + r.error().message;
        };
        HylafaxConnection *c = session.connection();
        QElapsedTimer timer;
        timer.start();
        c->command("SITE HELP", record, HylafaxConnection::Answer::MaybeNone);
        c->command("TZONE GMT", record);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, WaitMs);
        QVERIFY2(answers.at(0).startsWith(QStringLiteral("500 ")), qPrintable(answers.at(0)));
        QVERIFY2(answers.at(1).startsWith(QStringLiteral("200 ")), qPrintable(answers.at(1)));
        silent = true;
        answers.clear();
        c->command("SITE HELP", record, HylafaxConnection::Answer::MaybeNone);
        c->command("TZONE GMT", record);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, WaitMs);
        QVERIFY2(answers.at(0).startsWith(QStringLiteral("error %1 ").arg(int(Error::Kind::NotFound))),
                 qPrintable(answers.at(0)));
        QVERIFY2(answers.at(0).contains(QStringLiteral("'SITE HELP'")), qPrintable(answers.at(0)));
        QVERIFY2(answers.at(1).startsWith(QStringLiteral("200 ")), qPrintable(answers.at(1)));
        QVERIFY2(timer.elapsed() < ShortTimeoutMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(c->isOpen());
    }

    void droppedSessionsAreOpenedAgain()
    {
        auto server = open();
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(server->hasLiveEvents(), WaitMs);
        m_fake->dropAll();
        // The event stream comes back, and the next command opens a session of its own.
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->triggerSessions() == 1 && server->hasLiveEvents(), WaitMs);
        QVERIFY(waitFor(server->submit(document(1)), WaitMs));
        QCOMPARE(server->state(), ConnectionState::Connected);
    }

    // The event stream ends while the server goes on answering: events come back as soon as a
    // reconnection would (not after 30 s of polling), and the connection stays.
    void eventStreamDroppedAloneComesBackSoon()
    {
        auto server = open();
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(server->hasLiveEvents(), WaitMs);
        QSignalSpy live(server.get(), &HylafaxServer::liveEventsChanged);
        QSignalSpy connected(server.get(), &FaxServer::connected);
        QElapsedTimer timer;
        timer.start();
        m_fake->dropTriggerSessions();
        QTRY_COMPARE_WITH_TIMEOUT(live.count(), 2, WaitMs);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!live.at(0).at(0).toBool());
        QVERIFY(live.at(1).at(0).toBool());
        QVERIFY(server->hasLiveEvents());
        QCOMPARE(m_fake->triggerSessions(), 1);
        QCOMPARE(server->state(), ConnectionState::Connected);
        QCOMPARE(connected.count(), 0); // not a reconnection: only events were gone
    }

    void serverGoneAndBackIsReconnected()
    {
        auto server = open();
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(server->hasLiveEvents(), WaitMs);
        QSignalSpy connected(server.get(), &FaxServer::connected);
        m_fake->stopListening();
        m_fake->dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(server->state() != ConnectionState::Connected, WaitMs);
        QVERIFY(m_fake->listenAgain());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, WaitMs);
        QCOMPARE(server->state(), ConnectionState::Connected);
        QVERIFY(waitFor(server->submit(document(1)), WaitMs));
    }
};

QTEST_MAIN(TestHylafaxProtocol)
#include "tst_hylafaxprotocol.moc"
