// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/faxserver.h"

#include <QHash>

namespace Fax {

/// An in-memory FaxServer: a real backend without a disk or a line. It validates submissions,
/// settings and ports like the local engine, follows JobRules, finishes its operations from the
/// event loop, and can be told which capabilities it lacks and to fail the next operation. Model
/// tests also use it to emit changes by hand (the emit*() helpers).
class FakeFaxServer final : public FaxServer
{
    Q_OBJECT
public:
    explicit FakeFaxServer(QObject *parent = nullptr);
    ~FakeFaxServer() override;

    ConnectionSettings connectionSettings() const override { return m_connection; }
    ConnectionState state() const override { return m_state; }
    ServerCapabilities capabilities() const override { return m_capabilities; }
    void disconnectFromServer() override;

    /// Replaces the stored jobs without any signal (what a freshly connected server holds).
    void setJobs(const QList<Job> &jobs) { cache().replaceJobs(jobs); }
    void setPorts(const QList<Port> &ports) { cache().replacePorts(ports); }
    void setReceivedFaxes(const QList<ReceivedFax> &faxes) { cache().replaceReceivedFaxes(faxes); }
    /// The documents fetchJobDocument() gives for the jobs of group (what submit() stores for the
    /// groups it makes).
    void setGroupDocument(JobId group, const FaxDocument &document)
    {
        m_groupDocuments.insert(group, document);
    }
    /// What the fake can do from now on (capabilitiesChanged follows).
    void setCapabilities(const ServerCapabilities &capabilities);

    /// Store exactly the change named and emit exactly its signal, whether or not it changes
    /// anything: model tests check how models take repeated or unknown ids.
    void emitJobAdded(const Job &job);
    void emitJobChanged(const Job &job);
    void emitJobRemoved(JobId id);
    void emitPortAdded(const Port &port);
    void emitPortChanged(const Port &port);
    void emitPortRemoved(const QString &name);
    void emitReceivedFaxAdded(const ReceivedFax &fax);
    void emitReceivedFaxRemoved(qint64 id);

    /// The next operation (after it is logged) fails with this error, once.
    void failNextOperation(const Error &error) { m_nextError = error; }
    /// Operations received so far, as "pause 12", "remove 3", "answer modem1", "submit",
    /// "settings", "add-port front", "update-port front", "remove-port front", "fetch 4".
    QStringList commandLog() const { return m_commandLog; }

    /// A send job with plausible fields, for tests and benchmarks.
    static Job makeJob(JobId id, QueueStatus status = QueueStatus::Pending,
                       JobType type = JobType::Send);
    static Port makePort(const QString &name);

protected:
    void startConnect(FaxOperation *op) override;
    void startSetSettings(FaxOperation *op, const ServerSettings &settings) override;
    /// Checks the document, then "uploads" it from the event loop: progress over the files'
    /// bytes, the jobs, then the outcome. Cancelable until then.
    void startSubmit(SubmitOperation *op, const FaxDocument &document) override;
    /// JobRules decide. A cancel of a job in a call marks it aborting; the fake has no line to
    /// hang up, so it stays so until a test changes it.
    void startJobCommand(FaxOperation *op, JobId id, JobCommand command) override;
    void startRemoveJob(FaxOperation *op, JobId id) override;
    void startAddPort(FaxOperation *op, const Port &port) override;
    void startUpdatePort(FaxOperation *op, const Port &port) override;
    void startRemovePort(FaxOperation *op, const QString &name) override;
    /// A ringing port becomes Answered (portChanged).
    void startAnswerCall(FaxOperation *op, const QString &portName) override;
    /// The fax's own file, when it exists.
    void startFetchReceivedFax(FetchOperation *op, qint64 id) override;
    /// The document the job's group was submitted with (or set by setGroupDocument()), with the
    /// job's own recipient.
    void startFetchJobDocument(JobDocumentOperation *op, JobId id) override;

private:
    /// Logs the operation; true (and op failed) when it is to fail by failNextOperation().
    bool logAndFail(FaxOperation *op, const QString &entry);
    Result checkConnected() const;
    void finishSubmit(SubmitOperation *op, const FaxDocument &document, qint64 size);

    ConnectionSettings m_connection;
    ConnectionState m_state = ConnectionState::Connected;
    ServerCapabilities m_capabilities;
    JobId m_nextId = 1;
    Error m_nextError;
    QStringList m_commandLog;
    QHash<JobId, FaxDocument> m_groupDocuments;

    Q_DISABLE_COPY_MOVE(FakeFaxServer)
};

} // namespace Fax
