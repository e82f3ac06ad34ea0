// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

class QPrinter;

namespace Fax {

/// A fax TIFF onto paper and into PDF.
namespace FaxOutput {

/// Writes the fax in faxFile as the PDF pdfFile, each page at its own size (a short page stays
/// short, a Legal page stays Legal), turned by quarterTurns x 90 degrees clockwise. The file
/// appears complete or not at all; an existing file is replaced only by a complete one. The error
/// names the file and the reason.
Result writePdf(const QString &faxFile, const QString &pdfFile, int quarterTurns = 0);

/// Prints the fax on printer: the pages in the printer's page range (all without one), each at
/// its size where the paper allows, else scaled down to fit, in its true proportions.
Result print(const QString &faxFile, QPrinter *printer, int quarterTurns = 0);

} // namespace FaxOutput
} // namespace Fax
