// Documents -> fax pages: every input type, paper sizes, resolutions, rotation, halftoning,
// pass-through of fitting fax TIFF, and clear errors for bad input.
#include "documentconverter_samples.h"

#include "imaging/documentconverter.h"
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Fax;

Q_DECLARE_METATYPE(Fax::PaperSize)
Q_DECLARE_METATYPE(Fax::FaxResolution)

namespace {

constexpr QSizeF kA4Pt(595.28, 841.89);
constexpr QSizeF kLetterPt(612, 792);

int black(const QImage &img, QRect r)
{
    int n = 0;
    r = r.intersected(img.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar *s = img.constScanLine(y);
        for (int x = r.left(); x <= r.right(); ++x)
            n += (s[x >> 3] >> (7 - (x & 7))) & 1;
    }
    return n;
}

double density(const QImage &img, QRect r)
{
    r = r.intersected(img.rect());
    return double(black(img, r)) / double(r.width() * r.height());
}

struct Converted
{
    ConvertSummary summary;
    QList<FaxPage> pages;
    QList<FaxTiffPageInfo> infos;
    QString error;
};

Converted convert(const QStringList &inputs, const ConvertOptions &o, const QString &dir)
{
    Converted c;
    const QString out = dir + QStringLiteral("/out.tif");
    QFile::remove(out);
    auto r = DocumentConverter::convert(inputs, out, o);
    if (!r) {
        c.error = r.error().message;
        return c;
    }
    c.summary = r.value();
    FaxTiffReader reader;
    if (!reader.open(out)) {
        c.error = QStringLiteral("unreadable output");
        return c;
    }
    for (int i = 0; i < reader.pageCount(); ++i) {
        c.infos << reader.pageInfo(i);
        c.pages << reader.readPage(i).value();
    }
    return c;
}

} // namespace

class TestDocumentConverter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString dir() const { return m_dir.path(); }

private Q_SLOTS:
    void pdfPaperAndResolution_data()
    {
        QTest::addColumn<PaperSize>("paper");
        QTest::addColumn<FaxResolution>("resolution");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("lines");
        QTest::newRow("a4-normal") << PaperSize::A4 << FaxResolution::Normal << 1728 << 1146;
        QTest::newRow("a4-fine") << PaperSize::A4 << FaxResolution::Fine << 1728 << 2292;
        QTest::newRow("a4-superfine") << PaperSize::A4 << FaxResolution::Superfine << 1728 << 4572;
        QTest::newRow("letter-fine") << PaperSize::Letter << FaxResolution::Fine << 1728 << 2156;
        QTest::newRow("legal-fine") << PaperSize::Legal << FaxResolution::Fine << 1728 << 2744;
        QTest::newRow("b4-fine") << PaperSize::B4 << FaxResolution::Fine << 2048 << 2724;
        QTest::newRow("a3-normal") << PaperSize::A3 << FaxResolution::Normal << 2432 << 1620;
    }
    void pdfPaperAndResolution()
    {
        QFETCH(PaperSize, paper);
        QFETCH(FaxResolution, resolution);
        QFETCH(int, width);
        QFETCH(int, lines);
        const QString pdf = Samples::makePdf(dir(), QStringLiteral("three.pdf"), {kA4Pt, kA4Pt, kLetterPt});
        ConvertOptions o;
        o.geometry.paper = paper;
        o.geometry.resolution = resolution;
        auto c = convert({pdf}, o, dir());
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.pages.size(), 3);
        for (const FaxPage &p : c.pages) {
            QCOMPARE(p.width(), width);
            QCOMPARE(p.lines(), lines);
            QCOMPARE(p.yDpi, linesPerInch(resolution));
            // Text in the upper part, nothing at the very bottom.
            QVERIFY(density(p.image, QRect(0, lines / 10, width, lines / 3)) > 0.005);
            QCOMPARE(black(p.image, QRect(0, lines - 20, width, 20)), 0);
        }
        FaxCompression got;
        QVERIFY(c.infos[0].faxCompression(&got));
        QCOMPARE(got, FaxCompression::Mmr);
    }

    void everyCodingOfMadePagesIsExact_data()
    {
        QTest::addColumn<FaxResolution>("resolution");
        QTest::newRow("normal") << FaxResolution::Normal;
        QTest::newRow("fine") << FaxResolution::Fine;
        QTest::newRow("superfine") << FaxResolution::Superfine;
    }
    void everyCodingOfMadePagesIsExact()
    {
        // Pages made from a document (text, a photo band, a landscape page) are stored the same
        // in MH, MR and MMR, and survive the modem path (LSB first, aligned EOLs, zero fill).
        QFETCH(FaxResolution, resolution);
        const QString pdf = Samples::makePdf(dir(), QStringLiteral("mixed.pdf"), {kA4Pt, kA4Pt, kA4Pt.transposed()});
        QList<QList<FaxPage>> byCoding;
        for (FaxCompression c : {FaxCompression::Mh, FaxCompression::Mr, FaxCompression::Mmr}) {
            ConvertOptions o;
            o.geometry.resolution = resolution;
            o.compression = c;
            auto conv = convert({pdf}, o, dir());
            QVERIFY2(conv.error.isEmpty(), qPrintable(conv.error));
            byCoding << conv.pages;
        }
        for (int i = 0; i < byCoding[0].size(); ++i) {
            QCOMPARE(byCoding[1][i].image, byCoding[0][i].image);
            QCOMPARE(byCoding[2][i].image, byCoding[0][i].image);
            for (FaxCompression c : {FaxCompression::Mh, FaxCompression::Mr, FaxCompression::Mmr}) {
                FaxCodec::EncodeOptions eo;
                eo.compression = c;
                eo.yDpi = linesPerInch(resolution);
                eo.lsbFirst = true;
                eo.alignEol = true;
                eo.minBitsPerLine = 144; // 10 ms at 14400 bit/s
                FaxCodec::DecodeOptions dopt;
                dopt.compression = c;
                dopt.lsbFirst = true;
                dopt.yDpi = eo.yDpi;
                auto back = FaxCodec::decode(FaxCodec::encode(byCoding[0][i].image, eo).value(), dopt);
                QVERIFY(back);
                QCOMPARE(back->badLines, 0);
                QCOMPARE(back->image, byCoding[0][i].image);
            }
        }
    }

    void photoDitheredTextCrisp()
    {
        const QString pdf = Samples::makePdf(dir(), QStringLiteral("photo.pdf"), {kA4Pt, kA4Pt});
        ConvertOptions o;
        auto c = convert({pdf}, o, dir());
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        const FaxPage &p = c.pages[1];
        // The gradient band (bottom 250..100 pt of 842) around its middle: ~50 % dithered dots.
        const int y = int(p.lines() * (841.89 - 175) / 841.89);
        const double mid = density(p.image, QRect(p.width() / 2 - 40, y - 20, 80, 40));
        QVERIFY2(mid > 0.3 && mid < 0.7, qPrintable(QString::number(mid)));
        // Thresholded, the same band would be solid black on the left, white on the right;
        // with Threshold it is.
        o.halftone = Halftone::Threshold;
        auto t = convert({pdf}, o, dir());
        const double th = density(t.pages[1].image, QRect(p.width() / 2 - 200, y - 20, 80, 40));
        QVERIFY(th > 0.95);
    }

    void landscapeRotated()
    {
        const QString pdf = Samples::makePdf(dir(), QStringLiteral("land.pdf"), {kA4Pt.transposed()});
        ConvertOptions o;
        auto c = convert({pdf}, o, dir());
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        const FaxPage &p = c.pages[0];
        // The black left third of the landscape page is the top third after a 90 degree turn.
        QVERIFY(density(p.image, QRect(100, 50, p.width() - 200, p.lines() / 4)) > 0.95);
        QVERIFY(density(p.image, QRect(100, p.lines() / 2, p.width() - 200, p.lines() / 3)) < 0.01);
        o.geometry.autoRotate = false;
        auto n = convert({pdf}, o, dir());
        // Unrotated it is shrunk to the width: black on the left, white on the right.
        const FaxPage &q = n.pages[0];
        QVERIFY(density(q.image, QRect(100, 100, 400, 300)) > 0.95);
        QVERIFY(density(q.image, QRect(q.width() - 500, 100, 400, 300)) < 0.01);
    }

    void postScript()
    {
        if (!Samples::haveGhostscript())
            QSKIP("Ghostscript (gs) not installed");
        auto c = convert({Samples::makePostScript(dir())}, ConvertOptions(), dir());
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.pages.size(), 2);
        QVERIFY(black(c.pages[0].image, c.pages[0].image.rect()) > 10000); // the black square
        QVERIFY(black(c.pages[1].image, c.pages[1].image.rect()) > 100);
    }

    void pictures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<int>("dpi");
        QTest::newRow("png") << QStringLiteral("a.png") << QByteArray("PNG") << 150;
        QTest::newRow("jpeg") << QStringLiteral("a.jpg") << QByteArray("JPEG") << 0;
        QTest::newRow("bmp") << QStringLiteral("a.bmp") << QByteArray("BMP") << 0;
        QTest::newRow("landscape-png") << QStringLiteral("wide.png") << QByteArray("PNG") << 0;
    }
    void pictures()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, format);
        QFETCH(int, dpi);
        const bool wide = name.startsWith(QLatin1String("wide"));
        const QString path = Samples::makeImage(dir(), name, format.constData(), wide ? 1600 : 800, wide ? 900 : 1000, dpi);
        auto c = convert({path}, ConvertOptions(), dir());
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.pages.size(), 1);
        const FaxPage &p = c.pages[0];
        QCOMPARE(p.width(), 1728);
        QCOMPARE(p.lines(), 2292);
        // Gradient: dark blue (mostly black) to yellow (mostly white), dithered in between.
        const double total = density(p.image, p.image.rect());
        QVERIFY2(total > 0.05 && total < 0.8, qPrintable(QString::number(total)));
    }

    void gifAndColourTiff()
    {
        auto g = convert({Samples::makeGif(dir())}, ConvertOptions(), dir());
        QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
        QCOMPARE(g.pages.size(), 1);
        auto t = convert({Samples::makeColourTiff(dir())}, ConvertOptions(), dir());
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.pages.size(), 2);
        for (const FaxPage &p : t.pages) {
            // 600x800 at 100 dpi: 6 x 8 inches, placed at its size, centred across.
            const int x0 = (1728 - 1224) / 2;
            QVERIFY(density(p.image, QRect(x0 + 50, 200, 400, 800)) > 0.97);             // black half
            const double ramp = density(p.image, QRect(x0 + 612 + 250, 200, 100, 800)); // mid ramp
            QVERIFY2(ramp > 0.2 && ramp < 0.8, qPrintable(QString::number(ramp)));
            QCOMPARE(black(p.image, QRect(0, 1700, 1728, 500)), 0);
        }
    }

    void faxTiffPassThrough()
    {
        const QString itu = QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
        FaxTiffReader src;
        QVERIFY(src.open(itu));
        ConvertOptions o; // fine MMR: chart 1 already is that
        auto c = convert({itu, itu}, o, dir());
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.summary.passedThrough, 2);
        FaxTiffReader out;
        QVERIFY(out.open(dir() + QStringLiteral("/out.tif")));
        QCOMPARE(out.rawPage(1).value(), src.rawPage(0).value());
        // Another coding: decoded and re-encoded, same pixels, nothing resampled.
        o.compression = FaxCompression::Mr;
        auto m = convert({itu}, o, dir());
        QCOMPARE(m.summary.passedThrough, 0);
        QCOMPARE(m.pages[0].image, src.readPage(0)->image);
        // Another resolution: fitted to the page at normal.
        o.geometry.resolution = FaxResolution::Normal;
        auto n = convert({itu}, o, dir());
        QCOMPARE(n.pages[0].lines(), 1146);
        QCOMPARE(n.pages[0].yDpi, 98);
    }

    void plainText()
    {
        QString text = QStringLiteral("Grüße aus Köln — UTF-8 ✓\n\tindented\n");
        for (int i = 0; i < 100; ++i)
            text += QStringLiteral("line %1 ").arg(i) + QString(150, QLatin1Char('x')) + QLatin1Char('\n');
        text += QStringLiteral("\fafter a form feed\n");
        const QString path = Samples::writeFile(dir(), QStringLiteral("letter.txt"), text.toUtf8());
        auto c = convert({path}, ConvertOptions(), dir());
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        // 102 lines, long ones wrapped in two: more than one page, the form feed starts another.
        QVERIFY2(c.pages.size() >= 3 && c.pages.size() <= 6, qPrintable(QString::number(c.pages.size())));
        const FaxPage &first = c.pages[0];
        // Margins stay white (0.5 inch = 102 px across, 98 lines down).
        QCOMPARE(black(first.image, QRect(0, 0, 90, first.lines())), 0);
        QCOMPARE(black(first.image, QRect(0, 0, first.width(), 80)), 0);
        QVERIFY(black(first.image, QRect(100, 98, 600, 300)) > 2000);
        const FaxPage &last = c.pages.last();
        QVERIFY(black(last.image, QRect(100, 98, 800, 40)) > 100);
        QCOMPARE(black(last.image, QRect(0, 200, last.width(), last.lines() - 200)), 0);
    }

    void brandingOnEveryPage()
    {
        const QString pdf = Samples::makePdf(dir(), QStringLiteral("two.pdf"), {kA4Pt, kA4Pt});
        const QString itu = QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
        ConvertOptions o;
        o.brandingFormat = Branding::defaultFormat();
        o.branding.tsid = QStringLiteral("+1 555 0100");
        o.branding.time = QDateTime::currentDateTime();
        auto c = convert({pdf, itu}, o, dir());
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.summary.passedThrough, 0); // branded pages cannot pass through
        for (const FaxPage &p : c.pages)
            QVERIFY(black(p.image, QRect(0, 0, p.width(), Branding::bandLines(p.yDpi))) > 500);
    }

    void progressAndMultipleFiles()
    {
        const QString a = Samples::makePdf(dir(), QStringLiteral("a.pdf"), {kA4Pt, kA4Pt});
        const QString b = Samples::makeImage(dir(), QStringLiteral("b.png"), "PNG", 100, 100, 0);
        QList<int> seen;
        auto r = DocumentConverter::convert({a, b}, dir() + QStringLiteral("/p.tif"), ConvertOptions(), {},
                                            [&](int done, int total) {
                                                QCOMPARE(total, 3);
                                                seen << done;
                                            });
        QVERIFY(r);
        QCOMPARE(seen, (QList<int>{1, 2, 3}));
        QCOMPARE(r->pagesPerFile, (QList<int>{2, 1}));
    }

    void badInput()
    {
        const QString good = Samples::makePdf(dir(), QStringLiteral("good.pdf"), {kA4Pt, kA4Pt});
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        struct Case
        {
            QString file;
            QString expect;
        };
        QList<Case> cases{
            {Samples::writeFile(dir(), QStringLiteral("truncated.pdf"), pdf.left(pdf.size() / 3)), QString()},
            {Samples::writeFile(dir(), QStringLiteral("corrupt.pdf"), "%PDF-1.4\n" + QByteArray(5000, '\x07')), QString()},
            {Samples::writeFile(dir(), QStringLiteral("empty.txt"), QByteArray()), QStringLiteral("no pages")},
            {Samples::writeFile(dir(), QStringLiteral("blob.bin"), QByteArray("\x01\x02\x00\x7f\xfe", 5).repeated(100)),
             QStringLiteral("unsupported")},
            {Samples::writeFile(dir(), QStringLiteral("huge.png"), Samples::pngHeaderOnly(100000, 100000)),
             QStringLiteral("absurd")},
            {Samples::writeFile(dir(), QStringLiteral("broken.tif"), QByteArray("II*\0\x08\0\0\0\xff\xff", 10)), QString()},
            {dir() + QStringLiteral("/missing.pdf"), QStringLiteral("no such file")},
        };
        const QString enc = Samples::encryptPdf(good, dir() + QStringLiteral("/encrypted.pdf"));
        if (!enc.isEmpty())
            cases.append({enc, QStringLiteral("encrypted")});
        const QString out = dir() + QStringLiteral("/bad-out.tif");
        for (const Case &c : cases) {
            auto r = DocumentConverter::convert({c.file}, out, ConvertOptions());
            if (r && c.file.contains(QLatin1String("truncated"))) {
                continue; // PDFium may repair a cut PDF: then it simply converts
            }
            QVERIFY2(!r, qPrintable(c.file));
            const QString msg = r.error().message;
            QVERIFY2(msg.contains(c.file), qPrintable(msg));
            if (!c.expect.isEmpty())
                QVERIFY2(msg.contains(c.expect, Qt::CaseInsensitive), qPrintable(msg));
            QVERIFY(!QFile::exists(out)); // nothing half-written
        }
    }
};

QTEST_MAIN(TestDocumentConverter)
#include "tst_documentconverter.moc"
