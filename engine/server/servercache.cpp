// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercache.h"

#include "faxserver.h"

#include <QSet>

#include <algorithm>

namespace Fax {

ServerCache::ServerCache(FaxServer *server) : m_server(server) {}

QList<Job> ServerCache::jobs() const
{
    if (m_jobListDirty) {
        m_jobList = m_jobs.values();
        m_jobListDirty = false;
    }
    return m_jobList;
}

std::optional<Job> ServerCache::job(JobId id) const
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.constEnd())
        return std::nullopt;
    return *it;
}

QList<Port> ServerCache::ports() const
{
    QList<Port> list = m_ports.values();
    std::stable_sort(list.begin(), list.end(), [](const Port &a, const Port &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.name < b.name;
    });
    return list;
}

std::optional<Port> ServerCache::port(const QString &name) const
{
    const auto it = m_ports.constFind(name);
    if (it == m_ports.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<ReceivedFax> ServerCache::receivedFax(qint64 id) const
{
    const auto it = m_received.constFind(id);
    if (it == m_received.constEnd())
        return std::nullopt;
    return *it;
}

ServerCache::Change ServerCache::applyJob(const Job &job)
{
    auto it = m_jobs.find(job.id);
    if (it == m_jobs.end()) {
        m_jobs.insert(job.id, job);
        m_jobListDirty = true;
        Q_EMIT m_server->jobAdded(job);
        return Change::Added;
    }
    if (*it == job)
        return Change::None;
    *it = job;
    m_jobListDirty = true;
    Q_EMIT m_server->jobChanged(job);
    return Change::Changed;
}

bool ServerCache::removeJob(JobId id)
{
    if (m_jobs.remove(id) == 0)
        return false;
    m_jobListDirty = true;
    Q_EMIT m_server->jobRemoved(id);
    return true;
}

ServerCache::Change ServerCache::applyPort(const Port &port)
{
    auto it = m_ports.find(port.name);
    if (it == m_ports.end()) {
        m_ports.insert(port.name, port);
        Q_EMIT m_server->portAdded(port);
        return Change::Added;
    }
    if (*it == port)
        return Change::None;
    *it = port;
    Q_EMIT m_server->portChanged(port);
    return Change::Changed;
}

bool ServerCache::removePort(const QString &name)
{
    if (m_ports.remove(name) == 0)
        return false;
    Q_EMIT m_server->portRemoved(name);
    return true;
}

bool ServerCache::applySettings(const ServerSettings &settings)
{
    if (m_settings == settings)
        return false;
    m_settings = settings;
    Q_EMIT m_server->settingsChanged(settings);
    return true;
}

ServerCache::Change ServerCache::applyReceivedFax(const ReceivedFax &fax)
{
    auto it = m_received.find(fax.id);
    if (it == m_received.end()) {
        m_received.insert(fax.id, fax);
        Q_EMIT m_server->receivedFaxAdded(fax);
        return Change::Added;
    }
    if (*it == fax)
        return Change::None;
    *it = fax;
    return Change::Changed;
}

bool ServerCache::removeReceivedFax(qint64 id)
{
    if (m_received.remove(id) == 0)
        return false;
    Q_EMIT m_server->receivedFaxRemoved(id);
    return true;
}

QList<JobId> ServerCache::applyJobSnapshot(const QList<Job> &jobs)
{
    QSet<JobId> listed;
    listed.reserve(jobs.size());
    for (const Job &job : jobs)
        listed.insert(job.id);
    QList<JobId> gone;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        if (!listed.contains(it.key()))
            gone << it.key();
    }
    for (JobId id : std::as_const(gone))
        removeJob(id);
    for (const Job &job : jobs)
        applyJob(job);
    return gone;
}

QStringList ServerCache::applyPortSnapshot(const QList<Port> &ports)
{
    QSet<QString> listed;
    for (const Port &port : ports)
        listed.insert(port.name);
    QStringList gone;
    for (auto it = m_ports.cbegin(); it != m_ports.cend(); ++it) {
        if (!listed.contains(it.key()))
            gone << it.key();
    }
    for (const QString &name : std::as_const(gone))
        removePort(name);
    for (const Port &port : ports)
        applyPort(port);
    return gone;
}

QList<qint64> ServerCache::applyReceivedSnapshot(const QList<ReceivedFax> &faxes)
{
    QSet<qint64> listed;
    for (const ReceivedFax &fax : faxes)
        listed.insert(fax.id);
    QList<qint64> gone;
    for (auto it = m_received.cbegin(); it != m_received.cend(); ++it) {
        if (!listed.contains(it.key()))
            gone << it.key();
    }
    for (qint64 id : std::as_const(gone))
        removeReceivedFax(id);
    for (const ReceivedFax &fax : faxes)
        applyReceivedFax(fax);
    return gone;
}

void ServerCache::reset(const QList<Job> &jobs, const QList<Port> &ports,
                        const ServerSettings &settings, const QList<ReceivedFax> &faxes)
{
    replaceJobs(jobs);
    replacePorts(ports);
    m_settings = settings;
    replaceReceivedFaxes(faxes);
}

void ServerCache::replaceJobs(const QList<Job> &jobs)
{
    m_jobs.clear();
    // Jobs come by id, mostly: inserting at the end then costs no search.
    for (const Job &job : jobs)
        m_jobs.insert(m_jobs.cend(), job.id, job);
    m_jobList.clear();
    m_jobListDirty = true;
}

void ServerCache::replacePorts(const QList<Port> &ports)
{
    m_ports.clear();
    for (const Port &port : ports)
        m_ports.insert(port.name, port);
}

void ServerCache::replaceReceivedFaxes(const QList<ReceivedFax> &faxes)
{
    m_received.clear();
    for (const ReceivedFax &fax : faxes)
        m_received.insert(fax.id, fax);
}

void ServerCache::clear()
{
    m_jobs.clear();
    m_jobList.clear();
    m_jobListDirty = true;
    m_ports.clear();
    m_received.clear();
}

void ServerCache::storeJob(const Job &job)
{
    m_jobs.insert(job.id, job);
    m_jobListDirty = true;
}

void ServerCache::forgetJob(JobId id)
{
    if (m_jobs.remove(id) > 0)
        m_jobListDirty = true;
}

void ServerCache::storePort(const Port &port)
{
    m_ports.insert(port.name, port);
}

void ServerCache::forgetPort(const QString &name)
{
    m_ports.remove(name);
}

void ServerCache::storeReceivedFax(const ReceivedFax &fax)
{
    m_received.insert(fax.id, fax);
}

void ServerCache::forgetReceivedFax(qint64 id)
{
    m_received.remove(id);
}

} // namespace Fax
