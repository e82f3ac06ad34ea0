// SPDX-License-Identifier: GPL-3.0-or-later
// JobStore's lifecycle: opening the database, creating and checking the schema, revisions.
#include "jobstore_p.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>

namespace Fax {

using namespace JobStoreDetail;

namespace {

// 2: ports got baud_rate, flow_control and init_string.
// 3: ports got modem_class.
constexpr int SchemaVersion = 4;

} // namespace

JobStore::JobStore(const QString &dataDirectory, int busyTimeoutMs)
    : m_dataDir(QDir::cleanPath(QDir(dataDirectory).absolutePath())), m_busyTimeoutMs(busyTimeoutMs)
{
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("fax-jobstore-%1-%2")
                       .arg(quintptr(this), 0, 16)
                       .arg(counter.fetchAndAddRelaxed(1));
}

JobStore::~JobStore()
{
    close();
}

QString JobStore::databasePath() const
{
    return m_dataDir + QStringLiteral("/queue.db");
}

QString JobStore::spoolDirectory() const
{
    return m_dataDir + QStringLiteral("/spool");
}

bool JobStore::isOpen() const
{
    return m_open;
}

Error JobStore::dbError(const QString &operation, const QString &reason) const
{
    return Error::make(Error::Kind::Database,
                       trFax(QT_TRANSLATE_NOOP("Fax", "%1 failed in the job database %2: %3"))
                           .arg(operation, databasePath(), reason));
}

Result JobStore::exec(const QString &sql, const QString &operation)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return dbError(operation, sqlReason(q.lastError()));
    return {};
}

Result JobStore::open()
{
    close();
    const QFileInfo dirInfo(m_dataDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Cannot use %1 as the fax data folder: "
                                                          "it is a file, not a folder"))
                               .arg(m_dataDir));
    if (!QDir().mkpath(m_dataDir))
        return Error::make(
            Error::Kind::Io,
            trFax(QT_TRANSLATE_NOOP("Fax", "Cannot create the fax data folder %1")).arg(m_dataDir));
    if (!QDir().mkpath(spoolDirectory()))
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Cannot create the spool folder %1"))
                               .arg(spoolDirectory()));
    const QString opening = trFax(QT_TRANSLATE_NOOP("Fax", "Opening"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(databasePath());
        if (!db.open()) {
            const Error e = dbError(opening, sqlReason(db.lastError()));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return e;
        }
    }
    m_open = true;
    auto fail = [&](const Error &e) {
        close();
        return e;
    };
    // Read before anything writes: a damaged file must be reported, never rewritten.
    Result r = exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs), opening);
    if (r)
        r = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"), opening);
    if (r)
        r = exec(QStringLiteral("PRAGMA journal_mode = WAL"), opening);
    if (r)
        r = exec(QStringLiteral("PRAGMA synchronous = FULL"), opening);
    if (r)
        r = exec(QStringLiteral("PRAGMA foreign_keys = ON"), opening);
    if (r)
        r = createSchema();
    if (!r)
        return fail(r.error());
    externalChange(); // remember the current data_version
    return {};
}

void JobStore::close()
{
    if (!m_open)
        return;
    m_open = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_dataVersion = -1;
}

Result JobStore::createSchema()
{
    const QString creating = trFax(QT_TRANSLATE_NOOP("Fax", "Creating the tables"));
    Transaction t(this, creating);
    if (!t.ok())
        return t.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return dbError(creating, sqlReason(q.lastError()));
    const int version = q.value(0).toInt();
    q.finish();
    if (version == SchemaVersion)
        return {};
    if (version > SchemaVersion)
        return dbError(creating,
                       trFax(QT_TRANSLATE_NOOP("Fax", "the database has schema version %1, this "
                                                      "program knows only up to %2"))
                           .arg(version)
                           .arg(SchemaVersion));
    if (version > 0) {
        // An older database: migrate it in this transaction, keeping every row.
        QStringList steps;
        if (version < 2) {
            steps << QStringLiteral("ALTER TABLE ports ADD COLUMN baud_rate INTEGER NOT NULL "
                                    "DEFAULT 115200")
                  << QStringLiteral("ALTER TABLE ports ADD COLUMN flow_control TEXT NOT NULL "
                                    "DEFAULT 'rts-cts'")
                  << QStringLiteral("ALTER TABLE ports ADD COLUMN init_string TEXT NOT NULL "
                                    "DEFAULT ''");
        }
        if (version < 3) {
            steps << QStringLiteral("ALTER TABLE ports ADD COLUMN modem_class TEXT NOT NULL "
                                    "DEFAULT 'auto'");
        }
        if (version < 4) {
            steps << QStringLiteral("ALTER TABLE groups ADD COLUMN resolution TEXT NOT NULL "
                                    "DEFAULT 'fine'")
                  << QStringLiteral("ALTER TABLE groups ADD COLUMN sender TEXT NOT NULL "
                                    "DEFAULT ''")
                  << QStringLiteral("ALTER TABLE jobs ADD COLUMN recipient TEXT NOT NULL "
                                    "DEFAULT ''");
        }
        steps << QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion);
        const QString migrating =
            trFax(QT_TRANSLATE_NOOP("Fax", "Updating the database from schema version %1 to %2"))
                .arg(version)
                .arg(SchemaVersion);
        for (const QString &sql : std::as_const(steps)) {
            if (!q.exec(sql))
                return dbError(migrating, sqlReason(q.lastError()));
        }
        return t.commit();
    }
    const QStringList statements = {
        QStringLiteral("CREATE TABLE revision (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "value INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO revision (id, value) VALUES (1, 0)"),
        QStringLiteral("CREATE TABLE groups (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "spool_dir TEXT NOT NULL, cover_page TEXT, note TEXT, notify INTEGER, "
                       "notify_address TEXT, created INTEGER, "
                       "resolution TEXT NOT NULL DEFAULT 'fine', sender TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE documents (group_id INTEGER NOT NULL REFERENCES groups(id) "
                       "ON DELETE CASCADE, seq INTEGER NOT NULL, file TEXT NOT NULL, "
                       "original TEXT, size INTEGER NOT NULL, sha256 TEXT NOT NULL, "
                       "PRIMARY KEY (group_id, seq))"),
        QStringLiteral("CREATE TABLE jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "group_id INTEGER NOT NULL, type TEXT NOT NULL, owner TEXT, "
                       "queue_status TEXT NOT NULL, device_status TEXT, port TEXT, "
                       "pages_sent INTEGER, pages_total INTEGER, size INTEGER, "
                       "recipient_number TEXT, recipient_name TEXT, recipient_company TEXT, "
                       "sender_name TEXT, sender_company TEXT, sender_department TEXT, tsid TEXT, "
                       "billing_code TEXT, subject TEXT, schedule TEXT, schedule_time INTEGER, "
                       "priority TEXT, tries INTEGER, submitted INTEGER, started INTEGER, "
                       "finished INTEGER, next_attempt INTEGER, last_error TEXT, "
                       "cancel_requested INTEGER NOT NULL DEFAULT 0, rev INTEGER NOT NULL, "
                       "recipient TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX jobs_rev ON jobs (rev)"),
        QStringLiteral("CREATE INDEX jobs_group ON jobs (group_id)"),
        QStringLiteral("CREATE TABLE ports (name TEXT PRIMARY KEY, device_path TEXT, "
                       "manufacturer TEXT, model TEXT, rings INTEGER, csid TEXT, tsid TEXT, "
                       "send_enabled INTEGER, receive_mode TEXT, priority INTEGER, state TEXT, "
                       "state_text TEXT, baud_rate INTEGER NOT NULL DEFAULT 115200, "
                       "flow_control TEXT NOT NULL DEFAULT 'rts-cts', "
                       "init_string TEXT NOT NULL DEFAULT '', "
                       "modem_class TEXT NOT NULL DEFAULT 'auto', rev INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT, "
                       "rev INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE received (id INTEGER PRIMARY KEY AUTOINCREMENT, file TEXT, "
                       "csid TEXT, tsid TEXT, receive_time INTEGER, caller_id TEXT, port TEXT, "
                       "pages INTEGER, x_res INTEGER, y_res INTEGER, routing TEXT, "
                       "partial INTEGER, rev INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE tombstones (kind TEXT NOT NULL, name TEXT NOT NULL, "
                       "rev INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX tombstones_rev ON tombstones (rev)"),
        QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
    };
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return dbError(creating, sqlReason(q.lastError()));
    }
    return t.commit();
}

Expected<qint64> JobStore::bumpRevision()
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Updating the revision"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("UPDATE revision SET value = value + 1 WHERE id = 1")) ||
        !q.exec(QStringLiteral("SELECT value FROM revision WHERE id = 1")) || !q.next())
        return dbError(op, sqlReason(q.lastError()));
    return q.value(0).toLongLong();
}

bool JobStore::externalChange()
{
    if (!m_open)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return true; // let the caller read and report the error
    const qint64 v = q.value(0).toLongLong();
    const bool changed = v != m_dataVersion;
    m_dataVersion = v;
    return changed;
}

} // namespace Fax
