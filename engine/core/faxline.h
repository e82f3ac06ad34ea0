// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxtypes.h"
#include "core/job.h"
#include "core/port.h"
#include "core/receivedfax.h"
#include "core/senddocument.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Fax {

/// What one dial attempt came to.
struct CallOutcome
{
    DeviceStatus deviceStatus = DeviceStatus::Completed; ///< Completed, Busy, NoAnswer, ...
    bool success = false;                                ///< every page confirmed by the far end
    bool retryable = true; ///< false: retrying cannot help (bad number, not a fax)
    /// Pages the far end confirmed in this call, counted from the request's firstPage.
    /// DeviceStatus::OutcomeUnknown: the page after them went out unconfirmed.
    int pagesConfirmed = 0;
    QString message; ///< what happened, for the job's last error
};

/// What a line needs to send one job.
struct SendRequest
{
    Job job;
    SendDocument document; ///< what makes the pages: the spooled documents, cover, branding
    QString tsid;          ///< the TSID to announce
    QString dialString; ///< what the modem dials (dialing rules applied); empty: the job's number
    bool pulseDialing = false; ///< dial with pulses (ATDP) instead of tones
    /// The first page (0-based) this call sends: the pages before it were confirmed by an
    /// earlier attempt and are not sent again.
    int firstPage = 0;
};

/// One running call on a line. Emits progress while it runs and finished() exactly once.
class FaxCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Hangs up as soon as the protocol allows; finished() follows.
    virtual void abort() = 0;

Q_SIGNALS:
    /// pagesSent: confirmed in this call; pagesTotal: the pages this call sends (both counted
    /// from the request's firstPage).
    void progress(Fax::DeviceStatus status, int pagesSent, int pagesTotal, const QString &text);
    void finished(const Fax::CallOutcome &outcome);
};

/// The driver of one port's line (a modem, or a test line). Owned by the local engine.
class FaxLine : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Starts sending; the call belongs to the line and is deleted after finished().
    virtual FaxCall *send(const SendRequest &request) = 0;
    virtual PortState state() const = 0;
    /// Detail of state() ("cannot open /dev/ttyS0: ...", "ringing (2)"); may be empty.
    virtual QString stateText() const { return QString(); }
    /// Where received faxes are written, one fax TIFF per call; empty: the line answers no call.
    virtual void setReceiveDirectory(const QString &directory) { m_receiveDirectory = directory; }
    QString receiveDirectory() const { return m_receiveDirectory; }
    /// Answers the call ringing now (manual answering); false when the line cannot.
    virtual bool answer() { return false; }

Q_SIGNALS:
    void stateChanged(Fax::PortState state, const QString &text);
    /// A call rings (rings: how often so far).
    void ringing(int rings, const QString &callerId);
    /// An answered call brought pages in; fax.file is the fax TIFF in the receive directory
    /// (fax.id is 0: the engine stores it). partial: the call failed after some pages.
    void faxReceived(const Fax::ReceivedFax &fax, const QString &message);

protected:
    QString m_receiveDirectory;
};

/// Makes the line driver for a configured port.
class LineFactory
{
public:
    virtual ~LineFactory() = default;
    /// Returns nullptr and sets *why when no driver can run the port.
    virtual std::unique_ptr<FaxLine> create(const Port &port, QString *why) = 0;
};

} // namespace Fax

Q_DECLARE_METATYPE(Fax::CallOutcome)
