// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Fax {

/// Where a cover page file lives: the common folder that comes with Fax Console (the server's
/// cover pages, ServerCoverpage), or the user's personal folder.
enum class CoverFolder { Common, Personal };

/// One cover page a user can pick by name.
struct CoverEntry
{
    QString name; ///< the file name without ".coverpage": what --cover NAME takes
    CoverFolder folder = CoverFolder::Common;
    QString path; ///< absolute

    bool operator==(const CoverEntry &) const = default;
};

/// The cover pages on this system: the common folders (installed with Fax Console under
/// share/faxconsole/covers, and the source tree's resources/covers when a program runs from
/// its build folder) and the personal folder (covers/ in the engine's data folder).
class CoverLibrary
{
public:
    /// The default folders: defaultCommonFolders() and personalFolder(dataDirectory)
    /// (empty: defaultDataDirectory()).
    explicit CoverLibrary(const QString &dataDirectory = QString());
    CoverLibrary(const QStringList &commonFolders, const QString &personalFolder);

    const QStringList &commonFolders() const { return m_common; }
    const QString &personalFolder() const { return m_personal; }

    /// Every cover page, common ones first, each group sorted by name. A name that is in
    /// several common folders is listed once, from the first folder.
    QList<CoverEntry> entries() const;
    /// The cover page that NAME or FILE names. A name is looked up (without case) in the
    /// personal folder first, then in the common ones; anything with a '/' or the
    /// ".coverpage" suffix, or an existing file, is a file. With commonOnly (the server's
    /// ServerCoverpage setting), only common cover pages are accepted, by name or path.
    Expected<CoverEntry> resolve(const QString &nameOrFile, bool commonOnly = false) const;

    /// Folders with common cover pages that exist: beside the program
    /// (<prefix>/share/faxconsole/covers), in the XDG data folders, and the source tree's
    /// resources/covers when the program runs from the build folder.
    static QStringList defaultCommonFolders();
    /// <dataDirectory>/covers.
    static QString personalFolder(const QString &dataDirectory);

private:
    QList<CoverEntry> entriesIn(const QString &folder, CoverFolder kind) const;
    bool isCommonPath(const QString &path) const;

    QStringList m_common;
    QString m_personal;
};

} // namespace Fax
