// SPDX-License-Identifier: GPL-3.0-or-later
// Interoperation with HylaFAX (Debian's hylafax-server), a fax server we did not write, over two
// spandsp T.31 modems back to back (fax_virtualline --back-to-back): faxctl send to a receiving
// faxgetty, and HylaFAX's faxsend sending to faxctl receive. HylaFAX runs in Class 1 with ECM
// and T.85 (JBIG) on, in a private spool this test makes, without faxq or any other HylaFAX
// daemon (tests/support/hylafaxpeer). Real time: a call takes ~25-35 s.

#include "hylafaxpeer.h"
#include "imaging/branding.h"
#include "imaging/faxtiff.h"
#include "imaging/jbigcodec.h"
#include "processrun.h"
#include "virtualline_helpers.h"
#include "virtuallineprocess.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

#include <tiff.h>

using namespace Fax;
using Fax::Test::HylafaxPeer;
using Fax::Test::RunningProcess;
using Fax::VirtualLineTest::bestMismatch;
using Fax::VirtualLineTest::Page;
using Fax::VirtualLineTest::pageFromImage;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

const int kSessionMs = 240 * 1000; // a one-page call takes ~25 s; allow for a loaded machine
const QString kHylafaxCsid = QStringLiteral("+1 555 0100"); // faxgetty's
const QString kHylafaxTsid = QStringLiteral("+1 555 0199"); // faxsend's
const QString kOurTsid = QStringLiteral("+49 30 1234");
const QString kOurCsid = QStringLiteral("+49 30 999");

QString testData(const char *name)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/") + QLatin1String(name);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

/// Same size and the same bits in every row (whatever the colour tables say).
bool sameBits(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.depth() != 1 || b.depth() != 1)
        return false;
    const int bytes = (a.width() + 7) / 8;
    for (int y = 0; y < a.height(); ++y) {
        if (memcmp(a.constScanLine(y), b.constScanLine(y), size_t(bytes)) != 0)
            return false;
    }
    return true;
}

} // namespace

/// faxctl send to HylaFAX's faxgetty (T.85 and MMR) and HylaFAX's faxsend to faxctl receive
/// (T.85) over the back-to-back virtual line.
class TestHylafaxInterop final : public QObject
{
    Q_OBJECT

public:
    TestHylafaxInterop();

private slots:
    void initTestCase();
    void faxctlSendsToFaxgetty_data();
    void faxctlSendsToFaxgetty();
    void faxsendSendsToFaxctl();

private:
    void comparePage(const QImage &expected, const QImage &received, const QString &file);

    QTemporaryDir m_dir;
    QString m_faxsend;
    FaxPage m_chart1;
};

// faxsend finds its modem from a device id, turning every '_' back into '/': the folder of the
// line's links must not have one (the default template would, from the test's name).
TestHylafaxInterop::TestHylafaxInterop()
    : m_dir((QDir::tempPath().contains(QLatin1Char('_')) ? QStringLiteral("/tmp")
                                                         : QDir::tempPath()) +
            QStringLiteral("/hylafaxinterop-XXXXXX"))
{
}

void TestHylafaxInterop::comparePage(const QImage &expected, const QImage &image,
                                     const QString &file)
{
    QCOMPARE(image.width(), expected.width());
    QVERIFY2(qAbs(image.height() - expected.height()) <= 8,
             qPrintable(QStringLiteral("%1: %2 rows, expected %3")
                            .arg(file)
                            .arg(image.height())
                            .arg(expected.height())));
    // Leave out the band at the top where a sender may print its header line.
    const int band = Branding::bandLines(m_chart1.yDpi) + 8;
    const Page want = pageFromImage(expected);
    const Page got = pageFromImage(image);
    int shift = 0;
    const double mismatch = bestMismatch(want, got, 8, &shift, band);
    qInfo("%s: %dx%d, %d black pixels below the top band (expected %d), %.5f of the expected "
          "ones differ (rows shifted by %d)",
          qPrintable(QFileInfo(file).fileName()), image.width(), image.height(),
          got.blackPixels(band), want.blackPixels(band), mismatch, shift);
    // ECM and the codings are lossless: the page should arrive as sent.
    QVERIFY2(
        mismatch < 0.01,
        qPrintable(
            QStringLiteral("%1: %2 of the expected black pixels differ").arg(file).arg(mismatch)));
}

void TestHylafaxInterop::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
    QVERIFY2(QFileInfo::exists(QStringLiteral(FAXCTL_PATH)), FAXCTL_PATH);
    QVERIFY2(VirtualLineProcess::isBuilt(),
             "fax_virtualline is not built: build the target fax_virtualline");

    // Not installed, not root (faxgetty and faxsend insist on it), no fax user uucp.
    const QString unavailable = HylafaxPeer::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    m_faxsend = HylafaxPeer::faxsendProgram();
    // The fax user must reach the spool and the line's pseudo-terminal links below this folder.
    QString error;
    QVERIFY2(HylafaxPeer::openToFaxUser(m_dir.path(), &error), qPrintable(error));

    FaxTiffReader chart;
    const Result opened = chart.open(testData("itu1.tif"));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(chart.pageCount(), 1);
    const Expected<FaxPage> page = chart.readPage(0);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    m_chart1 = page.value();
    QCOMPARE(m_chart1.width(), 1728);
}

void TestHylafaxInterop::faxctlSendsToFaxgetty_data()
{
    QTest::addColumn<bool>("t85");
    QTest::newRow("T.85") << true;
    QTest::newRow("MMR (--no-t85)") << false;
}

void TestHylafaxInterop::faxctlSendsToFaxgetty()
{
    QFETCH(bool, t85);
    const QString dir = m_dir.filePath(t85 ? QStringLiteral("t85") : QStringLiteral("mmr"));
    const QString spool = dir + QStringLiteral("/spool");
    const QString a = dir + QStringLiteral("/ttyA");
    const QString b = dir + QStringLiteral("/ttyB");

    VirtualLineProcess line;
    HylafaxPeer hylafax;
    QString error;
    QVERIFY(QDir().mkpath(dir));
    QVERIFY2(HylafaxPeer::openToFaxUser(dir, &error), qPrintable(error));
    QVERIFY2(hylafax.makeSpool(spool, b, kHylafaxCsid, &error), qPrintable(error));
    QVERIFY2(hylafax.handOverSpool(&error), qPrintable(error));

    QVERIFY2(line.start({QStringLiteral("--back-to-back"), QStringLiteral("--pty-link"), a,
                         QStringLiteral("--pty-link"), b, QStringLiteral("--timeout"),
                         QStringLiteral("300")},
                        dir + QStringLiteral("/virtualline.log")),
             qPrintable(line.errorString()));

    // It resets and sets up the modem first (~10 s), then says it is idle in its status file.
    QVERIFY2(hylafax.startFaxgetty(60000, &error), qPrintable(error));

    RunningProcess send;
    QElapsedTimer timer;
    timer.start();
    QStringList args{QStringLiteral("--json"),     QStringLiteral("send"),
                     QStringLiteral("--device"),   a,
                     QStringLiteral("--to"),       QStringLiteral("123"),
                     QStringLiteral("--tsid"),     kOurTsid,
                     QStringLiteral("--lock-dir"), dir};
    if (!t85)
        args << QStringLiteral("--no-t85");
    args << testData("itu1.tif");
    send.process.start(QStringLiteral(FAXCTL_PATH), args);
    QVERIFY(send.process.waitForStarted(10000));
    const bool sent = send.finish(kSessionMs);
    const qint64 sendMs = timer.elapsed();

    // faxgetty has stored the fax once it ends the session in its session log (log/c<seq>).
    // (Checked below, after what faxctl says: a call that failed early has no session at all.)
    (void)hylafax.waitForSessionEnd(30000);
    const QString hylafaxLog = hylafax.sessionLog();
    hylafax.stop();
    line.finish(30000);
    qInfo("faxctl send%s -> faxgetty: faxctl ran %.1f s, the call lasted %s s",
          t85 ? "" : " --no-t85", sendMs / 1000.0,
          qPrintable(line.result().value(QStringLiteral("seconds"))));
    const QString context =
        send.describe() + QStringLiteral("\nfaxgetty's session log:\n") + hylafaxLog.right(6000);
    QVERIFY2(sent && send.process.exitCode() == 0, qPrintable(context));

    const QJsonObject o = QJsonDocument::fromJson(send.out).object();
    QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("pagesConfirmed")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("remoteId")).toString(), kHylafaxCsid);
    const QJsonObject session = o.value(QStringLiteral("session")).toObject();
    QCOMPARE(session.value(QStringLiteral("rate")).toString(), QStringLiteral("V.17 14400"));
    QCOMPARE(session.value(QStringLiteral("ecm")).toBool(), true);
    QCOMPARE(session.value(QStringLiteral("resolution")).toString(), QStringLiteral("fine"));
    QCOMPARE(session.value(QStringLiteral("compression")).toString(),
             t85 ? QStringLiteral("t85") : QStringLiteral("mmr"));
    const QString progress = t85 ? QStringLiteral("negotiated V.17 14400, T.85, ECM, fine")
                                 : QStringLiteral("negotiated V.17 14400, MMR, ECM, fine");
    QVERIFY2(QString::fromUtf8(send.err).contains(progress), qPrintable(context));

    // HylaFAX's side of the same session: our DCS as it read it, our TSI, the page it stored.
    QVERIFY2(hylafaxLog.contains(t85 ? QLatin1String("REMOTE wants JBIG")
                                     : QLatin1String("REMOTE wants 2-D MMR")),
             qPrintable(context));
    QVERIFY2(hylafaxLog.contains(QLatin1String("REMOTE wants T.30 Annex A")), qPrintable(context));
    QVERIFY2(hylafaxLog.contains(QStringLiteral("REMOTE TSI \"%1\"").arg(kOurTsid)),
             qPrintable(context));
    QVERIFY2(hylafaxLog.contains(QLatin1String("RECV FAX: end")), qPrintable(context));
    QVERIFY2(hylafaxLog.contains(QLatin1String("SESSION END")), qPrintable(context));

    const QStringList faxes = hylafax.receivedFaxes();
    QVERIFY2(faxes.size() == 1, qPrintable(faxes.join(QLatin1Char(' ')) + context));
    const QString file = faxes.first();
    FaxTiffReader reader;
    const Result opened = reader.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(reader.pageCount(), 1);
    // HylaFAX stores the page as it came: a T.85 page is a TIFF with ISO JBIG compression
    // (the BIE as the strip); MMR stays G4. Our reader reads both (faxctl info, the viewer).
    const FaxTiffPageInfo info = reader.pageInfo(0);
    QCOMPARE(info.compression, t85 ? int(COMPRESSION_JBIG) : int(COMPRESSION_CCITTFAX4));
    const Expected<FaxPage> received = reader.readPage(0);
    QVERIFY2(received.ok(), qPrintable(received.error().message));
    if (t85) {
        // The strip is the BIE exactly as it came over the line: JbigCodec alone reads it too.
        const Expected<QByteArray> raw = reader.rawPage(0);
        QVERIFY2(raw.ok(), qPrintable(raw.error().message));
        const Expected<QImage> decoded = JbigCodec::decode(raw.value());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QVERIFY(sameBits(received->image, decoded.value()));
    }
    // HylaFAX's recvq file is known as a received fax, from our TSI (HylaFAX keeps it in
    // ImageDescription): in the reader and in what faxctl info prints.
    QVERIFY(reader.receivedByOtherProgram());
    QCOMPARE(reader.properties().tsid, kOurTsid);
    QVERIFY2(reader.software().startsWith(QLatin1String("HylaFAX")), qPrintable(reader.software()));
    QProcess faxctlInfo;
    faxctlInfo.start(QStringLiteral(FAXCTL_PATH),
                     {QStringLiteral("--json"), QStringLiteral("info"), file});
    QVERIFY(faxctlInfo.waitForFinished(30000));
    QCOMPARE(faxctlInfo.exitCode(), 0);
    const QJsonObject described =
        QJsonDocument::fromJson(faxctlInfo.readAllStandardOutput()).object();
    QCOMPARE(described.value(QStringLiteral("direction")).toString(), QStringLiteral("received"));
    QCOMPARE(described.value(QStringLiteral("tsid")).toString(), kOurTsid);
    QVERIFY(described.value(QStringLiteral("time")).isString());

    // Our DCS announced the length the page needs (308 mm: B4), which HylaFAX logs.
    QVERIFY2(hylafaxLog.contains(QLatin1String("REMOTE wants B4 page length")),
             qPrintable(context));

    comparePage(m_chart1.image, received->image, file);
}

void TestHylafaxInterop::faxsendSendsToFaxctl()
{
    if (m_faxsend.isEmpty())
        QSKIP("HylaFAX's faxsend not found in /usr/lib/hylafax/bin: install the Debian package "
              "hylafax-server");
    const QString dir = m_dir.filePath(QStringLiteral("send"));
    const QString spool = dir + QStringLiteral("/spool");
    const QString a = dir + QStringLiteral("/ttyA"); // HylaFAX's modem
    const QString b = dir + QStringLiteral("/ttyB"); // faxctl's
    const QString inbox = dir + QStringLiteral("/inbox");
    QVERIFY2(!a.contains(QLatin1Char('_')), qPrintable(a));
    QVERIFY(QDir().mkpath(inbox));
    QString error;
    QVERIFY2(HylafaxPeer::openToFaxUser(dir, &error), qPrintable(error));
    HylafaxPeer hylafax; // its spool and modem configuration; faxsend runs instead of faxgetty
    QVERIFY2(hylafax.makeSpool(spool, a, kHylafaxTsid, &error), qPrintable(error));
    const QString devId = hylafax.deviceId();

    // The document as faxq would have prepared it: a G4 TIFF of chart 1 (2376 rows, 308 mm).
    // HylaFAX sends no page longer than the receiver's DIS allows: ours offers unlimited length.
    const FaxPage document = m_chart1;
    {
        FaxTiffWriter writer(spool + QStringLiteral("/docq/doc1.tif"));
        FaxTiffProperties properties;
        properties.received = false;
        Result r = writer.open(properties, 1);
        if (r)
            r = writer.addPage(document, FaxCompression::Mmr);
        if (r)
            r = writer.finish();
        QVERIFY2(r.ok(), qPrintable(r.error().message));
    }
    // The job as faxq hands it to faxsend (sendq(5)): one page ("c1": fine, A4, MMR; "P": EOP
    // after it), ECM and the best rate wanted; the coding is negotiated (ModemSoftRTFCC).
    const QString qfile = spool + QStringLiteral("/sendq/q1");
    {
        QFile q(qfile);
        QVERIFY(q.open(QIODevice::WriteOnly));
        q.write(QStringLiteral("tts:0\nkilltime:%1\nnumber:123\nexternal:123\n"
                               "mailaddr:root@localhost\nsender:tst_hylafaxinterop\nowner:root\n"
                               "client:localhost\njobid:1\ngroupid:1\nmodem:any\nstate:3\n"
                               "maxdials:1\nmaxtries:1\ndesiredbr:13\ndesiredec:2\n"
                               "desireddf:4\npagehandling:c1P\ntotpages:1\n"
                               "fax:0::docq/doc1.tif\n")
                    .arg(QDateTime::currentSecsSinceEpoch() + 3600)
                    .toLatin1());
    }
    QVERIFY2(hylafax.handOverSpool(&error), qPrintable(error));

    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--back-to-back"), QStringLiteral("--pty-link"), a,
                         QStringLiteral("--pty-link"), b, QStringLiteral("--timeout"),
                         QStringLiteral("300")},
                        dir + QStringLiteral("/virtualline.log")),
             qPrintable(line.errorString()));

    RunningProcess receive;
    receive.process.start(QStringLiteral(FAXCTL_PATH),
                          {QStringLiteral("--json"), QStringLiteral("receive"),
                           QStringLiteral("--device"), b, QStringLiteral("--rings"),
                           QStringLiteral("1"), QStringLiteral("--once"), QStringLiteral("-o"),
                           inbox, QStringLiteral("--csid"), kOurCsid, QStringLiteral("--lock-dir"),
                           dir});
    QVERIFY(receive.process.waitForStarted(10000));
    QVERIFY2(receive.waitFor("waiting for a call", true, 30000), qPrintable(receive.describe()));

    // faxsend works in the spool it is started in; -m names the modem by device id; -p: leave
    // the process priority alone. Its exit status is the job's: 2 = send_done.
    RunningProcess send;
    send.process.setWorkingDirectory(spool);
    QElapsedTimer timer;
    timer.start();
    send.process.start(
        m_faxsend, {QStringLiteral("-p"), QStringLiteral("-m"), devId, QStringLiteral("sendq/q1")});
    QVERIFY2(send.process.waitForStarted(10000), qPrintable(send.process.errorString()));
    const bool sent = send.finish(kSessionMs);
    const qint64 sendMs = timer.elapsed();
    const bool received = receive.finish(60000);
    line.finish(30000);
    const QString hylafaxLog = hylafax.sessionLog();
    const QString job = readText(qfile);
    qInfo("faxsend -> faxctl receive: faxsend ran %.1f s, the call lasted %s s", sendMs / 1000.0,
          qPrintable(line.result().value(QStringLiteral("seconds"))));
    const QString context =
        QStringLiteral("faxsend: %1\njob file:\n%2\nfaxctl receive: %3\n"
                       "faxsend's session log:\n%4")
            .arg(send.describe(), job, receive.describe(), hylafaxLog.right(6000));
    QVERIFY2(sent && send.process.exitCode() == 2, qPrintable(context));
    QVERIFY2(job.contains(QLatin1String("\nnpages:1\n")), qPrintable(context));
    QVERIFY2(job.contains(QLatin1String("\ndataformat:JBIG\n")), qPrintable(context));
    QVERIFY2(hylafaxLog.contains(QLatin1String("REMOTE format support: MH, MR, MMR, JBIG")),
             qPrintable(context));
    QVERIFY2(hylafaxLog.contains(QLatin1String("USE JBIG")), qPrintable(context));
    QVERIFY2(hylafaxLog.contains(QLatin1String("SEND recv MCF")), qPrintable(context));

    QVERIFY2(received && receive.process.exitCode() == 0, qPrintable(context));
    QVERIFY2(receive.err.contains("negotiated V.17 14400, T.85, ECM, fine"), qPrintable(context));
    const QJsonObject o = QJsonDocument::fromJson(receive.out.trimmed()).object();
    QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("partial")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("remoteId")).toString(), kHylafaxTsid);
    const QJsonObject session = o.value(QStringLiteral("session")).toObject();
    QCOMPARE(session.value(QStringLiteral("compression")).toString(), QStringLiteral("t85"));
    QCOMPARE(session.value(QStringLiteral("ecm")).toBool(), true);
    QCOMPARE(session.value(QStringLiteral("rate")).toString(), QStringLiteral("V.17 14400"));

    const QString file = o.value(QStringLiteral("file")).toString();
    FaxTiffReader reader;
    const Result opened = reader.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(reader.pageCount(), 1);
    QCOMPARE(reader.properties().tsid, kHylafaxTsid);
    QCOMPARE(reader.properties().csid, kOurCsid);
    const Expected<FaxPage> page = reader.readPage(0);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    comparePage(document.image, page->image, file);
}

QTEST_GUILESS_MAIN(TestHylafaxInterop)
#include "tst_hylafaxinterop.moc"
