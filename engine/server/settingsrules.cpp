// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsrules.h"

#include <QCoreApplication>
#include <QDir>

namespace Fax::SettingsRules {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::InvalidArgument, message);
}

} // namespace

Result check(const ServerSettings &s)
{
    if (s.retries < 0 || s.retries > 99)
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "Retries must be between 0 and 99, not %1"))
                           .arg(s.retries));
    if (s.retryDelay < 0 || s.retryDelay > 1440)
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "RetryDelay must be between 0 and 1440 "
                                                      "minutes, not %1"))
                           .arg(s.retryDelay));
    if (s.dirtyDays < 0 || s.dirtyDays > 3650)
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "DirtyDays must be between 0 (never) and "
                                                      "3650 days, not %1"))
                           .arg(s.dirtyDays));
    if (!s.discountRateStart.isValid())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "DiscountRateStart is not a valid time")));
    if (!s.discountRateEnd.isValid())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "DiscountRateEnd is not a valid time")));
    // An empty ArchiveDirectory means "archive" in the data directory.
    if (!s.archiveDirectory.trimmed().isEmpty() && QDir::isRelativePath(s.archiveDirectory))
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "ArchiveDirectory must be an absolute "
                                                      "path, not %1"))
                           .arg(s.archiveDirectory));
    if (s.routing.storeInFolder && s.routing.folder.trimmed().isEmpty())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The inbound routing folder is required "
                                                      "when storing received faxes in a folder "
                                                      "is on")));
    return {};
}

} // namespace Fax::SettingsRules
