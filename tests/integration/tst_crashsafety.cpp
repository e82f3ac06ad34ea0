// SPDX-License-Identifier: GPL-3.0-or-later
// Kills processes that submit and change jobs with SIGKILL at random moments, then checks that
// the store is intact: every job id a worker printed (printed only after submit() returned) is
// there exactly once with all its spool files complete, and nothing referenced is half-written.
//
// The worker is this same executable started with --crash-worker.
#include "server/localfaxserver.h"
#include "server/operationwait.h"
#include "testline.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Fax;

namespace {

constexpr int SourceFiles = 5;

QString sourceFile(const QString &srcDir, int i)
{
    return srcDir + QStringLiteral("/doc%1.bin").arg(i);
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

void say(const QByteArray &line)
{
    // One write per line: a kill cannot split it.
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

int runWorker(const QString &dataDir, const QString &srcDir)
{
    LocalFaxServer::Options o;
    o.dataDirectory = dataDir;
    o.pollIntervalMs = 30;
    LocalFaxServer server(ConnectionSettings(), o);
    QString why;
    QObject::connect(&server, &FaxServer::errorOccurred, &server,
                     [&why](const Error &error) { why = error.message; });
    server.connectToServer();
    if (server.state() != ConnectionState::Connected) {
        std::fprintf(stderr, "worker cannot connect: %s\n", qPrintable(why));
        return 2;
    }
    say("READY\n");
    auto *rng = QRandomGenerator::global();
    QList<JobId> mine;
    for (int round = 0;; ++round) {
        FaxDocument d;
        QStringList indexes;
        const int files = 1 + int(rng->bounded(2));
        for (int i = 0; i < files; ++i) {
            const int n = int(rng->bounded(SourceFiles));
            d.files << sourceFile(srcDir, n);
            indexes << QString::number(n);
        }
        const int recipients = 1 + int(rng->bounded(3));
        for (int i = 0; i < recipients; ++i) {
            Party p;
            p.name = QStringLiteral("R%1").arg(i);
            p.faxNumber = QStringLiteral("+1 555 %1").arg(rng->bounded(10000));
            d.recipients << p;
        }
        const auto ids = waitFor(server.submit(d));
        if (ids) {
            QStringList idText;
            for (JobId id : *ids)
                idText << QString::number(id);
            mine << *ids;
            say("JOB " + idText.join(QLatin1Char(',')).toLatin1() + ' ' +
                indexes.join(QLatin1Char(',')).toLatin1() + '\n');
        }
        // Change states of our jobs, ports and settings in between.
        if (!mine.isEmpty()) {
            const JobId id = mine.at(int(rng->bounded(qsizetype(mine.size()))));
            const JobCommand cmds[] = {JobCommand::Pause, JobCommand::Resume, JobCommand::Cancel,
                                       JobCommand::Restart};
            waitFor(server.jobCommand(id, cmds[rng->bounded(4)]));
        }
        if (round % 7 == 0) {
            Port p;
            p.name = QStringLiteral("port%1").arg(rng->bounded(3));
            p.devicePath = QStringLiteral("/dev/faxconsole-test-no-such-modem"); // no line
            p.rings = int(rng->bounded(9));
            if (!waitFor(server.addPort(p)))
                waitFor(server.updatePort(p));
        }
        if (round % 11 == 0) {
            ServerSettings s = server.settings();
            s.retries = int(rng->bounded(10));
            waitFor(server.setSettings(s));
        }
        QCoreApplication::processEvents();
    }
}

// A dispatcher with a line whose calls never end: prints SENDING <id> once a call runs.
int runDispatcher(const QString &dataDir, const QString &srcDir)
{
    Test::TestLineFactory factory;
    factory.holdCalls = true;
    LocalFaxServer::Options o;
    o.dataDirectory = dataDir;
    o.pollIntervalMs = 30;
    o.lineFactory = &factory;
    LocalFaxServer server(ConnectionSettings(), o);
    server.connectToServer();
    if (!server.isDispatcher())
        return 2;
    Port p;
    p.name = QStringLiteral("modem1");
    p.devicePath = QStringLiteral("/dev/ttyS0");
    waitFor(server.addPort(p));
    FaxDocument d;
    d.files << sourceFile(srcDir, 0);
    Party r;
    r.faxNumber = QStringLiteral("123");
    d.recipients << r;
    const auto ids = waitFor(server.submit(d));
    if (!ids)
        return 3;
    QObject::connect(&server, &FaxServer::jobChanged, &server, [](const Job &job) {
        if (job.queueStatus == QueueStatus::InProgress && job.pagesSent == 1)
            say("SENDING " + QByteArray::number(job.id) + '\n');
    });
    return QCoreApplication::exec();
}

struct Printed
{
    QList<JobId> ids;
    QList<int> files;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killAtRandomMoments()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dataDir = tmp.filePath(QStringLiteral("data"));
        const QString srcDir = tmp.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(srcDir));
        auto *rng = QRandomGenerator::global();
        QHash<int, QByteArray> sums;
        QHash<int, qint64> sizes;
        for (int i = 0; i < SourceFiles; ++i) {
            QByteArray data(int(1000 + rng->bounded(400000)), Qt::Uninitialized);
            for (char &c : data)
                c = char(rng->bounded(256));
            QFile f(sourceFile(srcDir, i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(data), qint64(data.size()));
            f.close();
            sums.insert(i, sha256Of(f.fileName()));
            sizes.insert(i, data.size());
        }

        QList<Printed> printed;
        const int rounds = 30;
        // A worker that ends before it is ready has submitted nothing, so it cannot lose a job:
        // it is reported with its exit status and stderr, and the test fails only if it keeps
        // happening (seen twice in many CI-like runs, not reproduced in isolation).
        int earlyExits = 0;
        for (int round = 0; round < rounds; ++round) {
            // Two workers at once: they contend for the database and the engine lock.
            QProcess workers[2];
            for (QProcess &w : workers) {
                w.setProgram(QCoreApplication::applicationFilePath());
                w.setArguments({QStringLiteral("--crash-worker"), dataDir, srcDir});
                w.setProcessChannelMode(QProcess::SeparateChannels);
                w.start();
            }
            bool ready[2] = {true, true};
            for (int i = 0; i < 2; ++i) {
                QProcess &w = workers[i];
                if (w.waitForStarted(10000))
                    QTRY_VERIFY_WITH_TIMEOUT(w.peek(6).startsWith("READY\n") ||
                                                 w.state() == QProcess::NotRunning,
                                             15000);
                if (w.state() != QProcess::Running) {
                    qWarning("round %d: a worker ended before it was ready (%s, exit code %d, "
                             "%s): %s",
                             round, w.exitStatus() == QProcess::CrashExit ? "crashed" : "exited",
                             w.exitCode(), qPrintable(w.errorString()),
                             qPrintable(QString::fromLocal8Bit(w.readAllStandardError())));
                    ready[i] = false;
                    QVERIFY2(++earlyExits <= 3, "workers keep ending before they are ready");
                }
            }
            QTest::qWait(int(rng->bounded(300))); // the random moment of the crash
            workers[0].kill();
            QTest::qWait(int(rng->bounded(100)));
            workers[1].kill();
            for (int i = 0; i < 2; ++i) {
                QProcess &w = workers[i];
                if (w.state() != QProcess::NotRunning)
                    QVERIFY2(w.waitForFinished(10000), qPrintable(w.errorString()));
                if (ready[i])
                    QCOMPARE(w.exitStatus(), QProcess::CrashExit);
                const QList<QByteArray> lines = w.readAllStandardOutput().split('\n');
                // The last piece has no newline (empty or cut): ignore it.
                for (int k = 0; k + 1 < lines.size(); ++k) {
                    const QList<QByteArray> parts = lines.at(k).split(' ');
                    if (parts.value(0) != "JOB")
                        continue;
                    QCOMPARE(parts.size(), 3);
                    Printed p;
                    for (const QByteArray &id : parts.at(1).split(','))
                        p.ids << id.toLongLong();
                    for (const QByteArray &n : parts.at(2).split(','))
                        p.files << n.toInt();
                    printed << p;
                }
            }
        }
        qInfo("%lld submissions printed by killed workers", qlonglong(printed.size()));
        QVERIFY(printed.size() >= rounds);

        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(dataDir + QStringLiteral("/queue.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            for (const Printed &p : std::as_const(printed)) {
                for (JobId id : p.ids) {
                    q.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE id = ?"));
                    q.addBindValue(id);
                    QVERIFY(q.exec() && q.next());
                    QVERIFY2(q.value(0).toInt() == 1, qPrintable(QString::number(id)));
                }
            }
            // Every referenced spool file of every group, printed or not, is complete.
            QVERIFY(q.exec(QStringLiteral("SELECT g.spool_dir, d.file, d.size, d.sha256 FROM "
                                          "documents d JOIN groups g ON g.id = d.group_id")));
            int files = 0;
            while (q.next()) {
                const QString path = dataDir + QStringLiteral("/spool/") + q.value(0).toString() +
                                     QLatin1Char('/') + q.value(1).toString();
                QVERIFY2(!q.value(1).toString().startsWith(QLatin1Char('.')), qPrintable(path));
                QCOMPARE(QFileInfo(path).size(), q.value(2).toLongLong());
                QCOMPARE(sha256Of(path), q.value(3).toByteArray());
                ++files;
            }
            QVERIFY(files > 0);
            // No group lost its jobs or got extra ones.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM groups g WHERE NOT EXISTS "
                                          "(SELECT 1 FROM jobs j WHERE j.group_id = g.id)")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        LocalFaxServer::Options o;
        o.dataDirectory = dataDir;
        o.runScheduler = false;
        LocalFaxServer server(ConnectionSettings(), o);
        server.connectToServer();
        QCOMPARE(server.state(), ConnectionState::Connected);
        for (const Printed &p : std::as_const(printed)) {
            const auto first = server.job(p.ids.at(0));
            QVERIFY(first);
            int inGroup = 0;
            for (const Job &j : server.jobs())
                inGroup += j.groupId == first->groupId ? 1 : 0;
            QCOMPARE(inGroup, p.ids.size()); // no duplicate or missing job of the submission
            for (JobId id : p.ids) {
                QVERIFY(server.job(id));
                QCOMPARE(server.job(id)->groupId, first->groupId);
                const QStringList spooled = server.spooledFiles(id);
                QCOMPARE(spooled.size(), p.files.size());
                for (int i = 0; i < spooled.size(); ++i) {
                    QCOMPARE(QFileInfo(spooled.at(i)).size(), sizes.value(p.files.at(i)));
                    QCOMPARE(sha256Of(spooled.at(i)), sums.value(p.files.at(i)));
                }
            }
        }
    }

    void killedDispatcherMidCall()
    {
        QTemporaryDir tmp;
        const QString dataDir = tmp.filePath(QStringLiteral("data"));
        const QString srcDir = tmp.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(srcDir));
        QFile f(sourceFile(srcDir, 0));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3000, 'x'));
        f.close();
        QProcess worker;
        worker.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--dispatch-worker"), dataDir, srcDir});
        QVERIFY(worker.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            worker.peek(100).contains('\n') || worker.state() == QProcess::NotRunning, 15000);
        const QByteArray line = worker.readLine().trimmed();
        QVERIFY2(line.startsWith("SENDING "), line.constData());
        const JobId id = line.mid(8).toLongLong();
        worker.kill();
        worker.waitForFinished(10000);

        // An observer sees the job stuck in progress; a new dispatcher recovers it.
        LocalFaxServer::Options o;
        o.dataDirectory = dataDir;
        o.runScheduler = false;
        LocalFaxServer observer(ConnectionSettings(), o);
        observer.connectToServer();
        QCOMPARE(observer.job(id)->queueStatus, QueueStatus::InProgress);
        o.runScheduler = true;
        LocalFaxServer dispatcher(ConnectionSettings(), o);
        dispatcher.connectToServer();
        QVERIFY(dispatcher.isDispatcher()); // the dead holder's lock is stale
        const Job j = *dispatcher.job(id);
        QCOMPARE(j.queueStatus, QueueStatus::Retrying);
        QCOMPARE(j.tries, 1);
        QVERIFY2(j.lastError.contains(QStringLiteral("interrupted")), qPrintable(j.lastError));
        QVERIFY2(j.lastError.contains(QStringLiteral("1 of 2 pages were confirmed")),
                 qPrintable(j.lastError));
        QTRY_COMPARE(observer.job(id)->queueStatus, QueueStatus::Retrying);
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--dispatch-worker") == 0) {
        QCoreApplication app(argc, argv);
        return runDispatcher(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    if (argc == 4 && qstrcmp(argv[1], "--crash-worker") == 0) {
        QCoreApplication app(argc, argv);
        return runWorker(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
