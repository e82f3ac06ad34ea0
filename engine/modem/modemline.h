// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxline.h"
#include "modem/modemconfig.h"
#include "modem/modemtransportfactory.h"

#include <QHash>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace Fax {

class ModemLineWorker;
struct ModemLineControl;

/// A send running on a modem line; abort() is seen by the port thread within a quarter second.
class ModemCall final : public FaxCall
{
    Q_OBJECT
public:
    explicit ModemCall(QObject *parent);
    void abort() override;
    std::shared_ptr<std::atomic_bool> abortFlag() const { return m_abort; }

private:
    std::shared_ptr<std::atomic_bool> m_abort;
    Q_DISABLE_COPY_MOVE(ModemCall)
};

/// A fax modem on a serial port, driven in Class 1, 2 or 2.0 (ModemConfig::modemClass; Auto
/// asks the modem once and keeps its answer). All modem I/O runs on the line's own thread, so
/// nothing the GUI does can delay a T.30 answer; that thread only schedules the steps of a
/// ModemLineLogic, which does the work. While the port's receive mode is Auto or Manual (and a
/// receive directory is set) the line holds the port open and watches for RING; otherwise the
/// port is opened (and UUCP-locked) only for each call, so other fax programs may use it too.
/// A port that cannot be opened is in state Error, retried every 30 s.
class ModemLine final : public FaxLine
{
    Q_OBJECT
public:
    ModemLine(const Port &port, const ModemConfig &config,
              std::shared_ptr<ModemTransportFactory> transports = ModemTransportFactory::serial(),
              QObject *parent = nullptr);
    ~ModemLine() override;

    FaxCall *send(const SendRequest &request) override;
    PortState state() const override { return m_state; }
    QString stateText() const override { return m_stateText; }
    void setReceiveDirectory(const QString &directory) override;
    bool answer() override;
    const ModemConfig &config() const { return m_config; }

private:
    friend class ModemLineWorker;
    void setState(PortState state, const QString &text);
    void callFinished(ModemCall *call, const CallOutcome &outcome);

    Port m_port;
    ModemConfig m_config;
    QThread m_thread;
    ModemLineWorker *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<ModemLineControl> m_control;
    QPointer<ModemCall> m_call;
    PortState m_state = PortState::Idle;
    QString m_stateText;
    Q_DISABLE_COPY_MOVE(ModemLine)
};

/// Makes modem lines for configured ports (the local engine's built-in modem driver).
class ModemLineFactory final : public LineFactory
{
public:
    explicit ModemLineFactory(
        const ModemConfig &defaults = {},
        std::shared_ptr<ModemTransportFactory> transports = ModemTransportFactory::serial())
        : m_defaults(defaults),
          m_transports(transports ? std::move(transports) : ModemTransportFactory::serial())
    {
    }
    /// Settings for one port (speed, flow control, init strings); others get the defaults.
    void setPortConfig(const QString &portName, const ModemConfig &config)
    {
        m_configs.insert(portName, config);
    }
    /// Take speed, flow control, the init string and the fax class from each Port (the local
    /// engine does).
    void setUsePortSettings(bool use) { m_usePortSettings = use; }
    std::unique_ptr<FaxLine> create(const Port &port, QString *why) override;

    /// config with the port's speed, flow control, init string and fax class applied.
    static ModemConfig applyPortSettings(ModemConfig config, const Port &port);

private:
    ModemConfig m_defaults;
    std::shared_ptr<ModemTransportFactory> m_transports;
    QHash<QString, ModemConfig> m_configs;
    bool m_usePortSettings = false;
};

} // namespace Fax
