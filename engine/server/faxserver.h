// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"
#include "core/faxdocument.h"
#include "core/faxtypes.h"
#include "core/job.h"
#include "core/port.h"
#include "core/receivedfax.h"
#include "core/result.h"
#include "core/serversettings.h"
#include "faxoperation.h"
#include "servercache.h"
#include "servercapabilities.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Fax {

/// The engine's public face: a fax server the console and faxctl connect to (FaxServer).
/// Backends: LocalFaxServer (embedded engine) and HylafaxServer. Reading the server's state is
/// synchronous, from a cache the backend keeps fresh; everything that changes the server is an
/// operation (FaxOperation) that ends later, so a backend may take network time without blocking
/// the caller. Every change, whoever made it (this process, another console, faxctl), is reported
/// once through the change signals below.
class FaxServer : public QObject
{
    Q_OBJECT
public:
    explicit FaxServer(QObject *parent = nullptr);
    ~FaxServer() override;

    virtual ConnectionSettings connectionSettings() const = 0;
    /// Where the connection leads, for people: the local engine's data folder, a network
    /// server's host:port.
    virtual QString displayLocation() const;
    virtual ConnectionState state() const = 0;
    /// What this connection can do; capabilitiesChanged() tells when that changes (a login).
    virtual ServerCapabilities capabilities() const = 0;

    /// Starts connecting; stateChanged() and connected() or errorOccurred() follow, and the
    /// operation ends with the outcome. The local engine connects before this returns.
    FaxOperation *connectToServer();
    virtual void disconnectFromServer() = 0;

    ServerSettings settings() const { return m_cache.settings(); }
    /// Every job the server keeps: queued, running, finished (Sent Items) and receives.
    QList<Job> jobs() const { return m_cache.jobs(); }
    std::optional<Job> job(JobId id) const { return m_cache.job(id); }
    /// By priority, then name.
    QList<Port> ports() const { return m_cache.ports(); }
    QList<ReceivedFax> receivedFaxes() const { return m_cache.receivedFaxes(); }

    /// Stores new settings; fails without a change when a value is invalid or a changed setting
    /// may not be changed (capabilities()).
    FaxOperation *setSettings(const ServerSettings &settings);
    /// Uploads the documents and queues one job per recipient (one group); succeeds with their
    /// ids once they are stored durably.
    SubmitOperation *submit(const FaxDocument &document);
    FaxOperation *jobCommand(JobId id, JobCommand command);
    /// Removes a finished job (completed, failed, canceled) from the server.
    FaxOperation *removeJob(JobId id);
    FaxOperation *addPort(const Port &port);
    /// Changes a port's configuration (matched by name); live state fields are ignored.
    FaxOperation *updatePort(const Port &port);
    FaxOperation *removePort(const QString &name);
    /// Answers the call ringing on a port whose receive mode is Manual (the console's Answer
    /// Now).
    FaxOperation *answerCall(const QString &portName);
    /// Makes the file of received fax id available on this machine.
    FetchOperation *fetchReceivedFax(qint64 id);
    /// Makes a send job's documents available on this machine with what it was submitted with
    /// (to view the fax or send it again).
    JobDocumentOperation *fetchJobDocument(JobId id);

Q_SIGNALS:
    void stateChanged(Fax::ConnectionState state);
    void connected();
    void disconnected();
    void errorOccurred(const Fax::Error &error);
    void capabilitiesChanged();

    void settingsChanged(const Fax::ServerSettings &settings);
    void jobAdded(const Fax::Job &job);
    void jobChanged(const Fax::Job &job);
    void jobRemoved(Fax::JobId id);
    void portAdded(const Fax::Port &port);
    void portChanged(const Fax::Port &port);
    void portRemoved(const QString &name);
    void receivedFaxAdded(const Fax::ReceivedFax &fax);
    void receivedFaxRemoved(qint64 id);

protected:
    /// The backend's side of the operations: each starts the work and ends op with succeed() or
    /// fail() (now or later). The public functions have checked capabilities() already.
    virtual void startConnect(FaxOperation *op) = 0;
    virtual void startSetSettings(FaxOperation *op, const ServerSettings &settings) = 0;
    virtual void startSubmit(SubmitOperation *op, const FaxDocument &document) = 0;
    virtual void startJobCommand(FaxOperation *op, JobId id, JobCommand command) = 0;
    virtual void startRemoveJob(FaxOperation *op, JobId id) = 0;
    virtual void startFetchReceivedFax(FetchOperation *op, qint64 id) = 0;
    /// Ports and answering by hand are optional: without them a backend denies the features in
    /// capabilities(); these fail with Unsupported should they be reached anyway.
    virtual void startAddPort(FaxOperation *op, const Port &port);
    virtual void startUpdatePort(FaxOperation *op, const Port &port);
    virtual void startRemovePort(FaxOperation *op, const QString &name);
    virtual void startAnswerCall(FaxOperation *op, const QString &portName);
    /// Optional too: a backend that cannot give a job's documents back denies FetchJobDocuments.
    virtual void startFetchJobDocument(JobDocumentOperation *op, JobId id);

    ServerCache &cache() { return m_cache; }
    const ServerCache &cache() const { return m_cache; }

    /// Ends op (its signals follow from the event loop; the first outcome counts).
    static void succeed(FaxOperation *op);
    static void succeed(SubmitOperation *op, const QList<JobId> &ids, JobId group);
    static void succeed(FetchOperation *op, const QString &file);
    static void succeed(JobDocumentOperation *op, const FaxDocument &document);
    static void fail(FaxOperation *op, const Error &error);
    static void finish(FaxOperation *op, const Result &result);
    /// Progress of op (main thread only; delivered from the event loop, before the outcome).
    static void reportProgress(FaxOperation *op, qint64 done, qint64 total, const QString &text);
    /// What cancel() does while op can still be stopped; the operation fails with Canceled.
    static void setCancelHandler(FaxOperation *op, std::function<void()> handler);

    /// Ends every running operation with error (Kind::Canceled: the connection goes away).
    /// immediately: deliver their signals now, also outcomes still waiting in the event loop
    /// (for a destructor: there is no later).
    void abandonOperations(const Error &error, bool immediately);
    /// The operation's description in messages: "%1 cannot %2: %3".
    Error unsupported(const FaxOperation *op, const QString &reason) const;

private:
    template <typename Op, typename... Args> Op *makeOperation(const QString &what, Args... args);
    /// Fails op with Unsupported when feature is denied; true then.
    bool refuse(FaxOperation *op, ServerCapabilities::Feature feature);

    ServerCache m_cache;

    Q_DISABLE_COPY_MOVE(FaxServer)
};

/// Makes the backend for settings; returns nullptr and sets *error when the backend is not
/// available.
std::unique_ptr<FaxServer> createServer(const ConnectionSettings &settings, Error *error);

} // namespace Fax
