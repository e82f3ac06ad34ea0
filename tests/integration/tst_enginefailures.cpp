// SPDX-License-Identifier: GPL-3.0-or-later
// The local engine with its Class 1 driver when things go wrong on the line: the far end hangs
// up in the middle of a page, the line is noisy (a level the session survives and one it does
// not), the modem answers ERROR to its initialisation or says nothing at all. Each time the
// job must be kept with the right status and retried, nothing may be counted as sent that the
// far end did not confirm, and the port must be back to idle. Real time (virtual fax line).

#include "imaging/faxtiff.h"
#include "ptyfakemodem.h"
#include "queue/clock.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"
#include "virtuallineprocess.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Fax;
using Fax::Test::PtyFakeModem;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

const int kSessionMs = 240 * 1000;

QString chart(int n)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/itu%1.tif").arg(n);
}

} // namespace

class TestEngineFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void farEndHangsUpMidPage();
    void class20LastPageOutcomeUnknown();
    void noiseTheSessionSurvives();
    void noiseTheSessionDoesNotSurvive();
    void modemAnswersError();
    void modemSaysNothing();

private:
    /// A device link name of this test run: modem locks are named after it.
    QString link(const QString &name) const;
    bool startLine(const QStringList &args);
    std::unique_ptr<LocalFaxServer> openServer();
    Port modemPort(const QString &device) const;
    FaxDocument document(const QStringList &files) const;
    /// Submits document, starts dispatching and waits until the attempt is over.
    std::optional<Job> sendAndWait(LocalFaxServer &server, const FaxDocument &document);
    QString describe(const Job &job);

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_case;
    std::unique_ptr<VirtualLineProcess> m_line;
    std::unique_ptr<ManualClock> m_clock;
};

void TestEngineFailures::initTestCase()
{
    if (!VirtualLineProcess::isBuilt())
        QSKIP("fax_virtualline is not built");
    QVERIFY(QFileInfo::exists(chart(1)) && QFileInfo::exists(chart(2)));
    QVERIFY(m_dir.isValid());
    Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
}

void TestEngineFailures::init()
{
    m_case = std::make_unique<QTemporaryDir>(m_dir.filePath(QStringLiteral("case-XXXXXX")));
    QVERIFY(m_case->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTime());
}

void TestEngineFailures::cleanup()
{
    m_line.reset();
}

QString TestEngineFailures::link(const QString &name) const
{
    return m_case->filePath(
        QStringLiteral("tty%1%2").arg(name).arg(QCoreApplication::applicationPid()));
}

bool TestEngineFailures::startLine(const QStringList &args)
{
    m_line = std::make_unique<VirtualLineProcess>();
    return m_line->start(args, m_case->filePath(QStringLiteral("virtualline.log")));
}

std::unique_ptr<LocalFaxServer> TestEngineFailures::openServer()
{
    LocalFaxServer::Options o;
    o.dataDirectory = m_case->filePath(QStringLiteral("data"));
    o.pollIntervalMs = 100;
    o.clock = m_clock.get(); // retries come when the test says so, the line runs in real time
    auto server = std::make_unique<LocalFaxServer>(ConnectionSettings(), o);
    server->connectToServer();
    return server;
}

Port TestEngineFailures::modemPort(const QString &device) const
{
    Port p;
    p.name = QStringLiteral("virtual");
    p.devicePath = device;
    p.flowControl = QStringLiteral("none"); // a pseudo-terminal has no RTS/CTS
    p.tsid = QStringLiteral("+49 30 1234");
    p.receiveMode = ReceiveMode::Off; // the port is only opened for the send
    return p;
}

FaxDocument TestEngineFailures::document(const QStringList &files) const
{
    FaxDocument d;
    d.files = files;
    Party r;
    r.name = QStringLiteral("Alice");
    r.faxNumber = QStringLiteral("555 1234");
    d.recipients << r;
    d.sender.name = QStringLiteral("Bob");
    return d;
}

std::optional<Job> TestEngineFailures::sendAndWait(LocalFaxServer &server,
                                                   const FaxDocument &document)
{
    const auto ids = waitFor(server.submit(document));
    if (!ids) {
        qWarning("submit failed: %s", qPrintable(ids.error().message));
        return std::nullopt;
    }
    const JobId id = ids->first();
    server.poll();
    // Started, then over (whatever the outcome).
    QSignalSpy changed(&server, &FaxServer::jobChanged);
    QDeadlineTimer deadline(kSessionMs);
    while (!deadline.hasExpired()) {
        const Job job = *server.job(id);
        if (job.tries > 0 && job.queueStatus != QueueStatus::InProgress &&
            job.queueStatus != QueueStatus::Pending)
            return job;
        changed.wait(1000);
    }
    return server.job(id);
}

QString TestEngineFailures::describe(const Job &job)
{
    return QStringLiteral("job %1: %2 (%3), tries %4, pages %5: %6\n%7")
        .arg(job.id)
        .arg(enumKey(job.queueStatus), enumKey(job.deviceStatus))
        .arg(job.tries)
        .arg(job.pagesSent)
        .arg(job.lastError, m_line ? m_line->describe() : QString());
}

// Page 1 gets through and is confirmed; the far end drops the line while page 2 comes in. The
// job keeps only the confirmed page, waits for its retry, and the retry sends page 2 only.
void TestEngineFailures::farEndHangsUpMidPage()
{
    const QString device = link(QStringLiteral("Hangup"));
    const QString received = m_case->filePath(QStringLiteral("far-end.tif"));
    QVERIFY2(startLine({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), device,
                        QStringLiteral("--terminal"), QStringLiteral("receive"),
                        QStringLiteral("--receive-file"), received,
                        QStringLiteral("--hangup-during-page"), QStringLiteral("2"),
                        QStringLiteral("--timeout"), QStringLiteral("300")}),
             qPrintable(m_line->errorString()));
    auto server = openServer();
    QVERIFY(waitFor(server->addPort(modemPort(device))));
    const auto job = sendAndWait(*server, document({chart(2), chart(1)}));
    QVERIFY(job);
    QVERIFY(m_line->waitForResult(30000));
    QCOMPARE(m_line->result().value(QStringLiteral("result")),
             QStringLiteral("hangup-during-page"));
    QCOMPARE(m_line->result().value(QStringLiteral("pages")), QStringLiteral("1"));
    QVERIFY2(job->queueStatus == QueueStatus::Retrying, qPrintable(describe(*job)));
    qInfo("%s", qPrintable(describe(*job)));
    QVERIFY2(job->deviceStatus == DeviceStatus::Disconnected, qPrintable(describe(*job)));
    QVERIFY2(job->pagesSent == 1, qPrintable(describe(*job))); // page 2 was never confirmed
    QCOMPARE(job->tries, 1);
    QVERIFY(!job->lastError.isEmpty());
    QVERIFY(job->nextAttempt > m_clock->now());
    QTRY_COMPARE_WITH_TIMEOUT(server->ports().at(0).state, PortState::Idle, 30000);

    // The retry, on a line that behaves.
    m_line->finish();
    QFile::remove(received);
    QVERIFY2(startLine({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), device,
                        QStringLiteral("--terminal"), QStringLiteral("receive"),
                        QStringLiteral("--receive-file"), received, QStringLiteral("--timeout"),
                        QStringLiteral("300")}),
             qPrintable(m_line->errorString()));
    m_clock->set(job->nextAttempt.addSecs(1));
    server->poll();
    QTRY_VERIFY_WITH_TIMEOUT(
        server->job(job->id)->tries == 2 && isFinal(server->job(job->id)->queueStatus), kSessionMs);
    const Job retried = *server->job(job->id);
    QVERIFY2(retried.queueStatus == QueueStatus::Completed, qPrintable(describe(retried)));
    QCOMPARE(retried.pagesSent, 2);
    QVERIFY(m_line->waitForResult(30000));
    QCOMPARE(m_line->result().value(QStringLiteral("pages")), QStringLiteral("1"));
    FaxTiffReader reader;
    QVERIFY2(reader.open(received).ok(), qPrintable(received));
    QCOMPARE(reader.pageCount(), 1);
    QVERIFY(reader.pageInfo(0).lines > 2000); // chart 1, the job's page 2
}

// Class 2.0 as T.32 has it (no +FPS report) and a far end that drops the line as soon as page
// 2's EOP reached it, before its MCF got back: the modem reports the hang-up and no status for
// the page. The far end may have it: the job says the outcome is unknown, keeps page 1 as sent,
// and the retry sends page 2 only. Nothing is sent twice but the page nobody could vouch for.
void TestEngineFailures::class20LastPageOutcomeUnknown()
{
    const QString device = link(QStringLiteral("Unknown"));
    const QString received = m_case->filePath(QStringLiteral("far-end.tif"));
    const QStringList modem{QStringLiteral("--class"),       QStringLiteral("2.0"),
                            QStringLiteral("--page-status"), QStringLiteral("result"),
                            QStringLiteral("--page-end"),    QStringLiteral("dle")};
    QVERIFY2(
        startLine(QStringList{QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                              device, QStringLiteral("--terminal"), QStringLiteral("receive"),
                              QStringLiteral("--receive-file"), received,
                              QStringLiteral("--hangup-after-pages"), QStringLiteral("2"),
                              QStringLiteral("--timeout"), QStringLiteral("300")} +
                  modem),
        qPrintable(m_line->errorString()));
    auto server = openServer();
    Port port = modemPort(device);
    port.modemClass = FaxClass::Class20;
    QVERIFY(waitFor(server->addPort(port)));
    const auto job = sendAndWait(*server, document({chart(2), chart(3)}));
    QVERIFY(job);
    QVERIFY(m_line->waitForResult(30000));
    QCOMPARE(m_line->result().value(QStringLiteral("result")),
             QStringLiteral("hangup-after-pages"));
    QCOMPARE(m_line->result().value(QStringLiteral("pages")), QStringLiteral("2"));
    qInfo("%s", qPrintable(describe(*job)));
    QVERIFY2(job->queueStatus == QueueStatus::Retrying, qPrintable(describe(*job)));
    QVERIFY2(job->deviceStatus == DeviceStatus::OutcomeUnknown, qPrintable(describe(*job)));
    QVERIFY2(job->pagesSent == 1, qPrintable(describe(*job)));
    QVERIFY2(job->lastError.startsWith(QStringLiteral("The outcome of page 2 is unknown")),
             qPrintable(job->lastError));
    QVERIFY2(job->lastError.contains(QStringLiteral("+FHS:03")), qPrintable(job->lastError));
    QVERIFY2(job->lastError.endsWith(QStringLiteral("The retry starts at page 2: page 1 was "
                                                    "confirmed.")),
             qPrintable(job->lastError));
    QTRY_COMPARE_WITH_TIMEOUT(server->ports().at(0).state, PortState::Idle, 30000);

    m_line->finish();
    QFile::remove(received);
    QVERIFY2(
        startLine(QStringList{QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                              device, QStringLiteral("--terminal"), QStringLiteral("receive"),
                              QStringLiteral("--receive-file"), received,
                              QStringLiteral("--timeout"), QStringLiteral("300")} +
                  modem),
        qPrintable(m_line->errorString()));
    m_clock->set(job->nextAttempt.addSecs(1));
    server->poll();
    QTRY_VERIFY_WITH_TIMEOUT(
        server->job(job->id)->tries == 2 && isFinal(server->job(job->id)->queueStatus), kSessionMs);
    const Job retried = *server->job(job->id);
    QVERIFY2(retried.queueStatus == QueueStatus::Completed, qPrintable(describe(retried)));
    QCOMPARE(retried.pagesSent, 2);
    QCOMPARE(retried.deviceStatus, DeviceStatus::Completed);
    QVERIFY(m_line->waitForResult(30000));
    QCOMPARE(m_line->result().value(QStringLiteral("pages")), QStringLiteral("1"));
    FaxTiffReader reader;
    QVERIFY2(reader.open(received).ok(), qPrintable(received));
    QCOMPARE(reader.pageCount(), 1);
}

// White noise at -50 dBm0 on both directions: the session still gets the page through.
void TestEngineFailures::noiseTheSessionSurvives()
{
    const QString device = link(QStringLiteral("Hiss"));
    const QString received = m_case->filePath(QStringLiteral("far-end.tif"));
    QVERIFY2(startLine({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), device,
                        QStringLiteral("--terminal"), QStringLiteral("receive"),
                        QStringLiteral("--receive-file"), received, QStringLiteral("--noise"),
                        QStringLiteral("-50"), QStringLiteral("--timeout"), QStringLiteral("300")}),
             qPrintable(m_line->errorString()));
    auto server = openServer();
    QVERIFY(waitFor(server->addPort(modemPort(device))));
    const auto job = sendAndWait(*server, document({chart(1)}));
    QVERIFY(job);
    QVERIFY2(job->queueStatus == QueueStatus::Completed, qPrintable(describe(*job)));
    QCOMPARE(job->pagesSent, 1);
    QVERIFY(m_line->waitForResult(30000));
    QCOMPARE(m_line->result().value(QStringLiteral("pages")), QStringLiteral("1"));
    FaxTiffReader reader;
    QVERIFY2(reader.open(received).ok(), qPrintable(received));
    QCOMPARE(reader.pageCount(), 1);
    QVERIFY(reader.pageInfo(0).lines > 1000);
}

// Noise at -30 dBm0 drowns the signalling: the call fails, and says that the far end answered
// but could not be understood, with nothing counted as sent; the job waits for its retry.
void TestEngineFailures::noiseTheSessionDoesNotSurvive()
{
    const QString device = link(QStringLiteral("Roar"));
    QVERIFY2(startLine({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), device,
                        QStringLiteral("--terminal"), QStringLiteral("receive"),
                        QStringLiteral("--receive-file"),
                        m_case->filePath(QStringLiteral("far-end.tif")), QStringLiteral("--noise"),
                        QStringLiteral("-30"), QStringLiteral("--timeout"), QStringLiteral("300")}),
             qPrintable(m_line->errorString()));
    auto server = openServer();
    QVERIFY(waitFor(server->addPort(modemPort(device))));
    const auto job = sendAndWait(*server, document({chart(1)}));
    QVERIFY(job);
    QVERIFY2(job->queueStatus == QueueStatus::Retrying, qPrintable(describe(*job)));
    qInfo("%s", qPrintable(describe(*job)));
    QVERIFY2(job->deviceStatus != DeviceStatus::Completed, qPrintable(describe(*job)));
    QCOMPARE(job->pagesSent, 0);
    // The far end did answer; its frames drowned in the noise.
    QVERIFY2(job->lastError.contains(QStringLiteral("a fax machine answered, but none of its")),
             qPrintable(job->lastError));
    QVERIFY(m_line->waitForResult(30000));
    QCOMPARE(m_line->result().value(QStringLiteral("pages")), QStringLiteral("0"));
    QTRY_COMPARE_WITH_TIMEOUT(server->ports().at(0).state, PortState::Idle, 30000);
}

// A modem that refuses its initialisation: the job is kept for a retry with a fatal device
// status that names the device, the port is idle again, and the retry comes (and fails again).
void TestEngineFailures::modemAnswersError()
{
    const QString device = link(QStringLiteral("Error"));
    PtyFakeModem modem(PtyFakeModem::Behaviour::AnswerError);
    const QString opened = modem.open(device);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    auto server = openServer();
    QVERIFY(waitFor(server->addPort(modemPort(device))));
    const auto job = sendAndWait(*server, document({chart(1)}));
    QVERIFY(job);
    QVERIFY2(job->queueStatus == QueueStatus::Retrying, qPrintable(describe(*job)));
    QVERIFY2(job->deviceStatus == DeviceStatus::FatalError, qPrintable(describe(*job)));
    QCOMPARE(job->pagesSent, 0);
    qInfo("%s", qPrintable(job->lastError));
    QVERIFY2(job->lastError.contains(device), qPrintable(job->lastError));
    QVERIFY2(job->lastError.contains(QStringLiteral("ERROR")), qPrintable(job->lastError));
    QVERIFY(!modem.commands().isEmpty());
    QVERIFY(!modem.commands().filter(QStringLiteral("ATD")).size()); // it never dialled
    QTRY_COMPARE_WITH_TIMEOUT(server->ports().at(0).state, PortState::Idle, 30000);

    m_clock->set(job->nextAttempt.addSecs(1));
    server->poll();
    QTRY_VERIFY_WITH_TIMEOUT(server->job(job->id)->tries == 2 &&
                                 server->job(job->id)->queueStatus != QueueStatus::InProgress,
                             60000);
    QCOMPARE(server->job(job->id)->queueStatus, QueueStatus::Retrying);
    QCOMPARE(server->job(job->id)->deviceStatus, DeviceStatus::FatalError);
}

// A modem that says nothing: the same, after the driver has tried to wake it up.
void TestEngineFailures::modemSaysNothing()
{
    const QString device = link(QStringLiteral("Mute"));
    PtyFakeModem modem(PtyFakeModem::Behaviour::Silent);
    const QString opened = modem.open(device);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    auto server = openServer();
    QVERIFY(waitFor(server->addPort(modemPort(device))));
    const auto job = sendAndWait(*server, document({chart(1)}));
    QVERIFY(job);
    QVERIFY2(job->queueStatus == QueueStatus::Retrying, qPrintable(describe(*job)));
    QVERIFY2(job->deviceStatus == DeviceStatus::FatalError, qPrintable(describe(*job)));
    QCOMPARE(job->pagesSent, 0);
    qInfo("%s", qPrintable(job->lastError));
    QVERIFY2(job->lastError.contains(device), qPrintable(job->lastError));
    QCOMPARE(job->tries, 1);
    QVERIFY(!modem.commands().isEmpty());
    QVERIFY(!modem.commands().filter(QStringLiteral("ATD")).size());
    QTRY_COMPARE_WITH_TIMEOUT(server->ports().at(0).state, PortState::Idle, 30000);
    QVERIFY(server->job(job->id)->nextAttempt > m_clock->now());
}

QTEST_GUILESS_MAIN(TestEngineFailures)
#include "tst_enginefailures.moc"
