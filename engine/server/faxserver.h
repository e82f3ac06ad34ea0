#pragma once

#include "core/connectionsettings.h"
#include "core/faxdocument.h"
#include "core/faxtypes.h"
#include "core/job.h"
#include "core/port.h"
#include "core/receivedfax.h"
#include "core/result.h"
#include "core/serversettings.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace Fax {

/// The engine's public face: a fax server the console and faxctl connect to (FaxServer).
/// Backends: LocalFaxServer (embedded engine) and HylafaxServer. Every change, whoever made it
/// (this process, another console, faxctl), is reported through the signals below.
class FaxServer : public QObject
{
    Q_OBJECT
public:
    explicit FaxServer(QObject *parent = nullptr) : QObject(parent) {}
    ~FaxServer() override = default;

    virtual ConnectionSettings connectionSettings() const = 0;
    virtual ConnectionState state() const = 0;
    /// Starts connecting; stateChanged() and connected() or errorOccurred() follow. The local
    /// engine connects before this returns.
    virtual void connectToServer() = 0;
    virtual void disconnectFromServer() = 0;

    virtual ServerSettings settings() const = 0;
    virtual Result setSettings(const ServerSettings &settings) = 0;

    /// Every job the server keeps: queued, running, finished (Sent Items) and receives.
    virtual QList<Job> jobs() const = 0;
    virtual std::optional<Job> job(JobId id) const = 0;
    /// Queues one job per recipient of document (one group); returns their ids once they are
    /// stored durably.
    virtual Expected<QList<JobId>> submit(const FaxDocument &document) = 0;
    virtual Result jobCommand(JobId id, JobCommand command) = 0;
    /// Removes a finished job (completed, failed, canceled) from the server.
    virtual Result removeJob(JobId id) = 0;

    virtual QList<Port> ports() const = 0;
    virtual Result addPort(const Port &port) = 0;
    /// Changes a port's configuration (matched by name); live state fields are ignored.
    virtual Result updatePort(const Port &port) = 0;
    virtual Result removePort(const QString &name) = 0;

    virtual QList<ReceivedFax> receivedFaxes() const = 0;

    /// Answers the call ringing on a port whose receive mode is Manual (the console's Answer
    /// Now). Backends that cannot answer by hand fail with Unsupported.
    virtual Result answerCall(const QString &portName)
    {
        return Error::make(Error::Kind::Unsupported,
                           QCoreApplication::translate("Fax", "%1 cannot answer a call on port %2 "
                                                              "by hand")
                               .arg(connectionSettings().toUrl(), portName));
    }

Q_SIGNALS:
    void stateChanged(Fax::ConnectionState state);
    void connected();
    void disconnected();
    void errorOccurred(const Fax::Error &error);

    void settingsChanged(const Fax::ServerSettings &settings);
    void jobAdded(const Fax::Job &job);
    void jobChanged(const Fax::Job &job);
    void jobRemoved(Fax::JobId id);
    void portAdded(const Fax::Port &port);
    void portChanged(const Fax::Port &port);
    void portRemoved(const QString &name);
    void receivedFaxAdded(const Fax::ReceivedFax &fax);

private:
    Q_DISABLE_COPY_MOVE(FaxServer)
};

/// Makes the backend for settings; returns nullptr and sets *error when the backend is not
/// available.
std::unique_ptr<FaxServer> createServer(const ConnectionSettings &settings, Error *error);

} // namespace Fax
