// SPDX-License-Identifier: GPL-3.0-or-later
// Fax TIFF files: multi-page TIFF Class F with the FaxTiff properties in standard tags, written
// atomically, read back by our reader and by libtiff's own tiffinfo.
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"
#include "imaging/jbigcodec.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tiffio.h>

#include <functional>

using namespace Fax;

namespace {

FaxPage chartPage(int n)
{
    FaxTiffReader reader;
    reader.open(QStringLiteral(FAX_TESTDATA_DIR "/itu%1.tif").arg(n));
    return reader.readPage(0).value();
}

bool samePixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    for (int y = 0; y < a.height(); ++y)
        if (memcmp(a.constScanLine(y), b.constScanLine(y), size_t((a.width() + 7) / 8)) != 0)
            return false;
    return true;
}

FaxTiffProperties sampleProperties()
{
    FaxTiffProperties p;
    p.received = true;
    p.csid = QStringLiteral("+49 30 1234567");
    p.tsid = QStringLiteral("ACME Sales");
    p.callerId = QStringLiteral("0301234567");
    p.routing = QStringLiteral("stored in Inbox\nmailed to fax@example.org");
    p.port = QStringLiteral("ttyS0");
    p.subject = QStringLiteral("Größenangaben"); // UTF-8 survives
    p.jobId = 42;
    p.time = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    p.partial = true;
    return p;
}

QString tiffinfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("tiffinfo"), {path});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

/// A one-page TIFF the way HylaFAX stores a received T.85 page: ISO JBIG compression, the BIE as
/// the strip, FillOrder LSB2MSB (which does not apply to a BIE). tags sets the descriptive tags;
/// without it the file has Artist "+1 555 0199".
bool writeJbigTiff(const QString &path, const QImage &page, const QByteArray &bie,
                   const std::function<void(TIFF *)> &tags = {})
{
    TIFF *t = TIFFOpen(QFile::encodeName(path).constData(), "w");
    if (!t)
        return false;
    TIFFSetField(t, TIFFTAG_IMAGEWIDTH, uint32_t(page.width()));
    TIFFSetField(t, TIFFTAG_IMAGELENGTH, uint32_t(page.height()));
    TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(t, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(t, TIFFTAG_FILLORDER, FILLORDER_LSB2MSB);
    TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, uint32_t(page.height()));
    TIFFSetField(t, TIFFTAG_XRESOLUTION, 204.0f);
    TIFFSetField(t, TIFFTAG_YRESOLUTION, 196.0f);
    TIFFSetField(t, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
    if (tags)
        tags(t);
    else
        TIFFSetField(t, TIFFTAG_ARTIST, "+1 555 0199");
    const bool ok = TIFFSetField(t, TIFFTAG_COMPRESSION, COMPRESSION_JBIG) &&
                    TIFFWriteRawStrip(t, 0, const_cast<char *>(bie.constData()), bie.size()) >= 0 &&
                    TIFFWriteDirectory(t);
    TIFFClose(t);
    return ok;
}

} // namespace

class TestFaxTiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsItuCharts()
    {
        for (int n = 1; n <= 8; ++n) {
            FaxTiffReader reader;
            QVERIFY(reader.open(QStringLiteral(FAX_TESTDATA_DIR "/itu%1.tif").arg(n)));
            QCOMPARE(reader.pageCount(), 1);
            QCOMPARE(reader.pageInfo(0).width, 1728);
            QCOMPARE(reader.pageInfo(0).lines, 2376);
            QCOMPARE(reader.pageInfo(0).yDpi, 196);
            FaxCompression c;
            QVERIFY(reader.pageInfo(0).faxCompression(&c));
            QCOMPARE(c, FaxCompression::Mmr);
            auto page = reader.readPage(0);
            QVERIFY(page);
            QVERIFY(isFaxImage(page->image));
            auto raw = reader.rawPage(0);
            QVERIFY(raw);
            // The stored strip is T.6 data our decoder takes as received data.
            FaxCodec::DecodeOptions o;
            o.compression = FaxCompression::Mmr;
            auto decoded = FaxCodec::decode(raw.value(), o);
            QVERIFY(decoded);
            QVERIFY(samePixels(decoded->image, page->image));
        }
    }

    void writeReadRoundTrip_data()
    {
        QTest::addColumn<int>("compression");
        QTest::newRow("mh") << int(FaxCompression::Mh);
        QTest::newRow("mr") << int(FaxCompression::Mr);
        QTest::newRow("mmr") << int(FaxCompression::Mmr);
    }
    void writeReadRoundTrip()
    {
        QFETCH(int, compression);
        const auto c = FaxCompression(compression);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fax.tif"));
        QList<FaxPage> pages{chartPage(1), chartPage(4), chartPage(7)};
        pages[1].yDpi = 196;
        {
            FaxTiffWriter w(path);
            QVERIFY(w.open(sampleProperties()));
            for (int i = 0; i < pages.size(); ++i)
                QVERIFY(w.addPage(pages[i], c, i == 1 ? 12 : 0,
                                  i == 1 ? 3 : 0)); // page 2 "received" damaged
            QVERIFY(!QFile::exists(path));          // nothing visible before finish()
            {
                auto fr = w.finish();
                QVERIFY2(fr, qPrintable(fr.error().message));
            }
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("fax.tif")});
        FaxTiffReader r;
        QVERIFY(r.open(path));
        QCOMPARE(r.pageCount(), 3);
        QCOMPARE(r.properties(), sampleProperties());
        QCOMPARE(r.pageInfo(0).badLines, 0);
        QCOMPARE(r.pageInfo(1).badLines, 12);
        QCOMPARE(r.pageInfo(1).consecutiveBadLines, 3);
        for (int i = 0; i < 3; ++i) {
            FaxCompression got;
            QVERIFY(r.pageInfo(i).faxCompression(&got));
            QCOMPARE(got, c);
            auto page = r.readPage(i);
            QVERIFY(page);
            QCOMPARE(page->yDpi, pages[i].yDpi);
            QVERIFY(samePixels(page->image, pages[i].image));
        }

        if (QStandardPaths::findExecutable(QStringLiteral("tiffinfo")).isEmpty())
            QSKIP("tiffinfo (libtiff-tools) not installed");
        const QString info = tiffinfo(path);
        QVERIFY2(info.contains(QLatin1String("Page Number: 0-3")), qPrintable(info));
        QVERIFY(info.contains(QLatin1String("Page Number: 2-3")));
        QVERIFY(info.contains(QLatin1String("Resolution: 204, 196 pixels/inch")));
        QVERIFY(info.contains(QLatin1String("Artist: ACME Sales")));
        QVERIFY(info.contains(QLatin1String("Model: ttyS0")));
        QVERIFY(info.contains(QLatin1String("csid=+49 30 1234567")));
        QVERIFY(info.contains(QLatin1String("caller-id=0301234567")));
        QVERIFY(info.contains(QLatin1String("Software: Fax Console")));
        QVERIFY(info.contains(QLatin1String("Photometric Interpretation: min-is-white")));
        QVERIFY(info.contains(QLatin1String("Bad Fax Lines: 12")));
        QVERIFY(info.contains(QLatin1String("Consecutive Bad Fax Lines: 3")));
        QVERIFY(info.contains(c == FaxCompression::Mmr ? QLatin1String("CCITT Group 4")
                                                       : QLatin1String("CCITT Group 3")));
    }

    void knownPageCountAndRawPages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sent.tif"));
        FaxTiffReader src;
        QVERIFY(src.open(QStringLiteral(FAX_TESTDATA_DIR "/itu2.tif")));
        FaxTiffWriter w(path);
        FaxTiffProperties p;
        p.received = false;
        p.sender = QStringLiteral("Jane Doe");
        p.recipient = QStringLiteral("Bob");
        QVERIFY(w.open(p, 2));
        QVERIFY(w.addRawPage(src.rawPage(0).value(), src.pageInfo(0)));
        QVERIFY(w.addPage(src.readPage(0).value(), FaxCompression::Mh));
        {
            auto fr = w.finish();
            QVERIFY2(fr, qPrintable(fr.error().message));
        }
        FaxTiffReader r;
        QVERIFY(r.open(path));
        QCOMPARE(r.properties().received, false);
        QCOMPARE(r.properties().sender, QStringLiteral("Jane Doe"));
        QCOMPARE(r.pageCount(), 2);
        QCOMPARE(r.rawPage(0).value(), src.rawPage(0).value()); // passed through unchanged
        QVERIFY(samePixels(r.readPage(1)->image, src.readPage(0)->image));
    }

    void rewriteProperties()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.tif"));
        FaxTiffWriter w(path);
        FaxTiffProperties p;
        p.received = true;
        p.csid = QStringLiteral("+49 30 999");
        p.callerId = QStringLiteral("0301234567");
        p.time = QDateTime::currentDateTimeUtc();
        QVERIFY(w.open(p, 2));
        QVERIFY(w.addPage(chartPage(1), FaxCompression::Mh, 7, 2));
        QVERIFY(w.addPage(chartPage(4), FaxCompression::Mmr));
        QVERIFY(w.finish());
        FaxTiffReader before;
        QVERIFY(before.open(path));

        p.routing = QStringLiteral("Stored in the Inbox; printed on Laser");
        auto r = FaxTiffWriter::rewriteProperties(path, p);
        QVERIFY2(r, qPrintable(r.error().message));
        FaxTiffReader after;
        QVERIFY(after.open(path));
        QCOMPARE(after.properties().routing, p.routing);
        QCOMPARE(after.properties().callerId, p.callerId);
        QCOMPARE(after.properties().csid, p.csid);
        QCOMPARE(after.pageCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after.rawPage(i).value(), before.rawPage(i).value()); // the pages as they were
            QCOMPARE(after.pageInfo(i).compressionName(), before.pageInfo(i).compressionName());
            QCOMPARE(after.pageInfo(i).badLines, before.pageInfo(i).badLines);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("in.tif")});

        // A file that is not there stays not there, and the error names it.
        const QString missing = dir.filePath(QStringLiteral("missing.tif"));
        auto m = FaxTiffWriter::rewriteProperties(missing, p);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(missing), qPrintable(m.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("in.tif")});
    }

    void unfinishedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fax.tif"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous");
        old.close();
        {
            FaxTiffWriter w(path);
            QVERIFY(w.open({}));
            QVERIFY(w.addPage(chartPage(3), FaxCompression::Mmr));
        } // destroyed without finish()
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("fax.tif")});
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous"));
        FaxTiffWriter empty(path);
        QVERIFY(empty.open({}));
        auto r = empty.finish();
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(path));
        FaxTiffWriter nowhere(QStringLiteral("/nonexistent-dir/x.tif"));
        auto o = nowhere.open({});
        QVERIFY(!o);
        QVERIFY(o.error().message.contains(QLatin1String("/nonexistent-dir/x.tif")));
    }

    void badFiles()
    {
        QTemporaryDir dir;
        FaxTiffReader r;
        auto missing = r.open(dir.filePath(QStringLiteral("missing.tif")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("missing.tif")));

        auto junk = r.openData(QByteArray(1000, 'x'), QStringLiteral("junk.tif"));
        QVERIFY(!junk);
        QVERIFY(junk.error().message.contains(QLatin1String("junk.tif")));

        QFile f(QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        // Cut inside the strip data: opens (the directory is at the end? then it does not).
        for (qsizetype cut : {qsizetype(8), qsizetype(100), whole.size() / 2, whole.size() - 10}) {
            FaxTiffReader t;
            if (!t.openData(whole.left(cut), QStringLiteral("cut.tif")))
                continue;
            for (int i = 0; i < t.pageCount(); ++i) {
                auto page = t.readPage(i);
                if (!page)
                    QVERIFY(page.error().message.contains(QLatin1String("cut.tif: page 1")));
            }
        }
        // Flipped bytes anywhere must never crash.
        for (int i = 0; i < 200; ++i) {
            QByteArray bad = whole;
            bad[(i * 7919) % bad.size()] = char(bad[(i * 7919) % bad.size()] ^ 0xff);
            bad[(i * 104729) % bad.size()] = char(i);
            FaxTiffReader t;
            if (t.openData(bad, QStringLiteral("bad.tif")))
                for (int p = 0; p < t.pageCount(); ++p)
                    (void)t.readPage(p);
        }
        QVERIFY(!r.readPage(5));
    }

    void receivedFaxAndCompressionNames()
    {
        ReceivedFax fax;
        fax.csid = QStringLiteral("CSID");
        fax.tsid = QStringLiteral("TSID");
        fax.callerId = QStringLiteral("555");
        fax.routing = QStringLiteral("inbox");
        fax.port = QStringLiteral("ttyUSB0");
        fax.receiveTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        fax.partial = true;
        ReceivedFax back;
        FaxTiffProperties::fromReceivedFax(fax).applyTo(&back);
        QCOMPARE(back.csid, fax.csid);
        QCOMPARE(back.tsid, fax.tsid);
        QCOMPARE(back.callerId, fax.callerId);
        QCOMPARE(back.routing, fax.routing);
        QCOMPARE(back.port, fax.port);
        QCOMPARE(back.receiveTime, fax.receiveTime);
        QVERIFY(back.partial);
        FaxTiffPageInfo info;
        info.compression = 4;
        QCOMPARE(info.compressionName(), QStringLiteral("MMR"));
        info.compression = 3;
        info.t4TwoD = true;
        QCOMPARE(info.compressionName(), QStringLiteral("MR"));
        info.compression = 5;
        QCOMPARE(info.compressionName(), QStringLiteral("LZW"));
    }

    void readsJbigPagesAsHylafaxStoresThem()
    {
        QTemporaryDir dir;
        const FaxPage chart = chartPage(1);
        const QByteArray bie = JbigCodec::encode(chart.image);
        const QString path = dir.filePath(QStringLiteral("fax000000001.tif"));
        QVERIFY(writeJbigTiff(path, chart.image, bie + QByteArray(40, '\0')));
        FaxTiffReader reader;
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.pageInfo(0).compressionName(), QStringLiteral("T85"));
        QCOMPARE(reader.properties().tsid, QStringLiteral("+1 555 0199"));
        const auto page = reader.readPage(0);
        QVERIFY2(page, qPrintable(page.error().message));
        QVERIFY(samePixels(page->image, chart.image));
        QCOMPARE(page->yDpi, 196);

        // A damaged BIE is an error naming the file, the page and where it broke.
        QByteArray broken = bie;
        broken.truncate(bie.size() / 3);
        const QString brokenPath = dir.filePath(QStringLiteral("broken.tif"));
        QVERIFY(writeJbigTiff(brokenPath, chart.image, broken));
        FaxTiffReader bad;
        QVERIFY(bad.open(brokenPath).ok());
        const auto failed = bad.readPage(0);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QLatin1String("broken.tif: page 1:")),
                 qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(QLatin1String("after line")),
                 qPrintable(failed.error().message));
    }

    void readsAnotherFaxServersReceivedFax_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("software");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<bool>("receiveTags");
        QTest::addColumn<bool>("received");
        QTest::addColumn<QString>("tsid");
        // As HylaFAX 6.0.7 wrote its recvq file in integration_hylafaxinterop.
        QTest::newRow("HylaFAX") << QStringLiteral("+49 30 1234")
                                 << QStringLiteral("HylaFAX (tm) Version 6.0.7")
                                 << QStringLiteral("2026:11:26 10:59:06") << true << true
                                 << QStringLiteral("+49 30 1234");
        // spandsp's receive file: slashes in DateTime.
        QTest::newRow("spandsp") << QStringLiteral("111")
                                 << QStringLiteral("Spandsp 20110122 075024")
                                 << QStringLiteral("2026/11/26 10:57:18") << true << true
                                 << QStringLiteral("111");
        // Receive tags, but the description is no station id: the TSID stays unknown.
        QTest::newRow("long description")
            << QStringLiteral("Received from the branch office\nsecond line") << QString()
            << QStringLiteral("2026:11:26 10:59:06") << true << true << QString();
        // No receive tags: a scan or a converted document says nothing about a direction, and
        // its description is not taken for a station id.
        QTest::newRow("scanner") << QStringLiteral("12345") << QStringLiteral("ScanTool 2.1")
                                 << QStringLiteral("2026:11:26 10:59:06") << false << false
                                 << QString();
    }

    void readsAnotherFaxServersReceivedFax()
    {
        QFETCH(QString, description);
        QFETCH(QString, software);
        QFETCH(QString, dateTime);
        QFETCH(bool, receiveTags);
        QFETCH(bool, received);
        QFETCH(QString, tsid);
        QTemporaryDir dir;
        const FaxPage chart = chartPage(1);
        const QString path = dir.filePath(QStringLiteral("fax000000007.tif"));
        QVERIFY(writeJbigTiff(path, chart.image, JbigCodec::encode(chart.image), [&](TIFF *t) {
            TIFFSetField(t, TIFFTAG_IMAGEDESCRIPTION, description.toUtf8().constData());
            if (!software.isEmpty())
                TIFFSetField(t, TIFFTAG_SOFTWARE, software.toUtf8().constData());
            TIFFSetField(t, TIFFTAG_DATETIME, dateTime.toUtf8().constData());
            if (receiveTags) {
                TIFFSetField(t, TIFFTAG_FAXRECVPARAMS, uint32_t(2166825));
                TIFFSetField(t, TIFFTAG_FAXRECVTIME, uint32_t(19));
                TIFFSetField(t, TIFFTAG_FAXDCS, "00 46 2F 21 01 01 01 01 01 04");
            }
        }));
        FaxTiffReader reader;
        QVERIFY(reader.open(path).ok());
        QVERIFY(!reader.fromFaxConsole());
        QCOMPARE(reader.receivedByOtherProgram(), received);
        QCOMPARE(reader.directionKnown(), received);
        QCOMPARE(reader.software(), software);
        QCOMPARE(reader.properties().tsid, tsid);
        if (received)
            QVERIFY(reader.properties().received);
        QCOMPARE(reader.properties().time,
                 QDateTime(QDate(2026, 11, 26), dateTime.endsWith(QLatin1String("18"))
                                                    ? QTime(10, 57, 18)
                                                    : QTime(10, 59, 6)));
        // The page itself reads as before.
        const auto page = reader.readPage(0);
        QVERIFY2(page, qPrintable(page.error().message));
        QVERIFY(samePixels(page->image, chart.image));
    }

    void ourOwnFaxKnowsItsSoftware()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ours.tif"));
        FaxTiffWriter w(path);
        QVERIFY(w.open(sampleProperties()).ok());
        QVERIFY(w.addPage(chartPage(2), FaxCompression::Mmr).ok());
        QVERIFY(w.finish().ok());
        FaxTiffReader reader;
        QVERIFY(reader.open(path).ok());
        QVERIFY(reader.fromFaxConsole());
        QVERIFY(!reader.receivedByOtherProgram());
        QVERIFY(reader.directionKnown());
        QVERIFY2(reader.software().startsWith(QLatin1String("Fax Console")),
                 qPrintable(reader.software()));
    }

    void descriptionEscaping()
    {
        FaxTiffProperties p;
        p.routing = QStringLiteral("a\\nb\nc=d");
        FaxTiffProperties q;
        QVERIFY(parseFaxTiffDescription(faxTiffDescription(p), &q));
        QCOMPARE(q.routing, p.routing);
        QVERIFY(!parseFaxTiffDescription(QStringLiteral("scanned by X"), &q));
    }
};

QTEST_MAIN(TestFaxTiff)
#include "tst_faxtiff.moc"
