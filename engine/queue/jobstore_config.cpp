// SPDX-License-Identifier: GPL-3.0-or-later
// JobStore's ports and server settings.
#include "jobstore_p.h"

namespace Fax {

using namespace JobStoreDetail;

Expected<Port> JobStore::insertPort(const Port &port)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Adding port %1")).arg(port.name);
    Transaction t(this, op);
    if (!t.ok())
        return t.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM ports WHERE name = ?"));
    q.addBindValue(port.name);
    if (!q.exec() || !q.next())
        return dbError(op, sqlReason(q.lastError()));
    if (q.value(0).toInt() > 0)
        return Error::make(
            Error::Kind::InvalidArgument,
            trFax(QT_TRANSLATE_NOOP("Fax", "A port named %1 already exists")).arg(port.name));
    const Expected<qint64> rev = bumpRevision();
    if (!rev)
        return rev.error();
    q.prepare(QStringLiteral("INSERT INTO ports (") + PortColumns +
              QStringLiteral(", rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindPort(q, port);
    q.addBindValue(*rev);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    if (Result r = t.commit(); !r)
        return r.error();
    return port;
}

Expected<Port> JobStore::modifyPort(const QString &name, const PortEdit &edit)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Updating port %1")).arg(name);
    Transaction t(this, op);
    if (!t.ok())
        return t.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ") + PortColumns +
              QStringLiteral(" FROM ports WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    if (!q.next())
        return Error::make(Error::Kind::NotFound,
                           trFax(QT_TRANSLATE_NOOP("Fax", "There is no port named %1")).arg(name));
    const Port before = readPort(q);
    q.finish();
    Port after = before;
    if (Result r = edit(after); !r)
        return r.error();
    after.name = name;
    if (after == before)
        return after;
    const Expected<qint64> rev = bumpRevision();
    if (!rev)
        return rev.error();
    q.prepare(
        QStringLiteral("UPDATE ports SET name = ?, device_path = ?, manufacturer = ?, "
                       "model = ?, rings = ?, csid = ?, tsid = ?, send_enabled = ?, "
                       "receive_mode = ?, priority = ?, state = ?, state_text = ?, baud_rate = ?, "
                       "flow_control = ?, init_string = ?, modem_class = ?, rev = ? "
                       "WHERE name = ?"));
    bindPort(q, after);
    q.addBindValue(*rev);
    q.addBindValue(name);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    if (Result r = t.commit(); !r)
        return r.error();
    return after;
}

Result JobStore::removePort(const QString &name)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Removing port %1")).arg(name);
    Transaction t(this, op);
    if (!t.ok())
        return t.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM ports WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return dbError(op, sqlReason(q.lastError()));
    if (q.value(0).toInt() == 0)
        return Error::make(Error::Kind::NotFound,
                           trFax(QT_TRANSLATE_NOOP("Fax", "There is no port named %1")).arg(name));
    q.prepare(
        QStringLiteral("SELECT id FROM jobs WHERE queue_status = 'in-progress' AND port = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    if (q.next())
        return Error::make(Error::Kind::NotPermitted,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Port %1 cannot be removed while job %2 "
                                                          "is being sent on it"))
                               .arg(name)
                               .arg(q.value(0).toLongLong()));
    q.finish();
    const Expected<qint64> rev = bumpRevision();
    if (!rev)
        return rev.error();
    q.prepare(QStringLiteral("DELETE FROM ports WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    q.prepare(QStringLiteral("INSERT INTO tombstones (kind, name, rev) VALUES ('port', ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(*rev);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    return t.commit();
}

Expected<int> JobStore::pruneTombstones(int keep)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Forgetting old removals"));
    Transaction t(this, op);
    if (!t.ok())
        return t.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // The newest removal that goes: everything up to its revision is forgotten.
    q.prepare(QStringLiteral(
        "SELECT rev FROM tombstones WHERE kind != 'pruned' ORDER BY rev DESC LIMIT 1 OFFSET ?"));
    q.addBindValue(qMax(0, keep));
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    if (!q.next())
        return 0; // no more than keep
    const qint64 upTo = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM tombstones WHERE rev <= ? AND kind != 'pruned'"));
    q.addBindValue(upTo);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    const int forgotten = q.numRowsAffected();
    // One mark says how far: the newest.
    if (!q.exec(QStringLiteral("DELETE FROM tombstones WHERE kind = 'pruned'")))
        return dbError(op, sqlReason(q.lastError()));
    q.prepare(QStringLiteral("INSERT INTO tombstones (kind, name, rev) VALUES ('pruned', '', ?)"));
    q.addBindValue(upTo);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    if (Result r = t.commit(); !r)
        return r.error();
    return forgotten;
}

Expected<ServerSettings> JobStore::saveSettings(const ServerSettings &settings)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Saving the settings"));
    Transaction t(this, op);
    if (!t.ok())
        return t.error();
    const Expected<qint64> rev = bumpRevision();
    if (!rev)
        return rev.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QHash<QString, QString> map = settingsToMap(settings);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        q.prepare(QStringLiteral("INSERT INTO settings (key, value, rev) VALUES (?, ?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                                 "rev = excluded.rev"));
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        q.addBindValue(*rev);
        if (!q.exec())
            return dbError(op, sqlReason(q.lastError()));
    }
    if (Result r = t.commit(); !r)
        return r.error();
    return settingsFromMap(map);
}

} // namespace Fax
