// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxline.h"
#include "modem/atdialogue.h"
#include "modem/modemconfig.h"
#include "t30/t30session.h"

#include <atomic>
#include <functional>
#include <memory>

namespace Fax {

/// What a dial string may hold of a number (digits, '+' first, , W * # P ! @); spaces, dashes and
/// brackets are for people.
QByteArray dialDigits(const QString &number);

/// Map the result of ATD that is not CONNECT to what the job records.
CallOutcome dialOutcome(AtResponse::Code code, const QString &number, const QString &device);

/// Hooks a driver calls on the port thread while a call runs, whatever its class. Page data is
/// LSB-first, as the line carries it.
struct ModemCallHooks
{
    /// Sender: page `page` coded for the session parameters in force; *end says what follows it.
    std::function<Expected<QByteArray>(int page, const T30::SessionParams &, T30::PageEnd *end)>
        pageData;
    /// Receiver: a page arrived.
    std::function<void(int page, const QByteArray &data, const T30::SessionParams &)> deliverPage;
    std::function<void(DeviceStatus status, int pages, const QString &text)> progress;
    /// While set, the driver ends the call as soon as the protocol allows (within a quarter
    /// second wherever it waits).
    const std::atomic_bool *abort = nullptr;
};

/// One fax call through a modem in one fax class: Class1Driver runs T.30 on the host,
/// Class2Driver lets a Class 2 / 2.0 modem run it. Blocking; runs on the port's thread; one
/// driver per call. ModemSession picks the driver; nothing outside the modem layer does.
class FaxModemDriver
{
public:
    /// What a send needs besides the pages themselves (which hooks.pageData gives).
    struct SendSpec
    {
        QString number;                                 ///< what is dialled (dialDigits() of it)
        QString tsid;                                   ///< our id, announced to the far end
        FaxResolution resolution = FaxResolution::Fine; ///< the pages' own
        T30::PageLength length = T30::PageLength::A4;   ///< of the longest page
        T30::Capabilities capabilities = ModemConfig::defaultCapabilities(); ///< what we offer
        /// The job's page (0-based) the call's first page is: earlier ones were confirmed by
        /// an earlier call. Only the page numbers in messages count from it.
        int firstPage = 0;
    };

    virtual ~FaxModemDriver() = default;

    /// The class this driver drives (never Auto).
    virtual FaxClass faxClass() const = 0;
    /// Initialises the modem (recovering it once if it does not answer), dials, sends every
    /// page hooks.pageData gives and hangs up.
    virtual CallOutcome send(const SendSpec &spec, const ModemCallHooks &hooks) = 0;
    /// Answers (ATA) the ringing call as csid and receives to the end of the call.
    virtual T30::Outcome receive(const QString &csid, const ModemCallHooks &hooks) = 0;
    /// The far end's id (CSI when sending, TSI when receiving) as far as the call has told it;
    /// empty when none came.
    virtual QString remoteId() const = 0;
    /// The AT dialogue in order, for logs and tests.
    virtual const QStringList &log() const = 0;
    /// The commands that put the modem in this class for waiting for RING (base init, then
    /// +FCLASS).
    virtual QList<QByteArray> listenCommands() const = 0;

    /// The driver for cls on at's modem; Auto (a class not known yet) gets Class 1.
    static std::unique_ptr<FaxModemDriver> create(FaxClass cls, AtDialogue &at,
                                                  const ModemConfig &config);

    /// The class Auto takes from the classes AT+FCLASS=? lists: 1 (also for "1.0"), else 2.0,
    /// else 2; Auto when none of them is there.
    static FaxClass chooseClass(const QStringList &classes);
    /// The class a port configured for `configured` drives a modem that lists `classes` in:
    /// the configured one if the modem lists it, Auto's choice for Auto; Auto when none fits.
    static FaxClass drivenClass(FaxClass configured, const QStringList &classes);
    /// Asks AT+FCLASS=? and chooses; fails naming the device when no fax class fits.
    static Expected<FaxClass> queryClass(AtDialogue &at, int timeoutMs = 3000);
};

} // namespace Fax
