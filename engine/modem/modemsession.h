// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modem/faxmodemdriver.h"
#include "modem/modemprobe.h"
#include "modem/modemtransportfactory.h"
#include "modem/receivedfaxwriter.h"

#include <QDateTime>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Fax {

class FaxPageSource;

/// One modem port opened for one or more fax calls: the component behind faxctl send, receive
/// and probe and behind the engine's ModemLine. It opens and locks the port, settles the fax
/// class once (asking the modem for Auto), sets up the driver of that class for each call,
/// waits for rings with caller ID, receives (decoding the pages and writing the fax TIFF),
/// sends, hangs up, recovers a modem and probes it. Blocking: used on the port's thread, all
/// time taken from the transport (virtual in tests); a stop (the abort flag) ends every wait
/// within a quarter second.
class ModemSession final
{
public:
    /// What waiting for a call brought.
    enum class RingEvent {
        None,      ///< nothing new
        Ring,      ///< one or more RINGs (rings() counts the call's)
        CallerGone ///< no RING for RingGapMs: the caller hung up before the answer
    };
    /// No RING for this long while a call rings: the caller has given up.
    static constexpr qint64 RingGapMs = 10 * 1000;

    /// How and where a received fax is stored.
    struct ReceiveOptions
    {
        QString directory; ///< where the fax TIFF goes (made if missing)
        QString csid;      ///< our id, announced to the caller
        QString station;   ///< kept in the fax as its port: the port's name or the device
        ReceivedFaxWriter::Naming naming = ReceivedFaxWriter::Naming::StationUtc;
    };
    /// What the caller hears of a call while it runs (on the port's thread).
    struct CallObserver
    {
        /// Before the first page: the far end's id (empty if it sent none) and the session
        /// parameters in force.
        std::function<void(const QString &remoteId, const T30::SessionParams &)> negotiated;
        /// Sender: the driver asks for the pages' page `page` (0-based, counting the ones
        /// before SendOptions::firstPage), coded for these parameters.
        std::function<void(int page, const T30::SessionParams &)> pageRequested;
        /// The driver's progress (DeviceStatus, pages so far, text).
        std::function<void(DeviceStatus status, int pages, const QString &text)> progress;
    };
    /// What a receive came to.
    struct ReceiveResult
    {
        T30::Outcome outcome;  ///< of the call (pages: as the protocol counted them)
        QDateTime time;        ///< when the call was answered (UTC)
        QString callerId;      ///< as the modem reported it with the RINGs
        bool stopped = false;  ///< the abort flag ended it
        int pagesReceived = 0; ///< pages that came off the line, decodable or not
        std::optional<T30::SessionParams> session; ///< of the first page
        /// The decoded pages and the fax TIFF (stored.fax.file empty when none was written);
        /// stored.fax also carries csid, tsid, caller ID, station, time and the partial flag.
        ReceivedFaxWriter::Stored stored;
    };
    /// How to dial and announce a send.
    struct SendOptions
    {
        QString number; ///< what the modem dials
        QString tsid;
        std::optional<FaxResolution> resolution; ///< to ask for instead of the pages' own
        bool pulseDialing = false;               ///< ATDP instead of the configured command
        /// The first page (0-based) to send: the ones before it were confirmed earlier.
        int firstPage = 0;
    };
    /// What a send came to.
    struct SendResult
    {
        CallOutcome outcome;
        FaxClass faxClass = FaxClass::Class1;      ///< the class the call was driven in
        QString remoteId;                          ///< the far end's id (empty if none)
        std::optional<T30::SessionParams> session; ///< negotiated, once a page was asked for
    };

    explicit ModemSession(
        const ModemConfig &config,
        std::shared_ptr<ModemTransportFactory> transports = ModemTransportFactory::serial());
    ~ModemSession();
    Q_DISABLE_COPY_MOVE(ModemSession)

    const ModemConfig &config() const { return m_config; }
    QString device() const { return m_config.serial.device; }

    /// Opens and locks the port; the error names the device and why (missing, held by PID N,
    /// not a serial device).
    Result open();
    /// Closes the port and releases its lock.
    void close();
    bool isOpen() const;
    /// The transports' clock in ms.
    qint64 nowMs() const;
    /// While *flag is true the session's waits give up and calls end (nullptr: no stop).
    void setAbortFlag(const std::atomic_bool *flag) { m_abort = flag; }
    bool aborted() const { return m_abort && m_abort->load(); }

    /// The class calls are driven in: the configured one, or what chooseClass() found for
    /// Auto; Auto while that is not known (calls then use Class 1).
    FaxClass faxClass() const { return m_class; }
    /// The class a call is driven in now: faxClass(), with Class 1 for an Auto not known.
    FaxClass callClass() const;
    /// A class an earlier session chose for Auto (a line keeps it across openings).
    void setFaxClass(FaxClass cls);
    /// The configured class; for Auto the modem's answer to AT+FCLASS=? (asked while none is
    /// known, then kept). Fails naming the device when the modem has no fax class we drive.
    Expected<FaxClass> chooseClass();

    /// Puts the modem into its class for waiting for calls and asks it for caller ID (a modem
    /// without caller ID still takes calls). A RING that came meanwhile counts for the call.
    Result prepareToListen();
    /// Waits up to sliceMs for RING, counting the call's rings.
    RingEvent waitForRing(int sliceMs);
    /// RINGs of the call ringing now.
    int rings() const { return m_rings; }
    /// The caller ID reported with them (number, and the name in parentheses); may be empty.
    QString callerId() const;
    /// Forgets the rings counted so far.
    void clearRings();

    /// Answers the ringing call, receives to its end, decodes the pages and writes them as a
    /// fax TIFF (when any page came).
    ReceiveResult receive(const ReceiveOptions &options, const CallObserver &observer = {});
    /// Dials and sends the pages of pages from options.firstPage on; the session must be
    /// open. The outcome counts the pages confirmed in this call.
    SendResult send(const FaxPageSource &pages, const SendOptions &options,
                    const CallObserver &observer = {});
    /// Hangs up (DTR drop, ATH0).
    void hangUp();
    /// Brings the modem back after a call for the next one: DTR drop, reset, its class's
    /// listening commands.
    Result recover();
    /// Asks the modem who it is and what it can do.
    Expected<ModemInfo> probe();

private:
    Error notOpen() const;

    ModemConfig m_config;
    std::shared_ptr<ModemTransportFactory> m_transports;
    std::unique_ptr<ModemTransport> m_transport;
    std::unique_ptr<AtDialogue> m_at;
    FaxClass m_class;
    const std::atomic_bool *m_abort = nullptr;
    int m_rings = 0;
    qint64 m_lastRingMs = 0;
};

} // namespace Fax
