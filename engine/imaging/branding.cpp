// SPDX-License-Identifier: GPL-3.0-or-later
#include "branding.h"

#include "pageraster.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>

namespace Fax {

namespace {

constexpr int kBandPx = 34; // band height in the 204 dpi layout space (~0.17 in)
constexpr int kFontPx = 25; // ~9 pt
constexpr int kLeftPx = 41; // 0.2 in

} // namespace

QString Branding::defaultFormat()
{
    return QStringLiteral("%d %t  FROM: %s  TO: %r  P.%p/%n");
}

QString Branding::expand(const QString &format, const BrandingInfo &info)
{
    QString out;
    out.reserve(format.size() + 64);
    for (int i = 0; i < format.size(); ++i) {
        const QChar c = format[i];
        if (c != QLatin1Char('%') || i + 1 >= format.size()) {
            out += c;
            continue;
        }
        const QChar d = format[++i];
        switch (d.unicode()) {
        case 'd':
            out += info.time.toString(QStringLiteral("yyyy-MM-dd"));
            break;
        case 't':
            out += info.time.toString(QStringLiteral("HH:mm"));
            break;
        case 's':
            out += info.tsid.isEmpty() ? info.sender : info.tsid;
            break;
        case 'S':
            out += info.senderFax;
            break;
        case 'r':
            out += info.recipient.isEmpty() ? info.recipientFax : info.recipient;
            break;
        case 'R':
            out += info.recipientFax;
            break;
        case 'j':
            out += QString::number(info.jobId);
            break;
        case 'p':
            out += QString::number(info.page);
            break;
        case 'n':
            out += QString::number(info.pages);
            break;
        case '%':
            out += QLatin1Char('%');
            break;
        default:
            out += QLatin1Char('%');
            out += d;
            break;
        }
    }
    return out;
}

int Branding::bandLines(int yDpi)
{
    return (kBandPx * yDpi + kFaxXDpi - 1) / kFaxXDpi;
}

Result Branding::stamp(FaxPage &page, const QString &text)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate("Fax", "branding: drawing text needs a QGuiApplication"));
    if (!isFaxImage(page.image))
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "branding: the page is not a fax image"));
    const int band = std::min(bandLines(page.yDpi), page.lines());
    QImage canvas(page.width(), band, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter p(&canvas);
        p.scale(1.0, double(page.yDpi) / kFaxXDpi);
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setStyleHint(QFont::Monospace);
        font.setPixelSize(kFontPx);
        p.setFont(font);
        p.setPen(Qt::black);
        const QFontMetricsF fm(font);
        const double baseline = (kBandPx + fm.ascent() - fm.descent()) / 2.0;
        p.drawText(QPointF(kLeftPx, baseline), text);
    }
    const QImage bits = PageRaster::binarize(PageRaster::toGray(canvas), Halftone::Threshold);
    const int bytes = (page.width() + 7) / 8;
    for (int y = 0; y < band; ++y)
        std::copy_n(bits.constScanLine(y), bytes, page.image.scanLine(y));
    return {};
}

} // namespace Fax
