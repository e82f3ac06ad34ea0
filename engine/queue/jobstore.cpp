#include "jobstore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Fax {

namespace {

constexpr int SchemaVersion = 1;

QString trFax(const char *text)
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

QVariant fromTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

QString sqlReason(const QSqlError &error)
{
    const QString db = error.databaseText();
    return db.isEmpty() ? error.text() : db;
}

const QString JobColumns = QStringLiteral(
    "id, group_id, type, owner, queue_status, device_status, port, pages_sent, pages_total, size, "
    "recipient_number, recipient_name, recipient_company, sender_name, sender_company, "
    "sender_department, tsid, billing_code, subject, schedule, schedule_time, priority, tries, "
    "submitted, started, finished, next_attempt, last_error, cancel_requested");

Job readJob(const QSqlQuery &q, bool *cancel)
{
    Job j;
    j.id = q.value(0).toLongLong();
    j.groupId = q.value(1).toLongLong();
    j.type = keyed<JobType>(q.value(2).toString());
    j.owner = q.value(3).toString();
    j.queueStatus = keyed<QueueStatus>(q.value(4).toString());
    j.deviceStatus = keyed<DeviceStatus>(q.value(5).toString());
    j.port = q.value(6).toString();
    j.pagesSent = q.value(7).toInt();
    j.pagesTotal = q.value(8).toInt();
    j.size = q.value(9).toLongLong();
    j.recipientNumber = q.value(10).toString();
    j.recipientName = q.value(11).toString();
    j.recipientCompany = q.value(12).toString();
    j.senderName = q.value(13).toString();
    j.senderCompany = q.value(14).toString();
    j.senderDepartment = q.value(15).toString();
    j.tsid = q.value(16).toString();
    j.billingCode = q.value(17).toString();
    j.subject = q.value(18).toString();
    j.schedule = keyed<ScheduleType>(q.value(19).toString());
    j.scheduleTime = toTime(q.value(20));
    j.priority = keyed<Priority>(q.value(21).toString());
    j.tries = q.value(22).toInt();
    j.submitted = toTime(q.value(23));
    j.started = toTime(q.value(24));
    j.finished = toTime(q.value(25));
    j.nextAttempt = toTime(q.value(26));
    j.lastError = q.value(27).toString();
    if (cancel)
        *cancel = q.value(28).toBool();
    return j;
}

// Binds every column but id and rev, in JobColumns order (group_id .. cancel_requested).
void bindJob(QSqlQuery &q, const Job &j, bool cancel)
{
    q.addBindValue(j.groupId);
    q.addBindValue(enumKey(j.type));
    q.addBindValue(j.owner);
    q.addBindValue(enumKey(j.queueStatus));
    q.addBindValue(enumKey(j.deviceStatus));
    q.addBindValue(j.port);
    q.addBindValue(j.pagesSent);
    q.addBindValue(j.pagesTotal);
    q.addBindValue(j.size);
    q.addBindValue(j.recipientNumber);
    q.addBindValue(j.recipientName);
    q.addBindValue(j.recipientCompany);
    q.addBindValue(j.senderName);
    q.addBindValue(j.senderCompany);
    q.addBindValue(j.senderDepartment);
    q.addBindValue(j.tsid);
    q.addBindValue(j.billingCode);
    q.addBindValue(j.subject);
    q.addBindValue(enumKey(j.schedule));
    q.addBindValue(fromTime(j.scheduleTime));
    q.addBindValue(enumKey(j.priority));
    q.addBindValue(j.tries);
    q.addBindValue(fromTime(j.submitted));
    q.addBindValue(fromTime(j.started));
    q.addBindValue(fromTime(j.finished));
    q.addBindValue(fromTime(j.nextAttempt));
    q.addBindValue(j.lastError);
    q.addBindValue(cancel ? 1 : 0);
}

const QString PortColumns = QStringLiteral(
    "name, device_path, manufacturer, model, rings, csid, tsid, send_enabled, receive_mode, "
    "priority, state, state_text");

Port readPort(const QSqlQuery &q)
{
    Port p;
    p.name = q.value(0).toString();
    p.devicePath = q.value(1).toString();
    p.manufacturer = q.value(2).toString();
    p.model = q.value(3).toString();
    p.rings = q.value(4).toInt();
    p.csid = q.value(5).toString();
    p.tsid = q.value(6).toString();
    p.sendEnabled = q.value(7).toBool();
    p.receiveMode = keyed<ReceiveMode>(q.value(8).toString());
    p.priority = q.value(9).toInt();
    p.state = keyed<PortState>(q.value(10).toString());
    p.stateText = q.value(11).toString();
    return p;
}

void bindPort(QSqlQuery &q, const Port &p)
{
    q.addBindValue(p.name);
    q.addBindValue(p.devicePath);
    q.addBindValue(p.manufacturer);
    q.addBindValue(p.model);
    q.addBindValue(p.rings);
    q.addBindValue(p.csid);
    q.addBindValue(p.tsid);
    q.addBindValue(p.sendEnabled ? 1 : 0);
    q.addBindValue(enumKey(p.receiveMode));
    q.addBindValue(p.priority);
    q.addBindValue(enumKey(p.state));
    q.addBindValue(p.stateText);
}

const QString ReceivedColumns =
    QStringLiteral("id, file, csid, tsid, receive_time, caller_id, port, pages, x_res, y_res, "
                   "routing, partial");

ReceivedFax readReceived(const QSqlQuery &q)
{
    ReceivedFax f;
    f.id = q.value(0).toLongLong();
    f.file = q.value(1).toString();
    f.csid = q.value(2).toString();
    f.tsid = q.value(3).toString();
    f.receiveTime = toTime(q.value(4));
    f.callerId = q.value(5).toString();
    f.port = q.value(6).toString();
    f.pages = q.value(7).toInt();
    f.xResolution = q.value(8).toInt();
    f.yResolution = q.value(9).toInt();
    f.routing = q.value(10).toString();
    f.partial = q.value(11).toBool();
    return f;
}

QString boolText(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

ServerSettings settingsFromMap(const QHash<QString, QString> &map)
{
    ServerSettings s;
    auto intOf = [&](const char *key, int def) {
        const QString v = map.value(QLatin1String(key));
        bool ok = false;
        const int n = v.toInt(&ok);
        return ok ? n : def;
    };
    auto boolOf = [&](const char *key, bool def) {
        const auto it = map.constFind(QLatin1String(key));
        return it == map.constEnd() ? def : *it == QLatin1String("1");
    };
    auto timeOf = [&](const char *key, QTime def) {
        const QTime t = QTime::fromString(map.value(QLatin1String(key)), QStringLiteral("HH:mm"));
        return t.isValid() ? t : def;
    };
    s.retries = intOf("retries", s.retries);
    s.retryDelay = intOf("retryDelay", s.retryDelay);
    s.dirtyDays = intOf("dirtyDays", s.dirtyDays);
    s.branding = boolOf("branding", s.branding);
    s.useDeviceTsid = boolOf("useDeviceTsid", s.useDeviceTsid);
    s.serverCoverpage = boolOf("serverCoverpage", s.serverCoverpage);
    s.archiveOutboundFaxes = boolOf("archiveOutboundFaxes", s.archiveOutboundFaxes);
    s.archiveDirectory = map.value(QStringLiteral("archiveDirectory"));
    s.discountRateStart = timeOf("discountRateStart", s.discountRateStart);
    s.discountRateEnd = timeOf("discountRateEnd", s.discountRateEnd);
    s.pauseServerQueue = boolOf("pauseServerQueue", s.pauseServerQueue);
    s.routing.storeInFolder = boolOf("routing.storeInFolder", false);
    s.routing.folder = map.value(QStringLiteral("routing.folder"));
    s.routing.print = boolOf("routing.print", false);
    s.routing.printer = map.value(QStringLiteral("routing.printer"));
    s.routing.email = boolOf("routing.email", false);
    s.routing.emailAddress = map.value(QStringLiteral("routing.emailAddress"));
    return s;
}

QHash<QString, QString> settingsToMap(const ServerSettings &s)
{
    QHash<QString, QString> m;
    m.insert(QStringLiteral("retries"), QString::number(s.retries));
    m.insert(QStringLiteral("retryDelay"), QString::number(s.retryDelay));
    m.insert(QStringLiteral("dirtyDays"), QString::number(s.dirtyDays));
    m.insert(QStringLiteral("branding"), boolText(s.branding));
    m.insert(QStringLiteral("useDeviceTsid"), boolText(s.useDeviceTsid));
    m.insert(QStringLiteral("serverCoverpage"), boolText(s.serverCoverpage));
    m.insert(QStringLiteral("archiveOutboundFaxes"), boolText(s.archiveOutboundFaxes));
    m.insert(QStringLiteral("archiveDirectory"), s.archiveDirectory);
    m.insert(QStringLiteral("discountRateStart"),
             s.discountRateStart.toString(QStringLiteral("HH:mm")));
    m.insert(QStringLiteral("discountRateEnd"),
             s.discountRateEnd.toString(QStringLiteral("HH:mm")));
    m.insert(QStringLiteral("pauseServerQueue"), boolText(s.pauseServerQueue));
    m.insert(QStringLiteral("routing.storeInFolder"), boolText(s.routing.storeInFolder));
    m.insert(QStringLiteral("routing.folder"), s.routing.folder);
    m.insert(QStringLiteral("routing.print"), boolText(s.routing.print));
    m.insert(QStringLiteral("routing.printer"), s.routing.printer);
    m.insert(QStringLiteral("routing.email"), boolText(s.routing.email));
    m.insert(QStringLiteral("routing.emailAddress"), s.routing.emailAddress);
    return m;
}

/// An IMMEDIATE write transaction (or a deferred read one) that rolls back unless committed.
class JobStore::Transaction
{
public:
    Transaction(JobStore *store, const QString &operation, bool write = true)
        : m_store(store), m_operation(operation)
    {
        QSqlQuery q(QSqlDatabase::database(store->m_connection, false));
        if (!q.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
            m_error = store->dbError(operation, sqlReason(q.lastError()));
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
            return m_store->dbError(m_operation, sqlReason(q.lastError()));
        m_active = false;
        return {};
    }

private:
    JobStore *m_store;
    QString m_operation;
    Error m_error;
    bool m_active = false;
};

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
    const QStringList statements = {
        QStringLiteral("CREATE TABLE revision (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "value INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO revision (id, value) VALUES (1, 0)"),
        QStringLiteral("CREATE TABLE groups (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "spool_dir TEXT NOT NULL, cover_page TEXT, note TEXT, notify INTEGER, "
                       "notify_address TEXT, created INTEGER)"),
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
                       "cancel_requested INTEGER NOT NULL DEFAULT 0, rev INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX jobs_rev ON jobs (rev)"),
        QStringLiteral("CREATE INDEX jobs_group ON jobs (group_id)"),
        QStringLiteral("CREATE TABLE ports (name TEXT PRIMARY KEY, device_path TEXT, "
                       "manufacturer TEXT, model TEXT, rings INTEGER, csid TEXT, tsid TEXT, "
                       "send_enabled INTEGER, receive_mode TEXT, priority INTEGER, state TEXT, "
                       "state_text TEXT, rev INTEGER NOT NULL)"),
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

Expected<StoreChanges> JobStore::changesSince(qint64 since)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Reading changes"));
    if (!m_open)
        return dbError(op, trFax(QT_TRANSLATE_NOOP("Fax", "the database is not open")));
    Transaction t(this, op, false);
    if (!t.ok())
        return t.error();
    StoreChanges c;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    auto failed = [&]() { return dbError(op, sqlReason(q.lastError())); };
    if (!q.exec(QStringLiteral("SELECT value FROM revision WHERE id = 1")) || !q.next())
        return failed();
    c.revision = q.value(0).toLongLong();
    if (since > 0 && c.revision <= since)
        return c; // nothing new: the common case of a poll

    q.prepare(QStringLiteral("SELECT ") + JobColumns +
              QStringLiteral(" FROM jobs WHERE rev > ? ORDER BY id"));
    q.addBindValue(since);
    if (!q.exec())
        return failed();
    while (q.next()) {
        bool cancel = false;
        c.jobs << readJob(q, &cancel);
        if (cancel && c.jobs.constLast().queueStatus == QueueStatus::InProgress)
            c.cancelRequests.insert(c.jobs.constLast().id);
    }
    q.prepare(QStringLiteral("SELECT kind, name FROM tombstones WHERE rev > ? ORDER BY rev"));
    q.addBindValue(since);
    if (!q.exec())
        return failed();
    QStringList removedPorts;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("job"))
            c.removedJobs << q.value(1).toLongLong();
        else if (q.value(0).toString() == QLatin1String("port"))
            removedPorts << q.value(1).toString();
    }
    q.prepare(QStringLiteral("SELECT ") + PortColumns +
              QStringLiteral(" FROM ports WHERE rev > ? ORDER BY priority, name"));
    q.addBindValue(since);
    if (!q.exec())
        return failed();
    QSet<QString> changedPorts;
    while (q.next()) {
        c.ports << readPort(q);
        changedPorts.insert(c.ports.constLast().name);
    }
    // A name removed and added again since is simply a changed port.
    for (const QString &name : std::as_const(removedPorts)) {
        if (!changedPorts.contains(name) && !c.removedPorts.contains(name))
            c.removedPorts << name;
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM settings WHERE rev > ?"));
    q.addBindValue(since);
    if (!q.exec() || !q.next())
        return failed();
    const bool settingsChanged = q.value(0).toInt() > 0 || since == 0;
    if (settingsChanged) {
        if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
            return failed();
        QHash<QString, QString> map;
        while (q.next())
            map.insert(q.value(0).toString(), q.value(1).toString());
        c.settings = settingsFromMap(map);
    }
    q.prepare(QStringLiteral("SELECT ") + ReceivedColumns +
              QStringLiteral(" FROM received WHERE rev > ? ORDER BY id"));
    q.addBindValue(since);
    if (!q.exec())
        return failed();
    while (q.next())
        c.received << readReceived(q);
    q.finish();
    if (Result r = t.commit(); !r)
        return r.error();
    return c;
}

Expected<QList<Job>> JobStore::insertSubmission(const SubmissionGroup &group,
                                                const QList<Job> &jobs)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Storing the submission"));
    Transaction t(this, op);
    if (!t.ok())
        return t.error();
    const Expected<qint64> rev = bumpRevision();
    if (!rev)
        return rev.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    auto failed = [&]() { return dbError(op, sqlReason(q.lastError())); };
    q.prepare(QStringLiteral("INSERT INTO groups (spool_dir, cover_page, note, notify, "
                             "notify_address, created) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QFileInfo(group.spoolDir).fileName());
    q.addBindValue(group.coverPage);
    q.addBindValue(group.note);
    q.addBindValue(group.notify ? 1 : 0);
    q.addBindValue(group.notifyAddress);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return failed();
    const qint64 groupId = q.lastInsertId().toLongLong();
    for (int i = 0; i < group.documents.size(); ++i) {
        const SpooledDocument &d = group.documents.at(i);
        q.prepare(QStringLiteral("INSERT INTO documents (group_id, seq, file, original, size, "
                                 "sha256) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(groupId);
        q.addBindValue(i);
        q.addBindValue(QFileInfo(d.file).fileName());
        q.addBindValue(d.original);
        q.addBindValue(d.size);
        q.addBindValue(QString::fromLatin1(d.sha256));
        if (!q.exec())
            return failed();
    }
    QList<JobId> ids;
    for (Job job : jobs) {
        job.groupId = groupId;
        q.prepare(QStringLiteral("INSERT INTO jobs (") + JobColumns.mid(4) +
                  QStringLiteral(", rev) VALUES (?") + QStringLiteral(", ?").repeated(28) +
                  QStringLiteral(")"));
        bindJob(q, job, false);
        q.addBindValue(*rev);
        if (!q.exec())
            return failed();
        ids << q.lastInsertId().toLongLong();
    }
    QList<Job> stored;
    for (JobId id : std::as_const(ids)) {
        q.prepare(QStringLiteral("SELECT ") + JobColumns +
                  QStringLiteral(" FROM jobs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return failed();
        stored << readJob(q, nullptr);
    }
    q.finish();
    if (Result r = t.commit(); !r)
        return r.error();
    return stored;
}

Expected<QList<Job>> JobStore::modifyJobs(const QList<JobId> &ids, const JobEdit &edit, bool strict)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Updating jobs"));
    Transaction t(this, op);
    if (!t.ok())
        return t.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    auto failed = [&]() { return dbError(op, sqlReason(q.lastError())); };
    qint64 rev = 0;
    QList<Job> changed;
    for (JobId id : ids) {
        q.prepare(QStringLiteral("SELECT ") + JobColumns +
                  QStringLiteral(" FROM jobs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return failed();
        if (!q.next()) {
            if (strict)
                return Error::make(Error::Kind::NotFound,
                                   trFax(QT_TRANSLATE_NOOP("Fax", "There is no job %1")).arg(id));
            continue;
        }
        bool cancel = false;
        const Job before = readJob(q, &cancel);
        q.finish();
        Job after = before;
        bool cancelAfter = cancel;
        if (Result r = edit(after, cancelAfter); !r) {
            if (strict)
                return r.error();
            continue;
        }
        after.id = before.id;
        after.groupId = before.groupId;
        if (after == before && cancelAfter == cancel)
            continue;
        if (rev == 0) {
            const Expected<qint64> bumped = bumpRevision();
            if (!bumped)
                return bumped.error();
            rev = *bumped;
        }
        q.prepare(QStringLiteral("UPDATE jobs SET group_id = ?, type = ?, owner = ?, "
                                 "queue_status = ?, device_status = ?, port = ?, pages_sent = ?, "
                                 "pages_total = ?, size = ?, recipient_number = ?, "
                                 "recipient_name = ?, recipient_company = ?, sender_name = ?, "
                                 "sender_company = ?, sender_department = ?, tsid = ?, "
                                 "billing_code = ?, subject = ?, schedule = ?, schedule_time = ?, "
                                 "priority = ?, tries = ?, submitted = ?, started = ?, "
                                 "finished = ?, next_attempt = ?, last_error = ?, "
                                 "cancel_requested = ?, rev = ? WHERE id = ?"));
        bindJob(q, after, cancelAfter);
        q.addBindValue(rev);
        q.addBindValue(id);
        if (!q.exec())
            return failed();
        changed << after;
    }
    if (Result r = t.commit(); !r)
        return r.error();
    return changed;
}

Expected<QStringList> JobStore::removeJobs(const QList<JobId> &ids, bool requireFinal,
                                           QList<JobId> *removed)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Removing jobs"));
    Transaction t(this, op);
    if (!t.ok())
        return t.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    auto failed = [&]() { return dbError(op, sqlReason(q.lastError())); };
    qint64 rev = 0;
    QSet<qint64> groups;
    QList<JobId> gone;
    for (JobId id : ids) {
        q.prepare(QStringLiteral("SELECT queue_status, group_id FROM jobs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return failed();
        if (!q.next())
            continue;
        const QueueStatus status = keyed<QueueStatus>(q.value(0).toString());
        const qint64 group = q.value(1).toLongLong();
        q.finish();
        if (requireFinal && !isFinal(status))
            return Error::make(Error::Kind::NotPermitted,
                               trFax(QT_TRANSLATE_NOOP("Fax", "Job %1 cannot be removed while it "
                                                              "is %2; cancel it first"))
                                   .arg(id)
                                   .arg(displayName(status)));
        if (rev == 0) {
            const Expected<qint64> bumped = bumpRevision();
            if (!bumped)
                return bumped.error();
            rev = *bumped;
        }
        q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return failed();
        q.prepare(QStringLiteral("INSERT INTO tombstones (kind, name, rev) VALUES ('job', ?, ?)"));
        q.addBindValue(QString::number(id));
        q.addBindValue(rev);
        if (!q.exec())
            return failed();
        groups.insert(group);
        gone << id;
    }
    QStringList folders;
    for (qint64 group : std::as_const(groups)) {
        q.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE group_id = ?"));
        q.addBindValue(group);
        if (!q.exec() || !q.next())
            return failed();
        if (q.value(0).toInt() > 0)
            continue;
        q.prepare(QStringLiteral("SELECT spool_dir FROM groups WHERE id = ?"));
        q.addBindValue(group);
        if (!q.exec())
            return failed();
        if (q.next())
            folders << spoolDirectory() + QLatin1Char('/') + q.value(0).toString();
        q.prepare(QStringLiteral("DELETE FROM documents WHERE group_id = ?"));
        q.addBindValue(group);
        if (!q.exec())
            return failed();
        q.prepare(QStringLiteral("DELETE FROM groups WHERE id = ?"));
        q.addBindValue(group);
        if (!q.exec())
            return failed();
    }
    q.finish();
    if (Result r = t.commit(); !r)
        return r.error();
    if (removed)
        *removed = gone;
    return folders;
}

Expected<QList<SpooledDocument>> JobStore::documents(JobId groupId)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Reading the documents"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT g.spool_dir, d.file, d.original, d.size, d.sha256 FROM "
                             "documents d JOIN groups g ON g.id = d.group_id WHERE d.group_id = ? "
                             "ORDER BY d.seq"));
    q.addBindValue(groupId);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    QList<SpooledDocument> docs;
    while (q.next()) {
        SpooledDocument d;
        d.file = spoolDirectory() + QLatin1Char('/') + q.value(0).toString() + QLatin1Char('/') +
                 q.value(1).toString();
        d.original = q.value(2).toString();
        d.size = q.value(3).toLongLong();
        d.sha256 = q.value(4).toString().toLatin1();
        docs << d;
    }
    return docs;
}

Expected<QSet<QString>> JobStore::referencedSpoolFolders()
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Reading the spool folders"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT spool_dir FROM groups")))
        return dbError(op, sqlReason(q.lastError()));
    QSet<QString> folders;
    while (q.next())
        folders.insert(q.value(0).toString());
    return folders;
}

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
              QStringLiteral(", rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    q.prepare(QStringLiteral("UPDATE ports SET name = ?, device_path = ?, manufacturer = ?, "
                             "model = ?, rings = ?, csid = ?, tsid = ?, send_enabled = ?, "
                             "receive_mode = ?, priority = ?, state = ?, state_text = ?, rev = ? "
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

Expected<ReceivedFax> JobStore::insertReceived(const ReceivedFax &fax)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Storing a received fax"));
    Transaction t(this, op);
    if (!t.ok())
        return t.error();
    const Expected<qint64> rev = bumpRevision();
    if (!rev)
        return rev.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO received (file, csid, tsid, receive_time, caller_id, "
                             "port, pages, x_res, y_res, routing, partial, rev) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(fax.file);
    q.addBindValue(fax.csid);
    q.addBindValue(fax.tsid);
    q.addBindValue(fromTime(fax.receiveTime));
    q.addBindValue(fax.callerId);
    q.addBindValue(fax.port);
    q.addBindValue(fax.pages);
    q.addBindValue(fax.xResolution);
    q.addBindValue(fax.yResolution);
    q.addBindValue(fax.routing);
    q.addBindValue(fax.partial ? 1 : 0);
    q.addBindValue(*rev);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    ReceivedFax stored = fax;
    stored.id = q.lastInsertId().toLongLong();
    if (Result r = t.commit(); !r)
        return r.error();
    return stored;
}

} // namespace Fax
