// SPDX-License-Identifier: GPL-3.0-or-later
// The local engine with its built-in modem driver, without a modem: ports whose device is
// missing or unusable, the modem settings of a port, and the schema migration that added them.

#include "core/settingskeys.h"
#include "modem/modemline.h"
#include "queue/jobstore.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Fax;

namespace {

FaxDocument chartOne()
{
    FaxDocument d;
    d.files = {QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif")};
    Party r;
    r.name = QStringLiteral("Alice");
    r.faxNumber = QStringLiteral("555 1234");
    d.recipients << r;
    d.sender.name = QStringLiteral("Bob");
    return d;
}

} // namespace

class TestModemPorts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }

    void missingDeviceIsAnErrorAndJobsWait()
    {
        auto server = open();
        Port p;
        p.name = QStringLiteral("front");
        p.devicePath = QStringLiteral("/dev/faxconsole-test-no-such-modem");
        const Result added = waitFor(server->addPort(p));
        QVERIFY2(added, qPrintable(added.error().message));
        QTRY_COMPARE(server->ports().at(0).state, PortState::Error);
        const QString text = server->ports().at(0).stateText;
        QVERIFY2(text.contains(p.devicePath) && text.contains(QStringLiteral("does not exist")),
                 qPrintable(text));

        const auto ids = waitFor(server->submit(chartOne()));
        QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
        const JobId id = ids->first();
        server->poll();
        QTRY_COMPARE(server->job(id)->queueStatus, QueueStatus::NoLine);
        QVERIFY2(server->job(id)->lastError.contains(p.devicePath),
                 qPrintable(server->job(id)->lastError));
        QCOMPARE(server->job(id)->tries, 0);
    }

    // A USB modem plugged in after the engine started: the port comes to life without a
    // settings change or a restart.
    void deviceThatAppearsLaterIsUsed()
    {
        auto server = open();
        const QString later = m_tmp->filePath(QStringLiteral("ttyLATER"));
        Port p;
        p.name = QStringLiteral("usb");
        p.devicePath = later;
        p.receiveMode = ReceiveMode::Off;
        QVERIFY(waitFor(server->addPort(p)));
        QTRY_VERIFY(server->ports().at(0).stateText.contains(QStringLiteral("does not exist")));
        {
            QFile f(later); // not a serial port: the line is made and then fails to open it
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            !server->ports().at(0).stateText.contains(QStringLiteral("does not exist")), 15000);
        // The new line starts idle and then finds the file is no serial port.
        QTRY_COMPARE_WITH_TIMEOUT(server->ports().at(0).state, PortState::Error, 10000);
        QVERIFY2(server->ports().at(0).stateText.contains(later),
                 qPrintable(server->ports().at(0).stateText));
    }

    void answerWithoutRinging()
    {
        auto server = open();
        Port p;
        p.name = QStringLiteral("front");
        p.devicePath = QStringLiteral("/dev/faxconsole-test-no-such-modem");
        p.receiveMode = ReceiveMode::Manual;
        QVERIFY(waitFor(server->addPort(p)));
        Result r = waitFor(server->answerCall(QStringLiteral("front")));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("does not exist")),
                 qPrintable(r.error().message));
        r = waitFor(server->answerCall(QStringLiteral("nope")));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        auto reader = open(false);
        r = waitFor(reader->answerCall(QStringLiteral("front")));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("another process")),
                 qPrintable(r.error().message));
    }

    // A path that exists but is no serial port: opening fails, the reason is shown.
    void unusableDeviceIsAnError()
    {
        const QString fake = m_tmp->filePath(QStringLiteral("not-a-tty"));
        {
            QFile f(fake);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto server = open();
        Port p;
        p.name = QStringLiteral("back");
        p.devicePath = fake;
        p.receiveMode = ReceiveMode::Off;
        const Result added = waitFor(server->addPort(p));
        QVERIFY2(added, qPrintable(added.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(server->ports().at(0).state, PortState::Error, 10000);
        const QString text = server->ports().at(0).stateText;
        QVERIFY2(text.contains(fake) && text.contains(QStringLiteral("back")), qPrintable(text));

        const auto ids = waitFor(server->submit(chartOne()));
        QVERIFY(ids);
        server->poll();
        QTRY_COMPARE(server->job(ids->first())->queueStatus, QueueStatus::NoLine);
        QCOMPARE(server->job(ids->first())->tries, 0);
    }

    void modemSettingsAreStored()
    {
        {
            auto server = open(false);
            Port p;
            p.name = QStringLiteral("m");
            p.devicePath = QStringLiteral("/dev/ttyS5");
            const Result added = waitFor(server->addPort(p));
            QVERIFY2(added, qPrintable(added.error().message));
            Port q = server->ports().at(0);
            QCOMPARE(q.baudRate, 115200);
            QCOMPARE(q.flowControl, QStringLiteral("rts-cts"));
            QVERIFY(SettingsKeys::applyAssignments(&q, {QStringLiteral("baud-rate=19200"),
                                                        QStringLiteral("flow-control=none"),
                                                        QStringLiteral("init-string=ATM0")}));
            QVERIFY(waitFor(server->updatePort(q)));
        }
        auto server = open(false);
        const Port p = server->ports().at(0);
        QCOMPARE(p.baudRate, 19200);
        QCOMPARE(p.flowControl, QStringLiteral("none"));
        QCOMPARE(p.initString, QStringLiteral("ATM0"));

        Port bad = p;
        const Result r =
            SettingsKeys::apply(&bad, QStringLiteral("flow-control"), QStringLiteral("hardware"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("flow-control")));
        QVERIFY(!SettingsKeys::apply(&bad, QStringLiteral("baud-rate"), QStringLiteral("12")));
        QCOMPARE(bad, p);

        const ModemConfig c = ModemLineFactory::applyPortSettings(ModemConfig(), p);
        QCOMPARE(c.serial.baudRate, 19200);
        QCOMPARE(c.serial.flow, FlowControl::None);
        QCOMPARE(c.initCommands, (QList<QByteArray>{"ATE0V1Q0", "ATM0", "AT+FCLASS=1"}));
    }

    // The fax class is an enum in the program and its key ("auto", "1", "2", "2.0") in the
    // database and for users, as before.
    void modemClassIsStoredByItsKey()
    {
        {
            auto server = open(false);
            Port p;
            p.name = QStringLiteral("m");
            p.devicePath = QStringLiteral("/dev/ttyS5");
            QVERIFY(waitFor(server->addPort(p)));
            Port q = server->ports().at(0);
            QCOMPARE(q.modemClass, FaxClass::Auto);
            QVERIFY(SettingsKeys::apply(&q, QStringLiteral("modem-class"), QStringLiteral("2.0")));
            QCOMPARE(q.modemClass, FaxClass::Class20);
            QVERIFY(waitFor(server->updatePort(q)));
            QVERIFY(!SettingsKeys::apply(&q, QStringLiteral("modem-class"), QStringLiteral("3")));
            QCOMPARE(q.modemClass, FaxClass::Class20);
        }
        const QString db = m_tmp->filePath(QStringLiteral("data/queue.db"));
        QCOMPARE(storedModemClass(db), QStringLiteral("2.0"));
        {
            auto server = open(false);
            const Port p = server->ports().at(0);
            QCOMPARE(p.modemClass, FaxClass::Class20);
            const auto keys = SettingsKeys::list(p);
            const auto key = std::find_if(keys.cbegin(), keys.cend(), [](const SettingKey &k) {
                return k.key == QLatin1String("modem-class");
            });
            QVERIFY(key != keys.cend());
            QCOMPARE(key->text, QStringLiteral("2.0"));
        }
        // A value written by an older version reads as before.
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE ports SET modem_class = '1'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        QCOMPARE(open(false)->ports().at(0).modemClass, FaxClass::Class1);
    }

    // A database of schema version 1 (before the modem settings) is migrated, keeping its rows.
    void migratesVersionOne()
    {
        const QString dir = m_tmp->filePath(QStringLiteral("v1"));
        QVERIFY(QDir().mkpath(dir));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(dir + QStringLiteral("/queue.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QStringList v1 = {
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
                    "device_status TEXT, port TEXT, pages_sent INTEGER, pages_total INTEGER, size "
                    "INTEGER, recipient_number TEXT, recipient_name TEXT, recipient_company TEXT, "
                    "sender_name TEXT, sender_company TEXT, sender_department TEXT, tsid TEXT, "
                    "billing_code TEXT, subject TEXT, schedule TEXT, schedule_time INTEGER, "
                    "priority TEXT, tries INTEGER, submitted INTEGER, started INTEGER, finished "
                    "INTEGER, next_attempt INTEGER, last_error TEXT, cancel_requested INTEGER NOT "
                    "NULL DEFAULT 0, rev INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX jobs_rev ON jobs (rev)"),
                QStringLiteral("CREATE INDEX jobs_group ON jobs (group_id)"),
                QStringLiteral("CREATE TABLE ports (name TEXT PRIMARY KEY, device_path TEXT, "
                               "manufacturer TEXT, model TEXT, rings INTEGER, csid TEXT, tsid "
                               "TEXT, send_enabled INTEGER, receive_mode TEXT, priority INTEGER, "
                               "state TEXT, state_text TEXT, rev INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO ports VALUES ('old', '/dev/ttyS1', '', '', 3, "
                               "'+1 555', '+1 555', 1, 'manual', 2, 'offline', '', 1)"),
                QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT, rev "
                               "INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE received (id INTEGER PRIMARY KEY AUTOINCREMENT, file "
                               "TEXT, csid TEXT, tsid TEXT, receive_time INTEGER, caller_id TEXT, "
                               "port TEXT, pages INTEGER, x_res INTEGER, y_res INTEGER, routing "
                               "TEXT, partial INTEGER, rev INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE tombstones (kind TEXT NOT NULL, name TEXT NOT NULL, "
                               "rev INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX tombstones_rev ON tombstones (rev)"),
                QStringLiteral("PRAGMA user_version = 1"),
            };
            for (const QString &sql : v1)
                QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        JobStore store(dir);
        const Result opened = store.open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const auto all = store.changesSince(0);
        QVERIFY(all);
        QCOMPARE(all->ports.size(), 1);
        const Port p = all->ports.first();
        QCOMPARE(p.name, QStringLiteral("old"));
        QCOMPARE(p.rings, 3);
        QCOMPARE(p.receiveMode, ReceiveMode::Manual);
        QCOMPARE(p.baudRate, 115200);
        QCOMPARE(p.flowControl, QStringLiteral("rts-cts"));
        QCOMPARE(p.initString, QString());
        QCOMPARE(p.modemClass, FaxClass::Auto);
        const auto changed = store.modifyPort(QStringLiteral("old"), [](Port &port) {
            port.baudRate = 38400;
            return Result();
        });
        QVERIFY(changed);
        QCOMPARE(changed->baudRate, 38400);
        store.close();
        JobStore again(dir);
        QVERIFY(again.open());
        QCOMPARE(again.changesSince(0)->ports.first().baudRate, 38400);
    }

private:
    static QString storedModemClass(const QString &database)
    {
        QString value;
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            raw.setDatabaseName(database);
            if (raw.open()) {
                QSqlQuery q(raw);
                if (q.exec(QStringLiteral("SELECT modem_class FROM ports")) && q.next())
                    value = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }

    std::unique_ptr<LocalFaxServer> open(bool runScheduler = true)
    {
        LocalFaxServer::Options o;
        o.dataDirectory = m_tmp->filePath(QStringLiteral("data"));
        o.runScheduler = runScheduler;
        o.pollIntervalMs = 20;
        auto server = std::make_unique<LocalFaxServer>(ConnectionSettings(), o);
        server->connectToServer();
        if (server->state() != ConnectionState::Connected)
            qWarning("not connected");
        return server;
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
};

QTEST_GUILESS_MAIN(TestModemPorts)
#include "tst_modemports.moc"
