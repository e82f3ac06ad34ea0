// SPDX-License-Identifier: GPL-3.0-or-later
#include "hylafaxpeer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <pwd.h>
#include <unistd.h>

namespace Fax::Test {

namespace {

constexpr int kPollMs = 100;
constexpr const char *kFaxUser = "uucp"; // Debian's HylaFAX works as uucp (base-passwd has it)

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

/// Gives path and everything under it to uid/gid.
bool chownTree(const QString &path, uid_t uid, gid_t gid, QString *error)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0) {
        *error = QStringLiteral("chown %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    const QFileInfo info(path);
    if (!info.isDir() || info.isSymLink())
        return true;
    const QFileInfoList entries =
        QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (!chownTree(entry.filePath(), uid, gid, error))
            return false;
    }
    return true;
}

} // namespace

HylafaxPeer::~HylafaxPeer()
{
    stop();
}

QString HylafaxPeer::faxgettyProgram()
{
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("faxgetty"));
    if (!inPath.isEmpty())
        return inPath;
    return QStandardPaths::findExecutable(
        QStringLiteral("faxgetty"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
}

QString HylafaxPeer::faxsendProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("faxsend"),
                                          {QStringLiteral("/usr/lib/hylafax/bin"),
                                           QStringLiteral("/usr/libexec/hylafax/bin"),
                                           QStringLiteral("/usr/local/lib/hylafax/bin")});
}

QString HylafaxPeer::unavailableReason()
{
    if (faxgettyProgram().isEmpty())
        return QStringLiteral("faxgetty not found: install the Debian package hylafax-server");
    // Otherwise faxgetty and faxsend exit at once, saying only to syslog "The fax server must
    // run with real uid root."; they then do their work as the fax user.
    if (::geteuid() != 0)
        return QStringLiteral("HylaFAX's faxgetty and faxsend only run as root, and this "
                              "process does not");
    if (!::getpwnam(kFaxUser))
        return QStringLiteral("no user %1: HylaFAX's faxgetty works as it (Debian's "
                              "base-passwd has it)")
            .arg(QLatin1String(kFaxUser));
    return QString();
}

QString HylafaxPeer::deviceIdFor(QString device)
{
    if (device.startsWith(QLatin1String("/dev/")))
        device.remove(0, 5);
    return device.replace(QLatin1Char('/'), QLatin1Char('_'));
}

// No flow control, a fast DTE rate, answer on the first ring, ECM and T.85 in both directions
// (sending converts the document's coding to the negotiated one: ModemSoftRTFCC, on by
// default); every trace on, so the session log tells what was negotiated.
QByteArray HylafaxPeer::modemConfig(const QString &localId, const QString &lockDir)
{
    QByteArray config = R"(# Written by Fax::Test::HylafaxPeer for a test call.
CountryCode:		1
AreaCode:		555
FAXNumber:		+1.555.0100
LongDistancePrefix:	1
InternationalPrefix:	011
ServerTracing:		0xFFF
SessionTracing:		0xFFF
LogFileMode:		0644
RecvFileMode:		0644
DeviceMode:		0666
RingsBeforeAnswer:	1
SpeakerVolume:		off
ModemType:		Class1
ModemRate:		115200
ModemFlowControl:	none
Class1Cmd:		AT+FCLASS=1
Class1ECMSupport:	yes
Class1JBIGSupport:	full
Class1PPMWaitCmd:	AT+FTS=7
Class1TCFWaitCmd:	AT+FTS=7
Class1EOPWaitCmd:	AT+FTS=9
Class1SwitchingCmd:	AT+FRS=7
Class1RecvAbortOK:	200
Class1FrameOverhead:	4
Class1RecvIdentTimer:	40000
Class1TCFMaxNonZero:	10
Class1TCFMinRun:	1000
)";
    config += "LocalIdentifier:\t\"" + localId.toLatin1() + "\"\n";
    config += "UUCPLockDir:\t\t" + QFile::encodeName(lockDir) + '\n';
    return config;
}

bool HylafaxPeer::openToFaxUser(const QString &dir, QString *error)
{
    const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                         QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                         QFileDevice::ExeOther;
    if (!QFile::setPermissions(dir, all)) {
        *error = QStringLiteral("cannot open %1 to the fax user (chmod 0755 failed)").arg(dir);
        return false;
    }
    return true;
}

QString HylafaxPeer::codingFromLog(const QString &sessionLog)
{
    // Class2Params' data format names as faxgetty traces the DCS it received.
    static const QRegularExpression dcs(
        QStringLiteral("REMOTE wants (JBIG|2-D MMR|2-D MR|1-D MH)"));
    QString last;
    for (auto it = dcs.globalMatch(sessionLog); it.hasNext();)
        last = it.next().captured(1);
    if (last == QLatin1String("JBIG"))
        return QStringLiteral("t85");
    if (last == QLatin1String("2-D MMR"))
        return QStringLiteral("mmr");
    if (last == QLatin1String("2-D MR"))
        return QStringLiteral("mr");
    if (last == QLatin1String("1-D MH"))
        return QStringLiteral("mh");
    return QString();
}

bool HylafaxPeer::makeSpool(const QString &spool, const QString &device, const QString &localId,
                            QString *error)
{
    m_spool = QFileInfo(spool).absoluteFilePath();
    m_device = device;
    m_deviceId = deviceIdFor(device);
    // faxgetty gives up quietly (syslog only) when the fax user cannot reach its spool.
    for (QString up = QFileInfo(m_spool).absolutePath();; up = QFileInfo(up).absolutePath()) {
        const QFileInfo folder(up);
        if (folder.exists() && !folder.permission(QFileDevice::ExeOther)) {
            *error = QStringLiteral("the fax user %1 cannot enter %2, above the HylaFAX spool %3 "
                                    "(make it searchable by others: chmod o+x)")
                         .arg(QLatin1String(kFaxUser), up, m_spool);
            return false;
        }
        if (folder.isRoot())
            break;
    }
    // What faxgetty and faxsend read (etc/config.<devid>, sendq, docq) and write (status, log,
    // recvq, info, their FIFO, UUCP locks). faxq's FIFO is missing: they just do not tell it.
    for (const char *sub : {"etc", "recvq", "sendq", "docq", "log", "status", "info", "tmp",
                            "client", "bin", "locks"}) {
        if (!QDir().mkpath(m_spool + QLatin1Char('/') + QLatin1String(sub))) {
            *error = QStringLiteral("cannot make %1/%2").arg(m_spool, QLatin1String(sub));
            return false;
        }
    }
    QFile config(m_spool + QStringLiteral("/etc/config.") + m_deviceId);
    if (!config.open(QIODevice::WriteOnly) ||
        config.write(modemConfig(localId, m_spool + QStringLiteral("/locks"))) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(config.fileName(), config.errorString());
        return false;
    }
    return true;
}

bool HylafaxPeer::handOverSpool(QString *error)
{
    const passwd *fax = ::getpwnam(kFaxUser);
    if (!fax) {
        *error = QStringLiteral("no user %1 to give the HylaFAX spool %2 to")
                     .arg(QLatin1String(kFaxUser), m_spool);
        return false;
    }
    return chownTree(m_spool, fax->pw_uid, fax->pw_gid, error);
}

bool HylafaxPeer::startFaxgetty(int timeoutMs, QString *error)
{
    const QString program = faxgettyProgram();
    if (program.isEmpty()) {
        *error = unavailableReason();
        return false;
    }
    m_out.clear();
    m_err.clear();
    // faxgetty takes the full path of the pty link (no /dev name needed). -p: leave the
    // process priority alone on this shared machine.
    m_watchdog.setPidFile(m_spool + QStringLiteral(".pid"));
    DaemonWatchdog::stopLeftovers(m_watchdog.pidFile(), m_spool);
    m_faxgetty.setWorkingDirectory(m_spool);
    if (!m_watchdog.startDaemon(m_faxgetty, program,
                                {QStringLiteral("-p"), QStringLiteral("-q"), m_spool, m_device},
                                error))
        return false;
    const bool idle = pollUntil(
        [this] { return status().contains(QLatin1String("Running and idle")); }, timeoutMs, true);
    if (!idle) {
        *error = QStringLiteral("faxgetty on %1 %2 within %3 s: %4")
                     .arg(m_device, isRunning() ? QStringLiteral("did not get idle")
                                                : QStringLiteral("ended before it was ready"))
                     .arg(timeoutMs / 1000)
                     .arg(describe());
        stop();
        return false;
    }
    return true;
}

bool HylafaxPeer::waitForSessionEnd(int timeoutMs)
{
    return pollUntil([this] { return sessionLog().contains(QLatin1String("SESSION END")); },
                     timeoutMs, true);
}

void HylafaxPeer::stop()
{
    if (m_faxgetty.state() != QProcess::NotRunning) {
        m_faxgetty.terminate();
        if (!m_faxgetty.waitForFinished(10000)) {
            m_faxgetty.kill();
            m_faxgetty.waitForFinished(2000);
        }
    }
    m_watchdog.stop();
    collect();
}

bool HylafaxPeer::isRunning() const
{
    return m_faxgetty.state() != QProcess::NotRunning;
}

QString HylafaxPeer::status() const
{
    return readText(m_spool + QStringLiteral("/status/") + m_deviceId);
}

QString HylafaxPeer::sessionLog() const
{
    const QDir logDir(m_spool + QStringLiteral("/log"));
    QString text;
    for (const QString &name : logDir.entryList({QStringLiteral("c*")}, QDir::Files, QDir::Name))
        text += readText(logDir.filePath(name));
    return text;
}

QStringList HylafaxPeer::receivedFaxes() const
{
    const QDir recvq(m_spool + QStringLiteral("/recvq"));
    QStringList files;
    for (const QString &name :
         recvq.entryList({QStringLiteral("fax*.tif")}, QDir::Files, QDir::Name))
        files << recvq.filePath(name);
    return files;
}

QString HylafaxPeer::describe()
{
    collect();
    const QString state = isRunning() ? QStringLiteral("running")
                          : m_faxgetty.exitStatus() == QProcess::CrashExit
                              ? QStringLiteral("crashed")
                              : QStringLiteral("exit code %1").arg(m_faxgetty.exitCode());
    return QStringLiteral("faxgetty -q %1 %2: %3 (it logs to syslog only)\nstdout:\n%4\n"
                          "stderr:\n%5\nstatus: %6")
        .arg(m_spool, m_device, state, QString::fromLocal8Bit(m_out), QString::fromLocal8Bit(m_err),
             status());
}

void HylafaxPeer::collect()
{
    if (!m_faxgetty.isOpen()) // never started: reading would warn
        return;
    m_out += m_faxgetty.readAllStandardOutput();
    m_err += m_faxgetty.readAllStandardError();
}

bool HylafaxPeer::pollUntil(const std::function<bool()> &done, int timeoutMs, bool stopWhenGone)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        collect();
        if (done())
            return true;
        if (deadline.hasExpired() || (stopWhenGone && !isRunning()))
            return false;
        QEventLoop loop;
        QTimer::singleShot(int(std::clamp<qint64>(deadline.remainingTime(), 0, kPollMs)), &loop,
                           &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace Fax::Test
