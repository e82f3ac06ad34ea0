// The dispatching role of the local engine: taking the engine lock, recovering what a dead
// dispatcher left, sweeping orphans, keeping one line per port and publishing port states.
#include "localfaxserver_p.h"

#include "queue/spool.h"

namespace Fax {

using namespace LocalServerDetail;

void LocalFaxServer::Private::tryBecomeDispatcher()
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

Result LocalFaxServer::Private::interruptJob(Job &job, bool &cancel)
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
void LocalFaxServer::Private::recoverInterrupted()
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

void LocalFaxServer::Private::sweepOrphans()
{
    orphanSweep.restart();
    const Expected<QSet<QString>> referenced = store->referencedSpoolFolders();
    if (referenced)
        Spool::removeOrphans(store->spoolDirectory(), *referenced, OrphanAgeSecs);
}

bool LocalFaxServer::Private::portBusy(const QString &name) const
{
    for (const CallInfo &info : calls) {
        if (info.port == name)
            return true;
    }
    return false;
}

void LocalFaxServer::Private::syncLines()
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

void LocalFaxServer::Private::updatePortLiveState(const QString &name)
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

void LocalFaxServer::Private::setPortLiveState(const QString &name, PortState s,
                                               const QString &text)
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

void LocalFaxServer::Private::stopDispatching(bool emitting)
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

} // namespace Fax
