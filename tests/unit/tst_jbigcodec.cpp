// SPDX-License-Identifier: GPL-3.0-or-later
// T.85 (JBIG) coding through libjbig's jbg85 codec: pixel-exact round trips on the ITU charts and
// generated pages with every coding option, interoperability with jbigkit's own T.85 tools
// (pbmtojbg85 / jbgtopbm85, Debian package jbigkit-bin) in both directions, including their
// VLENGTH/NEWLEN streams, and clear errors for corrupt, truncated and absurd data.
#include "imaging/faxpage.h"
#include "imaging/jbigcodec.h"
#include "imaging/mmrencoder.h"
#include "ituchart.h"
#include "processrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <utility>

using namespace Fax;

namespace {

constexpr int kToolTimeoutMs = 30000;

QImage chart(int n)
{
    return Fax::Test::ituChart(n);
}

/// Sets the padding bits after the last pixel of every row, which no coder may look at.
void dirtyPadding(QImage &img)
{
    const int used = img.width();
    for (int y = 0; y < img.height(); ++y) {
        uchar *row = img.scanLine(y);
        for (int x = used; x < img.bytesPerLine() * 8; ++x)
            row[x / 8] = uchar(row[x / 8] | (0x80 >> (x % 8)));
    }
}

using Fax::Test::noisePage;

/// Text-like page: blocks of short black runs on lines that repeat, so typical prediction and
/// the adaptive template both have something to do.
QImage textLikePage(int width, int lines, quint32 seed)
{
    QImage img = makeFaxImage(width, lines);
    QRandomGenerator rng(seed);
    for (int y = 0; y < lines; ++y) {
        if ((y / 24) % 2 == 1)
            continue; // blank line gap
        uchar *p = img.scanLine(y);
        if (y % 24 != 0) {
            std::memcpy(p, img.constScanLine(y - 1), size_t(img.bytesPerLine()));
            if (rng.bounded(3u) != 0)
                continue;
        }
        for (int x = 40; x < width - 40; x += 3 + int(rng.bounded(9u))) {
            const int len = 1 + int(rng.bounded(4u));
            for (int i = 0; i < len && x + i < width; ++i)
                p[(x + i) / 8] = uchar(p[(x + i) / 8] | (0x80 >> ((x + i) % 8)));
        }
    }
    return img;
}

/// First difference of two fax images within their width, or an empty string.
QString pixelDifference(const QImage &expected, const QImage &actual)
{
    if (expected.size() != actual.size())
        return QStringLiteral("size %1x%2, expected %3x%4")
            .arg(actual.width())
            .arg(actual.height())
            .arg(expected.width())
            .arg(expected.height());
    if (!isFaxImage(actual))
        return QStringLiteral("not a fax image (Format_Mono, index 1 black)");
    const int width = expected.width();
    const int fullBytes = width / 8;
    const uchar lastMask = uchar(0xff << (8 - width % 8));
    for (int y = 0; y < expected.height(); ++y) {
        const uchar *a = expected.constScanLine(y);
        const uchar *b = actual.constScanLine(y);
        for (int x = 0; x < fullBytes; ++x)
            if (a[x] != b[x])
                return QStringLiteral("line %1 differs at byte %2").arg(y).arg(x);
        if (width % 8 && ((a[fullBytes] ^ b[fullBytes]) & lastMask))
            return QStringLiteral("line %1 differs in its last byte").arg(y);
    }
    return {};
}

quint32 be32(const QByteArray &d, int at)
{
    return quint32(uchar(d[at])) << 24 | quint32(uchar(d[at + 1])) << 16 |
           quint32(uchar(d[at + 2])) << 8 | quint32(uchar(d[at + 3]));
}

void setBe32(QByteArray &d, int at, quint32 v)
{
    d[at] = char(v >> 24);
    d[at + 1] = char(v >> 16);
    d[at + 2] = char(v >> 8);
    d[at + 3] = char(v);
}

bool writePbm(const QString &path, const QImage &img)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("P4\n%1 %2\n").arg(img.width()).arg(img.height()).toLatin1());
    const int bpl = (img.width() + 7) / 8;
    for (int y = 0; y < img.height(); ++y)
        f.write(reinterpret_cast<const char *>(img.constScanLine(y)), bpl);
    return f.error() == QFile::NoError;
}

/// Reads a binary (P4) PBM as a fax image; a null image on anything else.
QImage readPbm(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray d = f.readAll();
    int pos = 0;
    QList<int> numbers;
    if (!d.startsWith("P4"))
        return {};
    pos = 2;
    while (numbers.size() < 2 && pos < d.size()) {
        const char c = d[pos];
        if (c == '#') {
            while (pos < d.size() && d[pos] != '\n')
                ++pos;
        } else if (c >= '0' && c <= '9') {
            int v = 0;
            while (pos < d.size() && d[pos] >= '0' && d[pos] <= '9')
                v = v * 10 + (d[pos++] - '0');
            numbers << v;
            continue;
        }
        ++pos;
    }
    ++pos; // the single whitespace after the height
    if (numbers.size() != 2)
        return {};
    const int width = numbers[0];
    const int lines = numbers[1];
    const int bpl = (width + 7) / 8;
    if (width < 1 || lines < 1 || d.size() - pos < qsizetype(bpl) * lines)
        return {};
    QImage img = makeFaxImage(width, lines);
    for (int y = 0; y < lines; ++y)
        std::memcpy(img.scanLine(y), d.constData() + pos + qsizetype(y) * bpl, size_t(bpl));
    return img;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

JbigCodec::EncodeOptions optionsNamed(const QString &name, int lines)
{
    JbigCodec::EncodeOptions o;
    if (name == QLatin1String("l0-1"))
        o.stripeLines = 1;
    else if (name == QLatin1String("l0-35"))
        o.stripeLines = 35;
    else if (name == QLatin1String("l0-page"))
        o.stripeLines = lines;
    else if (name == QLatin1String("no-tpbon"))
        o.typicalPrediction = false;
    else if (name == QLatin1String("lrltwo"))
        o.twoLineTemplate = true;
    else if (name == QLatin1String("lrltwo-no-tpbon")) {
        o.twoLineTemplate = true;
        o.typicalPrediction = false;
    }
    return o;
}

const QStringList kOptionSets = {QStringLiteral("default"),        QStringLiteral("l0-1"),
                                 QStringLiteral("l0-35"),          QStringLiteral("l0-page"),
                                 QStringLiteral("no-tpbon"),       QStringLiteral("lrltwo"),
                                 QStringLiteral("lrltwo-no-tpbon")};

} // namespace

class TestJbigCodec : public QObject
{
    Q_OBJECT

private slots:
    void chartsRoundTrip_data();
    void chartsRoundTrip();
    void headerFields();
    void generatedPagesRoundTrip_data();
    void generatedPagesRoundTrip();
    void chartSizes();
    void refusesBadInput();
    void ourBieDecodesWithJbigkit_data();
    void ourBieDecodesWithJbigkit();
    void jbigkitBieDecodesWithOurs_data();
    void jbigkitBieDecodesWithOurs();
    void variableLengthWithoutNewlenIsTruncated();
    void truncatedDataIsAnError();
    void corruptDataNeverCrashes();
    void badHeadersAndMarkers_data();
    void badHeadersAndMarkers();
    void variableLengthLineLimit();

private:
    QString tool(const char *name);
};

QString TestJbigCodec::tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

void TestJbigCodec::chartsRoundTrip_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("options");
    for (int n = 1; n <= 8; ++n)
        for (const QString &o : kOptionSets)
            QTest::addRow("itu%d-%s", n, qPrintable(o)) << n << o;
}

void TestJbigCodec::chartsRoundTrip()
{
    QFETCH(int, chart);
    QFETCH(QString, options);
    const QImage page = ::chart(chart);
    QVERIFY2(
        !page.isNull(),
        qPrintable(QStringLiteral("ITU chart %1 not readable from " FAX_TESTDATA_DIR).arg(chart)));
    QCOMPARE(page.size(), QSize(1728, 2376));
    const QByteArray bie = JbigCodec::encode(page, optionsNamed(options, page.height()));
    QVERIFY(bie.size() > 20);
    const Expected<QImage> decoded = JbigCodec::decode(bie);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    const QString diff = pixelDifference(page, *decoded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestJbigCodec::headerFields()
{
    // The BIH a T.85 receiver checks: DL = 0, D = 0, P = 1, XD, YD, L0, MX <= 127, MY = 0,
    // order byte 0, options only LRLTWO/VLENGTH/TPBON.
    const QImage page = chart(1);
    QVERIFY(!page.isNull());
    struct Case
    {
        JbigCodec::EncodeOptions options;
        uchar optionsByte;
    };
    const QList<Case> cases = {
        {{}, 0x08},
        {{128, false, false}, 0x00},
        {{64, true, true}, 0x48},
        {{2376, false, true}, 0x40},
    };
    for (const Case &c : cases) {
        const QByteArray bie = JbigCodec::encode(page, c.options);
        QVERIFY(bie.size() > 20);
        QCOMPARE(uchar(bie[0]), uchar(0));                       // DL
        QCOMPARE(uchar(bie[1]), uchar(0));                       // D
        QCOMPARE(uchar(bie[2]), uchar(1));                       // P
        QCOMPARE(uchar(bie[3]), uchar(0));                       // fill
        QCOMPARE(be32(bie, 4), 1728u);                           // XD
        QCOMPARE(be32(bie, 8), 2376u);                           // YD
        QCOMPARE(be32(bie, 12), quint32(c.options.stripeLines)); // L0
        QVERIFY(uchar(bie[16]) <= 127);                          // MX
        QCOMPARE(uchar(bie[17]), uchar(0));                      // MY
        QCOMPARE(uchar(bie[18]), uchar(0)); // order: HITOLO = SEQ = ILEAVE = SMID = 0
        QCOMPARE(uchar(bie[19]), c.optionsByte);
        // The stream ends with the final stripe's SDNORM marker (ESC 0x02), no NEWLEN.
        QCOMPARE(uchar(bie[bie.size() - 2]), uchar(0xff));
        QCOMPARE(uchar(bie[bie.size() - 1]), uchar(0x02));
    }
}

void TestJbigCodec::generatedPagesRoundTrip_data()
{
    QTest::addColumn<QImage>("page");
    QTest::addRow("white-1728") << makeFaxImage(1728, 2200);
    QImage black = makeFaxImage(1728, 1100);
    black.fill(1);
    QTest::addRow("black-1728") << black;
    QImage blackB4 = makeFaxImage(2048, 300);
    blackB4.fill(1);
    QTest::addRow("black-2048") << blackB4;
    QTest::addRow("noise50-1728") << noisePage(1728, 400, 1, 128);
    QTest::addRow("noise10-2048") << noisePage(2048, 500, 2, 26);
    QTest::addRow("noise3-2432") << noisePage(2432, 600, 3, 8);
    QTest::addRow("text-1728") << textLikePage(1728, 2300, 4);
    QTest::addRow("text-2048") << textLikePage(2048, 900, 5);
    QTest::addRow("text-2432") << textLikePage(2432, 900, 6);
    QTest::addRow("one-line-1728") << noisePage(1728, 1, 7, 100);
    QTest::addRow("one-white-line-2432") << makeFaxImage(2432, 1);
    QTest::addRow("two-lines-2048") << noisePage(2048, 2, 8, 60);
    QTest::addRow("one-pixel") << noisePage(1, 1, 9, 256);
    QTest::addRow("odd-width-1729") << noisePage(1729, 130, 10, 40);
    QTest::addRow("odd-width-13") << noisePage(13, 300, 11, 128);
    QTest::addRow("max-width-8192") << textLikePage(8192, 100, 12);
}

void TestJbigCodec::generatedPagesRoundTrip()
{
    QFETCH(QImage, page);
    QVERIFY(isFaxImage(page));
    for (const QString &name : kOptionSets) {
        QImage dirty = page;
        dirtyPadding(dirty); // bits beyond the width must neither be coded nor matter
        const QByteArray bie = JbigCodec::encode(dirty, optionsNamed(name, page.height()));
        QVERIFY2(bie.size() > 20, qPrintable(name));
        QCOMPARE(JbigCodec::encode(page, optionsNamed(name, page.height())), bie);
        const Expected<QImage> decoded = JbigCodec::decode(bie);
        QVERIFY2(decoded.ok(), qPrintable(name + QStringLiteral(": ") + decoded.error().message));
        const QString diff = pixelDifference(page, *decoded);
        QVERIFY2(diff.isEmpty(), qPrintable(name + QStringLiteral(": ") + diff));
    }
}

void TestJbigCodec::chartSizes()
{
    qint64 jbigTotal = 0;
    qint64 mmrTotal = 0;
    for (int n = 1; n <= 8; ++n) {
        const QImage page = chart(n);
        QVERIFY(!page.isNull());
        const qsizetype jbig = JbigCodec::encode(page).size();
        const qsizetype mmr = MmrEncoder::encode(page).size();
        QVERIFY(jbig > 20 && mmr > 0);
        const QByteArray noTp = JbigCodec::encode(page, {128, false, false});
        const QByteArray two = JbigCodec::encode(page, {128, true, true});
        const QByteArray onePage = JbigCodec::encode(page, {page.height(), true, false});
        qInfo("itu%d: T.85 %lld bytes (%.1f KiB), MMR %lld bytes (%.1f KiB), T.85/MMR %.3f; "
              "without TPBON %lld, LRLTWO %lld, one stripe %lld",
              n, qint64(jbig), jbig / 1024.0, qint64(mmr), mmr / 1024.0, double(jbig) / double(mmr),
              qint64(noTp.size()), qint64(two.size()), qint64(onePage.size()));
        jbigTotal += jbig;
        mmrTotal += mmr;
        if (n == 1) // the benchmark chart: the reason for T.85 is that it beats MMR here
            QVERIFY2(
                jbig < mmr * 0.9,
                qPrintable(QStringLiteral("chart 1: T.85 %1 bytes, MMR %2").arg(jbig).arg(mmr)));
    }
    qInfo("all 8 charts: T.85 %lld bytes, MMR %lld bytes, T.85/MMR %.3f", jbigTotal, mmrTotal,
          double(jbigTotal) / double(mmrTotal));
    QVERIFY(jbigTotal < mmrTotal);
}

void TestJbigCodec::refusesBadInput()
{
    const JbigCodec::EncodeOptions defaults;
    QVERIFY(JbigCodec::encode(QImage()).isEmpty());
    QImage rgb(64, 8, QImage::Format_RGB32);
    rgb.fill(Qt::white);
    QVERIFY(JbigCodec::encode(rgb).isEmpty());
    QImage inverted(64, 8, QImage::Format_Mono); // index 0 black: not a fax image
    inverted.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    inverted.fill(0);
    QVERIFY(JbigCodec::encode(inverted).isEmpty());
    QVERIFY(JbigCodec::encode(makeFaxImage(JbigCodec::kMaxWidth + 1, 2)).isEmpty());
    QVERIFY(JbigCodec::encode(makeFaxImage(8, JbigCodec::kMaxLines + 1)).isEmpty());
    QVERIFY(JbigCodec::encode(makeFaxImage(1728, 10), {0, true, false}).isEmpty());
    QVERIFY(JbigCodec::encode(makeFaxImage(1728, 10), {-5, true, false}).isEmpty());
    QVERIFY(!JbigCodec::encode(makeFaxImage(1728, 10), defaults).isEmpty());
}

void TestJbigCodec::ourBieDecodesWithJbigkit_data()
{
    QTest::addColumn<QImage>("page");
    QTest::addColumn<QString>("options");
    for (int n : {1, 2, 4, 5, 7})
        QTest::addRow("itu%d", n) << chart(n) << QStringLiteral("default");
    QTest::addRow("itu3-lrltwo") << chart(3) << QStringLiteral("lrltwo");
    QTest::addRow("itu6-no-tpbon") << chart(6) << QStringLiteral("no-tpbon");
    QTest::addRow("itu8-l0-page") << chart(8) << QStringLiteral("l0-page");
    QTest::addRow("text-2432-l0-35") << textLikePage(2432, 700, 20) << QStringLiteral("l0-35");
    QTest::addRow("noise-1729") << noisePage(1729, 200, 21, 90)
                                << QStringLiteral("lrltwo-no-tpbon");
}

void TestJbigCodec::ourBieDecodesWithJbigkit()
{
    const QString decoder = tool("jbgtopbm85");
    if (decoder.isEmpty())
        QSKIP("jbgtopbm85 not installed (Debian package jbigkit-bin; scripts/deps.sh test installs "
              "it)");
    QFETCH(QImage, page);
    QFETCH(QString, options);
    QVERIFY(!page.isNull());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bie = dir.filePath(QStringLiteral("ours.jbg"));
    const QString pbm = dir.filePath(QStringLiteral("theirs.pbm"));
    QVERIFY(writeFile(bie, JbigCodec::encode(page, optionsNamed(options, page.height()))));
    const Fax::Test::ProcessRun run = Fax::Test::runProcess(
        decoder, {bie, pbm}, QProcessEnvironment::systemEnvironment(), kToolTimeoutMs);
    QVERIFY2(run.exitCode == 0,
             qPrintable(QStringLiteral("jbgtopbm85: exit %1: %2").arg(run.exitCode).arg(run.err)));
    const QImage theirs = readPbm(pbm);
    QVERIFY2(!theirs.isNull(), "jbgtopbm85 wrote no readable P4 PBM");
    const QString diff = pixelDifference(page, theirs);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestJbigCodec::jbigkitBieDecodesWithOurs_data()
{
    QTest::addColumn<QImage>("page");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("variableLength");
    const QImage one = chart(1);
    QTest::addRow("itu1-default") << one << QStringList() << false;
    QTest::addRow("itu2-default") << chart(2) << QStringList() << false;
    QTest::addRow("itu4-mx127") << chart(4)
                                << QStringList{QStringLiteral("-m"), QStringLiteral("127")}
                                << false;
    QTest::addRow("itu5-mx0") << chart(5) << QStringList{QStringLiteral("-m"), QStringLiteral("0")}
                              << false;
    QTest::addRow("itu7-lrltwo-tpbon")
        << chart(7) << QStringList{QStringLiteral("-p"), QStringLiteral("72")} << false;
    QTest::addRow("itu8-no-options")
        << chart(8) << QStringList{QStringLiteral("-p"), QStringLiteral("0")} << false;
    QTest::addRow("itu3-l0-7") << chart(3) << QStringList{QStringLiteral("-s"), QStringLiteral("7")}
                               << false;
    QTest::addRow("itu6-comment") << chart(6)
                                  << QStringList{QStringLiteral("-C"),
                                                 QStringLiteral("Fax Console T.85 test")}
                                  << false;
    // VLENGTH with NEWLEN: in the middle of the page, after its last line, and with the largest
    // height a header can announce (as a scanner that does not know the length may send).
    QTest::addRow("itu1-newlen-mid")
        << one << QStringList{QStringLiteral("-Y"), QStringLiteral("3000"), QStringLiteral("1000")}
        << true;
    // (pbmtojbg85 announces after encoding line yr, counted from 0: yr = 2375 is after the last.)
    QTest::addRow("itu1-newlen-end")
        << one << QStringList{QStringLiteral("-Y"), QStringLiteral("2500"), QStringLiteral("2375")}
        << true;
    QTest::addRow("itu2-newlen-stripe-edge")
        << chart(2)
        << QStringList{QStringLiteral("-Y"), QStringLiteral("2400"), QStringLiteral("2304")}
        << true;
    QTest::addRow("itu1-newlen-max")
        << one
        << QStringList{QStringLiteral("-Y"), QStringLiteral("4294967295"), QStringLiteral("100")}
        << true;
    QTest::addRow("text-2048-newlen-l0-50")
        << textLikePage(2048, 777, 30)
        << QStringList{QStringLiteral("-s"), QStringLiteral("50"), QStringLiteral("-Y"),
                       QStringLiteral("1000"), QStringLiteral("776")}
        << true;
}

void TestJbigCodec::jbigkitBieDecodesWithOurs()
{
    const QString encoder = tool("pbmtojbg85");
    if (encoder.isEmpty())
        QSKIP("pbmtojbg85 not installed (Debian package jbigkit-bin; scripts/deps.sh test installs "
              "it)");
    QFETCH(QImage, page);
    QFETCH(QStringList, args);
    QFETCH(bool, variableLength);
    QVERIFY(!page.isNull());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pbm = dir.filePath(QStringLiteral("page.pbm"));
    const QString bie = dir.filePath(QStringLiteral("theirs.jbg"));
    QVERIFY(writePbm(pbm, page));
    const Fax::Test::ProcessRun run =
        Fax::Test::runProcess(encoder, args + QStringList{pbm, bie},
                              QProcessEnvironment::systemEnvironment(), kToolTimeoutMs);
    QVERIFY2(run.exitCode == 0,
             qPrintable(QStringLiteral("pbmtojbg85: exit %1: %2").arg(run.exitCode).arg(run.err)));
    const QByteArray data = readFile(bie);
    QVERIFY(data.size() > 20);
    QCOMPARE(bool(uchar(data[19]) & 0x20), variableLength); // VLENGTH in the header's options
    if (variableLength)
        QVERIFY(data.contains(QByteArray("\xff\x05", 2))); // a NEWLEN marker
    const Expected<QImage> decoded = JbigCodec::decode(data);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    const QString diff = pixelDifference(page, *decoded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestJbigCodec::variableLengthWithoutNewlenIsTruncated()
{
    // A VLENGTH header announcing more lines than the stripes deliver, with no NEWLEN: the page
    // is cut short, and jbgtopbm85 says so too ("Unexpected end of input data stream").
    const QString encoder = tool("pbmtojbg85");
    const QString decoder = tool("jbgtopbm85");
    if (encoder.isEmpty() || decoder.isEmpty())
        QSKIP("pbmtojbg85/jbgtopbm85 not installed (Debian package jbigkit-bin; scripts/deps.sh "
              "test installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pbm = dir.filePath(QStringLiteral("page.pbm"));
    const QString bie = dir.filePath(QStringLiteral("theirs.jbg"));
    QVERIFY(writePbm(pbm, chart(1)));
    // yr = 2376 is never reached (lines 0-2375), so no NEWLEN is written.
    const QStringList args{QStringLiteral("-Y"), QStringLiteral("3000"), QStringLiteral("2376"),
                           pbm, bie};
    const auto env = QProcessEnvironment::systemEnvironment();
    QCOMPARE(Fax::Test::runProcess(encoder, args, env, kToolTimeoutMs).exitCode, 0);
    const QByteArray data = readFile(bie);
    QVERIFY(data.size() > 20);
    QCOMPARE(be32(data, 8), 3000u);
    QVERIFY(!data.contains(QByteArray("\xff\x05", 2)));
    const Fax::Test::ProcessRun theirs = Fax::Test::runProcess(
        decoder, {bie, dir.filePath(QStringLiteral("out.pbm"))}, env, kToolTimeoutMs);
    QVERIFY2(theirs.exitCode != 0,
             "jbgtopbm85 accepted a VLENGTH stream without NEWLEN that ends early");
    const Expected<QImage> ours = JbigCodec::decode(data);
    QVERIFY(!ours.ok());
    QVERIFY2(ours.error().message.contains(QLatin1String("of 3000")),
             qPrintable(ours.error().message));
    qInfo("VLENGTH without NEWLEN: %s", qPrintable(ours.error().message));
}

void TestJbigCodec::truncatedDataIsAnError()
{
    // Every proper prefix of a small page's BIE, and prefixes of chart 1's at many points: an
    // error that names the data, never an image.
    const QByteArray small = JbigCodec::encode(textLikePage(300, 260, 40), {32, true, false});
    QVERIFY(small.size() > 40);
    for (int len = 0; len < small.size(); ++len) {
        const Expected<QImage> r = JbigCodec::decode(small.left(len));
        QVERIFY2(
            !r.ok(),
            qPrintable(
                QStringLiteral("prefix of %1 of %2 bytes decoded").arg(len).arg(small.size())));
        QVERIFY2(r.error().message.contains(QLatin1String("T.85 (JBIG) data of")),
                 qPrintable(r.error().message));
    }
    const QByteArray full = JbigCodec::encode(chart(1));
    QVERIFY(full.size() > 1000);
    for (int len = 20; len < full.size(); len += 211) {
        const Expected<QImage> r = JbigCodec::decode(full.left(len));
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("chart 1 prefix of %1 bytes decoded").arg(len)));
        QVERIFY2(r.error().message.contains(QLatin1String("at byte")),
                 qPrintable(r.error().message));
    }
    const Expected<QImage> shortHeader = JbigCodec::decode(full.left(19));
    QVERIFY(!shortHeader.ok());
    QVERIFY2(shortHeader.error().message.contains(QLatin1String("20-byte header")),
             qPrintable(shortHeader.error().message));
    const Expected<QImage> cut = JbigCodec::decode(full.left(full.size() - 1));
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error().message.contains(QLatin1String("after line")),
             qPrintable(cut.error().message));
    qInfo("truncated chart 1: %s", qPrintable(cut.error().message));
}

void TestJbigCodec::corruptDataNeverCrashes()
{
    // Arithmetic-coded data has no redundancy to check, so a changed byte may decode to other
    // pixels; what must hold is: no crash, no hang, and either an error or a whole page.
    const QByteArray bie = JbigCodec::encode(chart(1));
    QVERIFY(bie.size() > 1000);
    QRandomGenerator rng(1234);
    int errors = 0;
    for (int i = 0; i < 300; ++i) {
        QByteArray bad = bie;
        const int at = 20 + int(rng.bounded(quint32(bad.size() - 20)));
        bad[at] = char(i % 3 == 0 ? 0xff : int(rng.bounded(256u)));
        if (i % 5 == 0) { // and a burst of garbage
            for (int k = 0; k < 16 && at + k < bad.size(); ++k)
                bad[at + k] = char(rng.bounded(256u));
        }
        const Expected<QImage> r = JbigCodec::decode(bad);
        if (r.ok()) {
            QCOMPARE(r->size(), QSize(1728, 2376));
            QVERIFY(isFaxImage(*r));
        } else {
            ++errors;
            QVERIFY2(r.error().message.contains(QLatin1String("at byte")),
                     qPrintable(r.error().message));
        }
    }
    qInfo("300 corrupted copies of chart 1: %d refused with an error", errors);
    QVERIFY(errors > 0);
}

void TestJbigCodec::badHeadersAndMarkers_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const QByteArray good = JbigCodec::encode(textLikePage(1728, 300, 50));
    QByteArray b;

    QTest::addRow("empty") << QByteArray() << QStringLiteral("no data");
    b = good;
    setBe32(b, 4, 0);
    QTest::addRow("width-0") << b << QStringLiteral("width 0");
    b = good;
    setBe32(b, 4, 8193);
    QTest::addRow("width-8193") << b << QStringLiteral("width 8193");
    b = good;
    setBe32(b, 4, 0xffffffffu);
    QTest::addRow("width-4G") << b << QStringLiteral("width 4294967295");
    b = good;
    setBe32(b, 8, 65536);
    QTest::addRow("height-65536") << b << QStringLiteral("height 65536");
    b = good;
    setBe32(b, 8, 0);
    QTest::addRow("height-0") << b << QStringLiteral("invalid data");
    b = good;
    setBe32(b, 12, 0);
    QTest::addRow("l0-0") << b << QStringLiteral("invalid data");
    b = good;
    b[2] = 3;
    QTest::addRow("three-planes") << b << QStringLiteral("unimplemented JBIG features");
    b = good;
    b[1] = 2;
    QTest::addRow("progressive") << b << QStringLiteral("unimplemented JBIG features");
    b = good;
    b[17] = 1;
    QTest::addRow("my-1") << b << QStringLiteral("unimplemented JBIG features");
    b = good;
    b[19] = char(0x10); // TPDON: not in T.85
    QTest::addRow("tpdon") << b << QStringLiteral("unimplemented JBIG features");
    b = good;
    b.insert(20, QByteArray("\xff\x04", 2));
    QTest::addRow("abort-marker") << b << QStringLiteral("ABORT marker");
    b = good;
    b.insert(20, QByteArray("\xff\x09", 2));
    QTest::addRow("unknown-marker") << b << QStringLiteral("Unknown marker");
    b = good;
    b.insert(20, QByteArray("\xff\x05\x00\x00\x00\x10", 6));
    QTest::addRow("newlen-without-vlength") << b << QStringLiteral("invalid data");
    b = good;
    b.append(QByteArray("\x12\x34\x56", 3));
    QTest::addRow("trailing-bytes") << b << QStringLiteral("3 bytes follow the end of the image");
    b = QByteArray(20, '\0');
    QTest::addRow("all-zero-header") << b << QStringLiteral("width 0");
}

void TestJbigCodec::badHeadersAndMarkers()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const Expected<QImage> r = JbigCodec::decode(data);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QVERIFY2(r.error().message.startsWith(
                 QStringLiteral("T.85 (JBIG) data of %1 bytes").arg(data.size())),
             qPrintable(r.error().message));
}

void TestJbigCodec::variableLengthLineLimit()
{
    // A VLENGTH header may announce 2^32-1 lines; a stream that really delivers more than the
    // limit (here: one stripe of 2^32-1 lines whose data is all zero padding) is stopped there.
    // The widest page without typical prediction is the most work: every pixel is decoded.
    for (const auto &[width, options] :
         {std::pair<quint32, char>{1728, 0x20 | 0x08}, {8192, 0x20}}) {
        QByteArray b(20, '\0');
        b[2] = 1;
        setBe32(b, 4, width);
        setBe32(b, 8, 0xffffffffu);
        setBe32(b, 12, 0xffffffffu);
        b[19] = options; // VLENGTH (and TPBON)
        b.append(QByteArray("\xff\x02", 2));
        QElapsedTimer timer;
        timer.start();
        const Expected<QImage> r = JbigCodec::decode(b);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("more than 65535 lines")),
                 qPrintable(r.error().message));
        qInfo("%u pixels wide, options 0x%02x: refused after %lld ms: %s", width,
              unsigned(uchar(options)), timer.elapsed(), qPrintable(r.error().message));
    }

    // The same header with a NEWLEN to a sane height after the stripe decodes.
    QByteArray ok(20, '\0');
    ok[2] = 1;
    setBe32(ok, 4, 1728);
    setBe32(ok, 8, 0xffffffffu);
    setBe32(ok, 12, 128);
    ok[19] = char(0x20 | 0x08);
    ok.append(QByteArray("\xff\x02\xff\x05\x00\x00\x00\x80\xff\x02", 10));
    const Expected<QImage> page = JbigCodec::decode(ok);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->size(), QSize(1728, 128));
}

QTEST_GUILESS_MAIN(TestJbigCodec)
#include "tst_jbigcodec.moc"
