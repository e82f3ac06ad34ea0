// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Fax {

/// The quick filters of the console's lists ("Show: Failed"); each list offers those that fit.
enum class ListFilter {
    All,
    Waiting,    ///< jobs waiting to be dialled: pending, retrying, no line
    InProgress, ///< jobs in a call
    Paused,
    Failed, ///< jobs that will not go out by themselves: failed, retries exceeded, canceled
    Unread, ///< received faxes not opened yet
    Today,  ///< since midnight
    Last7Days,
    Last30Days
};

namespace ListFilters {

/// The filters that fit the Outbox, Sent Items, Incoming and the Inbox.
QList<ListFilter> outbox();
QList<ListFilter> sentItems();
QList<ListFilter> incoming();
QList<ListFilter> inbox();
/// Translated name for a filter menu ("Needs attention").
QString displayName(ListFilter filter);
/// Whether time passes a date filter (Today, Last7Days, Last30Days) as of now; other filters
/// pass every time.
bool passesDate(ListFilter filter, const QDateTime &time, const QDateTime &now);
/// The words of a search ("acme 555"): every one must be found (case-insensitive).
QStringList searchWords(const QString &text);

} // namespace ListFilters
} // namespace Fax
