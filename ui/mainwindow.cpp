// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actionids.h"
#include "actionregistry.h"
#include "activitylogpanel.h"
#include "addressbook/addressbook.h"
#include "addressbookdialog.h"
#include "connectiondialog.h"
#include "consoleactions.h"
#include "consolesession.h"
#include "covereditorwindow.h"
#include "detailspane.h"
#include "dialogrunner.h"
#include "faxitemactions.h"
#include "faxviewerwindow.h"
#include "inboxpanel.h"
#include "joblistpanel.h"
#include "jobqueuemodel.h"
#include "messagesink.h"
#include "portlistmodel.h"
#include "portlistpanel.h"
#include "receivedfaxmodel.h"
#include "sendfaxlauncher.h"
#include "serversettingsdialog.h"
#include "sortmenu.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace Fax {

namespace {

/// Down or Enter in the search field goes on to the list; Escape clears the search.
class SearchKeys final : public QObject
{
public:
    SearchKeys(QLineEdit *field, std::function<QWidget *()> list)
        : QObject(field), m_field(field), m_list(std::move(list))
    {
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (QWidget *list = m_list())
                list->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        if (key == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
        return false;
    }

private:
    QLineEdit *m_field;
    std::function<QWidget *()> m_list;
};

} // namespace

MainWindow::MainWindow(MessageSink *messages, ConnectionProfiles *profiles, QWidget *parent)
    : QMainWindow(parent),
      m_ownSession(std::make_unique<ConsoleSession>(messages, nullptr, profiles)),
      m_session(m_ownSession.get())
{
    init();
}

MainWindow::MainWindow(ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session)
{
    init();
}

void MainWindow::init()
{
    m_sinceDetails.start();
    m_items = new FaxItemActions(m_session, this);
    m_messages = m_session->messages();
    m_folders = new FolderPanel(this);
    m_stack = new QStackedWidget(this);
    m_details = new DetailsPane(this);
    m_connectionLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_queueLabel = new QLabel(this);
    m_detailsTimer = new QTimer(this);
    m_searchTimer = new QTimer(this);

    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/faxconsole.svg")));
    ConsoleActions::registerAll(m_session->actions());

    for (const auto folder : {JobFolderModel::Folder::Incoming, JobFolderModel::Folder::Outbox,
                              JobFolderModel::Folder::SentItems}) {
        auto *panel = new JobListPanel(m_session, m_items, folder, m_stack);
        m_jobPanels.insert(panel->consoleFolder(), panel);
        addView(panel);
    }
    m_lastJobPanel = m_jobPanels.value(ConsoleFolder::Outbox);
    m_inboxPanel = new InboxPanel(m_session, m_items, m_stack);
    addView(m_inboxPanel);
    m_portPanel = new PortListPanel(m_session->portModel(), m_messages, m_session->dialogs(),
                                    m_session->actions(), m_stack);
    addView(m_portPanel);
    m_activityPanel =
        new ActivityLogPanel(m_session->activityModel(), m_session->actions(), m_stack);
    addView(m_activityPanel);
    connect(m_activityPanel, &ActivityLogPanel::openTarget, this,
            [this](const ActivityTarget &target) { openTarget(target, true); });

    // The list with its search bar above and its details below.
    auto *listArea = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(createSearchBar());
    listLayout->addWidget(m_stack, 1);
    m_viewSplitter = new QSplitter(Qt::Vertical, this);
    m_viewSplitter->setObjectName(QStringLiteral("viewSplitter"));
    m_viewSplitter->addWidget(listArea);
    m_viewSplitter->addWidget(m_details);
    m_viewSplitter->setStretchFactor(0, 3);
    m_viewSplitter->setStretchFactor(1, 1);
    m_viewSplitter->setSizes({450, 170});

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("folderSplitter"));
    m_splitter->addWidget(m_folders);
    m_splitter->addWidget(m_viewSplitter);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 830});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_queueLabel);

    createActions();
    createMenus();

    // The details follow the current item without redrawing on every change of a busy queue.
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(40);
    connect(m_detailsTimer, &QTimer::timeout, this, &MainWindow::updateDetails);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);

    connect(m_folders, &FolderPanel::currentFolderChanged, this, &MainWindow::showFolder);
    connect(m_session, &ConsoleSession::connectionChanged, this,
            &MainWindow::updateConnectionState);
    connect(m_session, &ConsoleSession::serverChanged, this, [this] {
        if (m_settingsDialog)
            m_settingsDialog->close();
    });
    JobQueueModel *jobs = m_session->jobModel();
    connect(jobs, &JobQueueModel::activeJobCountChanged, this, &MainWindow::updateCounts);
    connect(jobs, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    ReceivedFaxModel *faxes = m_session->faxModel();
    connect(faxes, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(faxes, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(faxes, &ReceivedFaxModel::unreadChanged, this, &MainWindow::updateCounts);
    initSenderNames();

    showFolder(ConsoleFolder::Outbox);
    updateConnectionState();
    resize(1100, 680);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Operations that report into this window's panels end with it; the session may live on.
    if (m_settingsDialog)
        delete m_settingsDialog;
}

void MainWindow::addView(FolderView *view)
{
    m_views.insert(view->consoleFolder(), view);
    m_stack->addWidget(view);
    connect(view, &FolderView::currentChanged, this, [this, view] {
        if (view != currentView())
            return;
        m_session->actions()->updateRouted();
        // At once when the user moves (a new selection), at most every 40 ms while a busy queue
        // changes under it.
        if (!m_detailsTimer->isActive() && m_sinceDetails.hasExpired(m_detailsTimer->interval()))
            updateDetails();
        else
            m_detailsTimer->start();
    });
}

QWidget *MainWindow::createSearchBar()
{
    m_searchBar = new QWidget(this);
    auto *layout = new QHBoxLayout(m_searchBar);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(m_searchBar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_filterLabel = new QLabel(tr("S&how:"), m_searchBar);
    m_filter = new QComboBox(m_searchBar);
    m_filter->setObjectName(QStringLiteral("filterBox"));
    m_filter->setAccessibleName(tr("Show"));
    m_filterLabel->setBuddy(m_filter);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_filterLabel);
    layout->addWidget(m_filter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QComboBox::activated, this, &MainWindow::filterChosen);
    new SearchKeys(m_search, [this]() -> QWidget * {
        FolderView *view = currentView();
        return view ? view->itemView() : nullptr;
    });
    return m_searchBar;
}

void MainWindow::createActions()
{
    ActionRegistry *actions = m_session->actions();
    using namespace ActionId;
    m_sendFax = new SendFaxLauncher(m_session, this);
    // The wizard's Address Book… button picks from this user's book (made on first use).
    m_sendFax->setAddressBookPicker([this](QWidget *parent) -> QList<Party> {
        AddressBook *book = addressBook();
        if (!book)
            return {};
        return AddressBookDialog::pickRecipients(book, parent, m_session->dialogs(), m_messages);
    });
    QAction *connectAction = actions->add(
        Connect, tr("&Connect…"), QStringLiteral("connect"), QKeySequence(tr("Ctrl+K")),
        tr("Connect to the local fax engine or a HylaFAX server"));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::showConnectionDialog);
    QAction *disconnectAction =
        actions->add(Disconnect, tr("&Disconnect"), QStringLiteral("disconnect"));
    disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    connect(disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromServer);

    QAction *quit = actions->add(Quit, tr("&Quit"), QString(), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *open = actions->add(OpenFaxFile, tr("&Open Fax File…"), QString(),
                                 QKeySequence(tr("Ctrl+Shift+O")),
                                 tr("Open a fax TIFF file in the Fax Viewer"));
    connect(open, &QAction::triggered, this, &MainWindow::openFaxFile);

    QAction *find = actions->add(Find, tr("&Find…"), QString(), QKeySequence::Find,
                                 tr("Search the folder shown"));
    connect(find, &QAction::triggered, this, [this] {
        if (m_search->isVisible()) {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        }
    });

    QAction *details =
        actions->add(ToggleDetails, tr("&Details Pane"), QString(), QKeySequence(tr("Ctrl+D")));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_details, &QWidget::setVisible);

    QAction *settings =
        actions->add(OpenServerSettings, tr("Fax &Server Settings…"), QStringLiteral("settings"),
                     QKeySequence(), tr("Change the settings of the fax server"));
    connect(settings, &QAction::triggered, this, &MainWindow::showServerSettings);
    QAction *cover =
        actions->add(CoverEditor, tr("Cover Page &Editor…"), QStringLiteral("cover-editor"),
                     QKeySequence(), tr("Design cover pages"));
    connect(cover, &QAction::triggered, this, &MainWindow::showCoverEditor);
    QAction *book =
        actions->add(OpenAddressBook, tr("&Address Book…"), QStringLiteral("address-book"),
                     QKeySequence(), tr("Contacts and groups to send faxes to"));
    connect(book, &QAction::triggered, this, &MainWindow::showAddressBook);

    QAction *about = actions->add(About, tr("&About Fax Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = actions->add(AboutQt, tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    auto *group = new QActionGroup(this);
    const QList<ConsoleFolder> folders = FolderPanel::folders();
    for (int i = 0; i < folders.size(); ++i) {
        const ConsoleFolder folder = folders.at(i);
        const QString id = QStringLiteral("folder.") + FolderPanel::folderKey(folder);
        auto *action = new QAction(FolderPanel::folderName(folder), group);
        action->setIcon(QIcon(FolderPanel::folderIcon(folder)));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setData(int(folder));
        connect(action, &QAction::triggered, this, [this, folder] { showFolder(folder); });
        actions->add(id, action);
        m_folderActions << action;
    }
    // Low priority: an icon alone on the toolbar, beside the commands that carry their names.
    for (const QString &id : {ViewFax, Resend, Print, SaveAsPdf, Report, PortProperties})
        actions->action(id)->setPriority(QAction::LowPriority);
}

void MainWindow::createMenus()
{
    ActionRegistry *actions = m_session->actions();
    using namespace ActionId;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    actions->fill(file, {NewFax, Separator, Connect, Disconnect, Separator, OpenFaxFile, Separator,
                         SaveAsPdf, Print, Separator, Quit});

    auto *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    actions->fill(toolBar,
                  {NewFax, Separator, Connect, Separator, ViewFax, Separator, Pause, Resume, Cancel,
                   Restart, Delete, Separator, Resend, Print, Separator, AnswerNow,
                   PortProperties});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_folderActions);
    view->addSeparator();
    actions->fill(view, {Find});
    m_sortMenu = new SortMenu(
        [this]() -> QTableView * {
            FolderView *shown = currentView();
            return shown ? qobject_cast<QTableView *>(shown->itemView()) : nullptr;
        },
        this);
    actions->add(SortBy, m_sortMenu->menuAction());
    actions->fill(view, {SortBy, Separator});
    QAction *showToolBar = toolBar->toggleViewAction();
    showToolBar->setText(tr("&Toolbar"));
    actions->add(ToggleToolBar, showToolBar);
    QAction *showStatusBar = actions->add(ToggleStatusBar, tr("&Status Bar"));
    showStatusBar->setCheckable(true);
    showStatusBar->setChecked(true);
    connect(showStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);
    actions->fill(view, {ToggleToolBar, ToggleStatusBar, ToggleDetails});

    QMenu *fax = menuBar()->addMenu(tr("F&ax"));
    actions->fill(fax, {ViewFax, Separator, Pause, Resume, Cancel, Restart, Separator, Resend,
                        Report, Separator, MarkRead, MarkUnread, Separator, Delete, Separator,
                        AnswerNow, PortProperties, Separator, ClearLog});

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    actions->fill(tools, {OpenAddressBook, Separator, OpenServerSettings, CoverEditor});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    actions->fill(help, {About, AboutQt});
}

bool MainWindow::connectTo(const ConnectionSettings &settings)
{
    return m_session->connectTo(settings, this);
}

void MainWindow::setServer(std::unique_ptr<FaxServer> server)
{
    m_session->setServer(std::move(server));
}

void MainWindow::disconnectFromServer()
{
    m_session->disconnectFromServer();
}

FaxServer *MainWindow::server() const
{
    return m_session->server();
}

JobQueueModel *MainWindow::jobModel() const
{
    return m_session->jobModel();
}

JobListPanel *MainWindow::jobPanel(ConsoleFolder folder) const
{
    return m_jobPanels.value(folder);
}

void MainWindow::showConnectionDialog()
{
    ConnectionDialog dialog(m_session->profiles(), this);
    if (server())
        dialog.setSettings(server()->connectionSettings());
    if (m_session->dialogs()->exec(&dialog) == QDialog::Accepted)
        connectTo(dialog.settings());
}

FolderView *MainWindow::currentView() const
{
    return qobject_cast<FolderView *>(m_stack->currentWidget());
}

void MainWindow::showFolder(ConsoleFolder folder)
{
    FolderView *view = m_views.value(folder);
    if (!view)
        return;
    m_stack->setCurrentWidget(view);
    if (auto *jobs = m_jobPanels.value(folder))
        m_lastJobPanel = jobs;
    m_session->actions()->setTarget(view, view);
    m_folders->setCurrentFolder(folder);
    for (QAction *action : std::as_const(m_folderActions))
        action->setChecked(action->data().toInt() == int(folder));
    viewChanged();
}

ConsoleFolder MainWindow::currentFolder() const
{
    return m_folders->currentFolder();
}

void MainWindow::viewChanged()
{
    FolderView *view = currentView();
    // The search bar shows the view's own search and filters.
    m_search->blockSignals(true);
    m_search->setText(view->searchText());
    m_search->blockSignals(false);
    m_search->setPlaceholderText(
        tr("Search %1").arg(FolderPanel::folderName(view->consoleFolder())));
    m_search->setVisible(view->isSearchable());
    const QList<ListFilter> filters = view->filters();
    m_filter->clear();
    for (ListFilter f : filters)
        m_filter->addItem(ListFilters::displayName(f), int(f));
    m_filter->setCurrentIndex(std::max(0, int(filters.indexOf(view->filter()))));
    m_filter->setVisible(!filters.isEmpty());
    m_filterLabel->setVisible(!filters.isEmpty());
    m_searchBar->setVisible(view->isSearchable() || !filters.isEmpty());
    m_session->actions()->updateRouted();
    m_sortMenu->updateEnabled();
    updateDetails();
}

void MainWindow::applySearch()
{
    if (FolderView *view = currentView())
        view->setSearchText(m_search->text());
    updateCounts();
}

void MainWindow::filterChosen(int index)
{
    if (FolderView *view = currentView())
        view->setFilter(ListFilter(m_filter->itemData(index).toInt()));
    updateCounts();
}

void MainWindow::updateDetails()
{
    FolderView *view = currentView();
    if (!view)
        return;
    m_sinceDetails.start();
    const QList<DetailField> fields = view->details();
    m_details->show(view->detailsTitle(), fields,
                    view->shownCount() == 0 ? QString() : tr("Select an item to see its details."));
    updateCounts();
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::queueText() const
{
    return m_queueLabel->text();
}

QString MainWindow::countText() const
{
    return m_countLabel->text();
}

void MainWindow::updateConnectionState()
{
    FaxServer *s = server();
    const ConnectionState state = s ? s->state() : ConnectionState::Disconnected;
    QString text;
    if (state == ConnectionState::Disconnected) {
        text = tr("Disconnected");
    } else {
        const QString where = s->displayLocation();
        if (s->connectionSettings().kind == ServerKind::Local) {
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
    setWindowTitle(s ? tr("%1 — Fax Console").arg(m_session->serverName()) : tr("Fax Console"));
    ActionRegistry *actions = m_session->actions();
    actions->action(ActionId::Disconnect)->setEnabled(state != ConnectionState::Disconnected);
    const bool connected = state == ConnectionState::Connected;
    actions->action(ActionId::OpenServerSettings)->setEnabled(connected);
    actions->updateRouted();
    updateCounts();
    m_detailsTimer->start();
}

void MainWindow::updateCounts()
{
    const bool connected = m_session->isConnected();
    const int queued = m_session->jobModel()->activeJobCount();
    QString text;
    if (connected)
        text = queued == 1 ? tr("1 job queued") : tr("%1 jobs queued").arg(queued);
    if (m_queueLabel->text() != text)
        m_queueLabel->setText(text);
    m_folders->setCount(ConsoleFolder::Outbox, queued);
    const int unread = m_session->faxModel()->unreadCount();
    m_folders->setCount(ConsoleFolder::Inbox, unread, true);

    QString count;
    if (FolderView *view = currentView(); view && connected) {
        const int shown = view->shownCount();
        const bool narrowed = !view->searchText().isEmpty() || view->filter() != ListFilter::All;
        if (narrowed)
            count = tr("%1 of %2 shown").arg(shown).arg(view->totalCount());
        else
            count = shown == 1 ? tr("1 item") : tr("%1 items").arg(shown);
    }
    if (m_countLabel->text() != count)
        m_countLabel->setText(count);
}

ServerSettingsDialog *MainWindow::serverSettingsDialog() const
{
    return m_settingsDialog;
}

ServerSettingsDialog *MainWindow::showServerSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    if (!m_session->isConnected()) {
        m_messages->showError(this, tr("Fax Server Settings"),
                              tr("The console is not connected to a fax server."));
        return nullptr;
    }
    m_settingsDialog =
        new ServerSettingsDialog(m_session->server(), m_messages, m_session->dialogs(), this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->show();
    return m_settingsDialog;
}

void MainWindow::showCoverEditor()
{
    QString dataDir;
    if (server() && server()->connectionSettings().kind == ServerKind::Local)
        dataDir = server()->displayLocation();
    auto *editor = new CoverEditorWindow(m_messages, dataDir);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
}

AddressBook *MainWindow::addressBook()
{
    if (m_addressBook && m_addressBook->isOpen())
        return m_addressBook;
    if (!m_addressBook)
        m_addressBook = new AddressBook(this);
    const Result opened = m_addressBook->open(AddressBook::pathIn(defaultDataDirectory()));
    if (!opened) {
        m_messages->showError(this, tr("Address Book"), opened.error().message);
        return nullptr;
    }
    initSenderNames();
    return m_addressBook;
}

void MainWindow::initSenderNames()
{
    // The Inbox names senders the address book knows. A book that exists is opened here quietly
    // (none is created before the user opens it); its problems are told when the user opens it.
    if (!m_addressBook) {
        const QString path = AddressBook::pathIn(defaultDataDirectory());
        if (!QFile::exists(path))
            return;
        m_addressBook = new AddressBook(this);
        if (!m_addressBook->open(path))
            return;
    }
    if (!m_addressBook->isOpen())
        return;
    ReceivedFaxModel *faxes = m_session->faxModel();
    AddressBook *book = m_addressBook;
    faxes->setSenderNameLookup([this, book](const QString &number) {
        const DialingRules rules = server() ? server()->settings().dialing : DialingRules();
        const std::optional<Contact> contact = book->findByNumber(number, rules);
        return contact ? contactDisplayName(contact->party) : QString();
    });
    for (auto signal :
         {&AddressBook::contactAdded, &AddressBook::contactChanged, &AddressBook::contactRemoved})
        connect(book, signal, faxes, &ReceivedFaxModel::refreshSenderNames, Qt::UniqueConnection);
    connect(book, &AddressBook::reset, faxes, &ReceivedFaxModel::refreshSenderNames,
            Qt::UniqueConnection);
}

void MainWindow::showAddressBook()
{
    AddressBook *book = addressBook();
    if (!book)
        return;
    AddressBookDialog dialog(book, m_session->dialogs(), m_messages,
                             AddressBookDialog::Mode::Manage, this);
    m_session->dialogs()->exec(&dialog);
}

void MainWindow::openFaxFile()
{
    const QString file = m_session->dialogs()->openFileName(
        this, tr("Open Fax File"), QString(),
        tr("Fax files (*.tif *.tiff *.TIF *.TIFF);;All files (*)"));
    if (file.isEmpty())
        return;
    auto *viewer = new FaxViewerWindow(m_messages, m_session->dialogs());
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    viewer->openFile(file);
    Q_EMIT m_items->viewerOpened(viewer);
}

void MainWindow::openTarget(const ActivityTarget &target, bool view)
{
    switch (target.type) {
    case ActivityTarget::Type::None:
        return;
    case ActivityTarget::Type::Job: {
        const std::optional<Job> job = server() ? server()->job(target.id) : std::nullopt;
        if (!job) {
            m_messages->showError(this, tr("Job %1").arg(target.id),
                                  tr("Job %1 is no longer on the server.").arg(target.id));
            return;
        }
        for (const auto &[folder, model] :
             {std::pair{ConsoleFolder::Outbox, JobFolderModel::Folder::Outbox},
              std::pair{ConsoleFolder::SentItems, JobFolderModel::Folder::SentItems},
              std::pair{ConsoleFolder::Incoming, JobFolderModel::Folder::Incoming}}) {
            if (JobFolderModel::belongsTo(model, job->type, job->queueStatus)) {
                JobListPanel *panel = m_jobPanels.value(folder);
                // A search or filter that hides the job gives way.
                panel->setSearchText(QString());
                panel->setFilter(ListFilter::All);
                showFolder(folder);
                panel->selectJob(job->id);
                panel->view()->setFocus();
            }
        }
        break;
    }
    case ActivityTarget::Type::ReceivedFax:
        m_inboxPanel->setSearchText(QString());
        m_inboxPanel->setFilter(ListFilter::All);
        showFolder(ConsoleFolder::Inbox);
        if (!m_inboxPanel->selectFax(target.id)) {
            m_messages->showError(this, tr("Received fax"),
                                  tr("The fax is no longer on the server."));
            return;
        }
        m_inboxPanel->view()->setFocus();
        if (view && m_inboxPanel->canTrigger(ActionId::ViewFax))
            m_inboxPanel->trigger(ActionId::ViewFax);
        break;
    case ActivityTarget::Type::Port:
        showFolder(ConsoleFolder::Ports);
        m_portPanel->selectPort(target.name);
        m_portPanel->view()->setFocus();
        break;
    }
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

void MainWindow::saveLayout() const
{
    QSettings *s = m_session->settings();
    s->beginGroup(QStringLiteral("window"));
    s->setValue(QStringLiteral("geometry"), saveGeometry());
    s->setValue(QStringLiteral("state"), saveState());
    s->setValue(QStringLiteral("folders"), m_splitter->saveState());
    s->setValue(QStringLiteral("details"), m_viewSplitter->saveState());
    s->setValue(QStringLiteral("detailsVisible"),
                m_session->actions()->action(ActionId::ToggleDetails)->isChecked());
    s->setValue(QStringLiteral("statusBarVisible"),
                m_session->actions()->action(ActionId::ToggleStatusBar)->isChecked());
    s->setValue(QStringLiteral("folder"), FolderPanel::folderKey(currentFolder()));
    s->endGroup();
    s->beginGroup(QStringLiteral("columns"));
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        s->setValue(FolderPanel::folderKey(it.key()), it.value()->saveLayout());
    s->endGroup();
    s->sync();
}

void MainWindow::restoreLayout()
{
    QSettings *s = m_session->settings();
    s->beginGroup(QStringLiteral("window"));
    if (s->contains(QStringLiteral("geometry")))
        restoreGeometry(s->value(QStringLiteral("geometry")).toByteArray());
    restoreState(s->value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(s->value(QStringLiteral("folders")).toByteArray());
    m_viewSplitter->restoreState(s->value(QStringLiteral("details")).toByteArray());
    m_session->actions()
        ->action(ActionId::ToggleDetails)
        ->setChecked(s->value(QStringLiteral("detailsVisible"), true).toBool());
    m_session->actions()
        ->action(ActionId::ToggleStatusBar)
        ->setChecked(s->value(QStringLiteral("statusBarVisible"), true).toBool());
    const QString folder = s->value(QStringLiteral("folder")).toString();
    s->endGroup();
    s->beginGroup(QStringLiteral("columns"));
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        it.value()->restoreLayout(s->value(FolderPanel::folderKey(it.key())).toByteArray());
    s->endGroup();
    for (ConsoleFolder f : FolderPanel::folders()) {
        if (FolderPanel::folderKey(f) == folder)
            showFolder(f);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
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
