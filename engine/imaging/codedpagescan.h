// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxformat.h"

#include <QByteArray>

namespace Fax {

/// A quick check that fax-coded data decodes cleanly, for pages that would be stored unchanged.
/// It follows the rules of libtiff's CCITT decoder (which FaxPageCheck runs) but makes no pixels,
/// only the runs of each line, and is several times faster. It is conservative: true proves that
/// libtiff decodes exactly `lines` lines of `width` pixels from data without one complaint;
/// false only says it could not prove that (odd but valid data, or damage): then ask FaxPageCheck.
/// fuzz_faxtiff checks that every page it passes, libtiff decodes without a complaint.
class CodedPageScan
{
public:
    /// data: one strip as a TIFF stores it with FillOrder MSB2LSB (MH and MR: T.4 with an EOL
    /// before each line; MMR: T.6).
    static bool clean(const QByteArray &data, FaxCompression compression, int width, int lines);
};

} // namespace Fax
