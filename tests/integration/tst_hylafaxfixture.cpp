// SPDX-License-Identifier: GPL-3.0-or-later
// The HylaFAX server fixture (tests/support/hylafaxserverfixture) leaves no daemon behind when
// the test process that started it is killed: this program runs the fixture in a child (itself,
// started again with FAX_FIXTURE_CHILD_FOLDER set), SIGKILLs the child and watches faxq, hfaxd
// and hfaxd's session go within seconds. When the watchdog was killed as well, the next start in
// the same folder stops what was left. Root only (faxq insists on it).
#include "daemonwatchdog.h"
#include "hylafaxpeer.h"
#include "hylafaxserverfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

#include <signal.h>

using Fax::Test::DaemonWatchdog;
using Fax::Test::HylafaxPeer;
using Fax::Test::HylafaxServerFixture;

namespace {

constexpr const char *kChildFolder = "FAX_FIXTURE_CHILD_FOLDER";
constexpr int kGoneMs = 5000; // "within a few seconds"

/// The child: starts the fixture in the folder, says so with its port and watchdog, and runs
/// until it is killed.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    HylafaxServerFixture fixture;
    QString error;
    if (!fixture.start(qEnvironmentVariable(kChildFolder), &error)) {
        std::printf("FAILED %s\n", qPrintable(error));
        return 1;
    }
    std::printf("STARTED %u %lld\n", unsigned(fixture.port()), fixture.watchdogPid());
    std::fflush(stdout);
    return app.exec();
}

/// A child running the fixture in a folder of its own.
struct FixtureChild
{
    QProcess process;
    QString folder;
    quint16 port = 0;
    qint64 watchdog = 0;

    QString spool() const { return folder + QStringLiteral("/spool"); }

    bool start(const QString &dir, QString *error)
    {
        folder = dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kChildFolder), folder);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), {});
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 60000 &&
               process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(1000);
            out += process.readAll();
        }
        const QList<QByteArray> words = out.trimmed().split(' ');
        if (words.size() != 3 || words.at(0) != "STARTED") {
            *error = QStringLiteral("the child did not start the fixture: %1")
                         .arg(QString::fromLocal8Bit(out));
            return false;
        }
        port = quint16(words.at(1).toUInt());
        watchdog = words.at(2).toLongLong();
        return port != 0 && watchdog > 0;
    }

    void kill()
    {
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(5000);
    }

    /// Whatever a failed check left behind goes too.
    ~FixtureChild()
    {
        if (process.state() != QProcess::NotRunning)
            kill();
        if (!folder.isEmpty())
            DaemonWatchdog::stopLeftovers(QString(), spool());
    }
};

/// The pids of the list that are still among those working in spool.
QList<qint64> stillThere(const QList<qint64> &pids, const QString &spool)
{
    const QList<qint64> now = DaemonWatchdog::processesIn(spool);
    QList<qint64> left;
    for (qint64 pid : pids) {
        if (now.contains(pid))
            left << pid;
    }
    return left;
}

/// A live process (a zombie has no command line).
bool running(qint64 pid)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) && !cmdline.readAll().isEmpty();
}

QString describe(const QList<qint64> &pids)
{
    QStringList lines;
    for (qint64 pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QByteArray text = cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
        lines << QStringLiteral("%1 %2").arg(pid).arg(
            QString::fromLocal8Bit(text.replace('\0', ' ')));
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestHylafaxFixture final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/hylafaxfixture-XXXXXX")};

    /// A folder the fax user can reach.
    QString folder(const char *name)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QString error;
        if (!QDir().mkpath(path) || !HylafaxPeer::openToFaxUser(path, &error))
            qWarning("%s: %s", qPrintable(path), qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        const QString unavailable = HylafaxServerFixture::unavailableReason();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        QString error;
        QVERIFY2(HylafaxPeer::openToFaxUser(m_dir.path(), &error), qPrintable(error));
    }

    void daemonsGoWithAKilledTestProcess()
    {
        FixtureChild child;
        QString error;
        QVERIFY2(child.start(folder("killed"), &error), qPrintable(error));
        // A client session: hfaxd forks a process for it.
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, child.port);
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(client.waitForReadyRead(10000));
        QVERIFY(client.readAll().startsWith("220"));
        QList<qint64> daemons;
        // faxq, hfaxd and the session at least.
        QTRY_VERIFY_WITH_TIMEOUT((daemons = DaemonWatchdog::processesIn(child.spool())).size() >= 3,
                                 10000);
        qInfo("working in the spool: %s", qPrintable(describe(daemons)));

        QElapsedTimer timer;
        timer.start();
        child.kill();
        QTRY_VERIFY2_WITH_TIMEOUT(stillThere(daemons, child.spool()).isEmpty(),
                                  qPrintable(describe(stillThere(daemons, child.spool()))),
                                  kGoneMs);
        QVERIFY2(DaemonWatchdog::processesIn(child.spool()).isEmpty(),
                 qPrintable(describe(DaemonWatchdog::processesIn(child.spool()))));
        qInfo("%lld daemon processes gone %lld ms after the test process was killed",
              qint64(daemons.size()), timer.elapsed());
        // The watchdog went with them.
        QTRY_VERIFY_WITH_TIMEOUT(!running(child.watchdog), kGoneMs);
    }

    void leftoversOfAnEarlierRunAreStopped()
    {
        FixtureChild child;
        QString error;
        QVERIFY2(child.start(folder("leftovers"), &error), qPrintable(error));
        const QList<qint64> daemons = DaemonWatchdog::processesIn(child.spool());
        QVERIFY2(daemons.size() >= 2, qPrintable(describe(daemons)));
        // The whole test gone at once, watchdog first: nothing stops the daemons now.
        ::kill(pid_t(child.watchdog), SIGKILL);
        child.kill();
        QTest::qWait(1500);
        // faxq and hfaxd at least (the session of the fixture's greeting check may have ended).
        const QList<qint64> left = stillThere(daemons, child.spool());
        QVERIFY2(left.size() >= 2, qPrintable(describe(left)));

        // The next run in the same folder stops them before it starts its own.
        HylafaxServerFixture fixture;
        QVERIFY2(fixture.start(child.folder, &error), qPrintable(error));
        QVERIFY2(stillThere(daemons, child.spool()).isEmpty(),
                 qPrintable(describe(stillThere(daemons, child.spool()))));
        QVERIFY(fixture.isRunning());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, fixture.port());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(client.waitForReadyRead(10000));
        QVERIFY(client.readAll().startsWith("220"));
        client.abort();
        fixture.stop();
        QTRY_VERIFY2_WITH_TIMEOUT(DaemonWatchdog::processesIn(child.spool()).isEmpty(),
                                  qPrintable(describe(DaemonWatchdog::processesIn(child.spool()))),
                                  kGoneMs);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildFolder))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestHylafaxFixture test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hylafaxfixture.moc"
