// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverlibrary.h"

#include "core/connectionsettings.h"
#include "coverfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Fax {

namespace {

QString canonicalFolder(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.canonicalFilePath() : QString();
}

QString dottedSuffix()
{
    return u'.' + CoverFile::suffix();
}

QString names(const QList<CoverEntry> &entries)
{
    QStringList out;
    for (const CoverEntry &e : entries)
        if (!out.contains(e.name))
            out << e.name;
    return out.isEmpty() ? QCoreApplication::translate("Fax", "none")
                         : out.join(QStringLiteral(", "));
}

} // namespace

CoverLibrary::CoverLibrary(const QString &dataDirectory)
    : CoverLibrary(defaultCommonFolders(),
                   personalFolder(dataDirectory.isEmpty() ? defaultDataDirectory() : dataDirectory))
{
}

CoverLibrary::CoverLibrary(const QStringList &commonFolders, const QString &personalFolder)
    : m_personal(QDir::cleanPath(QDir(personalFolder).absolutePath()))
{
    const QString personal = canonicalFolder(m_personal);
    for (const QString &folder : commonFolders) {
        const QString canonical = canonicalFolder(folder);
        // The personal folder is never common, even when it is reached another way.
        if (!canonical.isEmpty() && canonical != personal && !m_common.contains(canonical))
            m_common << canonical;
    }
}

QStringList CoverLibrary::defaultCommonFolders()
{
    QStringList folders;
    const QString appDir =
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!appDir.isEmpty())
        folders << appDir + QStringLiteral("/../share/faxconsole/covers");
    // The system's data folders (XDG_DATA_DIRS); the first location is the user's own.
    const QStringList data = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (qsizetype i = 1; i < data.size(); ++i)
        folders << data.at(i) + QStringLiteral("/faxconsole/covers");
#if defined(FAX_BUILD_DIR) && defined(FAX_SOURCE_COVERS_DIR)
    // A program run from its build folder finds the templates in the source tree.
    const QString build = QFileInfo(QStringLiteral(FAX_BUILD_DIR)).canonicalFilePath();
    const QString app = QFileInfo(appDir).canonicalFilePath();
    if (!build.isEmpty() && (app == build || app.startsWith(build + u'/')))
        folders << QStringLiteral(FAX_SOURCE_COVERS_DIR);
#endif
    QStringList existing;
    for (const QString &f : folders) {
        const QString canonical = canonicalFolder(f);
        if (!canonical.isEmpty() && !existing.contains(canonical))
            existing << canonical;
    }
    return existing;
}

QString CoverLibrary::personalFolder(const QString &dataDirectory)
{
    return QDir::cleanPath(dataDirectory + QStringLiteral("/covers"));
}

QList<CoverEntry> CoverLibrary::entriesIn(const QString &folder, CoverFolder kind) const
{
    QList<CoverEntry> out;
    const QDir dir(folder);
    const QFileInfoList files =
        dir.entryInfoList({u'*' + dottedSuffix()}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &f : files) {
        QString name = f.fileName();
        name.chop(dottedSuffix().size());
        if (!name.isEmpty())
            out.append({name, kind, f.absoluteFilePath()});
    }
    return out;
}

QList<CoverEntry> CoverLibrary::entries() const
{
    QList<CoverEntry> out;
    for (const QString &folder : m_common)
        for (const CoverEntry &e : entriesIn(folder, CoverFolder::Common)) {
            const bool seen = std::any_of(out.begin(), out.end(), [&](const CoverEntry &o) {
                return o.name.compare(e.name, Qt::CaseInsensitive) == 0;
            });
            if (!seen)
                out << e;
        }
    std::stable_sort(out.begin(), out.end(), [](const CoverEntry &a, const CoverEntry &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    out += entriesIn(m_personal, CoverFolder::Personal);
    return out;
}

bool CoverLibrary::isCommonPath(const QString &path) const
{
    const QString folder = QFileInfo(QFileInfo(path).canonicalFilePath()).absolutePath();
    return m_common.contains(folder);
}

Expected<CoverEntry> CoverLibrary::resolve(const QString &nameOrFile, bool commonOnly) const
{
    const QList<CoverEntry> all = entries();
    QList<CoverEntry> common;
    for (const CoverEntry &e : all)
        if (e.folder == CoverFolder::Common)
            common << e;
    const auto onlyCommon = [&](const QString &what) {
        return Error::make(Error::Kind::NotPermitted,
                           QCoreApplication::translate(
                               "Fax", "%1: only the common cover pages may be used (the server's "
                                      "ServerCoverpage setting is on); they are: %2")
                               .arg(what, names(common)));
    };
    if (nameOrFile.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate("Fax", "no cover page named"));

    const QFileInfo file(nameOrFile);
    if (nameOrFile.contains(u'/') || nameOrFile.endsWith(dottedSuffix()) || file.isFile()) {
        if (!file.exists())
            return Error::make(
                Error::Kind::NotFound,
                QCoreApplication::translate("Fax", "%1: no such cover page file").arg(nameOrFile));
        if (!file.isFile())
            return Error::make(
                Error::Kind::InvalidArgument,
                QCoreApplication::translate("Fax", "%1: not a cover page file").arg(nameOrFile));
        const bool isCommon = isCommonPath(file.absoluteFilePath());
        if (commonOnly && !isCommon)
            return onlyCommon(nameOrFile);
        QString name = file.fileName();
        if (name.endsWith(dottedSuffix()))
            name.chop(dottedSuffix().size());
        return CoverEntry{name, isCommon ? CoverFolder::Common : CoverFolder::Personal,
                          file.absoluteFilePath()};
    }

    const auto named = [&](const CoverEntry &e) {
        return e.name.compare(nameOrFile, Qt::CaseInsensitive) == 0;
    };
    const auto personal = std::find_if(all.begin(), all.end(), [&](const CoverEntry &e) {
        return e.folder == CoverFolder::Personal && named(e);
    });
    if (personal != all.end() && !commonOnly)
        return *personal;
    const auto found = std::find_if(common.begin(), common.end(), named);
    if (found != common.end())
        return *found;
    if (personal != all.end())
        return onlyCommon(
            QCoreApplication::translate("Fax", "\"%1\" is a personal cover page").arg(nameOrFile));
    return Error::make(
        Error::Kind::NotFound,
        QCoreApplication::translate("Fax", "no cover page named \"%1\"; there are: %2")
            .arg(nameOrFile, names(commonOnly ? common : all)));
}

} // namespace Fax
