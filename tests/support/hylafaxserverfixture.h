// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"
#include "daemonwatchdog.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Fax::Test {

/// A real HylaFAX server for tests (Debian's hylafax-server): a spool of its own in a folder of
/// the caller's, its scheduler faxq and its client-protocol server hfaxd listening on 127.0.0.1
/// at a free port, with two accounts (alice may administer, bob may not), and modems as a test
/// needs them: registered with faxq only (faxmodem) or served by faxgetty on a line. Everything
/// it started is stopped when it goes (or stop()), also when a test fails, and also when the test
/// process is killed (DaemonWatchdog; start() stops what a killed watchdog of an earlier run in
/// the same folder left, from folder/hylafax-daemons.pid). Root only: faxq and faxgetty insist on
/// it (they then work as the fax user uucp).
class HylafaxServerFixture final
{
public:
    static constexpr const char *AdminUser = "alice";
    static constexpr const char *AdminPassword = "alice-secret";
    static constexpr const char *User = "bob";
    static constexpr const char *UserPassword = "bob-secret";

    HylafaxServerFixture();
    ~HylafaxServerFixture();
    HylafaxServerFixture(const HylafaxServerFixture &) = delete;
    HylafaxServerFixture &operator=(const HylafaxServerFixture &) = delete;

    /// Why the server cannot run here (not installed, not root, no fax user); empty when it can.
    static QString unavailableReason();

    /// Makes the spool in folder (which must exist and be searchable by the fax user), starts
    /// faxq and then hfaxd, and waits until hfaxd greets. False with *error on failure (then
    /// nothing is left running).
    bool start(const QString &folder, QString *error);
    /// Stops hfaxd (and its sessions), faxgetty and faxq.
    void stop();
    bool isRunning() const;
    /// Stops hfaxd alone and starts it again on the same port (a server restart for a client).
    bool restartHfaxd(QString *error);
    /// Stops hfaxd alone (the server goes away for its clients).
    void stopHfaxd();

    /// start(), then addModem() for each name with the status "Running and idle": the server
    /// most tests want, with modems that show in the listings and never dial.
    bool startWithIdleModems(const QString &folder, const QStringList &modems, QString *error);
    /// Registers a modem with faxq without faxgetty (faxmodem): it shows in the status listing
    /// with status text, and faxq sends jobs to it only when they ask for it (its class is
    /// outside "any").
    bool addModem(const QString &name, const QString &status, QString *error);
    /// Serves the modem at device (a pseudo-terminal of the virtual line) with faxgetty
    /// (Class 1, ECM, T.85; answers on the first ring) and waits until it says it is idle.
    bool startFaxgetty(const QString &device, const QString &localId, int timeoutMs,
                       QString *error);
    /// Makes jobs that ask for "any" modem go to the faxgetty modem only (the default; with
    /// false, "any" matches no modem, so jobs wait).
    QString faxgettyModem() const { return m_faxgettyModem; }

    quint16 port() const { return m_port; }
    QString spool() const { return m_spool; }
    /// Settings for an account of this server (password included).
    ConnectionSettings settings(const QString &user, const QString &password, bool admin) const;
    ConnectionSettings adminSettings() const;
    ConnectionSettings userSettings() const;

    /// The qfile of a job in sendq or doneq ("" when there is none), for checks.
    QString jobFile(qint64 id) const;
    /// Files the server received (recvq/fax*.tif), full paths.
    QStringList receivedFiles() const;
    /// faxgetty's session logs, for failure messages.
    QString sessionLogs() const;
    /// What the daemons printed and their state, for failure messages.
    QString describe() const;

    /// The watchdog's process id (0 when it does not run), for tests that kill it.
    qint64 watchdogPid() const;

    /// Writes a done job into doneq as faxq leaves it (for the benchmark's long doneq): id,
    /// recipient, pages, state 7 (done) or 8 (failed) with status.
    bool writeDoneJob(qint64 id, const QString &recipient, int pages, bool failed,
                      const QString &status, QString *error);

private:
    bool makeSpool(QString *error);
    bool startHfaxd(QString *error);
    QStringList hfaxdArguments() const;
    /// Starts a daemon in the spool through the watchdog (a process group of its own).
    bool startDaemon(QProcess &process, const QString &program, const QStringList &args,
                     QString *error);
    bool waitForGreeting(int timeoutMs, QString *error);
    void stopProcess(QProcess &process, bool withChildren);
    bool giveToFaxUser(const QString &path, QString *error);

    QString m_folder;
    QString m_spool;
    quint16 m_port = 0;
    QProcess m_faxq;
    QProcess m_hfaxd;
    QProcess m_faxgetty;
    DaemonWatchdog m_watchdog;
    QString m_faxgettyModem;
};

} // namespace Fax::Test
