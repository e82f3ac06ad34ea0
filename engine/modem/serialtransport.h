// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modem/modemtransport.h"
#include "modem/uucplock.h"

#include <memory>

class QSerialPort;

namespace Fax {

enum class FlowControl { None, RtsCts, XonXoff };

/// How to open a modem's serial port.
struct SerialConfig
{
    QString device;                         ///< "/dev/ttyS0"
    int baudRate = 115200;                  ///< DTE speed
    FlowControl flow = FlowControl::RtsCts; ///< RTS/CTS is the only one safe for Class 1 receive
    QString lockDirectory = UucpLock::defaultDirectory();
    bool useLock = true;
};

/// The modem's serial port through QSerialPort, UUCP-locked while open. Create, open and use it
/// on the port's own thread (QSerialPort belongs to the thread that made it). open() fails
/// naming the device and why: it does not exist, another program holds it (with its PID), it
/// is no serial device.
class SerialTransport final : public ModemTransport
{
public:
    explicit SerialTransport(const SerialConfig &config);
    ~SerialTransport() override;
    Q_DISABLE_COPY_MOVE(SerialTransport)

    Result open() override;
    void close() override;
    bool isOpen() const override;
    Result write(const QByteArray &data) override;
    QByteArray read(int waitMs) override;
    void setDtr(bool on) override;
    void pause(int ms) override;
    qint64 nowMs() const override;
    QString deviceName() const override { return m_config.device; }

    /// The time base of every SerialTransport (ms since the first use, monotonic): a port
    /// opened again goes on with the same clock.
    static qint64 monotonicMs();

private:
    Result openPort();

    SerialConfig m_config;
    UucpLock m_lock;
    std::unique_ptr<QSerialPort> m_port;
};

} // namespace Fax
