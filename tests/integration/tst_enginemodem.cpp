// SPDX-License-Identifier: GPL-3.0-or-later
// The local engine on a modem it did not fake: a LocalFaxServer with its built-in Class 1
// driver on spandsp's T.31 modem (tests/support/virtualline) talking to spandsp's T.30 fax
// terminal. Sends a job, meets a busy line and answers a call. Real time.

#include "imaging/faxtiff.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"
#include "virtuallineprocess.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Fax;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

const int kSessionMs = 240 * 1000;

QString chartOne()
{
    return QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
}

} // namespace

class TestEngineModem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sendsJob();
    void busyLineRetries();
    void answersCall();

private:
    bool startLine(const QStringList &args);
    void finishLine();
    std::unique_ptr<LocalFaxServer> openServer();
    Port modemPort(const QString &link) const;
    FaxDocument document() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_case;
    std::unique_ptr<VirtualLineProcess> m_line;
};

void TestEngineModem::initTestCase()
{
    if (!VirtualLineProcess::isBuilt())
        QSKIP("fax_virtualline is not built");
    QVERIFY(QFileInfo::exists(chartOne()));
    QVERIFY(m_dir.isValid());
    Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
}

void TestEngineModem::init()
{
    m_case = std::make_unique<QTemporaryDir>(m_dir.filePath(QStringLiteral("case-XXXXXX")));
    QVERIFY(m_case->isValid());
}

void TestEngineModem::cleanup()
{
    m_line.reset();
}

bool TestEngineModem::startLine(const QStringList &args)
{
    m_line = std::make_unique<VirtualLineProcess>();
    return m_line->start(args, m_case->filePath(QStringLiteral("virtualline.log")));
}

// Waits for the virtual line's call result.
void TestEngineModem::finishLine()
{
    m_line->waitForResult(30000);
}

std::unique_ptr<LocalFaxServer> TestEngineModem::openServer()
{
    LocalFaxServer::Options o;
    o.dataDirectory = m_case->filePath(QStringLiteral("data"));
    o.pollIntervalMs = 100;
    // lineFactory stays nullptr: the engine's own modem driver.
    auto server = std::make_unique<LocalFaxServer>(ConnectionSettings(), o);
    server->connectToServer();
    return server;
}

Port TestEngineModem::modemPort(const QString &link) const
{
    Port p;
    p.name = QStringLiteral("virtual");
    p.devicePath = link;
    p.flowControl = QStringLiteral("none"); // a pseudo-terminal has no RTS/CTS
    p.tsid = QStringLiteral("+49 30 1234");
    p.csid = QStringLiteral("+49 30 999");
    p.rings = 2;
    return p;
}

FaxDocument TestEngineModem::document() const
{
    FaxDocument d;
    d.files = {chartOne()};
    Party r;
    r.name = QStringLiteral("Alice");
    r.faxNumber = QStringLiteral("555 1234");
    d.recipients << r;
    d.sender.name = QStringLiteral("Bob");
    return d;
}

void TestEngineModem::sendsJob()
{
    const QString link = m_case->filePath(QStringLiteral("ttyFAXsend"));
    const QString received = m_case->filePath(QStringLiteral("received.tif"));
    QVERIFY2(startLine({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), link,
                        QStringLiteral("--terminal"), QStringLiteral("receive"),
                        QStringLiteral("--receive-file"), received, QStringLiteral("--timeout"),
                        QStringLiteral("300")}),
             qPrintable(m_line->errorString()));
    auto server = openServer();
    QCOMPARE(server->state(), ConnectionState::Connected);
    // Listening for calls while idle (receive mode Auto) must give the port up for the send.
    QVERIFY(waitFor(server->addPort(modemPort(link))));
    const auto ids = waitFor(server->submit(document()));
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
    const JobId id = ids->first();
    server->poll();
    QTRY_VERIFY_WITH_TIMEOUT(server->job(id)->queueStatus != QueueStatus::Pending &&
                                 server->job(id)->queueStatus != QueueStatus::InProgress,
                             kSessionMs);
    finishLine();
    const Job job = *server->job(id);
    QVERIFY2(job.queueStatus == QueueStatus::Completed,
             qPrintable(enumKey(job.queueStatus) + QLatin1Char(' ') + job.lastError +
                        QLatin1Char('\n') + m_line->describe()));
    QCOMPARE(job.pagesSent, 1);
    QCOMPARE(job.port, QStringLiteral("virtual"));
    const auto result = m_line->result();
    QCOMPARE(result.value(QStringLiteral("pages")), QStringLiteral("1"));
    QCOMPARE(result.value(QStringLiteral("remote_ident")), QStringLiteral("+49 30 1234"));
    FaxTiffReader reader;
    QVERIFY2(reader.open(received).ok(), qPrintable(received));
    QCOMPARE(reader.pageCount(), 1);
}

void TestEngineModem::busyLineRetries()
{
    const QString link = m_case->filePath(QStringLiteral("ttyFAXbusy"));
    QVERIFY2(
        startLine({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), link,
                   QStringLiteral("--terminal"), QStringLiteral("receive"),
                   QStringLiteral("--busy"), QStringLiteral("--timeout"), QStringLiteral("60")}),
        qPrintable(m_line->errorString()));
    auto server = openServer();
    Port p = modemPort(link);
    p.receiveMode = ReceiveMode::Off;
    QVERIFY(waitFor(server->addPort(p)));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto ids = waitFor(server->submit(document()));
    QVERIFY(ids);
    const JobId id = ids->first();
    server->poll();
    QTRY_COMPARE_WITH_TIMEOUT(server->job(id)->queueStatus, QueueStatus::Retrying, kSessionMs);
    const Job job = *server->job(id);
    QCOMPARE(job.deviceStatus, DeviceStatus::Busy);
    QVERIFY2(job.lastError.contains(QStringLiteral("busy")), qPrintable(job.lastError));
    QCOMPARE(job.tries, 1);
    const int delayMin = server->settings().retryDelay;
    QVERIFY2(job.nextAttempt >= before.addSecs(qint64(delayMin) * 60 - 5),
             qPrintable(job.nextAttempt.toString(Qt::ISODate)));
}

// The far end calls: the engine answers after the port's rings and files the fax.
void TestEngineModem::answersCall()
{
    const QString link = m_case->filePath(QStringLiteral("ttyFAXrx"));
    QVERIFY2(startLine({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), link,
                        QStringLiteral("--terminal"), QStringLiteral("send"), chartOne(),
                        QStringLiteral("--ident"), QStringLiteral("+1 555 1234"),
                        QStringLiteral("--ring-period"), QStringLiteral("1"),
                        QStringLiteral("--timeout"), QStringLiteral("300")}),
             qPrintable(m_line->errorString()));
    auto server = openServer();
    const QString folder = m_case->filePath(QStringLiteral("routed"));
    ServerSettings s = server->settings();
    s.routing.storeInFolder = true;
    s.routing.folder = folder;
    s.routing.print = true;
    QVERIFY(waitFor(server->setSettings(s)));
    QStringList ringTexts;
    connect(server.get(), &FaxServer::portChanged, this, [&](const Port &port) {
        if (port.state == PortState::Ringing)
            ringTexts << port.stateText;
    });
    QSignalSpy added(server.get(), &FaxServer::receivedFaxAdded);
    QVERIFY(waitFor(server->addPort(modemPort(link))));
    QVERIFY2(added.wait(kSessionMs), qPrintable(server->ports().at(0).stateText));
    finishLine();
    const ReceivedFax fax = added.first().first().value<ReceivedFax>();
    QVERIFY2(!fax.partial, qPrintable(m_line->describe()));
    QCOMPARE(fax.pages, 1);
    QCOMPARE(fax.tsid, QStringLiteral("+1 555 1234"));
    QCOMPARE(fax.csid, QStringLiteral("+49 30 999"));
    QCOMPARE(fax.port, QStringLiteral("virtual"));
    QVERIFY(fax.id > 0);
    QVERIFY2(fax.file.startsWith(server->dataDirectory() + QStringLiteral("/received/")),
             qPrintable(fax.file));
    QCOMPARE(server->receivedFaxes().size(), 1);
    // Answered on the second ring, not before.
    QVERIFY2(ringTexts.size() >= 2 && ringTexts.last().contains(QLatin1Char('2')),
             qPrintable(ringTexts.join(QStringLiteral(", "))));
    FaxTiffReader reader;
    QVERIFY2(reader.open(fax.file).ok(), qPrintable(fax.file));
    QCOMPARE(reader.pageCount(), 1);
    QCOMPARE(reader.properties().tsid, QStringLiteral("+1 555 1234"));
    QCOMPARE(reader.properties().routing, fax.routing); // the file says where it went too
    QVERIFY(reader.pageInfo(0).lines > 1000);
    const QString copy = folder + QLatin1Char('/') + QFileInfo(fax.file).fileName();
    QVERIFY2(QFileInfo::exists(copy), qPrintable(fax.routing));
    QVERIFY2(fax.routing.contains(QStringLiteral("not printed")), qPrintable(fax.routing));
    const auto result = m_line->result();
    QCOMPARE(result.value(QStringLiteral("pages")), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestEngineModem)
#include "tst_enginemodem.moc"
