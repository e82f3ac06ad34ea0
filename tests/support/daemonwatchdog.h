// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Fax::Test {

/// Makes the daemons a test starts (HylaFAX's faxq, hfaxd, faxgetty) end with the test process,
/// however it ends, SIGKILL included: each daemon starts in a process group of its own, and a
/// watchdog (/bin/sh reading a pipe from this process) kills the groups it was told of once that
/// pipe closes. The groups also go into a pid file, from which stopLeftovers() stops what a
/// killed watchdog left behind, at the next start in the same folder.
class DaemonWatchdog final
{
public:
    DaemonWatchdog() = default;
    ~DaemonWatchdog();
    DaemonWatchdog(const DaemonWatchdog &) = delete;
    DaemonWatchdog &operator=(const DaemonWatchdog &) = delete;

    /// Where the groups are recorded (a file of the test's folder).
    void setPidFile(const QString &path) { m_pidFile = path; }
    QString pidFile() const { return m_pidFile; }

    /// Starts program with args in process (its channels and working folder as the caller set
    /// them) in a process group of its own, starting the watchdog first if it is not running,
    /// and reports the group to the watchdog and the pid file. False with *error on failure.
    bool startDaemon(QProcess &process, const QString &program, const QStringList &args,
                     QString *error);
    /// Ends the watchdog without it killing anything (the caller stopped its daemons) and
    /// removes the pid file.
    void stop();
    /// The watchdog's process id (0 when it does not run), for tests that kill it.
    qint64 pid() const;

    /// Stops what an earlier run left working in folder: the groups pidFile names where one of
    /// their processes still works there (a recorded group id may have been given to another
    /// program since), then any other process working there; removes pidFile.
    static void stopLeftovers(const QString &pidFile, const QString &folder);
    /// The live processes (not zombies) that work in folder: started with it as an argument
    /// (faxq, hfaxd, faxgetty -q spool) or with their working folder in it (faxsend, hfaxd's
    /// sessions), from /proc.
    static QList<qint64> processesIn(const QString &folder);
    /// The processes whose parent is pid (hfaxd's sessions).
    static QList<qint64> childrenOf(qint64 pid);

private:
    bool startWatchdog(QString *error);

    QString m_pidFile;
    QProcess m_watchdog;
};

} // namespace Fax::Test
