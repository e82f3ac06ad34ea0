// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faxformat.h"
#include "party.h"

#include <QDateTime>
#include <QStringList>

namespace Fax {

/// Everything that decides the pages of one recipient's fax, as the job asked for them: the
/// documents, the resolution, the cover page with this recipient's fields, and the branding line.
/// The send path, the archive copy, `faxctl convert --cover` and the send wizard's preview make
/// the pages from it the same way (SendPreparation in engine/cover).
struct SendDocument
{
    QStringList files; ///< the documents, in order
    FaxResolution resolution = FaxResolution::Fine;
    QString coverPage; ///< the cover page file; empty: no cover page
    Party recipient;
    Party sender;
    QString subject;
    QString note;
    QString brandingFormat; ///< empty: no branding line (see Branding for the directives)
    QString stationId;      ///< on the branding line: the TSID sent, else the sender's number
    QDateTime sendTime;     ///< on the cover page and the branding line; invalid: now
    qint64 jobId = 0;       ///< for the branding line's %j

    bool operator==(const SendDocument &) const = default;
};

} // namespace Fax
