// SPDX-License-Identifier: GPL-3.0-or-later
// The branding line: format directives and the band drawn at the top of a page.
#include "imaging/branding.h"

#include <QGuiApplication>
#include <QTest>

using namespace Fax;

namespace {

int blackPixels(const QImage &img, int y0, int y1)
{
    int n = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = 0; x < img.width(); ++x)
            n += img.pixelIndex(x, y);
    return n;
}

BrandingInfo info()
{
    BrandingInfo b;
    b.time = QDateTime(QDate(2026, 11, 25), QTime(14, 5));
    b.tsid = QStringLiteral("+49 30 555");
    b.sender = QStringLiteral("Jane");
    b.senderFax = QStringLiteral("030 555");
    b.recipient = QStringLiteral("Bob Smith");
    b.recipientFax = QStringLiteral("040 777");
    b.jobId = 17;
    b.page = 2;
    b.pages = 5;
    return b;
}

} // namespace

class TestBranding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expandDefault()
    {
        QCOMPARE(Branding::expand(Branding::defaultFormat(), info()),
                 QStringLiteral("2026-11-25 14:05  FROM: +49 30 555  TO: Bob Smith  P.2/5"));
    }
    void expandDirectives()
    {
        QCOMPARE(Branding::expand(QStringLiteral("%S>%R job %j 100%% %x %"), info()),
                 QStringLiteral("030 555>040 777 job 17 100% %x %"));
        BrandingInfo noTsid = info();
        noTsid.tsid.clear();
        noTsid.recipient.clear();
        QCOMPARE(Branding::expand(QStringLiteral("%s to %r"), noTsid),
                 QStringLiteral("Jane to 040 777"));
    }
    void stampDrawsOnlyInTheBand_data()
    {
        QTest::addColumn<int>("yDpi");
        QTest::addColumn<int>("width");
        QTest::newRow("normal") << 98 << 1728;
        QTest::newRow("fine") << 196 << 1728;
        QTest::newRow("superfine-a3") << 391 << 2432;
    }
    void stampDrawsOnlyInTheBand()
    {
        QFETCH(int, yDpi);
        QFETCH(int, width);
        FaxPage page;
        page.yDpi = yDpi;
        page.image = makeFaxImage(width, yDpi * 11);
        // Something already at the very top is overwritten by the band, the rest kept.
        for (int x = 0; x < width; ++x) {
            page.image.setPixel(x, 0, 1);
            page.image.setPixel(x, page.lines() - 1, 1);
        }
        const QString text = Branding::expand(Branding::defaultFormat(), info());
        QVERIFY(Branding::stamp(page, text));
        const int band = Branding::bandLines(yDpi);
        QVERIFY(band >= yDpi / 8 && band <= yDpi / 4);
        const int inBand = blackPixels(page.image, 0, band);
        QVERIFY2(inBand > 500 * yDpi / 196, qPrintable(QString::number(inBand)));
        QVERIFY(blackPixels(page.image, 0, 1) < width / 2); // the old top line is gone
        QCOMPARE(blackPixels(page.image, band, page.lines()), width);
        // The text starts at the left margin and does not span the whole line.
        int rightmost = 0;
        for (int y = 0; y < band; ++y)
            for (int x = 0; x < width; ++x)
                if (page.image.pixelIndex(x, y))
                    rightmost = std::max(rightmost, x);
        QVERIFY(rightmost > width / 3 && rightmost < width - 20);
    }
    void longerTextMoreInk()
    {
        FaxPage a;
        a.image = makeFaxImage(1728, 300);
        FaxPage b = a;
        b.image = makeFaxImage(1728, 300);
        QVERIFY(Branding::stamp(a, QStringLiteral("P.1/1")));
        QVERIFY(Branding::stamp(b, QStringLiteral("P.1/1 FROM: SOMEONE WITH A LONG NAME")));
        QVERIFY(blackPixels(b.image, 0, 40) > blackPixels(a.image, 0, 40) * 3);
    }
    void refusesNonFaxImage()
    {
        FaxPage p;
        p.image = QImage(10, 10, QImage::Format_RGB32);
        QVERIFY(!Branding::stamp(p, QStringLiteral("x")));
    }
};

QTEST_MAIN(TestBranding)
#include "tst_branding.moc"
