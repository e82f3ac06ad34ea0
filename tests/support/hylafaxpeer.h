// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemonwatchdog.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace Fax::Test {

/// HylaFAX (Debian's hylafax-server) as the far end of a test line: a private spool in a folder
/// of the caller's, faxgetty answering on one pseudo-terminal (Class 1, ECM, T.85), its session
/// log and received faxes. No faxq or other HylaFAX daemon is involved. faxgetty ends with the
/// test process, however it ends (DaemonWatchdog; what a killed watchdog left is stopped at the
/// next start on the same spool, from <spool>.pid). Waits poll with the event loop running;
/// nothing here uses QtTest macros.
class HylafaxPeer final
{
public:
    HylafaxPeer() = default;
    ~HylafaxPeer();
    HylafaxPeer(const HylafaxPeer &) = delete;
    HylafaxPeer &operator=(const HylafaxPeer &) = delete;

    /// faxgetty from PATH or the usual sbin folders; empty when HylaFAX is not installed.
    static QString faxgettyProgram();
    /// The faxsend program itself (not Debian's /usr/sbin/faxsend wrapper, which bind-mounts
    /// /etc/hylafax over the system spool's etc); empty when not found.
    static QString faxsendProgram();
    /// Why faxgetty cannot run here (not installed, not root, no fax user uucp), or empty.
    static QString unavailableReason();
    /// faxgetty's device id: the device path without /dev/, every '/' made '_' (faxgetty(8)).
    static QString deviceIdFor(QString device);
    /// The modem configuration (hylafax-config(5)) for spandsp's T.31 modem on a pty.
    static QByteArray modemConfig(const QString &localId, const QString &lockDir);
    /// Makes dir searchable and readable by everyone (0755): the fax user must reach the spool
    /// and the line's pty links below it.
    static bool openToFaxUser(const QString &dir, QString *error);
    /// The coding of the (last) DCS faxgetty logged: t85, mmr, mr, mh; empty when none.
    static QString codingFromLog(const QString &sessionLog);

    /// Makes the spool folder (etc/config.<devid>, recvq, sendq, docq, log, status, ...) for the
    /// modem at device, answering as localId. Every folder above spool must be searchable by
    /// the fax user (see openToFaxUser()). Files added to the spool afterwards (a faxsend job)
    /// go in before handOverSpool().
    bool makeSpool(const QString &spool, const QString &device, const QString &localId,
                   QString *error);
    /// Gives the spool and everything in it to the fax user uucp, as faxgetty and faxsend work.
    bool handOverSpool(QString *error);
    /// Starts faxgetty on the device (it must exist: start the line first) and waits up to
    /// timeoutMs until its status file says "Running and idle" (it resets the modem first,
    /// ~10 s). On failure error says why and faxgetty is stopped.
    bool startFaxgetty(int timeoutMs, QString *error);
    /// Waits up to timeoutMs until a session log says "SESSION END" (faxgetty has stored what
    /// it received); false at once when faxgetty is not running.
    bool waitForSessionEnd(int timeoutMs);
    /// Stops faxgetty (SIGTERM, then SIGKILL).
    void stop();
    bool isRunning() const;

    QString spool() const { return m_spool; }
    QString device() const { return m_device; }
    QString deviceId() const { return m_deviceId; }
    /// The text of status/<devid>.
    QString status() const;
    /// faxgetty's session logs (log/c*), oldest first, one after the other.
    QString sessionLog() const;
    /// The faxes faxgetty stored (recvq/fax*.tif), full paths.
    QStringList receivedFaxes() const;
    /// faxgetty's state, exit code, output and status, for a failure message (it logs to syslog
    /// only otherwise).
    QString describe();

private:
    void collect();
    /// Polls done() every short interval with the event loop running, until it holds (true),
    /// timeoutMs pass or (stopWhenGone) faxgetty is not running (false).
    bool pollUntil(const std::function<bool()> &done, int timeoutMs, bool stopWhenGone);

    QString m_spool;
    QString m_device;
    QString m_deviceId;
    QProcess m_faxgetty;
    DaemonWatchdog m_watchdog;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace Fax::Test
