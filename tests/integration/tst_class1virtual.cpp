// SPDX-License-Identifier: GPL-3.0-or-later
// Our Class 1 driver against a peer we did not write: spandsp's T.31 modem on a pseudo-terminal
// talking to spandsp's T.30 fax terminal (tests/support/virtualline). Real time: a one-page
// call takes about as long as on a real line.

#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"
#include "modem/class1driver.h"
#include "modem/modemline.h"
#include "virtuallineprocess.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Fax;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

const int kSessionMs = 240 * 1000;

QString testData(const char *name)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/") + QLatin1String(name);
}

} // namespace

class TestClass1Virtual : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void send_data();
    void send();
    void busyLine();
    void receive();

private:
    bool startLine(VirtualLineProcess &line, const QStringList &args);
    CallOutcome runCall(const QString &device, const QStringList &files,
                        const T30::Capabilities &caps = ModemConfig::defaultCapabilities());
    QTemporaryDir m_dir;
};

void TestClass1Virtual::initTestCase()
{
    if (!VirtualLineProcess::isBuilt())
        QSKIP("fax_virtualline is not built");
    QVERIFY(QFileInfo::exists(testData("itu1.tif")));
    QVERIFY(m_dir.isValid());
    Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
}

bool TestClass1Virtual::startLine(VirtualLineProcess &line, const QStringList &args)
{
    return line.start(args, m_dir.filePath(QStringLiteral("virtualline.log")));
}

CallOutcome TestClass1Virtual::runCall(const QString &device, const QStringList &files,
                                       const T30::Capabilities &caps)
{
    Port port;
    port.name = QStringLiteral("virtual");
    port.devicePath = device;
    ModemConfig config;
    config.serial.flow = FlowControl::None;
    config.serial.lockDirectory = m_dir.path();
    config.capabilities = caps;
    ModemLineFactory factory(config);
    QString why;
    std::unique_ptr<FaxLine> line = factory.create(port, &why);
    if (!line) {
        CallOutcome o;
        o.message = why;
        return o;
    }
    SendRequest request;
    request.job.id = 7;
    request.job.recipientNumber = QStringLiteral("5551234");
    request.document.files = files;
    request.tsid = QStringLiteral("+49 30 1234");
    FaxCall *call = line->send(request);
    QSignalSpy finished(call, &FaxCall::finished);
    QSignalSpy progress(call, &FaxCall::progress);
    if (!finished.wait(kSessionMs)) {
        CallOutcome o;
        o.message = QStringLiteral("the call did not finish in time");
        return o;
    }
    // Progress came through the port thread to this one.
    if (progress.isEmpty())
        qWarning("no progress was reported");
    return finished.first().first().value<CallOutcome>();
}

void TestClass1Virtual::send_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("ecm");
    QTest::addColumn<QString>("coding");
    QTest::newRow("MH") << QStringList() << false << QStringLiteral("mh");
    QTest::newRow("MR") << QStringList() << false << QStringLiteral("mr");
    QTest::newRow("MMR ECM") << QStringList{QStringLiteral("--ecm")} << true
                             << QStringLiteral("mmr");
}

void TestClass1Virtual::send()
{
    QFETCH(QStringList, options);
    QFETCH(bool, ecm);
    QFETCH(QString, coding);
    const QString link = m_dir.filePath(QStringLiteral("ttyFAX") + coding);
    const QString received = m_dir.filePath(QStringLiteral("received-%1.tif").arg(coding));
    T30::Capabilities caps = ModemConfig::defaultCapabilities();
    caps.mr = coding != QLatin1String("mh");
    caps.mmr = coding == QLatin1String("mmr");
    caps.ecm = ecm;
    VirtualLineProcess line;
    QVERIFY2(startLine(line,
                       QStringList{QStringLiteral("--modem-to-terminal"),
                                   QStringLiteral("--pty-link"), link, QStringLiteral("--terminal"),
                                   QStringLiteral("receive"), QStringLiteral("--receive-file"),
                                   received, QStringLiteral("--timeout"), QStringLiteral("300")} +
                           options),
             qPrintable(line.errorString()));
    const CallOutcome out = runCall(link, {testData("itu1.tif")}, caps);
    line.finish();
    QVERIFY2(out.success, qPrintable(out.message + QLatin1Char('\n') + line.describe()));
    QCOMPARE(out.deviceStatus, DeviceStatus::Completed);
    QCOMPARE(out.pagesConfirmed, 1);
    const auto result = line.result();
    QCOMPARE(result.value(QStringLiteral("pages")), QStringLiteral("1"));
    QCOMPARE(result.value(QStringLiteral("ecm")), ecm ? QStringLiteral("1") : QStringLiteral("0"));
    QCOMPARE(result.value(QStringLiteral("remote_ident")), QStringLiteral("+49 30 1234"));
    FaxTiffReader reader;
    QVERIFY2(reader.open(received).ok(), qPrintable(received));
    QCOMPARE(reader.pageCount(), 1);
    const auto page = reader.readPage(0);
    QVERIFY(page.ok());
    QCOMPARE(page->width(), 1728);
    QVERIFY(page->lines() > 1000);
}

void TestClass1Virtual::busyLine()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyFAXbusy"));
    VirtualLineProcess line;
    QVERIFY2(startLine(line, {QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                              link, QStringLiteral("--terminal"), QStringLiteral("receive"),
                              QStringLiteral("--busy"), QStringLiteral("--timeout"),
                              QStringLiteral("60")}),
             qPrintable(line.errorString()));
    const CallOutcome out = runCall(link, {testData("itu1.tif")});
    line.stop();
    QVERIFY(!out.success);
    QCOMPARE(out.deviceStatus, DeviceStatus::Busy);
    QVERIFY(out.retryable);
}

// The far end calls us: our modem rings, we answer and run the T.30 receiver.
void TestClass1Virtual::receive()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyFAXrx"));
    VirtualLineProcess line;
    QVERIFY2(
        startLine(line, {QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), link,
                         QStringLiteral("--terminal"), QStringLiteral("send"), testData("itu1.tif"),
                         QStringLiteral("--ident"), QStringLiteral("+1 555 1234"),
                         QStringLiteral("--timeout"), QStringLiteral("300")}),
        qPrintable(line.errorString()));
    ModemConfig config;
    config.serial.device = link;
    config.serial.flow = FlowControl::None;
    config.serial.lockDirectory = m_dir.path();
    T30::Outcome outcome;
    QString failure;
    QList<QPair<QByteArray, T30::SessionParams>> pages;
    QThread *port = QThread::create([&] {
        SerialTransport transport(config.serial);
        if (Result r = transport.open(); !r) {
            failure = r.error().message;
            return;
        }
        AtDialogue at(&transport);
        if (Result r = at.expectOk("ATE0V1Q0"); !r) {
            failure = r.error().message;
            return;
        }
        if (!at.waitForRing(60000)) {
            failure = QStringLiteral("no RING within 60 s");
            return;
        }
        Class1Driver driver(at, config);
        T30::T30Receiver session(QStringLiteral("+49 30 999"), config.capabilities);
        ModemCallHooks hooks;
        hooks.deliverPage = [&](int, const QByteArray &data, const T30::SessionParams &params) {
            pages.append({data, params});
        };
        outcome = driver.receive(session, hooks);
    });
    port->start();
    QTRY_VERIFY_WITH_TIMEOUT(port->isFinished(), kSessionMs);
    delete port;
    line.finish();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(outcome.success, qPrintable(outcome.message + QLatin1Char('\n') + line.describe()));
    QCOMPARE(outcome.pages, 1);
    QCOMPARE(outcome.remoteId, QStringLiteral("+1 555 1234"));
    QCOMPARE(pages.size(), 1);
    FaxCodec::DecodeOptions o;
    o.compression = pages.first().second.compression;
    o.width = pages.first().second.width;
    o.yDpi = linesPerInch(pages.first().second.resolution);
    o.lsbFirst = true;
    const auto decoded = FaxCodec::decode(pages.first().first, o);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->image.width(), 1728);
    QVERIFY(decoded->image.height() > 1000);
    QCOMPARE(decoded->badLines, 0);
    QCOMPARE(line.result().value(QStringLiteral("pages")), QStringLiteral("1"));
}

QTEST_MAIN(TestClass1Virtual)
#include "tst_class1virtual.moc"
