// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentconverter_samples.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLinearGradient>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>

#include <tiffio.h>

#include <cmath>

namespace Samples {

QString writeFile(const QString &dir, const QString &name, const QByteArray &data)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

QString makePdf(const QString &dir, const QString &name, const QList<QSizeF> &pagesPt)
{
    const QString path = QDir(dir).filePath(name);
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setPageSize(QPageSize(pagesPt.first(), QPageSize::Point));
    QPainter p(&writer);
    for (int i = 0; i < pagesPt.size(); ++i) {
        if (i > 0) {
            writer.setPageSize(QPageSize(pagesPt[i], QPageSize::Point));
            writer.newPage();
        }
        const QSizeF s = pagesPt[i];
        p.fillRect(QRectF(QPointF(0, 0), s), Qt::white);
        if (s.width() > s.height()) {
            p.fillRect(QRectF(0, 0, s.width() / 3, s.height()), Qt::black);
        } else {
            QFont f(QStringLiteral("DejaVu Sans"));
            f.setPixelSize(24);
            p.setFont(f);
            p.drawText(QPointF(72, 100), QStringLiteral("Page %1 — Größe").arg(i + 1));
            f.setPixelSize(10);
            p.setFont(f);
            for (int l = 0; l < 40; ++l)
                p.drawText(
                    QPointF(72, 140 + l * 14),
                    QStringLiteral("Line %1: the quick brown fox jumps over the lazy dog").arg(l));
            if (i == 1) {
                QLinearGradient g(QPointF(72, 0), QPointF(s.width() - 72, 0));
                g.setColorAt(0, Qt::black);
                g.setColorAt(1, Qt::white);
                p.fillRect(QRectF(72, s.height() - 250, s.width() - 144, 150), g);
            }
        }
    }
    p.end();
    return path;
}

QString makeTransparentPdf(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setPageSize(QPageSize(QSizeF(595.28, 841.89), QPageSize::Point));
    // A soft, smooth picture: grey 104..152 with gentle waves, no hard edges.
    QImage photo(400, 400, QImage::Format_RGB32);
    for (int y = 0; y < photo.height(); ++y)
        for (int x = 0; x < photo.width(); ++x) {
            const int v = 128 + int(24 * std::sin(x / 23.0) * std::cos(y / 31.0));
            photo.setPixel(x, y, qRgb(v, v, v));
        }
    QPainter p(&writer);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(11);
    p.setFont(f);
    for (int l = 0; l < 18; ++l)
        p.drawText(QPointF(72, 90 + l * 15),
                   QStringLiteral("Line %1: the quick brown fox jumps over the lazy dog").arg(l));
    p.setPen(QPen(Qt::black, 0.25));
    p.drawLine(QPointF(72, 400), QPointF(523, 400));
    p.drawLine(QPointF(60, 450), QPointF(60, 800));
    p.drawImage(QRectF(100, 450, 200, 200), photo);
    writer.setPageSize(QPageSize(QSizeF(841.89, 595.28), QPageSize::Point));
    writer.newPage();
    p.drawImage(QRectF(100, 100, 200, 200), photo);
    p.end();
    return path;
}

QString makePostScript(const QString &dir)
{
    return writeFile(dir, QStringLiteral("doc.ps"),
                     "%!PS-Adobe-3.0\n%%Pages: 2\n"
                     "/Helvetica findfont 24 scalefont setfont\n"
                     "72 720 moveto (PostScript page one) show\n"
                     "0 setgray 72 300 200 200 rectfill showpage\n"
                     "72 720 moveto (PostScript page two) show showpage\n");
}

QString makeImage(const QString &dir, const QString &name, const char *format, int w, int h,
                  int dpi)
{
    QImage img(w, h, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient g(QPointF(0, 0), QPointF(w, 0));
    g.setColorAt(0, Qt::darkBlue);
    g.setColorAt(1, Qt::yellow);
    p.fillRect(img.rect(), g);
    p.fillRect(QRect(w / 10, h / 10, w / 5, h / 5), Qt::black);
    p.end();
    if (dpi > 0) {
        img.setDotsPerMeterX(int(dpi / 0.0254));
        img.setDotsPerMeterY(int(dpi / 0.0254));
    }
    const QString path = QDir(dir).filePath(name);
    img.save(path, format);
    return path;
}

QString makeColourTiff(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("colour.tif"));
    TIFF *t = TIFFOpen(QFile::encodeName(path).constData(), "w");
    const int w = 600, h = 800;
    for (int page = 0; page < 2; ++page) {
        const int spp = page == 0 ? 3 : 1;
        TIFFSetField(t, TIFFTAG_IMAGEWIDTH, w);
        TIFFSetField(t, TIFFTAG_IMAGELENGTH, h);
        TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 8);
        TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, spp);
        TIFFSetField(t, TIFFTAG_PHOTOMETRIC, spp == 3 ? PHOTOMETRIC_RGB : PHOTOMETRIC_MINISBLACK);
        TIFFSetField(t, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(t, TIFFTAG_COMPRESSION, COMPRESSION_LZW);
        TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, 64);
        TIFFSetField(t, TIFFTAG_XRESOLUTION, 100.0f);
        TIFFSetField(t, TIFFTAG_YRESOLUTION, 100.0f);
        TIFFSetField(t, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
        TIFFSetField(t, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
        TIFFSetField(t, TIFFTAG_PAGENUMBER, page, 2);
        QByteArray row(w * spp, '\0');
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                // Left half black (text-like), right half a horizontal grey ramp.
                const int v = x < w / 2 ? 0 : (x - w / 2) * 255 / (w / 2);
                for (int s = 0; s < spp; ++s)
                    row[x * spp + s] = char(v);
            }
            TIFFWriteScanline(t, row.data(), uint32_t(y), 0);
        }
        TIFFWriteDirectory(t);
    }
    TIFFClose(t);
    return path;
}

QString makeGif(const QString &dir)
{
    // A 1x1 black GIF89a.
    static const unsigned char gif[] = {'G', 'I', 'F', '8', '9',  'a',  1,    0,    1, 0, 0x80, 0,
                                        0,   0,   0,   0,   0xff, 0xff, 0xff, ',',  0, 0, 0,    0,
                                        1,   0,   1,   0,   0,    2,    2,    0x44, 1, 0, ';'};
    return writeFile(dir, QStringLiteral("dot.gif"),
                     QByteArray(reinterpret_cast<const char *>(gif), sizeof gif));
}

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 c = 0xffffffffu;
    for (char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
    }
    return ~c;
}

void put32(QByteArray &b, quint32 v)
{
    b.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

} // namespace

QByteArray pngHeaderOnly(quint32 w, quint32 h)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    auto chunk = [&](const QByteArray &type, const QByteArray &data) {
        put32(png, quint32(data.size()));
        png += type + data;
        put32(png, crc32(type + data));
    };
    QByteArray ihdr;
    put32(ihdr, w);
    put32(ihdr, h);
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    chunk("IHDR", ihdr);
    chunk("IDAT", qCompress(QByteArray(1000, '\0')).mid(4)); // qCompress: 4-byte size + zlib stream
    chunk("IEND", QByteArray());
    return png;
}

bool haveGhostscript()
{
    return !QStandardPaths::findExecutable(QStringLiteral("gs")).isEmpty();
}

QString encryptPdf(const QString &pdf, const QString &out)
{
    if (!haveGhostscript())
        return {};
    QProcess p;
    p.start(QStringLiteral("gs"),
            {QStringLiteral("-q"), QStringLiteral("-dBATCH"), QStringLiteral("-dNOPAUSE"),
             QStringLiteral("-sDEVICE=pdfwrite"), QStringLiteral("-sOwnerPassword=owner"),
             QStringLiteral("-sUserPassword=secret"), QStringLiteral("-sOutputFile=") + out, pdf});
    p.waitForFinished(60000);
    return p.exitCode() == 0 && QFile::exists(out) ? out : QString();
}

} // namespace Samples
