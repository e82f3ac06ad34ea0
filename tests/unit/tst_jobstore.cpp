// SPDX-License-Identifier: GPL-3.0-or-later
// The durable store on its own: schema, revisions and incremental change reading, tombstones,
// persistence across instances, spooling, and refusing damaged or newer databases untouched.
#include "queue/jobstore.h"
#include "queue/spool.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Fax;

namespace {

Job sendJob(const QString &number)
{
    Job j;
    j.recipientNumber = number;
    j.submitted = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 600), Qt::UTC);
    j.schedule = ScheduleType::SpecificTime;
    j.scheduleTime = j.submitted.addDays(1);
    j.priority = Priority::High;
    j.subject = QStringLiteral("Grüße");
    return j;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    QString dir(const char *name) { return m_tmp.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void schemaAndPragmas()
    {
        JobStore store(dir("schema"));
        QVERIFY(store.open());
        QVERIFY(store.isOpen());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(store.databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 4);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "ORDER BY name")));
            QStringList tables;
            while (q.next())
                tables << q.value(0).toString();
            for (const char *t : {"documents", "groups", "jobs", "ports", "received", "revision",
                                  "settings", "tombstones"})
                QVERIFY2(tables.contains(QLatin1String(t)), t);
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("x"));
    }

    // A queue written by the previous version (schema 3) opens with every row kept: its groups
    // get the fine resolution and no sender, its jobs fall back to the recipient they stored.
    void migratesSchemaThree()
    {
        const QString folder = dir("v3");
        QVERIFY(QDir().mkpath(folder));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(folder + QStringLiteral("/queue.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QStringList v3 = {
                QStringLiteral("CREATE TABLE revision (id INTEGER PRIMARY KEY CHECK (id = 1), "
                               "value INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO revision (id, value) VALUES (1, 1)"),
                QStringLiteral("CREATE TABLE groups (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "spool_dir TEXT NOT NULL, cover_page TEXT, note TEXT, notify "
                               "INTEGER, notify_address TEXT, created INTEGER)"),
                QStringLiteral("CREATE TABLE documents (group_id INTEGER NOT NULL REFERENCES "
                               "groups(id) ON DELETE CASCADE, seq INTEGER NOT NULL, file TEXT NOT "
                               "NULL, original TEXT, size INTEGER NOT NULL, sha256 TEXT NOT NULL, "
                               "PRIMARY KEY (group_id, seq))"),
                QStringLiteral(
                    "CREATE TABLE jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, group_id INTEGER "
                    "NOT NULL, type TEXT NOT NULL, owner TEXT, queue_status TEXT NOT NULL, "
                    "device_status TEXT, port TEXT, pages_sent INTEGER, pages_total INTEGER, "
                    "size INTEGER, recipient_number TEXT, recipient_name TEXT, recipient_company "
                    "TEXT, sender_name TEXT, sender_company TEXT, sender_department TEXT, tsid "
                    "TEXT, billing_code TEXT, subject TEXT, schedule TEXT, schedule_time INTEGER, "
                    "priority TEXT, tries INTEGER, submitted INTEGER, started INTEGER, finished "
                    "INTEGER, next_attempt INTEGER, last_error TEXT, cancel_requested INTEGER NOT "
                    "NULL DEFAULT 0, rev INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE ports (name TEXT PRIMARY KEY, device_path TEXT, "
                               "manufacturer TEXT, model TEXT, rings INTEGER, csid TEXT, tsid "
                               "TEXT, send_enabled INTEGER, receive_mode TEXT, priority INTEGER, "
                               "state TEXT, state_text TEXT, baud_rate INTEGER NOT NULL DEFAULT "
                               "115200, flow_control TEXT NOT NULL DEFAULT 'rts-cts', init_string "
                               "TEXT NOT NULL DEFAULT '', modem_class TEXT NOT NULL DEFAULT "
                               "'auto', rev INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT, rev "
                               "INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE received (id INTEGER PRIMARY KEY AUTOINCREMENT, file "
                               "TEXT, csid TEXT, tsid TEXT, receive_time INTEGER, caller_id TEXT, "
                               "port TEXT, pages INTEGER, x_res INTEGER, y_res INTEGER, routing "
                               "TEXT, partial INTEGER, rev INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE tombstones (kind TEXT NOT NULL, name TEXT NOT NULL, "
                               "rev INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO groups (spool_dir, note) VALUES ('g1', 'old note')"),
                QStringLiteral("INSERT INTO jobs (group_id, type, queue_status, recipient_number, "
                               "recipient_name, recipient_company, rev) VALUES (1, 'send', "
                               "'pending', '555 0100', 'Alice', 'ACME', 1)"),
                QStringLiteral("PRAGMA user_version = 3"),
            };
            for (const QString &sql : v3)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        JobStore store(folder);
        QVERIFY(store.open());
        const auto all = store.changesSince(0);
        QVERIFY(all);
        QCOMPARE(all->jobs.size(), 1);
        const auto group = store.group(all->jobs.first().groupId);
        QVERIFY2(group, group ? "" : qPrintable(group.error().message));
        QCOMPARE(group->note, QStringLiteral("old note"));
        QCOMPARE(group->resolution, FaxResolution::Fine);
        QCOMPARE(group->sender, Party());
        QVERIFY(group->coverPage.isEmpty());
        const auto recipient = store.recipient(all->jobs.first().id);
        QVERIFY(recipient);
        QCOMPARE(recipient->faxNumber, QStringLiteral("555 0100"));
        QCOMPARE(recipient->name, QStringLiteral("Alice"));
        QCOMPARE(recipient->company, QStringLiteral("ACME"));
    }

    // A submission keeps its sender, resolution and each job's whole recipient.
    void keepsTheWholeSubmission()
    {
        JobStore store(dir("whole"));
        QVERIFY(store.open());
        SubmissionGroup g;
        g.spoolDir = store.spoolDirectory() + QStringLiteral("/g1");
        g.resolution = FaxResolution::Superfine;
        g.sender.name = QStringLiteral("Thomas Becker");
        g.sender.email = QStringLiteral("t.becker@example.org");
        g.sender.streetAddress = QStringLiteral("Friedrichstr. 120");
        Party a;
        a.name = QStringLiteral("Alice");
        a.faxNumber = QStringLiteral("555 0100");
        a.city = QStringLiteral("Springfield");
        Party b;
        b.faxNumber = QStringLiteral("555 0200");
        b.homePhone = QStringLiteral("555 0201");
        Job ja;
        ja.recipientNumber = a.faxNumber;
        Job jb;
        jb.recipientNumber = b.faxNumber;
        const auto stored = store.insertSubmission(g, {ja, jb}, {a, b});
        QVERIFY(stored);
        const auto group = store.group(stored->first().groupId);
        QVERIFY(group);
        QCOMPARE(group->resolution, FaxResolution::Superfine);
        QCOMPARE(group->sender, g.sender);
        QCOMPARE(*store.recipient(stored->at(0).id), a);
        QCOMPARE(*store.recipient(stored->at(1).id), b);
    }

    void revisionsAndIncrementalChanges()
    {
        JobStore store(dir("rev"));
        QVERIFY(store.open());
        const auto empty = store.changesSince(0);
        QVERIFY(empty);
        QCOMPARE(empty->revision, qint64(0));
        QVERIFY(empty->settings); // defaults on a full read
        QCOMPARE(*empty->settings, ServerSettings());

        SubmissionGroup g;
        g.spoolDir = store.spoolDirectory() + QStringLiteral("/g1");
        const auto jobs =
            store.insertSubmission(g, {sendJob(QStringLiteral("1")), sendJob(QStringLiteral("2"))});
        QVERIFY(jobs);
        QCOMPARE(jobs->size(), 2);
        QCOMPARE(jobs->at(0).groupId, jobs->at(1).groupId);
        QCOMPARE(jobs->at(0).scheduleTime, sendJob(QString()).scheduleTime);
        QCOMPARE(jobs->at(0).subject, QStringLiteral("Grüße"));
        auto c = store.changesSince(0);
        QCOMPARE(c->revision, qint64(1));
        QCOMPARE(c->jobs.size(), 2);
        QCOMPARE(c->jobs.at(0), jobs->at(0));

        const JobId first = jobs->at(0).id;
        const auto changed = store.modifyJobs(
            {first},
            [](Job &j, bool &cancel) {
                j.queueStatus = QueueStatus::InProgress;
                cancel = true;
                return Result();
            },
            true);
        QVERIFY(changed);
        QCOMPARE(changed->size(), 1);
        c = store.changesSince(1);
        QCOMPARE(c->revision, qint64(2));
        QCOMPARE(c->jobs.size(), 1);
        QCOMPARE(c->jobs.at(0).id, first);
        QVERIFY(c->cancelRequests.contains(first));
        QVERIFY(!c->settings);

        // An unchanged edit writes nothing.
        QVERIFY(store.modifyJobs(
            {first}, [](Job &, bool &) { return Result(); }, true));
        QCOMPARE(store.changesSince(0)->revision, qint64(2));
        // A refused edit rolls back.
        const auto refused = store.modifyJobs(
            {first},
            [](Job &j, bool &) {
                j.tries = 99;
                return Result(Error::make(Error::Kind::NotPermitted, QStringLiteral("no")));
            },
            true);
        QVERIFY(!refused);
        QCOMPARE(store.changesSince(0)->jobs.at(0).tries, 0);
        QCOMPARE(store
                     .modifyJobs(
                         {777}, [](Job &, bool &) { return Result(); }, true)
                     .error()
                     .kind,
                 Error::Kind::NotFound);

        // Removing: only final jobs; the last job of a group releases its spool folder.
        QList<JobId> removed;
        QCOMPARE(store.removeJobs({first}, true, &removed).error().kind, Error::Kind::NotPermitted);
        QVERIFY(store.modifyJobs(
            {first, jobs->at(1).id},
            [](Job &j, bool &) {
                j.queueStatus = QueueStatus::Completed;
                return Result();
            },
            true));
        auto folders = store.removeJobs({first}, true, &removed);
        QVERIFY(folders);
        QVERIFY(folders->isEmpty());
        QCOMPARE(removed, QList<JobId>{first});
        c = store.changesSince(3);
        QCOMPARE(c->removedJobs, QList<JobId>{first});
        folders = store.removeJobs({jobs->at(1).id}, true, &removed);
        QCOMPARE(*folders, QStringList{g.spoolDir});
        QVERIFY(store.referencedSpoolFolders()->isEmpty());

        Port p;
        p.name = QStringLiteral("front");
        QVERIFY(store.insertPort(p));
        QCOMPARE(store.insertPort(p).error().kind, Error::Kind::InvalidArgument);
        const qint64 beforeRemove = store.changesSince(0)->revision;
        QVERIFY(store.removePort(QStringLiteral("front")));
        c = store.changesSince(beforeRemove);
        QCOMPARE(c->removedPorts, QStringList{QStringLiteral("front")});
        QVERIFY(store.insertPort(p));
        c = store.changesSince(beforeRemove);
        QVERIFY(c->removedPorts.isEmpty()); // removed and added again: a change
        QCOMPARE(c->ports.size(), 1);
    }

    void prunedRemovalsMakeLateReadersReloadAll()
    {
        JobStore store(dir("prune"));
        QVERIFY(store.open());
        SubmissionGroup g;
        g.spoolDir = store.spoolDirectory() + QStringLiteral("/g");
        QList<Job> batch;
        for (int i = 0; i < 6; ++i)
            batch << sendJob(QString::number(i));
        const auto jobs = store.insertSubmission(g, batch);
        QVERIFY(jobs);
        QList<JobId> ids;
        for (const Job &j : *jobs)
            ids << j.id;
        QVERIFY(store.modifyJobs(
            ids,
            [](Job &j, bool &) {
                j.queueStatus = QueueStatus::Completed;
                return Result();
            },
            true));
        const qint64 early = store.changesSince(0)->revision; // a reader that stops here
        // Five removals, one at a time; the sixth job stays.
        QList<qint64> revs;
        for (int i = 0; i < 5; ++i) {
            QList<JobId> removed;
            QVERIFY(store.removeJobs({ids[i]}, true, &removed));
            revs << store.changesSince(0)->revision;
        }
        QCOMPARE(store.pruneTombstones(100).value(), 0); // fewer than kept: nothing goes
        QCOMPARE(store.pruneTombstones(2).value(), 3);   // the three oldest go
        QCOMPARE(store.pruneTombstones(2).value(), 0);   // idempotent

        // A reader from before the forgotten removals gets everything, marked as such.
        auto c = store.changesSince(early);
        QVERIFY(c);
        QVERIFY(c->full);
        QCOMPARE(c->jobs.size(), 1);
        QCOMPARE(c->jobs.at(0).id, ids[5]);
        QVERIFY(c->settings);
        // A reader after them still gets just what changed.
        c = store.changesSince(revs[2]);
        QVERIFY(!c->full);
        QCOMPARE(c->removedJobs, (QList<JobId>{ids[3], ids[4]}));
        QVERIFY(c->jobs.isEmpty());
        // Up to date: nothing, and no reload.
        c = store.changesSince(revs[4]);
        QVERIFY(!c->full);
        QVERIFY(c->removedJobs.isEmpty());
    }

    void persistsAcrossInstances()
    {
        const QString d = dir("persist");
        JobId id = 0;
        ServerSettings s;
        s.retries = 9;
        s.discountRateStart = QTime(21, 30);
        s.routing.email = true;
        s.routing.emailAddress = QStringLiteral("fax@example.org");
        {
            JobStore store(d);
            QVERIFY(store.open());
            SubmissionGroup g;
            g.spoolDir = store.spoolDirectory() + QStringLiteral("/g");
            g.documents << SpooledDocument{g.spoolDir + QStringLiteral("/01-a.pdf"),
                                           QStringLiteral("/home/a.pdf"), 12, "abcd"};
            id = store.insertSubmission(g, {sendJob(QStringLiteral("5"))})->at(0).id;
            QVERIFY(store.saveSettings(s));
            Port p;
            p.name = QStringLiteral("back");
            p.priority = 4;
            QVERIFY(store.insertPort(p));
        }
        JobStore again(d);
        QVERIFY(again.open());
        const auto all = again.changesSince(0);
        QCOMPARE(all->jobs.size(), 1);
        QCOMPARE(all->jobs.at(0).id, id);
        QCOMPARE(all->jobs.at(0).recipientNumber, QStringLiteral("5"));
        QCOMPARE(*all->settings, s);
        QCOMPARE(all->ports.at(0).priority, 4);
        const auto docs = again.documents(all->jobs.at(0).groupId);
        QCOMPARE(docs->size(), 1);
        QCOMPARE(docs->at(0).file, again.spoolDirectory() + QStringLiteral("/g/01-a.pdf"));
        QCOMPARE(docs->at(0).size, qint64(12));
    }

    void persistsDialingRules()
    {
        const QString d = dir("dialing");
        ServerSettings s;
        s.dialing.outsideLinePrefix = QStringLiteral("0");
        s.dialing.countryCode = QStringLiteral("49");
        s.dialing.areaCode = QStringLiteral("30");
        s.dialing.longDistancePrefix = QString(); // empty is a choice, not "use the default"
        s.dialing.internationalPrefix = QStringLiteral("011");
        s.dialing.pulseDialing = true;
        {
            JobStore store(d);
            QVERIFY(store.open());
            QVERIFY(store.saveSettings(s));
        }
        JobStore again(d);
        QVERIFY(again.open());
        const auto all = again.changesSince(0);
        QVERIFY(all);
        QCOMPARE(all->settings->dialing, s.dialing);
        QVERIFY(all->settings->dialing.longDistancePrefix.isEmpty());

        // A database written before the dialing rules existed reads as the defaults.
        QHash<QString, QString> old = settingsToMap(ServerSettings());
        for (auto it = old.begin(); it != old.end();) {
            if (it.key().startsWith(QLatin1String("dialing.")))
                it = old.erase(it);
            else
                ++it;
        }
        QCOMPARE(settingsFromMap(old).dialing, DialingRules());
        QCOMPARE(settingsFromMap(settingsToMap(s)).dialing, s.dialing);
    }

    void twoConnectionsSeeDataVersion()
    {
        const QString d = dir("version");
        JobStore a(d);
        JobStore b(d);
        QVERIFY(a.open());
        QVERIFY(b.open());
        QVERIFY(!b.externalChange());
        Port p;
        p.name = QStringLiteral("x");
        QVERIFY(a.insertPort(p));
        QVERIFY(!a.externalChange()); // its own commit
        QVERIFY(b.externalChange());
        QVERIFY(!b.externalChange());
        QCOMPARE(b.changesSince(0)->ports.size(), 1);
    }

    void refusesDamagedAndNewerDatabasesUntouched()
    {
        const QString d = dir("damaged");
        QVERIFY(QDir().mkpath(d));
        const QByteArray garbage = QByteArray("SQLite format 2\0", 16) + QByteArray(4000, '\x5a');
        QVERIFY(writeFile(d + QStringLiteral("/queue.db"), garbage));
        JobStore store(d);
        const Result r = store.open();
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Database);
        QVERIFY2(r.error().message.contains(d + QStringLiteral("/queue.db")),
                 qPrintable(r.error().message));
        QFile f(d + QStringLiteral("/queue.db"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);

        const QString newer = dir("newer");
        {
            JobStore s(newer);
            QVERIFY(s.open());
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("n"));
            db.setDatabaseName(newer + QStringLiteral("/queue.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("n"));
        JobStore s(newer);
        const Result nr = s.open();
        QVERIFY(!nr);
        QVERIFY2(nr.error().message.contains(QStringLiteral("version 7")),
                 qPrintable(nr.error().message));

        const QString fileAsDir = dir("plainfile");
        QVERIFY(writeFile(fileAsDir, "x"));
        JobStore f2(fileAsDir);
        const Result fr = f2.open();
        QCOMPARE(fr.error().kind, Error::Kind::Io);
        QVERIFY(fr.error().message.contains(fileAsDir));
    }

    void spoolCopiesCompletely()
    {
        const QString root = dir("spool");
        const QString src = dir("source.bin");
        QByteArray data(600 * 1024, Qt::Uninitialized);
        for (int i = 0; i < data.size(); ++i)
            data[i] = char(i * 7);
        QVERIFY(writeFile(src, data));
        const auto g = Spool::copyIn(root, {src, src});
        QVERIFY2(g, qPrintable(g.error().message));
        QCOMPARE(g->documents.size(), 2);
        QVERIFY(g->documents.at(0).file != g->documents.at(1).file);
        QFile copy(g->documents.at(1).file);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), data);
        QCOMPARE(g->documents.at(0).size, qint64(data.size()));
        QCOMPARE(g->documents.at(0).sha256,
                 QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QCOMPARE(QDir(g->spoolDir).entryList(QDir::Files | QDir::Hidden).size(), 2);

        // A failed copy leaves nothing behind.
        const auto bad = Spool::copyIn(root, {src, dir("missing.pdf")});
        QVERIFY(!bad);
        QCOMPARE(QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        // Orphans: only unreferenced and old enough.
        QCOMPARE(Spool::removeOrphans(root, {}, 3600), 0);
        QCOMPARE(Spool::removeOrphans(root, {QFileInfo(g->spoolDir).fileName()}, -10), 0);
        QCOMPARE(Spool::removeOrphans(root, {}, -10), 1);
        QVERIFY(!QFileInfo::exists(g->spoolDir));
    }

    void loadsManyJobsQuickly()
    {
        JobStore store(dir("many"));
        QVERIFY(store.open());
        QList<Job> jobs;
        for (int i = 0; i < 20000; ++i)
            jobs << sendJob(QString::number(i));
        SubmissionGroup g;
        g.spoolDir = store.spoolDirectory() + QStringLiteral("/big");
        QVERIFY(store.insertSubmission(g, jobs));
        QElapsedTimer t;
        t.start();
        const auto all = store.changesSince(0);
        QCOMPARE(all->jobs.size(), 20000);
        qInfo("read 20000 jobs in %lld ms", t.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
