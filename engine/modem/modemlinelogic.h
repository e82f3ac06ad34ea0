// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxline.h"
#include "modem/modemsession.h"

#include <atomic>
#include <functional>
#include <memory>

namespace Fax {

/// Flags other threads set for a line's logic (and read back): thread-safe.
struct ModemLineControl
{
    std::atomic_bool stop{false};      ///< the line is going away: waits and calls end
    std::atomic_bool answerNow{false}; ///< manual answer requested
    std::atomic_bool ringing{false};   ///< a call rings now

    /// Asks for the ringing call to be answered; false when none rings.
    bool requestAnswer()
    {
        if (!ringing)
            return false;
        answerNow = true;
        return true;
    }
};

/// What a modem port's line does, as a plain class without threads or timers: opening the
/// port (an Error naming the device, tried again every 30 s), choosing the fax class once for
/// Auto, listening for calls while the port receives, counting rings with caller ID,
/// answering after the port's rings or on request, receiving into a fax TIFF, giving the port
/// to a send and listening again after it. Time comes from the transports' clock: step() does
/// what is due and says when it wants to run again, so ModemLine's thread only schedules and a
/// unit test drives it in virtual time.
class ModemLineLogic final
{
public:
    /// What the logic tells its line, on the thread that drives it.
    struct Events
    {
        std::function<void(PortState state, const QString &text)> stateChanged;
        std::function<void(int rings, const QString &callerId)> ringing;
        std::function<void(const ReceivedFax &fax, const QString &message)> faxReceived;
    };
    /// step()'s answer when nothing is due until something changes (a receive folder, a send).
    static constexpr qint64 NoStep = -1;
    static constexpr int OpenRetryMs = 30 * 1000; ///< a port that cannot be used is tried again
    static constexpr int ListenSliceMs = 300;     ///< how long one wait for RING blocks
    static constexpr int SettleMs = 1000;         ///< after a call, before listening again

    ModemLineLogic(const Port &port, const ModemConfig &config,
                   std::shared_ptr<ModemTransportFactory> transports, Events events,
                   std::shared_ptr<ModemLineControl> control = {});
    ~ModemLineLogic();
    Q_DISABLE_COPY_MOVE(ModemLineLogic)

    /// Where received faxes go; empty: the line answers no call. The next step starts over.
    void setReceiveDirectory(const QString &directory);
    /// Does what is due now (opening the port, one wait for RING of at most ListenSliceMs, a
    /// whole received call) and returns when it wants the next step, on the transports' clock,
    /// or NoStep.
    qint64 step();
    /// Sends request on the port: stops listening (releasing the port), converts the documents,
    /// opens the port, dials and runs the call from request.firstPage on. Listening resumes
    /// with the next step. progress gets (status, pages confirmed, pages this call sends,
    /// text), counted from request.firstPage like the outcome's pagesConfirmed.
    CallOutcome send(const SendRequest &request, const std::atomic_bool *abort,
                     const std::function<void(DeviceStatus, int, int, const QString &)> &progress);
    /// Manual answer (thread-safe): true while a call rings; the next step answers it.
    bool answer() { return m_control->requestAnswer(); }
    const std::shared_ptr<ModemLineControl> &control() const { return m_control; }
    /// The class the line drives: the configured one, or Auto's choice once known.
    FaxClass faxClass() const { return m_class; }
    /// The clock step() answers on.
    qint64 nowMs() const { return m_transports->nowMs(); }

private:
    bool listening() const;
    qint64 start();
    qint64 listen();
    qint64 receiveCall();
    qint64 failOpen(const QString &reason);
    void askClass(ModemSession &session);
    QString classText() const;
    std::unique_ptr<ModemSession> newSession() const;
    void closeSession();
    void report(PortState state, const QString &text);
    QString device() const { return m_config.serial.device; }

    Port m_port;
    ModemConfig m_config;
    std::shared_ptr<ModemTransportFactory> m_transports;
    Events m_events;
    std::shared_ptr<ModemLineControl> m_control;
    QString m_receiveDir;
    std::unique_ptr<ModemSession> m_session; // open while listening
    QString m_callerId;                      // of the call ringing now
    FaxClass m_class;                        // Auto while the modem's answer is not known
    bool m_classAsked = false;
    QString m_classProblem; // why Auto found no class
};

} // namespace Fax
