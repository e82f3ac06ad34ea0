#pragma once

#include "faxserver.h"

#include <memory>

namespace Fax {

class Clock;
class LineFactory;

/// The embedded local engine: a durable SQLite queue with a spool folder, a scheduler and the
/// port lines. Several processes (the console, faxctl) may open the same data directory at once;
/// each sees the others' changes through the signals within pollIntervalMs. Only one of them at
/// a time (the holder of the engine lock) dispatches jobs to lines.
class LocalFaxServer final : public FaxServer
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDirectory;              ///< empty: the connection settings', else the default
        bool runScheduler = true;           ///< try to become the dispatching process
        const Clock *clock = nullptr;       ///< nullptr: the system clock
        LineFactory *lineFactory = nullptr; ///< nullptr: the built-in modem drivers
        int pollIntervalMs = 250;           ///< how often other processes' changes are picked up
        int busyTimeoutMs = 5000;           ///< how long a write waits for another process's lock
    };

    explicit LocalFaxServer(const ConnectionSettings &settings, QObject *parent = nullptr);
    LocalFaxServer(const ConnectionSettings &settings, const Options &options,
                   QObject *parent = nullptr);
    ~LocalFaxServer() override;

    ConnectionSettings connectionSettings() const override;
    ConnectionState state() const override;
    void connectToServer() override;
    void disconnectFromServer() override;

    ServerSettings settings() const override;
    Result setSettings(const ServerSettings &settings) override;

    QList<Job> jobs() const override;
    std::optional<Job> job(JobId id) const override;
    Expected<QList<JobId>> submit(const FaxDocument &document) override;
    Result jobCommand(JobId id, JobCommand command) override;
    Result removeJob(JobId id) override;

    QList<Port> ports() const override;
    Result addPort(const Port &port) override;
    Result updatePort(const Port &port) override;
    Result removePort(const QString &name) override;

    QList<ReceivedFax> receivedFaxes() const override;

    /// The data directory in use (database "queue.db", "spool/", "engine.lock").
    QString dataDirectory() const;
    /// True while this process holds the engine lock and dispatches jobs.
    bool isDispatcher() const;
    /// Picks up other processes' changes and runs one scheduling pass now (tests call this after
    /// advancing a ManualClock instead of waiting for the timers).
    void poll();
    /// The spooled files of a job's document, in order.
    QStringList spooledFiles(JobId id) const;
    /// Answers the call ringing on a port (receive mode Manual). Only the dispatching process
    /// drives the lines; elsewhere this fails with a message saying so.
    Result answerCall(const QString &portName) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Fax
