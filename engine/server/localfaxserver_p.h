// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the local engine: LocalFaxServer's state and the parts that share it. The public
// API is in localfaxserver.cpp, the change poller that feeds FaxServer's ServerCache in
// localfaxserver_poller.cpp, the engine lock and the lines in localfaxserver_lines.cpp,
// scheduling passes and calls in localfaxserver_dispatcher.cpp, submissions (with their upload
// into the spool on a worker thread) and job commands in localfaxserver_jobs.cpp.

#include "localfaxserver.h"

#include "core/faxline.h"
#include "inboundrouter.h"
#include "queue/clock.h"
#include "queue/jobstore.h"
#include "servercache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLockFile>
#include <QMap>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace Fax {

namespace LocalServerDetail {

inline QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

// Orphan spool folders (a submit that died before its commit) are removed after this age.
constexpr qint64 OrphanAgeSecs = 10 * 60;
constexpr qint64 OrphanSweepIntervalMs = 5 * 60 * 1000;
// Removals kept for readers to catch up on; a reader that misses more reloads everything.
constexpr int KeptTombstones = 10000;
// A port whose device is missing (a USB modem not plugged in) is looked at again this often.
constexpr qint64 DeviceRecheckIntervalMs = 3 * 1000;
constexpr qint64 LockRetryIntervalMs = 1000;

} // namespace LocalServerDetail

/// The local engine's state: the store, the timers, the lines, the calls and the uploads. The
/// rows it knows are in FaxServer's ServerCache.
class LocalFaxServer::Private
{
public:
    struct LineInfo
    {
        std::unique_ptr<FaxLine> line;
        QString why;        ///< why there is no line
        QString devicePath; ///< the device the line was made for
        Port config;        ///< the port's configuration the line was made with
    };
    struct CallInfo
    {
        QPointer<FaxCall> call;
        QString port;
        bool aborting = false;
        PortState portState = PortState::Initializing;
        QString portText;
        SendDocument document; ///< what made the pages (for the archive copy)
        QString tsid;          ///< the TSID announced
        int firstPage = 0;     ///< the call sends from this page on; earlier ones were confirmed
    };

    LocalFaxServer *q;
    ConnectionSettings conn;
    Options opt;
    SystemClock systemClock;
    const Clock *clock = nullptr;
    QString dataDir;
    ConnectionState state = ConnectionState::Disconnected;

    std::unique_ptr<JobStore> store;
    std::unique_ptr<QLockFile> lock;
    bool dispatcher = false;
    qint64 lastRev = 0;

    /// What the worker copying a submission's documents shares with the engine's thread.
    struct UploadTask
    {
        std::atomic_bool cancel = false;
        QMutex mutex;
        std::optional<Expected<SubmissionGroup>> result; ///< set by the worker when it is done
    };
    /// A submission whose documents are being copied into the spool on uploadPool.
    struct Upload
    {
        QPointer<SubmitOperation> op;
        std::shared_ptr<UploadTask> task;
        FaxDocument document;
    };
    QHash<quint64, Upload> uploads;
    quint64 nextUpload = 1;

    QTimer pollTimer;
    QTimer passTimer;
    QTimer wakeTimer;
    QElapsedTimer lockRetry;
    QElapsedTimer orphanSweep;
    QElapsedTimer deviceRecheck;
    QString lastReportedError;

    std::unique_ptr<LineFactory> defaultLineFactory; ///< the modem drivers, made when needed
    std::map<QString, LineInfo> lines;
    QHash<JobId, CallInfo> calls;
    QList<QPointer<InboundRouter>> routers; ///< received faxes whose printing/mailing runs
    bool routingQuietly = false;

    explicit Private(LocalFaxServer *server) : q(server) {}

    QDateTime now() const { return clock->now(); }

    ServerCache &cache() const { return q->cache(); }
    const QMap<JobId, Job> &jobs() const { return cache().jobMap(); }
    const QMap<QString, Port> &ports() const { return cache().portMap(); }
    const ServerSettings &settings() const { return cache().settings(); }

    // --- connection (localfaxserver.cpp) ------------------------------------------------
    void disconnect(bool emitting);
    Result checkConnected() const;

    // --- cache updates and the change poller (localfaxserver_poller.cpp) -----------------
    // Every change goes through the cache, which emits it exactly once.
    void setState(ConnectionState s);
    void report(const Error &e);
    void applyJob(const Job &job);
    void applyJobRemoved(JobId id);
    void applyPort(const Port &port);
    void dropStaleLine(const QString &name);
    std::map<QString, LineInfo>::iterator discardLine(std::map<QString, LineInfo>::iterator it);
    void applyPortRemoved(const QString &name);
    void applySettings(const ServerSettings &s);
    void applyJobs(const Expected<QList<Job>> &changed);
    Result load();
    void pollChanges(bool force);
    void tick();

    // --- the engine lock, recovery and the lines (localfaxserver_lines.cpp) --------------
    void tryBecomeDispatcher();
    Result interruptJob(Job &job, bool &cancel);
    void recoverInterrupted();
    void sweepOrphans();
    bool portBusy(const QString &name) const;
    void syncLines();
    /// Makes the lines of ports whose missing device has appeared.
    void recheckMissingDevices();
    void updatePortLiveState(const QString &name);
    void setPortLiveState(const QString &name, PortState s, const QString &text);
    void stopDispatching(bool emitting);
    LineFactory *lineFactory();
    QString receivedDirectory() const;
    void storeReceived(const QString &portName, ReceivedFax fax, const QString &message);
    QString routeReceived(const ReceivedFax &fax) const;
    void insertReceived(const ReceivedFax &fax, bool announce = true);
    void finishRouting(bool emitting);

    // --- scheduling passes and calls (localfaxserver_dispatcher.cpp) ---------------------
    void schedulePass();
    void runPass();
    void startJob(JobId id, const QString &portName);
    /// What makes job's pages: its submission's documents, cover page, resolution and sender,
    /// its recipient, the branding line when Branding is on.
    SendDocument sendDocument(const Job &job, const QString &tsid, const QDateTime &time);
    void onProgress(JobId id, DeviceStatus s, int sent, int total, const QString &text);
    void finishJob(JobId id, const CallOutcome &outcome);
    void abortCall(JobId id);
    Result removeJobsNow(const QList<JobId> &ids, bool requireFinal);
    void archiveSent(const Job &job, const CallInfo &info);
    void archiveFailed(JobId id, const QString &message);

    // --- submissions (localfaxserver_jobs.cpp) -------------------------------------------
    void uploadProgress(quint64 id, qint64 done, qint64 total);
    /// The copy of upload id ended: store its jobs, or clean up after it.
    void finishUpload(quint64 id);
    /// Stops every upload, waits for the copies to end (nothing they made is kept) and fails
    /// their operations with why.
    void stopUploads(const Error &why);

    // Last: destroyed first, waiting for copies still being written.
    QThreadPool archivePool;
    QThreadPool uploadPool;
};

} // namespace Fax
