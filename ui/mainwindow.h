// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activitylogmodel.h"
#include "connectionprofiles.h"
#include "folderpanel.h"

#include "server/faxserver.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace Fax {

class ActivityLogPanel;
class AddressBook;
class ConsoleSession;
class DetailsPane;
class DialogRunner;
class FaxItemActions;
class FolderView;
class InboxPanel;
class JobListPanel;
class JobQueueModel;
class MessageSink;
class PortListPanel;
class SendFaxLauncher;
class ServerSettingsDialog;
class SortMenu;

/// The fax console's main window: the folder tree (Incoming, Inbox, Outbox, Sent Items, Ports,
/// Activity Log), one folder view at a time with its search, quick filter and details pane,
/// menus, toolbar and status bar. It works through a ConsoleSession (the connection, models,
/// actions by id and the dialog seams), which it may share with the tray and other windows; it
/// remembers its layout, columns and last folder.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// A window on its own session: messages, profiles as ConsoleSession takes them.
    explicit MainWindow(MessageSink *messages = nullptr, ConnectionProfiles *profiles = nullptr,
                        QWidget *parent = nullptr);
    /// A window on session (not owned).
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConsoleSession *session() const { return m_session; }
    FaxItemActions *faxActions() const { return m_items; }
    /// The Send Fax Wizard's New Fax action and the session's send flow.
    SendFaxLauncher *sendFax() const { return m_sendFax; }

    /// Creates the backend for settings and connects; failures are shown and return false.
    bool connectTo(const ConnectionSettings &settings);
    /// Uses server (taken over) and connects to it.
    void setServer(std::unique_ptr<FaxServer> server);
    void disconnectFromServer();
    FaxServer *server() const;

    void showFolder(ConsoleFolder folder);
    ConsoleFolder currentFolder() const;
    FolderView *folderView(ConsoleFolder folder) const { return m_views.value(folder); }
    FolderView *currentView() const;

    FolderPanel *folderPanel() const { return m_folders; }
    /// The job list shown (or last shown): Outbox, Sent Items or Incoming.
    JobListPanel *jobListPanel() const { return m_lastJobPanel; }
    JobListPanel *jobPanel(ConsoleFolder folder) const;
    PortListPanel *portListPanel() const { return m_portPanel; }
    InboxPanel *inboxPanel() const { return m_inboxPanel; }
    ActivityLogPanel *activityPanel() const { return m_activityPanel; }
    DetailsPane *detailsPane() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *filterBox() const { return m_filter; }
    JobQueueModel *jobModel() const;
    /// The status bar's connection text ("Connected to local engine — DIR").
    QString connectionText() const;
    QString queueText() const;
    /// The status bar's count of the folder shown ("3 of 12 shown").
    QString countText() const;
    /// The Fax Server Settings dialog while it is open.
    ServerSettingsDialog *serverSettingsDialog() const;

    /// Writes the window's layout, columns and folder to the session's settings.
    void saveLayout() const;
    /// Reads them back (the constructor does this).
    void restoreLayout();

public Q_SLOTS:
    /// Opens the connection dialog and connects to what the user chose.
    void showConnectionDialog();
    /// Opens the Fax Server Settings dialog (or raises it).
    ServerSettingsDialog *showServerSettings();
    /// Shows what target is about: a job selected in its folder, a received fax selected in the
    /// Inbox (and opened in the viewer when view), a port in Ports.
    void openTarget(const Fax::ActivityTarget &target, bool view = false);
    /// Opens a fax TIFF file from disk in the viewer.
    void openFaxFile();
    /// The user's address book in the data folder, opened at the first use; nullptr (after
    /// telling why) when it cannot be opened. The Send Fax Wizard picks recipients from it.
    AddressBook *addressBook();
    /// Opens the Address Book dialog (through the session's dialog runner).
    void showAddressBook();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void init();
    void createActions();
    void createMenus();
    QWidget *createSearchBar();
    void addView(FolderView *view);
    void updateConnectionState();
    void updateCounts();
    void viewChanged();
    void updateDetails();
    void showAbout();
    void showCoverEditor();
    void initSenderNames();
    void applySearch();
    void filterChosen(int index);

    std::unique_ptr<ConsoleSession> m_ownSession;
    ConsoleSession *m_session;
    FaxItemActions *m_items;
    SendFaxLauncher *m_sendFax = nullptr;
    MessageSink *m_messages;

    FolderPanel *m_folders;
    QStackedWidget *m_stack;
    QMap<ConsoleFolder, FolderView *> m_views;
    QMap<ConsoleFolder, JobListPanel *> m_jobPanels;
    JobListPanel *m_lastJobPanel = nullptr;
    InboxPanel *m_inboxPanel;
    PortListPanel *m_portPanel;
    ActivityLogPanel *m_activityPanel;
    QWidget *m_searchBar = nullptr;
    AddressBook *m_addressBook = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_filterLabel = nullptr;
    DetailsPane *m_details;
    QSplitter *m_splitter;
    QSplitter *m_viewSplitter;
    QLabel *m_connectionLabel;
    QLabel *m_countLabel;
    QLabel *m_queueLabel;
    QTimer *m_detailsTimer;
    QTimer *m_searchTimer;
    QElapsedTimer m_sinceDetails;
    QPointer<ServerSettingsDialog> m_settingsDialog;
    QList<QAction *> m_folderActions;
    SortMenu *m_sortMenu = nullptr;
};

} // namespace Fax
