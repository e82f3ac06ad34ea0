// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activitylogmodel.h"

#include "core/connectionsettings.h"
#include "core/faxdocument.h"
#include "server/faxserver.h"

#include <QHash>
#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QSettings;
class QWidget;

namespace Fax {

class ActionRegistry;
class ConnectionProfiles;
class DialogRunner;
class JobQueueModel;
class MessageSink;
class PortListModel;
class ReceivedFaxModel;

/// Something the user should hear of even when the console is not in front: a fax arrived, a
/// send completed or failed (the tray shows it; activating it opens target).
struct ConsoleNotification
{
    ActivityKind kind = ActivityKind::Info;
    QString title;
    QString text;
    ActivityTarget target;
};

/// One console session: the connection to a fax server and everything that reaches it. The main
/// window, the tray, the dialogs, the viewer and (later) the send wizard and print-to-fax all
/// work through the same session, so they see the same server, models, actions and seams.
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)
public:
    /// messages, dialogs: where message boxes and dialogs go (nullptr: real ones). profiles: the
    /// profile store (nullptr: the application's settings). settingsFile: an INI file for what
    /// the console remembers (window layout, read faxes; empty: the application's settings).
    explicit ConsoleSession(MessageSink *messages = nullptr, DialogRunner *dialogs = nullptr,
                            ConnectionProfiles *profiles = nullptr,
                            const QString &settingsFile = QString(), QObject *parent = nullptr);
    ~ConsoleSession() override;

    MessageSink *messages() const { return m_messages; }
    DialogRunner *dialogs() const { return m_dialogs; }
    ConnectionProfiles *profiles() const { return m_profiles; }
    /// What the console remembers between runs.
    QSettings *settings() const { return m_settings.get(); }
    ActionRegistry *actions() const { return m_actions; }

    JobQueueModel *jobModel() const { return m_jobModel; }
    PortListModel *portModel() const { return m_portModel; }
    ReceivedFaxModel *faxModel() const { return m_faxModel; }
    ActivityLogModel *activityModel() const { return m_activity; }

    /// Creates the backend for settings and connects; failures are shown (over parent) and
    /// return false, leaving the current connection as it is.
    bool connectTo(const ConnectionSettings &settings, QWidget *parent = nullptr);
    /// Uses server (taken over) and connects to it.
    void setServer(std::unique_ptr<FaxServer> server);
    void disconnectFromServer();
    FaxServer *server() const { return m_server.get(); }
    bool isConnected() const;
    /// Why the console could not connect (or lost the connection) last; empty once connected.
    QString lastConnectionError() const { return m_connectionError; }
    /// The server as people call it: the profile's name, "Local engine", user@host.
    QString serverName() const;

    /// How the console sends a fax that is filled in already (Resend, print-to-fax): the Send
    /// Fax Wizard installs itself here, opened on the document.
    using SendFlow = std::function<void(const FaxDocument &document, QWidget *parent)>;
    void setSendFlow(SendFlow flow) { m_sendFlow = std::move(flow); }
    bool hasSendFlow() const { return bool(m_sendFlow); }
    /// Starts sending document: through the send flow when one is installed, else after the
    /// user confirms it, straight to the server.
    void startSend(const FaxDocument &document, QWidget *parent = nullptr);

    /// Marks a received fax read or unread (remembered per server).
    void setRead(qint64 faxId, bool read);

    /// A folder for files the console makes while it runs (faxes converted for viewing).
    QString workFolder() const;

Q_SIGNALS:
    /// The server was replaced (or dropped).
    void serverChanged();
    /// The connection's state changed.
    void connectionChanged();
    /// The server reported error while the console is not connected (it could not connect,
    /// or lost the connection). A receiver that tells the user itself sets *handled, and the
    /// session shows no message of its own (the activity log still gets the error).
    void connectionFailed(const Fax::Error &error, bool *handled);
    void notification(const Fax::ConsoleNotification &notification);

private:
    void followServer(FaxServer *server);
    void serverStateChanged(ConnectionState state);
    void rememberJobs();
    void jobAdded(const Job &job);
    void jobChanged(const Job &job);
    void jobRemoved(JobId id);
    void faxAdded(const ReceivedFax &fax);
    void portChanged(const Port &port);
    /// Tells the tray (title, text) and the activity log (logText, or text).
    void notify(ActivityKind kind, const QString &title, const QString &text,
                const ActivityTarget &target, const QString &logText = QString());
    /// The faxes the console had not seen or not opened, after the Inbox reloaded.
    void restoreUnread();
    void storeUnread();
    QString unreadKey() const;

    MessageSink *m_messages;
    DialogRunner *m_dialogs;
    std::unique_ptr<ConnectionProfiles> m_ownProfiles;
    ConnectionProfiles *m_profiles;
    std::unique_ptr<QSettings> m_settings;
    ActionRegistry *m_actions;
    std::unique_ptr<FaxServer> m_server;
    JobQueueModel *m_jobModel;
    PortListModel *m_portModel;
    ReceivedFaxModel *m_faxModel;
    ActivityLogModel *m_activity;
    SendFlow m_sendFlow;
    QHash<JobId, QueueStatus> m_jobStatus; ///< to tell a job's transitions
    QHash<QString, PortState> m_portStates;
    ConnectionState m_lastState = ConnectionState::Disconnected;
    bool m_quietUnread = false; ///< unread changes that are not the user's
    QString m_connectionError;
    mutable std::unique_ptr<QTemporaryDir> m_work;
};

} // namespace Fax
