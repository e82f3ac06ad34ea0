// SPDX-License-Identifier: GPL-3.0-or-later
// JobStore's reads of what changed and its writes of submissions, jobs and received faxes.
#include "jobstore_p.h"

#include "core/jobrules.h"

#include <QFileInfo>

namespace Fax {

using namespace JobStoreDetail;

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
    if (since > 0) {
        // Removals up to 'pruned' were forgotten: a reader from before then reloads it all.
        if (!q.exec(QStringLiteral("SELECT max(rev) FROM tombstones WHERE kind = 'pruned'")) ||
            !q.next())
            return failed();
        if (!q.value(0).isNull() && since < q.value(0).toLongLong()) {
            c.full = true;
            since = 0;
        }
    }

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
                                                const QList<Job> &jobs,
                                                const QList<Party> &recipients)
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
                             "notify_address, created, resolution, sender) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QFileInfo(group.spoolDir).fileName());
    q.addBindValue(group.coverPage.isEmpty() ? QString() : QFileInfo(group.coverPage).fileName());
    q.addBindValue(group.note);
    q.addBindValue(group.notify ? 1 : 0);
    q.addBindValue(group.notifyAddress);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(resolutionKey(group.resolution));
    q.addBindValue(QString::fromUtf8(partyToJson(group.sender)));
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
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        Job job = jobs.at(i);
        job.groupId = groupId;
        q.prepare(QStringLiteral("INSERT INTO jobs (") + JobColumns.mid(4) +
                  QStringLiteral(", rev, recipient) VALUES (?") +
                  QStringLiteral(", ?").repeated(29) + QStringLiteral(")"));
        bindJob(q, job, false);
        q.addBindValue(*rev);
        q.addBindValue(QString::fromUtf8(partyToJson(recipients.value(i))));
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
        if (requireFinal && !JobRules::canRemove(status))
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

Expected<SubmissionGroup> JobStore::group(JobId groupId)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Reading the submission"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT spool_dir, cover_page, note, notify, notify_address, "
                             "resolution, sender FROM groups WHERE id = ?"));
    q.addBindValue(groupId);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    if (!q.next())
        return Error::make(
            Error::Kind::NotFound,
            trFax(QT_TRANSLATE_NOOP("Fax", "There is no submission %1")).arg(groupId));
    SubmissionGroup g;
    g.spoolDir = spoolDirectory() + QLatin1Char('/') + q.value(0).toString();
    if (const QString cover = q.value(1).toString(); !cover.isEmpty())
        g.coverPage = g.spoolDir + QLatin1Char('/') + cover;
    g.note = q.value(2).toString();
    g.notify = q.value(3).toInt() != 0;
    g.notifyAddress = q.value(4).toString();
    if (!resolutionFromKey(q.value(5).toString(), &g.resolution))
        g.resolution = FaxResolution::Fine;
    g.sender = partyFromJson(q.value(6).toString().toUtf8());
    q.finish();
    const Expected<QList<SpooledDocument>> docs = documents(groupId);
    if (!docs)
        return docs.error();
    g.documents = *docs;
    return g;
}

Expected<Party> JobStore::recipient(JobId id)
{
    const QString op = trFax(QT_TRANSLATE_NOOP("Fax", "Reading the recipient"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT recipient, recipient_number, recipient_name, "
                             "recipient_company FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(op, sqlReason(q.lastError()));
    if (!q.next())
        return Error::make(Error::Kind::NotFound,
                           trFax(QT_TRANSLATE_NOOP("Fax", "There is no job %1")).arg(id));
    Party p = partyFromJson(q.value(0).toString().toUtf8());
    // A job stored before the whole party was kept still has these.
    if (p.faxNumber.isEmpty())
        p.faxNumber = q.value(1).toString();
    if (p.name.isEmpty())
        p.name = q.value(2).toString();
    if (p.company.isEmpty())
        p.company = q.value(3).toString();
    return p;
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
