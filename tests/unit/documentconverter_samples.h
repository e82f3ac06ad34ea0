// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

/// Sample documents for the converter tests, made on the fly (no binary fixtures).
namespace Samples {

/// A PDF of pages sizes (in points); each page has a title, body text and, on page 2, a grey
/// photo-like gradient. A landscape page gets a black block on its left third.
QString makePdf(const QString &dir, const QString &name, const QList<QSizeF> &pagesPt);
/// An A4 PDF as most real ones are: nothing painted behind the content (QtPdf renders it on
/// transparent). Body text, a 0.25 pt hairline across at 400 pt and one down at 60 pt, and a
/// smooth grey photograph (an embedded picture, mid grey 128 +- 24) at 100..300 pt x 450..650 pt.
/// Page 2 is landscape with the same picture.
QString makeTransparentPdf(const QString &dir, const QString &name);
QString makePostScript(const QString &dir);
QString makeImage(const QString &dir, const QString &name, const char *format, int w, int h,
                  int dpi);
/// Colour and grey multi-page TIFF (RGB page, then 8-bit grey page), LZW.
QString makeColourTiff(const QString &dir);
QString makeGif(const QString &dir);
QString writeFile(const QString &dir, const QString &name, const QByteArray &data);
/// A PNG whose header claims w x h pixels, with almost no pixel data.
QByteArray pngHeaderOnly(quint32 w, quint32 h);
bool haveGhostscript();
/// An encrypted copy of a PDF made with Ghostscript (empty when gs is missing or fails).
QString encryptPdf(const QString &pdf, const QString &out);

} // namespace Samples
