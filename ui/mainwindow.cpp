#include "mainwindow.h"

#include "connectiondialog.h"
#include "inboxpanel.h"
#include "joblistpanel.h"
#include "jobqueuemodel.h"
#include "messagesink.h"
#include "portlistmodel.h"
#include "portlistpanel.h"
#include "receivedfaxmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace Fax {

MainWindow::MainWindow(MessageSink *messages, ConnectionProfiles *profiles, QWidget *parent)
    : QMainWindow(parent), m_messages(messages ? messages : DialogMessageSink::instance()),
      m_ownProfiles(profiles ? nullptr : std::make_unique<ConnectionProfiles>()),
      m_profiles(profiles ? profiles : m_ownProfiles.get()), m_jobModel(new JobQueueModel(this)),
      m_portModel(new PortListModel(this)), m_faxModel(new ReceivedFaxModel(this)),
      m_folders(new FolderPanel(this)), m_stack(new QStackedWidget(this)),
      m_jobPanel(new JobListPanel(m_jobModel, m_messages, m_stack)),
      m_inboxPanel(new InboxPanel(m_faxModel, m_stack)),
      m_portPanel(new PortListPanel(m_portModel, m_messages, m_stack)),
      m_connectionLabel(new QLabel(this)), m_queueLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/faxconsole.svg")));

    m_stack->addWidget(m_jobPanel);
    m_stack->addWidget(m_inboxPanel);
    m_stack->addWidget(m_portPanel);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_folders);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 830});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_queueLabel);

    createActions();
    createMenus();

    connect(m_folders, &FolderPanel::currentFolderChanged, this, &MainWindow::showFolder);
    connect(m_jobModel, &JobQueueModel::activeJobCountChanged, this, &MainWindow::updateCounts);
    connect(m_jobModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_faxModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_faxModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);

    showFolder(ConsoleFolder::Outbox);
    updateConnectionState();
    resize(1020, 620);
}

MainWindow::~MainWindow()
{
    // Detach the models first so the server's last signals reach no half-destroyed view.
    m_jobModel->setServer(nullptr);
    m_portModel->setServer(nullptr);
    m_faxModel->setServer(nullptr);
    // Operations still running end with the server; nobody is left to hear how.
    if (m_server) {
        disconnect(m_server.get(), nullptr, this, nullptr);
        for (FaxOperation *op : m_server->findChildren<FaxOperation *>())
            op->disconnect();
    }
}

void MainWindow::createActions()
{
    m_connectAction =
        new QAction(QIcon(QStringLiteral(":/icons/connect.svg")), tr("&Connect…"), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setToolTip(tr("Connect to the local fax engine or a HylaFAX server"));
    m_connectAction->setShortcut(QKeySequence(tr("Ctrl+K")));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectionDialog);

    m_disconnectAction =
        new QAction(QIcon(QStringLiteral(":/icons/disconnect.svg")), tr("&Disconnect"), this);
    m_disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromServer);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    auto *group = new QActionGroup(this);
    const QList<ConsoleFolder> folders = {ConsoleFolder::Incoming, ConsoleFolder::Inbox,
                                          ConsoleFolder::Outbox, ConsoleFolder::SentItems,
                                          ConsoleFolder::Ports};
    for (int i = 0; i < folders.size(); ++i) {
        const ConsoleFolder folder = folders.at(i);
        auto *action = new QAction(FolderPanel::folderName(folder), group);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setData(int(folder));
        connect(action, &QAction::triggered, this, [this, folder] { showFolder(folder); });
        m_folderActions << action;
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    file->addAction(m_disconnectAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    auto *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_connectAction);
    toolBar->addSeparator();
    toolBar->addActions(m_jobPanel->jobActions());
    toolBar->addSeparator();
    toolBar->addAction(m_portPanel->answerAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_folderActions);
    view->addSeparator();
    QAction *showToolBar = toolBar->toggleViewAction();
    showToolBar->setText(tr("&Toolbar"));
    view->addAction(showToolBar);
    QAction *showStatusBar = view->addAction(tr("&Status bar"));
    showStatusBar->setCheckable(true);
    showStatusBar->setChecked(true);
    connect(showStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu *fax = menuBar()->addMenu(tr("F&ax"));
    const QList<QAction *> jobActions = m_jobPanel->jobActions();
    fax->addActions(jobActions.mid(0, 4));
    fax->addSeparator();
    fax->addAction(jobActions.at(4));
    fax->addSeparator();
    fax->addAction(m_portPanel->answerAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Fax Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

bool MainWindow::connectTo(const ConnectionSettings &settings)
{
    Error error;
    std::unique_ptr<FaxServer> server = createServer(settings, &error);
    if (!server) {
        const QString name =
            settings.profileName.isEmpty() ? settings.toUrl() : settings.profileName;
        m_messages->showError(this, tr("Cannot connect to %1").arg(name),
                              error.message.isEmpty()
                                  ? tr("%1: this kind of server is not available.").arg(name)
                                  : error.message);
        return false;
    }
    setServer(std::move(server));
    return m_server && m_server->state() != ConnectionState::Disconnected;
}

void MainWindow::setServer(std::unique_ptr<FaxServer> server)
{
    m_jobModel->setServer(nullptr);
    m_portModel->setServer(nullptr);
    m_faxModel->setServer(nullptr);
    m_server = std::move(server);
    if (m_server) {
        FaxServer *s = m_server.get();
        connect(s, &FaxServer::stateChanged, this, &MainWindow::updateConnectionState);
        connect(s, &FaxServer::errorOccurred, this, &MainWindow::showServerError);
        m_jobModel->setServer(s);
        m_portModel->setServer(s);
        m_faxModel->setServer(s);
        if (s->state() == ConnectionState::Disconnected)
            s->connectToServer();
    }
    updateConnectionState();
}

void MainWindow::disconnectFromServer()
{
    if (m_server)
        m_server->disconnectFromServer();
    setServer(nullptr);
}

void MainWindow::showConnectionDialog()
{
    ConnectionDialog dialog(m_profiles, this);
    if (m_server)
        dialog.setSettings(m_server->connectionSettings());
    if (dialog.exec() == QDialog::Accepted)
        connectTo(dialog.settings());
}

void MainWindow::showFolder(ConsoleFolder folder)
{
    switch (folder) {
    case ConsoleFolder::Incoming:
        m_jobPanel->setFolder(JobFolderModel::Folder::Incoming);
        m_stack->setCurrentWidget(m_jobPanel);
        break;
    case ConsoleFolder::Outbox:
        m_jobPanel->setFolder(JobFolderModel::Folder::Outbox);
        m_stack->setCurrentWidget(m_jobPanel);
        break;
    case ConsoleFolder::SentItems:
        m_jobPanel->setFolder(JobFolderModel::Folder::SentItems);
        m_stack->setCurrentWidget(m_jobPanel);
        break;
    case ConsoleFolder::Inbox:
        m_stack->setCurrentWidget(m_inboxPanel);
        break;
    case ConsoleFolder::Ports:
        m_stack->setCurrentWidget(m_portPanel);
        break;
    }
    // Job commands only apply while a job folder is shown.
    m_jobPanel->setCommandsAvailable(m_stack->currentWidget() == m_jobPanel);
    m_folders->setCurrentFolder(folder);
    for (QAction *action : std::as_const(m_folderActions))
        action->setChecked(action->data().toInt() == int(folder));
}

ConsoleFolder MainWindow::currentFolder() const
{
    return m_folders->currentFolder();
}

QString MainWindow::serverName() const
{
    if (!m_server)
        return {};
    const ConnectionSettings s = m_server->connectionSettings();
    if (!s.profileName.isEmpty())
        return s.profileName;
    if (s.kind == ServerKind::Local)
        return tr("Local engine");
    return s.user.isEmpty() ? s.host : tr("%1@%2").arg(s.user, s.host);
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::queueText() const
{
    return m_queueLabel->text();
}

void MainWindow::updateConnectionState()
{
    const ConnectionState state = m_server ? m_server->state() : ConnectionState::Disconnected;
    QString text;
    if (state == ConnectionState::Disconnected) {
        text = tr("Disconnected");
    } else {
        const QString where = m_server->displayLocation();
        if (m_server->connectionSettings().kind == ServerKind::Local) {
            text = state == ConnectionState::Connected
                       ? tr("Connected to local engine — %1").arg(where)
                       : tr("Connecting to local engine — %1").arg(where);
        } else {
            text = state == ConnectionState::Connected
                       ? tr("Connected to HylaFAX server %1").arg(where)
                       : tr("Connecting to HylaFAX server %1…").arg(where);
        }
    }
    m_connectionLabel->setText(text);
    setWindowTitle(m_server ? tr("%1 — Fax Console").arg(serverName()) : tr("Fax Console"));
    m_disconnectAction->setEnabled(state != ConnectionState::Disconnected);
    updateCounts();
}

void MainWindow::updateCounts()
{
    const bool connected = m_server && m_server->state() == ConnectionState::Connected;
    const int queued = m_jobModel->activeJobCount();
    QString text;
    if (connected)
        text = queued == 1 ? tr("1 job queued") : tr("%1 jobs queued").arg(queued);
    m_queueLabel->setText(text);
    m_folders->setCount(ConsoleFolder::Outbox, queued);
}

void MainWindow::showServerError(const Error &error)
{
    m_messages->showError(this, tr("Fax server %1").arg(serverName()), error.message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Fax Console"),
                       tr("<h3>Fax Console %1</h3>"
                          "<p>Send, receive and administer faxes on local modems or a HylaFAX "
                          "server.</p>")
                           .arg(QStringLiteral(FAX_VERSION)));
}

} // namespace Fax
