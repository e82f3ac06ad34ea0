// SPDX-License-Identifier: GPL-3.0-or-later
// The cover page file: JSON with a format marker and a version (docs/coverpage-format.md).
// Everything read is checked against the limits in coverfile.h before it is used.
#include "coverfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace Fax::CoverFile {

namespace {

const QLatin1String kFormatMarker("faxconsole-coverpage");

const char *const kInks[] = {"black", "white"};
const char *const kFills[] = {"none", "white", "black", "gray"};
const char *const kHAligns[] = {"left", "center", "right", "justify"};
const char *const kVAligns[] = {"top", "middle", "bottom"};
const Qt::Alignment kHAlignFlags[] = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignRight,
                                      Qt::AlignJustify};
const Qt::Alignment kVAlignFlags[] = {Qt::AlignTop, Qt::AlignVCenter, Qt::AlignBottom};

/// The deepest nesting of arrays and objects in JSON text (strings skipped), stopping early once
/// it passes limit: the JSON parser recurses, so a hostile file must not reach it.
int nestingDepth(const QByteArray &data, int limit)
{
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (const char c : data) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

/// Line and column (from 1) of a byte offset, for JSON syntax errors.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < std::min(offset, data.size()); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

/// Reads one page; the first problem found ends it with a message naming where and why.
class Reader
{
public:
    explicit Reader(QString name) : m_name(std::move(name)) {}

    Expected<CoverPage> read(const QByteArray &data);

private:
    Error fail(const QString &reason) const
    {
        const QString where = m_where.isEmpty() ? reason : m_where + QStringLiteral(": ") + reason;
        return Error::make(Error::Kind::InvalidArgument, m_name + QStringLiteral(": ") + where);
    }
    bool number(const QJsonObject &o, const char *key, double min, double max, double *out,
                bool required = false);
    bool boolean(const QJsonObject &o, const char *key, bool *out);
    bool string(const QJsonObject &o, const char *key, int maxLength, QString *out);
    template <size_t N>
    bool choice(const QJsonObject &o, const char *key, const char *const (&names)[N], int *out);
    bool point(const QJsonValue &v, QPointF *out);
    bool readObject(const QJsonObject &o, CoverObject *out);
    bool readBox(const QJsonObject &o, CoverObject *out);
    bool readPoints(const QJsonObject &o, CoverObject *out, int minimum);
    bool readText(const QJsonObject &o, CoverObject *out);
    bool readImage(const QJsonObject &o, CoverObject *out);

    QString m_name;
    QString m_where;
    std::optional<Error> m_error;
    int m_images = 0;
    qint64 m_textLength = 0;
    qint64 m_imagePixels = 0;
};

bool Reader::number(const QJsonObject &o, const char *key, double min, double max, double *out,
                    bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return true;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d < min || d > max) {
        m_error = fail(QCoreApplication::translate("Fax", "\"%1\" must be a number from %2 to %3")
                           .arg(QLatin1String(key))
                           .arg(min)
                           .arg(max));
        return false;
    }
    *out = d;
    return true;
}

bool Reader::boolean(const QJsonObject &o, const char *key, bool *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isBool()) {
        m_error = fail(QCoreApplication::translate("Fax", "\"%1\" must be true or false")
                           .arg(QLatin1String(key)));
        return false;
    }
    *out = v.toBool();
    return true;
}

bool Reader::string(const QJsonObject &o, const char *key, int maxLength, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isString()) {
        m_error = fail(
            QCoreApplication::translate("Fax", "\"%1\" must be a string").arg(QLatin1String(key)));
        return false;
    }
    if (v.toString().size() > maxLength) {
        m_error = fail(QCoreApplication::translate("Fax", "\"%1\" is longer than %2 characters")
                           .arg(QLatin1String(key))
                           .arg(maxLength));
        return false;
    }
    *out = v.toString();
    return true;
}

template <size_t N>
bool Reader::choice(const QJsonObject &o, const char *key, const char *const (&names)[N], int *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    QStringList allowed;
    for (size_t i = 0; i < N; ++i) {
        if (v.toString() == QLatin1String(names[i])) {
            *out = int(i);
            return true;
        }
        allowed << u'"' + QLatin1String(names[i]) + u'"';
    }
    m_error = fail(QCoreApplication::translate("Fax", "\"%1\" must be one of %2")
                       .arg(QLatin1String(key), allowed.join(QStringLiteral(", "))));
    return false;
}

bool Reader::point(const QJsonValue &v, QPointF *out)
{
    const QJsonArray a = v.toArray();
    const double x = a.at(0).toDouble(std::nan("")), y = a.at(1).toDouble(std::nan(""));
    if (!v.isArray() || a.size() != 2 || !std::isfinite(x) || !std::isfinite(y) ||
        std::abs(x) > kMaxCoordinate || std::abs(y) > kMaxCoordinate) {
        m_error = fail(
            QCoreApplication::translate("Fax", "a point must be [x, y] with numbers from %1 to %2")
                .arg(-kMaxCoordinate)
                .arg(kMaxCoordinate));
        return false;
    }
    *out = QPointF(x, y);
    return true;
}

bool Reader::readBox(const QJsonObject &o, CoverObject *out)
{
    double x = 0, y = 0, w = 0, h = 0;
    if (!number(o, "x", -kMaxCoordinate, kMaxCoordinate, &x, true) ||
        !number(o, "y", -kMaxCoordinate, kMaxCoordinate, &y, true) ||
        !number(o, "width", 0, kMaxCoordinate, &w, true) ||
        !number(o, "height", 0, kMaxCoordinate, &h, true))
        return false;
    out->rect = QRectF(x, y, w, h);
    return true;
}

bool Reader::readPoints(const QJsonObject &o, CoverObject *out, int minimum)
{
    const QJsonValue v = o.value(QLatin1String("points"));
    const QJsonArray a = v.toArray();
    const int maximum = out->shape == CoverShape::Line ? 2 : kMaxPolygonPoints;
    if (!v.isArray() || a.size() < minimum || a.size() > maximum) {
        m_error = fail(
            minimum == maximum
                ? QCoreApplication::translate("Fax", "\"points\" must be a list of %1 points")
                      .arg(minimum)
                : QCoreApplication::translate("Fax", "\"points\" must be a list of %1 to %2 points")
                      .arg(minimum)
                      .arg(maximum));
        return false;
    }
    out->points.clear();
    for (const QJsonValue &p : a) {
        QPointF pt;
        if (!point(p, &pt))
            return false;
        out->points << pt;
    }
    return true;
}

bool Reader::readText(const QJsonObject &o, CoverObject *out)
{
    if (!string(o, "text", kMaxTextLength, &out->text))
        return false;
    // Laying text out costs time: a page's texts are bounded together too.
    m_textLength += out->text.size();
    if (m_textLength > kMaxPageTextLength) {
        m_error = fail(QCoreApplication::translate(
                           "Fax", "the texts of the page have more than %1 characters together")
                           .arg(kMaxPageTextLength));
        return false;
    }
    const QJsonValue fontValue = o.value(QLatin1String("font"));
    if (!fontValue.isUndefined()) {
        if (!fontValue.isObject()) {
            m_error = fail(QCoreApplication::translate("Fax", "\"font\" must be an object"));
            return false;
        }
        const QJsonObject f = fontValue.toObject();
        if (!string(f, "family", 200, &out->font.family) ||
            !number(f, "size", 1, kMaxFontSize, &out->font.size) ||
            !boolean(f, "bold", &out->font.bold) || !boolean(f, "italic", &out->font.italic))
            return false;
    }
    int h = 0, v = 0, color = 0;
    if (!choice(o, "align", kHAligns, &h) || !choice(o, "valign", kVAligns, &v) ||
        !choice(o, "color", kInks, &color) || !boolean(o, "shrinkToFit", &out->shrinkToFit))
        return false;
    out->alignment = kHAlignFlags[h] | kVAlignFlags[v];
    out->textColor = CoverInk(color);
    out->minimumSize = std::min(out->minimumSize, out->font.size);
    return number(o, "minimumSize", 1, out->font.size, &out->minimumSize);
}

bool Reader::readImage(const QJsonObject &o, CoverObject *out)
{
    const QJsonValue v = o.value(QLatin1String("data"));
    if (!v.isString()) {
        m_error =
            fail(QCoreApplication::translate("Fax", "\"data\" must be the image file in Base64"));
        return false;
    }
    if (++m_images > kMaxImages) {
        m_error = fail(
            QCoreApplication::translate("Fax", "more than %1 images on one page").arg(kMaxImages));
        return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        m_error = fail(QCoreApplication::translate("Fax", "\"data\" is not valid Base64"));
        return false;
    }
    QString why;
    out->imageData = *decoded;
    out->image = decodeImage(out->imageData, &why);
    if (out->image.isNull()) {
        m_error = fail(why);
        return false;
    }
    m_imagePixels += qint64(out->image.width()) * out->image.height();
    if (m_imagePixels > kMaxImagePixels) {
        m_error = fail(QCoreApplication::translate(
                           "Fax", "the images of the page have more than %1 pixels together")
                           .arg(kMaxImagePixels));
        return false;
    }
    return boolean(o, "keepAspectRatio", &out->keepAspectRatio);
}

bool Reader::readObject(const QJsonObject &o, CoverObject *out)
{
    const QString type = o.value(QLatin1String("type")).toString();
    if (!coverShapeFromKey(type, &out->shape)) {
        m_error =
            fail(type.isEmpty() ? QCoreApplication::translate("Fax", "\"type\" is missing")
                                : QCoreApplication::translate("Fax", "unknown object type \"%1\"")
                                      .arg(type.left(40)));
        return false;
    }
    m_where += QStringLiteral(" (%1)").arg(type);
    // Text and images have no frame unless they ask for one; shapes have a thin outline.
    out->lineWidth = out->shape == CoverShape::Text || out->shape == CoverShape::Image ? 0 : 1;
    int lineColor = 0, fill = 0;
    if (!number(o, "lineWidth", 0, kMaxLineWidth, &out->lineWidth) ||
        !choice(o, "lineColor", kInks, &lineColor) || !choice(o, "fill", kFills, &fill) ||
        !boolean(o, "hideWhenEmpty", &out->hideWhenEmpty) || !string(o, "block", 200, &out->block))
        return false;
    out->lineColor = CoverInk(lineColor);
    // Lines and images have no inside: a fill there is ignored, as the writer leaves it out.
    if (out->shape != CoverShape::Line && out->shape != CoverShape::Image)
        out->fill = CoverFill(fill);
    switch (out->shape) {
    case CoverShape::Line:
        return readPoints(o, out, 2);
    case CoverShape::Polygon:
        return readPoints(o, out, 3);
    case CoverShape::Rectangle:
        return readBox(o, out) && number(o, "cornerRadius", 0, kMaxCoordinate, &out->cornerRadius);
    case CoverShape::Ellipse:
        return readBox(o, out);
    case CoverShape::Text:
        return readBox(o, out) && readText(o, out);
    case CoverShape::Image:
        return readBox(o, out) && readImage(o, out);
    }
    return false;
}

Expected<CoverPage> Reader::read(const QByteArray &data)
{
    if (data.startsWith("FAXCOVER"))
        return fail(QCoreApplication::translate(
            "Fax", "a Windows cover page (.cov): Fax Console reads only its own format; "
                   "recreate the page in the Cover Page Editor"));
    if (nestingDepth(data, kMaxNesting) > kMaxNesting)
        return fail(
            QCoreApplication::translate("Fax", "not a cover page: nested more than %1 levels deep")
                .arg(kMaxNesting));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        return fail(QCoreApplication::translate("Fax", "not a cover page: %1 at line %2, column %3")
                        .arg(parseError.errorString())
                        .arg(line)
                        .arg(column));
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("format")).toString() != kFormatMarker)
        return fail(QCoreApplication::translate(
                        "Fax", "not a Fax Console cover page (it lacks \"format\": \"%1\")")
                        .arg(kFormatMarker));
    const QJsonValue versionValue = root.value(QLatin1String("version"));
    const double version = versionValue.toDouble(0);
    if (!versionValue.isDouble() || version < 1 || version != std::floor(version))
        return fail(
            QCoreApplication::translate("Fax", "\"version\" must be a whole number from 1"));
    if (version > kVersion)
        return Error::make(Error::Kind::Unsupported,
                           QCoreApplication::translate(
                               "Fax",
                               "%1: made by a newer version of Fax Console (cover page format %2; "
                               "this version reads format %3 and older)")
                               .arg(m_name)
                               .arg(version, 0, 'f', 0)
                               .arg(kVersion));

    CoverPage page;
    const QJsonValue pageValue = root.value(QLatin1String("page"));
    if (!pageValue.isObject())
        return fail(QCoreApplication::translate(
            "Fax", "\"page\" with the paper's \"width\" and \"height\" is missing"));
    m_where = QCoreApplication::translate("Fax", "page");
    double width = 0, height = 0;
    if (!number(pageValue.toObject(), "width", kMinPageSide, kMaxPageSide, &width, true) ||
        !number(pageValue.toObject(), "height", kMinPageSide, kMaxPageSide, &height, true))
        return *m_error;
    page.size = QSizeF(width, height);
    m_where.clear();
    if (!string(root, "title", kMaxNameLength, &page.title) ||
        !string(root, "description", kMaxNameLength, &page.description))
        return *m_error;

    const QJsonValue objectsValue = root.value(QLatin1String("objects"));
    if (!objectsValue.isUndefined() && !objectsValue.isArray())
        return fail(QCoreApplication::translate("Fax", "\"objects\" must be a list"));
    const QJsonArray objects = objectsValue.toArray();
    if (objects.size() > kMaxObjects)
        return fail(QCoreApplication::translate("Fax", "more than %1 objects on one page")
                        .arg(kMaxObjects));
    for (qsizetype i = 0; i < objects.size(); ++i) {
        m_where = QCoreApplication::translate("Fax", "object %1").arg(i + 1);
        if (!objects.at(i).isObject())
            return fail(QCoreApplication::translate("Fax", "not an object"));
        CoverObject object;
        if (!readObject(objects.at(i).toObject(), &object))
            return *m_error;
        page.objects << object;
    }
    page.assignIds();
    return page;
}

/// Writes JSON with the keys in a fixed, readable order (QJsonObject would sort them): the
/// format marker first, each object's type first, one key per line.
class Writer
{
public:
    /// Opens an object ('{') or list ('[') under name (nullptr: an element of a list).
    void begin(const char *name, char bracket = '{')
    {
        const QByteArray label = name ? '"' + QByteArray(name) + "\": " : QByteArray();
        m_levels.append({indent() + label + bracket, {}, bracket == '{' ? '}' : ']'});
    }
    void end()
    {
        const Level level = m_levels.takeLast();
        const QByteArray text = level.entries.isEmpty()
                                    ? QByteArray(level.opening + level.close)
                                    : QByteArray(level.opening + '\n' + level.entries.join(",\n") +
                                                 '\n' + indent() + level.close);
        if (m_levels.isEmpty())
            m_out = text + '\n';
        else
            m_levels.last().entries << text;
    }
    void key(const char *name, const QByteArray &json)
    {
        m_levels.last().entries << indent() + '"' + name + "\": " + json;
    }
    void key(const char *name, const QString &value) { key(name, string(value)); }
    void key(const char *name, const char *value) { key(name, string(QLatin1String(value))); }
    void key(const char *name, double value) { key(name, number(value)); }
    void key(const char *name, bool value) { key(name, QByteArray(value ? "true" : "false")); }
    QByteArray output() const { return m_out; }

    static QByteArray string(const QString &s)
    {
        // QJsonDocument escapes; strip the list around the one string.
        const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        return json.mid(1, json.size() - 2);
    }
    static QByteArray number(double v)
    {
        return QByteArray::number(std::isfinite(v) ? v : 0.0, 'g', QLocale::FloatingPointShortest);
    }

private:
    struct Level
    {
        QByteArray opening;
        QByteArrayList entries;
        char close;
    };
    QByteArray indent() const { return QByteArray(4 * m_levels.size(), ' '); }

    QList<Level> m_levels;
    QByteArray m_out;
};

QByteArray pointList(const QList<QPointF> &points)
{
    QByteArrayList items;
    for (const QPointF &p : points)
        items << '[' + Writer::number(p.x()) + ", " + Writer::number(p.y()) + ']';
    return '[' + items.join(", ") + ']';
}

void writeObject(Writer &w, const CoverObject &o)
{
    w.begin(nullptr);
    w.key("type", coverShapeKey(o.shape));
    if (o.shape == CoverShape::Line || o.shape == CoverShape::Polygon) {
        w.key("points", pointList(o.points));
    } else {
        w.key("x", o.rect.x());
        w.key("y", o.rect.y());
        w.key("width", o.rect.width());
        w.key("height", o.rect.height());
    }
    w.key("lineWidth", o.lineWidth);
    w.key("lineColor", kInks[int(o.lineColor)]);
    if (o.shape != CoverShape::Line && o.shape != CoverShape::Image)
        w.key("fill", kFills[int(o.fill)]);
    if (o.shape == CoverShape::Rectangle)
        w.key("cornerRadius", o.cornerRadius);
    if (o.shape == CoverShape::Text) {
        w.key("text", o.text);
        w.key("font", "{ \"family\": " + Writer::string(o.font.family) +
                          ", \"size\": " + Writer::number(o.font.size) +
                          ", \"bold\": " + (o.font.bold ? "true" : "false") +
                          ", \"italic\": " + (o.font.italic ? "true" : "false") + " }");
        int h = 0, v = 0;
        for (int i = 0; i < 4; ++i)
            if (o.alignment & kHAlignFlags[i])
                h = i;
        for (int i = 0; i < 3; ++i)
            if (o.alignment & kVAlignFlags[i])
                v = i;
        w.key("align", kHAligns[h]);
        w.key("valign", kVAligns[v]);
        w.key("color", kInks[int(o.textColor)]);
        w.key("shrinkToFit", o.shrinkToFit);
        w.key("minimumSize", o.minimumSize);
    }
    if (o.shape == CoverShape::Image) {
        w.key("keepAspectRatio", o.keepAspectRatio);
        w.key("data", '"' + o.imageData.toBase64() + '"');
    }
    if (o.hideWhenEmpty)
        w.key("hideWhenEmpty", true);
    if (!o.block.isEmpty())
        w.key("block", o.block);
    w.end();
}

} // namespace

QString suffix()
{
    return QStringLiteral("coverpage");
}

Expected<CoverPage> read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Fax", "%1: no such cover page file").arg(path));
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Fax", "%1: cannot read (%2)")
                               .arg(path, QFileInfo(path).isDir()
                                              ? QCoreApplication::translate("Fax", "it is a folder")
                                              : file.errorString()));
    // Read one byte more than allowed: a file that grows while read is still caught.
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes)
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: too large for a cover page (more than %2 MiB)")
                .arg(path)
                .arg(kMaxFileBytes / (1024 * 1024)));
    return parse(data, path);
}

Expected<CoverPage> parse(const QByteArray &data, const QString &name)
{
    if (data.size() > kMaxFileBytes)
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: too large for a cover page (more than %2 MiB)")
                .arg(name)
                .arg(kMaxFileBytes / (1024 * 1024)));
    return Reader(name).read(data);
}

QByteArray serialize(const CoverPage &page)
{
    Writer w;
    w.begin(nullptr);
    w.key("format", QString(kFormatMarker));
    w.key("version", double(kVersion));
    if (!page.title.isEmpty())
        w.key("title", page.title);
    if (!page.description.isEmpty())
        w.key("description", page.description);
    w.key("page", "{ \"width\": " + Writer::number(page.size.width()) +
                      ", \"height\": " + Writer::number(page.size.height()) + " }");
    w.begin("objects", '[');
    for (const CoverObject &o : page.objects)
        writeObject(w, o);
    w.end();
    w.end();
    return w.output();
}

Result write(const CoverPage &page, const QString &path)
{
    QSaveFile file(path);
    const QByteArray data = serialize(page);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error::make(Error::Kind::Io, QCoreApplication::translate(
                                                "Fax", "%1: cannot write the cover page (%2)")
                                                .arg(path, file.errorString()));
    return {};
}

QImage decodeImage(const QByteArray &data, QString *why)
{
    const char *format = nullptr;
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        format = "png";
    else if (data.startsWith("\xFF\xD8\xFF"))
        format = "jpeg";
    if (!format) {
        *why = QCoreApplication::translate("Fax", "the embedded image is neither PNG nor JPEG");
        return {};
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    const QString damaged =
        QCoreApplication::translate("Fax", "the embedded %1 image is damaged or incomplete")
            .arg(QString::fromLatin1(format).toUpper());
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        *why = damaged;
        return {};
    }
    if (size.width() > kMaxImageSide || size.height() > kMaxImageSide) {
        *why = QCoreApplication::translate(
                   "Fax", "the embedded image is %1×%2 pixels; at most %3 on a side")
                   .arg(size.width())
                   .arg(size.height())
                   .arg(kMaxImageSide);
        return {};
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *why = damaged;
        return {};
    }
    return image;
}

Expected<QByteArray> embeddableImage(const QByteArray &fileData, const QString &name)
{
    QString why;
    if (fileData.startsWith("\x89PNG") || fileData.startsWith("\xFF\xD8\xFF")) {
        if (decodeImage(fileData, &why).isNull())
            return Error::make(Error::Kind::InvalidArgument, name + QStringLiteral(": ") + why);
        return fileData;
    }
    QBuffer buffer;
    buffer.setData(fileData);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxImageSide || size.height() > kMaxImageSide))
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate(
                               "Fax", "%1: the image is %2×%3 pixels; at most %4 on a side")
                               .arg(name)
                               .arg(size.width())
                               .arg(size.height())
                               .arg(kMaxImageSide));
    const QImage image = reader.read();
    if (image.isNull() || image.width() > kMaxImageSide || image.height() > kMaxImageSide)
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: not an image that a cover page can hold (%2)")
                .arg(name, image.isNull() ? reader.errorString()
                                          : QCoreApplication::translate("Fax", "too many pixels")));
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "png");
    if (!writer.write(image))
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: cannot convert the image to PNG (%2)")
                .arg(name, writer.errorString()));
    return png;
}

} // namespace Fax::CoverFile
