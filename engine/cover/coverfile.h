// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "coverpage.h"

#include <QByteArray>
#include <QString>

namespace Fax {

/// The cover page file format (docs/coverpage-format.md): versioned JSON, read as untrusted
/// input. Every error names the file and the reason; nothing it reads can make it allocate or
/// recurse without bound.
namespace CoverFile {

/// The format version this build writes, and the newest it reads.
constexpr int kVersion = 1;

/// The limits a file must keep (docs/coverpage-format.md lists them).
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;
constexpr int kMaxNesting = 16;
constexpr int kMaxObjects = 1000;
constexpr int kMaxPolygonPoints = 1000;
constexpr int kMaxTextLength = 20000;
constexpr int kMaxPageTextLength = 100000; ///< all texts of a page together
constexpr int kMaxNameLength = 1000;
constexpr int kMaxImages = 20;
constexpr int kMaxImageSide = 4000;
constexpr qint64 kMaxImagePixels = 16 * 1000 * 1000; ///< all images of a page together
constexpr double kMinPageSide = 72.0;                ///< 1 inch
constexpr double kMaxPageSide = 1440.0;              ///< 20 inches
constexpr double kMaxCoordinate = 14400.0;
constexpr double kMaxFontSize = 500.0;
constexpr double kMaxLineWidth = 100.0;

/// The file name suffix of cover pages, without the dot: "coverpage".
QString suffix();

/// Reads the cover page in the file at path.
Expected<CoverPage> read(const QString &path);
/// Reads a cover page from data; name is how error messages call it (usually the path).
Expected<CoverPage> parse(const QByteArray &data, const QString &name);
/// The page in the file format.
QByteArray serialize(const CoverPage &page);
/// Writes the page to path atomically (an existing file stays whole on failure).
Result write(const CoverPage &page, const QString &path);

/// Checks and decodes an embedded image (PNG or JPEG, within the size limits); on failure says
/// why in *why.
QImage decodeImage(const QByteArray &data, QString *why);
/// The bytes to embed for an image file: PNG and JPEG as they are, other formats converted to
/// PNG; checked like a loaded file's image. name is how error messages call it.
Expected<QByteArray> embeddableImage(const QByteArray &fileData, const QString &name);

} // namespace CoverFile
} // namespace Fax
