// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/receivedfax.h"
#include "t30/t30capabilities.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Fax {

/// Turns the pages of a received call into a fax TIFF: decodes each page as the line carried
/// it (a page that cannot be decoded is reported and makes the fax partial) and writes the
/// decoded ones as MMR, completely or not at all.
class ReceivedFaxWriter final
{
public:
    /// One page as it came off the line (LSB-first), with the session parameters it was coded
    /// for.
    struct Page
    {
        QByteArray data;
        T30::SessionParams params;
    };
    /// A page that could not be decoded.
    struct Problem
    {
        int page = 0; ///< 0-based
        QString message;
    };
    /// How received files are named in their folder.
    enum class Naming {
        StationUtc, ///< fax-20261201-163000-front.tif (UTC time, the port name), then -1, -2 ...
        LocalTime   ///< fax-20261201-173000.tif (local time), then -2, -3 ...
    };
    /// What write() came to.
    struct Stored
    {
        ReceivedFax fax;         ///< file empty when nothing was written
        int decodedPages = 0;    ///< pages that could be decoded (and were written, with a file)
        QList<Problem> problems; ///< pages that could not be decoded
        QString error;           ///< why the file could not be written (decoded pages were lost)
    };

    /// Decodes pages and writes those that decode into a new file in directory (made if
    /// missing). fax carries the properties (csid, tsid, caller ID, port, receive time, partial);
    /// the result's fax has the file, the page count and resolution, and is partial also when a
    /// page could not be decoded. No file when no page decodes.
    static Stored write(const QString &directory, Naming naming, const ReceivedFax &fax,
                        const QList<Page> &pages);
};

} // namespace Fax
