// SPDX-License-Identifier: GPL-3.0-or-later
#include "hylafaxserverfixture.h"

#include "hylafaxpeer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <crypt.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Fax::Test {

namespace {

constexpr const char *FaxUser = "uucp";
/// Where Debian's hylafax-server keeps what a spool needs (scripts, modem config prototypes).
const QString SystemSpool = QStringLiteral("/var/spool/hylafax");
const QString SystemConfig = QStringLiteral("/etc/hylafax");

QString program(const char *name)
{
    return QStandardPaths::findExecutable(
        QLatin1String(name),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
}

QString libexec(const char *name)
{
    return QStandardPaths::findExecutable(
        QLatin1String(name),
        {QStringLiteral("/usr/lib/hylafax/bin"), QStringLiteral("/usr/libexec/hylafax/bin")});
}

/// A port for hfaxd whose neighbour below is free as well: hfaxd makes its active data
/// connections (PORT, the trigger event streams) from its own port - 1, as FTP from 20, and
/// waits 1 + 2 + ... + 6 s for that port while something holds it. Both are taken outside the
/// range the system hands out to outgoing connections, so that none made meanwhile takes them;
/// 0 when no such pair is found.
quint16 freePortPair()
{
    int low = 32768;
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (range.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> bounds = range.readAll().simplified().split(' ');
        if (!bounds.isEmpty() && bounds.first().toInt() > 0)
            low = bounds.first().toInt();
    }
    constexpr int First = 10000;
    if (low - First < 100)
        return 0;
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = quint16(First + 1 + QRandomGenerator::global()->bounded(low - First - 1));
        QTcpServer data, control;
        if (data.listen(QHostAddress::LocalHost, port - 1) &&
            control.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QByteArray cryptPassword(const char *password)
{
    // MD5 crypt: glibc's crypt() and hfaxd's check agree on it.
    QByteArray salt = "$1$" + QByteArray::number(qint64(::getpid()) * 7919 + 1, 36).left(8) + '$';
    const char *hashed = ::crypt(password, salt.constData());
    return hashed ? QByteArray(hashed) : QByteArray();
}

/// Waits with the event loop running.
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

HylafaxServerFixture::HylafaxServerFixture() = default;

HylafaxServerFixture::~HylafaxServerFixture()
{
    stop();
}

QString HylafaxServerFixture::unavailableReason()
{
    if (program("faxq").isEmpty() || program("hfaxd").isEmpty())
        return QStringLiteral("faxq/hfaxd not found: install the Debian package hylafax-server");
    if (!QFileInfo(SystemSpool + QStringLiteral("/bin")).isDir())
        return QStringLiteral("%1/bin is missing: hylafax-server is not installed whole")
            .arg(SystemSpool);
    if (::geteuid() != 0)
        return QStringLiteral("HylaFAX's faxq and faxgetty only run as root, and this process "
                              "does not");
    if (!::getpwnam(FaxUser))
        return QStringLiteral("no user %1 for HylaFAX to work as").arg(QLatin1String(FaxUser));
    return QString();
}

bool HylafaxServerFixture::giveToFaxUser(const QString &path, QString *error)
{
    const passwd *fax = ::getpwnam(FaxUser);
    if (!fax || ::chown(QFile::encodeName(path).constData(), fax->pw_uid, fax->pw_gid) != 0) {
        *error = QStringLiteral("chown %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

bool HylafaxServerFixture::makeSpool(QString *error)
{
    m_spool = m_folder + QStringLiteral("/spool");
    for (const char *sub : {"archive", "client", "docq", "doneq", "etc", "info", "log", "pollq",
                            "recvq", "sendq", "status", "tmp", "dev", "bin", "config"}) {
        if (!QDir().mkpath(m_spool + QLatin1Char('/') + QLatin1String(sub))) {
            *error = QStringLiteral("cannot make %1/%2").arg(m_spool, QLatin1String(sub));
            return false;
        }
    }
    // The scripts faxq runs (notify, document conversion) and what they read.
    for (const QString &sub : {QStringLiteral("bin"), QStringLiteral("config")}) {
        const QDir from(SystemSpool + QLatin1Char('/') + sub);
        for (const QFileInfo &f : from.entryInfoList(QDir::Files | QDir::System)) {
            const QString to = m_spool + QLatin1Char('/') + sub + QLatin1Char('/') + f.fileName();
            if (f.isSymLink())
                QFile::link(f.symLinkTarget(), to);
            else
                QFile::copy(f.filePath(), to);
        }
    }
    for (const char *name : {"setup.cache", "setup.modem", "dialrules", "pagesizes", "typerules",
                             "cover.templ", "faxcover.ps"}) {
        QFile::copy(SystemConfig + QLatin1Char('/') + QLatin1String(name),
                    m_spool + QStringLiteral("/etc/") + QLatin1String(name));
    }
    // faxq: jobs that ask for "any" modem go to modems whose name ends in "line" (the
    // faxgetty line of a test), never to the registered ones a test only lists.
    const QByteArray config = "# Written by Fax::Test::HylafaxServerFixture.\n"
                              "LogFacility:\t\tdaemon\n"
                              "ServerTracing:\t\t0x4f\n"
                              "CountryCode:\t\t1\n"
                              "AreaCode:\t\t555\n"
                              "LongDistancePrefix:\t1\n"
                              "InternationalPrefix:\t011\n"
                              "ModemGroup:\t\t\"any:.*line$\"\n";
    if (!writeFile(m_spool + QStringLiteral("/etc/config"), config, error))
        return false;
    // The accounts: alice with administrator rights (same password), bob without.
    const QByteArray alice = cryptPassword(AdminPassword);
    const QByteArray bob = cryptPassword(UserPassword);
    if (alice.isEmpty() || bob.isEmpty()) {
        *error = QStringLiteral("crypt() made no password hash");
        return false;
    }
    const QByteArray hosts = "^" + QByteArray(AdminUser) + "@:100:" + alice + ':' + alice + '\n' +
                             "^" + QByteArray(User) + "@:101:" + bob + '\n';
    const QString hostsFile = m_spool + QStringLiteral("/etc/hosts.hfaxd");
    if (!writeFile(hostsFile, hosts, error))
        return false;
    ::chmod(QFile::encodeName(hostsFile).constData(), 0600);
    ::chmod(QFile::encodeName(m_spool + QStringLiteral("/tmp")).constData(), 01777);
    const passwd *fax = ::getpwnam(FaxUser);
    if (!fax) {
        *error = QStringLiteral("no user %1").arg(QLatin1String(FaxUser));
        return false;
    }
    QDirIterator it(m_spool, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    if (!giveToFaxUser(m_spool, error))
        return false;
    while (it.hasNext()) {
        if (!giveToFaxUser(it.next(), error))
            return false;
    }
    return true;
}

qint64 HylafaxServerFixture::watchdogPid() const
{
    return m_watchdog.pid();
}

bool HylafaxServerFixture::startDaemon(QProcess &process, const QString &programPath,
                                       const QStringList &args, QString *error)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_spool);
    return m_watchdog.startDaemon(process, programPath, args, error);
}

bool HylafaxServerFixture::start(const QString &folder, QString *error)
{
    const QString unavailable = unavailableReason();
    if (!unavailable.isEmpty()) {
        *error = unavailable;
        return false;
    }
    m_folder = QFileInfo(folder).absoluteFilePath();
    // What an earlier run in this folder left (its watchdog killed too), and the FIFO of its
    // faxq, which would make this start think faxq is up before it is.
    m_watchdog.setPidFile(m_folder + QStringLiteral("/hylafax-daemons.pid"));
    DaemonWatchdog::stopLeftovers(m_watchdog.pidFile(), m_folder + QStringLiteral("/spool"));
    QFile::remove(m_folder + QStringLiteral("/spool/FIFO"));
    if (!HylafaxPeer::openToFaxUser(m_folder, error) || !makeSpool(error))
        return false;
    if (!startDaemon(m_faxq, program("faxq"), {QStringLiteral("-D"), QStringLiteral("-q"), m_spool},
                     error)) {
        stop();
        return false;
    }
    // faxq makes its FIFO once it runs.
    const QDeadlineTimer deadline(20000);
    while (!QFileInfo::exists(m_spool + QStringLiteral("/FIFO"))) {
        if (deadline.hasExpired() || m_faxq.state() == QProcess::NotRunning) {
            *error = QStringLiteral("faxq did not start: %1").arg(describe());
            stop();
            return false;
        }
        pause(50);
    }
    if (!startHfaxd(error)) {
        stop();
        return false;
    }
    return true;
}

QStringList HylafaxServerFixture::hfaxdArguments() const
{
    return {QStringLiteral("-d"),   QStringLiteral("-q"),        m_spool,
            QStringLiteral("-l"),   QStringLiteral("127.0.0.1"), QStringLiteral("-i"),
            QString::number(m_port)};
}

bool HylafaxServerFixture::startHfaxd(QString *error)
{
    // A free port with a free one below it (freePortPair); hfaxd takes it right after.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (m_port == 0 || attempt > 0) {
            m_port = freePortPair();
            if (m_port == 0) {
                *error = QStringLiteral("no two free ports next to each other below the "
                                        "system's range for outgoing connections");
                return false;
            }
        }
        if (!startDaemon(m_hfaxd, program("hfaxd"), hfaxdArguments(), error))
            return false;
        if (waitForGreeting(15000, error))
            return true;
        stopProcess(m_hfaxd, true);
    }
    return false;
}

bool HylafaxServerFixture::waitForGreeting(int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_hfaxd.state() == QProcess::NotRunning) {
            *error = QStringLiteral("hfaxd ended: %1").arg(describe());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(1000) && socket.waitForReadyRead(3000) &&
            socket.readAll().contains("HylaFAX")) {
            socket.write("QUIT\r\n");
            socket.waitForBytesWritten(1000);
            return true;
        }
        pause(100);
    }
    *error = QStringLiteral("hfaxd did not greet on port %1 within %2 s: %3")
                 .arg(m_port)
                 .arg(timeoutMs / 1000)
                 .arg(describe());
    return false;
}

bool HylafaxServerFixture::restartHfaxd(QString *error)
{
    stopProcess(m_hfaxd, true);
    if (!startDaemon(m_hfaxd, program("hfaxd"), hfaxdArguments(), error))
        return false;
    return waitForGreeting(20000, error);
}

void HylafaxServerFixture::stopHfaxd()
{
    stopProcess(m_hfaxd, true);
}

void HylafaxServerFixture::stopProcess(QProcess &process, bool withChildren)
{
    if (process.state() == QProcess::NotRunning)
        return;
    const qint64 pid = process.processId();
    // hfaxd forks a process per client session; they go with it.
    const QList<qint64> children = withChildren ? DaemonWatchdog::childrenOf(pid) : QList<qint64>();
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(3000);
    }
    for (qint64 child : children)
        ::kill(pid_t(child), SIGKILL);
}

void HylafaxServerFixture::stop()
{
    stopProcess(m_faxgetty, false);
    stopProcess(m_hfaxd, true);
    stopProcess(m_faxq, true);
    m_watchdog.stop();
}

bool HylafaxServerFixture::isRunning() const
{
    return m_faxq.state() == QProcess::Running && m_hfaxd.state() == QProcess::Running;
}

bool HylafaxServerFixture::startWithIdleModems(const QString &folder, const QStringList &modems,
                                               QString *error)
{
    if (!start(folder, error))
        return false;
    for (const QString &modem : modems) {
        if (!addModem(modem, QStringLiteral("Running and idle"), error))
            return false;
    }
    return true;
}

bool HylafaxServerFixture::addModem(const QString &name, const QString &status, QString *error)
{
    // hfaxd lists a modem when status/<modem>, etc/config.<modem> and FIFO.<modem> exist.
    const QString config = m_spool + QStringLiteral("/etc/config.") + name;
    const QString statusFile = m_spool + QStringLiteral("/status/") + name;
    const QString fifo = m_spool + QStringLiteral("/FIFO.") + name;
    if (!writeFile(config, "FAXNumber:\t\t+1.555.0150\nLocalIdentifier:\t\"+1 555 0150\"\n",
                   error) ||
        !writeFile(statusFile, status.toUtf8() + '\n', error))
        return false;
    if (!QFileInfo::exists(fifo) && ::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0) {
        *error = QStringLiteral("mkfifo %1: %2").arg(fifo, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (!giveToFaxUser(config, error) || !giveToFaxUser(statusFile, error) ||
        !giveToFaxUser(fifo, error))
        return false;
    QProcess faxmodem;
    faxmodem.setProcessChannelMode(QProcess::MergedChannels);
    faxmodem.start(libexec("faxmodem"), {QStringLiteral("-q"), m_spool, name});
    if (!faxmodem.waitForFinished(10000) || faxmodem.exitCode() != 0) {
        *error = QStringLiteral("faxmodem %1 failed: %2")
                     .arg(name, QString::fromLocal8Bit(faxmodem.readAll()));
        return false;
    }
    return true;
}

bool HylafaxServerFixture::startFaxgetty(const QString &device, const QString &localId,
                                         int timeoutMs, QString *error)
{
    m_faxgettyModem = HylafaxPeer::deviceIdFor(device);
    const QString config = m_spool + QStringLiteral("/etc/config.") + m_faxgettyModem;
    if (!writeFile(config, HylafaxPeer::modemConfig(localId, m_spool + QStringLiteral("/dev")),
                   error) ||
        !giveToFaxUser(config, error))
        return false;
    if (!startDaemon(m_faxgetty, HylafaxPeer::faxgettyProgram(),
                     {QStringLiteral("-p"), QStringLiteral("-q"), m_spool, device}, error))
        return false;
    const QString statusFile = m_spool + QStringLiteral("/status/") + m_faxgettyModem;
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        QFile f(statusFile);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains("Running and idle"))
            return true;
        if (deadline.hasExpired() || m_faxgetty.state() == QProcess::NotRunning) {
            *error = QStringLiteral("faxgetty on %1 did not get idle: %2").arg(device, describe());
            stopProcess(m_faxgetty, false);
            return false;
        }
        pause(100);
    }
}

ConnectionSettings HylafaxServerFixture::settings(const QString &user, const QString &password,
                                                  bool admin) const
{
    ConnectionSettings s;
    s.kind = ServerKind::Hylafax;
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_port;
    s.user = user;
    s.password = password;
    s.admin = admin;
    return s;
}

ConnectionSettings HylafaxServerFixture::adminSettings() const
{
    return settings(QLatin1String(AdminUser), QLatin1String(AdminPassword), true);
}

ConnectionSettings HylafaxServerFixture::userSettings() const
{
    return settings(QLatin1String(User), QLatin1String(UserPassword), false);
}

QString HylafaxServerFixture::jobFile(qint64 id) const
{
    for (const char *queue : {"sendq", "doneq"}) {
        const QString path = QStringLiteral("%1/%2/q%3").arg(m_spool, QLatin1String(queue)).arg(id);
        if (QFileInfo::exists(path))
            return path;
    }
    return QString();
}

QStringList HylafaxServerFixture::receivedFiles() const
{
    const QDir recvq(m_spool + QStringLiteral("/recvq"));
    QStringList files;
    for (const QString &name :
         recvq.entryList({QStringLiteral("fax*.tif")}, QDir::Files, QDir::Name))
        files << recvq.filePath(name);
    return files;
}

QString HylafaxServerFixture::sessionLogs() const
{
    const QDir log(m_spool + QStringLiteral("/log"));
    QString text;
    for (const QString &name : log.entryList({QStringLiteral("c*")}, QDir::Files, QDir::Name)) {
        QFile f(log.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            text += QString::fromLocal8Bit(f.readAll());
    }
    return text;
}

QString HylafaxServerFixture::describe() const
{
    const auto state = [](const QProcess &p) {
        return p.state() == QProcess::NotRunning
                   ? QStringLiteral("not running (exit %1)").arg(p.exitCode())
                   : QStringLiteral("running");
    };
    auto &faxq = const_cast<QProcess &>(m_faxq);
    auto &hfaxd = const_cast<QProcess &>(m_hfaxd);
    auto &faxgetty = const_cast<QProcess &>(m_faxgetty);
    return QStringLiteral("spool %1, port %2; faxq %3: %4; hfaxd %5: %6; faxgetty %7: %8 (they "
                          "log to syslog)")
        .arg(m_spool)
        .arg(m_port)
        .arg(state(m_faxq), QString::fromLocal8Bit(faxq.isOpen() ? faxq.readAll() : QByteArray()),
             state(m_hfaxd),
             QString::fromLocal8Bit(hfaxd.isOpen() ? hfaxd.readAll() : QByteArray()),
             state(m_faxgetty),
             QString::fromLocal8Bit(faxgetty.isOpen() ? faxgetty.readAll() : QByteArray()));
}

bool HylafaxServerFixture::writeDoneJob(qint64 id, const QString &recipient, int pages, bool failed,
                                        const QString &status, QString *error)
{
    // The fields faxq writes that hfaxd needs to list a job.
    const qint64 now = QDateTime::currentSecsSinceEpoch() - 3600;
    QByteArray q;
    const auto line = [&q](const char *key, const QByteArray &value) {
        q += key;
        q += ':';
        q += value;
        q += '\n';
    };
    line("tts", QByteArray::number(now));
    line("killtime", QByteArray::number(now + 3 * 3600));
    line("retrytime", "0");
    line("state", failed ? "8" : "7");
    line("npages", QByteArray::number(failed ? 0 : pages));
    line("totpages", QByteArray::number(pages));
    line("ntries", "1");
    line("ndials", "1");
    line("totdials", "1");
    line("maxdials", "12");
    line("tottries", "1");
    line("maxtries", "3");
    line("pagewidth", "209");
    line("resolution", "196");
    line("pagelength", "296");
    line("priority", "127");
    line("schedpri", "127");
    line("desiredbr", "13");
    line("desireddf", "3");
    line("desiredec", "2");
    line("external", "555" + QByteArray::number(1000000 + id % 1000000));
    line("number", "555" + QByteArray::number(1000000 + id % 1000000));
    line("mailaddr", "alice@localhost");
    line("sender", "Alice");
    line("jobid", QByteArray::number(id));
    line("jobtag", "Report " + QByteArray::number(id));
    line("modem", "any");
    line("receiver", recipient.toUtf8());
    line("company", "ACME");
    line("client", "localhost");
    line("owner", AdminUser);
    line("groupid", QByteArray::number(id));
    line("jobtype", "facsimile");
    line("doneop", "default");
    line("commid", "00000001");
    line("status", status.toUtf8());
    line("statuscode", failed ? "333" : "0");
    line("notify", "none");
    line("pagechop", "default");
    const QString path = QStringLiteral("%1/doneq/q%2").arg(m_spool).arg(id);
    if (!writeFile(path, q, error) || !giveToFaxUser(path, error))
        return false;
    ::chmod(QFile::encodeName(path).constData(), 0644);
    return true;
}

} // namespace Fax::Test
