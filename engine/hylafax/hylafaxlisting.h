// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxtypes.h"
#include "hylafaxreply.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Fax {

/// A fax job as a HylaFAX server describes it, in a sendq/doneq listing (JOBFMT) or in the
/// state dump of JPARM. Only what both tell is here, so that either gives the same job.
struct HylafaxJobRecord
{
    JobId id = 0;
    JobId group = 0;
    char state = '?'; ///< JOBFMT's %a: T P S B W R D F or ?
    QString owner;
    QString number; ///< the number as the client wrote it (EXTERNAL)
    QString dialString;
    QString receiver;
    QString company;
    QString sender;
    QString tag; ///< JOBINFO: Fax Console keeps the subject there
    QString modem;
    QString commId;
    QString status; ///< why it failed or waits
    QString jobType;
    int pagesDone = 0;
    int pagesTotal = 0;
    int tries = 0;
    int maxTries = 0;
    int dials = 0;
    int maxDials = 0;
    int userPriority = 127;
    qint64 timeToSend = 0; ///< seconds since the epoch; 0: now

    bool operator==(const HylafaxJobRecord &) const = default;
};

/// A received fax in recvq as RCVFMT describes it.
struct HylafaxReceivedRecord
{
    QString file; ///< "fax00012.tif", relative to recvq
    qint64 time = 0;
    int pages = 0;
    QString sender; ///< the caller's TSI
    int verticalResolution = 196;
    int width = 1728;
    qint64 size = 0;
    QString error; ///< why the receive was not clean; empty when it was
    bool receiving = false;
    QString callerNumber;
    QString callerName;
    QString owner;

    bool operator==(const HylafaxReceivedRecord &) const = default;
};

/// A modem in the status listing as MDMFMT describes it.
struct HylafaxModemRecord
{
    QString name; ///< the canonical modem name ("ttyS0")
    QString number;
    QString localId;
    QString status;        ///< status/<modem>: "Running and idle", "Sending job 12", ...
    bool faxgetty = false; ///< a faxgetty process serves it

    bool operator==(const HylafaxModemRecord &) const = default;
};

/// One line of a SITE TRIGGER event stream ("153012 107 JOB 12 (dest ...): Activated").
struct HylafaxEvent
{
    enum class Class { Job, Send, Receive, Modem, Unknown };
    Class eventClass = Class::Unknown;
    int event = -1; ///< the scheduler's event number (the code minus 100)
    JobId job = 0;  ///< Job and Send events
    QString modem;  ///< Modem events
    QString file;   ///< a received fax's file (Receive events that name it)
    QString text;   ///< what the event says after its subject
    int pages = 0;  ///< pages sent or received so far, where the event says
};

/// The scheduler's event numbers the client acts on (faxd/Trigger.h of HylaFAX).
namespace HylafaxEvents {
constexpr int JobSuspend = 1, JobReady = 2, JobSleep = 3, JobDead = 4, JobReap = 6, JobActive = 7,
              JobKill = 9, JobAltered = 12;
constexpr int SendBase = 16, SendBegin = 16, SendCall = 17, SendConnected = 18, SendPage = 19,
              SendDocument = 20, SendEnd = 23, SendRequeue = 25, SendDone = 26;
constexpr int ReceiveBase = 32, ReceiveBegin = 32, ReceiveStart = 33, ReceivePage = 34,
              ReceiveDocument = 35, ReceiveEnd = 36;
constexpr int ModemBase = 48, ModemAssign = 48, ModemRelease = 49, ModemDown = 50, ModemReady = 51,
              ModemBusy = 52, ModemWedged = 53, ModemInUse = 54;
} // namespace HylafaxEvents

/// What a listing gave: the records that parsed, and how many lines did not (a partial listing
/// must not be taken for the whole queue).
template <typename T> struct HylafaxListingResult
{
    QList<T> records;
    int malformed = 0;
    QString problem; ///< the first malformed line and why
    bool isComplete() const { return malformed == 0; }
};

/// The formats Fax Console asks a HylaFAX server for, and the parsers of what it answers. The
/// fields are separated by ASCII unit separators (0x1f), which no value Fax Console writes
/// contains. Everything here is untrusted input: nothing throws, nothing is taken that does not
/// parse, and a malformed line is counted, not guessed at.
namespace HylafaxListing {

/// The printf-style formats, as sent (JOBFMT "...", RCVFMT, MDMFMT, FILEFMT).
QByteArray jobFormat();
QByteArray receivedFormat();
QByteArray modemFormat();
QByteArray fileFormat();
/// A value quoted for a command line: in double quotes, with '"' and '\' escaped and control
/// characters as octal escapes (the server's lexer decodes them).
QByteArray quoted(const QByteArray &value);

/// LIST sendq / LIST doneq with jobFormat().
HylafaxListingResult<HylafaxJobRecord> parseJobs(const QByteArray &data);
/// LIST recvq with receivedFormat().
HylafaxListingResult<HylafaxReceivedRecord> parseReceived(const QByteArray &data);
/// LIST status with modemFormat(); *scheduler gets the first line ("HylaFAX scheduler on host:
/// Running").
HylafaxListingResult<HylafaxModemRecord> parseModems(const QByteArray &data, QString *scheduler);
/// LIST docq with fileFormat(): the bytes of each job's documents, by job id (the server links
/// every document into docq as doc<N>.<type>.<job>; what it prepares from them is left out).
QHash<JobId, qint64> parseDocumentSizes(const QByteArray &data);
/// The state dump that JPARM without arguments answers (code 217); false and *problem when it
/// is not one.
bool parseJobState(const HylafaxReply &reply, HylafaxJobRecord *record, QString *problem);
/// One line of a trigger event stream.
HylafaxEvent parseEvent(const QByteArray &line);
/// The number in a recvq file name ("fax00012.tif" -> 12); 0 when it has none.
qint64 receivedFaxId(const QString &file);

} // namespace HylafaxListing
} // namespace Fax
