// SPDX-License-Identifier: GPL-3.0-or-later
#include "covertextlayout.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace Fax {

namespace {

constexpr double kSizeStep = 0.25; // shrinking goes in quarter points

/// The device text is laid out on: 72 dots per inch, so that one pixel is one point and a
/// layout does not depend on the screen or the fax resolution it is drawn at.
QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_Mono);
        const int dotsPerMeter = int(std::lround(72 / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

QFont::StyleHint styleHintFor(const QString &family)
{
    const QString f = family.toLower();
    if (f.contains(QLatin1String("mono")) || f.contains(QLatin1String("courier")))
        return QFont::TypeWriter;
    if (!f.contains(QLatin1String("sans")) &&
        (f.contains(QLatin1String("serif")) || f.contains(QLatin1String("roman")) ||
         f.contains(QLatin1String("times"))))
        return QFont::Serif;
    return QFont::SansSerif;
}

} // namespace

QFont CoverTextLayout::qfont(const CoverFont &font, double size)
{
    QFont f(font.family);
    // A family that is not installed falls back to one of its kind.
    f.setStyleHint(styleHintFor(font.family));
    f.setPointSizeF(size);
    f.setBold(font.bold);
    f.setItalic(font.italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

CoverTextLayout::CoverTextLayout(const QString &text, const CoverFont &font, const QRectF &box,
                                 Qt::Alignment alignment, bool shrinkToFit, double minimumSize)
    : m_text(text), m_font(font), m_box(box), m_alignment(alignment), m_size(font.size)
{
    // Paragraphs: QTextLayout breaks lines at the Unicode line separator, not at '\n'.
    m_text.replace(u'\n', QChar::LineSeparator);
    double height = 0;
    m_layout = layoutAt(m_size, &height);
    if (shrinkToFit && height > box.height() && minimumSize < m_size) {
        // The largest quarter-point size from minimumSize up whose text fits.
        int low = 0, high = int((m_size - minimumSize) / kSizeStep);
        while (low < high) {
            const int mid = (low + high + 1) / 2;
            double h = 0;
            layoutAt(minimumSize + mid * kSizeStep, &h);
            if (h <= box.height())
                low = mid;
            else
                high = mid - 1;
        }
        m_size = minimumSize + low * kSizeStep;
        m_layout = layoutAt(m_size, &height);
    }

    const int lines = m_layout->lineCount();
    m_visible = 0;
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = m_layout->lineAt(i);
        if (i > 0 && line.y() + line.height() > box.height() + 0.01)
            break;
        m_visible = i + 1;
        m_height = line.y() + line.height();
    }
    m_truncated = m_visible < lines;
    if (m_truncated) {
        // The last line that fits ends with an ellipsis: the reader sees that text is missing.
        const QTextLine last = m_layout->lineAt(m_visible - 1);
        QString rest = m_text.mid(last.textStart());
        rest.replace(QChar::LineSeparator, u' ');
        const QFont f = qfont(m_font, m_size);
        const QString elided =
            QFontMetricsF(f, layoutDevice()).elidedText(rest, Qt::ElideRight, box.width());
        m_tail = std::make_unique<QTextLayout>(elided, f, layoutDevice());
        QTextOption option(m_alignment & Qt::AlignHorizontal_Mask & ~Qt::AlignJustify);
        option.setWrapMode(QTextOption::NoWrap);
        option.setUseDesignMetrics(true);
        m_tail->setTextOption(option);
        m_tail->beginLayout();
        QTextLine line = m_tail->createLine();
        line.setLineWidth(box.width());
        line.setPosition(QPointF(0, last.y()));
        m_tail->endLayout();
    }
    if (m_alignment & Qt::AlignBottom)
        m_top = box.height() - m_height;
    else if (m_alignment & Qt::AlignVCenter)
        m_top = (box.height() - m_height) / 2;
    m_top = std::max(0.0, m_top);
}

CoverTextLayout::~CoverTextLayout() = default;

std::unique_ptr<QTextLayout> CoverTextLayout::layoutAt(double size, double *height) const
{
    auto layout = std::make_unique<QTextLayout>(m_text, qfont(m_font, size), layoutDevice());
    QTextOption option(m_alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(std::max(1.0, m_box.width()));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    *height = y;
    return layout;
}

QRectF CoverTextLayout::textRect() const
{
    QRectF r;
    for (int i = 0; i < m_visible; ++i) {
        const QTextLine line = m_layout->lineAt(i);
        const QRectF natural = line.naturalTextRect();
        r |= QRectF(natural.x(), line.y(), natural.width(), line.height());
    }
    return r.translated(m_box.topLeft() + QPointF(0, m_top));
}

void CoverTextLayout::draw(QPainter &painter) const
{
    const QPointF origin = m_box.topLeft() + QPointF(0, m_top);
    const int full = m_truncated ? m_visible - 1 : m_visible;
    for (int i = 0; i < full; ++i)
        m_layout->lineAt(i).draw(&painter, origin);
    if (m_tail)
        m_tail->lineAt(0).draw(&painter, origin);
}

} // namespace Fax
