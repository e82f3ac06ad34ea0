// The local engine's cache of the store and the poller that picks up other processes'
// changes: every change is applied once and emitted once.
#include "localfaxserver_p.h"

namespace Fax {

using namespace LocalServerDetail;

void LocalFaxServer::Private::setState(ConnectionState s)
{
    if (state == s)
        return;
    state = s;
    Q_EMIT q->stateChanged(s);
}

void LocalFaxServer::Private::report(const Error &e)
{
    if (e.message == lastReportedError)
        return; // a poll error repeats every tick; say it once
    lastReportedError = e.message;
    Q_EMIT q->errorOccurred(e);
}

void LocalFaxServer::Private::applyJob(const Job &job)
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

void LocalFaxServer::Private::applyJobRemoved(JobId id)
{
    if (jobs.remove(id) > 0) {
        jobListDirty = true;
        Q_EMIT q->jobRemoved(id);
    }
}

void LocalFaxServer::Private::applyPort(const Port &port)
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
void LocalFaxServer::Private::dropStaleLine(const QString &name)
{
    const auto line = lines.find(name);
    if (line != lines.end() && ports.contains(name) &&
        line->second.devicePath != ports.value(name).devicePath && !portBusy(name))
        discardLine(line);
}

// Lines go away later, not now: this may run inside a signal of the line or its call.
std::map<QString, LocalFaxServer::Private::LineInfo>::iterator
LocalFaxServer::Private::discardLine(std::map<QString, LineInfo>::iterator it)
{
    if (FaxLine *line = it->second.line.release()) {
        QObject::disconnect(line, nullptr, q, nullptr);
        line->deleteLater();
    }
    return lines.erase(it);
}

void LocalFaxServer::Private::applyPortRemoved(const QString &name)
{
    if (ports.remove(name) > 0) {
        const auto line = lines.find(name);
        if (line != lines.end() && !portBusy(name))
            discardLine(line);
        Q_EMIT q->portRemoved(name);
    }
}

void LocalFaxServer::Private::applySettings(const ServerSettings &s)
{
    if (settings == s)
        return;
    settings = s;
    Q_EMIT q->settingsChanged(s);
}

void LocalFaxServer::Private::applyJobs(const Expected<QList<Job>> &changed)
{
    if (!changed)
        return;
    for (const Job &job : *changed)
        applyJob(job);
}

Result LocalFaxServer::Private::load()
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

void LocalFaxServer::Private::pollChanges(bool force)
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
    if (c->full) {
        // This reader fell so far behind that the store forgot some removals: what the full
        // list does not name is gone.
        QSet<JobId> listedJobs;
        for (const Job &job : c->jobs)
            listedJobs.insert(job.id);
        for (JobId id : jobs.keys()) {
            if (!listedJobs.contains(id))
                applyJobRemoved(id);
        }
        QSet<QString> listedPorts;
        for (const Port &port : c->ports)
            listedPorts.insert(port.name);
        for (const QString &name : ports.keys()) {
            if (!listedPorts.contains(name))
                applyPortRemoved(name);
        }
    }
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

void LocalFaxServer::Private::tick()
{
    pollChanges(false);
    if (opt.runScheduler && !dispatcher && lockRetry.hasExpired(LockRetryIntervalMs)) {
        lockRetry.restart();
        tryBecomeDispatcher();
    }
    if (dispatcher && orphanSweep.hasExpired(OrphanSweepIntervalMs))
        sweepOrphans();
    if (dispatcher && deviceRecheck.hasExpired(DeviceRecheckIntervalMs))
        recheckMissingDevices();
}

} // namespace Fax
