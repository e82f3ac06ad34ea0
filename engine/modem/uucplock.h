// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace Fax {

/// A UUCP (HDB-style) lock file for a serial device, "LCK..ttyS0" in the lock directory holding
/// the owner's PID as ten ASCII digits and a newline, so that getty, HylaFAX, efax, minicom and
/// we never use one port at the same time. A lock whose process is gone is stale and is taken
/// over.
class UucpLock final
{
public:
    explicit UucpLock(const QString &lockDirectory = defaultDirectory());
    ~UucpLock();
    Q_DISABLE_COPY_MOVE(UucpLock)

    /// Locks devicePath; fails naming the device and the holder's PID when it is in use.
    Result acquire(const QString &devicePath);
    /// Removes our lock file (only if it still holds our PID).
    void release();
    bool isHeld() const { return !m_lockFile.isEmpty(); }
    QString lockFile() const { return m_lockFile; }

    /// /var/lock, where Debian's serial programs look.
    static QString defaultDirectory();
    /// "LCK..ttyS0" for /dev/ttyS0; "LCK..pts_3" for /dev/pts/3.
    static QString lockFileName(const QString &devicePath);
    /// The PID in a lock file (HDB ASCII or the old 4-byte binary form); nullopt if unreadable.
    static std::optional<qint64> readPid(const QString &lockFile);
    /// True while a process with this PID exists.
    static bool processAlive(qint64 pid);

private:
    QString m_directory;
    QString m_lockFile;
};

} // namespace Fax
