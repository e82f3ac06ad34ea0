// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxformat.h"
#include "core/result.h"
#include "core/senddocument.h"
#include "t30/t30capabilities.h"

#include <QByteArray>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Fax {

class FaxTiffReader;

/// The pages of one send job: the spooled documents converted once into a fax TIFF, then each
/// page coded on demand for what the far end accepted (resolution, width, MH/MR/MMR, minimum
/// scan-line time), LSB-first as a Class 1 modem carries it.
class FaxPageSource final
{
public:
    FaxPageSource();
    ~FaxPageSource();
    Q_DISABLE_COPY_MOVE(FaxPageSource)

    /// Makes the pages of document (cover page, documents, branding: SendPreparation) into
    /// workTiff (a path the caller owns and removes), under the conversion limits; raising
    /// *cancel stops it within a tenth of a second.
    Result load(const SendDocument &document, const QString &workTiff,
                const std::atomic_bool *cancel = nullptr);
    /// Converts files alone (no cover page, no branding).
    Result load(const QStringList &files, const QString &workTiff);
    int pageCount() const;
    /// The resolution the pages were made in (the first page's).
    FaxResolution resolution() const { return m_resolution; }
    /// The page length DCS announces: A4 when every page fits 297 mm, B4 up to 364 mm, else
    /// unlimited (ITU chart 1 is 308 mm long).
    T30::PageLength pageLength() const { return m_length; }
    /// Page index coded for params; RTC (T.4) or EOFB (T.6) ends it.
    Expected<QByteArray> page(int index, const T30::SessionParams &params) const;

private:
    std::unique_ptr<FaxTiffReader> m_reader;
    FaxResolution m_resolution = FaxResolution::Fine;
    T30::PageLength m_length = T30::PageLength::A4;
};

} // namespace Fax
