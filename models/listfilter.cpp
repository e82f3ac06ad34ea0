// SPDX-License-Identifier: GPL-3.0-or-later
#include "listfilter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Fax::ListFilters {

QList<ListFilter> outbox()
{
    return {ListFilter::All,    ListFilter::Waiting, ListFilter::InProgress,
            ListFilter::Paused, ListFilter::Failed,  ListFilter::Today};
}

QList<ListFilter> sentItems()
{
    return {ListFilter::All, ListFilter::Today, ListFilter::Last7Days, ListFilter::Last30Days};
}

QList<ListFilter> incoming()
{
    return {ListFilter::All, ListFilter::Today};
}

QList<ListFilter> inbox()
{
    return {ListFilter::All, ListFilter::Unread, ListFilter::Today, ListFilter::Last7Days,
            ListFilter::Last30Days};
}

QString displayName(ListFilter filter)
{
    switch (filter) {
    case ListFilter::All:
        return QCoreApplication::translate("Fax", "All");
    case ListFilter::Waiting:
        return QCoreApplication::translate("Fax", "Waiting");
    case ListFilter::InProgress:
        return QCoreApplication::translate("Fax", "In progress");
    case ListFilter::Paused:
        return QCoreApplication::translate("Fax", "Paused");
    case ListFilter::Failed:
        return QCoreApplication::translate("Fax", "Needs attention");
    case ListFilter::Unread:
        return QCoreApplication::translate("Fax", "Unread");
    case ListFilter::Today:
        return QCoreApplication::translate("Fax", "Today");
    case ListFilter::Last7Days:
        return QCoreApplication::translate("Fax", "Last 7 days");
    case ListFilter::Last30Days:
        return QCoreApplication::translate("Fax", "Last 30 days");
    }
    return QString();
}

bool passesDate(ListFilter filter, const QDateTime &time, const QDateTime &now)
{
    int days = 0;
    switch (filter) {
    case ListFilter::Today:
        days = 0;
        break;
    case ListFilter::Last7Days:
        days = 6;
        break;
    case ListFilter::Last30Days:
        days = 29;
        break;
    default:
        return true;
    }
    if (!time.isValid())
        return false;
    const QDateTime since(now.date().addDays(-days), QTime(0, 0));
    return time.toLocalTime() >= since;
}

QStringList searchWords(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace Fax::ListFilters
