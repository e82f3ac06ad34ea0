#pragma once

#include "server/faxserver.h"

namespace Fax {

/// An in-memory FaxServer for model tests: holds jobs, ports and received faxes and emits the
/// change signals only when the test calls the emit*() helpers (or the FaxServer commands).
class FakeFaxServer final : public FaxServer
{
    Q_OBJECT
public:
    explicit FakeFaxServer(QObject *parent = nullptr);
    ~FakeFaxServer() override;

    ConnectionSettings connectionSettings() const override { return m_connection; }
    ConnectionState state() const override { return m_state; }
    void connectToServer() override;
    void disconnectFromServer() override;

    ServerSettings settings() const override { return m_settings; }
    Result setSettings(const ServerSettings &settings) override;

    QList<Job> jobs() const override { return m_jobs; }
    std::optional<Job> job(JobId id) const override;
    Expected<QList<JobId>> submit(const FaxDocument &document) override;
    Result jobCommand(JobId id, JobCommand command) override;
    Result removeJob(JobId id) override;

    QList<Port> ports() const override { return m_ports; }
    Result addPort(const Port &port) override;
    Result updatePort(const Port &port) override;
    Result removePort(const QString &name) override;

    QList<ReceivedFax> receivedFaxes() const override { return m_faxes; }
    /// Logs "answer PORT"; a ringing port becomes Answered (and emits portChanged).
    Result answerCall(const QString &portName) override;

    /// Replaces the stored jobs without any signal (what a freshly connected server holds).
    void setJobs(QList<Job> jobs) { m_jobs = std::move(jobs); }
    void setPorts(QList<Port> ports) { m_ports = std::move(ports); }
    void setReceivedFaxes(QList<ReceivedFax> faxes) { m_faxes = std::move(faxes); }

    /// Stores the job and emits jobAdded, or jobChanged when its id is known.
    void emitJobAdded(const Job &job);
    void emitJobChanged(const Job &job);
    void emitJobRemoved(JobId id);
    void emitPortAdded(const Port &port);
    void emitPortChanged(const Port &port);
    void emitPortRemoved(const QString &name);
    void emitReceivedFaxAdded(const ReceivedFax &fax);

    /// The next jobCommand()/removeJob()/answerCall() fails with this error (once).
    void failNextCommand(const Error &error) { m_nextError = error; }
    /// Commands received so far, as "pause 12", "remove 3", "answer modem1".
    QStringList commandLog() const { return m_commandLog; }

    /// A send job with plausible fields, for tests and benchmarks.
    static Job makeJob(JobId id, QueueStatus status = QueueStatus::Pending,
                       JobType type = JobType::Send);
    static Port makePort(const QString &name);

private:
    void storeJob(const Job &job);
    int indexOfJob(JobId id) const;

    ConnectionSettings m_connection;
    ConnectionState m_state = ConnectionState::Connected;
    ServerSettings m_settings;
    QList<Job> m_jobs;
    QList<Port> m_ports;
    QList<ReceivedFax> m_faxes;
    JobId m_nextId = 1;
    Error m_nextError;
    QStringList m_commandLog;
};

} // namespace Fax
