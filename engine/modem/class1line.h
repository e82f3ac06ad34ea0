#pragma once

#include "modem/class1driver.h"
#include "core/faxline.h"

#include <QHash>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace Fax {

class Class1Worker;

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

/// Flags the GUI thread sets and the port thread reads.
struct Class1LineControl
{
    std::atomic_bool stop{false};      ///< the line is going away
    std::atomic_bool pause{false};     ///< a send wants the port: stop listening
    std::atomic_bool answerNow{false}; ///< manual answer requested
};

/// A fax modem on a serial port driven in Class 1, or in Class 2/2.0 (ModemConfig::modemClass;
/// "auto" asks the modem once and keeps its answer). All modem I/O runs on the line's own
/// thread, so nothing the GUI does can delay a T.30 answer. While the port's receive mode is
/// Auto or Manual (and a receive directory is set) the line holds the port open and watches for
/// RING; otherwise the port is opened (and UUCP-locked) only for each call, so other fax
/// programs may use it too. A port that cannot be opened is in state Error, retried every 30 s.
class Class1Line final : public FaxLine
{
    Q_OBJECT
public:
    Class1Line(const Port &port, const ModemConfig &config, QObject *parent = nullptr);
    ~Class1Line() override;

    FaxCall *send(const SendRequest &request) override;
    PortState state() const override { return m_state; }
    QString stateText() const override { return m_stateText; }
    void setReceiveDirectory(const QString &directory) override;
    bool answer() override;
    const ModemConfig &config() const { return m_config; }

private:
    friend class Class1Worker;
    void setState(PortState state, const QString &text);
    void callFinished(Class1Call *call, const CallOutcome &outcome);

    Port m_port;
    ModemConfig m_config;
    QThread m_thread;
    Class1Worker *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<Class1LineControl> m_control;
    QPointer<Class1Call> m_call;
    PortState m_state = PortState::Idle;
    QString m_stateText;
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
    /// Take speed, flow control, the init string and the fax class from each Port (the local
    /// engine does).
    void setUsePortSettings(bool use) { m_usePortSettings = use; }
    std::unique_ptr<FaxLine> create(const Port &port, QString *why) override;

    /// config with the port's speed, flow control, init string and fax class applied.
    static ModemConfig applyPortSettings(ModemConfig config, const Port &port);

private:
    ModemConfig m_defaults;
    QHash<QString, ModemConfig> m_configs;
    bool m_usePortSettings = false;
};

} // namespace Fax
