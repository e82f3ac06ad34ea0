// SPDX-License-Identifier: GPL-3.0-or-later
// Print-to-fax through a real cupsd: the fixture starts one on loopback with a configuration
// folder of its own (its backend folder holds the faxconsole backend, its filters are the
// system's), 'faxctl printer install' makes the "Fax" queue there, and two ordinary users print
// with lp. What each user's console sees is a PrintInbox in this test program run as that user
// (--inbox-helper). Needs root (users, cupsd, a backend that acts for users).
#include "printing/printinbox.h"
#include "processrun.h"

#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

using namespace Fax;
using Fax::Test::ProcessRun;
using Fax::Test::RunningProcess;

namespace {

const QString userOne = QStringLiteral("faxprint1");
const QString userTwo = QStringLiteral("faxprint2");

/// The inbox helper: a PrintInbox of the user it runs as, saying what arrives on stdout.
int runInboxHelper(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    PrintInbox inbox;
    QObject::connect(&inbox, &PrintInbox::documentArrived,
                     [](const QString &path, const QString &title) {
                         std::printf("ARRIVED\t%s\t%s\n", qPrintable(path), qPrintable(title));
                         std::fflush(stdout);
                     });
    if (const Result r = inbox.start(); !r) {
        std::printf("REFUSED %s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("LISTENING %d\n", inbox.isListening() ? 1 : 0);
    std::fflush(stdout);
    return app.exec();
}

QString homeOf(const QString &user)
{
    const passwd *pw = ::getpwnam(user.toLocal8Bit().constData());
    return pw ? QFile::decodeName(pw->pw_dir) : QString();
}

QString inboxOf(const QString &user)
{
    return homeOf(user) + QStringLiteral("/.local/share/faxconsole/printed");
}

QStringList pdfsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
}

} // namespace

class TestPrintFax final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void printReachesTheRunningConsole();
    void anotherUsersPrintNeverReachesTheConsole();
    void documentWaitsForTheNextStart();
    void brokenDocumentsFailTheJob();
    void symlinkedInboxIsRefused();
    void printerStatusAndRemove();
    void printerCommandsNameTheirErrors();

private:
    QProcessEnvironment cupsEnvironment() const;
    ProcessRun cups(const QString &tool, const QStringList &args, const QString &asUser = {});
    /// Prints file as user; returns the job id (0 on failure).
    int print(const QString &user, const QString &file, const QString &title,
              const QStringList &options = {});
    /// Waits until job has completed (or aborted); its status line as lpstat shows it.
    bool waitForJob(int job, QString *status);
    /// cupsd's error log (what the backend said on stderr is in it, by job).
    QString log() const;
    /// Its end, for failure messages.
    QString logTail() const { return log().right(3000); }
    std::unique_ptr<RunningProcess> startConsole(const QString &user);

    QTemporaryDir m_dir;
    QStringList m_madeUsers; ///< users this run created (removed at its end)
    QString m_root;
    quint16 m_port = 0;
    RunningProcess m_cupsd;
    QString m_twoPages;
};

QProcessEnvironment TestPrintFax::cupsEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), QStringLiteral("127.0.0.1:%1").arg(m_port));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

ProcessRun TestPrintFax::cups(const QString &tool, const QStringList &args, const QString &asUser)
{
    if (asUser.isEmpty())
        return Fax::Test::runProcess(tool, args, cupsEnvironment(), 30000);
    // setpriv execs the tool as the user (no session, no password), as a user's program runs.
    return Fax::Test::runProcess(QStringLiteral("setpriv"),
                                 QStringList{QStringLiteral("--reuid=") + asUser,
                                             QStringLiteral("--regid=") + asUser,
                                             QStringLiteral("--init-groups"), tool} +
                                     args,
                                 cupsEnvironment(), 30000);
}

void TestPrintFax::initTestCase()
{
    if (::getuid() != 0)
        QSKIP("needs root: it creates two users, runs cupsd and a backend that acts for users");
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/sbin/cupsd")) &&
                 QFileInfo::exists(QStringLiteral("/usr/lib/cups/filter/pdftopdf")),
             "CUPS is not installed: scripts/deps.sh test installs cups-daemon, cups-client and "
             "cups-filters");
    for (const QString &user : {userOne, userTwo}) {
        if (homeOf(user).isEmpty()) {
            const ProcessRun r =
                Fax::Test::runProcess(QStringLiteral("useradd"),
                                      {QStringLiteral("--create-home"), QStringLiteral("--shell"),
                                       QStringLiteral("/bin/sh"), user},
                                      QProcessEnvironment::systemEnvironment(), 30000);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            m_madeUsers << user;
        }
    }

    // cupsd's folders. Its filters run as lp: the folder must be open to it.
    QVERIFY(m_dir.isValid());
    m_root = m_dir.path();
    ::chmod(QFile::encodeName(m_root).constData(), 0755);
    QDir root(m_root);
    for (const char *sub : {"bin/backend", "spool/tmp", "cache", "log", "state", "conf"})
        QVERIFY(root.mkpath(QLatin1String(sub)));
    for (const char *sub : {"filter", "daemon", "notifier", "driver"})
        QVERIFY(QFile::link(QStringLiteral("/usr/lib/cups/") + QLatin1String(sub),
                            m_root + QStringLiteral("/bin/") + QLatin1String(sub)));
    // The backend as cmake --install puts it: root's, mode 0700 (CUPS runs it as root).
    const QString backend = m_root + QStringLiteral("/bin/backend/faxconsole");
    QVERIFY(QFile::copy(QStringLiteral(FAX_CUPS_BACKEND_PATH), backend));
    QVERIFY(QFile::setPermissions(backend, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_port = probe.serverPort();
    probe.close();
    const auto write = [](const QString &path, const QString &text) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
    };
    // No authentication on loopback: the test's own cupsd, its own port.
    QVERIFY(write(m_root + QStringLiteral("/conf/cupsd.conf"),
                  QStringLiteral("Listen 127.0.0.1:%1\nLogLevel debug\nWebInterface no\n"
                                 "Browsing No\nDefaultAuthType None\n"
                                 "<Location />\nOrder allow,deny\nAllow 127.0.0.1\n</Location>\n"
                                 "<Policy default>\n<Limit All>\nOrder deny,allow\n</Limit>\n"
                                 "</Policy>\n")
                      .arg(m_port)));
    QVERIFY(
        write(m_root + QStringLiteral("/conf/cups-files.conf"),
              QStringLiteral("ServerBin %1/bin\nServerRoot %1/conf\nDataDir /usr/share/cups\n"
                             "RequestRoot %1/spool\nTempDir %1/spool/tmp\nCacheDir %1/cache\n"
                             "StateDir %1/state\nAccessLog %1/log/access_log\n"
                             "ErrorLog %1/log/error_log\nPageLog %1/log/page_log\n"
                             "Printcap %1/state/printcap\nUser lp\nGroup lp\nSystemGroup root\n")
                  .arg(m_root)));
    m_cupsd.process.setWorkingDirectory(m_root);
    m_cupsd.process.start(QStringLiteral("/usr/sbin/cupsd"),
                          {QStringLiteral("-f"), QStringLiteral("-c"),
                           m_root + QStringLiteral("/conf/cupsd.conf"), QStringLiteral("-s"),
                           m_root + QStringLiteral("/conf/cups-files.conf")});
    QVERIFY(m_cupsd.process.waitForStarted());
    QTRY_VERIFY2_WITH_TIMEOUT(cups(QStringLiteral("lpstat"), {QStringLiteral("-r")})
                                  .out.contains(QLatin1String("is running")),
                              qPrintable(logTail()), 20000);

    const ProcessRun install =
        cups(QStringLiteral(FAXCTL_PATH), {QStringLiteral("printer"), QStringLiteral("install")});
    QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));

    // A two-page document the users can read.
    m_twoPages = m_root + QStringLiteral("/two-pages.pdf");
    {
        QPdfWriter writer(m_twoPages);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.drawText(QPointF(500, 500), QStringLiteral("Page one"));
        writer.newPage();
        painter.drawText(QPointF(500, 500), QStringLiteral("Page two"));
    }
    ::chmod(QFile::encodeName(m_twoPages).constData(), 0644);
}

void TestPrintFax::init()
{
    // Each case starts with empty inboxes.
    for (const QString &user : {userOne, userTwo})
        QDir(homeOf(user) + QStringLiteral("/.local/share/faxconsole")).removeRecursively();
}

void TestPrintFax::cleanupTestCase()
{
    if (m_cupsd.process.state() != QProcess::NotRunning) {
        cups(QStringLiteral(FAXCTL_PATH), {QStringLiteral("printer"), QStringLiteral("remove")});
        m_cupsd.stop();
    }
    // The machine as the test found it: the users it made go, with their homes.
    for (const QString &user : std::as_const(m_madeUsers)) {
        const ProcessRun r = Fax::Test::runProcess(
            QStringLiteral("userdel"), {QStringLiteral("--remove"), user},
            QProcessEnvironment::systemEnvironment(), 30000);
        if (r.exitCode != 0)
            qWarning("userdel %s: %s", qPrintable(user), qPrintable(r.err));
    }
}

QString TestPrintFax::log() const
{
    QFile f(m_root + QStringLiteral("/log/error_log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

int TestPrintFax::print(const QString &user, const QString &file, const QString &title,
                        const QStringList &options)
{
    QStringList args{QStringLiteral("-d"), QStringLiteral("Fax"), QStringLiteral("-t"), title};
    for (const QString &o : options)
        args << QStringLiteral("-o") << o;
    args << file;
    const ProcessRun r = cups(QStringLiteral("lp"), args, user);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("request id is Fax-(\\d+)")).match(r.out);
    if (!m.hasMatch())
        qWarning() << "lp failed:" << r.exitCode << r.out << r.err;
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool TestPrintFax::waitForJob(int job, QString *status)
{
    const QString id = QStringLiteral("Fax-%1 ").arg(job);
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        const ProcessRun r =
            cups(QStringLiteral("lpstat"),
                 {QStringLiteral("-W"), QStringLiteral("completed"), QStringLiteral("-l"),
                  QStringLiteral("-o"), QStringLiteral("Fax")});
        const int at = r.out.indexOf(id);
        if (at >= 0) {
            const int statusAt = r.out.indexOf(QStringLiteral("Status:"), at);
            *status =
                r.out.mid(statusAt + 7, r.out.indexOf(QLatin1Char('\n'), statusAt) - statusAt - 7)
                    .trimmed();
            return true;
        }
        // Not done yet: CUPS runs the filters and the backend.
        QTest::qWait(100);
    }
    return false;
}

std::unique_ptr<RunningProcess> TestPrintFax::startConsole(const QString &user)
{
    auto console = std::make_unique<RunningProcess>();
    console->process.start(QStringLiteral("setpriv"),
                           {QStringLiteral("--reuid=") + user, QStringLiteral("--regid=") + user,
                            QStringLiteral("--init-groups"),
                            QCoreApplication::applicationFilePath(),
                            QStringLiteral("--inbox-helper")});
    return console;
}

void TestPrintFax::printReachesTheRunningConsole()
{
    const auto console = startConsole(userOne);
    QVERIFY2(console->waitFor("LISTENING 1", false, 20000), qPrintable(console->describe()));
    const int job = print(userOne, m_twoPages, QStringLiteral("Quarterly report"));
    QVERIFY(job > 0);
    QVERIFY2(console->waitFor("ARRIVED", false, 30000),
             qPrintable(console->describe() + logTail()));
    QString status;
    QVERIFY(waitForJob(job, &status));
    const QStringList arrived =
        QString::fromUtf8(console->out).split(QLatin1Char('\n')).filter(QStringLiteral("ARRIVED"));
    QCOMPARE(arrived.size(), 1);
    const QStringList fields = arrived.constFirst().split(QLatin1Char('\t'));
    QCOMPARE(fields.value(2), QStringLiteral("Quarterly report"));
    const QString path = fields.value(1);
    QVERIFY2(path.startsWith(inboxOf(userOne) + QLatin1Char('/')), qPrintable(path));
    // The user's own file, private, with the pages printed.
    struct stat st = {};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_uid, ::getpwnam(userOne.toLocal8Bit().constData())->pw_uid);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QCOMPARE(pdf.pageCount(), 2);
    QVERIFY(pdfsIn(inboxOf(userTwo)).isEmpty());
    QVERIFY2(log().contains(QStringLiteral("] Handed to faxprint1")), qPrintable(logTail()));
}

void TestPrintFax::anotherUsersPrintNeverReachesTheConsole()
{
    const auto console = startConsole(userOne);
    QVERIFY2(console->waitFor("LISTENING 1", false, 20000), qPrintable(console->describe()));
    const int other = print(userTwo, m_twoPages, QStringLiteral("Not for you"));
    QVERIFY(other > 0);
    QString status;
    QVERIFY(waitForJob(other, &status));
    // User two has no console: the document waits in user two's inbox, nowhere else.
    QCOMPARE(pdfsIn(inboxOf(userTwo)).size(), 1);
    QVERIFY(pdfsIn(inboxOf(userOne)).isEmpty());
    // User one's next print arrives, and only it: user two's never came.
    const int own = print(userOne, m_twoPages, QStringLiteral("Mine"));
    QVERIFY(own > 0);
    QVERIFY2(console->waitFor("\tMine\n", false, 30000),
             qPrintable(console->describe() + logTail()));
    QVERIFY(!console->out.contains("Not for you"));
    QCOMPARE(QString::fromUtf8(console->out).count(QStringLiteral("ARRIVED")), 1);
}

void TestPrintFax::documentWaitsForTheNextStart()
{
    const int job = print(userOne, m_twoPages, QStringLiteral("Printed while away"));
    QVERIFY(job > 0);
    QString status;
    QVERIFY(waitForJob(job, &status));
    QCOMPARE(pdfsIn(inboxOf(userOne)).size(), 1);
    QVERIFY2(log().contains(QStringLiteral("] Kept for faxprint1")), qPrintable(logTail()));
    // The console starts later and finds it.
    const auto console = startConsole(userOne);
    QVERIFY2(console->waitFor("\tPrinted while away\n", false, 20000),
             qPrintable(console->describe()));
}

void TestPrintFax::brokenDocumentsFailTheJob()
{
    // Not a whole PDF: through CUPS' filters (which give up, so the backend gets nothing), and
    // raw (the backend's own check).
    const QString fake = m_root + QStringLiteral("/fake.pdf");
    QVERIFY(QFile::copy(QStringLiteral(FAX_TESTDATA_DIR "/broken/fake.pdf"), fake));
    ::chmod(QFile::encodeName(fake).constData(), 0644);
    QString status;
    const int filtered = print(userOne, fake, QStringLiteral("Broken"));
    QVERIFY(filtered > 0);
    QVERIFY(waitForJob(filtered, &status));
    QVERIFY2(!status.isEmpty(), qPrintable(logTail()));
    QVERIFY2(log().contains(QStringLiteral("[Job %1] the printed document is empty").arg(filtered)),
             qPrintable(logTail()));
    QVERIFY2(log().contains(QStringLiteral("[Job %1] Job aborted").arg(filtered)),
             qPrintable(logTail()));
    const int raw = print(userOne, fake, QStringLiteral("Broken raw"), {QStringLiteral("raw")});
    QVERIFY(raw > 0);
    QVERIFY(waitForJob(raw, &status));
    QVERIFY2(status.contains(QStringLiteral("the printed PDF document is cut short")),
             qPrintable(status));
    // Nothing was handed over, not even in part.
    QVERIFY(!QFileInfo::exists(inboxOf(userOne)) ||
            QDir(inboxOf(userOne)).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestPrintFax::symlinkedInboxIsRefused()
{
    // User one's inbox made a link to user two's: the backend refuses instead of writing there.
    const uid_t one = ::getpwnam(userOne.toLocal8Bit().constData())->pw_uid;
    const QString parent = homeOf(userOne) + QStringLiteral("/.local/share/faxconsole");
    QVERIFY(QDir().mkpath(parent));
    for (QString dir = parent; dir != homeOf(userOne); dir = QFileInfo(dir).path())
        QCOMPARE(::chown(QFile::encodeName(dir).constData(), one, one), 0);
    QVERIFY(QDir().mkpath(inboxOf(userTwo)));
    QVERIFY(QFile::link(inboxOf(userTwo), inboxOf(userOne)));
    QString status;
    const int job = print(userOne, m_twoPages, QStringLiteral("Redirected"));
    QVERIFY(job > 0);
    QVERIFY(waitForJob(job, &status));
    QVERIFY2(status.contains(QStringLiteral("symbolic link")), qPrintable(status));
    QVERIFY(pdfsIn(inboxOf(userTwo)).isEmpty());
}

void TestPrintFax::printerStatusAndRemove()
{
    ProcessRun r =
        cups(QStringLiteral(FAXCTL_PATH), {QStringLiteral("printer"), QStringLiteral("status")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("device faxconsole:/")));
    r = cups(QStringLiteral(FAXCTL_PATH), {QStringLiteral("printer"), QStringLiteral("remove")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cups(QStringLiteral(FAXCTL_PATH), {QStringLiteral("printer"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("There is no printer \"Fax\"")), qPrintable(r.err));
    // And back, for any case that runs after this one.
    r = cups(QStringLiteral(FAXCTL_PATH), {QStringLiteral("printer"), QStringLiteral("install")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestPrintFax::printerCommandsNameTheirErrors()
{
    // No cupsd on that port.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closed = probe.serverPort();
    probe.close();
    QProcessEnvironment env = cupsEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), QStringLiteral("127.0.0.1:%1").arg(closed));
    ProcessRun r =
        Fax::Test::runProcess(QStringLiteral(FAXCTL_PATH),
                              {QStringLiteral("printer"), QStringLiteral("install")}, env, 60000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot create the printer \"Fax\": CUPS is not "
                                           "running or not reachable")),
             qPrintable(r.err));
    r = cups(QStringLiteral(FAXCTL_PATH), {QStringLiteral("printer"), QStringLiteral("reinstall")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("unknown action 'reinstall'")), qPrintable(r.err));
}

int main(int argc, char **argv)
{
    if (argc == 2 && qstrcmp(argv[1], "--inbox-helper") == 0)
        return runInboxHelper(argc, argv);
    QGuiApplication app(argc, argv);
    TestPrintFax test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_printfax.moc"
