// SPDX-License-Identifier: GPL-3.0-or-later
// Our Class 2 / Class 2.0 driver against the virtual line's service-class modem in each of the
// ways real modems differ after a page (fax_virtualline --page-status, --page-end,
// --hangup-report, --ok-delay, --numbers; see Class2Variant in virtualline.h): both classes,
// with and without ECM, sending through the engine's line and receiving through ModemSession,
// two pages each way, pixel-exact at the other end. Real time: about 25 s a call.

#include "imaging/faxpage.h"
#include "imaging/faxtiff.h"
#include "modem/modemline.h"
#include "modem/modemsession.h"
#include "virtualline_helpers.h"
#include "virtuallineprocess.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdlib>

using namespace Fax;
using Fax::VirtualLineTest::bestMismatch;
using Fax::VirtualLineTest::Page;
using Fax::VirtualLineTest::pageFromImage;
using Fax::VirtualLineTest::readTiffPages;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

const int kSessionMs = 240 * 1000;

/// One modem family: the virtual modem's switches, and what our port is told.
struct Profile
{
    QString name;
    FaxClass faxClass;
    QStringList switches;
    bool reversedBitOrder = false; ///< the port asks for +FBO=1 (MSB first on the serial line)
};

QList<Profile> profiles()
{
    const auto c20 = FaxClass::Class20;
    const auto c2 = FaxClass::Class2;
    auto s = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    return {
        // T.32 as written: OK/ERROR, the code in +FPS, <DLE><ppm>, +FHS before OK, hexadecimal.
        {QStringLiteral("T.32"), c20,
         s("--page-status result --page-end dle --hangup-report before-ok --numbers hex")},
        // Without AT+FPS? (HylaFAX's Class2PTSQueryCmd: none), +FHS after OK, decimal numbers.
        {QStringLiteral("T.32 without +FPS?"), c20,
         s("--page-status result-no-query --page-end dle --hangup-report after-ok "
           "--numbers decimal")},
        // +FPS: volunteered before the OK, with the port's bit order reversed (+FBO=1).
        {QStringLiteral("+FPS volunteered"), c20,
         s("--page-status report --page-end dle --numbers decimal"), true},
        // EIA/TIA-592: +FPTS: with the OK to AT+FET, +FHNG before OK.
        {QStringLiteral("EIA-592"), c2,
         s("--page-status report --page-end fet --hangup-report before-ok")},
        // Xircom: a pause between +FPTS: and OK; bit order reversed.
        {QStringLiteral("Xircom"), c2, s("--page-status report --page-end fet --ok-delay 1500"),
         true},
        // No +FPTS: (AT+FPTS? tells), +FHNG on its own after the last page's OK.
        {QStringLiteral("OK/ERROR only"), c2,
         s("--page-status result --page-end fet --hangup-report after-ok")},
    };
}

/// Writes a multi-page fax TIFF (MMR, fine resolution).
bool writeFax(const QString &path, const QList<QImage> &images, QString *error)
{
    FaxTiffWriter writer(path);
    FaxTiffProperties properties;
    properties.received = false;
    if (Result r = writer.open(properties, int(images.size())); !r) {
        *error = r.error().message;
        return false;
    }
    for (const QImage &image : images) {
        FaxPage page;
        page.image = image;
        if (Result r = writer.addPage(page, FaxCompression::Mmr); !r) {
            *error = r.error().message;
            return false;
        }
    }
    if (Result r = writer.finish(); !r) {
        *error = r.error().message;
        return false;
    }
    return true;
}

/// A small page of its own: a frame, bars, a box and a diagonal, quick on the line.
QImage generatedPage(int variant)
{
    QImage image = makeFaxImage(1728, 420);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            const bool frame = y < 8 || y >= image.height() - 8 || x < 8 || x >= image.width() - 8;
            const bool bars = y > 40 && y < 120 && (x / (20 + 6 * variant)) % 2 == 0;
            const bool box =
                y > 180 && y < 380 && x > 300 + 240 * variant && x < 640 + 240 * variant;
            const bool diagonal = std::abs(x - (y * 3 + 90 * variant)) < 3;
            if (frame || bars || box || diagonal)
                line[x >> 3] |= uchar(0x80 >> (x & 7));
        }
    }
    return image;
}

QImage imageOf(const Page &page)
{
    QImage image = makeFaxImage(page.width, page.height);
    for (int y = 0; y < page.height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < page.width; ++x) {
            if (page.pixels[size_t(y) * size_t(page.width) + size_t(x)])
                line[x >> 3] |= uchar(0x80 >> (x & 7));
        }
    }
    return image;
}

} // namespace

Q_DECLARE_METATYPE(Profile)

class TestClass2Variants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void send_data();
    void send();
    void receive_data();
    void receive();

private:
    void rows();
    void comparePages(const QString &file, const QString &what);

    QTemporaryDir m_dir;
    QList<QImage> m_pages;  // the top of ITU chart 1 (real text) and a page of our own
    QString m_documents[2]; // each page as a fax TIFF, for the engine's send
    QString m_both;         // both pages in one fax TIFF, for the far end's send
};

void TestClass2Variants::initTestCase()
{
    if (!VirtualLineProcess::isBuilt())
        QSKIP("fax_virtualline is not built");
    QVERIFY(m_dir.isValid());
    Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
    QString error;
    const QList<Page> chart = readTiffPages(QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif"), &error);
    QVERIFY2(chart.size() == 1, qPrintable(error));
    m_pages << imageOf(chart.first()).copy(0, 0, 1728, 700) << generatedPage(1);
    for (int i = 0; i < 2; ++i) {
        m_documents[i] = m_dir.filePath(QStringLiteral("page%1.tif").arg(i + 1));
        QVERIFY2(writeFax(m_documents[i], {m_pages.at(i)}, &error), qPrintable(error));
    }
    m_both = m_dir.filePath(QStringLiteral("both.tif"));
    QVERIFY2(writeFax(m_both, m_pages, &error), qPrintable(error));
}

void TestClass2Variants::rows()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<bool>("ecm");
    for (const Profile &p : profiles()) {
        const QString cls =
            p.faxClass == FaxClass::Class20 ? QStringLiteral("2.0") : QStringLiteral("2");
        for (const bool ecm : {false, true}) {
            const QString name = QStringLiteral("Class %1, %2%3")
                                     .arg(cls, p.name, ecm ? QStringLiteral(", ECM") : QString());
            QTest::newRow(qPrintable(name)) << p << ecm;
        }
    }
}

void TestClass2Variants::comparePages(const QString &file, const QString &what)
{
    QString error;
    const QList<Page> got = readTiffPages(file, &error);
    QVERIFY2(
        got.size() == 2,
        qPrintable(
            QStringLiteral("%1: %2 pages in %3 %4").arg(what).arg(got.size()).arg(file, error)));
    for (int i = 0; i < 2; ++i) {
        const Page expected = pageFromImage(m_pages.at(i));
        QCOMPARE(got.at(i).width, expected.width);
        QVERIFY2(std::abs(got.at(i).height - expected.height) <= 4,
                 qPrintable(QStringLiteral("%1, page %2: %3 rows, sent %4")
                                .arg(what)
                                .arg(i + 1)
                                .arg(got.at(i).height)
                                .arg(expected.height)));
        const double mismatch = bestMismatch(expected, got.at(i), 4);
        QVERIFY2(mismatch < 0.01, qPrintable(QStringLiteral("%1, page %2: %3 of the black pixels "
                                                            "differ")
                                                 .arg(what)
                                                 .arg(i + 1)
                                                 .arg(mismatch)));
    }
}

void TestClass2Variants::send_data()
{
    rows();
}

// The engine's line sends two pages; the far end (spandsp's terminal) must have both, and the
// call must count both as confirmed, whichever way the modem tells it.
void TestClass2Variants::send()
{
    QFETCH(Profile, profile);
    QFETCH(bool, ecm);
    const QString tag = QString::fromLatin1(QTest::currentDataTag())
                            .remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
    const QString link = m_dir.filePath(QStringLiteral("tx-") + tag);
    const QString received = m_dir.filePath(QStringLiteral("tx-%1.tif").arg(tag));
    QStringList args{QStringLiteral("--modem-to-terminal"),
                     QStringLiteral("--class"),
                     profile.faxClass == FaxClass::Class20 ? QStringLiteral("2.0")
                                                           : QStringLiteral("2"),
                     QStringLiteral("--pty-link"),
                     link,
                     QStringLiteral("--terminal"),
                     QStringLiteral("receive"),
                     QStringLiteral("--receive-file"),
                     received,
                     QStringLiteral("--timeout"),
                     QStringLiteral("240")};
    args << profile.switches;
    if (ecm)
        args << QStringLiteral("--ecm");
    VirtualLineProcess line;
    QVERIFY2(line.start(args, m_dir.filePath(QStringLiteral("tx-%1.log").arg(tag))),
             qPrintable(line.errorString()));

    Port port;
    port.name = QStringLiteral("virtual");
    port.devicePath = link;
    ModemConfig config;
    config.modemClass = profile.faxClass;
    config.class2ReversedBitOrder = profile.reversedBitOrder;
    config.serial.flow = FlowControl::None;
    config.serial.lockDirectory = m_dir.path();
    ModemLineFactory factory(config);
    QString why;
    std::unique_ptr<FaxLine> faxLine = factory.create(port, &why);
    QVERIFY2(faxLine, qPrintable(why));
    SendRequest request;
    request.job.id = 16;
    request.job.recipientNumber = QStringLiteral("5551234");
    request.document.files = {m_documents[0], m_documents[1]};
    request.tsid = QStringLiteral("+49 30 1616");
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
    QCOMPARE(result.value(QStringLiteral("ecm")), ecm ? QStringLiteral("1") : QStringLiteral("0"));
    QCOMPARE(result.value(QStringLiteral("remote_ident")), QStringLiteral("+49 30 1616"));
    comparePages(received, QStringLiteral("far end"));
}

void TestClass2Variants::receive_data()
{
    rows();
}

// The far end sends the two pages; ModemSession answers in the profile's class and writes them.
void TestClass2Variants::receive()
{
    QFETCH(Profile, profile);
    QFETCH(bool, ecm);
    const QString tag = QString::fromLatin1(QTest::currentDataTag())
                            .remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
    const QString link = m_dir.filePath(QStringLiteral("rx-") + tag);
    QStringList args{QStringLiteral("--modem-to-terminal"),
                     QStringLiteral("--class"),
                     profile.faxClass == FaxClass::Class20 ? QStringLiteral("2.0")
                                                           : QStringLiteral("2"),
                     QStringLiteral("--pty-link"),
                     link,
                     QStringLiteral("--terminal"),
                     QStringLiteral("send"),
                     m_both,
                     QStringLiteral("--ident"),
                     QStringLiteral("+1 555 0116"),
                     QStringLiteral("--timeout"),
                     QStringLiteral("240")};
    args << profile.switches;
    if (ecm)
        args << QStringLiteral("--ecm");
    VirtualLineProcess line;
    QVERIFY2(line.start(args, m_dir.filePath(QStringLiteral("rx-%1.log").arg(tag))),
             qPrintable(line.errorString()));

    ModemConfig config;
    config.modemClass = profile.faxClass;
    config.class2ReversedBitOrder = profile.reversedBitOrder;
    config.serial.device = link;
    config.serial.flow = FlowControl::None;
    config.serial.lockDirectory = m_dir.path();
    ModemSession::ReceiveResult result;
    QString failure;
    QThread *port = QThread::create([&] {
        ModemSession session(config);
        if (Result r = session.open(); !r) {
            failure = r.error().message;
            return;
        }
        if (Result r = session.prepareToListen(); !r) {
            failure = r.error().message;
            return;
        }
        QDeadlineTimer deadline(60000);
        while (session.waitForRing(500) != ModemSession::RingEvent::Ring) {
            if (deadline.hasExpired()) {
                failure = QStringLiteral("no RING within 60 s");
                return;
            }
        }
        ModemSession::ReceiveOptions options;
        options.directory = m_dir.filePath(QStringLiteral("inbox-") + tag);
        options.csid = QStringLiteral("+49 30 1617");
        options.station = QStringLiteral("virtual");
        result = session.receive(options);
    });
    port->start();
    QTRY_VERIFY_WITH_TIMEOUT(port->isFinished(), kSessionMs);
    delete port;
    line.finish();
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QLatin1Char('\n') + line.describe()));
    QVERIFY2(result.outcome.success,
             qPrintable(result.outcome.message + QLatin1Char('\n') + line.describe()));
    QCOMPARE(result.outcome.pages, 2);
    QCOMPARE(result.outcome.remoteId, QStringLiteral("+1 555 0116"));
    QVERIFY(!result.stored.fax.partial);
    QCOMPARE(result.session->ecm, ecm);
    QCOMPARE(line.result().value(QStringLiteral("pages")), QStringLiteral("2"));
    comparePages(result.stored.fax.file, QStringLiteral("received"));
}

QTEST_MAIN(TestClass2Variants)
#include "tst_class2variants.moc"
