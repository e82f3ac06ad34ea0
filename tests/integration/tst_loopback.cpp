// SPDX-License-Identifier: GPL-3.0-or-later
// The console's loopback line, started the way scripts/run starts it (scripts/loopback.sh):
// a fax submitted with faxctl to port "Loopback out" must arrive as a received fax on
// "Loopback in" of the engine that the console would run. Real time: one fax session.

#include "imaging/faxtiff.h"
#include "processrun.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"
#include "virtuallineprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Fax;
using Fax::Test::ProcessRun;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

const QString kScript = QStringLiteral(FAX_SOURCE_DIR "/scripts/loopback.sh");
const int kSessionMs = 240 * 1000;

std::optional<Port> portNamed(const QList<Port> &ports, const QString &name)
{
    for (const Port &p : ports) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

} // namespace

class TestLoopback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void faxArrivesInInbox();
    void restartsAndStops();

private:
    ProcessRun script(const QString &action) const;
    qint64 linePid() const;
    std::unique_ptr<LocalFaxServer> openEngine() const;

    QTemporaryDir m_dir;
    QString m_data;
};

void TestLoopback::initTestCase()
{
    if (!VirtualLineProcess::isBuilt())
        QSKIP("fax_virtualline is not built");
    QVERIFY(QFileInfo(kScript).isExecutable());
    QVERIFY(QFileInfo::exists(QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif")));
    QVERIFY(m_dir.isValid());
    Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
    m_data = m_dir.filePath(QStringLiteral("data"));
}

void TestLoopback::cleanup()
{
    // Never leave a line running behind a failed test.
    if (linePid() > 0)
        script(QStringLiteral("stop"));
}

ProcessRun TestLoopback::script(const QString &action) const
{
    return Fax::Test::runProcess(kScript,
                                 {action, QStringLiteral("--data-dir"), m_data,
                                  QStringLiteral("--virtualline"), VirtualLineProcess::program(),
                                  QStringLiteral("--faxctl"), QStringLiteral(FAXCTL_PATH)},
                                 QProcessEnvironment::systemEnvironment(), 60000);
}

// The line's PID while its PID file names a live process, else 0.
qint64 TestLoopback::linePid() const
{
    QFile f(m_data + QStringLiteral("/loopback/virtualline.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = f.readAll().trimmed().toLongLong();
    return pid > 0 && ::kill(pid_t(pid), 0) == 0 ? pid : 0;
}

// The engine as the console runs it: the dispatching process of the data folder.
std::unique_ptr<LocalFaxServer> TestLoopback::openEngine() const
{
    LocalFaxServer::Options o;
    o.dataDirectory = m_data;
    o.pollIntervalMs = 100;
    auto server = std::make_unique<LocalFaxServer>(ConnectionSettings(), o);
    server->connectToServer();
    return server;
}

void TestLoopback::faxArrivesInInbox()
{
    const ProcessRun started = script(QStringLiteral("start"));
    QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
    QVERIFY2(started.out.contains(QStringLiteral("Loopback line ready")), qPrintable(started.out));
    QVERIFY(linePid() > 0);

    auto server = openEngine();
    QCOMPARE(server->state(), ConnectionState::Connected);
    QVERIFY(server->isDispatcher());
    const auto out = portNamed(server->ports(), QStringLiteral("Loopback out"));
    const auto in = portNamed(server->ports(), QStringLiteral("Loopback in"));
    QVERIFY(out && in);
    QVERIFY(out->sendEnabled);
    QCOMPARE(out->receiveMode, ReceiveMode::Off);
    QCOMPARE(out->flowControl, QStringLiteral("none"));
    QVERIFY(!in->sendEnabled);
    QCOMPARE(in->receiveMode, ReceiveMode::Auto);
    QCOMPARE(in->rings, 1);

    // The receiving side listens before the first call (a call that rings while its modem is
    // still being initialised goes unanswered, like on a real line).
    QTRY_VERIFY_WITH_TIMEOUT(portNamed(server->ports(), QStringLiteral("Loopback in"))
                                 ->stateText.contains(QStringLiteral("waiting for calls")),
                             30000);
    // A first attempt that fails on the busy test machine is retried at once, as the engine
    // would after its retry delay; the test says so below, and the job must still complete.
    ServerSettings settings = server->settings();
    settings.retryDelay = 0;
    QVERIFY(waitFor(server->setSettings(settings)));
    QSignalSpy received(server.get(), &FaxServer::receivedFaxAdded);
    const QStringList submitArgs = {QStringLiteral("--server"),
                                    QStringLiteral("local:") + m_data,
                                    QStringLiteral("submit"),
                                    QStringLiteral("--to"),
                                    QStringLiteral("555 0000"),
                                    QStringLiteral("--no-cover"),
                                    QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif")};
    const ProcessRun submitted = Fax::Test::runProcess(
        QStringLiteral(FAXCTL_PATH), submitArgs, QProcessEnvironment::systemEnvironment(), 60000);
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.out + submitted.err));
    server->poll();
    const auto describe = [&server] {
        QString text =
            server->ports().at(0).stateText + QLatin1Char('/') + server->ports().at(1).stateText;
        for (const Job &job : server->jobs())
            text += QStringLiteral("; job %1: %2, %3, tries %4, %5")
                        .arg(job.id)
                        .arg(enumKey(job.queueStatus), enumKey(job.deviceStatus))
                        .arg(job.tries)
                        .arg(job.lastError);
        return text;
    };
    QVERIFY2(received.wait(kSessionMs), qPrintable(describe()));

    const ReceivedFax fax = received.first().first().value<ReceivedFax>();
    QCOMPARE(fax.port, QStringLiteral("Loopback in"));
    QCOMPARE(fax.pages, 1);
    QVERIFY(!fax.partial);
    QCOMPARE(fax.tsid, QStringLiteral("+1 555 0100"));
    QCOMPARE(fax.csid, QStringLiteral("+1 555 0199"));
    FaxTiffReader reader;
    QVERIFY2(reader.open(fax.file).ok(), qPrintable(fax.file));
    QCOMPARE(reader.pageCount(), 1);
    QVERIFY(reader.pageInfo(0).lines > 1000);

    // The sender's side: the job went out on "Loopback out", and the far end confirmed it.
    QTRY_VERIFY_WITH_TIMEOUT(
        !server->jobs().isEmpty() && isFinal(server->jobs().first().queueStatus), 30000);
    const Job job = server->jobs().first();
    if (job.tries > 1)
        qWarning("the loopback fax needed %d attempts: %s", job.tries, qPrintable(describe()));
    QCOMPARE(job.queueStatus, QueueStatus::Completed);
    QCOMPARE(job.port, QStringLiteral("Loopback out"));
    QCOMPARE(job.pagesSent, 1);
    server.reset();

    const qint64 pid = linePid();
    const ProcessRun stopped = script(QStringLiteral("stop"));
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.out + stopped.err));
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 10000);
}

// A second start (the next scripts/run) finds the ports and updates them instead of adding more;
// stop takes them out of use.
void TestLoopback::restartsAndStops()
{
    for (int round = 0; round < 2; ++round) {
        const ProcessRun started = script(QStringLiteral("start"));
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        const qint64 pid = linePid();
        QVERIFY(pid > 0);
        {
            auto server = openEngine();
            const QList<Port> ports = server->ports();
            QCOMPARE(ports.size(), 2);
            const auto out = portNamed(ports, QStringLiteral("Loopback out"));
            const auto in = portNamed(ports, QStringLiteral("Loopback in"));
            QVERIFY(out && in);
            QVERIFY(out->sendEnabled);
            QCOMPARE(in->receiveMode, ReceiveMode::Auto);
            QVERIFY2(QFileInfo(out->devicePath).isSymLink(), qPrintable(out->devicePath));
            QVERIFY(QFileInfo(in->devicePath).isSymLink());
        }
        const ProcessRun stopped = script(QStringLiteral("stop"));
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.out + stopped.err));
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 10000);
        QCOMPARE(linePid(), 0);
        auto server = openEngine();
        const auto out = portNamed(server->ports(), QStringLiteral("Loopback out"));
        const auto in = portNamed(server->ports(), QStringLiteral("Loopback in"));
        QVERIFY(out && in);
        QVERIFY(!out->sendEnabled);
        QCOMPARE(in->receiveMode, ReceiveMode::Off);
        // The pty links go with the line.
        QVERIFY(!QFileInfo::exists(out->devicePath) && !QFileInfo(out->devicePath).isSymLink());
    }
}

QTEST_GUILESS_MAIN(TestLoopback)
#include "tst_loopback.moc"
