#pragma once

#include "modem/class1driver.h"
#include "server/faxline.h"

#include <QHash>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace Fax {

/// A send running on a Class 1 line; abort() is seen by the port thread between T.30 steps.
class Class1Call final : public FaxCall
{
    Q_OBJECT
public:
    explicit Class1Call(QObject *parent);
    void abort() override;
    std::shared_ptr<std::atomic_bool> abortFlag() const { return m_abort; }

private:
    std::shared_ptr<std::atomic_bool> m_abort;
    Q_DISABLE_COPY_MOVE(Class1Call)
};

/// A fax modem on a serial port driven in Class 1. All modem I/O runs on the line's own
/// thread, so nothing the GUI does can delay a T.30 answer; the port is opened (and
/// UUCP-locked) for each call and released after it, so other fax programs may use it too.
class Class1Line final : public FaxLine
{
    Q_OBJECT
public:
    Class1Line(const Port &port, const ModemConfig &config, QObject *parent = nullptr);
    ~Class1Line() override;

    FaxCall *send(const SendRequest &request) override;
    PortState state() const override { return m_state; }
    const ModemConfig &config() const { return m_config; }

private:
    void setState(PortState state, const QString &text);
    void callFinished(Class1Call *call, const CallOutcome &outcome);

    Port m_port;
    ModemConfig m_config;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    QPointer<Class1Call> m_call;
    PortState m_state = PortState::Idle;
    Q_DISABLE_COPY_MOVE(Class1Line)
};

/// Makes Class 1 lines for configured ports (the local engine's built-in modem driver).
class ModemLineFactory final : public LineFactory
{
public:
    explicit ModemLineFactory(const ModemConfig &defaults = {}) : m_defaults(defaults) {}
    /// Settings for one port (speed, flow control, init strings); others get the defaults.
    void setPortConfig(const QString &portName, const ModemConfig &config)
    {
        m_configs.insert(portName, config);
    }
    std::unique_ptr<FaxLine> create(const Port &port, QString *why) override;

private:
    ModemConfig m_defaults;
    QHash<QString, ModemConfig> m_configs;
};

} // namespace Fax
