// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/senddocument.h"
#include "imaging/boundedconverter.h"

#include <QString>

namespace Fax {

/// Makes the pages of one recipient's fax exactly as they go on the line: the cover page with
/// that recipient's fields first (its page count includes the cover), then the documents, each
/// page branded when the document asks for it, at the document's resolution. One path for the
/// engine's send, the archive copy, `faxctl convert --cover` and the send wizard's preview.
///
/// The documents are converted under the limits of the options (BoundedConverter: a child
/// process, never this one); the cover page is rendered here. Draws with fonts: the application
/// must be a QGuiApplication (offscreen is fine).
class SendPreparation
{
public:
    struct Summary
    {
        int pages = 0;            ///< every page, the cover counted
        int coverPages = 0;       ///< 1 with a cover page, else 0
        ConvertSummary documents; ///< how the documents were converted (pages per file, ...)
    };

    /// Writes the pages into outputTiff as one fax TIFF with properties. options give the
    /// paper, coding, halftone, limits and cancel flag; the resolution and branding come from
    /// document.
    /// On failure nothing is written and an existing outputTiff is kept; the error names the
    /// document (or the cover page) and the reason.
    /// pageReady gets the documents' pages while they are made, numbered as in the fax (after
    /// the cover page, which it does not get: see coverPage()) and branded as they will be.
    static Expected<Summary> prepare(const SendDocument &document, const QString &outputTiff,
                                     const ConvertOptions &options = {},
                                     const FaxTiffProperties &properties = {},
                                     const DocumentConverter::Progress &progress = {},
                                     const BoundedConverter::PageReady &pageReady = {});

    /// The first page prepare() makes of document when the fax has pages pages (the cover
    /// counted): its cover page with the fields and the branding line, drawn here in moments, so
    /// a preview shows it before the documents are converted. document.sendTime should be set,
    /// the same for both calls. Fails when document has no cover page.
    static Expected<FaxPage> coverPage(const SendDocument &document, int pages,
                                       const ConvertOptions &options = {});

    /// The branding line's facts for a document (its page and pages are filled per page).
    static BrandingInfo brandingInfo(const SendDocument &document);
};

} // namespace Fax
