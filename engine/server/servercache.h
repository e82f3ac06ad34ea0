// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/job.h"
#include "core/port.h"
#include "core/receivedfax.h"
#include "core/serversettings.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Fax {

class FaxServer;

/// What a FaxServer knows of its server: jobs, ports, settings and received faxes. Backends feed
/// it single changes (a reply, a pushed event) or whole fresh snapshots (a poll), and it emits the
/// server's change signal once per real change: nothing for what is unchanged, one jobRemoved for
/// what a snapshot no longer lists. Reading is synchronous and cheap.
class ServerCache
{
public:
    enum class Change { None, Added, Changed };

    explicit ServerCache(FaxServer *server);

    QList<Job> jobs() const;
    std::optional<Job> job(JobId id) const;
    const QMap<JobId, Job> &jobMap() const { return m_jobs; }
    /// By priority, then name.
    QList<Port> ports() const;
    std::optional<Port> port(const QString &name) const;
    const QMap<QString, Port> &portMap() const { return m_ports; }
    const ServerSettings &settings() const { return m_settings; }
    QList<ReceivedFax> receivedFaxes() const { return m_received.values(); }
    std::optional<ReceivedFax> receivedFax(qint64 id) const;

    /// Adds or updates a job (jobAdded or jobChanged).
    Change applyJob(const Job &job);
    /// Drops a job (jobRemoved); false when it was not known.
    bool removeJob(JobId id);
    Change applyPort(const Port &port);
    bool removePort(const QString &name);
    /// settingsChanged when they differ; true then.
    bool applySettings(const ServerSettings &settings);
    /// Adds a fax (receivedFaxAdded). A known fax is updated without a signal: a received fax
    /// does not change after it arrived, there is nothing to tell.
    Change applyReceivedFax(const ReceivedFax &fax);
    bool removeReceivedFax(qint64 id);

    /// Everything the server holds now: what the list does not name is removed, the rest applied.
    /// Each returns what was removed.
    QList<JobId> applyJobSnapshot(const QList<Job> &jobs);
    QStringList applyPortSnapshot(const QList<Port> &ports);
    QList<qint64> applyReceivedSnapshot(const QList<ReceivedFax> &faxes);

    /// Replaces everything without a signal: what a server holds when it has just connected
    /// (views reload on connected()).
    void reset(const QList<Job> &jobs, const QList<Port> &ports, const ServerSettings &settings,
               const QList<ReceivedFax> &faxes);
    void replaceJobs(const QList<Job> &jobs);
    void replacePorts(const QList<Port> &ports);
    void replaceReceivedFaxes(const QList<ReceivedFax> &faxes);
    /// Forgets jobs, ports and received faxes without a signal (views reload on disconnected()).
    void clear();

    /// Stores without a signal, for a backend that announces the change itself.
    void storeJob(const Job &job);
    void forgetJob(JobId id);
    void storePort(const Port &port);
    void forgetPort(const QString &name);
    void storeReceivedFax(const ReceivedFax &fax);
    void forgetReceivedFax(qint64 id);

private:
    FaxServer *m_server;
    QMap<JobId, Job> m_jobs;
    mutable QList<Job> m_jobList; ///< jobs() for 100,000 jobs is a copy per call without it
    mutable bool m_jobListDirty = true;
    QMap<QString, Port> m_ports;
    ServerSettings m_settings;
    QMap<qint64, ReceivedFax> m_received;
};

} // namespace Fax
