// SPDX-License-Identifier: GPL-3.0-or-later
// SendPreparation: the pages of one recipient's fax as the line gets them - the cover page with
// that recipient's fields first (counted on itself), the documents, every page branded.
#include "cover/coverfields.h"
#include "cover/coverfile.h"
#include "cover/coverrenderer.h"
#include "cover/sendpreparation.h"
#include "imaging/branding.h"
#include "imaging/faxtiff.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace Fax;

namespace {

QString chart(int n)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/itu%1.tif").arg(n);
}

QString general()
{
    return QStringLiteral(FAX_SOURCE_DIR "/resources/covers/general.coverpage");
}

QList<FaxPage> pagesOf(const QString &path)
{
    QList<FaxPage> pages;
    FaxTiffReader reader;
    if (!reader.open(path))
        return pages;
    for (int i = 0; i < reader.pageCount(); ++i) {
        const auto page = reader.readPage(i);
        if (page)
            pages << *page;
    }
    return pages;
}

/// The rows of a page below its branding band.
QImage belowBand(const FaxPage &page)
{
    const int band = Branding::bandLines(page.yDpi);
    return page.image.copy(0, band, page.width(), page.lines() - band);
}

/// True when the band at the top of the page has ink.
bool branded(const FaxPage &page)
{
    const int band = Branding::bandLines(page.yDpi);
    for (int y = 0; y < band; ++y) {
        const uchar *line = page.image.constScanLine(y);
        for (int x = 0; x < page.image.bytesPerLine(); ++x) {
            if (line[x])
                return true;
        }
    }
    return false;
}

SendDocument document()
{
    SendDocument d;
    d.files = {chart(1), chart(2)};
    d.coverPage = general();
    d.recipient.name = QStringLiteral("Dr. Maria Reyes");
    d.recipient.faxNumber = QStringLiteral("+1 555 0100");
    d.recipient.company = QStringLiteral("Riverside Clinic");
    d.sender.name = QStringLiteral("Thomas Becker");
    d.sender.faxNumber = QStringLiteral("+49 30 5550 199");
    d.subject = QStringLiteral("Lab results");
    d.note = QStringLiteral("Three pages follow.");
    d.sendTime = QDateTime(QDate(2026, 12, 7), QTime(9, 41));
    d.stationId = QStringLiteral("+49 30 5550 199");
    d.jobId = 42;
    return d;
}

} // namespace

class TestSendPreparation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void documentsAlone()
    {
        SendDocument d = document();
        d.coverPage.clear();
        const QString out = m_dir->filePath(QStringLiteral("out.tif"));
        const auto s = SendPreparation::prepare(d, out);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->pages, 2);
        QCOMPARE(s->coverPages, 0);
        QCOMPARE(s->documents.pagesPerFile, QList<int>({1, 1}));
        const auto pages = pagesOf(out);
        QCOMPARE(pages.size(), 2);
        // Without a branding line the chart goes as it is.
        QCOMPARE(pages.at(0).image, pagesOf(chart(1)).at(0).image);
    }

    // pageReady hands over each page while the others are made, numbered as in the fax and
    // exactly as stored (branded), with and without a cover page (which it does not get).
    void pagesHandedOverAsMade()
    {
        for (const bool cover : {false, true}) {
            SendDocument d = document();
            d.files = {chart(1), chart(2), chart(3)};
            if (!cover)
                d.coverPage.clear();
            d.brandingFormat = QStringLiteral("%d %t  P. %p/%P");
            const QString out = m_dir->filePath(QStringLiteral("out-%1.tif").arg(cover));
            QList<int> indices;
            QList<int> totals;
            QList<FaxPage> handed;
            QList<qint64> sizes;
            const auto s = SendPreparation::prepare(
                d, out, {}, {}, {},
                [&](int index, int total, const FaxPage &page, const FaxTiffPageInfo &info) {
                    indices << index;
                    totals << total;
                    handed << page;
                    sizes << info.dataBytes;
                });
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
            const int first = cover ? 1 : 0;
            QCOMPARE(s->pages, 3 + first);
            QCOMPARE(indices, QList<int>({first, first + 1, first + 2}));
            QCOMPARE(totals, QList<int>(3, 3 + first));
            const auto pages = pagesOf(out);
            FaxTiffReader reader;
            QVERIFY(reader.open(out));
            for (int i = 0; i < 3; ++i) {
                QVERIFY(branded(handed.at(i)));
                QCOMPARE(handed.at(i).image, pages.at(first + i).image);
                QCOMPARE(handed.at(i).yDpi, pages.at(first + i).yDpi);
                if (!cover)
                    QCOMPARE(sizes.at(i), reader.pageInfo(i).dataBytes);
            }
        }
    }

    // The cover comes first, drawn exactly as the cover renderer draws it for this recipient,
    // and counts itself in its page field.
    void coverFirstWithTheRecipientsFields()
    {
        const SendDocument d = document();
        const QString out = m_dir->filePath(QStringLiteral("out.tif"));
        const auto s = SendPreparation::prepare(d, out);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->pages, 3);
        QCOMPARE(s->coverPages, 1);
        const auto pages = pagesOf(out);
        QCOMPARE(pages.size(), 3);

        CoverFields fields;
        fields.recipient = d.recipient;
        fields.sender = d.sender;
        fields.subject = d.subject;
        fields.note = d.note;
        fields.sent = d.sendTime;
        fields.pages = 3;
        fields.attachments = 2;
        const auto cover = CoverFile::read(general());
        QVERIFY(cover);
        const auto expected = CoverRenderer::renderFax(*cover, fields, FaxResolution::Fine);
        QVERIFY(expected);
        QCOMPARE(pages.at(0).image, expected->image);
        // With another page count the cover differs: the field is really filled.
        fields.pages = 2;
        QVERIFY(CoverRenderer::renderFax(*cover, fields, FaxResolution::Fine)->image !=
                pages.at(0).image);
        QCOMPARE(pages.at(1).lines(), 2376); // chart 1, unchanged below
    }

    // Branding: every page, the cover included, numbered out of all of them.
    void everyPageBranded()
    {
        SendDocument d = document();
        d.brandingFormat = QStringLiteral("%d %t FROM %s PAGE %p OF %n");
        const QString out = m_dir->filePath(QStringLiteral("out.tif"));
        const auto s = SendPreparation::prepare(d, out);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        const auto pages = pagesOf(out);
        QCOMPARE(pages.size(), 3);
        const auto plain = pagesOf([&] {
            SendDocument u = document();
            const QString path = m_dir->filePath(QStringLiteral("plain.tif"));
            return SendPreparation::prepare(u, path) ? path : QString();
        }());
        QCOMPARE(plain.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(branded(pages.at(i)), qPrintable(QString::number(i + 1)));
            // Below the band the page is the unbranded one.
            QCOMPARE(belowBand(pages.at(i)), belowBand(plain.at(i)));
            // The band says this page's number out of 3.
            BrandingInfo info = SendPreparation::brandingInfo(d);
            info.page = i + 1;
            info.pages = 3;
            FaxPage stamped = plain.at(i);
            QVERIFY(Branding::stamp(stamped, Branding::expand(d.brandingFormat, info)));
            QCOMPARE(pages.at(i).image, stamped.image);
        }
    }

    // The cover page alone, for a preview that shows it before the documents are converted:
    // the very first page prepare() makes, branding line included; another page count differs.
    void coverPageAloneIsTheFirstPage()
    {
        SendDocument d = document();
        d.brandingFormat = QStringLiteral("%d %t FROM %s PAGE %p OF %n");
        const QString out = m_dir->filePath(QStringLiteral("out.tif"));
        const auto s = SendPreparation::prepare(d, out);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        const auto pages = pagesOf(out);
        QCOMPARE(pages.size(), 3);
        const auto cover = SendPreparation::coverPage(d, 3);
        QVERIFY2(cover, cover ? "" : qPrintable(cover.error().message));
        QCOMPARE(cover->image, pages.at(0).image);
        QCOMPARE(cover->yDpi, pages.at(0).yDpi);
        QVERIFY(SendPreparation::coverPage(d, 4)->image != pages.at(0).image);
        d.coverPage.clear();
        QVERIFY(!SendPreparation::coverPage(d, 3));
    }

    void coverAloneAndResolution()
    {
        SendDocument d = document();
        d.files.clear();
        d.resolution = FaxResolution::Normal;
        const QString out = m_dir->filePath(QStringLiteral("out.tif"));
        const auto s = SendPreparation::prepare(d, out);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->pages, 1);
        const auto pages = pagesOf(out);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).yDpi, 98);
    }

    // A cover file that cannot be read or drawn: a clear error, nothing written, an existing
    // output kept.
    void badCoverWritesNothing()
    {
        const QString bad = m_dir->filePath(QStringLiteral("bad.coverpage"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"format\": \"faxconsole-coverpage\", \"version\": 99 }");
        f.close();
        SendDocument d = document();
        d.coverPage = bad;
        const QString out = m_dir->filePath(QStringLiteral("out.tif"));
        QFile keep(out);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("old");
        keep.close();
        const auto s = SendPreparation::prepare(d, out);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(bad), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("cover page")),
                 qPrintable(s.error().message));
        QFile again(out);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("old"));
        QCOMPARE(
            QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList({QStringLiteral("bad.coverpage"), QStringLiteral("out.tif")}));
    }

    void nothingToSend()
    {
        SendDocument d;
        const auto s = SendPreparation::prepare(d, m_dir->filePath(QStringLiteral("out.tif")));
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::InvalidArgument);
    }

    void cancelStops()
    {
        std::atomic_bool cancel = true;
        ConvertOptions options;
        options.cancel = &cancel;
        const QString out = m_dir->filePath(QStringLiteral("out.tif"));
        const auto s = SendPreparation::prepare(document(), out, options);
        QVERIFY(!s);
        QVERIFY(!QFile::exists(out));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestSendPreparation)
#include "tst_sendpreparation.moc"
