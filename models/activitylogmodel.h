// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxtypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QMetaType>

namespace Fax {

/// How an activity log entry turned out, for its icon.
enum class ActivityKind { Info, Success, Warning, Error };

/// What an activity log entry is about, so that activating it can open that thing.
struct ActivityTarget
{
    enum class Type { None, Job, ReceivedFax, Port };
    Type type = Type::None;
    qint64 id = 0; ///< job id or received fax id
    QString name;  ///< port name

    bool operator==(const ActivityTarget &) const = default;
    static ActivityTarget job(JobId id) { return {Type::Job, id, QString()}; }
    static ActivityTarget fax(qint64 id) { return {Type::ReceivedFax, id, QString()}; }
    static ActivityTarget port(const QString &name) { return {Type::Port, 0, name}; }
};

/// One entry of the activity log.
struct ActivityEntry
{
    QDateTime time;
    ActivityKind kind = ActivityKind::Info;
    QString text; ///< translated, names what and why
    ActivityTarget target;
    qint64 serial = 0; ///< order of arrival (set by the log): entries of one moment stay in order
};

/// The console's activity log: what happened since it started (faxes received, sends done or
/// failed, ports in trouble, connections), newest first, the oldest dropped beyond a limit.
class ActivityLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Time, Event, Count };

    explicit ActivityLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Adds an entry at the top (row 0); beyond limit() the oldest goes.
    void add(const ActivityEntry &entry);
    void add(ActivityKind kind, const QString &text, const ActivityTarget &target = {},
             const QDateTime &time = QDateTime::currentDateTime());
    const ActivityEntry *entryAt(int row) const;
    void clear();

    int limit() const { return m_limit; }
    void setLimit(int limit);

private:
    QIcon icon(ActivityKind kind) const;

    QList<ActivityEntry> m_entries; ///< newest first
    qint64 m_serial = 0;
    int m_limit = 1000;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace Fax

Q_DECLARE_METATYPE(Fax::ActivityKind)
Q_DECLARE_METATYPE(Fax::ActivityTarget)
