// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing cover pages for the fax: page geometry at each resolution, crisp black and white text
// and lines, fields filled and empty blocks hidden, text kept in its box (the long note shrinks),
// and the templates against expected images (tests/data/covers; FAX_UPDATE_EXPECTED=1 rewrites
// them after a deliberate change). Every template is also saved as PNG in the build folder
// (covers/) for a look.
#include "cover/coverfile.h"
#include "cover/coverrenderer.h"
#include "cover/covertextlayout.h"

#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QTest>

using namespace Fax;

namespace {

CoverObject textBox(const QRectF &r, const QString &text, double size = 12)
{
    CoverObject o;
    o.shape = CoverShape::Text;
    o.rect = r;
    o.text = text;
    o.font.size = size;
    o.lineWidth = 0;
    return o;
}

CoverPage pageWith(const QList<CoverObject> &objects)
{
    CoverPage page;
    page.objects = objects;
    page.assignIds();
    return page;
}

FaxPage render(const CoverPage &page, const CoverFields &fields = CoverFields(),
               FaxResolution resolution = FaxResolution::Fine)
{
    const Expected<FaxPage> fax = CoverRenderer::renderFax(page, fields, resolution);
    if (!fax)
        qFatal("renderFax: %s", qPrintable(fax.error().message));
    return *fax;
}

/// The device pixels of a box in points on an A4 page drawn 1728 wide at yDpi.
QRect pixelsOf(const QRectF &r, int yDpi)
{
    const double sx = 204 / 72.0, sy = yDpi / 72.0;
    const double x0 = (1728 - CoverPage::a4Size().width() * sx) / 2;
    return QRectF(x0 + r.x() * sx, r.y() * sy, r.width() * sx, r.height() * sy).toAlignedRect();
}

int ink(const QImage &image, const QRect &r = QRect())
{
    const QRect area = r.isNull() ? image.rect() : r.intersected(image.rect());
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += image.pixelIndex(x, y);
    return n;
}

QString expectedPath(const QString &name)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/covers/") + name + QStringLiteral(".png");
}

QString lookPath(const QString &name)
{
    const QString dir = QStringLiteral(FAX_BINARY_DIR "/covers");
    QDir().mkpath(dir);
    return dir + u'/' + name + QStringLiteral(".png");
}

/// Compares a rendered page with its expected image, tolerating what a font update changes
/// (a few pixels at glyph edges) but not a moved, missing or extra object: the pixels that
/// differ stay under 3 % of the ink, and every 32x32 tile has ink in both or in neither.
void compareWithExpected(const QImage &actual, const QString &name)
{
    if (qEnvironmentVariableIsSet("FAX_UPDATE_EXPECTED")) {
        QDir().mkpath(QFileInfo(expectedPath(name)).absolutePath());
        QVERIFY(actual.save(expectedPath(name)));
        return;
    }
    QImage expected(expectedPath(name));
    QVERIFY2(!expected.isNull(), qPrintable(expectedPath(name)));
    expected = expected.convertToFormat(QImage::Format_Mono, actual.colorTable());
    QCOMPARE(actual.size(), expected.size());
    int differ = 0, tilesDiffer = 0;
    for (int ty = 0; ty < actual.height(); ty += 32)
        for (int tx = 0; tx < actual.width(); tx += 32) {
            int a = 0, e = 0;
            for (int y = ty; y < std::min(ty + 32, actual.height()); ++y)
                for (int x = tx; x < std::min(tx + 32, actual.width()); ++x) {
                    const int pa = actual.pixelIndex(x, y);
                    const int pe = qGray(expected.pixel(x, y)) < 128;
                    a += pa;
                    e += pe;
                    differ += pa != pe;
                }
            tilesDiffer += (a > 0) != (e > 0);
        }
    const int total = std::max(1, ink(actual));
    if (differ * 100 > total * 3 || tilesDiffer > 0)
        actual.save(lookPath(name + QStringLiteral("-actual")));
    QVERIFY2(differ * 100 <= total * 3,
             qPrintable(QStringLiteral("%1: %2 of %3 pixels differ; see %4")
                            .arg(name)
                            .arg(differ)
                            .arg(total)
                            .arg(lookPath(name + QStringLiteral("-actual")))));
    QVERIFY2(
        tilesDiffer == 0,
        qPrintable(QStringLiteral("%1: %2 tiles with ink in only one").arg(name).arg(tilesDiffer)));
}

} // namespace

class TestCoverRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void geometryPerResolution_data()
    {
        QTest::addColumn<FaxResolution>("resolution");
        QTest::addColumn<int>("lines");
        QTest::newRow("normal") << FaxResolution::Normal << 1146;
        QTest::newRow("fine") << FaxResolution::Fine << 2292;
        QTest::newRow("superfine") << FaxResolution::Superfine << 4572;
    }
    void geometryPerResolution()
    {
        QFETCH(FaxResolution, resolution);
        QFETCH(int, lines);
        const FaxPage page = render(CoverPage(), CoverFields(), resolution);
        QVERIFY(isFaxImage(page.image));
        QCOMPARE(page.width(), 1728);
        QCOMPARE(page.lines(), lines);
        QCOMPARE(page.xDpi, 204);
        QCOMPARE(page.yDpi, linesPerInch(resolution));
        QCOMPARE(ink(page.image), 0);
    }

    void letterIsScaledToTheLine()
    {
        // Letter is 1734 pixels at 204 dpi: it shrinks to 1728 instead of losing its edges.
        CoverPage page;
        page.size = CoverPage::letterSize();
        CoverObject frame;
        frame.shape = CoverShape::Rectangle;
        frame.rect = page.pageRect();
        frame.lineWidth = 2;
        page.objects << frame;
        const FaxPage fax = render(page);
        QCOMPARE(fax.width(), 1728);
        QCOMPARE(fax.lines(), int(std::lround(792 * 196 / 72.0 * 1728 / 1734.0)));
        // Both side edges are on the page.
        QVERIFY(fax.image.pixelIndex(0, fax.lines() / 2));
        QVERIFY(fax.image.pixelIndex(1727, fax.lines() / 2));
    }

    void linesAreCrisp()
    {
        CoverObject line;
        line.shape = CoverShape::Line;
        line.points = {QPointF(100, 200), QPointF(400, 200)};
        line.lineWidth = 2;
        CoverObject hairline = line;
        hairline.points = {QPointF(100, 300), QPointF(400, 300)};
        hairline.lineWidth = 0.1; // thinner than a fax line: drawn one pixel wide, not lost
        const CoverPage page = pageWith({line, hairline});
        for (FaxResolution r : {FaxResolution::Normal, FaxResolution::Fine}) {
            const FaxPage fax = render(page, CoverFields(), r);
            const QRect span = pixelsOf(QRectF(110, 0, 280, 0), fax.yDpi);
            for (const auto &[y, width] : {std::pair{200.0, 2.0}, std::pair{300.0, 0.1}}) {
                // Every column along the line has the same solid run of black: no dots, no gaps.
                const int centre = int(y * fax.yDpi / 72);
                int rows = 0;
                for (int dy = -8; dy <= 8; ++dy) {
                    int black = 0;
                    for (int x = span.left(); x < span.right(); ++x)
                        black += fax.image.pixelIndex(x, centre + dy);
                    QVERIFY(black == 0 || black == span.width() - 1);
                    rows += black > 0;
                }
                const int expected = std::max(1, int(std::lround(width * fax.yDpi / 72)));
                QVERIFY2(std::abs(rows - expected) <= 1,
                         qPrintable(QStringLiteral("%1 rows for %2").arg(rows).arg(expected)));
            }
        }
    }

    void grayIsARegularPattern()
    {
        CoverObject shade;
        shade.shape = CoverShape::Rectangle;
        shade.rect = QRectF(100, 100, 200, 100);
        shade.fill = CoverFill::Gray;
        shade.lineWidth = 0;
        const FaxPage fax = render(pageWith({shade}));
        const QRect inside = pixelsOf(shade.rect, fax.yDpi).adjusted(8, 8, -8, -8);
        const int black = ink(fax.image, inside);
        const int all = inside.width() * inside.height();
        QVERIFY(black * 8 >= all * 0.9 && black * 8 <= all * 1.1); // 2 in 16
        for (int y = inside.top(); y < inside.bottom() - 4; ++y)
            for (int x = inside.left(); x < inside.right() - 4; ++x) {
                QCOMPARE(fax.image.pixelIndex(x, y), fax.image.pixelIndex(x + 4, y));
                QCOMPARE(fax.image.pixelIndex(x, y), fax.image.pixelIndex(x, y + 4));
            }
    }

    void fieldsAreDrawnAsTheirValues()
    {
        const QRectF box(60, 100, 300, 30);
        CoverFields fields;
        fields.recipient.name = QStringLiteral("Dr. Maria Reyes");
        const FaxPage filled =
            render(pageWith({textBox(box, QStringLiteral("To: {recipient.name}"))}), fields);
        const FaxPage literal =
            render(pageWith({textBox(box, QStringLiteral("To: Dr. Maria Reyes"))}));
        QVERIFY(ink(filled.image) > 500);
        QCOMPARE(filled.image, literal.image);
        // A hidden block leaves its place white.
        CoverObject label = textBox(QRectF(60, 200, 100, 20), QStringLiteral("Company:"));
        label.hideWhenEmpty = true;
        label.block = QStringLiteral("c");
        CoverObject value =
            textBox(QRectF(160, 200, 200, 20), QStringLiteral("{recipient.company}"));
        value.block = QStringLiteral("c");
        const CoverPage page = pageWith({label, value});
        QCOMPARE(ink(render(page, fields).image), 0);
        fields.recipient.company = QStringLiteral("ACME");
        const FaxPage shown = render(page, fields);
        QVERIFY(ink(shown.image, pixelsOf(label.rect, 196)) > 100);
        QVERIFY(ink(shown.image, pixelsOf(value.rect, 196)) > 100);
    }

    void textIsCrispAndInItsBox()
    {
        const QRectF box(60, 100, 240, 60);
        const FaxPage fax = render(pageWith({textBox(
            box, QStringLiteral("Crisp black and white text, never dithered: Hamburgefonstiv."),
            14)}));
        const QRect pixels = pixelsOf(box, fax.yDpi);
        const int inside = ink(fax.image, pixels.adjusted(-1, -1, 1, 1));
        QVERIFY(inside > 2000);
        QCOMPARE(ink(fax.image), inside);
        // No dither: a dithered edge leaves lone pixels; thresholded strokes have almost none.
        int lonely = 0;
        for (int y = pixels.top() + 1; y < pixels.bottom(); ++y)
            for (int x = pixels.left() + 1; x < pixels.right(); ++x)
                if (fax.image.pixelIndex(x, y) && !fax.image.pixelIndex(x - 1, y) &&
                    !fax.image.pixelIndex(x + 1, y) && !fax.image.pixelIndex(x, y - 1) &&
                    !fax.image.pixelIndex(x, y + 1))
                    ++lonely;
        QVERIFY2(lonely * 200 < inside, qPrintable(QString::number(lonely)));
    }

    void longNoteShrinksAndStaysOnThePage()
    {
        const QRectF box(60, 400, 475, 200);
        QString note;
        for (int i = 0; i < 60; ++i)
            note += QStringLiteral("The quick brown fox jumps over the lazy dog. ");
        CoverObject o = textBox(box, QStringLiteral("{message.note}"), 12);
        o.shrinkToFit = true;
        o.minimumSize = 6;
        CoverFields fields;
        fields.note = note;
        const CoverTextLayout fits(note, o.font, box, o.alignment, true, 6);
        QVERIFY(fits.fontSize() < 12 && fits.fontSize() >= 6);
        QVERIFY(!fits.truncated());
        QVERIFY(fits.textRect().height() <= box.height());
        const FaxPage fax = render(pageWith({o}), fields);
        QCOMPARE(ink(fax.image), ink(fax.image, pixelsOf(box, fax.yDpi).adjusted(-1, -1, 1, 1)));

        // Far too long even at the smallest size: cut, with an ellipsis, still in the box.
        fields.note = note.repeated(20);
        const CoverTextLayout cut(fields.note, o.font, box, o.alignment, true, 6);
        QCOMPARE(cut.fontSize(), 6.0);
        QVERIFY(cut.truncated());
        QVERIFY(cut.textRect().bottom() <= box.bottom() + 0.01);
        const FaxPage cutFax = render(pageWith({o}), fields);
        QCOMPARE(ink(cutFax.image),
                 ink(cutFax.image, pixelsOf(box, cutFax.yDpi).adjusted(-1, -1, 1, 1)));
        // Without shrinking the size stays and lines are left out.
        const CoverTextLayout kept(note, o.font, box, o.alignment, false, 6);
        QCOMPARE(kept.fontSize(), 12.0);
        QVERIFY(kept.truncated());
    }

    void imagesAreMadeBlackAndWhite()
    {
        QImage photo(200, 100, QImage::Format_RGB32);
        for (int y = 0; y < 100; ++y)
            for (int x = 0; x < 200; ++x)
                photo.setPixel(x, y, qRgb(x, x, x));
        CoverObject o;
        o.shape = CoverShape::Image;
        o.rect = QRectF(100, 100, 200, 100);
        o.lineWidth = 0;
        o.image = photo;
        const FaxPage fax = render(pageWith({o}));
        // A grey ramp is dithered: about half of it is black, both halves have some.
        const QRect r = pixelsOf(o.rect, fax.yDpi).adjusted(2, 2, -2, -2);
        const int black = ink(fax.image, r);
        QVERIFY(black > r.width() * r.height() / 4 && black < r.width() * r.height() * 3 / 4);
        QVERIFY(
            ink(fax.image, QRect(r.left(), r.top(), r.width() / 4, r.height())) >
            ink(fax.image, QRect(r.right() - r.width() / 4, r.top(), r.width() / 4, r.height())));
    }

    void templatesAgainstExpectedImages_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(QStringLiteral(FAX_SOURCE_DIR "/resources/covers"));
        for (const QString &file : dir.entryList({QStringLiteral("*.coverpage")}, QDir::Files))
            QTest::newRow(qPrintable(file)) << file.chopped(10);
    }
    void templatesAgainstExpectedImages()
    {
        QFETCH(QString, name);
        const Expected<CoverPage> page =
            CoverFile::read(QStringLiteral(FAX_SOURCE_DIR "/resources/covers/") + name +
                            QStringLiteral(".coverpage"));
        QVERIFY2(page, qPrintable(page.error().message));
        CoverFields fields = CoverFields::sample();
        fields.locale = QLocale::c();
        const FaxPage fine = render(*page, fields);
        fine.image.save(lookPath(name + QStringLiteral("-fine")));
        CoverRenderer::renderImage(*page, nullptr, 96)
            .save(lookPath(name + QStringLiteral("-design")));
        // Normal resolution keeps the expected images small.
        compareWithExpected(render(*page, fields, FaxResolution::Normal).image, name);

        // Without the optional fields their blocks go, and less is drawn.
        CoverFields sparse;
        sparse.recipient.name = fields.recipient.name;
        sparse.recipient.faxNumber = fields.recipient.faxNumber;
        sparse.sender.name = fields.sender.name;
        const FaxPage less = render(*page, sparse);
        less.image.save(lookPath(name + QStringLiteral("-sparse")));
        QVERIFY(ink(less.image) < ink(fine.image));
    }
};

QTEST_MAIN(TestCoverRenderer)
#include "tst_coverrenderer.moc"
