// SPDX-License-Identifier: GPL-3.0-or-later
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
    /// The data directory.
    QString displayLocation() const override;
    ConnectionState state() const override;
    /// Everything: the local engine is its own administrator.
    ServerCapabilities capabilities() const override;
    void disconnectFromServer() override;

    /// The data directory in use (database "queue.db", "spool/", "engine.lock").
    QString dataDirectory() const;
    /// True while this process holds the engine lock and dispatches jobs.
    bool isDispatcher() const;
    /// Picks up other processes' changes and runs one scheduling pass now (tests call this after
    /// advancing a ManualClock instead of waiting for the timers).
    void poll();
    /// The spooled files of a job's document, in order.
    QStringList spooledFiles(JobId id) const;

protected:
    void startConnect(FaxOperation *op) override;
    void startSetSettings(FaxOperation *op, const ServerSettings &settings) override;
    /// Checks the document here, copies it into the spool on a worker thread (with progress;
    /// cancelable until then) and stores the jobs once the copy is durable.
    void startSubmit(SubmitOperation *op, const FaxDocument &document) override;
    void startJobCommand(FaxOperation *op, JobId id, JobCommand command) override;
    void startRemoveJob(FaxOperation *op, JobId id) override;
    void startAddPort(FaxOperation *op, const Port &port) override;
    void startUpdatePort(FaxOperation *op, const Port &port) override;
    void startRemovePort(FaxOperation *op, const QString &name) override;
    /// Only the dispatching process drives the lines; elsewhere this fails with a message
    /// saying so.
    void startAnswerCall(FaxOperation *op, const QString &portName) override;
    /// The fax TIFF in the data directory's received/ folder.
    void startFetchReceivedFax(FetchOperation *op, qint64 id) override;
    /// The spooled documents (in the data directory's spool/) and the stored submission.
    void startFetchJobDocument(JobDocumentOperation *op, JobId id) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Fax
