// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real faxctl binary's 'convert' and 'info': text, PNG, PDF and fax TIFF documents to
// every compression and resolution, read back by 'info' and by libtiff's tiffinfo; and bad
// documents, options and output paths (clear error, non-zero exit, no file left behind).
#include "faxctlimaging_documents.h"
#include "imaging/faxtiff.h"
#include "processrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Fax;

namespace {

using Run = Fax::Test::ProcessRun;

} // namespace

class TestFaxctlImaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helpTexts();
    void convertEachCompressionAndResolution_data();
    void convertEachCompressionAndResolution();
    void convertSeveralFilesWithJson();
    void convertPaperSizes();
    void convertPassesFittingFaxPagesThrough();
    void convertWithBrandingAndProperties();
    void convertWithoutDisplay();
    void secondProcessMakesTheSamePages_data();
    void secondProcessMakesTheSamePages();
    void secondProcessOnALongDocument();
    void infoShowsReceivedProperties();
    void infoOnAnotherProgramsTiff();

    void badConvert_data();
    void badConvert();
    void failureKeepsExistingOutput();
    void interruptedConvertWritesNothing_data();
    void interruptedConvertWritesNothing();
    void unwritableOutputFolder();
    void badInfo_data();
    void badInfo();

private:
    Run faxctl(const QStringList &args, const QProcessEnvironment &env = {});
    QJsonObject json(const QStringList &args);
    /// Every name in the output folder: a failed convert must leave it as it was.
    QStringList outFolder() const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_in;  ///< the documents
    QString m_out; ///< where faxes are written
    QString m_text, m_png, m_pdf, m_chart;
};

void TestFaxctlImaging::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif")),
             "the ITU-T charts are missing: " FAX_TESTDATA_DIR);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("tiffinfo")).isEmpty(),
             "tiffinfo (libtiff-tools) is not installed");
}

void TestFaxctlImaging::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_in = m_tmp->filePath(QStringLiteral("in"));
    m_out = m_tmp->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_in));
    QVERIFY(QDir().mkpath(m_out));
    m_text = m_in + QStringLiteral("/letter.txt");
    QByteArray text =
        "Dear reader,\n\nthis letter is plain UTF-8 text: \xc3\xa4\xc3\xb6\xc3\xbc \xe2\x82\xac.\n";
    for (int i = 0; i < 20; ++i)
        text += "A line of the letter that goes on for a while to fill the page.\n";
    QVERIFY(writeFile(m_text, text));
    m_png = m_in + QStringLiteral("/picture.png");
    QVERIFY(makePng(m_png));
    m_pdf = m_in + QStringLiteral("/two-pages.pdf");
    QVERIFY(makePdf(m_pdf, 2));
    m_chart = m_in + QStringLiteral("/itu1.tif");
    QVERIFY(QFile::copy(QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif"), m_chart));
}

void TestFaxctlImaging::cleanup()
{
    m_tmp.reset();
}

Run TestFaxctlImaging::faxctl(const QStringList &args, const QProcessEnvironment &env)
{
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    // convert and info must not touch the server's data.
    e.insert(QStringLiteral("FAXCONSOLE_DATA_DIR"), m_tmp->filePath(QStringLiteral("no-data")));
    return Fax::Test::runProcess(QStringLiteral(FAXCTL_PATH), args, e, 120000);
}

QJsonObject TestFaxctlImaging::json(const QStringList &args)
{
    return Fax::Test::jsonOutput(faxctl(QStringList{QStringLiteral("--json")} + args), args);
}

QStringList TestFaxctlImaging::outFolder() const
{
    return QDir(m_out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

void TestFaxctlImaging::helpTexts()
{
    Run r = faxctl({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("convert")));
    QVERIFY(r.out.contains(QStringLiteral("info")));
    const QStringList convertMentions = {QStringLiteral("-o, --output"),
                                         QStringLiteral("--resolution"),
                                         QStringLiteral("normal|fine|superfine"),
                                         QStringLiteral("--paper"),
                                         QStringLiteral("a4|letter|legal|b4|a3"),
                                         QStringLiteral("--compression"),
                                         QStringLiteral("mh|mr|mmr"),
                                         QStringLiteral("--no-rotate"),
                                         QStringLiteral("--branding"),
                                         QStringLiteral("--halftone"),
                                         QStringLiteral("--json")};
    const QStringList infoMentions = {QStringLiteral("FAX.tif"), QStringLiteral("CSID"),
                                      QStringLiteral("--verify"), QStringLiteral("--json")};
    for (const auto &[command, mentions] : {std::pair{QStringLiteral("convert"), convertMentions},
                                            std::pair{QStringLiteral("info"), infoMentions}}) {
        for (const QStringList &args : {QStringList{command, QStringLiteral("--help")},
                                        QStringList{QStringLiteral("help"), command}}) {
            r = faxctl(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: faxctl ") + command),
                     qPrintable(r.out));
            for (const QString &m : mentions)
                QVERIFY2(r.out.contains(m), qPrintable(command + QStringLiteral(": ") + m));
        }
    }
}

void TestFaxctlImaging::convertEachCompressionAndResolution_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("compression");
    QTest::addColumn<QString>("resolution");
    for (const char *kind : {"text", "png", "pdf", "tiff"}) {
        for (const char *c : {"mh", "mr", "mmr"}) {
            for (const char *res : {"normal", "fine", "superfine"}) {
                QTest::addRow("%s-%s-%s", kind, c, res)
                    << QString::fromLatin1(kind) << QString::fromLatin1(c)
                    << QString::fromLatin1(res);
            }
        }
    }
}

void TestFaxctlImaging::convertEachCompressionAndResolution()
{
    QFETCH(QString, kind);
    QFETCH(QString, compression);
    QFETCH(QString, resolution);
    const QString input = kind == QLatin1String("text")  ? m_text
                          : kind == QLatin1String("png") ? m_png
                          : kind == QLatin1String("pdf") ? m_pdf
                                                         : m_chart;
    const int pages = kind == QLatin1String("pdf") ? 2 : 1;
    const QString out = m_out + QStringLiteral("/out.tif");

    const Run r = faxctl({QStringLiteral("convert"), input, QStringLiteral("-o"), out,
                          QStringLiteral("--compression"), compression,
                          QStringLiteral("--resolution"), resolution});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(out + QStringLiteral(": %1 page").arg(pages)), qPrintable(r.out));
    QVERIFY2(r.out.contains(compression.toUpper()), qPrintable(r.out));
    // Progress goes to stderr, one line per page when stderr is not a terminal.
    QVERIFY2(r.err.contains(QStringLiteral("page %1 of %1").arg(pages)), qPrintable(r.err));
    QCOMPARE(outFolder(), QStringList{QStringLiteral("out.tif")});

    const QJsonObject info = json({QStringLiteral("info"), QStringLiteral("--verify"), out});
    QCOMPARE(info.value(QStringLiteral("pageCount")).toInt(), pages);
    QCOMPARE(info.value(QStringLiteral("direction")).toString(), QStringLiteral("sent"));
    const QJsonArray pageList = info.value(QStringLiteral("pages")).toArray();
    QCOMPARE(pageList.size(), pages);
    const int lpi = resolution == QLatin1String("normal") ? 98
                    : resolution == QLatin1String("fine") ? 196
                                                          : 391;
    for (const QJsonValue &v : pageList) {
        const QJsonObject p = v.toObject();
        QCOMPARE(p.value(QStringLiteral("compression")).toString(), compression.toUpper());
        QCOMPARE(p.value(QStringLiteral("resolution")).toString(), resolution);
        QCOMPARE(p.value(QStringLiteral("yDpi")).toInt(), lpi);
        QCOMPARE(p.value(QStringLiteral("xDpi")).toInt(), 204);
        QCOMPARE(p.value(QStringLiteral("width")).toInt(), 1728);
        QVERIFY(p.value(QStringLiteral("error")).isNull());
    }

    // libtiff agrees about the coding.
    const QString dump = tiffinfo(out);
    QCOMPARE(dump.count(QStringLiteral("TIFF Directory at offset")), pages);
    if (compression == QLatin1String("mmr")) {
        QVERIFY2(dump.contains(QStringLiteral("Compression Scheme: CCITT Group 4")),
                 qPrintable(dump));
    } else {
        QVERIFY2(dump.contains(QStringLiteral("Compression Scheme: CCITT Group 3")),
                 qPrintable(dump));
        QCOMPARE(dump.contains(QStringLiteral("2-d encoding")), compression == QLatin1String("mr"));
    }
    QVERIFY2(dump.contains(QStringLiteral("Resolution: 204, %1").arg(lpi)), qPrintable(dump));

    // The human form says the same.
    const Run human = faxctl({QStringLiteral("info"), out});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(QStringLiteral("(%1)").arg(resolution)), qPrintable(human.out));
    QVERIFY2(human.out.contains(QStringLiteral("204 x %1 dpi").arg(lpi)), qPrintable(human.out));
}

void TestFaxctlImaging::convertSeveralFilesWithJson()
{
    const QString out = m_out + QStringLiteral("/all.tif");
    const QJsonObject o = json({QStringLiteral("convert"), m_text, m_png, m_pdf, m_chart,
                                QStringLiteral("--output"), out, QStringLiteral("--quiet")});
    QCOMPARE(o.value(QStringLiteral("output")).toString(), out);
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("compression")).toString(), QStringLiteral("mmr"));
    QCOMPARE(o.value(QStringLiteral("resolution")).toString(), QStringLiteral("fine"));
    QCOMPARE(o.value(QStringLiteral("paper")).toString(), QStringLiteral("a4"));
    QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(out).size());
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 4);
    QCOMPARE(files.at(2).toObject().value(QStringLiteral("file")).toString(), m_pdf);
    QCOMPARE(files.at(2).toObject().value(QStringLiteral("pages")).toInt(), 2);

    const QJsonObject info = json({QStringLiteral("info"), out});
    QCOMPARE(info.value(QStringLiteral("pageCount")).toInt(), 5);
    QCOMPARE(info.value(QStringLiteral("file")).toString(), out);

    // --quiet: no progress; the human summary lists each file.
    const Run r = faxctl({QStringLiteral("convert"), m_text, m_pdf, QStringLiteral("-o"), out,
                          QStringLiteral("--quiet")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.contains(QRegularExpression(QRegularExpression::escape(m_pdf) +
                                               QStringLiteral(" +2 pages\n"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QRegularExpression::escape(m_text) +
                                               QStringLiteral(" +1 page\n"))),
             qPrintable(r.out));
}

void TestFaxctlImaging::convertPaperSizes()
{
    const QString out = m_out + QStringLiteral("/paper.tif");
    for (const auto &[paper, width] :
         {std::pair{"a4", 1728}, std::pair{"letter", 1728}, std::pair{"legal", 1728},
          std::pair{"b4", 2048}, std::pair{"a3", 2432}}) {
        const QJsonObject o =
            json({QStringLiteral("convert"), m_png, QStringLiteral("-o"), out,
                  QStringLiteral("--paper"), QLatin1String(paper), QStringLiteral("--no-rotate")});
        QCOMPARE(o.value(QStringLiteral("paper")).toString(), QLatin1String(paper));
        const QJsonObject info = json({QStringLiteral("info"), out});
        const QJsonObject page = info.value(QStringLiteral("pages")).toArray().at(0).toObject();
        QCOMPARE(page.value(QStringLiteral("width")).toInt(), width);
    }
    // Letter and Legal differ in length only.
    const auto linesOnPaper = [&](const char *paper) {
        json({QStringLiteral("convert"), m_png, QStringLiteral("-o"), out,
              QStringLiteral("--paper=") + QLatin1String(paper)});
        return json({QStringLiteral("info"), out})
            .value(QStringLiteral("pages"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("lines"))
            .toInt();
    };
    const int letterLines = linesOnPaper("letter");
    const int legalLines = linesOnPaper("legal");
    QVERIFY2(legalLines > letterLines,
             qPrintable(QStringLiteral("%1 %2").arg(legalLines).arg(letterLines)));
}

void TestFaxctlImaging::convertPassesFittingFaxPagesThrough()
{
    // A fax TIFF converted once fits its own geometry: converting it again stores it unchanged.
    const QString first = m_out + QStringLiteral("/first.tif");
    const QString second = m_out + QStringLiteral("/second.tif");
    QCOMPARE(faxctl({QStringLiteral("convert"), m_pdf, QStringLiteral("-o"), first}).exitCode, 0);
    const QJsonObject o = json({QStringLiteral("convert"), first, QStringLiteral("-o"), second});
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("passedThrough")).toInt(), 2);
    const Run r = faxctl({QStringLiteral("convert"), first, QStringLiteral("-o"), second});
    QVERIFY2(r.out.contains(QStringLiteral("(2 stored unchanged)")), qPrintable(r.out));
    // Another compression must re-encode.
    const QJsonObject mh = json({QStringLiteral("convert"), first, QStringLiteral("-o"), second,
                                 QStringLiteral("--compression"), QStringLiteral("MH")});
    QCOMPARE(mh.value(QStringLiteral("passedThrough")).toInt(), 0);
    QCOMPARE(mh.value(QStringLiteral("compression")).toString(), QStringLiteral("mh"));
}

void TestFaxctlImaging::convertWithBrandingAndProperties()
{
    const QString plain = m_out + QStringLiteral("/plain.tif");
    const QString branded = m_out + QStringLiteral("/branded.tif");
    QCOMPARE(faxctl({QStringLiteral("convert"), m_png, QStringLiteral("-o"), plain}).exitCode, 0);
    const Run r = faxctl({QStringLiteral("convert"), m_png, QStringLiteral("-o"), branded,
                          QStringLiteral("--branding"), QStringLiteral("default"),
                          QStringLiteral("--tsid"), QStringLiteral("+49 30 1234"),
                          QStringLiteral("--subject"), QStringLiteral("Quarterly report")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The header line adds black pixels at the top of the page.
    FaxTiffReader a, b;
    QVERIFY(a.open(plain));
    QVERIFY(b.open(branded));
    const auto pa = a.readPage(0);
    const auto pb = b.readPage(0);
    QVERIFY(pa && pb);
    const QImage topA = pa->image.copy(0, 0, pa->width(), 40);
    const QImage topB = pb->image.copy(0, 0, pb->width(), 40);
    QVERIFY(topA != topB);

    const Run info = faxctl({QStringLiteral("info"), branded});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QStringLiteral("+49 30 1234")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Quarterly report")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("sent")), qPrintable(info.out));
    const QJsonObject o = json({QStringLiteral("info"), branded});
    QCOMPARE(o.value(QStringLiteral("tsid")).toString(), QStringLiteral("+49 30 1234"));
    QCOMPARE(o.value(QStringLiteral("subject")).toString(), QStringLiteral("Quarterly report"));
    const QDateTime time =
        QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
    QVERIFY(time.isValid());
    QVERIFY(qAbs(time.secsTo(QDateTime::currentDateTimeUtc())) < 300);
}

void TestFaxctlImaging::secondProcessMakesTheSamePages_data()
{
    QTest::addColumn<QString>("compression");
    QTest::newRow("mmr") << QStringLiteral("mmr");
    QTest::newRow("mh") << QStringLiteral("mh");
    QTest::newRow("mr") << QStringLiteral("mr");
}

void TestFaxctlImaging::secondProcessMakesTheSamePages()
{
    QFETCH(QString, compression);
    // Five PDF pages, a picture, then the 2-page PDF: the forked worker takes some of the seven
    // PDF pages; each page is branded with its own number. The line has no time: the two runs
    // may fall in different minutes.
    const QString five = m_out + QStringLiteral("/five.pdf");
    QVERIFY(makePdf(five, 5));
    const QStringList common{QStringLiteral("convert"),
                             five,
                             m_png,
                             m_pdf,
                             QStringLiteral("--branding"),
                             QStringLiteral("PAGE %p OF %n"),
                             QStringLiteral("--compression"),
                             compression,
                             QStringLiteral("--quiet")};
    const QString one = m_out + QStringLiteral("/one.tif");
    const QString two = m_out + QStringLiteral("/two.tif");
    const QJsonObject a =
        json(common + QStringList{QStringLiteral("-o"), one, QStringLiteral("--processes"),
                                  QStringLiteral("1")});
    QCOMPARE(a.value(QStringLiteral("workerPages")).toInt(), 0);
    const QJsonObject b =
        json(common + QStringList{QStringLiteral("-o"), two, QStringLiteral("--processes"),
                                  QStringLiteral("2")});
    // The PDF pages go to whichever process is free: both make some.
    const int workerPages = b.value(QStringLiteral("workerPages")).toInt();
    QVERIFY2(workerPages >= 1 && workerPages <= 6, qPrintable(QString::number(workerPages)));
    QCOMPARE(b.value(QStringLiteral("pages")).toInt(), 8);
    FaxTiffReader ra, rb;
    QVERIFY(ra.open(one));
    QVERIFY(rb.open(two));
    QCOMPARE(rb.pageCount(), 8);
    for (int i = 0; i < 8; ++i) {
        const FaxTiffPageInfo ia = ra.pageInfo(i);
        const FaxTiffPageInfo ib = rb.pageInfo(i);
        QCOMPARE(ib.compressionName(), ia.compressionName());
        QCOMPARE(ib.t4TwoD, ia.t4TwoD);
        QCOMPARE(ib.t4FillBits, ia.t4FillBits);
        QCOMPARE(ib.dataBytes, ia.dataBytes);
        const auto pa = ra.readPage(i);
        const auto pb = rb.readPage(i);
        QVERIFY(pa && pb);
        QVERIFY2(pa->image == pb->image, qPrintable(QStringLiteral("page %1 differs").arg(i + 1)));
    }
    // The branding band names each page's own number: pages differ at the top.
    QVERIFY(ra.readPage(0)->image.copy(0, 0, 1728, 40) !=
            ra.readPage(1)->image.copy(0, 0, 1728, 40));
    QVERIFY(rb.readPage(2)->image.copy(0, 0, 1728, 40) !=
            rb.readPage(3)->image.copy(0, 0, 1728, 40));

    const Run bad = faxctl({QStringLiteral("convert"), five, QStringLiteral("-o"), two,
                            QStringLiteral("--processes"), QStringLiteral("3")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--processes: '3' is not 1 or 2")),
             qPrintable(bad.err));
}

void TestFaxctlImaging::secondProcessOnALongDocument()
{
    // PDFium reads pages lazily; both processes read the document at the same time, and must
    // never disturb each other's reading (they once shared a file offset: pages failed with
    // "invalid page size" or came out wrong, in about one run in three).
    const QString longPdf = m_in + QStringLiteral("/long.pdf");
    QVERIFY(makePdf(longPdf, 120));
    const QString one = m_out + QStringLiteral("/one.tif");
    QCOMPARE(faxctl({QStringLiteral("convert"), longPdf, QStringLiteral("-o"), one,
                     QStringLiteral("--processes"), QStringLiteral("1"), QStringLiteral("--quiet")})
                 .exitCode,
             0);
    FaxTiffReader reference;
    QVERIFY(reference.open(one));
    QCOMPARE(reference.pageCount(), 120);
    for (int run = 0; run < 4; ++run) {
        const QString two = m_out + QStringLiteral("/two.tif");
        const QJsonObject o =
            json({QStringLiteral("convert"), longPdf, QStringLiteral("-o"), two,
                  QStringLiteral("--processes"), QStringLiteral("2"), QStringLiteral("--quiet")});
        QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 120);
        const int workerPages = o.value(QStringLiteral("workerPages")).toInt();
        QVERIFY2(workerPages >= 30 && workerPages <= 90, qPrintable(QString::number(workerPages)));
        FaxTiffReader r;
        QVERIFY(r.open(two));
        QCOMPARE(r.pageCount(), 120);
        for (int i = 0; i < 120; ++i)
            QVERIFY2(r.pageInfo(i).dataBytes == reference.pageInfo(i).dataBytes,
                     qPrintable(QStringLiteral("run %1, page %2 differs").arg(run + 1).arg(i + 1)));
    }
}

void TestFaxctlImaging::convertWithoutDisplay()
{
    // No display and no platform chosen: faxctl picks the offscreen platform itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    const QString out = m_out + QStringLiteral("/text.tif");
    const Run r = faxctl({QStringLiteral("convert"), m_text, QStringLiteral("-o"), out,
                          QStringLiteral("--branding"), QStringLiteral("%d %t page %p/%n")},
                         env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(out));
}

// The ITU chart was written by spandsp's tools: its direction is not known, not "received".
void TestFaxctlImaging::infoOnAnotherProgramsTiff()
{
    const Run r = faxctl({QStringLiteral("info"), m_chart});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("unknown (not written by Fax Console)")),
             qPrintable(r.out));
    const QJsonObject o = json({QStringLiteral("info"), m_chart});
    QVERIFY(o.contains(QStringLiteral("direction")));
    QVERIFY(o.value(QStringLiteral("direction")).isNull());
    QVERIFY(o.value(QStringLiteral("software")).isString());
    QCOMPARE(o.value(QStringLiteral("pageCount")).toInt(), 1);
}

void TestFaxctlImaging::infoShowsReceivedProperties()
{
    // A received fax as the engine stores it, with copy-quality counts.
    const QString path = m_out + QStringLiteral("/received.tif");
    FaxTiffProperties props;
    props.received = true;
    props.csid = QStringLiteral("+1 555 0100");
    props.tsid = QStringLiteral("+44 20 7946");
    props.callerId = QStringLiteral("02079460000");
    props.routing = QStringLiteral("sales");
    props.port = QStringLiteral("ttyS0");
    props.jobId = 42;
    props.partial = true;
    props.time = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    {
        FaxTiffWriter writer(path);
        QVERIFY(writer.open(props, 2));
        FaxPage page;
        page.image = makeFaxImage(1728, 1100);
        page.yDpi = 98;
        QVERIFY(writer.addPage(page, FaxCompression::Mh, 12, 3));
        page.image = makeFaxImage(1728, 2200);
        page.yDpi = 196;
        QVERIFY(writer.addPage(page, FaxCompression::Mr));
        QVERIFY(writer.finish());
    }
    const Run r = faxctl({QStringLiteral("info"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &s :
         {QStringLiteral("received"), props.csid, props.tsid, props.callerId, props.routing,
          props.port, QStringLiteral("42"), QStringLiteral("yes"),
          QStringLiteral("12 (at most 3 in a row)"), QStringLiteral("MH"), QStringLiteral("MR"),
          QStringLiteral("(normal)"), QStringLiteral("(fine)"), QStringLiteral("1728 x 1100")})
        QVERIFY2(r.out.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + r.out));

    const QJsonObject o = json({QStringLiteral("info"), path});
    QCOMPARE(o.value(QStringLiteral("direction")).toString(), QStringLiteral("received"));
    QCOMPARE(o.value(QStringLiteral("csid")).toString(), props.csid);
    QCOMPARE(o.value(QStringLiteral("callerId")).toString(), props.callerId);
    QCOMPARE(o.value(QStringLiteral("routing")).toString(), props.routing);
    QCOMPARE(o.value(QStringLiteral("port")).toString(), props.port);
    QCOMPARE(o.value(QStringLiteral("job")).toInteger(), 42);
    QCOMPARE(o.value(QStringLiteral("partial")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2026-03-04T05:06:07Z"));
    const QJsonArray pages = o.value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).toObject().value(QStringLiteral("badLines")).toInt(), 12);
    QCOMPARE(pages.at(0).toObject().value(QStringLiteral("consecutiveBadLines")).toInt(), 3);
    QCOMPARE(pages.at(0).toObject().value(QStringLiteral("compression")).toString(),
             QStringLiteral("MH"));
    QCOMPARE(pages.at(1).toObject().value(QStringLiteral("compression")).toString(),
             QStringLiteral("MR"));
    QCOMPARE(pages.at(1).toObject().value(QStringLiteral("lines")).toInt(), 2200);
}

void TestFaxctlImaging::badConvert_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");

    // Placeholders: IN/ is the input folder, OUT the output file.
    QTest::newRow("missing file") << QStringList{QStringLiteral("IN/nothing.pdf")} << 1
                                  << QStringList{QStringLiteral("nothing.pdf"),
                                                 QStringLiteral("no such file")};
    QTest::newRow("random binary")
        << QStringList{QStringLiteral("IN/random.bin")} << 1
        << QStringList{QStringLiteral("random.bin"), QStringLiteral("unsupported")};
    QTest::newRow("truncated pdf") << QStringList{QStringLiteral("IN/truncated.pdf")} << 1
                                   << QStringList{QStringLiteral("truncated.pdf")};
    QTest::newRow("good then missing")
        << QStringList{QStringLiteral("IN/two-pages.pdf"), QStringLiteral("IN/gone.png")} << 1
        << QStringList{QStringLiteral("gone.png")};
    QTest::newRow("bad paper") << QStringList{QStringLiteral("IN/letter.txt"),
                                              QStringLiteral("--paper"), QStringLiteral("a5")}
                               << 2
                               << QStringList{QStringLiteral("--paper"), QStringLiteral("'a5'"),
                                              QStringLiteral("a4, letter, legal, b4, a3")};
    QTest::newRow("bad resolution")
        << QStringList{QStringLiteral("IN/letter.txt"), QStringLiteral("--resolution"),
                       QStringLiteral("ultra")}
        << 2
        << QStringList{QStringLiteral("--resolution"), QStringLiteral("'ultra'"),
                       QStringLiteral("normal, fine, superfine")};
    QTest::newRow("bad compression")
        << QStringList{QStringLiteral("IN/letter.txt"), QStringLiteral("--compression=jbig")} << 2
        << QStringList{QStringLiteral("--compression"), QStringLiteral("'jbig'"),
                       QStringLiteral("mh, mr, mmr")};
    QTest::newRow("bad halftone") << QStringList{QStringLiteral("IN/letter.txt"),
                                                 QStringLiteral("--halftone"),
                                                 QStringLiteral("fancy")}
                                  << 2
                                  << QStringList{QStringLiteral("--halftone"),
                                                 QStringLiteral("auto, threshold, dither")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("IN/letter.txt"), QStringLiteral("--colour")} << 2
        << QStringList{QStringLiteral("--colour")};
    QTest::newRow("value missing")
        << QStringList{QStringLiteral("IN/letter.txt"), QStringLiteral("--paper")} << 2
        << QStringList{QStringLiteral("--paper"), QStringLiteral("needs a value")};
    QTest::newRow("no documents") << QStringList{} << 2 << QStringList{QStringLiteral("document")};
    QTest::newRow("output is a folder")
        << QStringList{QStringLiteral("IN/letter.txt"), QStringLiteral("-o"),
                       QStringLiteral("OUTDIR")}
        << 1 << QStringList{QStringLiteral("folder")};
    QTest::newRow("output parent is a file")
        << QStringList{QStringLiteral("IN/letter.txt"), QStringLiteral("-o"),
                       QStringLiteral("IN/letter.txt/out.tif")}
        << 1 << QStringList{QStringLiteral("letter.txt/out.tif"), QStringLiteral("not a folder")};
    QTest::newRow("output folder missing")
        << QStringList{QStringLiteral("IN/letter.txt"), QStringLiteral("-o"),
                       QStringLiteral("OUTDIR/no/such/out.tif")}
        << 1 << QStringList{QStringLiteral("does not exist")};
}

void TestFaxctlImaging::badConvert()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);

    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise += char((i * 151 + 7) % 256);
    QVERIFY(writeFile(m_in + QStringLiteral("/random.bin"), noise));
    const QByteArray pdf = readAll(m_pdf);
    QVERIFY(writeFile(m_in + QStringLiteral("/truncated.pdf"), pdf.left(pdf.size() / 3)));

    const QString out = m_out + QStringLiteral("/OUT.tif");
    QStringList command{QStringLiteral("convert")};
    bool hasOutput = false;
    for (QString a : args) {
        a.replace(QStringLiteral("IN/"), m_in + QLatin1Char('/'));
        a.replace(QStringLiteral("OUTDIR"), m_out);
        hasOutput = hasOutput || a == QLatin1String("-o");
        command << a;
    }
    if (!hasOutput)
        command << QStringLiteral("-o") << out;
    const Run r = faxctl(command);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY(r.out.isEmpty());
    for (const QString &m : mentions)
        QVERIFY2(r.err.contains(m), qPrintable(m + QStringLiteral(" not in: ") + r.err));
    QVERIFY2(r.err.startsWith(QStringLiteral("faxctl: ")), qPrintable(r.err));
    // Nothing written, not even a temporary file.
    QCOMPARE(outFolder(), QStringList());
    QVERIFY(!QFile::exists(m_in + QStringLiteral("/letter.txt/out.tif")));
}

void TestFaxctlImaging::failureKeepsExistingOutput()
{
    const QString out = m_out + QStringLiteral("/kept.tif");
    QCOMPARE(faxctl({QStringLiteral("convert"), m_png, QStringLiteral("-o"), out}).exitCode, 0);
    const QByteArray before = readAll(out);
    QVERIFY(!before.isEmpty());
    const QByteArray pdf = readAll(m_pdf);
    const QString broken = m_in + QStringLiteral("/broken.pdf");
    QVERIFY(writeFile(broken, pdf.left(200)));
    const Run r = faxctl({QStringLiteral("convert"), m_text, broken, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(broken), qPrintable(r.err));
    QCOMPARE(readAll(out), before);
    QCOMPARE(outFolder(), QStringList{QStringLiteral("kept.tif")});
}

void TestFaxctlImaging::interruptedConvertWritesNothing_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("processes");
    QTest::newRow("SIGINT, two processes") << int(SIGINT) << QStringLiteral("2");
    QTest::newRow("SIGTERM, one process") << int(SIGTERM) << QStringLiteral("1");
}

void TestFaxctlImaging::interruptedConvertWritesNothing()
{
    QFETCH(int, signal);
    QFETCH(QString, processes);
    const QString big = m_in + QStringLiteral("/big.pdf");
    QVERIFY(makePdf(big, 150));
    const QString out = m_out + QStringLiteral("/kept.tif");
    QVERIFY(writeFile(out, "an earlier fax"));
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("FAXCONSOLE_DATA_DIR"), m_tmp->filePath(QStringLiteral("no-data")));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(FAXCTL_PATH), {QStringLiteral("convert"), big, QStringLiteral("-o"), out,
                                          QStringLiteral("--processes"), processes});
    QVERIFY(p.waitForStarted());
    // Progress comes a line per page when stderr is no terminal: stop after the third page.
    QByteArray err;
    QElapsedTimer waited;
    waited.start();
    while (!err.contains("page 3 of 150") && p.state() == QProcess::Running &&
           waited.elapsed() < 60000) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    QVERIFY2(err.contains("page 3 of 150"), err.constData());
    ::kill(pid_t(p.processId()), signal);
    QVERIFY(p.waitForFinished(30000));
    err += p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("stopped at page") && err.contains("nothing was written"),
             err.constData());
    QVERIFY2(!err.contains("page 150 of 150"), err.constData());
    // The earlier file is as it was, and no temporary file is left beside it.
    QCOMPARE(readAll(out), QByteArray("an earlier fax"));
    QCOMPARE(outFolder(), QStringList{QStringLiteral("kept.tif")});
}

void TestFaxctlImaging::unwritableOutputFolder()
{
    if (geteuid() == 0)
        QSKIP("root writes anywhere; 'output parent is a file' covers the failure for root");
    const QString locked = m_out + QStringLiteral("/locked");
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    const QString out = locked + QStringLiteral("/OUT.tif");
    const Run r = faxctl({QStringLiteral("convert"), m_text, QStringLiteral("-o"), out});
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(out), qPrintable(r.err));
    QVERIFY(QDir(locked).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestFaxctlImaging::badInfo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << "IN/none.tif" << 1 << "cannot open";
    QTest::newRow("not a tiff") << "IN/letter.txt" << 1 << "not a readable TIFF";
    QTest::newRow("pdf") << "IN/two-pages.pdf" << 1 << "not a readable TIFF";
    QTest::newRow("truncated tiff") << "IN/truncated.tif" << 1 << "";
    QTest::newRow("damaged data") << "IN/damaged.tif" << 1 << "page 1";
    QTest::newRow("folder") << "IN" << 1 << "folder";
    QTest::newRow("no file") << "" << 2 << "exactly one";
}

void TestFaxctlImaging::badInfo()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    // A fax whose end is cut off (the directory of a libtiff file is usually at its end).
    const QByteArray chart = readAll(m_chart);
    QVERIFY(writeFile(m_in + QStringLiteral("/truncated.tif"), chart.left(chart.size() / 2)));
    // Headers intact, coded data of page 1 overwritten: only decoding (--verify) finds it.
    QByteArray damaged = chart;
    for (qsizetype i = 8; i < 8000 && i < damaged.size(); ++i)
        damaged[i] = 0;
    QVERIFY(writeFile(m_in + QStringLiteral("/damaged.tif"), damaged));
    file.replace(QStringLiteral("IN"), m_in);
    const QStringList args =
        file.isEmpty() ? QStringList{QStringLiteral("info")}
                       : QStringList{QStringLiteral("info"), QStringLiteral("--verify"), file};
    const Run r = faxctl(args);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2 %3").arg(r.exitCode).arg(r.out, r.err)));
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
}

QTEST_MAIN(TestFaxctlImaging)
#include "tst_faxctlimaging.moc"
