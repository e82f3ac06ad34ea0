#include "localfaxserver.h"

#include "faxline.h"
#include "queue/clock.h"
#include "queue/jobstore.h"
#include "queue/scheduler.h"
#include "queue/spool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLockFile>
#include <QMap>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <map>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

// Orphan spool folders (a submit that died before its commit) are removed after this age.
constexpr qint64 OrphanAgeSecs = 10 * 60;
constexpr qint64 OrphanSweepIntervalMs = 5 * 60 * 1000;
constexpr qint64 LockRetryIntervalMs = 1000;

PortState portStateFor(DeviceStatus status, PortState fallback)
{
    switch (status) {
    case DeviceStatus::Initializing:
        return PortState::Initializing;
    case DeviceStatus::Dialing:
        return PortState::Dialing;
    case DeviceStatus::Ringing:
        return PortState::Ringing;
    case DeviceStatus::Answered:
        return PortState::Answered;
    case DeviceStatus::Sending:
        return PortState::Sending;
    case DeviceStatus::Receiving:
        return PortState::Receiving;
    default:
        return fallback;
    }
}

bool lineWorks(PortState state)
{
    return state != PortState::Offline && state != PortState::Error;
}

void registerMetaTypes()
{
    static const bool done = [] {
        qRegisterMetaType<Fax::Job>();
        qRegisterMetaType<Fax::Port>();
        qRegisterMetaType<Fax::ServerSettings>();
        qRegisterMetaType<Fax::ReceivedFax>();
        qRegisterMetaType<Fax::Error>();
        qRegisterMetaType<Fax::CallOutcome>();
        qRegisterMetaType<Fax::JobId>("Fax::JobId");
        return true;
    }();
    Q_UNUSED(done);
}

Error notConnected(const QString &dataDir)
{
    return Error::make(Error::Kind::Connection,
                       trFax(QT_TRANSLATE_NOOP("Fax", "The local fax engine is not connected "
                                                      "(data folder %1)"))
                           .arg(dataDir));
}

} // namespace

class LocalFaxServer::Private
{
public:
    struct LineInfo
    {
        std::unique_ptr<FaxLine> line;
        QString why;        ///< why there is no line
        QString devicePath; ///< the device the line was made for
    };
    struct CallInfo
    {
        QPointer<FaxCall> call;
        QString port;
        bool aborting = false;
        PortState portState = PortState::Initializing;
        QString portText;
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

    QMap<JobId, Job> jobs;
    mutable QList<Job> jobList;
    mutable bool jobListDirty = true;
    QMap<QString, Port> ports;
    ServerSettings settings;
    QMap<qint64, ReceivedFax> received;

    QTimer pollTimer;
    QTimer passTimer;
    QTimer wakeTimer;
    QElapsedTimer lockRetry;
    QElapsedTimer orphanSweep;
    QString lastReportedError;

    std::map<QString, LineInfo> lines;
    QHash<JobId, CallInfo> calls;

    explicit Private(LocalFaxServer *server) : q(server) {}

    QDateTime now() const { return clock->now(); }

    void setState(ConnectionState s)
    {
        if (state == s)
            return;
        state = s;
        Q_EMIT q->stateChanged(s);
    }

    void report(const Error &e)
    {
        if (e.message == lastReportedError)
            return; // a poll error repeats every tick; say it once
        lastReportedError = e.message;
        Q_EMIT q->errorOccurred(e);
    }

    // --- cache updates: every change is emitted exactly once -----------------------------

    void applyJob(const Job &job)
    {
        auto it = jobs.find(job.id);
        if (it == jobs.end()) {
            jobs.insert(job.id, job);
            jobListDirty = true;
            Q_EMIT q->jobAdded(job);
        } else if (!(*it == job)) {
            *it = job;
            jobListDirty = true;
            Q_EMIT q->jobChanged(job);
        }
    }

    void applyJobRemoved(JobId id)
    {
        if (jobs.remove(id) > 0) {
            jobListDirty = true;
            Q_EMIT q->jobRemoved(id);
        }
    }

    void applyPort(const Port &port)
    {
        auto it = ports.find(port.name);
        if (it == ports.end()) {
            ports.insert(port.name, port);
            Q_EMIT q->portAdded(port);
        } else if (!(*it == port)) {
            *it = port;
            dropStaleLine(port.name);
            Q_EMIT q->portChanged(port);
        }
    }

    // A line made for another device is replaced (by syncLines()) once no call runs on it.
    void dropStaleLine(const QString &name)
    {
        const auto line = lines.find(name);
        if (line != lines.end() && ports.contains(name) &&
            line->second.devicePath != ports.value(name).devicePath && !portBusy(name))
            discardLine(line);
    }

    // Lines go away later, not now: this may run inside a signal of the line or its call.
    std::map<QString, LineInfo>::iterator discardLine(std::map<QString, LineInfo>::iterator it)
    {
        if (FaxLine *line = it->second.line.release()) {
            QObject::disconnect(line, nullptr, q, nullptr);
            line->deleteLater();
        }
        return lines.erase(it);
    }

    void applyPortRemoved(const QString &name)
    {
        if (ports.remove(name) > 0) {
            const auto line = lines.find(name);
            if (line != lines.end() && !portBusy(name))
                discardLine(line);
            Q_EMIT q->portRemoved(name);
        }
    }

    void applySettings(const ServerSettings &s)
    {
        if (settings == s)
            return;
        settings = s;
        Q_EMIT q->settingsChanged(s);
    }

    void applyJobs(const Expected<QList<Job>> &changed)
    {
        if (!changed)
            return;
        for (const Job &job : *changed)
            applyJob(job);
    }

    // --- connection ------------------------------------------------------------------------

    Result load()
    {
        const Expected<StoreChanges> all = store->changesSince(0);
        if (!all)
            return all.error();
        jobs.clear();
        for (const Job &job : all->jobs)
            jobs.insert(job.id, job);
        jobListDirty = true;
        ports.clear();
        for (const Port &port : all->ports)
            ports.insert(port.name, port);
        settings = all->settings.value_or(ServerSettings());
        received.clear();
        for (const ReceivedFax &fax : all->received)
            received.insert(fax.id, fax);
        lastRev = all->revision;
        return {};
    }

    void pollChanges(bool force)
    {
        if (!store || !store->isOpen())
            return;
        if (!store->externalChange() && !force)
            return;
        const Expected<StoreChanges> c = store->changesSince(lastRev);
        if (!c) {
            report(c.error());
            return;
        }
        lastReportedError.clear();
        if (c->settings)
            applySettings(*c->settings);
        for (const Port &port : c->ports)
            applyPort(port);
        for (const QString &name : c->removedPorts)
            applyPortRemoved(name);
        for (const Job &job : c->jobs)
            applyJob(job);
        for (JobId id : c->removedJobs)
            applyJobRemoved(id);
        for (const ReceivedFax &fax : c->received) {
            if (!received.contains(fax.id)) {
                received.insert(fax.id, fax);
                Q_EMIT q->receivedFaxAdded(fax);
            }
        }
        const bool anything = c->revision != lastRev;
        lastRev = c->revision;
        if (dispatcher) {
            for (JobId id : c->cancelRequests)
                abortCall(id);
            if (!c->ports.isEmpty() || !c->removedPorts.isEmpty())
                syncLines();
        }
        if (anything)
            schedulePass();
    }

    void tick()
    {
        pollChanges(false);
        if (opt.runScheduler && !dispatcher && lockRetry.hasExpired(LockRetryIntervalMs)) {
            lockRetry.restart();
            tryBecomeDispatcher();
        }
        if (dispatcher && orphanSweep.hasExpired(OrphanSweepIntervalMs))
            sweepOrphans();
    }

    // --- dispatching -------------------------------------------------------------------------

    void tryBecomeDispatcher()
    {
        if (dispatcher || !opt.runScheduler || state != ConnectionState::Connected)
            return;
        if (!lock) {
            lock = std::make_unique<QLockFile>(dataDir + QStringLiteral("/engine.lock"));
            lock->setStaleLockTime(0); // a live holder keeps it; a dead one is detected by pid
        }
        if (!lock->tryLock(0))
            return;
        dispatcher = true;
        pollChanges(true);
        recoverInterrupted();
        syncLines();
        sweepOrphans();
        schedulePass();
    }

    Result interruptJob(Job &job, bool &cancel)
    {
        if (job.queueStatus != QueueStatus::InProgress)
            return Error::make(Error::Kind::NotPermitted, QString());
        const QDateTime t = now();
        if (cancel) {
            job.queueStatus = QueueStatus::Canceled;
            job.finished = t;
            job.lastError =
                trFax(QT_TRANSLATE_NOOP("Fax", "Canceled. The call was interrupted; %1 of %2 "
                                               "pages were confirmed, delivery of the remaining "
                                               "pages is unconfirmed."))
                    .arg(job.pagesSent)
                    .arg(job.pagesTotal);
        } else {
            job.lastError =
                trFax(QT_TRANSLATE_NOOP("Fax", "The call on port %1 was interrupted before it "
                                               "finished; %2 of %3 pages were confirmed, delivery "
                                               "of the remaining pages is unconfirmed."))
                    .arg(job.port)
                    .arg(job.pagesSent)
                    .arg(job.pagesTotal);
            if (job.tries >= settings.retries + 1) {
                job.queueStatus = QueueStatus::RetriesExceeded;
                job.finished = t;
            } else {
                job.queueStatus = QueueStatus::Retrying;
                job.nextAttempt = t.addSecs(qint64(settings.retryDelay) * 60);
            }
        }
        job.deviceStatus = DeviceStatus::Disconnected;
        cancel = false;
        return {};
    }

    // Jobs a dead dispatcher left in progress: never silently sent twice, never lost.
    void recoverInterrupted()
    {
        QList<JobId> ids;
        for (const Job &job : std::as_const(jobs)) {
            if (job.queueStatus == QueueStatus::InProgress && !calls.contains(job.id))
                ids << job.id;
        }
        if (ids.isEmpty())
            return;
        const auto changed = store->modifyJobs(
            ids, [this](Job &job, bool &cancel) { return interruptJob(job, cancel); }, false);
        if (!changed)
            report(changed.error());
        applyJobs(changed);
    }

    void sweepOrphans()
    {
        orphanSweep.restart();
        const Expected<QSet<QString>> referenced = store->referencedSpoolFolders();
        if (referenced)
            Spool::removeOrphans(store->spoolDirectory(), *referenced, OrphanAgeSecs);
    }

    bool portBusy(const QString &name) const
    {
        for (const CallInfo &info : calls) {
            if (info.port == name)
                return true;
        }
        return false;
    }

    void syncLines()
    {
        if (!dispatcher)
            return;
        for (auto it = lines.begin(); it != lines.end();) {
            if (!ports.contains(it->first) && !portBusy(it->first))
                it = discardLine(it);
            else
                ++it;
        }
        for (const Port &port : std::as_const(ports)) {
            if (lines.find(port.name) != lines.end())
                continue;
            LineInfo info;
            info.devicePath = port.devicePath;
            if (!opt.lineFactory) {
                info.why = trFax(QT_TRANSLATE_NOOP("Fax", "No modem driver is available in this "
                                                          "build yet"));
            } else {
                QString why;
                info.line = opt.lineFactory->create(port, &why);
                if (!info.line) {
                    info.why = why.isEmpty() ? trFax(QT_TRANSLATE_NOOP("Fax", "No driver can run "
                                                                              "this port"))
                                             : why;
                } else {
                    const QString name = port.name;
                    QObject::connect(info.line.get(), &FaxLine::stateChanged, q,
                                     [this, name](PortState, const QString &) {
                                         updatePortLiveState(name);
                                         schedulePass();
                                     });
                }
            }
            lines[port.name] = std::move(info);
        }
        const QStringList names = ports.keys();
        for (const QString &name : names)
            updatePortLiveState(name);
    }

    void updatePortLiveState(const QString &name)
    {
        if (!dispatcher || !ports.contains(name))
            return;
        PortState s = PortState::Offline;
        QString text;
        const auto line = lines.find(name);
        bool callFound = false;
        for (const CallInfo &info : std::as_const(calls)) {
            if (info.port == name) {
                s = info.portState;
                text = info.portText;
                callFound = true;
            }
        }
        if (!callFound) {
            if (line == lines.end()) {
                text = trFax(QT_TRANSLATE_NOOP("Fax", "Not started"));
            } else if (!line->second.line) {
                text = line->second.why;
            } else {
                s = line->second.line->state();
            }
        }
        setPortLiveState(name, s, text);
    }

    void setPortLiveState(const QString &name, PortState s, const QString &text)
    {
        const Port &cached = ports[name];
        if (cached.state == s && cached.stateText == text)
            return;
        const Expected<Port> stored = store->modifyPort(name, [&](Port &port) {
            port.state = s;
            port.stateText = text;
            return Result();
        });
        if (stored)
            applyPort(*stored);
        else
            report(stored.error());
    }

    void schedulePass()
    {
        if (dispatcher && !passTimer.isActive())
            passTimer.start(0);
    }

    void runPass()
    {
        if (!dispatcher || state != ConnectionState::Connected)
            return;
        const QDateTime t = now();
        // Hand the scheduler only what can matter: waiting jobs, failures past DirtyDays and the
        // oldest failure kept (its expiry is the next wake-up). Copying 100,000 jobs per pass
        // would make every change slow.
        QList<Job> candidates;
        const QDateTime cutoff =
            settings.dirtyDays > 0 ? t.addDays(-settings.dirtyDays) : QDateTime();
        const Job *oldestKept = nullptr;
        for (const Job &job : std::as_const(jobs)) {
            if (job.type != JobType::Send)
                continue;
            if (Scheduler::isWaiting(job.queueStatus)) {
                candidates << job;
            } else if (cutoff.isValid() && job.finished.isValid() &&
                       (job.queueStatus == QueueStatus::Failed ||
                        job.queueStatus == QueueStatus::RetriesExceeded)) {
                if (job.finished <= cutoff)
                    candidates << job;
                else if (!oldestKept || job.finished < oldestKept->finished)
                    oldestKept = &job;
            }
        }
        if (oldestKept)
            candidates << *oldestKept;
        QList<SchedulerPort> sports;
        for (const Port &port : std::as_const(ports)) {
            SchedulerPort sp;
            sp.name = port.name;
            sp.sendEnabled = port.sendEnabled;
            sp.priority = port.priority;
            const auto line = lines.find(port.name);
            if (line == lines.end()) {
                sp.why = trFax(QT_TRANSLATE_NOOP("Fax", "not started"));
            } else if (!line->second.line) {
                sp.why = line->second.why;
            } else {
                sp.lineWorking = lineWorks(line->second.line->state());
                sp.why = displayName(line->second.line->state());
            }
            sp.busy = portBusy(port.name);
            sports << sp;
        }
        const SchedulerDecision decision = Scheduler::plan(t, settings, candidates, sports);

        if (!decision.remove.isEmpty())
            removeJobsNow(decision.remove, true);
        if (!decision.noLine.isEmpty()) {
            QHash<JobId, QString> reasons;
            QList<JobId> ids;
            for (const SchedulerNoLine &n : decision.noLine) {
                reasons.insert(n.job, n.reason);
                ids << n.job;
            }
            const auto changed = store->modifyJobs(
                ids,
                [&](Job &job, bool &) -> Result {
                    if (!Scheduler::isWaiting(job.queueStatus))
                        return Error::make(Error::Kind::NotPermitted, QString());
                    job.queueStatus = QueueStatus::NoLine;
                    job.lastError = reasons.value(job.id);
                    return {};
                },
                false);
            if (!changed)
                report(changed.error());
            applyJobs(changed);
        }
        if (!decision.release.isEmpty()) {
            const auto changed = store->modifyJobs(
                decision.release,
                [](Job &job, bool &) -> Result {
                    if (job.queueStatus != QueueStatus::NoLine)
                        return Error::make(Error::Kind::NotPermitted, QString());
                    job.queueStatus = QueueStatus::Pending;
                    job.lastError.clear();
                    return {};
                },
                false);
            if (!changed)
                report(changed.error());
            applyJobs(changed);
        }
        for (const SchedulerAssignment &a : decision.dispatch)
            startJob(a.job, a.port);

        if (decision.nextWake.isValid()) {
            const qint64 ms = std::clamp<qint64>(t.msecsTo(decision.nextWake), 0, 3600 * 1000);
            wakeTimer.start(int(ms));
        } else {
            wakeTimer.stop();
        }
    }

    void startJob(JobId id, const QString &portName)
    {
        const auto line = lines.find(portName);
        if (line == lines.end() || !line->second.line || portBusy(portName))
            return;
        const QDateTime t = now();
        const auto claimed = store->modifyJobs(
            {id},
            [&](Job &job, bool &cancel) -> Result {
                // Only a job still waiting is ours to start; anyone may have changed it.
                if (!Scheduler::isWaiting(job.queueStatus))
                    return Error::make(Error::Kind::NotPermitted, QString());
                job.queueStatus = QueueStatus::InProgress;
                job.deviceStatus = DeviceStatus::Initializing;
                job.tries += 1;
                job.started = t;
                job.finished = QDateTime();
                job.nextAttempt = QDateTime();
                job.port = portName;
                job.pagesSent = 0;
                job.lastError.clear();
                cancel = false;
                return {};
            },
            false);
        if (!claimed) {
            report(claimed.error());
            return;
        }
        if (claimed->isEmpty())
            return;
        const Job job = claimed->constFirst();
        applyJob(job);

        SendRequest request;
        request.job = job;
        const auto docs = store->documents(job.groupId);
        if (docs) {
            for (const SpooledDocument &doc : *docs)
                request.files << doc.file;
        }
        request.tsid = !job.tsid.isEmpty() ? job.tsid : ports.value(portName).tsid;

        CallInfo info;
        info.port = portName;
        info.portState = PortState::Initializing;
        calls.insert(id, info);
        FaxCall *call = line->second.line->send(request);
        if (!call) {
            CallOutcome outcome;
            outcome.deviceStatus = DeviceStatus::FatalError;
            outcome.message =
                trFax(QT_TRANSLATE_NOOP("Fax", "The line on port %1 could not start the call"))
                    .arg(portName);
            finishJob(id, outcome);
            return;
        }
        calls[id].call = call;
        QObject::connect(call, &FaxCall::progress, q,
                         [this, id](DeviceStatus s, int sent, int total, const QString &text) {
                             onProgress(id, s, sent, total, text);
                         });
        QObject::connect(call, &FaxCall::finished, q,
                         [this, id](const CallOutcome &outcome) { finishJob(id, outcome); });
        updatePortLiveState(portName);
    }

    void onProgress(JobId id, DeviceStatus s, int sent, int total, const QString &text)
    {
        auto it = calls.find(id);
        if (it == calls.end())
            return;
        it->portState = portStateFor(s, it->portState);
        it->portText = text;
        const bool aborting = it->aborting;
        const QString portName = it->port;
        const auto changed = store->modifyJobs(
            {id},
            [&](Job &job, bool &) -> Result {
                if (job.queueStatus != QueueStatus::InProgress)
                    return Error::make(Error::Kind::NotPermitted, QString());
                if (!aborting)
                    job.deviceStatus = s;
                job.pagesSent = sent;
                if (total > 0)
                    job.pagesTotal = total;
                return {};
            },
            false);
        if (!changed)
            report(changed.error());
        applyJobs(changed);
        updatePortLiveState(portName);
    }

    void finishJob(JobId id, const CallOutcome &outcome)
    {
        const CallInfo info = calls.take(id);
        if (info.call)
            QObject::disconnect(info.call, nullptr, q, nullptr);
        const QDateTime t = now();
        const ServerSettings s = settings;
        const auto changed = store->modifyJobs(
            {id},
            [&](Job &job, bool &cancel) -> Result {
                if (job.queueStatus != QueueStatus::InProgress)
                    return Error::make(Error::Kind::NotPermitted, QString());
                job.deviceStatus = outcome.deviceStatus;
                job.pagesSent = outcome.pagesConfirmed;
                job.lastError = outcome.message;
                if (outcome.success) {
                    job.queueStatus = QueueStatus::Completed;
                    job.finished = t;
                    job.lastError.clear();
                } else {
                    if (job.lastError.isEmpty())
                        job.lastError = trFax(QT_TRANSLATE_NOOP("Fax", "The call on port %1 "
                                                                       "failed: %2"))
                                            .arg(info.port, displayName(outcome.deviceStatus));
                    if (info.aborting || cancel) {
                        job.queueStatus = QueueStatus::Canceled;
                        job.finished = t;
                        job.lastError = trFax(QT_TRANSLATE_NOOP("Fax", "Canceled while sending "
                                                                       "(%1)"))
                                            .arg(job.lastError);
                    } else if (!outcome.retryable) {
                        job.queueStatus = QueueStatus::Failed;
                        job.finished = t;
                    } else if (job.tries >= s.retries + 1) {
                        job.queueStatus = QueueStatus::RetriesExceeded;
                        job.finished = t;
                    } else {
                        job.queueStatus = QueueStatus::Retrying;
                        job.nextAttempt = t.addSecs(qint64(s.retryDelay) * 60);
                    }
                }
                cancel = false;
                return {};
            },
            false);
        if (!changed)
            report(changed.error());
        applyJobs(changed);
        dropStaleLine(info.port);
        syncLines();
        updatePortLiveState(info.port);
        schedulePass();
    }

    void abortCall(JobId id)
    {
        auto it = calls.find(id);
        if (it == calls.end() || it->aborting)
            return;
        it->aborting = true;
        const auto changed = store->modifyJobs(
            {id},
            [](Job &job, bool &cancel) -> Result {
                job.deviceStatus = DeviceStatus::Aborting;
                cancel = true;
                return {};
            },
            false);
        applyJobs(changed);
        if (it->call)
            it->call->abort();
    }

    Result removeJobsNow(const QList<JobId> &ids, bool requireFinal)
    {
        QList<JobId> removed;
        const Expected<QStringList> folders = store->removeJobs(ids, requireFinal, &removed);
        if (!folders)
            return folders.error();
        for (const QString &folder : *folders)
            Spool::removeFolder(folder);
        for (JobId id : std::as_const(removed))
            applyJobRemoved(id);
        return {};
    }

    void stopDispatching(bool emitting)
    {
        if (!dispatcher)
            return;
        // Running calls are aborted; their jobs are retried as interrupted, not lost.
        const QList<JobId> running = calls.keys();
        for (JobId id : running) {
            CallInfo info = calls.take(id);
            if (info.call) {
                QObject::disconnect(info.call, nullptr, q, nullptr);
                info.call->abort();
            }
            const auto changed = store->modifyJobs(
                {id}, [this](Job &job, bool &cancel) { return interruptJob(job, cancel); }, false);
            if (emitting)
                applyJobs(changed);
        }
        const QStringList names = ports.keys();
        for (const QString &name : names) {
            const Expected<Port> stored = store->modifyPort(name, [](Port &port) {
                port.state = PortState::Offline;
                port.stateText = trFax(QT_TRANSLATE_NOOP("Fax", "No process is dispatching "
                                                                "fax jobs"));
                return Result();
            });
            if (stored && emitting)
                applyPort(*stored);
        }
        if (emitting) {
            for (auto it = lines.begin(); it != lines.end();)
                it = discardLine(it);
        }
        lines.clear(); // from the destructor: at once, there may be no event loop after it
        dispatcher = false;
        if (lock)
            lock->unlock();
    }

    void disconnect(bool emitting)
    {
        if (state == ConnectionState::Disconnected)
            return;
        pollTimer.stop();
        passTimer.stop();
        wakeTimer.stop();
        stopDispatching(emitting);
        store.reset();
        lock.reset();
        jobs.clear();
        jobListDirty = true;
        ports.clear();
        received.clear();
        lastRev = 0;
        state = ConnectionState::Disconnected;
        if (emitting) {
            Q_EMIT q->stateChanged(state);
            Q_EMIT q->disconnected();
        }
    }

    Result checkConnected() const
    {
        if (state != ConnectionState::Connected || !store)
            return notConnected(dataDir);
        return {};
    }
};

LocalFaxServer::LocalFaxServer(const ConnectionSettings &settings, QObject *parent)
    : LocalFaxServer(settings, Options(), parent)
{
}

LocalFaxServer::LocalFaxServer(const ConnectionSettings &settings, const Options &options,
                               QObject *parent)
    : FaxServer(parent), d(std::make_unique<Private>(this))
{
    registerMetaTypes();
    d->conn = settings;
    d->conn.kind = ServerKind::Local;
    d->opt = options;
    d->clock = options.clock ? options.clock : &d->systemClock;
    d->dataDir = !options.dataDirectory.isEmpty()    ? options.dataDirectory
                 : !settings.dataDirectory.isEmpty() ? settings.dataDirectory
                                                     : defaultDataDirectory();
    d->pollTimer.setInterval(std::max(10, options.pollIntervalMs));
    QObject::connect(&d->pollTimer, &QTimer::timeout, this, [this] { d->tick(); });
    d->passTimer.setSingleShot(true);
    QObject::connect(&d->passTimer, &QTimer::timeout, this, [this] { d->runPass(); });
    d->wakeTimer.setSingleShot(true);
    QObject::connect(&d->wakeTimer, &QTimer::timeout, this, [this] { d->runPass(); });
}

LocalFaxServer::~LocalFaxServer()
{
    d->disconnect(false);
}

ConnectionSettings LocalFaxServer::connectionSettings() const
{
    ConnectionSettings s = d->conn;
    s.dataDirectory = d->dataDir;
    return s;
}

ConnectionState LocalFaxServer::state() const
{
    return d->state;
}

void LocalFaxServer::connectToServer()
{
    if (d->state != ConnectionState::Disconnected)
        return;
    d->setState(ConnectionState::Connecting);
    d->store = std::make_unique<JobStore>(d->dataDir, d->opt.busyTimeoutMs);
    Result r = d->store->open();
    if (r)
        r = d->load();
    if (!r) {
        d->store.reset();
        d->setState(ConnectionState::Disconnected);
        Q_EMIT errorOccurred(r.error());
        return;
    }
    d->lastReportedError.clear();
    d->setState(ConnectionState::Connected);
    d->pollTimer.start();
    d->lockRetry.start();
    Q_EMIT connected();
    d->tryBecomeDispatcher();
}

void LocalFaxServer::disconnectFromServer()
{
    d->disconnect(true);
}

ServerSettings LocalFaxServer::settings() const
{
    return d->settings;
}

Result LocalFaxServer::setSettings(const ServerSettings &s)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    auto invalid = [](const QString &message) {
        return Error::make(Error::Kind::InvalidArgument, message);
    };
    if (s.retries < 0 || s.retries > 99)
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "Retries must be between 0 and 99, not %1"))
                           .arg(s.retries));
    if (s.retryDelay < 0 || s.retryDelay > 1440)
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "RetryDelay must be between 0 and 1440 "
                                                      "minutes, not %1"))
                           .arg(s.retryDelay));
    if (s.dirtyDays < 0 || s.dirtyDays > 3650)
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "DirtyDays must be between 0 (never) and "
                                                      "3650 days, not %1"))
                           .arg(s.dirtyDays));
    if (!s.discountRateStart.isValid())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "DiscountRateStart is not a valid time")));
    if (!s.discountRateEnd.isValid())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "DiscountRateEnd is not a valid time")));
    if (s.archiveOutboundFaxes && s.archiveDirectory.trimmed().isEmpty())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "ArchiveDirectory is required when "
                                                      "ArchiveOutboundFaxes is on")));
    if (s.routing.storeInFolder && s.routing.folder.trimmed().isEmpty())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The inbound routing folder is required "
                                                      "when storing received faxes in a folder "
                                                      "is on")));
    const Expected<ServerSettings> stored = d->store->saveSettings(s);
    if (!stored)
        return stored.error();
    d->applySettings(*stored);
    d->schedulePass();
    return {};
}

QList<Job> LocalFaxServer::jobs() const
{
    if (d->jobListDirty) {
        d->jobList = d->jobs.values();
        d->jobListDirty = false;
    }
    return d->jobList;
}

std::optional<Job> LocalFaxServer::job(JobId id) const
{
    const auto it = d->jobs.constFind(id);
    if (it == d->jobs.constEnd())
        return std::nullopt;
    return *it;
}

Expected<QList<JobId>> LocalFaxServer::submit(const FaxDocument &document)
{
    if (Result r = d->checkConnected(); !r)
        return r.error();
    auto invalid = [](const QString &message) {
        return Error::make(Error::Kind::InvalidArgument, message);
    };
    if (document.recipients.isEmpty())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The fax has no recipient")));
    static const QRegularExpression allowed(QStringLiteral("^[0-9 +().\\-]+$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    for (int i = 0; i < document.recipients.size(); ++i) {
        const Party &r = document.recipients.at(i);
        const QString who = !r.name.trimmed().isEmpty()
                                ? r.name.trimmed()
                                : trFax(QT_TRANSLATE_NOOP("Fax", "number %1")).arg(i + 1);
        const QString number = r.faxNumber.trimmed();
        if (number.isEmpty())
            return invalid(
                trFax(QT_TRANSLATE_NOOP("Fax", "Recipient %1 has no fax number")).arg(who));
        if (!allowed.match(number).hasMatch() || !digit.match(number).hasMatch())
            return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The fax number '%1' of recipient %2 "
                                                          "is not valid: use digits, spaces and "
                                                          "+ ( ) - ."))
                               .arg(number, who));
    }
    if (document.files.isEmpty() && document.coverPage.isEmpty())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The fax has neither a document nor a "
                                                      "cover page")));
    ScheduleType schedule = document.schedule;
    if (document.discountSend)
        schedule = ScheduleType::DiscountPeriod;
    if (schedule == ScheduleType::SpecificTime && !document.scheduleTime.isValid())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The fax is scheduled for a specific time "
                                                      "but the time is not valid")));

    // The documents are durable on disk before the jobs that reference them are committed.
    Expected<SubmissionGroup> group = Spool::copyIn(d->store->spoolDirectory(), document.files);
    if (!group)
        return group.error();
    group.value().coverPage = document.coverPage;
    group.value().note = document.note;
    group.value().notify = document.notifyOnCompletion;
    group.value().notifyAddress = document.notifyAddress;
    qint64 size = 0;
    for (const SpooledDocument &doc : std::as_const(group->documents))
        size += doc.size;

    QString owner = qEnvironmentVariable("USER");
    if (owner.isEmpty())
        owner = qEnvironmentVariable("LOGNAME");
    const QDateTime t = d->now();
    QList<Job> jobs;
    for (const Party &r : document.recipients) {
        Job job;
        job.type = JobType::Send;
        job.owner = owner;
        job.queueStatus = QueueStatus::Pending;
        job.size = size;
        job.recipientNumber = r.faxNumber.trimmed();
        job.recipientName = r.name;
        job.recipientCompany = r.company;
        job.senderName = document.sender.name;
        job.senderCompany = document.sender.company;
        job.senderDepartment = document.sender.department;
        job.tsid = document.tsid;
        job.billingCode = document.sender.billingCode;
        job.subject = document.subject;
        job.schedule = schedule;
        if (schedule == ScheduleType::SpecificTime)
            job.scheduleTime = document.scheduleTime;
        job.priority = document.priority;
        job.submitted = t;
        jobs << job;
    }
    const Expected<QList<Job>> stored = d->store->insertSubmission(*group, jobs);
    if (!stored) {
        Spool::removeFolder(group->spoolDir);
        return stored.error();
    }
    QList<JobId> ids;
    for (const Job &job : *stored) {
        ids << job.id;
        d->applyJob(job);
    }
    d->schedulePass();
    return ids;
}

Result LocalFaxServer::jobCommand(JobId id, JobCommand command)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    const QDateTime t = d->now();
    bool abortHere = false;
    const auto changed = d->store->modifyJobs(
        {id},
        [&](Job &job, bool &cancel) -> Result {
            const QueueStatus s = job.queueStatus;
            bool permitted = false;
            switch (command) {
            case JobCommand::Pause:
                if (Scheduler::isWaiting(s)) {
                    job.queueStatus = QueueStatus::Paused;
                    permitted = true;
                }
                break;
            case JobCommand::Resume:
                if (s == QueueStatus::Paused) {
                    job.queueStatus = QueueStatus::Pending;
                    job.lastError.clear();
                    permitted = true;
                }
                break;
            case JobCommand::Cancel:
                if (Scheduler::isWaiting(s) || s == QueueStatus::Paused) {
                    job.queueStatus = QueueStatus::Canceled;
                    job.deviceStatus = DeviceStatus::None;
                    job.finished = t;
                    permitted = true;
                } else if (s == QueueStatus::InProgress) {
                    // The dispatcher hangs up and then marks the job canceled.
                    job.deviceStatus = DeviceStatus::Aborting;
                    cancel = true;
                    abortHere = d->calls.contains(id);
                    permitted = true;
                }
                break;
            case JobCommand::Restart:
                if (s == QueueStatus::Failed || s == QueueStatus::RetriesExceeded ||
                    s == QueueStatus::Canceled) {
                    job.queueStatus = QueueStatus::Pending;
                    job.deviceStatus = DeviceStatus::None;
                    job.tries = 0;
                    job.pagesSent = 0;
                    job.port.clear();
                    job.started = QDateTime();
                    job.finished = QDateTime();
                    job.nextAttempt = QDateTime();
                    job.lastError.clear();
                    cancel = false;
                    permitted = true;
                }
                break;
            }
            if (!permitted)
                return Error::make(Error::Kind::NotPermitted,
                                   trFax(QT_TRANSLATE_NOOP("Fax", "Cannot %1 job %2: it is %3"))
                                       .arg(enumKey(command))
                                       .arg(id)
                                       .arg(displayName(s)));
            return {};
        },
        true);
    if (!changed)
        return changed.error();
    d->applyJobs(changed);
    if (abortHere) {
        auto it = d->calls.find(id);
        if (it != d->calls.end() && !it->aborting) {
            it->aborting = true;
            if (it->call)
                it->call->abort();
        }
    }
    d->schedulePass();
    return {};
}

Result LocalFaxServer::removeJob(JobId id)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    if (!d->jobs.contains(id))
        d->pollChanges(true); // it may have just been added by another process
    QList<JobId> removed;
    const Expected<QStringList> folders = d->store->removeJobs({id}, true, &removed);
    if (!folders)
        return folders.error();
    if (removed.isEmpty())
        return Error::make(Error::Kind::NotFound,
                           trFax(QT_TRANSLATE_NOOP("Fax", "There is no job %1")).arg(id));
    for (const QString &folder : *folders)
        Spool::removeFolder(folder);
    d->applyJobRemoved(id);
    return {};
}

QList<Port> LocalFaxServer::ports() const
{
    QList<Port> list = d->ports.values();
    std::stable_sort(list.begin(), list.end(), [](const Port &a, const Port &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.name < b.name;
    });
    return list;
}

Result LocalFaxServer::addPort(const Port &port)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    Port p = port;
    p.name = p.name.trimmed();
    if (p.name.isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "A port needs a name")));
    p.state = PortState::Offline;
    p.stateText = trFax(QT_TRANSLATE_NOOP("Fax", "No process is dispatching fax jobs"));
    const Expected<Port> stored = d->store->insertPort(p);
    if (!stored)
        return stored.error();
    d->applyPort(*stored);
    d->syncLines();
    d->schedulePass();
    return {};
}

Result LocalFaxServer::updatePort(const Port &port)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    const Expected<Port> stored = d->store->modifyPort(port.name, [&](Port &p) {
        p.devicePath = port.devicePath;
        p.manufacturer = port.manufacturer;
        p.model = port.model;
        p.rings = port.rings;
        p.csid = port.csid;
        p.tsid = port.tsid;
        p.sendEnabled = port.sendEnabled;
        p.receiveMode = port.receiveMode;
        p.priority = port.priority;
        return Result();
    });
    if (!stored)
        return stored.error();
    d->applyPort(*stored);
    d->syncLines();
    d->schedulePass();
    return {};
}

Result LocalFaxServer::removePort(const QString &name)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    if (d->portBusy(name))
        return Error::make(Error::Kind::NotPermitted,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Port %1 cannot be removed while a "
                                                          "call runs on it"))
                               .arg(name));
    if (Result r = d->store->removePort(name); !r)
        return r;
    d->applyPortRemoved(name);
    d->schedulePass();
    return {};
}

QList<ReceivedFax> LocalFaxServer::receivedFaxes() const
{
    return d->received.values();
}

QString LocalFaxServer::dataDirectory() const
{
    return d->dataDir;
}

bool LocalFaxServer::isDispatcher() const
{
    return d->dispatcher;
}

void LocalFaxServer::poll()
{
    if (d->state != ConnectionState::Connected)
        return;
    d->pollChanges(true);
    if (d->opt.runScheduler && !d->dispatcher)
        d->tryBecomeDispatcher();
    d->passTimer.stop();
    d->runPass();
}

QStringList LocalFaxServer::spooledFiles(JobId id) const
{
    const auto it = d->jobs.constFind(id);
    if (it == d->jobs.constEnd() || !d->store)
        return {};
    const auto docs = d->store->documents(it->groupId);
    QStringList files;
    if (docs) {
        for (const SpooledDocument &doc : *docs)
            files << doc.file;
    }
    return files;
}

} // namespace Fax
