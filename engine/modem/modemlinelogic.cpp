// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/modemlinelogic.h"

#include "modem/faxpagesource.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace Fax {

ModemLineLogic::ModemLineLogic(const Port &port, const ModemConfig &config,
                               std::shared_ptr<ModemTransportFactory> transports, Events events,
                               std::shared_ptr<ModemLineControl> control)
    : m_port(port), m_config(config),
      m_transports(transports ? std::move(transports) : ModemTransportFactory::serial()),
      m_events(std::move(events)),
      m_control(control ? std::move(control) : std::make_shared<ModemLineControl>()),
      m_class(config.modemClass)
{
    m_config.serial.device = port.devicePath;
}

ModemLineLogic::~ModemLineLogic()
{
    closeSession();
}

void ModemLineLogic::report(PortState state, const QString &text)
{
    if (m_events.stateChanged)
        m_events.stateChanged(state, text);
}

bool ModemLineLogic::listening() const
{
    return m_port.receiveMode != ReceiveMode::Off && !m_receiveDir.isEmpty();
}

std::unique_ptr<ModemSession> ModemLineLogic::newSession() const
{
    auto session = std::make_unique<ModemSession>(m_config, m_transports);
    session->setFaxClass(m_class);
    return session;
}

void ModemLineLogic::closeSession()
{
    m_session.reset();
    m_control->ringing = false;
}

void ModemLineLogic::setReceiveDirectory(const QString &directory)
{
    m_receiveDir = directory;
    if (!listening())
        closeSession();
}

qint64 ModemLineLogic::step()
{
    if (m_control->stop) {
        closeSession();
        return NoStep;
    }
    return m_session ? listen() : start();
}

// Auto: ask the modem once which class it has (a send asks again while none is known).
void ModemLineLogic::askClass(ModemSession &session)
{
    m_classAsked = true;
    const auto chosen = session.chooseClass();
    if (chosen)
        m_class = *chosen;
    else
        m_classProblem = chosen.error().message;
}

// The port's idle text for Auto: which class was chosen, or why none was.
QString ModemLineLogic::classText() const
{
    if (m_config.modemClass != FaxClass::Auto)
        return {};
    if (m_class != FaxClass::Auto)
        return QCoreApplication::translate("Fax", "fax Class %1 chosen for the modem on %2")
            .arg(faxClassKey(m_class), device());
    return m_classProblem.isEmpty()
               ? QString()
               : QCoreApplication::translate(
                     "Fax", "the fax class of the modem on %1 is not known yet: %2")
                     .arg(device(), m_classProblem);
}

qint64 ModemLineLogic::failOpen(const QString &reason)
{
    report(PortState::Error,
           QCoreApplication::translate("Fax", "Port %1 cannot use the modem on %2: %3")
               .arg(m_port.name, device(), reason));
    return nowMs() + OpenRetryMs;
}

// Waiting begins: listening for calls, or checking that the port can be opened.
qint64 ModemLineLogic::start()
{
    if (!listening()) {
        // The port is opened (and locked) only for calls, so other fax programs may use it.
        const auto check = newSession();
        if (Result r = check->open(); !r)
            return failOpen(r.error().message);
        if (m_class == FaxClass::Auto && !m_classAsked)
            askClass(*check);
        check->close();
        report(PortState::Idle, classText());
        return NoStep;
    }
    auto session = newSession();
    session->setAbortFlag(&m_control->stop);
    if (Result r = session->open(); !r)
        return failOpen(r.error().message);
    if (m_class == FaxClass::Auto && !m_classAsked)
        askClass(*session);
    session->setFaxClass(m_class);
    if (Result r = session->prepareToListen(); !r) {
        session->close();
        return failOpen(
            QCoreApplication::translate("Fax", "the modem does not answer its initialisation: %1")
                .arg(r.error().message));
    }
    m_session = std::move(session);
    m_callerId.clear();
    report(PortState::Idle,
           m_class == FaxClass::Auto
               ? QCoreApplication::translate("Fax", "waiting for calls on %1").arg(device())
               : QCoreApplication::translate("Fax", "waiting for calls on %1 (fax Class %2)")
                     .arg(device(), faxClassKey(m_class)));
    return nowMs();
}

qint64 ModemLineLogic::listen()
{
    switch (m_session->waitForRing(ListenSliceMs)) {
    case ModemSession::RingEvent::Ring: {
        const int rings = m_session->rings();
        m_control->ringing = true;
        report(PortState::Ringing, QCoreApplication::translate("Fax", "ringing (%1)").arg(rings));
        m_callerId = m_session->callerId();
        if (m_events.ringing)
            m_events.ringing(rings, m_callerId);
        break;
    }
    case ModemSession::RingEvent::CallerGone:
        m_callerId.clear();
        m_control->ringing = false;
        m_control->answerNow = false;
        report(PortState::Idle, QCoreApplication::translate(
                                    "Fax", "the caller hung up before the call was answered"));
        break;
    case ModemSession::RingEvent::None:
        break;
    }
    const int rings = m_session->rings();
    const bool autoAnswer =
        m_port.receiveMode == ReceiveMode::Auto && rings >= qMax(1, m_port.rings);
    if (rings > 0 && (autoAnswer || m_control->answerNow))
        return receiveCall();
    return nowMs();
}

qint64 ModemLineLogic::receiveCall()
{
    m_control->answerNow = false;
    m_control->ringing = false;
    report(PortState::Answered,
           QCoreApplication::translate("Fax", "answering on %1").arg(device()));
    ModemSession::ReceiveOptions options;
    options.directory = m_receiveDir;
    options.csid = m_port.csid;
    options.station = m_port.name;
    options.naming = ReceivedFaxWriter::Naming::StationUtc;
    ModemSession::CallObserver observer;
    observer.progress = [this](DeviceStatus, int n, const QString &text) {
        report(PortState::Receiving,
               text.isEmpty() ? QCoreApplication::translate("Fax", "receiving page %1").arg(n + 1)
                              : text);
    };
    const ModemSession::ReceiveResult r = m_session->receive(options, observer);
    m_callerId.clear();
    closeSession();

    const T30::Outcome &outcome = r.outcome;
    QString message =
        outcome.success
            ? QCoreApplication::translate("Fax", "Received %1 pages from %2 on port %3")
                  .arg(outcome.pages)
                  .arg(outcome.remoteId.isEmpty()
                           ? QCoreApplication::translate("Fax", "an unknown sender")
                           : outcome.remoteId,
                       m_port.name)
            : QCoreApplication::translate("Fax", "The call received on port %1 failed: %2")
                  .arg(m_port.name, outcome.message);
    if (r.pagesReceived > 0) {
        QString problems;
        for (const ReceivedFaxWriter::Problem &p : r.stored.problems)
            problems += QCoreApplication::translate("Fax", "page %1 could not be decoded (%2); ")
                            .arg(p.page + 1)
                            .arg(p.message);
        QString notStored = r.stored.error;
        if (notStored.isEmpty() && r.stored.fax.file.isEmpty())
            notStored = QCoreApplication::translate("Fax", "No received page could be decoded: %1")
                            .arg(problems);
        if (!notStored.isEmpty()) {
            message +=
                QLatin1String("; ") +
                QCoreApplication::translate("Fax", "the received pages could not be stored: %1")
                    .arg(notStored);
        } else {
            if (!problems.isEmpty())
                message += QLatin1String("; ") + problems;
            if (m_events.faxReceived)
                m_events.faxReceived(r.stored.fax, message);
        }
    }
    report(PortState::Idle, message);
    // Listen again once the line has settled; the next step reopens the port.
    return nowMs() + SettleMs;
}

CallOutcome
ModemLineLogic::send(const SendRequest &request, const std::atomic_bool *abort,
                     const std::function<void(DeviceStatus, int, int, const QString &)> &progress)
{
    closeSession(); // the send opens the port itself
    CallOutcome outcome;
    outcome.deviceStatus = DeviceStatus::FatalError;
    QTemporaryDir work;
    if (!work.isValid()) {
        outcome.message =
            QCoreApplication::translate("Fax", "Cannot create a working folder for job %1: %2")
                .arg(request.job.id)
                .arg(work.errorString());
        return outcome;
    }
    FaxPageSource pages;
    if (Result r = pages.load(request.document, work.filePath(QStringLiteral("job.tif")), abort);
        !r) {
        // A cancel is the user's; any other failure is the document's, which a retry cannot mend.
        outcome.retryable = false;
        outcome.message = r.error().message;
        return outcome;
    }
    const int total = pages.pageCount();
    const auto session = newSession();
    session->setAbortFlag(abort);
    if (Result r = session->open(); !r) {
        outcome.message = r.error().message;
        return outcome;
    }
    // An Auto modem that does not answer the question gets Class 1's errors.
    if (session->chooseClass())
        m_class = session->faxClass();
    ModemSession::SendOptions options;
    options.number =
        request.dialString.isEmpty() ? request.job.recipientNumber : request.dialString;
    options.tsid = request.tsid;
    options.pulseDialing = request.pulseDialing;
    ModemSession::CallObserver observer;
    observer.progress = [&](DeviceStatus s, int done, const QString &text) {
        if (progress)
            progress(s, done, total, text);
    };
    outcome = session->send(pages, options, observer).outcome;
    session->close();
    return outcome;
}

} // namespace Fax
