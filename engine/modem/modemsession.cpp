// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/modemsession.h"

#include "modem/faxpagesource.h"

#include <QCoreApplication>

namespace Fax {

namespace {

// The session's own waits (class question, initialisation, RING, probe) give up on a stop;
// the drivers set and clear the dialogue's flag for their waits themselves.
class AbortScope final
{
public:
    AbortScope(AtDialogue &at, const std::atomic_bool *flag) : m_at(at) { m_at.setAbortFlag(flag); }
    ~AbortScope() { m_at.setAbortFlag(nullptr); }
    Q_DISABLE_COPY_MOVE(AbortScope)

private:
    AtDialogue &m_at;
};

} // namespace

ModemSession::ModemSession(const ModemConfig &config,
                           std::shared_ptr<ModemTransportFactory> transports)
    : m_config(config),
      m_transports(transports ? std::move(transports) : ModemTransportFactory::serial()),
      m_class(config.modemClass)
{
}

ModemSession::~ModemSession()
{
    close();
}

Result ModemSession::open()
{
    if (isOpen())
        return {};
    auto transport = m_transports->create(m_config.serial);
    if (Result r = transport->open(); !r)
        return r;
    m_transport = std::move(transport);
    m_at = std::make_unique<AtDialogue>(m_transport.get());
    m_rings = 0;
    return {};
}

void ModemSession::close()
{
    m_at.reset();
    if (m_transport)
        m_transport->close();
    m_transport.reset();
}

bool ModemSession::isOpen() const
{
    return m_transport && m_transport->isOpen();
}

qint64 ModemSession::nowMs() const
{
    return m_transport ? m_transport->nowMs() : m_transports->nowMs();
}

Error ModemSession::notOpen() const
{
    return Error::make(
        Error::Kind::Connection,
        QCoreApplication::translate("Fax", "Modem port %1 is not open").arg(device()));
}

void ModemSession::setFaxClass(FaxClass cls)
{
    if (m_config.modemClass == FaxClass::Auto)
        m_class = cls;
}

FaxClass ModemSession::callClass() const
{
    return m_class == FaxClass::Auto ? FaxClass::Class1 : m_class;
}

Expected<FaxClass> ModemSession::chooseClass()
{
    if (m_class != FaxClass::Auto)
        return m_class;
    if (!m_at)
        return notOpen();
    AbortScope scope(*m_at, m_abort);
    const auto chosen = FaxModemDriver::queryClass(*m_at, m_config.commandTimeoutMs);
    if (chosen)
        m_class = *chosen;
    return chosen;
}

Result ModemSession::prepareToListen()
{
    if (!m_at)
        return notOpen();
    AbortScope scope(*m_at, m_abort);
    const auto driver = FaxModemDriver::create(callClass(), *m_at, m_config);
    if (Result r = m_at->initialize(driver->listenCommands(), m_config.commandTimeoutMs); !r)
        return r;
    // Optional: a modem without caller ID answers ERROR and still takes calls.
    (void)m_at->enableCallerId(m_config.commandTimeoutMs);
    m_rings = 0;
    return {};
}

ModemSession::RingEvent ModemSession::waitForRing(int sliceMs)
{
    if (!m_at)
        return RingEvent::None;
    AbortScope scope(*m_at, m_abort);
    if (m_at->waitForRing(sliceMs)) {
        m_rings += m_at->takeRings();
        m_lastRingMs = nowMs();
        return RingEvent::Ring;
    }
    if (m_rings > 0 && nowMs() - m_lastRingMs > RingGapMs) {
        m_rings = 0;
        return RingEvent::CallerGone;
    }
    return RingEvent::None;
}

QString ModemSession::callerId() const
{
    return m_at ? m_at->callerId() : QString();
}

void ModemSession::clearRings()
{
    if (m_at)
        m_at->takeRings();
    m_rings = 0;
}

ModemSession::ReceiveResult ModemSession::receive(const ReceiveOptions &options,
                                                  const CallObserver &observer)
{
    ReceiveResult result;
    result.time = QDateTime::currentDateTimeUtc();
    result.callerId = callerId();
    if (!m_at) {
        result.outcome.message = notOpen().message;
        return result;
    }
    m_rings = 0;
    const auto driver = FaxModemDriver::create(callClass(), *m_at, m_config);
    QList<ReceivedFaxWriter::Page> pages;
    ModemCallHooks hooks;
    hooks.abort = m_abort;
    hooks.deliverPage = [&](int, const QByteArray &data, const T30::SessionParams &params) {
        if (!result.session) {
            result.session = params;
            if (observer.negotiated)
                observer.negotiated(driver->remoteId(), params);
        }
        pages.append({data, params});
    };
    hooks.progress = observer.progress;
    result.outcome = driver->receive(options.csid, hooks);
    result.stopped = aborted();
    result.pagesReceived = int(pages.size());

    ReceivedFax fax;
    fax.port = options.station;
    fax.csid = options.csid;
    fax.tsid = result.outcome.remoteId;
    fax.callerId = result.callerId;
    fax.receiveTime = result.time;
    fax.partial = !result.outcome.success || result.stopped;
    if (pages.isEmpty())
        result.stored.fax = fax;
    else
        result.stored = ReceivedFaxWriter::write(options.directory, options.naming, fax, pages);
    return result;
}

ModemSession::SendResult ModemSession::send(const FaxPageSource &pages, const SendOptions &options,
                                            const CallObserver &observer)
{
    SendResult result;
    result.faxClass = callClass();
    if (!m_at) {
        result.outcome.deviceStatus = DeviceStatus::FatalError;
        result.outcome.message = notOpen().message;
        return result;
    }
    ModemConfig config = m_config;
    if (options.pulseDialing)
        config.dialCommand = "ATDP";
    const auto driver = FaxModemDriver::create(result.faxClass, *m_at, config);
    const int total = pages.pageCount();
    const int first = qMax(0, options.firstPage);
    ModemCallHooks hooks;
    hooks.abort = m_abort;
    hooks.pageData = [&](int n, const T30::SessionParams &params, T30::PageEnd *end) {
        if (!result.session) {
            result.session = params;
            if (observer.negotiated)
                observer.negotiated(driver->remoteId(), params);
        }
        const int index = first + n;
        if (observer.pageRequested)
            observer.pageRequested(index, params);
        *end = index + 1 < total ? T30::PageEnd::MorePages : T30::PageEnd::LastPage;
        return pages.page(index, params);
    };
    hooks.progress = observer.progress;
    FaxModemDriver::SendSpec spec;
    spec.number = options.number;
    spec.tsid = options.tsid;
    spec.resolution = options.resolution.value_or(pages.resolution());
    spec.length = pages.pageLength();
    spec.capabilities = m_config.capabilities;
    spec.firstPage = first;
    result.outcome = driver->send(spec, hooks);
    result.remoteId = driver->remoteId();
    return result;
}

void ModemSession::hangUp()
{
    if (m_at)
        m_at->hangUp();
}

Result ModemSession::recover()
{
    if (!m_at)
        return notOpen();
    const auto driver = FaxModemDriver::create(callClass(), *m_at, m_config);
    return m_at->recover(m_config.resetCommand, driver->listenCommands(),
                         m_config.commandTimeoutMs);
}

Expected<ModemInfo> ModemSession::probe()
{
    if (!m_at)
        return notOpen();
    AbortScope scope(*m_at, m_abort);
    return ModemProbe(*m_at, m_config.commandTimeoutMs).run();
}

} // namespace Fax
