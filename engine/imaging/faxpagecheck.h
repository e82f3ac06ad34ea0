// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace Fax {

class TiffHandle;
struct FaxTiffPageInfo;

/// What decoding a fax-coded page (MH, MR, MMR) found wrong with its data, by kind. The kinds are
/// what libtiff's CCITT decoder complains about, counted per scan line.
struct FaxPageDamage
{
    int lines = 0;         ///< lines the page's tags announce
    int decodedLines = 0;  ///< lines decoded before the data ended (at most lines)
    int readLines = 0;     ///< lines libtiff read without failing (its own, laxer end of data)
    int invalidCodes = 0;  ///< lines with a code word that no code table has
    int wrongLength = 0;   ///< lines whose runs do not add up to the page width
    bool tooLong = false;  ///< the tags announce more lines than any fax page has
    qint64 stripBytes = 0; ///< the size of the coded data as the tags give it
    qint64 cutBytes = 0;   ///< of those, the bytes beyond the end of the file (cut strips)
    QString readError;     ///< the coded data could not be read at all
    QString firstProblem;  ///< the decoder's first complaint, for logs

    /// Lines the data ended before (premature end of data), counted from the tags.
    int missingLines() const { return lines - decodedLines; }
    /// Distinct damaged lines: those with a complaint, and those missing.
    int damagedLines = 0;
    bool damaged() const
    {
        return invalidCodes > 0 || wrongLength > 0 || decodedLines < lines || tooLong ||
               cutBytes > 0 || !readError.isEmpty();
    }
    /// "3 lines with invalid code words, 11 lines of the wrong length, the data ends after line
    /// 2000 of 2292": every kind found, for messages.
    QString describe() const;
};

/// Decodes fax-coded TIFF pages with libtiff's own CCITT decoder and counts the damage by kind,
/// so that what libtiff would draw as garbage is known before a page is stored or sent.
class FaxPageCheck
{
public:
    /// Decodes the current directory of h (a fax-coded page described by info), at most
    /// maxLines lines. With image, what libtiff read is drawn into it (a fax image readLines
    /// tall, as libtiff drew it); without, only the damage is counted.
    static FaxPageDamage decode(TiffHandle &h, const FaxTiffPageInfo &info, int maxLines,
                                QImage *image = nullptr);
};

} // namespace Fax
