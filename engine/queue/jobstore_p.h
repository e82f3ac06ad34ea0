// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to JobStore, shared by its parts: jobstore.cpp (opening, schema, revisions),
// jobstore_rows.cpp (row mapping), jobstore_jobs.cpp (changes, submissions, jobs, received
// faxes) and jobstore_config.cpp (ports and settings).

#include "jobstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaEnum>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Fax {

namespace JobStoreDetail {

inline QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

// enumFromKey() scans the meta enum with string work per call; loading 100,000 jobs wants a
// hash lookup.
template <typename E> E keyed(const QString &key)
{
    static const QHash<QString, E> table = [] {
        QHash<QString, E> t;
        const QMetaEnum me = QMetaEnum::fromType<E>();
        for (int i = 0; i < me.keyCount(); ++i)
            t.insert(enumKeyFromName(me.key(i)), static_cast<E>(me.value(i)));
        return t;
    }();
    const auto it = table.constFind(key);
    return it != table.constEnd() ? *it : enumFromKey<E>(key);
}

inline QVariant fromTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

inline QString sqlReason(const QSqlError &error)
{
    const QString db = error.databaseText();
    return db.isEmpty() ? error.text() : db;
}

inline const QString JobColumns = QStringLiteral(
    "id, group_id, type, owner, queue_status, device_status, port, pages_sent, pages_total, size, "
    "recipient_number, recipient_name, recipient_company, sender_name, sender_company, "
    "sender_department, tsid, billing_code, subject, schedule, schedule_time, priority, tries, "
    "submitted, started, finished, next_attempt, last_error, cancel_requested");
inline const QString PortColumns = QStringLiteral(
    "name, device_path, manufacturer, model, rings, csid, tsid, send_enabled, receive_mode, "
    "priority, state, state_text, baud_rate, flow_control, init_string, modem_class");
inline const QString ReceivedColumns =
    QStringLiteral("id, file, csid, tsid, receive_time, caller_id, port, pages, x_res, y_res, "
                   "routing, partial");

Job readJob(const QSqlQuery &q, bool *cancel);
/// Binds every column but id and rev, in JobColumns order (group_id .. cancel_requested).
void bindJob(QSqlQuery &q, const Job &j, bool cancel);
Port readPort(const QSqlQuery &q);
void bindPort(QSqlQuery &q, const Port &p);
ReceivedFax readReceived(const QSqlQuery &q);

} // namespace JobStoreDetail

/// An IMMEDIATE write transaction (or a deferred read one) that rolls back unless committed.
class JobStore::Transaction
{
public:
    Transaction(JobStore *store, const QString &operation, bool write = true)
        : m_store(store), m_operation(operation)
    {
        QSqlQuery q(QSqlDatabase::database(store->m_connection, false));
        if (!q.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
            m_error = store->dbError(operation, JobStoreDetail::sqlReason(q.lastError()));
        else
            m_active = true;
    }
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery q(QSqlDatabase::database(m_store->m_connection, false));
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    bool ok() const { return m_active; }
    Error error() const { return m_error; }
    Result commit()
    {
        QSqlQuery q(QSqlDatabase::database(m_store->m_connection, false));
        if (!q.exec(QStringLiteral("COMMIT")))
            return m_store->dbError(m_operation, JobStoreDetail::sqlReason(q.lastError()));
        m_active = false;
        return {};
    }

private:
    JobStore *m_store;
    QString m_operation;
    Error m_error;
    bool m_active = false;
};

} // namespace Fax
