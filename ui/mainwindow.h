#pragma once

#include "connectionprofiles.h"
#include "folderpanel.h"

#include "server/faxserver.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;

namespace Fax {

class InboxPanel;
class JobListPanel;
class JobQueueModel;
class MessageSink;
class PortListModel;
class PortListPanel;
class ReceivedFaxModel;

/// The fax console's main window: assembles the folder tree, the job, inbox and port panels,
/// menus, toolbar and status bar, and owns the connection to one fax server.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// messages: where message boxes go (nullptr: real dialogs). profiles: the profile store
    /// (nullptr: the application's settings).
    explicit MainWindow(MessageSink *messages = nullptr, ConnectionProfiles *profiles = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Creates the backend for settings and connects; failures are shown and return false.
    bool connectTo(const ConnectionSettings &settings);
    /// Uses server (taken over) and connects to it.
    void setServer(std::unique_ptr<FaxServer> server);
    void disconnectFromServer();
    FaxServer *server() const { return m_server.get(); }

    void showFolder(ConsoleFolder folder);
    ConsoleFolder currentFolder() const;

    FolderPanel *folderPanel() const { return m_folders; }
    JobListPanel *jobListPanel() const { return m_jobPanel; }
    PortListPanel *portListPanel() const { return m_portPanel; }
    InboxPanel *inboxPanel() const { return m_inboxPanel; }
    JobQueueModel *jobModel() const { return m_jobModel; }
    /// The status bar's connection text ("Connected to local engine — DIR").
    QString connectionText() const;
    QString queueText() const;

public Q_SLOTS:
    /// Opens the connection dialog and connects to what the user chose.
    void showConnectionDialog();

private:
    void createActions();
    void createMenus();
    void updateConnectionState();
    void updateCounts();
    void showServerError(const Error &error);
    void showAbout();
    QString serverName() const;

    MessageSink *m_messages;
    std::unique_ptr<ConnectionProfiles> m_ownProfiles;
    ConnectionProfiles *m_profiles;
    std::unique_ptr<FaxServer> m_server;

    JobQueueModel *m_jobModel;
    PortListModel *m_portModel;
    ReceivedFaxModel *m_faxModel;

    FolderPanel *m_folders;
    QStackedWidget *m_stack;
    JobListPanel *m_jobPanel;
    InboxPanel *m_inboxPanel;
    PortListPanel *m_portPanel;
    QLabel *m_connectionLabel;
    QLabel *m_queueLabel;

    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_folderActions;
};

} // namespace Fax
