// SPDX-License-Identifier: GPL-3.0-or-later
// HylafaxServer against a real HylaFAX server (Debian's hylafax-server: faxq and hfaxd on a
// spool of the test's own, tests/support/hylafaxserverfixture), without fax calls: logging in
// (and a wrong password), the listings, a submission with every JPARM as faxq stores it, job
// control, removal, live events from another client, a modem switched off and on, a received
// fax fetched, the job defaults, faxctl --server hylafax://..., and a server restart. Root only
// (faxq insists on it).
#include "hylafaxserverfixture.h"
#include "server/hylafaxserver.h"
#include "server/operationwait.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>

using namespace Fax;
using Fax::Test::HylafaxServerFixture;

namespace {

constexpr int WaitMs = 20000;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A PostScript document of one page.
QByteArray postScript(const QByteArray &text)
{
    return "%!PS-Adobe-3.0\n/Helvetica findfont 24 scalefont setfont\n72 720 moveto (" + text +
           ") show\nshowpage\n%%EOF\n";
}

} // namespace

class TestHylafaxServer final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HylafaxServer> open(const ConnectionSettings &settings)
    {
        HylafaxServer::Options o;
        o.settingsFile = m_dir.filePath(QStringLiteral("hylafax.ini"));
        o.downloadDirectory = m_dir.filePath(QStringLiteral("downloads"));
        o.dataDirectory = m_dir.filePath(QStringLiteral("data"));
        auto server = std::make_unique<HylafaxServer>(settings, o);
        const Result r = waitFor(server->connectToServer(), WaitMs);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? std::move(server) : nullptr;
    }

    QString document(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("doc-%1.ps").arg(++m_documents));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(postScript(text)) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir{QStringLiteral("/tmp/hylafaxserver-XXXXXX")};
    HylafaxServerFixture m_hylafax;
    int m_documents = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const QString unavailable = HylafaxServerFixture::unavailableReason();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_hylafax.startWithIdleModems(m_dir.path(), {QStringLiteral("fake0")}, &error),
                 qPrintable(error));
    }

    void connectsAndLists()
    {
        auto server = open(m_hylafax.adminSettings());
        QVERIFY(server);
        QCOMPARE(server->state(), ConnectionState::Connected);
        QVERIFY(server->isAdministrator());
        const ServerCapabilities caps = server->capabilities();
        QVERIFY(caps.can(ServerCapabilities::Feature::Submit));
        QVERIFY(caps.can(ServerCapabilities::Feature::ConfigurePorts));
        QVERIFY(!caps.can(ServerCapabilities::Feature::AddPorts));
        QVERIFY(!caps.canRunJobCommand(JobCommand::Restart));
        QVERIFY(caps.canChangePortSetting(QStringLiteral("send-enabled")));
        QVERIFY(!caps.canChangePortSetting(QStringLiteral("rings")));
        QVERIFY(!caps.canChangeSetting(QStringLiteral("dialing.area-code")));
        QVERIFY(caps.canChangeSetting(QStringLiteral("retries")));
        QCOMPARE(server->ports().size(), 1);
        QCOMPARE(server->ports().at(0).name, QStringLiteral("fake0"));
        QCOMPARE(server->ports().at(0).state, PortState::Idle); // as its status file says
        QCOMPARE(server->ports().at(0).csid, QStringLiteral("+1 555 0150"));
        QTRY_VERIFY_WITH_TIMEOUT(server->hasLiveEvents(), WaitMs);

        // A user without administrator rights may not switch modems.
        auto user = open(m_hylafax.userSettings());
        QVERIFY(user);
        QVERIFY(!user->isAdministrator());
        QVERIFY(!user->capabilities().can(ServerCapabilities::Feature::ConfigurePorts));
    }

    void wrongPasswordFailsClearly()
    {
        ConnectionSettings s = m_hylafax.adminSettings();
        s.password = QStringLiteral("wrong");
        HylafaxServer server(s);
        QSignalSpy errors(&server, &FaxServer::errorOccurred);
        QElapsedTimer timer;
        timer.start();
        const Result r = waitFor(server.connectToServer(), WaitMs);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotPermitted);
        QVERIFY2(r.error().message.contains(QStringLiteral("alice")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("530")), qPrintable(r.error().message));
        QCOMPARE(server.state(), ConnectionState::Disconnected);
        QCOMPARE(errors.count(), 1);
        QVERIFY(timer.elapsed() < 15000);
    }

    void submitsWithEveryParameter()
    {
        auto server = open(m_hylafax.adminSettings());
        QVERIFY(server);
        QSignalSpy added(server.get(), &FaxServer::jobAdded);
        FaxDocument doc;
        doc.files << document("page one") << document("page two");
        Party carol;
        carol.name = QStringLiteral("Carol \"C\" Smith");
        carol.company = QStringLiteral("Smith & Co");
        carol.faxNumber = QStringLiteral("+1 (555) 010-0");
        Party dave;
        dave.name = QStringLiteral("Dave");
        dave.faxNumber = QStringLiteral("5550101");
        doc.recipients = {carol, dave};
        doc.subject = QStringLiteral("Quarterly report");
        doc.note = QStringLiteral("Two lines\nof note");
        doc.sender.name = QStringLiteral("Bob Sender");
        doc.sender.company = QStringLiteral("ACME");
        doc.priority = Priority::High;
        doc.notifyOnCompletion = true;
        doc.notifyAddress = QStringLiteral("bob@example.org");
        SubmitOperation *op = server->submit(doc);
        QList<JobId> ids;
        JobId group = 0;
        connect(op, &FaxOperation::succeeded, this, [&] {
            ids = op->jobIds();
            group = op->groupId();
        });
        const Expected<QList<JobId>> r = waitFor(op, WaitMs);
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(*r, ids);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(group, ids.at(0));
        QCOMPARE(added.count(), 2);
        for (int i = 0; i < 2; ++i) {
            const std::optional<Job> job = server->job(ids.at(i));
            QVERIFY(job);
            QCOMPARE(job->groupId, group);
            QCOMPARE(job->queueStatus, QueueStatus::Pending);
            QCOMPARE(job->recipientNumber, doc.recipients.at(i).faxNumber);
            QCOMPARE(job->recipientName, doc.recipients.at(i).name);
            QCOMPARE(job->subject, doc.subject);
            QCOMPARE(job->senderName, doc.sender.name);
            QCOMPARE(job->senderCompany, doc.sender.company);
            QCOMPARE(job->priority, Priority::High);
            QCOMPARE(job->owner, QStringLiteral("alice"));
            QCOMPARE(job->size, QFileInfo(doc.files.at(0)).size() * 2);
        }
        // faxq stores what the client said.
        const QByteArray q = readAll(m_hylafax.jobFile(ids.at(0)));
        QVERIFY2(q.contains("number:+15550100\n"), q.constData());
        QVERIFY(q.contains("external:+1 (555) 010-0\n"));
        QVERIFY(q.contains("receiver:Carol \"C\" Smith\n"));
        QVERIFY(q.contains("company:Smith & Co\n"));
        QVERIFY(q.contains("regarding:Quarterly report\n"));
        QVERIFY(q.contains("comments:Two lines of note\n"));
        QVERIFY(q.contains("fromcompany:ACME\n"));
        QVERIFY(q.contains("mailaddr:bob@example.org\n"));
        QVERIFY(q.contains("notify:when done\n") || q.contains("notify:done\n"));
        QVERIFY(q.contains("maxdials:4\n"));
        QVERIFY(q.contains("resolution:196\n"));
        QVERIFY(q.contains("usrpri:63\n") || q.contains("schedpri:63\n"));
        QCOMPARE(q.count("postscript:") + q.count("!postscript:"), 2);
        QVERIFY(readAll(m_hylafax.jobFile(ids.at(1))).contains("receiver:Dave\n"));

        // Pause, resume, cancel, remove: each reaches the server and the cache says so once.
        const JobId id = ids.at(1);
        QSignalSpy changed(server.get(), &FaxServer::jobChanged);
        QVERIFY(waitFor(server->jobCommand(id, JobCommand::Pause), WaitMs));
        QCOMPARE(server->job(id)->queueStatus, QueueStatus::Paused);
        QVERIFY(readAll(m_hylafax.jobFile(id)).contains("state:1\n"));
        QVERIFY(waitFor(server->jobCommand(id, JobCommand::Resume), WaitMs));
        QCOMPARE(server->job(id)->queueStatus, QueueStatus::Pending);
        QVERIFY(waitFor(server->jobCommand(id, JobCommand::Cancel), WaitMs));
        QCOMPARE(server->job(id)->queueStatus, QueueStatus::Canceled);
        QCOMPARE(changed.count(), 3);
        const Result restart = waitFor(server->jobCommand(id, JobCommand::Restart), WaitMs);
        QCOMPARE(restart.error().kind, Error::Kind::Unsupported);
        QSignalSpy removed(server.get(), &FaxServer::jobRemoved);
        QVERIFY(waitFor(server->removeJob(id), WaitMs));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!server->job(id));
        QTRY_VERIFY(m_hylafax.jobFile(id).isEmpty());
        // Nothing more is told of them once the server's events have settled.
        QTest::qWait(1500);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(removed.count(), 1);
    }

    void eventsFromAnotherClientArriveWithinASecond()
    {
        auto watcher = open(m_hylafax.adminSettings());
        QVERIFY(watcher);
        QTRY_VERIFY_WITH_TIMEOUT(watcher->hasLiveEvents(), WaitMs);
        QSignalSpy added(watcher.get(), &FaxServer::jobAdded);
        auto other = open(m_hylafax.userSettings());
        QVERIFY(other);
        FaxDocument doc;
        doc.files << document("from bob");
        Party p;
        p.faxNumber = QStringLiteral("5550199");
        doc.recipients << p;
        SubmitOperation *op = other->submit(doc);
        QList<JobId> ids;
        connect(op, &FaxOperation::succeeded, this, [&] { ids = op->jobIds(); });
        QVERIFY(waitFor(op, WaitMs));
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(watcher->job(ids.value(0)).has_value(), 5000);
        qInfo("another client's job reached this one's cache %lld ms after its submission ended",
              timer.elapsed());
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(watcher->job(ids.at(0))->owner, QStringLiteral("bob"));
        // What bob does to his job reaches alice's console as well.
        QVERIFY(waitFor(other->jobCommand(ids.at(0), JobCommand::Cancel), WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(watcher->job(ids.at(0))->queueStatus, QueueStatus::Canceled,
                                  5000);
    }

    void modemsSwitchedOffAndOn()
    {
        auto server = open(m_hylafax.adminSettings());
        QVERIFY(server);
        Port port = server->ports().value(0);
        QCOMPARE(port.name, QStringLiteral("fake0"));
        QVERIFY(port.sendEnabled);
        port.sendEnabled = false;
        QVERIFY(waitFor(server->updatePort(port), WaitMs));
        QVERIFY(!server->ports().at(0).sendEnabled);
        port.rings = 5;
        const Result rings = waitFor(server->updatePort(port), WaitMs);
        QCOMPARE(rings.error().kind, Error::Kind::Unsupported);
        QVERIFY(rings.error().message.contains(QStringLiteral("rings")));
        port.rings = server->ports().at(0).rings;
        port.sendEnabled = true;
        QVERIFY(waitFor(server->updatePort(port), WaitMs));
        QVERIFY(server->ports().at(0).sendEnabled);

        auto user = open(m_hylafax.userSettings());
        QVERIFY(user);
        port.sendEnabled = false;
        const Result denied = waitFor(user->updatePort(port), WaitMs);
        QCOMPARE(denied.error().kind, Error::Kind::Unsupported);
        QVERIFY(denied.error().message.contains(QStringLiteral("administrator")));
    }

    void receivedFaxIsFetched()
    {
        auto server = open(m_hylafax.adminSettings());
        QVERIFY(server);
        QSignalSpy faxes(server.get(), &FaxServer::receivedFaxAdded);
        // A fax as faxgetty leaves it in recvq.
        const QString file = m_hylafax.spool() + QStringLiteral("/recvq/fax00001.tif");
        QVERIFY(QFile::copy(QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif"), file));
        ::chmod(QFile::encodeName(file).constData(), 0644);
        const passwd *faxUser = ::getpwnam("uucp");
        QVERIFY(faxUser && ::chown(QFile::encodeName(file).constData(), faxUser->pw_uid,
                                   faxUser->pw_gid) == 0);
        server->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(faxes.count(), 1, WaitMs);
        const ReceivedFax fax = faxes.at(0).at(0).value<ReceivedFax>();
        QCOMPARE(fax.id, qint64(1));
        QCOMPARE(fax.pages, 1);
        const Expected<QString> local = waitFor(server->fetchReceivedFax(1), WaitMs);
        QVERIFY2(local, qPrintable(local.error().message));
        QCOMPARE(readAll(*local), readAll(file));
        const Expected<QString> missing = waitFor(server->fetchReceivedFax(2), WaitMs);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void jobDefaultsAreKeptHere()
    {
        auto server = open(m_hylafax.adminSettings());
        QVERIFY(server);
        ServerSettings s = server->settings();
        s.retries = 5;
        s.retryDelay = 15;
        s.archiveOutboundFaxes = true;
        QVERIFY(waitFor(server->setSettings(s), WaitMs));
        ServerSettings tooLong = s;
        tooLong.retryDelay = 90;
        const Result r = waitFor(server->setSettings(tooLong), WaitMs);
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        ServerSettings dialing = s;
        dialing.dialing.areaCode = QStringLiteral("30");
        const Result denied = waitFor(server->setSettings(dialing), WaitMs);
        QCOMPARE(denied.error().kind, Error::Kind::Unsupported);
        QVERIFY(denied.error().message.contains(QStringLiteral("dialrules")));

        auto again = open(m_hylafax.adminSettings());
        QVERIFY(again);
        QCOMPARE(again->settings().retries, 5);
        QCOMPARE(again->settings().retryDelay, 15);
        // And they go with the next job.
        FaxDocument doc;
        doc.files << document("defaults");
        Party p;
        p.faxNumber = QStringLiteral("5550102");
        doc.recipients << p;
        SubmitOperation *op = again->submit(doc);
        QList<JobId> ids;
        connect(op, &FaxOperation::succeeded, this, [&] { ids = op->jobIds(); });
        QVERIFY(waitFor(op, WaitMs));
        const QByteArray q = readAll(m_hylafax.jobFile(ids.value(0)));
        QVERIFY2(q.contains("maxdials:6\n"), q.constData());
        QVERIFY(q.contains("retrytime:900\n"));
        QVERIFY(q.contains("doneop:archive\n"));
    }

    void faxctlWorksRemotely()
    {
        const QString url = QStringLiteral("hylafax://%1@127.0.0.1:%2")
                                .arg(QLatin1String(HylafaxServerFixture::AdminUser))
                                .arg(m_hylafax.port());
        const auto faxctl = [&url](const QStringList &args, const QString &password) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("FAXCONSOLE_PASSWORD"), password);
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keyring to ask
            p.setProcessEnvironment(env);
            p.setStandardInputFile(QProcess::nullDevice()); // no terminal to prompt on
            p.start(QStringLiteral(FAXCTL_PATH),
                    QStringList{QStringLiteral("--server"), url} + args);
            if (!p.waitForFinished(WaitMs))
                p.kill();
            return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                                   QString::fromUtf8(p.readAllStandardError()));
        };
        const QString password = QLatin1String(HylafaxServerFixture::AdminPassword);
        auto [code, out, err] = faxctl({QStringLiteral("submit"), QStringLiteral("--to"),
                                        QStringLiteral("5550104"), document("from faxctl")},
                                       password);
        QVERIFY2(code == 0, qPrintable(err));
        const qint64 id = out.trimmed().toLongLong();
        QVERIFY2(id > 0, qPrintable(out));
        QVERIFY(!m_hylafax.jobFile(id).isEmpty());
        std::tie(code, out, err) = faxctl({QStringLiteral("jobs")}, password);
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(out.contains(QString::number(id)), qPrintable(out));
        std::tie(code, out, err) = faxctl(
            {QStringLiteral("job"), QString::number(id), QStringLiteral("cancel")}, password);
        QVERIFY2(code == 0, qPrintable(err));
        std::tie(code, out, err) = faxctl({QStringLiteral("ports")}, password);
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("fake0")), qPrintable(out));
        // A wrong password: exit status 1 and a message that names the server and the refusal.
        std::tie(code, out, err) = faxctl({QStringLiteral("jobs")}, QStringLiteral("wrong"));
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QStringLiteral("530")) && err.contains(url), qPrintable(err));
        // A command of the local engine alone is refused before it starts.
        std::tie(code, out, err) = faxctl({QStringLiteral("serve")}, password);
        QCOMPARE(code, 1);
    }

    void serverRestartIsSurvived()
    {
        auto server = open(m_hylafax.adminSettings());
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(server->hasLiveEvents(), WaitMs);
        const qsizetype jobs = server->jobs().size();
        QSignalSpy states(server.get(), &FaxServer::stateChanged);
        QSignalSpy connectedAgain(server.get(), &FaxServer::connected);
        QString error;
        QVERIFY2(m_hylafax.restartHfaxd(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(connectedAgain.count(), 1, 60000);
        QCOMPARE(server->state(), ConnectionState::Connected);
        QVERIFY(states.count() >= 2);
        QCOMPARE(states.at(0).at(0).value<ConnectionState>(), ConnectionState::Connecting);
        QCOMPARE(server->jobs().size(), jobs);
        QTRY_VERIFY_WITH_TIMEOUT(server->hasLiveEvents(), WaitMs);
        // It works as before.
        FaxDocument doc;
        doc.files << document("after the restart");
        Party p;
        p.faxNumber = QStringLiteral("5550103");
        doc.recipients << p;
        QVERIFY(waitFor(server->submit(doc), WaitMs));
        QCOMPARE(server->jobs().size(), jobs + 1);
    }

    void cleanupTestCase() { m_hylafax.stop(); }
};

QTEST_MAIN(TestHylafaxServer)
#include "tst_hylafaxserver.moc"
