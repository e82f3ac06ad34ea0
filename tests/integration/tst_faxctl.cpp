// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl against a local engine in a temporary data directory: the commands people and scripts
// use, and every kind of bad input (clear error, nothing changed). The commands run in-process
// (FaxCtl with captured output), as the binary runs them; the real binary is started where the
// process is the point: its main(), the user's language, signals, a second dispatcher.
#include "faxctl.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using Run = Fax::Test::ProcessRun;

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFaxctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void versionAndHelp();
    void speaksTheUsersLanguage();
    void helpForEachCommand_data();
    void helpForEachCommand();
    void submitThenJobsListsIt();
    void submitTwoRecipientsMakesOneGroup();
    void submitSchedules();
    void pauseResumeCancelRemove();
    void settingsRoundTrip();
    void portAddSetRemove();
    void portSetReachesEveryKey();
    void serverOptionOverridesEnvironment();
    void commandsCarryTheirProperties();
    void serveDispatchesUntilSigterm();

    void badInput_data();
    void badInput();
    void unreadableDocumentByPermissions();
    void corruptDatabase();
    void unwritableSpool();

private:
    /// Runs the command line in-process.
    Run faxctl(const QStringList &args, const QString &dataDir = QString());
    /// Runs the command line with the faxctl binary.
    Run faxctlProcess(const QStringList &args, const QString &dataDir = QString());
    QJsonObject json(const QStringList &args);
    QString submitOne();
    /// Jobs, ports, settings and the spool's files: what a failed command must leave alone.
    QByteArray snapshot();

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_data;
    QString m_doc;
};

void TestFaxctl::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_data = m_tmp->filePath(QStringLiteral("data"));
    // A real fax document: ITU-T chart 1.
    m_doc = m_tmp->filePath(QStringLiteral("letter.tif"));
    QVERIFY(QFile::copy(QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif"), m_doc));
}

void TestFaxctl::cleanup()
{
    m_tmp.reset();
}

Run TestFaxctl::faxctl(const QStringList &args, const QString &dataDir)
{
    qputenv("FAXCONSOLE_DATA_DIR", QFile::encodeName(dataDir.isEmpty() ? m_data : dataDir));
    qunsetenv("FAXCONSOLE_SERVER");
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    {
        Fax::FaxCtl ctl(out, err);
        run.exitCode = ctl.run(args);
    }
    out.flush();
    err.flush();
    return run;
}

Run TestFaxctl::faxctlProcess(const QStringList &args, const QString &dataDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAXCONSOLE_DATA_DIR"), dataDir.isEmpty() ? m_data : dataDir);
    env.remove(QStringLiteral("FAXCONSOLE_SERVER"));
    return Fax::Test::runProcess(QStringLiteral(FAXCTL_PATH), args, env, 60000);
}

// faxctl carries the German translation (compiled into the engine) and follows the locale.
void TestFaxctl::speaksTheUsersLanguage()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAXCONSOLE_DATA_DIR"), m_data);
    env.remove(QStringLiteral("FAXCONSOLE_SERVER"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const Run german = Fax::Test::runProcess(
        QStringLiteral(FAXCTL_PATH), {QStringLiteral("job"), QStringLiteral("abc")}, env, 60000);
    QCOMPARE(german.exitCode, 2);
    QVERIFY2(german.err.contains(QStringLiteral("ist keine Auftragsnummer")),
             qPrintable(german.err));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    const Run english = Fax::Test::runProcess(
        QStringLiteral(FAXCTL_PATH), {QStringLiteral("job"), QStringLiteral("abc")}, env, 60000);
    QCOMPARE(english.exitCode, 2);
    QVERIFY2(english.err.contains(QStringLiteral("is not a job id")), qPrintable(english.err));
}

QJsonObject TestFaxctl::json(const QStringList &args)
{
    return Fax::Test::jsonOutput(faxctl(QStringList{QStringLiteral("--json")} + args), args);
}

QString TestFaxctl::submitOne()
{
    const Run r = faxctl(
        {QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("555 0100"), m_doc});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return r.out.trimmed();
}

QByteArray TestFaxctl::snapshot()
{
    QByteArray s;
    for (const QStringList &args :
         {strings({"--json", "jobs", "--all"}), strings({"--json", "ports"}),
          strings({"--json", "settings"})}) {
        const Run r = faxctl(args);
        s += r.out.toUtf8() + r.err.toUtf8();
    }
    QDir spool(m_data + QStringLiteral("/spool"));
    s += spool.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(',')).toUtf8();
    return s;
}

void TestFaxctl::versionAndHelp()
{
    Run r = faxctlProcess({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("faxctl ")));
    r = faxctl({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("faxctl ")));
    for (const QStringList &args : {strings({"--help"}), strings({"help"})}) {
        r = faxctl(args);
        QCOMPARE(r.exitCode, 0);
        for (const char *command :
             {"submit", "jobs", "job", "ports", "port", "settings", "serve", "printer"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        QVERIFY(r.out.contains(QStringLiteral("--server")));
        QVERIFY(r.out.contains(QStringLiteral("--json")));
    }
    r = faxctl({});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains(QStringLiteral("Usage")));
}

void TestFaxctl::helpForEachCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("submit") << "submit"
                            << strings({"--to", "--name", "--company", "--subject", "--note",
                                        "--cover", "--no-cover", "--at", "--discount", "--priority",
                                        "--sender-name", "--sender-company", "--sender-fax",
                                        "--tsid", "--billing-code", "FILE"});
    QTest::newRow("jobs") << "jobs" << strings({"--all", "--status"});
    QTest::newRow("job") << "job"
                         << strings({"ID", "pause", "resume", "cancel", "restart", "remove"});
    QTest::newRow("ports") << "ports" << strings({"--json"});
    QTest::newRow("port") << "port" << strings({"NAME", "add DEVICE", "remove", "set KEY=VALUE"});
    QTest::newRow("settings") << "settings" << strings({"set KEY=VALUE", "get KEY"});
    QTest::newRow("serve") << "serve" << strings({"SIGTERM", "dispatch"});
    QTest::newRow("printer") << "printer"
                             << strings({"install", "remove", "status", "CUPS_SERVER"});
    QTest::newRow("help") << "help" << strings({"COMMAND"});
}

void TestFaxctl::helpForEachCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    for (const QStringList &args : {QStringList{command, QStringLiteral("--help")},
                                    QStringList{QStringLiteral("help"), command}}) {
        const Run r = faxctl(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage: faxctl ") + command));
        for (const QString &m : mentions)
            QVERIFY2(r.out.contains(m), qPrintable(m));
    }
    QVERIFY(!QFile::exists(m_data + QStringLiteral("/queue.db"))); // help opens no server
}

void TestFaxctl::submitThenJobsListsIt()
{
    const Run submit = faxctl(
        {QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("+49 (30) 555-0100"),
         QStringLiteral("--name"), QStringLiteral("Ada"), QStringLiteral("--subject"),
         QStringLiteral("Invoice"), QStringLiteral("--priority"), QStringLiteral("high"), m_doc});
    QCOMPARE(submit.exitCode, 0);
    QVERIFY2(submit.err.isEmpty(), qPrintable(submit.err));
    bool ok = false;
    const qint64 id = submit.out.trimmed().toLongLong(&ok);
    QVERIFY2(ok && id > 0, qPrintable(submit.out));

    const Run jobs = faxctl({QStringLiteral("jobs")});
    QCOMPARE(jobs.exitCode, 0);
    const QStringList lines = jobs.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // header and the job
    QVERIFY(lines.at(0).startsWith(QStringLiteral("ID")));
    QVERIFY(lines.at(0).contains(QStringLiteral("STATUS")));
    QVERIFY(lines.at(1).startsWith(QString::number(id) + QLatin1Char(' ')));
    QVERIFY(lines.at(1).contains(QStringLiteral("Ada <+49 (30) 555-0100>")));
    // Aligned: the status column starts at the same place in header and row.
    QCOMPARE(lines.at(1).indexOf(QStringLiteral("Pending")),
             lines.at(0).indexOf(QStringLiteral("STATUS")));

    const QJsonObject o = json({QStringLiteral("jobs")});
    const QJsonArray list = o.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject job = list.at(0).toObject();
    QCOMPARE(job.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(job.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    QCOMPARE(job.value(QStringLiteral("recipientNumber")).toString(),
             QStringLiteral("+49 (30) 555-0100"));
    QCOMPARE(job.value(QStringLiteral("recipientName")).toString(), QStringLiteral("Ada"));
    QCOMPARE(job.value(QStringLiteral("subject")).toString(), QStringLiteral("Invoice"));
    const QDateTime submitted =
        QDateTime::fromString(job.value(QStringLiteral("submitted")).toString(), Qt::ISODate);
    QVERIFY(submitted.isValid());
    QCOMPARE(submitted.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(submitted.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    const Run one = faxctl({QStringLiteral("job"), QString::number(id)});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains(QStringLiteral("Invoice")));
    QVERIFY(one.out.contains(QStringLiteral("High")));
    QVERIFY(one.out.contains(QStringLiteral("Pending")));
}

void TestFaxctl::submitTwoRecipientsMakesOneGroup()
{
    const QJsonObject o =
        json({QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("100"),
              QStringLiteral("--to"), QStringLiteral("200"), QStringLiteral("--name"),
              QStringLiteral("First"), QStringLiteral("--name"), QStringLiteral("Second"), m_doc});
    const QJsonArray ids = o.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(ids.size(), 2);
    const qint64 group = o.value(QStringLiteral("group")).toInteger();
    QVERIFY(group > 0);
    QStringList names;
    for (const QJsonValue &id : ids) {
        const QJsonObject job = json({QStringLiteral("job"), QString::number(id.toInteger())});
        QCOMPARE(job.value(QStringLiteral("group")).toInteger(), group);
        names << job.value(QStringLiteral("recipientNumber")).toString() + QLatin1Char('=') +
                     job.value(QStringLiteral("recipientName")).toString();
    }
    QCOMPARE(names, strings({"100=First", "200=Second"}));
    QCOMPARE(json({QStringLiteral("jobs")}).value(QStringLiteral("jobs")).toArray().size(), 2);
}

void TestFaxctl::submitSchedules()
{
    // HH:MM: today, or tomorrow once passed - always ahead, within a day.
    const QTime soon = QTime::currentTime().addSecs(-120);
    QJsonObject o = json({QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("1"),
                          QStringLiteral("--at"), soon.toString(QStringLiteral("HH:mm")), m_doc});
    QJsonObject job =
        json({QStringLiteral("job"),
              QString::number(o[QStringLiteral("jobs")].toArray().at(0).toInteger())});
    QCOMPARE(job.value(QStringLiteral("schedule")).toString(), QStringLiteral("specific-time"));
    const QDateTime at =
        QDateTime::fromString(job.value(QStringLiteral("scheduleTime")).toString(), Qt::ISODate);
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(at);
    QVERIFY2(ahead > 0 && ahead <= 24 * 3600, qPrintable(at.toString(Qt::ISODate)));
    QCOMPARE(at.toLocalTime().time().toString(QStringLiteral("HH:mm")),
             soon.toString(QStringLiteral("HH:mm")));

    const QDateTime later(QDate::currentDate().addDays(3), QTime(18, 30));
    o = json({QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("2"),
              QStringLiteral("--at"), later.toString(QStringLiteral("yyyy-MM-ddTHH:mm")), m_doc});
    job = json({QStringLiteral("job"),
                QString::number(o[QStringLiteral("jobs")].toArray().at(0).toInteger())});
    QCOMPARE(
        QDateTime::fromString(job.value(QStringLiteral("scheduleTime")).toString(), Qt::ISODate),
        later);

    o = json({QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("3"),
              QStringLiteral("--discount"), m_doc});
    job = json({QStringLiteral("job"),
                QString::number(o[QStringLiteral("jobs")].toArray().at(0).toInteger())});
    QCOMPARE(job.value(QStringLiteral("schedule")).toString(), QStringLiteral("discount-period"));
}

void TestFaxctl::pauseResumeCancelRemove()
{
    const QString id = submitOne();
    QVERIFY(!id.isEmpty());
    const auto status = [&] {
        return json({QStringLiteral("job"), id}).value(QStringLiteral("status")).toString();
    };
    Run r = faxctl({QStringLiteral("job"), id, QStringLiteral("pause")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Paused")));
    QCOMPARE(status(), QStringLiteral("paused"));
    QCOMPARE(faxctl({QStringLiteral("job"), id, QStringLiteral("resume")}).exitCode, 0);
    QCOMPARE(status(), QStringLiteral("pending"));
    QCOMPARE(faxctl({QStringLiteral("job"), id, QStringLiteral("cancel")}).exitCode, 0);
    QCOMPARE(status(), QStringLiteral("canceled"));
    // Finished jobs show only with --all (or by status).
    QVERIFY(!faxctl({QStringLiteral("jobs")}).out.contains(QStringLiteral("555 0100")));
    QVERIFY(faxctl({QStringLiteral("jobs"), QStringLiteral("--all")})
                .out.contains(QStringLiteral("555 0100")));
    QVERIFY(faxctl({QStringLiteral("jobs"), QStringLiteral("--status"), QStringLiteral("canceled")})
                .out.contains(QStringLiteral("555 0100")));
    QCOMPARE(faxctl({QStringLiteral("job"), id, QStringLiteral("remove")}).exitCode, 0);
    r = faxctl({QStringLiteral("job"), id});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("job ") + id));
}

void TestFaxctl::settingsRoundTrip()
{
    Run r = faxctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("retries=7"),
                    QStringLiteral("discount-rate-start=19:30"), QStringLiteral("branding=no"),
                    QStringLiteral("archive-directory=/srv/fax/sent")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject s = json({QStringLiteral("settings")});
    QCOMPARE(s.value(QStringLiteral("retries")).toInt(), 7);
    QCOMPARE(s.value(QStringLiteral("discount-rate-start")).toString(), QStringLiteral("19:30"));
    QCOMPARE(s.value(QStringLiteral("branding")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("archive-directory")).toString(),
             QStringLiteral("/srv/fax/sent"));
    r = faxctl({QStringLiteral("settings")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("retries=7 ")));
    QVERIFY(r.out.contains(QStringLiteral("Redials"))); // with a description
    r = faxctl({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("retries")});
    QCOMPARE(r.out.trimmed(), QStringLiteral("7"));
}

void TestFaxctl::portAddSetRemove()
{
    Run r = faxctl({QStringLiteral("port"), QStringLiteral("front"), QStringLiteral("add"),
                    QStringLiteral("/dev/ttyS7"), QStringLiteral("rings=4")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QJsonArray ports = json({QStringLiteral("ports")}).value(QStringLiteral("ports")).toArray();
    QCOMPARE(ports.size(), 1);
    QCOMPARE(ports.at(0)[QStringLiteral("name")].toString(), QStringLiteral("front"));
    QCOMPARE(ports.at(0)[QStringLiteral("device")].toString(), QStringLiteral("/dev/ttyS7"));
    QCOMPARE(ports.at(0)[QStringLiteral("rings")].toInt(), 4);
    r = faxctl({QStringLiteral("ports")});
    QVERIFY(r.out.contains(QStringLiteral("NAME")));
    QVERIFY(r.out.contains(QStringLiteral("/dev/ttyS7")));

    r = faxctl({QStringLiteral("port"), QStringLiteral("front"), QStringLiteral("set"),
                QStringLiteral("tsid=+1 555 0100"), QStringLiteral("receive-mode=manual"),
                QStringLiteral("send-enabled=no"), QStringLiteral("modem-class=2.0")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject keys = json({QStringLiteral("port"), QStringLiteral("front")});
    QCOMPARE(keys.value(QStringLiteral("tsid")).toString(), QStringLiteral("+1 555 0100"));
    QCOMPARE(keys.value(QStringLiteral("modem-class")).toString(), QStringLiteral("2.0"));
    QCOMPARE(keys.value(QStringLiteral("receive-mode")).toString(), QStringLiteral("manual"));
    QCOMPARE(keys.value(QStringLiteral("send-enabled")).toBool(), false);
    QCOMPARE(keys.value(QStringLiteral("rings")).toInt(), 4);

    QCOMPARE(faxctl({QStringLiteral("port"), QStringLiteral("front"), QStringLiteral("remove")})
                 .exitCode,
             0);
    QCOMPARE(json({QStringLiteral("ports")}).value(QStringLiteral("ports")).toArray().size(), 0);
}

// 'port set' stores each key it accepts (modem-class once reported success and changed nothing).
void TestFaxctl::portSetReachesEveryKey()
{
    QCOMPARE(faxctl({QStringLiteral("port"), QStringLiteral("p1"), QStringLiteral("add"),
                     QStringLiteral("/dev/null")})
                 .exitCode,
             0);
    const Run r =
        faxctl({QStringLiteral("port"), QStringLiteral("p1"), QStringLiteral("set"),
                QStringLiteral("modem-class=2.0"), QStringLiteral("baud-rate=19200"),
                QStringLiteral("flow-control=xon-xoff"), QStringLiteral("init-string=ATM0"),
                QStringLiteral("priority=3"), QStringLiteral("csid=+49 30 999")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("modem-class=2.0 ")), qPrintable(r.out));
    const QJsonObject keys = json({QStringLiteral("port"), QStringLiteral("p1")});
    QCOMPARE(keys.value(QStringLiteral("modem-class")).toString(), QStringLiteral("2.0"));
    QCOMPARE(keys.value(QStringLiteral("baud-rate")).toInt(), 19200);
    QCOMPARE(keys.value(QStringLiteral("flow-control")).toString(), QStringLiteral("xon-xoff"));
    QCOMPARE(keys.value(QStringLiteral("init-string")).toString(), QStringLiteral("ATM0"));
    QCOMPARE(keys.value(QStringLiteral("priority")).toInt(), 3);
    QCOMPARE(keys.value(QStringLiteral("csid")).toString(), QStringLiteral("+49 30 999"));
}

void TestFaxctl::serverOptionOverridesEnvironment()
{
    const QString other = m_tmp->filePath(QStringLiteral("other"));
    const Run r =
        faxctl({QStringLiteral("--server"), QStringLiteral("local:") + other,
                QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("1"), m_doc});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(other + QStringLiteral("/queue.db")));
    QCOMPARE(json({QStringLiteral("jobs")}).value(QStringLiteral("jobs")).toArray().size(), 0);
    QCOMPARE(faxctl({QStringLiteral("--json"), QStringLiteral("jobs")}, other).exitCode, 0);
}

// What each command needs is data the runner acts on: a server, a display, the local engine.
void TestFaxctl::commandsCarryTheirProperties()
{
    QSet<QString> names;
    for (const auto &command : Fax::FaxCtl::commands()) {
        const QString name = QLatin1String(command->name());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        const auto traits = command->traits();
        QVERIFY2(!traits.remote || traits.needsServer, qPrintable(name));
        QCOMPARE(Fax::FaxCtl::needsGui({QStringLiteral("--json"), name}), traits.needsDisplay);
    }
    const auto traits = [](const char *name) {
        return Fax::FaxCtl::findCommand(QLatin1String(name))->traits();
    };
    QVERIFY(traits("submit").needsServer && traits("submit").remote);
    QVERIFY(traits("serve").needsServer && !traits("serve").remote);
    QVERIFY(!traits("convert").needsServer && traits("convert").needsDisplay);
    QVERIFY(traits("send").needsDisplay && !traits("send").needsServer);
    QVERIFY(!traits("info").needsDisplay);
    QVERIFY(!Fax::FaxCtl::needsGui(
        {QStringLiteral("--server"), QStringLiteral("convert"), QStringLiteral("jobs")}));

    // A local-only command refuses a HylaFAX server before it starts anything.
    const Run serve = faxctl({QStringLiteral("--server"), QStringLiteral("hylafax://fax@localhost"),
                              QStringLiteral("serve")});
    QCOMPARE(serve.exitCode, 1);
    QVERIFY2(serve.err.contains(QStringLiteral("runs only the local engine")),
             qPrintable(serve.err));
    QVERIFY(!QFile::exists(m_data + QStringLiteral("/queue.db")));
}

void TestFaxctl::serveDispatchesUntilSigterm()
{
    QProcess serve;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAXCONSOLE_DATA_DIR"), m_data);
    env.remove(QStringLiteral("FAXCONSOLE_SERVER"));
    serve.setProcessEnvironment(env);
    QString out;
    connect(&serve, &QProcess::readyReadStandardOutput, this,
            [&] { out += QString::fromUtf8(serve.readAllStandardOutput()); });
    serve.start(QStringLiteral(FAXCTL_PATH), {QStringLiteral("serve")});
    QVERIFY(serve.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(out.contains(QStringLiteral("as the dispatcher")), 20000);

    // A second dispatcher is refused, naming the lock.
    const Run second = faxctl({QStringLiteral("serve")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QStringLiteral("engine.lock")), qPrintable(second.err));

    // Jobs queued by other processes show up as events.
    const QString id = submitOne();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(out.contains(QStringLiteral("job ") + id), 20000);

    serve.terminate(); // SIGTERM
    QVERIFY(serve.waitForFinished(20000));
    out += QString::fromUtf8(serve.readAllStandardOutput());
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("stopped on SIGTERM")), qPrintable(out));
    // The lock is free again: the next serve becomes the dispatcher.
    QProcess again;
    again.setProcessEnvironment(env);
    QString againOut;
    connect(&again, &QProcess::readyReadStandardOutput, this,
            [&] { againOut += QString::fromUtf8(again.readAllStandardOutput()); });
    again.start(QStringLiteral(FAXCTL_PATH), {QStringLiteral("--json"), QStringLiteral("serve")});
    QTRY_VERIFY_WITH_TIMEOUT(againOut.contains(QStringLiteral("\"started\"")), 20000);
    ::kill(pid_t(again.processId()), SIGINT);
    QVERIFY(again.waitForFinished(20000));
    QCOMPARE(again.exitCode(), 0);
}

// Each row: arguments (@DOC a good document, @TMP the temporary folder, @ID an existing pending
// job, @FIFO a named pipe), the exit code, and what stderr must name.
void TestFaxctl::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("missing document") << strings({"submit", "--to", "1", "@TMP/nope.pdf"}) << 1
                                      << strings({"nope.pdf", "does not exist"});
    QTest::newRow("one good, one missing document")
        << strings({"submit", "--to", "1", "@DOC", "@TMP/gone.pdf"}) << 1
        << strings({"gone.pdf", "does not exist"});
    // Root reads any file whatever its mode bits; these fail for root too.
    QTest::newRow("document is a folder")
        << strings({"submit", "--to", "1", "@TMP"}) << 1 << strings({"@TMP", "is a folder"});
    QTest::newRow("document's parent is a file")
        << strings({"submit", "--to", "1", "@DOC/page.pdf"}) << 1
        << strings({"@DOC/page.pdf", "cannot be read", "is not a folder"});
    QTest::newRow("document is a pipe") << strings({"submit", "--to", "1", "@FIFO"}) << 1
                                        << strings({"@FIFO", "not a regular file"});
    QTest::newRow("no document") << strings({"submit", "--to", "1"}) << 2 << strings({"FILE"});
    QTest::newRow("no recipient") << strings({"submit", "@DOC"}) << 2 << strings({"--to"});
    QTest::newRow("bad number") << strings({"submit", "--to", "555-CALL-NOW", "@DOC"}) << 2
                                << strings({"'555-CALL-NOW'", "cannot be dialled", "letter"});
    QTest::newRow("bad sender number")
        << strings({"submit", "--to", "1", "--sender-fax", "office", "@DOC"}) << 2
        << strings({"--sender-fax", "'office'", "cannot be dialled"});
    QTest::newRow("bad tsid") << strings({"submit", "--to", "1", "--tsid", "ACME", "@DOC"}) << 2
                              << strings({"--tsid", "'ACME'"});
    QTest::newRow("bad priority") << strings(
                                         {"submit", "--to", "1", "--priority", "urgent", "@DOC"})
                                  << 2 << strings({"--priority", "'urgent'", "low, normal, high"});
    QTest::newRow("--at in the past")
        << strings({"submit", "--to", "1", "--at", "2001-01-01T08:00", "@DOC"}) << 2
        << strings({"--at", "2001-01-01T08:00", "in the past"});
    QTest::newRow("--at unparsable") << strings({"submit", "--to", "1", "--at", "teatime", "@DOC"})
                                     << 2 << strings({"--at", "'teatime'", "not a time"});
    QTest::newRow("--at bad hour") << strings({"submit", "--to", "1", "--at", "25:00", "@DOC"}) << 2
                                   << strings({"--at", "'25:00'", "not a time"});
    QTest::newRow("--at with --discount")
        << strings({"submit", "--to", "1", "--at", "12:00", "--discount", "@DOC"}) << 2
        << strings({"--at", "--discount"});
    QTest::newRow("--name count") << strings({"submit", "--to", "1", "--to", "2", "--name", "A",
                                              "--name", "B", "--name", "C", "@DOC"})
                                  << 2 << strings({"--name", "3 times"});
    QTest::newRow("missing value")
        << strings({"submit", "--to"}) << 2 << strings({"--to", "needs a value", "NUMBER"});
    QTest::newRow("missing value before option")
        << strings({"submit", "--to", "1", "--name", "--company", "X", "@DOC"}) << 2
        << strings({"--name", "needs a value"});
    QTest::newRow("missing --status value")
        << strings({"jobs", "--status"}) << 2 << strings({"--status", "needs a value"});
    QTest::newRow("bad --status") << strings({"jobs", "--status", "lost"}) << 2
                                  << strings({"'lost'", "pending"});
    QTest::newRow("unknown option") << strings({"submit", "--colour", "red", "--to", "1", "@DOC"})
                                    << 2 << strings({"--colour", "unknown option"});
    QTest::newRow("unknown global option")
        << strings({"--verbose", "jobs"}) << 2 << strings({"--verbose", "unknown option"});
    QTest::newRow("flag with value")
        << strings({"jobs", "--all=yes"}) << 2 << strings({"--all", "takes no value"});
    QTest::newRow("unknown command")
        << strings({"frobnicate"}) << 2 << strings({"'frobnicate'", "unknown command"});
    QTest::newRow("unknown job id")
        << strings({"job", "999"}) << 1 << strings({"job 999", "no such job"});
    QTest::newRow("unknown job id, pause")
        << strings({"job", "999", "pause"}) << 1 << strings({"job 999", "no such job"});
    QTest::newRow("bad job id") << strings({"job", "seven"}) << 2
                                << strings({"'seven'", "not a job id"});
    QTest::newRow("bad job action")
        << strings({"job", "@ID", "shred"}) << 2 << strings({"'shred'", "pause"});
    QTest::newRow("remove a pending job")
        << strings({"job", "@ID", "remove"}) << 1 << strings({"job @ID", "cannot remove"});
    QTest::newRow("settings: bad key") << strings({"settings", "set", "colour=red"}) << 2
                                       << strings({"'colour'", "unknown setting"});
    QTest::newRow("settings: bad value") << strings({"settings", "set", "retries=lots"}) << 2
                                         << strings({"retries", "'lots'", "whole number"});
    QTest::newRow("settings: one bad of two")
        << strings({"settings", "set", "retries=5", "branding=maybe"}) << 2
        << strings({"branding", "'maybe'", "yes or no"});
    QTest::newRow("settings: no =")
        << strings({"settings", "set", "retries"}) << 2 << strings({"'retries'", "KEY=VALUE"});
    QTest::newRow("settings: bad time") << strings({"settings", "set", "discount-rate-end=7pm"})
                                        << 2 << strings({"discount-rate-end", "'7pm'", "HH:MM"});
    QTest::newRow("settings: unknown action")
        << strings({"settings", "reset"}) << 2 << strings({"'reset'"});
    QTest::newRow("port: bad key") << strings({"port", "p1", "set", "speed=9600"}) << 2
                                   << strings({"'speed'", "unknown setting"});
    QTest::newRow("port: bad value") << strings({"port", "p1", "set", "rings=99"}) << 2
                                     << strings({"port 'p1'", "rings", "99", "out of range"});
    QTest::newRow("port: read-only key")
        << strings({"port", "p1", "set", "model=X"}) << 2 << strings({"model", "read-only"});
    QTest::newRow("port: unknown port")
        << strings({"port", "nope", "set", "rings=2"}) << 1 << strings({"'nope'", "no such port"});
    QTest::newRow("port: remove unknown")
        << strings({"port", "nope", "remove"}) << 1 << strings({"'nope'", "no such port"});
    QTest::newRow("port: relative device")
        << strings({"port", "p2", "add", "ttyS1"}) << 2 << strings({"'ttyS1'", "absolute"});
    QTest::newRow("port: duplicate")
        << strings({"port", "p1", "add", "/dev/ttyS9"}) << 1 << strings({"'p1'"});
    QTest::newRow("port: add without device")
        << strings({"port", "p2", "add"}) << 2 << strings({"DEVICE"});
    QTest::newRow("bad server") << strings({"--server", "ftp://x", "jobs"}) << 2
                                << strings({"ftp://x"});
    QTest::newRow("serve a HylaFAX server")
        << strings({"--server", "hylafax://fax@127.0.0.1", "serve"}) << 1
        << strings({"hylafax://fax@127.0.0.1", "serve"});
}

void TestFaxctl::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);

    const QString fifo = m_tmp->filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString id = submitOne();
    QVERIFY(!id.isEmpty());
    QCOMPARE(faxctl({QStringLiteral("port"), QStringLiteral("p1"), QStringLiteral("add"),
                     QStringLiteral("/dev/ttyS0")})
                 .exitCode,
             0);
    const auto expand = [&](QStringList list) {
        for (QString &s : list) {
            s.replace(QStringLiteral("@DOC"), m_doc)
                .replace(QStringLiteral("@TMP"), m_tmp->path())
                .replace(QStringLiteral("@FIFO"), fifo)
                .replace(QStringLiteral("@ID"), id);
        }
        return list;
    };
    const QByteArray docBefore = readAll(m_doc);
    const QByteArray before = snapshot();

    for (const bool json : {false, true}) {
        const Run r =
            faxctl((json ? QStringList{QStringLiteral("--json")} : QStringList()) + expand(args));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(QStringLiteral("faxctl: ")), qPrintable(r.err));
        for (const QString &m : expand(mentions))
            QVERIFY2(r.err.contains(m),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(m, r.err)));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }
    QCOMPARE(snapshot(), before);
    QCOMPARE(readAll(m_doc), docBefore);
}

void TestFaxctl::unreadableDocumentByPermissions()
{
    if (::geteuid() == 0)
        QSKIP("root reads a file whatever its mode; badInput covers documents that fail for root");
    QFile::setPermissions(m_doc, QFileDevice::Permissions());
    const Run r =
        faxctl({QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("1"), m_doc});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(m_doc));
    QVERIFY(r.err.contains(QStringLiteral("cannot be read")));
    QCOMPARE(json({QStringLiteral("jobs"), QStringLiteral("--all")})
                 .value(QStringLiteral("jobs"))
                 .toArray()
                 .size(),
             0);
}

void TestFaxctl::corruptDatabase()
{
    QVERIFY(QDir().mkpath(m_data));
    const QString db = m_data + QStringLiteral("/queue.db");
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage += char((i * 7919 + 13) % 251);
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    for (const QStringList &args : {strings({"jobs"}), strings({"settings", "set", "retries=2"}),
                                    strings({"submit", "--to", "1", "@DOC"})}) {
        QStringList expanded = args;
        expanded.replaceInStrings(QStringLiteral("@DOC"), m_doc);
        const Run r = faxctl(expanded);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("queue.db")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("not a database")), qPrintable(r.err));
        QCOMPARE(readAll(db), garbage); // left as it was, for the user to inspect
    }
}

void TestFaxctl::unwritableSpool()
{
    const QString first = submitOne();
    QVERIFY(!first.isEmpty());
    // Replace the spool folder by a regular file.
    const QString spool = m_data + QStringLiteral("/spool");
    const QString aside = m_data + QStringLiteral("/spool.aside");
    QVERIFY(QDir().rename(spool, aside));
    {
        QFile f(spool);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("in the way\n");
    }
    const Run r =
        faxctl({QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("2"), m_doc});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(spool), qPrintable(r.err));
    QCOMPARE(readAll(spool), QByteArray("in the way\n"));

    // With the folder back, only the first job is there.
    QVERIFY(QFile::remove(spool));
    QVERIFY(QDir().rename(aside, spool));
    const QJsonArray jobs = json({QStringLiteral("jobs"), QStringLiteral("--all")})
                                .value(QStringLiteral("jobs"))
                                .toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(QString::number(jobs.at(0)[QStringLiteral("id")].toInteger()), first);
}

QTEST_GUILESS_MAIN(TestFaxctl)
#include "tst_faxctl.moc"
