// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Fax {

/// A byte pipe to one modem, used from that port's thread with blocking, bounded waits.
/// Fakes implement it for unit tests (tests/support/scriptedmodem.h) and may run virtual time.
class ModemTransport
{
public:
    virtual ~ModemTransport() = default;

    virtual Result open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    /// Hands all of data to the modem, waiting while flow control holds it back.
    virtual Result write(const QByteArray &data) = 0;
    /// What has arrived; waits up to waitMs for the first byte. Empty after waitMs of silence.
    virtual QByteArray read(int waitMs) = 0;
    /// Data Terminal Ready: dropping it makes a modem hang up (and, with &D3, reset).
    virtual void setDtr(bool on) = 0;
    /// Waits ms for protocol timing (a DTR drop, a guard time), not for data.
    virtual void pause(int ms) = 0;
    /// The time base of read()/pause() in ms (monotonic; fakes run virtual time).
    virtual qint64 nowMs() const = 0;
    /// The device path, for messages ("/dev/ttyS0").
    virtual QString deviceName() const = 0;
};

} // namespace Fax
