// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemonwatchdog.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

#include <signal.h>
#include <unistd.h>

namespace Fax::Test {

namespace {

/// A process as /proc/<pid>/stat tells it.
struct ProcessStat
{
    qint64 pid = 0;
    char state = '?';
    qint64 parent = 0;
    qint64 group = 0;
};

/// Every process in /proc.
QList<ProcessStat> allProcesses()
{
    QList<ProcessStat> processes;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        ProcessStat p;
        bool ok = false;
        p.pid = QFileInfo(dir).fileName().toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(dir + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (close < 0 || fields.size() < 3 || fields.at(0).isEmpty())
            continue;
        p.state = fields.at(0).at(0);
        p.parent = fields.at(1).toLongLong();
        p.group = fields.at(2).toLongLong();
        processes << p;
    }
    return processes;
}

/// Whether process pid works in folder: folder is one of its arguments, or its working folder
/// is folder or below.
bool worksIn(qint64 pid, const QString &folder)
{
    const QString dir = QStringLiteral("/proc/%1").arg(pid);
    QFile cmdline(dir + QStringLiteral("/cmdline"));
    if (cmdline.open(QIODevice::ReadOnly)) {
        const QByteArray wanted = QFile::encodeName(folder);
        for (const QByteArray &arg : cmdline.readAll().split('\0')) {
            if (arg == wanted)
                return true;
        }
    }
    const QString cwd = QFileInfo(dir + QStringLiteral("/cwd")).symLinkTarget();
    return !cwd.isEmpty() && (cwd == folder || cwd.startsWith(folder + QLatin1Char('/')));
}

/// Waits with the event loop running.
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

DaemonWatchdog::~DaemonWatchdog()
{
    stop();
}

QList<qint64> DaemonWatchdog::processesIn(const QString &folder)
{
    const QString path = QFileInfo(folder).absoluteFilePath();
    QList<qint64> pids;
    for (const ProcessStat &p : allProcesses()) {
        if (p.state != 'Z' && p.state != 'X' && p.pid != ::getpid() && worksIn(p.pid, path))
            pids << p.pid;
    }
    return pids;
}

QList<qint64> DaemonWatchdog::childrenOf(qint64 pid)
{
    QList<qint64> children;
    for (const ProcessStat &p : allProcesses()) {
        if (p.parent == pid)
            children << p.pid;
    }
    return children;
}

qint64 DaemonWatchdog::pid() const
{
    return m_watchdog.state() == QProcess::NotRunning ? 0 : m_watchdog.processId();
}

void DaemonWatchdog::stopLeftovers(const QString &pidFile, const QString &folder)
{
    QFile recorded(pidFile);
    if (recorded.open(QIODevice::ReadOnly)) {
        const QList<qint64> ours = processesIn(folder);
        const QList<ProcessStat> processes = allProcesses();
        for (const QByteArray &line : recorded.readAll().split('\n')) {
            bool ok = false;
            const qint64 group = line.trimmed().toLongLong(&ok);
            if (!ok || group <= 1)
                continue;
            const bool used =
                std::any_of(processes.begin(), processes.end(), [&](const ProcessStat &p) {
                    return p.group == group && ours.contains(p.pid);
                });
            if (used)
                ::kill(-pid_t(group), SIGKILL);
        }
        recorded.remove();
    }
    // Whatever else still works there (a daemon that left its group, a session).
    const QDeadlineTimer deadline(5000);
    for (QList<qint64> left = processesIn(folder); !left.isEmpty(); left = processesIn(folder)) {
        for (qint64 pid : std::as_const(left))
            ::kill(pid_t(pid), SIGKILL);
        if (deadline.hasExpired())
            break;
        pause(50);
    }
}

bool DaemonWatchdog::startWatchdog(QString *error)
{
    // Reads a process group id a line until the pipe from this process closes (this process
    // ended, however), then stops those groups: SIGTERM, a second to go, SIGKILL. It ignores
    // the signals a terminal or a test runner sends to a whole process group, so that it
    // outlives the test process; stop() ends it with SIGKILL.
    static const QString script =
        QStringLiteral("trap '' HUP INT QUIT TERM PIPE\n"
                       "groups=''\n"
                       "while read -r group; do groups=\"$groups $group\"; done\n"
                       "[ -n \"$groups\" ] || exit 0\n"
                       "for group in $groups; do kill -TERM -\"$group\" 2>/dev/null; done\n"
                       "sleep 1\n"
                       "for group in $groups; do kill -KILL -\"$group\" 2>/dev/null; done\n");
    m_watchdog.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_watchdog.setStandardOutputFile(QProcess::nullDevice());
    m_watchdog.setWorkingDirectory(QStringLiteral("/"));
    m_watchdog.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!m_watchdog.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start the daemons' watchdog /bin/sh: %1")
                     .arg(m_watchdog.errorString());
        return false;
    }
    return true;
}

bool DaemonWatchdog::startDaemon(QProcess &process, const QString &program, const QStringList &args,
                                 QString *error)
{
    if (program.isEmpty()) {
        *error =
            QStringLiteral("a program to start is missing (arguments: %1)").arg(args.join(u' '));
        return false;
    }
    if (m_watchdog.state() == QProcess::NotRunning && !startWatchdog(error))
        return false;
    const QString name = QFileInfo(program).fileName();
    // Its own process group (the group id is its pid): the watchdog stops it with everything it
    // forks (faxq's faxsend, hfaxd's sessions) in one kill.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(name, process.errorString());
        return false;
    }
    const QByteArray group = QByteArray::number(process.processId()) + '\n';
    m_watchdog.write(group);
    m_watchdog.waitForBytesWritten(1000);
    if (m_pidFile.isEmpty())
        return true;
    QFile recorded(m_pidFile);
    if (!recorded.open(QIODevice::WriteOnly | QIODevice::Append) ||
        recorded.write(group) != group.size())
        qWarning("cannot record %s's process group in %s: %s", qPrintable(name),
                 qPrintable(m_pidFile), qPrintable(recorded.errorString()));
    return true;
}

void DaemonWatchdog::stop()
{
    if (m_watchdog.state() != QProcess::NotRunning) {
        m_watchdog.kill(); // its groups are gone: nothing for it to do
        m_watchdog.waitForFinished(3000);
    }
    if (!m_pidFile.isEmpty())
        QFile::remove(m_pidFile);
}

} // namespace Fax::Test
