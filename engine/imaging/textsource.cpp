// SPDX-License-Identifier: GPL-3.0-or-later
// Plain text (UTF-8): paginated in a monospace font with margins, form feeds start new pages.
// Drawing text needs fonts, so a QGuiApplication (faxctl: the offscreen platform).
#include "documentsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QStringDecoder>

namespace Fax {

namespace {

constexpr qint64 kMaxTextBytes = 64 * 1024 * 1024;
constexpr double kMarginIn = 0.5;
constexpr double kFontPt = 10.0;

QFont textFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    // Layout happens in a 204 dpi square-pixel space; the painter squeezes it to the lpi.
    font.setPixelSize(int(kFontPt / 72.0 * kFaxXDpi + 0.5));
    return font;
}

QString expandTabs(const QString &line)
{
    if (!line.contains(QLatin1Char('\t')))
        return line;
    QString out;
    for (QChar c : line) {
        if (c == QLatin1Char('\t'))
            out += QString(8 - out.size() % 8, QLatin1Char(' '));
        else
            out += c;
    }
    return out;
}

class TextSource final : public DocumentSource
{
public:
    TextSource(const QString &path, const PageGeometry &g, Halftone h)
        : DocumentSource(path, g, h), m_font(textFont())
    {
    }
    DocumentType type() const override { return DocumentType::Text; }
    int pageCount() const override { return int(m_pages.size()); }

    double pageHeightPx() const { return paperHeightInches(m_geometry.paper) * kFaxXDpi; }
    double marginPx() const { return kMarginIn * kFaxXDpi; }

    void paginate(const QString &text)
    {
        const QFontMetricsF fm(m_font);
        const double advance = std::max(1.0, fm.horizontalAdvance(QLatin1Char('M')));
        const int columns = std::max(10, int((m_geometry.width() - 2 * marginPx()) / advance));
        const int rows = std::max(5, int((pageHeightPx() - 2 * marginPx()) / fm.lineSpacing()));
        QString normalized = text;
        normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QStringList page;
        auto flush = [&] {
            m_pages.append(page);
            page.clear();
        };
        const QStringList sheets = normalized.split(QLatin1Char('\f'));
        for (int s = 0; s < sheets.size(); ++s) {
            QStringList lines = sheets[s].split(QLatin1Char('\n'));
            if (s == sheets.size() - 1 && !lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast(); // the file's final newline is not an empty line
            for (const QString &raw : lines) {
                QString line = expandTabs(raw);
                do {
                    page << line.left(columns);
                    line = line.mid(columns);
                    if (page.size() == rows)
                        flush();
                } while (!line.isEmpty());
            }
            if (!page.isEmpty() || s < sheets.size() - 1)
                flush();
        }
        m_rowsPerPage = rows;
    }

    Expected<FaxPage> renderPage(int index) override
    {
        if (index < 0 || index >= pageCount())
            return pageError(index, QCoreApplication::translate("Fax", "no such page"));
        QImage canvas(m_geometry.width(), m_geometry.lines(), QImage::Format_RGB32);
        if (canvas.isNull())
            return pageError(index, QCoreApplication::translate("Fax", "out of memory"));
        canvas.fill(Qt::white);
        {
            QPainter p(&canvas);
            p.scale(1.0, double(m_geometry.yDpi()) / kFaxXDpi);
            p.setFont(m_font);
            p.setPen(Qt::black);
            const QFontMetricsF fm(m_font);
            double y = marginPx() + fm.ascent();
            for (const QString &line : m_pages[index]) {
                p.drawText(QPointF(marginPx(), y), line);
                y += fm.lineSpacing();
            }
        }
        return PageRaster::compose(PageRaster::toGray(canvas), m_geometry, Halftone::Threshold);
    }

    QFont m_font;
    QList<QStringList> m_pages;
    int m_rowsPerPage = 0;
};

} // namespace

Expected<std::unique_ptr<DocumentSource>> openTextDocument(const QString &path,
                                                           const PageGeometry &g, Halftone h)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate(
                "Fax",
                "%1: text documents need fonts: create a QGuiApplication (offscreen is fine)")
                .arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Fax", "%1: cannot read (%2)").arg(path, f.errorString()));
    if (f.size() > kMaxTextBytes)
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: text file too large for a fax").arg(path));
    const QByteArray bytes = f.readAll();
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate(
                "Fax", "%1: text that is not UTF-8 (byte 0x%2 at offset %3); save it as UTF-8")
                .arg(path)
                .arg(uint(uchar(bytes.at(bad))), 2, 16, QLatin1Char('0'))
                .arg(bad));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    auto src = std::make_unique<TextSource>(path, g, h);
    src->paginate(text);
    if (src->pageCount() == 0)
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: the document has no pages (empty text)")
                .arg(path));
    return std::unique_ptr<DocumentSource>(std::move(src));
}

} // namespace Fax
