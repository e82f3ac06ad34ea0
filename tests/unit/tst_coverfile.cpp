// SPDX-License-Identifier: GPL-3.0-or-later
// The cover page file format: every object kind survives a save and a load unchanged, and
// corrupt, hostile and newer-version files are refused with a message naming file and reason.
#include "cover/coverfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Fax;

namespace {

QByteArray pngOf(const QImage &image)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

QByteArray logoPng()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 5; y < 15; ++y)
        for (int x = 5; x < 35; ++x)
            image.setPixel(x, y, qRgb(0, 0, 0));
    return pngOf(image);
}

/// A page with each kind of object and every property away from its default.
CoverPage everyKind()
{
    CoverPage page;
    page.size = CoverPage::letterSize();
    page.title = QStringLiteral("Every kind");
    page.description = QStringLiteral("One object of each kind — with ümlauts");

    CoverObject text;
    text.shape = CoverShape::Text;
    text.rect = QRectF(50.5, 60.25, 300, 40);
    text.text = QStringLiteral("To: {recipient.name|nobody}\n{{literal}} ✓");
    text.font = CoverFont{QStringLiteral("DejaVu Serif"), 14.5, true, true};
    text.alignment = Qt::AlignHCenter | Qt::AlignBottom;
    text.textColor = CoverInk::White;
    text.fill = CoverFill::Black;
    text.lineWidth = 0.5;
    text.shrinkToFit = true;
    text.minimumSize = 7.25;
    text.hideWhenEmpty = true;
    text.block = QStringLiteral("recipient");
    page.objects << text;

    CoverObject line;
    line.shape = CoverShape::Line;
    line.points = {QPointF(10, 20), QPointF(500.125, 20)};
    line.lineWidth = 2.5;
    line.lineColor = CoverInk::White;
    page.objects << line;

    CoverObject rect;
    rect.shape = CoverShape::Rectangle;
    rect.rect = QRectF(20, 100, 200, 80);
    rect.cornerRadius = 8;
    rect.fill = CoverFill::Gray;
    rect.lineWidth = 0;
    page.objects << rect;

    CoverObject ellipse;
    ellipse.shape = CoverShape::Ellipse;
    ellipse.rect = QRectF(300, 100, 60, 60);
    ellipse.fill = CoverFill::White;
    ellipse.lineWidth = 3;
    page.objects << ellipse;

    CoverObject polygon;
    polygon.shape = CoverShape::Polygon;
    polygon.points = {QPointF(100, 300), QPointF(150, 250), QPointF(200, 300), QPointF(150, 320)};
    polygon.fill = CoverFill::Black;
    page.objects << polygon;

    CoverObject image;
    image.shape = CoverShape::Image;
    image.rect = QRectF(400, 400, 80, 40);
    image.imageData = logoPng();
    image.image = QImage::fromData(image.imageData);
    image.keepAspectRatio = false;
    image.lineWidth = 1;
    page.objects << image;
    return page;
}

QJsonObject minimalRoot()
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("faxconsole-coverpage")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("page"), QJsonObject{{QStringLiteral("width"), 595},
                                                            {QStringLiteral("height"), 842}}}};
}

QByteArray withObject(const QJsonObject &object)
{
    QJsonObject root = minimalRoot();
    root.insert(QStringLiteral("objects"), QJsonArray{object});
    return QJsonDocument(root).toJson();
}

QJsonObject textObject()
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("x"), 10},
                       {QStringLiteral("y"), 10},
                       {QStringLiteral("width"), 100},
                       {QStringLiteral("height"), 20},
                       {QStringLiteral("text"), QStringLiteral("hello")}};
}

QJsonObject imageObject(const QByteArray &data)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                       {QStringLiteral("x"), 10},
                       {QStringLiteral("y"), 10},
                       {QStringLiteral("width"), 100},
                       {QStringLiteral("height"), 20},
                       {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}};
}

quint32 crc32(const char *data, int size)
{
    quint32 crc = 0xFFFFFFFF;
    for (int i = 0; i < size; ++i) {
        crc ^= uchar(data[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = crc & 1 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
    }
    return ~crc;
}

/// A valid PNG header that claims width x height (its data does not matter: it is refused
/// first).
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray png = logoPng();
    // IHDR's width and height follow the signature (8), the chunk length (4) and type (4); its
    // CRC (over type and data) follows its 13 bytes of data.
    qToBigEndian(width, png.data() + 16);
    qToBigEndian(height, png.data() + 20);
    qToBigEndian(crc32(png.constData() + 12, 17), png.data() + 29);
    return png;
}

} // namespace

class TestCoverFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripEveryKind()
    {
        const CoverPage page = everyKind();
        const QByteArray saved = CoverFile::serialize(page);
        const Expected<CoverPage> loaded = CoverFile::parse(saved, QStringLiteral("x"));
        QVERIFY2(loaded, qPrintable(loaded.error().message));
        QVERIFY(loaded->sameContent(page));
        // The decoded image is there too, and saving again gives the same bytes.
        QCOMPARE(loaded->objects.last().image.size(), QSize(40, 20));
        QCOMPARE(CoverFile::serialize(*loaded), saved);
        // Each loaded object has its own id.
        QSet<quint32> ids;
        for (const CoverObject &o : loaded->objects)
            ids.insert(o.id);
        QCOMPARE(ids.size(), page.objects.size());
        QVERIFY(!ids.contains(0));
    }

    void roundTripThroughAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("every.coverpage"));
        QVERIFY(CoverFile::write(everyKind(), path));
        const Expected<CoverPage> loaded = CoverFile::read(path);
        QVERIFY2(loaded, qPrintable(loaded.error().message));
        QVERIFY(loaded->sameContent(everyKind()));
        // A failed write leaves the file as it was.
        QVERIFY(!CoverFile::write(CoverPage(), dir.filePath(QStringLiteral("no/such/dir/x"))));
    }

    void defaultsOfAMinimalFile()
    {
        const Expected<CoverPage> page =
            CoverFile::parse(withObject(textObject()), QStringLiteral("m"));
        QVERIFY2(page, qPrintable(page.error().message));
        QCOMPARE(page->size, QSizeF(595, 842));
        const CoverObject &o = page->objects.first();
        QCOMPARE(o.lineWidth, 0.0);
        QCOMPARE(o.font, CoverFont());
        QCOMPARE(o.alignment, Qt::AlignLeft | Qt::AlignTop);
        QCOMPARE(o.fill, CoverFill::None);
        QVERIFY(!o.hideWhenEmpty);
        // Keys a version-1 reader does not know are ignored.
        QJsonObject extra = textObject();
        extra.insert(QStringLiteral("futureKey"), QJsonArray{1, 2});
        QVERIFY(CoverFile::parse(withObject(extra), QStringLiteral("m")));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");

        QTest::newRow("not json") << QByteArray("hello")
                                  << "bad.coverpage: not a cover page: illegal value at line 1, "
                                     "column 2";
        QTest::newRow("truncated")
            << QByteArray("{\n  \"format\": \"faxconsole-coverpage\",\n  \"version\": 1,\n")
            << "bad.coverpage: not a cover page: unterminated object at line 4, column 1";
        QTest::newRow("array") << QByteArray("[1, 2]")
                               << "bad.coverpage: not a Fax Console cover page (it lacks "
                                  "\"format\": \"faxconsole-coverpage\")";
        QTest::newRow("other format") << QByteArray(R"({"format": "svg", "version": 1})")
                                      << "bad.coverpage: not a Fax Console cover page (it lacks "
                                         "\"format\": \"faxconsole-coverpage\")";
        QTest::newRow("windows cov")
            << QByteArray("FAXCOVER-VER005\0\0\0", 18)
            << "bad.coverpage: a Windows cover page (.cov): Fax Console reads only its own "
               "format; recreate the page in the Cover Page Editor";
        QTest::newRow("no version") << QByteArray(R"({"format": "faxconsole-coverpage"})")
                                    << "bad.coverpage: \"version\" must be a whole number from 1";
        QTest::newRow("version 1.5")
            << QByteArray(R"({"format": "faxconsole-coverpage", "version": 1.5})")
            << "bad.coverpage: \"version\" must be a whole number from 1";
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "faxconsole-coverpage", "version": 2, "page": 7})")
            << "bad.coverpage: made by a newer version of Fax Console (cover page format 2; this "
               "version reads format 1 and older)";
        QTest::newRow("no page")
            << QByteArray(R"({"format": "faxconsole-coverpage", "version": 1})")
            << "bad.coverpage: \"page\" with the paper's \"width\" and \"height\" is missing";
        QTest::newRow("tiny page")
            << QByteArray(R"({"format": "faxconsole-coverpage", "version": 1,
                              "page": {"width": 10, "height": 842}})")
            << "bad.coverpage: page: \"width\" must be a number from 72 to 1440";
        QTest::newRow("objects not a list")
            << QByteArray(R"({"format": "faxconsole-coverpage", "version": 1,
                              "page": {"width": 595, "height": 842}, "objects": {}})")
            << "bad.coverpage: \"objects\" must be a list";
        QTest::newRow("deep nesting") << QByteArray(100000, '[')
                                      << "bad.coverpage: not a cover page: nested more than 16 "
                                         "levels deep";

        QJsonObject o = textObject();
        o.insert(QStringLiteral("type"), QStringLiteral("star"));
        QTest::newRow("unknown type")
            << withObject(o) << "bad.coverpage: object 1: unknown object type \"star\"";
        o = textObject();
        o.remove(QStringLiteral("type"));
        QTest::newRow("no type") << withObject(o) << "bad.coverpage: object 1: \"type\" is missing";
        o = textObject();
        o.insert(QStringLiteral("font"), QJsonObject{{QStringLiteral("size"), 0}});
        QTest::newRow("font size 0")
            << withObject(o)
            << "bad.coverpage: object 1 (text): \"size\" must be a number from 1 "
               "to 500";
        o = textObject();
        o.insert(QStringLiteral("align"), QStringLiteral("middle"));
        QTest::newRow("bad align") << withObject(o)
                                   << "bad.coverpage: object 1 (text): \"align\" must be one of "
                                      "\"left\", \"center\", \"right\", \"justify\"";
        o = textObject();
        o.insert(QStringLiteral("color"), QStringLiteral("red"));
        QTest::newRow("bad colour") << withObject(o)
                                    << "bad.coverpage: object 1 (text): \"color\" must be one of "
                                       "\"black\", \"white\"";
        o = textObject();
        o.insert(QStringLiteral("width"), QStringLiteral("wide"));
        QTest::newRow("width not a number")
            << withObject(o)
            << "bad.coverpage: object 1 (text): \"width\" must be a number from 0 "
               "to 14400";
        o = textObject();
        o.insert(QStringLiteral("x"), 1e300);
        QTest::newRow("huge x") << withObject(o)
                                << "bad.coverpage: object 1 (text): \"x\" must be a number from "
                                   "-14400 to 14400";
        o = textObject();
        o.insert(QStringLiteral("text"), QString(CoverFile::kMaxTextLength + 1, u'x'));
        QTest::newRow("text too long")
            << withObject(o)
            << "bad.coverpage: object 1 (text): \"text\" is longer than 20000 "
               "characters";
        QJsonObject longTexts = minimalRoot();
        QJsonArray texts;
        o = textObject();
        o.insert(QStringLiteral("text"), QString(CoverFile::kMaxTextLength, u'x'));
        for (int i = 0; i < 6; ++i)
            texts.append(o);
        longTexts.insert(QStringLiteral("objects"), texts);
        QTest::newRow("page text too long")
            << QJsonDocument(longTexts).toJson()
            << "bad.coverpage: object 6 (text): the texts of the page have more than 100000 "
               "characters together";
        o = textObject();
        o.insert(QStringLiteral("hideWhenEmpty"), QStringLiteral("yes"));
        QTest::newRow("bool as string")
            << withObject(o)
            << "bad.coverpage: object 1 (text): \"hideWhenEmpty\" must be true or "
               "false";

        QJsonArray onePoint;
        onePoint.append(QJsonArray{0, 0}); // QJsonArray{QJsonArray{...}} would copy, not nest
        const QJsonObject line{{QStringLiteral("type"), QStringLiteral("line")},
                               {QStringLiteral("points"), onePoint}};
        QTest::newRow("line of one point")
            << withObject(line)
            << "bad.coverpage: object 1 (line): \"points\" must be a list of 2 "
               "points";
        QJsonArray many;
        for (int i = 0; i <= CoverFile::kMaxPolygonPoints; ++i)
            many.append(QJsonArray{i % 500, i / 2});
        const QJsonObject polygon{{QStringLiteral("type"), QStringLiteral("polygon")},
                                  {QStringLiteral("points"), many}};
        QTest::newRow("polygon of 1001 points")
            << withObject(polygon)
            << "bad.coverpage: object 1 (polygon): \"points\" must be a list of 3 to 1000 points";
        const QJsonObject badPoint{
            {QStringLiteral("type"), QStringLiteral("polygon")},
            {QStringLiteral("points"),
             QJsonArray{QJsonArray{0, 0}, QJsonArray{QStringLiteral("a"), 1}, QJsonArray{5, 5}}}};
        QTest::newRow("bad point") << withObject(badPoint)
                                   << "bad.coverpage: object 1 (polygon): a point must be [x, y] "
                                      "with numbers from -14400 to 14400";

        QJsonObject root = minimalRoot();
        QJsonArray objects;
        for (int i = 0; i <= CoverFile::kMaxObjects; ++i)
            objects.append(textObject());
        root.insert(QStringLiteral("objects"), objects);
        QTest::newRow("too many objects")
            << QJsonDocument(root).toJson() << "bad.coverpage: more than 1000 objects on one page";
        root = minimalRoot();
        root.insert(QStringLiteral("objects"), QJsonArray{textObject(), 42});
        QTest::newRow("object not an object")
            << QJsonDocument(root).toJson() << "bad.coverpage: object 2: not an object";

        o = imageObject(logoPng());
        o.insert(QStringLiteral("data"), QStringLiteral("@@not base64@@"));
        QTest::newRow("image bad base64")
            << withObject(o) << "bad.coverpage: object 1 (image): \"data\" is not valid Base64";
        QTest::newRow("image not png") << withObject(imageObject("GIF89a...."))
                                       << "bad.coverpage: object 1 (image): the "
                                          "embedded image is neither PNG nor JPEG";
        QTest::newRow("image huge")
            << withObject(imageObject(pngClaiming(100000, 100000)))
            << "bad.coverpage: object 1 (image): the embedded image is 100000×100000 pixels; at "
               "most 4000 on a side";
        QTest::newRow("image truncated")
            << withObject(imageObject(logoPng().left(40)))
            << "bad.coverpage: object 1 (image): the embedded PNG image is damaged or incomplete";
        root = minimalRoot();
        objects = QJsonArray();
        for (int i = 0; i <= CoverFile::kMaxImages; ++i)
            objects.append(imageObject(logoPng()));
        root.insert(QStringLiteral("objects"), objects);
        QTest::newRow("too many images")
            << QJsonDocument(root).toJson()
            << "bad.coverpage: object 21 (image): more than 20 images on one page";
        QImage big(3000, 3000, QImage::Format_Mono);
        big.fill(0);
        const QJsonObject bigImage = imageObject(pngOf(big));
        root.insert(QStringLiteral("objects"), QJsonArray{bigImage, bigImage});
        QTest::newRow("too many pixels")
            << QJsonDocument(root).toJson()
            << "bad.coverpage: object 2 (image): the images of the page have more than 16000000 "
               "pixels together";
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const Expected<CoverPage> page = CoverFile::parse(data, QStringLiteral("bad.coverpage"));
        QVERIFY(!page);
        QCOMPARE(page.error().message, message);
        const bool newer = QByteArray(QTest::currentDataTag()) == "newer version";
        QCOMPARE(page.error().kind,
                 newer ? Error::Kind::Unsupported : Error::Kind::InvalidArgument);
    }

    void refusesBadPaths()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.coverpage"));
        Expected<CoverPage> page = CoverFile::read(missing);
        QCOMPARE(page.error().kind, Error::Kind::NotFound);
        QCOMPARE(page.error().message, missing + QStringLiteral(": no such cover page file"));

        page = CoverFile::read(dir.path());
        QCOMPARE(page.error().kind, Error::Kind::Io);
        QCOMPARE(page.error().message,
                 dir.path() + QStringLiteral(": cannot read (it is a folder)"));

        const QString big = dir.filePath(QStringLiteral("big.coverpage"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(CoverFile::kMaxFileBytes + 1));
        f.close();
        page = CoverFile::read(big);
        QCOMPARE(page.error().message,
                 big + QStringLiteral(": too large for a cover page (more than 8 MiB)"));
    }

    void embedsImages()
    {
        // PNG stays as it is; other formats become PNG; too large ones are refused.
        const QByteArray png = logoPng();
        QCOMPARE(CoverFile::embeddableImage(png, QStringLiteral("logo.png")).value(), png);
        QImage image(30, 10, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QByteArray bmp;
        QBuffer buffer(&bmp);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "BMP"));
        const Expected<QByteArray> converted =
            CoverFile::embeddableImage(bmp, QStringLiteral("logo.bmp"));
        QVERIFY2(converted, qPrintable(converted.error().message));
        QVERIFY(converted->startsWith("\x89PNG"));
        QCOMPARE(QImage::fromData(*converted).size(), QSize(30, 10));
        const Expected<QByteArray> huge =
            CoverFile::embeddableImage(pngClaiming(5000, 10), QStringLiteral("huge.png"));
        QCOMPARE(huge.error().message,
                 QStringLiteral("huge.png: the embedded image is 5000×10 pixels; at most 4000 on "
                                "a side"));
        QVERIFY(!CoverFile::embeddableImage("not an image", QStringLiteral("x.txt")));
    }

    void templatesLoad()
    {
        const QDir dir(QStringLiteral(FAX_SOURCE_DIR "/resources/covers"));
        const QStringList files = dir.entryList({QStringLiteral("*.coverpage")}, QDir::Files);
        QVERIFY2(files.size() >= 4, qPrintable(files.join(u' ')));
        for (const QString &name : files) {
            const Expected<CoverPage> page = CoverFile::read(dir.filePath(name));
            QVERIFY2(page, qPrintable(page.error().message));
            QVERIFY2(!page->title.isEmpty() && !page->description.isEmpty(), qPrintable(name));
            QVERIFY2(page->objects.size() > 20, qPrintable(name));
            // Templates are written as the editor would save them.
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(CoverFile::serialize(*page), f.readAll());
        }
    }
};

QTEST_MAIN(TestCoverFile)
#include "tst_coverfile.moc"
