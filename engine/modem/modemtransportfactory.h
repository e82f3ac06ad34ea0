// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modem/serialtransport.h"

#include <memory>

namespace Fax {

/// Makes the transports through which a line or a ModemSession reaches its modem: the serial
/// port by default, scripted fake modems in tests. All transports of one factory share its
/// clock, so a line that opens and closes its port many times keeps one time base (and a test
/// one virtual clock).
class ModemTransportFactory
{
public:
    virtual ~ModemTransportFactory() = default;
    /// A transport (not yet open) to the modem config names; made, opened and used on the
    /// port's thread.
    virtual std::unique_ptr<ModemTransport> create(const SerialConfig &config) = 0;
    /// The clock of every transport made here, in ms (monotonic).
    virtual qint64 nowMs() const = 0;
    /// Whether the device is there at all (a line is made only for a device that exists).
    virtual bool deviceExists(const QString &device) const = 0;

    /// The default: SerialTransport over QSerialPort.
    static std::shared_ptr<ModemTransportFactory> serial();
};

/// SerialTransports, UUCP-locked while open.
class SerialTransportFactory final : public ModemTransportFactory
{
public:
    SerialTransportFactory() = default;
    Q_DISABLE_COPY_MOVE(SerialTransportFactory)

    std::unique_ptr<ModemTransport> create(const SerialConfig &config) override;
    qint64 nowMs() const override;
    bool deviceExists(const QString &device) const override;
};

} // namespace Fax
