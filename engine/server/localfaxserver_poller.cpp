// SPDX-License-Identifier: GPL-3.0-or-later
// The local engine's feed of FaxServer's cache and the poller that picks up other processes'
// changes: every change is applied once, and the cache emits it once.
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
    cache().applyJob(job);
}

void LocalFaxServer::Private::applyJobRemoved(JobId id)
{
    cache().removeJob(id);
}

void LocalFaxServer::Private::applyPort(const Port &port)
{
    if (cache().applyPort(port) == ServerCache::Change::Changed)
        dropStaleLine(port.name);
}

// A line made for another device is replaced (by syncLines()) once no call runs on it.
void LocalFaxServer::Private::dropStaleLine(const QString &name)
{
    const auto line = lines.find(name);
    if (line != lines.end() && ports().contains(name) &&
        line->second.devicePath != ports().value(name).devicePath && !portBusy(name))
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
    const auto line = lines.find(name);
    if (cache().removePort(name) && line != lines.end() && !portBusy(name))
        discardLine(line);
}

void LocalFaxServer::Private::applySettings(const ServerSettings &s)
{
    cache().applySettings(s);
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
    cache().reset(all->jobs, all->ports, all->settings.value_or(ServerSettings()), all->received);
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
        // This reader fell so far behind that the store forgot some removals: the lists are
        // everything, and what they do not name is gone.
        for (const QString &name : cache().applyPortSnapshot(c->ports)) {
            const auto line = lines.find(name);
            if (line != lines.end() && !portBusy(name))
                discardLine(line);
        }
        cache().applyJobSnapshot(c->jobs);
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
    // Received faxes are only ever added.
    for (const ReceivedFax &fax : c->received) {
        if (!cache().receivedFax(fax.id))
            cache().applyReceivedFax(fax);
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
