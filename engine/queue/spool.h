// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobstore.h"

#include <QStringList>

#include <functional>

namespace Fax {

/// Copies submitted documents into a new spool folder durably: each file is written to a
/// temporary name, fsynced, renamed and the folder fsynced, so a referenced spool file is never
/// half-written.
class Spool
{
public:
    /// Told the bytes copied so far of all files; returning false stops the copy.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Creates a unique folder below spoolRoot and copies documents (and coverPage, if any: its
    /// copy becomes the group's coverPage) into it, telling progress (if set) before the first
    /// and after each chunk. On failure nothing is left behind and the error names the file or
    /// folder and the reason; stopped by progress, it fails with Error::Kind::Canceled.
    static Expected<SubmissionGroup> copyIn(const QString &spoolRoot, const QStringList &documents,
                                            const Progress &progress = {},
                                            const QString &coverPage = {});
    /// Removes folders below spoolRoot that are not in referenced and older than minAgeSecs.
    static int removeOrphans(const QString &spoolRoot, const QSet<QString> &referenced,
                             qint64 minAgeSecs);
    /// Removes one spool folder and everything in it.
    static bool removeFolder(const QString &folder);
};

} // namespace Fax
