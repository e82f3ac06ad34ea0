// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/serialtransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSerialPort>
#include <QThread>

#include <fcntl.h>
#include <unistd.h>

namespace Fax {

namespace {

bool isTerminal(const QString &device)
{
    const int fd = ::open(QFile::encodeName(device).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return true; // cannot tell: keep the open error
    const bool tty = ::isatty(fd) == 1;
    ::close(fd);
    return tty;
}

} // namespace

SerialTransport::SerialTransport(const SerialConfig &config)
    : m_config(config), m_lock(config.lockDirectory)
{
}

SerialTransport::~SerialTransport()
{
    close();
}

Result SerialTransport::open()
{
    if (isOpen())
        return {};
    if (!QFileInfo::exists(m_config.device))
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("Fax", "The modem device %1 does not exist")
                               .arg(m_config.device));
    Result r = openPort();
    // A port another program holds is in use, whatever it is; anything else that fails on a
    // file that is no terminal is no modem at all.
    if (r || r.error().kind == Error::Kind::NotPermitted || isTerminal(m_config.device))
        return r;
    return Error::make(
        Error::Kind::InvalidArgument,
        QCoreApplication::translate("Fax", "%1 is not a modem: it is no serial device (%2)")
            .arg(m_config.device, r.error().message));
}

Result SerialTransport::openPort()
{
    if (m_config.useLock) {
        if (Result r = m_lock.acquire(m_config.device); !r)
            return r;
    }
    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(m_config.device);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const QString why = m_port->errorString();
        m_port.reset();
        m_lock.release();
        return Error::make(Error::Kind::Connection,
                           QCoreApplication::translate("Fax", "Cannot open modem port %1: %2")
                               .arg(m_config.device, why));
    }
    bool ok = m_port->setBaudRate(m_config.baudRate) && m_port->setDataBits(QSerialPort::Data8) &&
              m_port->setParity(QSerialPort::NoParity) && m_port->setStopBits(QSerialPort::OneStop);
    switch (m_config.flow) {
    case FlowControl::None:
        ok = ok && m_port->setFlowControl(QSerialPort::NoFlowControl);
        break;
    case FlowControl::RtsCts:
        ok = ok && m_port->setFlowControl(QSerialPort::HardwareControl);
        break;
    case FlowControl::XonXoff:
        ok = ok && m_port->setFlowControl(QSerialPort::SoftwareControl);
        break;
    }
    if (!ok) {
        const QString why = m_port->errorString();
        close();
        return Error::make(
            Error::Kind::Connection,
            QCoreApplication::translate("Fax", "Cannot set up modem port %1 (%2 bit/s): %3")
                .arg(m_config.device)
                .arg(m_config.baudRate)
                .arg(why));
    }
    m_port->setDataTerminalReady(true);
    return {};
}

void SerialTransport::close()
{
    if (m_port) {
        m_port->close();
        m_port.reset();
    }
    m_lock.release();
}

bool SerialTransport::isOpen() const
{
    return m_port && m_port->isOpen();
}

Result SerialTransport::write(const QByteArray &data)
{
    if (!isOpen())
        return Error::make(
            Error::Kind::Connection,
            QCoreApplication::translate("Fax", "Modem port %1 is not open").arg(m_config.device));
    if (m_port->write(data) != data.size())
        return Error::make(Error::Kind::Connection,
                           QCoreApplication::translate("Fax", "Cannot write to modem port %1: %2")
                               .arg(m_config.device, m_port->errorString()));
    // Flow control may hold the data back for long (a page at 2400 bit/s): wait in slices and
    // give up only when nothing moves for a while.
    qint64 pending = m_port->bytesToWrite();
    int stalledMs = 0;
    while (pending > 0) {
        m_port->waitForBytesWritten(200);
        const qint64 now = m_port->bytesToWrite();
        stalledMs = now < pending ? 0 : stalledMs + 200;
        pending = now;
        if (stalledMs >= 30000)
            return Error::make(
                Error::Kind::Connection,
                QCoreApplication::translate(
                    "Fax", "Modem on %1 accepted no data for 30 s (flow control stuck?)")
                    .arg(m_config.device));
    }
    return {};
}

QByteArray SerialTransport::read(int waitMs)
{
    if (!isOpen())
        return {};
    if (m_port->bytesAvailable() == 0 && waitMs > 0 && !m_port->waitForReadyRead(waitMs)) {
        const QSerialPort::SerialPortError error = m_port->error();
        if (error != QSerialPort::NoError && error != QSerialPort::TimeoutError) {
            // A failed port (an unplugged USB modem, a hung-up line) answers at once: do not
            // spin on it; the caller's deadline ends the wait.
            m_port->clearError();
            QThread::msleep(ulong(qMin(waitMs, 100)));
        }
    }
    return m_port->readAll();
}

void SerialTransport::setDtr(bool on)
{
    if (isOpen())
        m_port->setDataTerminalReady(on);
}

void SerialTransport::pause(int ms)
{
    QThread::msleep(ulong(ms));
}

qint64 SerialTransport::nowMs() const
{
    return monotonicMs();
}

qint64 SerialTransport::monotonicMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace Fax
