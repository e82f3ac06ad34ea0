// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxformat.h"
#include "core/job.h"
#include "core/party.h"
#include "core/port.h"
#include "core/receivedfax.h"
#include "core/result.h"
#include "core/serversettings.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Fax {

/// One spooled document file of a submission group.
struct SpooledDocument
{
    QString file;     ///< absolute path in the spool folder
    QString original; ///< the file the user submitted
    qint64 size = 0;
    QByteArray sha256; ///< hex
};

/// What a submission stores besides its jobs.
struct SubmissionGroup
{
    QString spoolDir; ///< absolute path of the group's spool folder
    QList<SpooledDocument> documents;
    QString coverPage; ///< absolute path of the spooled cover page; empty: none
    QString note;
    bool notify = false;
    QString notifyAddress;
    FaxResolution resolution = FaxResolution::Fine;
    Party sender; ///< every sender field, for the cover page and the branding line
};

/// Rows changed since a revision (see JobStore::changesSince()).
struct StoreChanges
{
    qint64 revision = 0;
    /// The reader was so far behind that some removals it missed are no longer recorded
    /// (JobStore::pruneTombstones()): this is everything, and what it does not list is gone.
    bool full = false;
    QList<Job> jobs;
    QSet<JobId> cancelRequests; ///< changed in-progress jobs someone asked to cancel
    QList<JobId> removedJobs;
    QList<Port> ports;
    QStringList removedPorts;
    std::optional<ServerSettings> settings;
    QList<ReceivedFax> received;
};

/// The durable job store: an SQLite database (WAL, synchronous=FULL) shared by every process
/// that opens the data directory. Every write is one IMMEDIATE transaction that bumps a global
/// revision and stamps the rows it touches, so readers can fetch what changed incrementally.
class JobStore
{
public:
    /// Edits a job inside a write transaction; an error rolls the whole write back.
    using JobEdit = std::function<Result(Job &job, bool &cancelRequested)>;
    using PortEdit = std::function<Result(Port &port)>;

    JobStore(const QString &dataDirectory, int busyTimeoutMs = 5000);
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    /// Creates the data directory and the database if needed and checks the schema. Never
    /// touches an existing file it cannot read.
    Result open();
    void close();
    bool isOpen() const;

    QString dataDirectory() const { return m_dataDir; }
    QString databasePath() const;
    QString spoolDirectory() const;

    /// True when another connection committed since the last call (PRAGMA data_version).
    bool externalChange();
    /// Everything with a revision above since (0: everything), read in one snapshot.
    Expected<StoreChanges> changesSince(qint64 since);

    /// Stores a submission's group, documents and jobs (with each job's whole recipient, the
    /// one at the same index of recipients) in one transaction; returns the stored jobs with
    /// their ids and group id.
    Expected<QList<Job>> insertSubmission(const SubmissionGroup &group, const QList<Job> &jobs,
                                          const QList<Party> &recipients = {});
    /// Applies edit to each job in one transaction; returns the jobs that changed. Unknown ids
    /// are an error when strict, else skipped; an edit's error aborts everything when strict,
    /// else skips that job.
    Expected<QList<Job>> modifyJobs(const QList<JobId> &ids, const JobEdit &edit, bool strict);
    /// Removes jobs (only final ones when requireFinal); returns the spool folders of groups no
    /// job needs any more (their rows are gone; the caller deletes the folders).
    Expected<QStringList> removeJobs(const QList<JobId> &ids, bool requireFinal,
                                     QList<JobId> *removed);
    /// The group's spooled documents in order.
    Expected<QList<SpooledDocument>> documents(JobId groupId);
    /// The whole submission of a group: spool folder, documents, cover page, resolution, sender.
    Expected<SubmissionGroup> group(JobId groupId);
    /// Every field of a job's recipient (jobs stored before version 4 have number, name and
    /// company only).
    Expected<Party> recipient(JobId id);
    /// Spool folders referenced by any group (relative names).
    Expected<QSet<QString>> referencedSpoolFolders();
    /// Forgets all but the newest keep records of removed jobs and ports, which readers need
    /// only to catch up; a reader from before the oldest kept one gets a full reload instead
    /// (StoreChanges::full). Returns how many were forgotten.
    Expected<int> pruneTombstones(int keep);

    Expected<Port> insertPort(const Port &port);
    Expected<Port> modifyPort(const QString &name, const PortEdit &edit);
    Result removePort(const QString &name);

    Expected<ServerSettings> saveSettings(const ServerSettings &settings);

    Expected<ReceivedFax> insertReceived(const ReceivedFax &fax);

private:
    class Transaction;
    Error dbError(const QString &operation, const QString &reason) const;
    Result exec(const QString &sql, const QString &operation);
    Result createSchema();
    Expected<qint64> bumpRevision();

    QString m_dataDir;
    QString m_connection;
    int m_busyTimeoutMs;
    qint64 m_dataVersion = -1;
    bool m_open = false;
};

/// Reads a settings value map (as stored) into ServerSettings.
ServerSettings settingsFromMap(const QHash<QString, QString> &map);
QHash<QString, QString> settingsToMap(const ServerSettings &settings);

} // namespace Fax
