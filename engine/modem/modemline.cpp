// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/modemline.h"

#include "modem/modemlinelogic.h"

#include <QCoreApplication>
#include <QTimer>

namespace Fax {

namespace {

constexpr qint64 OneDayMs = 24 * 3600 * 1000;

PortState portState(DeviceStatus s)
{
    switch (s) {
    case DeviceStatus::Initializing:
        return PortState::Initializing;
    case DeviceStatus::Dialing:
        return PortState::Dialing;
    case DeviceStatus::Receiving:
        return PortState::Receiving;
    default:
        return PortState::Sending;
    }
}

} // namespace

/// The port thread's side of a ModemLine: runs the logic's steps when they are due and the
/// sends the line hands over, and passes what the logic reports to the line's thread.
class ModemLineWorker final : public QObject
{
public:
    ModemLineWorker(ModemLine *line, const Port &port, const ModemConfig &config,
                    std::shared_ptr<ModemTransportFactory> transports,
                    std::shared_ptr<ModemLineControl> control)
        : m_line(line), m_transports(transports),
          m_logic(port, config, transports, events(line), std::move(control))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ModemLineWorker::runStep);
    }
    Q_DISABLE_COPY_MOVE(ModemLineWorker)

    /// Runs the next step as soon as the thread is free.
    void wake() { m_timer.start(0); }

    void setReceiveDirectory(const QString &directory)
    {
        m_logic.setReceiveDirectory(directory);
        wake();
    }

    void send(const SendRequest &request, ModemCall *call)
    {
        m_timer.stop();
        QPointer<ModemLine> line = m_line;
        const auto abort = call->abortFlag();
        // The call outlives this function: the line deletes it only after finished(), and the
        // line's destructor waits for this thread.
        const CallOutcome outcome =
            m_logic.send(request, abort.get(),
                         [line, call](DeviceStatus s, int done, int total, const QString &text) {
                             QMetaObject::invokeMethod(
                                 call,
                                 [line, call, s, done, total, text] {
                                     if (line)
                                         line->setState(portState(s), text);
                                     Q_EMIT call->progress(s, done, total, text);
                                 },
                                 Qt::QueuedConnection);
                         });
        QMetaObject::invokeMethod(
            call,
            [line, call, outcome] {
                if (line)
                    line->callFinished(call, outcome);
            },
            Qt::QueuedConnection);
        wake();
    }

private:
    static ModemLineLogic::Events events(ModemLine *line)
    {
        const QPointer<ModemLine> target = line;
        ModemLineLogic::Events e;
        e.stateChanged = [target](PortState state, const QString &text) {
            QMetaObject::invokeMethod(
                target,
                [target, state, text] {
                    if (target)
                        target->setState(state, text);
                },
                Qt::QueuedConnection);
        };
        e.ringing = [target](int rings, const QString &callerId) {
            QMetaObject::invokeMethod(
                target,
                [target, rings, callerId] {
                    if (target)
                        Q_EMIT target->ringing(rings, callerId);
                },
                Qt::QueuedConnection);
        };
        e.faxReceived = [target](const ReceivedFax &fax, const QString &message) {
            QMetaObject::invokeMethod(
                target,
                [target, fax, message] {
                    if (target)
                        Q_EMIT target->faxReceived(fax, message);
                },
                Qt::QueuedConnection);
        };
        return e;
    }

    void runStep()
    {
        const qint64 next = m_logic.step();
        if (next == ModemLineLogic::NoStep)
            return;
        m_timer.start(int(qBound<qint64>(0, next - m_transports->nowMs(), OneDayMs)));
    }

    ModemLine *m_line;
    std::shared_ptr<ModemTransportFactory> m_transports;
    ModemLineLogic m_logic;
    QTimer m_timer{this};
};

ModemCall::ModemCall(QObject *parent)
    : FaxCall(parent), m_abort(std::make_shared<std::atomic_bool>(false))
{
}

void ModemCall::abort()
{
    m_abort->store(true);
}

ModemLine::ModemLine(const Port &port, const ModemConfig &config,
                     std::shared_ptr<ModemTransportFactory> transports, QObject *parent)
    : FaxLine(parent), m_port(port), m_config(config),
      m_control(std::make_shared<ModemLineControl>())
{
    m_config.serial.device = port.devicePath;
    if (!transports)
        transports = ModemTransportFactory::serial();
    m_thread.setObjectName(QStringLiteral("modem ") + port.devicePath);
    m_worker = new ModemLineWorker(this, port, m_config, std::move(transports), m_control);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::HighPriority);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->wake(); }, Qt::QueuedConnection);
}

ModemLine::~ModemLine()
{
    m_control->stop = true;
    if (m_call)
        m_call->abort();
    m_thread.quit();
    m_thread.wait();
}

void ModemLine::setReceiveDirectory(const QString &directory)
{
    FaxLine::setReceiveDirectory(directory);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, directory] { w->setReceiveDirectory(directory); },
        Qt::QueuedConnection);
}

bool ModemLine::answer()
{
    if (m_state != PortState::Ringing)
        return false;
    return m_control->requestAnswer();
}

void ModemLine::setState(PortState state, const QString &text)
{
    if (state == m_state && text == m_stateText)
        return;
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged(state, text);
}

FaxCall *ModemLine::send(const SendRequest &request)
{
    auto *call = new ModemCall(this);
    if (m_call) {
        CallOutcome busy;
        busy.deviceStatus = DeviceStatus::CallDelayed;
        busy.message =
            QCoreApplication::translate("Fax", "Port %1 is already in a call").arg(m_port.name);
        QTimer::singleShot(0, call, [this, call, busy] { callFinished(call, busy); });
        return call;
    }
    m_call = call;
    setState(PortState::Initializing,
             QCoreApplication::translate("Fax", "preparing job %1").arg(request.job.id));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, request, call] { w->send(request, call); }, Qt::QueuedConnection);
    return call;
}

void ModemLine::callFinished(ModemCall *call, const CallOutcome &outcome)
{
    if (m_call == call) {
        m_call.clear();
        setState(PortState::Idle, outcome.message);
    }
    Q_EMIT call->finished(outcome);
    call->deleteLater();
}

ModemConfig ModemLineFactory::applyPortSettings(ModemConfig config, const Port &port)
{
    if (port.baudRate > 0)
        config.serial.baudRate = port.baudRate;
    if (port.flowControl == QLatin1String("none"))
        config.serial.flow = FlowControl::None;
    else if (port.flowControl == QLatin1String("xon-xoff"))
        config.serial.flow = FlowControl::XonXoff;
    else
        config.serial.flow = FlowControl::RtsCts;
    const QByteArray init = port.initString.trimmed().toLatin1();
    if (!init.isEmpty()) {
        // Before the class is selected: an ATZ-like init string must not undo +FCLASS=1.
        qsizetype at = config.initCommands.size();
        for (qsizetype i = 0; i < config.initCommands.size(); ++i) {
            if (config.initCommands.at(i).toUpper().startsWith("AT+FCLASS")) {
                at = i;
                break;
            }
        }
        config.initCommands.insert(at, init);
    }
    config.modemClass = port.modemClass;
    return config;
}

std::unique_ptr<FaxLine> ModemLineFactory::create(const Port &port, QString *why)
{
    if (port.devicePath.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate(
                       "Fax", "No modem driver can run port %1: it has no serial device configured")
                       .arg(port.name);
        return nullptr;
    }
    if (!m_transports->deviceExists(port.devicePath)) {
        if (why)
            *why = QCoreApplication::translate(
                       "Fax", "Port %1 cannot use the modem on %2: the device does not exist")
                       .arg(port.name, port.devicePath);
        return nullptr;
    }
    ModemConfig config = m_configs.value(port.name, m_defaults);
    if (m_usePortSettings)
        config = applyPortSettings(config, port);
    return std::make_unique<ModemLine>(port, config, m_transports);
}

} // namespace Fax
