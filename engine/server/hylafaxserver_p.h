// SPDX-License-Identifier: GPL-3.0-or-later
// HylafaxServer's inside: the sessions it keeps, the readings of the server's state, the events
// that cause them, and the job defaults it sends. Parts:
//   hylafaxserver.cpp        connecting, losing and regaining the server, capabilities, settings
//   hylafaxserver_read.cpp   readings in fresh sessions, events, applying them to the cache
//   hylafaxserver_jobs.cpp   job commands, removal, modems, fetching received faxes, submitting
//   hylafaxsubmission.cpp    one submission: documents, cover pages, jobs, all or none
//   hylafaxjobdefaults.cpp   the job defaults this client keeps and how they become JPARMs
#pragma once

#include "hylafax/hylafaxlisting.h"
#include "hylafax/hylafaxsession.h"
#include "hylafax/hylafaxtriggerstream.h"
#include "hylafaxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Fax {

class HylafaxSubmission;

namespace HylafaxServerDetail {

inline QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

/// What one reading of the server asks for.
struct ReadPlan
{
    bool sendq = false;
    bool doneq = false;
    bool docq = false;
    bool status = false;
    bool recvq = false;
    QList<JobId> lookups; ///< jobs read one by one (JOB, JPARM)

    bool isFull() const { return sendq && doneq && docq && status && recvq; }
    void merge(const ReadPlan &other);
    bool isEmpty() const
    {
        return !sendq && !doneq && !docq && !status && !recvq && lookups.isEmpty();
    }
    static ReadPlan full();
};

/// What one reading of the server gave.
struct StateRead
{
    ReadPlan plan;
    quint64 number = 0; ///< which reading this is (HylafaxServer::Private::readingsBegun)
    HylafaxListingResult<HylafaxJobRecord> sendq;
    HylafaxListingResult<HylafaxJobRecord> doneq;
    QHash<JobId, qint64> sizes;
    HylafaxListingResult<HylafaxModemRecord> modems;
    QString scheduler;
    HylafaxListingResult<HylafaxReceivedRecord> received;
    QList<Job> sendqJobs, doneqJobs; ///< their records as HylafaxMapping makes them
    /// The jobs of sendq and doneq by id (a job that moved from sendq to doneq meanwhile: its
    /// final state).
    QMap<JobId, Job> listed;
    QHash<JobId, HylafaxJobRecord> found; ///< lookups that found their job
    QList<JobId> gone;                    ///< lookups whose job is no more
    QList<JobId> moved; ///< lookups whose job left sendq meanwhile (JPARM went unanswered)
};

} // namespace HylafaxServerDetail

class HylafaxServer::Private
{
public:
    using ReadPlan = HylafaxServerDetail::ReadPlan;
    using StateRead = HylafaxServerDetail::StateRead;
    using SessionUser = std::function<void(HylafaxSession *session, const Error &error)>;

    explicit Private(HylafaxServer *server);

    // hylafaxserver.cpp
    HylafaxAccount account(bool admin) const;
    void setState(ConnectionState s);
    void computeCapabilities();
    void connected(FaxOperation *op);
    void disconnect(bool emitting);
    void lost(const Error &error);
    void reconnect();
    Result checkConnected() const;
    /// Runs use with the logged-in command session, opening it again when the server closed it
    /// (idle timeout, restart); use gets the error when that fails.
    void withCommandSession(SessionUser use);
    void dropCommandSession(const Error &why);
    void loadSettings();
    QString settingsGroup() const;

    // hylafaxserver_read.cpp
    /// Reads what plan asks in a fresh session; done after the cache has it (or with the error).
    void read(const ReadPlan &plan, std::function<void(const Result &)> done = {});
    void runReading();
    void readNow(const ReadPlan &plan, std::function<void(Expected<StateRead>)> done);
    void apply(const StateRead &read);
    /// A job as listed, with what the listings do not say as this client knows it.
    Job merged(Job job, const QHash<JobId, qint64> &sizes) const;
    Port portOf(const HylafaxModemRecord &record) const;
    void onEvent(const HylafaxEvent &event);
    void startEvents();
    void stopEvents();
    void schedulePoll();
    /// The whole state, for connect and reconnect: cache reset without signals.
    void readAll(std::function<void(const Result &)> done);
    /// The listed jobs of read merged(), a chunk per turn of the event loop; done with them
    /// unless the connection was dropped meanwhile.
    void mergeListed(const std::shared_ptr<const StateRead> &read,
                     std::function<void(QList<Job>)> done);

    HylafaxServer *q;
    ConnectionSettings conn;
    Options opt;
    QString password;
    ConnectionState state = ConnectionState::Disconnected;
    ServerCapabilities caps;
    bool admin = false;
    QString adminRefusal;
    bool connectedOnce = false;

    // The command session: job control, removal, modems, downloads.
    QPointer<HylafaxSession> command;
    QList<SessionUser> waitingForCommand;
    QElapsedTimer commandIdle;
    QTimer keepAlive;

    // Readings and events.
    QPointer<HylafaxTriggerStream> events;
    bool live = false; ///< events flow
    QTimer pollTimer;
    QTimer eventTimer;
    QTimer reconnectTimer;
    QTimer eventRetryTimer;
    int eventRetryDelay = 0;     ///< the last wait before events were tried again (0: none yet)
    QElapsedTimer liveSince;     ///< since when events flow
    static constexpr int MaxEventRetryDelayMs = 30000;
    int reconnectDelay = 0;
    bool reading = false;
    /// Readings in a row that looked jobs up again because they moved meanwhile (a job moves
    /// once, from sendq to doneq: a few are plenty).
    int movedLookups = 0;
    static constexpr int MaxMovedLookups = 3;
    ReadPlan pendingPlan;
    QList<std::function<void(const Result &)>> pendingDone;
    quint64 generation = 0; ///< bumps on disconnect: late answers are dropped

    // What listings do not say, kept from what this client did and saw.
    QHash<QString, bool> sendEnabled;      ///< modems switched off (faxq marked them down)
    QHash<JobId, DeviceStatus> liveDevice; ///< what a running job's call does, from events
    QSet<JobId> aborting;                  ///< running jobs killed by this client
    QHash<JobId, Job> submittedExtras;     ///< what a new job's submission knew of it
    /// Jobs this client removed, with the number of readings begun by then: a reading begun
    /// earlier may still list them and must not bring them back.
    QHash<JobId, quint64> removedJobs;
    quint64 readingsBegun = 0;
    QHash<qint64, QString> receivedFiles; ///< recvq file names of received faxes
    ServerSettings settings;              ///< the job defaults this client keeps

    QHash<quint64, QPointer<HylafaxSubmission>> submissions;
    quint64 nextSubmission = 1;
};

} // namespace Fax
