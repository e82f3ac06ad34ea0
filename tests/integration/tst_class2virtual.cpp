// SPDX-License-Identifier: GPL-3.0-or-later
// Our Class 2 / Class 2.0 driver against a peer we did not write: the virtual line's service-class
// modem (tests/support/virtualline/class2modem.*) runs spandsp's T.30 and talks to spandsp's T.30
// fax terminal. Real time: a two-page call takes about as long as on a real line.

#include "imaging/faxcodec.h"
#include "modem/class2driver.h"
#include "modem/modemline.h"
#include "virtualline_helpers.h"
#include "virtuallineprocess.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Fax;
using Fax::VirtualLineTest::bestMismatch;
using Fax::VirtualLineTest::Page;
using Fax::VirtualLineTest::pageFromImage;
using Fax::VirtualLineTest::readTiffPages;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

const int kSessionMs = 300 * 1000;
const int kMaxShift = 8;
const double kMaxMismatch = 0.01; // of a chart's black pixels

QString testData(const char *name)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/") + QLatin1String(name);
}

} // namespace

class TestClass2Virtual : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void send_data();
    void send();
    void receive();
    void lineReceive();
    void faxctlProbe();
    void faxctlSend();

private:
    QJsonObject runFaxctl(const QStringList &args, int *exitCode, QString *errors);
    void comparePage(const Page &expected, const Page &actual, const QString &what);
    QTemporaryDir m_dir;
    QList<Page> m_charts; // itu1, itu2
};

void TestClass2Virtual::initTestCase()
{
    if (!VirtualLineProcess::isBuilt())
        QSKIP("fax_virtualline is not built");
    QVERIFY(m_dir.isValid());
    Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
    for (const char *chart : {"itu1.tif", "itu2.tif"}) {
        QString error;
        const QList<Page> pages = readTiffPages(testData(chart), &error);
        QVERIFY2(pages.size() == 1, qPrintable(testData(chart) + QLatin1Char(' ') + error));
        m_charts << pages.first();
    }
}

void TestClass2Virtual::comparePage(const Page &expected, const Page &actual, const QString &what)
{
    QCOMPARE(actual.width, expected.width);
    QVERIFY2(qAbs(actual.height - expected.height) <= kMaxShift,
             qPrintable(QStringLiteral("%1: %2 rows, the chart has %3")
                            .arg(what)
                            .arg(actual.height)
                            .arg(expected.height)));
    int shift = 0;
    const double mismatch = bestMismatch(expected, actual, kMaxShift, &shift);
    qInfo("%s: %.4f of the chart's black pixels differ (rows shifted by %d)", qPrintable(what),
          mismatch, shift);
    QVERIFY2(
        mismatch < kMaxMismatch,
        qPrintable(QStringLiteral("%1: %2 of the black pixels differ").arg(what).arg(mismatch)));
}

void TestClass2Virtual::send_data()
{
    QTest::addColumn<FaxClass>("faxClass");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("compression"); // spandsp's name of the coding on the line
    const QString mr = QStringLiteral("T.4 2-D");
    QTest::newRow("Class 2.0") << FaxClass::Class20 << QStringList() << mr;
    QTest::newRow("Class 2") << FaxClass::Class2 << QStringList() << mr;
    // The modem does ECM itself; the host sends T.6 data as it would without ECM.
    QTest::newRow("Class 2.0 ECM")
        << FaxClass::Class20 << QStringList{QStringLiteral("--ecm")} << QStringLiteral("T.6");
    // "auto" on a modem without Class 1: AT+FCLASS=? says "0,2.0".
    QTest::newRow("auto") << FaxClass::Auto << QStringList() << mr;
}

// Two charts through the line (ModemLine drives the Class 2 driver by ModemConfig::modemClass).
void TestClass2Virtual::send()
{
    QFETCH(FaxClass, faxClass);
    QFETCH(QStringList, options);
    QFETCH(QString, compression);
    const QString key = faxClassKey(faxClass);
    const QString tag = QString(key).remove(QLatin1Char('.')) +
                        (options.isEmpty() ? QString() : QStringLiteral("ecm"));
    const QString lineClass = faxClass == FaxClass::Auto ? QStringLiteral("2.0") : key;
    const QString link = m_dir.filePath(QStringLiteral("ttyFAX2tx") + tag);
    const QString received = m_dir.filePath(QStringLiteral("received-%1.tif").arg(tag));
    VirtualLineProcess line;
    QVERIFY2(
        line.start(QStringList{QStringLiteral("--modem-to-terminal"), QStringLiteral("--class"),
                               lineClass, QStringLiteral("--pty-link"), link,
                               QStringLiteral("--terminal"), QStringLiteral("receive"),
                               QStringLiteral("--receive-file"), received,
                               QStringLiteral("--timeout"), QStringLiteral("300")} +
                       options,
                   m_dir.filePath(QStringLiteral("virtualline-%1.log").arg(tag))),
        qPrintable(line.errorString()));

    Port port;
    port.name = QStringLiteral("virtual");
    port.devicePath = link;
    ModemConfig config;
    config.modemClass = faxClass;
    config.serial.flow = FlowControl::None;
    config.serial.lockDirectory = m_dir.path();
    ModemLineFactory factory(config);
    QString why;
    std::unique_ptr<FaxLine> faxLine = factory.create(port, &why);
    QVERIFY2(faxLine, qPrintable(why));
    SendRequest request;
    request.job.id = 9;
    request.job.recipientNumber = QStringLiteral("5551234");
    request.document.files = {testData("itu1.tif"), testData("itu2.tif")};
    request.tsid = QStringLiteral("+49 30 1234");
    FaxCall *call = faxLine->send(request);
    QSignalSpy finished(call, &FaxCall::finished);
    QVERIFY2(finished.wait(kSessionMs), qPrintable(line.describe()));
    const CallOutcome out = finished.first().first().value<CallOutcome>();
    faxLine.reset();
    line.finish();
    QVERIFY2(out.success, qPrintable(out.message + QLatin1Char('\n') + line.describe()));
    QCOMPARE(out.deviceStatus, DeviceStatus::Completed);
    QCOMPARE(out.pagesConfirmed, 2);
    const auto result = line.result();
    QCOMPARE(result.value(QStringLiteral("pages")), QStringLiteral("2"));
    QCOMPARE(result.value(QStringLiteral("remote_ident")), QStringLiteral("+49 30 1234"));
    QCOMPARE(result.value(QStringLiteral("ecm")),
             options.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
    // What went on the line: what the modem negotiated and we coded the pages for.
    QCOMPARE(result.value(QStringLiteral("compression")), compression);

    QString error;
    const QList<Page> pages = readTiffPages(received, &error);
    QVERIFY2(pages.size() == 2, qPrintable(received + QLatin1Char(' ') + error));
    comparePage(m_charts.at(0), pages.at(0), QStringLiteral("page 1 (Class %1)").arg(key));
    comparePage(m_charts.at(1), pages.at(1), QStringLiteral("page 2 (Class %1)").arg(key));
}

// The far end calls us: our Class 2.0 modem rings, we answer and take the page.
void TestClass2Virtual::receive()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyFAX2rx"));
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--class"),
                         QStringLiteral("2.0"), QStringLiteral("--pty-link"), link,
                         QStringLiteral("--terminal"), QStringLiteral("send"), testData("itu1.tif"),
                         QStringLiteral("--ident"), QStringLiteral("+1 555 1234"),
                         QStringLiteral("--timeout"), QStringLiteral("300")},
                        m_dir.filePath(QStringLiteral("virtualline-rx.log"))),
             qPrintable(line.errorString()));
    ModemConfig config;
    config.modemClass = FaxClass::Class20;
    config.serial.device = link;
    config.serial.flow = FlowControl::None;
    config.serial.lockDirectory = m_dir.path();
    T30::Outcome outcome;
    QString failure;
    QStringList log;
    QList<QPair<QByteArray, T30::SessionParams>> pages;
    QThread *port = QThread::create([&] {
        SerialTransport transport(config.serial);
        if (Result r = transport.open(); !r) {
            failure = r.error().message;
            return;
        }
        AtDialogue at(&transport);
        const auto init = Class2Driver::classInitCommands(config, Class2Driver::Variant::Class20);
        if (Result r = at.initialize(init); !r) {
            failure = r.error().message;
            return;
        }
        if (!at.waitForRing(60000)) {
            failure = QStringLiteral("no RING within 60 s");
            return;
        }
        Class2Driver driver(at, config, Class2Driver::Variant::Class20);
        ModemCallHooks hooks;
        hooks.deliverPage = [&](int, const QByteArray &data, const T30::SessionParams &params) {
            pages.append({data, params});
        };
        outcome = driver.receive(QStringLiteral("+49 30 999"), hooks);
        log = driver.log();
    });
    port->start();
    QTRY_VERIFY_WITH_TIMEOUT(port->isFinished(), kSessionMs);
    delete port;
    line.finish();
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QLatin1Char('\n') + line.describe()));
    QVERIFY2(outcome.success,
             qPrintable(outcome.message + QLatin1Char('\n') + log.join(QLatin1Char('\n')) +
                        QLatin1Char('\n') + line.describe()));
    QCOMPARE(outcome.pages, 1);
    QCOMPARE(outcome.remoteId, QStringLiteral("+1 555 1234"));
    QCOMPARE(pages.size(), 1);
    const T30::SessionParams &params = pages.first().second;
    FaxCodec::DecodeOptions o;
    o.compression = params.compression;
    o.width = params.width;
    o.yDpi = linesPerInch(params.resolution);
    o.lsbFirst = true; // +FBO=0: the line's order
    const auto decoded = FaxCodec::decode(pages.first().first, o);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->badLines, 0);
    QCOMPARE(params.resolution, FaxResolution::Fine); // the chart's own
    comparePage(m_charts.at(0), pageFromImage(decoded->image), QStringLiteral("received page"));
    QCOMPARE(line.result().value(QStringLiteral("pages")), QStringLiteral("1"));
}

// The engine's line with the port's settings ("auto" class): it asks the modem, listens in
// Class 2.0, answers the ringing call and writes the fax TIFF.
void TestClass2Virtual::lineReceive()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyFAX2line"));
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--class"),
                         QStringLiteral("2.0"), QStringLiteral("--pty-link"), link,
                         QStringLiteral("--terminal"), QStringLiteral("send"), testData("itu2.tif"),
                         QStringLiteral("--ident"), QStringLiteral("+1 555 1234"),
                         QStringLiteral("--timeout"), QStringLiteral("300")},
                        m_dir.filePath(QStringLiteral("virtualline-line.log"))),
             qPrintable(line.errorString()));
    Port port;
    port.name = QStringLiteral("virtual");
    port.devicePath = link;
    port.csid = QStringLiteral("+49 30 999");
    port.receiveMode = ReceiveMode::Auto;
    port.rings = 1;
    port.flowControl = QStringLiteral("none");
    QCOMPARE(port.modemClass, FaxClass::Auto);
    ModemConfig defaults;
    defaults.serial.lockDirectory = m_dir.path();
    ModemLineFactory factory(defaults);
    factory.setUsePortSettings(true);
    QString why;
    std::unique_ptr<FaxLine> faxLine = factory.create(port, &why);
    QVERIFY2(faxLine, qPrintable(why));
    QStringList states;
    connect(faxLine.get(), &FaxLine::stateChanged, this,
            [&](PortState, const QString &text) { states << text; });
    ReceivedFax fax;
    QString message;
    bool got = false;
    connect(faxLine.get(), &FaxLine::faxReceived, this,
            [&](const ReceivedFax &f, const QString &m) {
                fax = f;
                message = m;
                got = true;
            });
    faxLine->setReceiveDirectory(m_dir.filePath(QStringLiteral("inbox")));
    QTRY_VERIFY2_WITH_TIMEOUT(got, qPrintable(states.join(QLatin1Char('\n'))), kSessionMs);
    faxLine.reset();
    line.finish();
    QVERIFY2(states.contains(QStringLiteral("waiting for calls on %1 (fax Class 2.0)").arg(link)),
             qPrintable(states.join(QLatin1Char('\n'))));
    QVERIFY2(!fax.partial, qPrintable(message + QLatin1Char('\n') + line.describe()));
    QCOMPARE(fax.pages, 1);
    QCOMPARE(fax.tsid, QStringLiteral("+1 555 1234"));
    QString error;
    const QList<Page> pages = readTiffPages(fax.file, &error);
    QVERIFY2(pages.size() == 1, qPrintable(fax.file + QLatin1Char(' ') + error));
    comparePage(m_charts.at(1), pages.first(), QStringLiteral("page received by the line"));
}

QJsonObject TestClass2Virtual::runFaxctl(const QStringList &args, int *exitCode, QString *errors)
{
    QProcess faxctl;
    faxctl.start(QStringLiteral(FAXCTL_PATH), args);
    // Its waits are the modem's; the line runs in its own process meanwhile.
    if (!faxctl.waitForFinished(kSessionMs)) {
        faxctl.kill();
        faxctl.waitForFinished();
    }
    *exitCode = faxctl.exitStatus() == QProcess::NormalExit ? faxctl.exitCode() : -1;
    *errors = QString::fromUtf8(faxctl.readAllStandardError());
    return QJsonDocument::fromJson(faxctl.readAllStandardOutput()).object();
}

// faxctl probe on a Class 2.0 modem: the classes, its +FCC=? ranges, the class it would use.
void TestClass2Virtual::faxctlProbe()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyFAX2probe"));
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--class"),
                         QStringLiteral("2.0"), QStringLiteral("--pty-link"), link,
                         QStringLiteral("--terminal"), QStringLiteral("receive"),
                         QStringLiteral("--timeout"), QStringLiteral("60")},
                        m_dir.filePath(QStringLiteral("virtualline-probe.log"))),
             qPrintable(line.errorString()));
    int code = 0;
    QString errors;
    const QJsonObject o =
        runFaxctl({QStringLiteral("probe"), QStringLiteral("--device"), link,
                   QStringLiteral("--flow"), QStringLiteral("none"), QStringLiteral("--lock-dir"),
                   m_dir.path(), QStringLiteral("--json")},
                  &code, &errors);
    line.stop();
    QVERIFY2(code == 0, qPrintable(errors));
    QCOMPARE(o.value(QStringLiteral("class1")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("class20")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("class20Capabilities")).toString(),
             QStringLiteral("(0,1),(0-5),(0-2),(0-2),(0-3),(0-2),(0),(0-7)"));
    QCOMPARE(o.value(QStringLiteral("drivenIn")).toString(), QStringLiteral("2.0"));
}

// faxctl send --class 2 through the real binary.
void TestClass2Virtual::faxctlSend()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyFAX2ctl"));
    const QString received = m_dir.filePath(QStringLiteral("received-faxctl.tif"));
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--class"),
                         QStringLiteral("2"), QStringLiteral("--pty-link"), link,
                         QStringLiteral("--terminal"), QStringLiteral("receive"),
                         QStringLiteral("--receive-file"), received, QStringLiteral("--ident"),
                         QStringLiteral("+1 555 0199"), QStringLiteral("--timeout"),
                         QStringLiteral("300")},
                        m_dir.filePath(QStringLiteral("virtualline-faxctl.log"))),
             qPrintable(line.errorString()));
    int code = 0;
    QString errors;
    const QJsonObject o =
        runFaxctl({QStringLiteral("send"), QStringLiteral("--device"), link, QStringLiteral("--to"),
                   QStringLiteral("5551234"), QStringLiteral("--class"), QStringLiteral("2"),
                   QStringLiteral("--tsid"), QStringLiteral("+49 30 1234"),
                   QStringLiteral("--flow"), QStringLiteral("none"), QStringLiteral("--lock-dir"),
                   m_dir.path(), QStringLiteral("--json"), testData("itu1.tif")},
                  &code, &errors);
    line.finish();
    QVERIFY2(code == 0, qPrintable(errors + QLatin1Char('\n') + line.describe()));
    QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("faxClass")).toString(), QStringLiteral("2"));
    QCOMPARE(o.value(QStringLiteral("pagesConfirmed")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("remoteId")).toString(), QStringLiteral("+1 555 0199"));
    QString error;
    const QList<Page> pages = readTiffPages(received, &error);
    QVERIFY2(pages.size() == 1, qPrintable(received + QLatin1Char(' ') + error));
    comparePage(m_charts.at(0), pages.first(), QStringLiteral("page sent by faxctl"));
}

QTEST_MAIN(TestClass2Virtual)
#include "tst_class2virtual.moc"
