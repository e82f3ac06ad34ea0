// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/job.h"
#include "core/result.h"
#include "core/senddocument.h"
#include "imaging/faxtiff.h"

#include <QDateTime>
#include <QStringList>

namespace Fax {

/// ArchiveOutboundFaxes: the copy of a sent fax, made from the job's spooled documents, cover page
/// and branding the way the line makes them (SendPreparation: the pages are the ones sent), as a
/// fax TIFF with the FaxTiff properties of the send. Pure file work: safe to run off the
/// engine's thread.
class OutboundArchive
{
public:
    struct Request
    {
        SendDocument document; ///< what made the pages sent (documents, cover, branding)
        QString directory;     ///< where the copy goes (created when missing)
        Job job;               ///< the completed job
        QString tsid;          ///< the TSID the line announced
        QDateTime time;        ///< when the fax was sent
    };

    /// The folder used when ArchiveDirectory is empty: "archive" in the engine's data folder.
    static QString defaultDirectory(const QString &dataDirectory);
    /// The properties written into the copy.
    static FaxTiffProperties propertiesFor(const Request &request);
    /// Writes the copy; returns its path. The file appears complete or not at all: it is written
    /// under a hidden temporary name and renamed to "sent-<time>-job<id>.tif" (with "-2", "-3" ...
    /// when that name is taken: a rename never replaces another job's copy).
    static Expected<QString> write(const Request &request);
};

} // namespace Fax
