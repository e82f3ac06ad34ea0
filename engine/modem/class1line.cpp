#include "modem/class1line.h"

#include "modem/faxpagesource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

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

// Runs on the port thread: everything from converting the documents to hanging up.
CallOutcome runSend(const ModemConfig &config, const SendRequest &request,
                    const std::atomic_bool *abort,
                    const std::function<void(DeviceStatus, int, int, const QString &)> &progress)
{
    CallOutcome outcome;
    outcome.deviceStatus = DeviceStatus::FatalError;
    QTemporaryDir work;
    if (!work.isValid()) {
        outcome.message = trFax("Cannot create a working folder for job %1: %2")
                              .arg(request.job.id)
                              .arg(work.errorString());
        return outcome;
    }
    FaxPageSource pages;
    if (Result r = pages.load(request.files, work.filePath(QStringLiteral("job.tif"))); !r) {
        outcome.retryable = false;
        outcome.message = r.error().message;
        return outcome;
    }
    const int total = pages.pageCount();
    SerialTransport transport(config.serial);
    if (Result r = transport.open(); !r) {
        outcome.message = r.error().message;
        return outcome;
    }
    AtDialogue at(&transport);
    Class1Driver driver(at, config);
    T30::SendPreferences prefs;
    prefs.local = config.capabilities;
    prefs.resolution = pages.resolution();
    prefs.allowEcm = config.capabilities.ecm;
    T30::T30Sender session(request.tsid, prefs);
    Class1Hooks hooks;
    hooks.abort = abort;
    hooks.pageData = [&](int n, const T30::SessionParams &params, T30::PageEnd *end) {
        *end = n + 1 < total ? T30::PageEnd::MorePages : T30::PageEnd::LastPage;
        return pages.page(n, params);
    };
    hooks.progress = [&](DeviceStatus s, int done, const QString &text) {
        progress(s, done, total, text);
    };
    outcome = driver.send(request.job.recipientNumber, session, hooks);
    transport.close();
    return outcome;
}

} // namespace

Class1Call::Class1Call(QObject *parent)
    : FaxCall(parent), m_abort(std::make_shared<std::atomic_bool>(false))
{
}

void Class1Call::abort()
{
    m_abort->store(true);
}

Class1Line::Class1Line(const Port &port, const ModemConfig &config, QObject *parent)
    : FaxLine(parent), m_port(port), m_config(config)
{
    m_config.serial.device = port.devicePath;
    m_thread.setObjectName(QStringLiteral("modem ") + port.devicePath);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::HighPriority);
}

Class1Line::~Class1Line()
{
    if (m_call)
        m_call->abort();
    m_thread.quit();
    m_thread.wait();
}

void Class1Line::setState(PortState state, const QString &text)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state, text);
}

FaxCall *Class1Line::send(const SendRequest &request)
{
    auto *call = new Class1Call(this);
    if (m_call) {
        CallOutcome busy;
        busy.deviceStatus = DeviceStatus::CallDelayed;
        busy.message = trFax("Port %1 is already in a call").arg(m_port.name);
        QTimer::singleShot(0, call, [this, call, busy] { callFinished(call, busy); });
        return call;
    }
    m_call = call;
    setState(PortState::Initializing, trFax("preparing job %1").arg(request.job.id));
    const ModemConfig config = m_config;
    const auto abort = call->abortFlag();
    QMetaObject::invokeMethod(
        m_worker,
        [this, config, request, abort, call] {
            // The call outlives this function: the line deletes it only after finished(), and
            // the line's destructor waits for this thread.
            auto progress = [this, call](DeviceStatus s, int done, int total, const QString &text) {
                QMetaObject::invokeMethod(
                    this,
                    [this, call, s, done, total, text] {
                        setState(portState(s), text);
                        Q_EMIT call->progress(s, done, total, text);
                    },
                    Qt::QueuedConnection);
            };
            const CallOutcome outcome = runSend(config, request, abort.get(), progress);
            QMetaObject::invokeMethod(
                this, [this, call, outcome] { callFinished(call, outcome); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return call;
}

void Class1Line::callFinished(Class1Call *call, const CallOutcome &outcome)
{
    if (m_call == call) {
        m_call.clear();
        setState(PortState::Idle, outcome.message);
    }
    Q_EMIT call->finished(outcome);
    call->deleteLater();
}

std::unique_ptr<FaxLine> ModemLineFactory::create(const Port &port, QString *why)
{
    if (port.devicePath.isEmpty()) {
        if (why)
            *why = trFax("Port %1 has no serial device configured").arg(port.name);
        return nullptr;
    }
    if (!QFileInfo::exists(port.devicePath)) {
        if (why)
            *why = trFax("Port %1: the device %2 does not exist").arg(port.name, port.devicePath);
        return nullptr;
    }
    const ModemConfig config = m_configs.value(port.name, m_defaults);
    return std::make_unique<Class1Line>(port, config);
}

} // namespace Fax
