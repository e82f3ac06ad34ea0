// SPDX-License-Identifier: GPL-3.0-or-later
// The console as an office uses it all day, offscreen against the fake server: actions by id in
// menus, toolbar, context menus and the tray; search, quick filters and the details pane; live
// updates that keep the selection; unread faxes remembered; viewing, PDF, printing and the
// transmission report of sent and received faxes; Resend through the session's send entry point;
// notifications and the activity log opening what they are about; the layout remembered; the
// keyboard alone; a screen reader's view of the lists; a corrupt fax in the Inbox. Screenshots of
// the main screens go to <build>/screenshots/.
#include "actionids.h"
#include "actionregistry.h"
#include "activitylogpanel.h"
#include "consolesession.h"
#include "consoletesting.h"
#include "consoletray.h"
#include "detailspane.h"
#include "fakefaxserver.h"
#include "faxitemactions.h"
#include "faxviewerwindow.h"
#include "inboxpanel.h"
#include "joblistpanel.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "portlistpanel.h"
#include "receivedfaxmodel.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeWidget>

using namespace Fax;
using namespace Fax::Test;

namespace {

QList<qint64> shownIds(const QAbstractItemView *view, int role)
{
    QList<qint64> ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids << view->model()->index(row, 0).data(role).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList actionIds(const QList<QAction *> &actions)
{
    QStringList ids;
    for (QAction *a : actions)
        ids << (a->isSeparator() ? QStringLiteral("-") : a->objectName());
    return ids;
}

} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A fresh session and window on a fake server with jobs, ports and received faxes.
    void start()
    {
        m_window.reset();
        m_session.reset();
        m_session = std::make_unique<ConsoleSession>(&m_sink, &m_dialogs, m_profiles.get(),
                                                     path(QStringLiteral("console.ini")));
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    std::unique_ptr<FakeFaxServer> fakeServer()
    {
        auto fake = std::make_unique<FakeFaxServer>();
        QList<Job> jobs;
        const QList<QueueStatus> statuses = {QueueStatus::InProgress, QueueStatus::Pending,
                                             QueueStatus::Retrying,   QueueStatus::Paused,
                                             QueueStatus::Failed,     QueueStatus::Canceled,
                                             QueueStatus::Completed,  QueueStatus::Completed};
        for (int i = 0; i < statuses.size(); ++i) {
            Job job = FakeFaxServer::makeJob(101 + i, statuses.at(i));
            job.submitted = QDateTime::currentDateTime().addSecs(-3600 * (i + 1));
            if (statuses.at(i) == QueueStatus::Completed) {
                job.started = job.submitted.addSecs(60);
                job.finished = job.started.addSecs(75);
                job.pagesSent = job.pagesTotal;
                job.port = QStringLiteral("front");
            }
            jobs << job;
        }
        jobs[0].port = QStringLiteral("front");
        jobs[0].deviceStatus = DeviceStatus::Sending;
        jobs[0].pagesSent = 1;
        jobs[1].recipientCompany = QStringLiteral("Acme Legal");
        jobs[1].subject = QStringLiteral("Contract draft");
        jobs[4].lastError = QStringLiteral("No answer at 5550000105");
        jobs[4].tries = 4;
        fake->setJobs(jobs);
        Port front = FakeFaxServer::makePort(QStringLiteral("front"));
        front.state = PortState::Sending;
        Port back = FakeFaxServer::makePort(QStringLiteral("back"));
        back.state = PortState::Error;
        back.stateText = QStringLiteral("no modem answers on /dev/ttyS1");
        back.priority = 2;
        fake->setPorts({front, back});
        ReceivedFax fax;
        fax.id = 1;
        fax.file = path(QStringLiteral("fax1.tif"));
        fax.tsid = QStringLiteral("+49 30 1234567");
        fax.callerId = QStringLiteral("0301234567");
        fax.csid = QStringLiteral("+1 555 0100");
        fax.port = QStringLiteral("front");
        fax.pages = 2;
        fax.receiveTime = QDateTime::currentDateTime().addSecs(-7200);
        fax.routing = QStringLiteral("stored in the Inbox");
        ReceivedFax corrupt = fax;
        corrupt.id = 2;
        corrupt.file = path(QStringLiteral("corrupt.tif"));
        corrupt.tsid = QStringLiteral("Broken Ltd");
        corrupt.receiveTime = fax.receiveTime.addSecs(60);
        fake->setReceivedFaxes({fax, corrupt});
        return fake;
    }

    FakeFaxServer *connectFake()
    {
        auto fake = fakeServer();
        FakeFaxServer *server = fake.get();
        m_window->setServer(std::move(fake));
        return server;
    }

    /// The search field's text applied now (it waits for typing to pause).
    void typeSearch(const QString &text)
    {
        QLineEdit *search = m_window->searchField();
        search->setFocus();
        search->selectAll();
        QTest::keyClicks(search, text);
        QTRY_COMPARE(m_window->currentView()->searchText(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_profiles = std::make_unique<ConnectionProfiles>(path(QStringLiteral("profiles.ini")));
        QVERIFY(writeChartFax(path(QStringLiteral("fax1.tif")), {1, 2}, {196, 98}));
        QFile corrupt(path(QStringLiteral("corrupt.tif")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("II*\0 not really a fax", 21);
        corrupt.close();
        QVERIFY(writeChartFax(path(QStringLiteral("document.tif")), {1, 3}, {196, 196}));
    }

    void init()
    {
        m_sink.errors.clear();
        m_sink.questions.clear();
        m_sink.answer = true;
        m_dialogs = ScriptedDialogs();
        start();
    }

    void cleanup()
    {
        QList<QPointer<FaxViewerWindow>> viewers;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *viewer = qobject_cast<FaxViewerWindow *>(w))
                viewers << viewer;
        }
        for (const QPointer<FaxViewerWindow> &viewer : std::as_const(viewers))
            delete viewer.data();
        m_window.reset();
        m_session.reset();
    }

    void actionsAreRegisteredById()
    {
        connectFake();
        ActionRegistry *actions = m_session->actions();
        for (const QString &id :
             {ActionId::Pause, ActionId::Resume, ActionId::Cancel, ActionId::Restart,
              ActionId::Delete, ActionId::Resend, ActionId::ViewFax, ActionId::SaveAsPdf,
              ActionId::Print, ActionId::Report, ActionId::MarkRead, ActionId::MarkUnread,
              ActionId::AnswerNow, ActionId::PortProperties, ActionId::OpenServerSettings,
              ActionId::CoverEditor, ActionId::Find, ActionId::FolderInbox, ActionId::Quit})
            QVERIFY2(actions->contains(id), qPrintable(id));
        // The context menu of a folder is its ids, in order.
        m_window->showFolder(ConsoleFolder::Outbox);
        QMenu menu;
        actions->fill(&menu, m_window->currentView()->contextActionIds());
        QStringList expected;
        for (const QString &id : m_window->currentView()->contextActionIds())
            expected << (id == ActionId::Separator ? QStringLiteral("-")
                                                   : actions->action(id)->objectName());
        QCOMPARE(actionIds(menu.actions()), expected);
        QVERIFY(menu.actions().contains(actions->action(ActionId::Resend)));
        // The tray picks its menu by id too.
        ConsoleTray tray(m_session.get());
        QVERIFY(tray.menu()->actions().contains(actions->action(ActionId::ShowConsole)));
        QVERIFY(tray.menu()->actions().contains(actions->action(ActionId::FolderInbox)));
        QVERIFY(tray.menu()->actions().contains(actions->action(ActionId::Quit)));
        // One action, enabled for the folder shown: Pause on a pending job, not on Ports.
        JobListPanel *outbox = m_window->jobPanel(ConsoleFolder::Outbox);
        QVERIFY(outbox->selectJob(102));
        QVERIFY(actions->action(ActionId::Pause)->isEnabled());
        QVERIFY(!actions->action(ActionId::AnswerNow)->isEnabled());
        m_window->showFolder(ConsoleFolder::Ports);
        QVERIFY(!actions->action(ActionId::Pause)->isEnabled());
    }

    void searchFilterAndDetails()
    {
        connectFake();
        m_window->showFolder(ConsoleFolder::Outbox);
        QAbstractItemView *view = m_window->currentView()->itemView();
        QCOMPARE(shownIds(view, JobIdRole), (QList<qint64>{101, 102, 103, 104, 105, 106}));
        QCOMPARE(m_window->countText(), QStringLiteral("6 items"));
        typeSearch(QStringLiteral("acme contract"));
        QCOMPARE(shownIds(view, JobIdRole), QList<qint64>{102});
        QCOMPARE(m_window->countText(), QStringLiteral("1 of 6 shown"));
        // Escape clears the search.
        QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
        QTRY_COMPARE(shownIds(view, JobIdRole).size(), 6);
        // Show: Needs attention.
        QComboBox *filter = m_window->filterBox();
        const int attention = filter->findText(QStringLiteral("Needs attention"));
        QVERIFY(attention > 0);
        filter->setCurrentIndex(attention);
        Q_EMIT filter->activated(attention);
        QCOMPARE(shownIds(view, JobIdRole), (QList<qint64>{105, 106}));
        // Each folder keeps its own search and filter.
        m_window->showFolder(ConsoleFolder::SentItems);
        QCOMPARE(filter->currentText(), QStringLiteral("All"));
        QVERIFY(filter->findText(QStringLiteral("Last 7 days")) >= 0);
        QCOMPARE(shownIds(m_window->currentView()->itemView(), JobIdRole),
                 (QList<qint64>{107, 108}));
        m_window->showFolder(ConsoleFolder::Outbox);
        QCOMPARE(filter->currentText(), QStringLiteral("Needs attention"));

        // The details of the selected job.
        QVERIFY(m_window->jobPanel(ConsoleFolder::Outbox)->selectJob(105));
        QTRY_COMPARE(m_window->detailsPane()->title(), QStringLiteral("Job 105 to Recipient 105 "
                                                                      "(5550000105)"));
        QStringList labels;
        for (const DetailField &f : m_window->detailsPane()->fields())
            labels << f.first + u'=' + f.second;
        QVERIFY2(labels.contains(QStringLiteral("Last error=No answer at 5550000105")),
                 qPrintable(labels.join(u'|')));
        QVERIFY(labels.contains(QStringLiteral("Tries=4")));
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("outbox-details.png")));
    }

    // A busy queue changes under the user: the selection and the details stay with the job.
    void liveUpdatesKeepTheSelection()
    {
        FakeFaxServer *server = connectFake();
        JobListPanel *outbox = m_window->jobPanel(ConsoleFolder::Outbox);
        m_window->showFolder(ConsoleFolder::Outbox);
        QVERIFY(outbox->selectJob(101));
        Job job = *server->job(101);
        for (int page = 2; page <= 3; ++page) {
            job.pagesSent = page - 1;
            server->emitJobChanged(job);
            server->emitJobAdded(FakeFaxServer::makeJob(200 + page));
        }
        QCOMPARE(outbox->selectedJobs().size(), 1);
        QCOMPARE(outbox->selectedJobs().first().id, 101);
        QTRY_VERIFY(m_window->detailsPane()->fields().contains(
            DetailField(QStringLiteral("Pages"), QStringLiteral("2 of 3 sent"))));
        // Sorting keeps it too.
        outbox->view()->sortByColumn(int(JobColumn::Recipient), Qt::DescendingOrder);
        QCOMPARE(outbox->selectedJobs().first().id, 101);
        // The port running it says which page goes out.
        m_window->showFolder(ConsoleFolder::Ports);
        QTableView *ports = m_window->portListPanel()->view();
        QString status;
        for (int row = 0; row < ports->model()->rowCount(); ++row) {
            if (ports->model()->index(row, 0).data(PortNameRole) == QStringLiteral("front"))
                status = ports->model()->index(row, int(PortColumn::Status)).data().toString();
        }
        QCOMPARE(status, QStringLiteral("Sending page 3 of 3 to 5550000101"));
        QVERIFY(m_window->portListPanel()->selectPort(QStringLiteral("back")));
        QTRY_VERIFY(!m_window->detailsPane()->title().isEmpty());
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("ports-states.png")));
    }

    void unreadFaxesAreRemembered()
    {
        FakeFaxServer *server = connectFake();
        ReceivedFaxModel *faxes = m_session->faxModel();
        // What the server held the first time the console saw it counts as read.
        QCOMPARE(faxes->unreadCount(), 0);
        ReceivedFax fresh = server->receivedFaxes().first();
        fresh.id = 3;
        fresh.tsid = QStringLiteral("+33 1 4000 0000");
        fresh.receiveTime = QDateTime::currentDateTime();
        server->emitReceivedFaxAdded(fresh);
        QCOMPARE(faxes->unreadCount(), 1);
        m_window->showFolder(ConsoleFolder::Inbox);
        QTreeWidget *tree = m_window->folderPanel()->tree();
        const auto inboxItem = [tree]() -> QTreeWidgetItem * {
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                if ((*it)->text(0).startsWith(QStringLiteral("Inbox")))
                    return *it;
            return nullptr;
        };
        QCOMPARE(inboxItem()->text(0), QStringLiteral("Inbox (1)"));
        QVERIFY(inboxItem()->font(0).bold());
        QVERIFY(m_window->inboxPanel()->selectFax(3));
        QTRY_VERIFY(!m_window->detailsPane()->title().isEmpty());
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("inbox-unread.png")));

        // Read by hand, unread by hand (Ctrl+U), and remembered across a restart.
        m_session->actions()->action(ActionId::MarkRead)->trigger();
        QCOMPARE(faxes->unreadCount(), 0);
        QCOMPARE(inboxItem()->text(0), QStringLiteral("Inbox"));
        m_window->inboxPanel()->view()->setFocus();
        QTest::keyClick(m_window->inboxPanel()->view(), Qt::Key_U, Qt::ControlModifier);
        QVERIFY(faxes->isUnread(3));
        // Another fax comes while the console is away.
        start();
        auto again = fakeServer();
        ReceivedFax whileAway = fresh;
        whileAway.id = 4;
        QList<ReceivedFax> all = again->receivedFaxes();
        all << fresh << whileAway;
        again->setReceivedFaxes(all);
        m_window->setServer(std::move(again));
        QCOMPARE(m_session->faxModel()->unreadIds(), (QSet<qint64>{3, 4}));
    }

    void viewSavePrintAndReportAReceivedFax()
    {
        connectFake();
        m_window->showFolder(ConsoleFolder::Inbox);
        InboxPanel *inbox = m_window->inboxPanel();
        QVERIFY(inbox->selectFax(1));
        m_session->setRead(1, false);
        // Enter views it (and so it is read).
        QSignalSpy opened(m_window->faxActions(), &FaxItemActions::viewerOpened);
        inbox->view()->setFocus();
        QTest::keyClick(inbox->view(), Qt::Key_Return);
        QVERIFY(opened.count() == 1 || opened.wait(10000));
        auto *viewer = opened.first().at(0).value<FaxViewerWindow *>();
        QCOMPARE(viewer->pageCount(), 2);
        QVERIFY(!m_session->faxModel()->isUnread(1));

        QSignalSpy done(m_window->faxActions(), &FaxItemActions::finished);
        m_dialogs.files = {path(QStringLiteral("received.pdf"))};
        m_session->actions()->action(ActionId::SaveAsPdf)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(pdfPageSizes(path(QStringLiteral("received.pdf"))).size(), 2);
        QVERIFY(m_dialogs.suggestions.last().contains(QStringLiteral("fax-")));

        m_dialogs.printTo = path(QStringLiteral("received-printed.pdf"));
        m_session->actions()->action(ActionId::Print)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QCOMPARE(m_dialogs.printedPages, 2);
        QCOMPARE(pdfPageSizes(m_dialogs.printTo).size(), 2);

        m_dialogs.files = {path(QStringLiteral("reception-report.pdf"))};
        m_session->actions()->action(ActionId::Report)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 10000);
        const QString text = pdfText(path(QStringLiteral("reception-report.pdf")));
        for (const char *part : {"Reception Report", "+49 30 1234567", "0301234567", "Received"})
            QVERIFY2(text.contains(QLatin1String(part)), qPrintable(text));
        QVERIFY2(m_sink.errors.isEmpty(), qPrintable(m_sink.errors.join(u'\n')));
    }

    void aCorruptFaxIsSaidAndTheConsoleGoesOn()
    {
        connectFake();
        m_window->showFolder(ConsoleFolder::Inbox);
        QVERIFY(m_window->inboxPanel()->selectFax(2));
        QSignalSpy opened(m_window->faxActions(), &FaxItemActions::viewerOpened);
        m_session->actions()->action(ActionId::ViewFax)->trigger();
        QVERIFY(opened.count() == 1 || opened.wait(10000));
        auto *viewer = opened.first().at(0).value<FaxViewerWindow *>();
        QVERIFY(viewer->problemText().contains(QStringLiteral("cannot be shown")));
        QCOMPARE(m_sink.errors.size(), 1);
        QVERIFY2(m_sink.errors.first().contains(path(QStringLiteral("corrupt.tif"))),
                 qPrintable(m_sink.errors.first()));
        // A PDF of it is refused, naming the file, and nothing is left behind.
        m_dialogs.files = {path(QStringLiteral("corrupt.pdf"))};
        m_session->actions()->action(ActionId::SaveAsPdf)->trigger();
        QTRY_COMPARE(m_sink.errors.size(), 2);
        QVERIFY(m_sink.errors.last().contains(QStringLiteral("corrupt.tif")));
        QVERIFY(!QFile::exists(path(QStringLiteral("corrupt.pdf"))));
        // The console goes on: the other fax opens.
        QVERIFY(m_window->inboxPanel()->selectFax(1));
        m_session->actions()->action(ActionId::ViewFax)->trigger();
        QVERIFY(opened.wait(10000));
    }

    void viewReportAndResendASentFax()
    {
        FakeFaxServer *server = connectFake();
        FaxDocument document;
        document.files = {path(QStringLiteral("document.tif"))};
        Party to;
        to.name = QStringLiteral("Dr. Reyes");
        to.faxNumber = QStringLiteral("5550100");
        document.recipients = {to};
        document.subject = QStringLiteral("Lab results");
        document.schedule = ScheduleType::DiscountPeriod;
        document.discountSend = true;
        SubmitOperation *submit = server->submit(document);
        QList<JobId> ids;
        connect(submit, &SubmitOperation::succeeded, this, [&] { ids = submit->jobIds(); });
        QTRY_COMPARE(ids.size(), 1);
        const JobId id = ids.first();
        Job sent = *server->job(id);
        sent.queueStatus = QueueStatus::Completed;
        sent.pagesTotal = sent.pagesSent = 2;
        sent.started = QDateTime::currentDateTime().addSecs(-95);
        sent.finished = QDateTime::currentDateTime();
        sent.port = QStringLiteral("front");
        server->emitJobChanged(sent);
        m_window->showFolder(ConsoleFolder::SentItems);
        JobListPanel *panel = m_window->jobPanel(ConsoleFolder::SentItems);
        QVERIFY(panel->selectJob(id));
        QTRY_VERIFY(!m_window->detailsPane()->title().isEmpty());
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("sent-items.png")));

        // View: the documents as the line sends them, in the viewer.
        QSignalSpy opened(m_window->faxActions(), &FaxItemActions::viewerOpened);
        m_session->actions()->action(ActionId::ViewFax)->trigger();
        QVERIFY(opened.wait(20000));
        auto *viewer = opened.first().at(0).value<FaxViewerWindow *>();
        QCOMPARE(viewer->pageCount(), 2);
        QVERIFY(!viewer->reader()->properties().received);

        // The transmission report: time, number, pages, duration, result, page 1.
        QSignalSpy done(m_window->faxActions(), &FaxItemActions::finished);
        m_dialogs.files = {path(QStringLiteral("transmission-report.pdf"))};
        m_session->actions()->action(ActionId::Report)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        const QString text = pdfText(path(QStringLiteral("transmission-report.pdf")));
        for (const char *part :
             {"Transmission Report", "5550100", "2 of 2 sent", "1 min 35 s", "Sent", "Page 1"})
            QVERIFY2(text.contains(QLatin1String(part)), qPrintable(text));

        // Resend without a send flow: asks, then queues the same documents to go now.
        const int before = int(server->jobs().size());
        m_session->actions()->action(ActionId::Resend)->trigger();
        QTRY_COMPARE(int(server->jobs().size()), before + 1);
        QVERIFY(m_sink.questions.last().contains(QStringLiteral("Dr. Reyes (5550100)")));
        const Job again = server->jobs().last();
        QCOMPARE(again.recipientNumber, QStringLiteral("5550100"));
        QCOMPARE(again.subject, QStringLiteral("Lab results"));
        QCOMPARE(again.schedule, ScheduleType::Now);

        // With a send flow installed (the Send Fax Wizard), it opens on the filled-in fax.
        FaxDocument handed;
        m_session->setSendFlow([&handed](const FaxDocument &d, QWidget *) { handed = d; });
        QVERIFY(panel->selectJob(id));
        m_session->actions()->action(ActionId::Resend)->trigger();
        QTRY_COMPARE(handed.recipients.size(), 1);
        QCOMPARE(handed.recipients.first().name, QStringLiteral("Dr. Reyes"));
        QCOMPARE(handed.files.size(), 1);
        QCOMPARE(handed.subject, QStringLiteral("Lab results"));
        QCOMPARE(handed.schedule, ScheduleType::Now);
        QVERIFY(!handed.discountSend);
        QCOMPARE(int(server->jobs().size()), before + 1);
        QVERIFY2(m_sink.errors.isEmpty(), qPrintable(m_sink.errors.join(u'\n')));
    }

    void notificationsAndTheActivityLog()
    {
        FakeFaxServer *server = connectFake();
        ConsoleTray tray(m_session.get());
        connect(&tray, &ConsoleTray::openRequested, m_window.get(),
                [this](const ActivityTarget &target) { m_window->openTarget(target, true); });
        Job done = *server->job(101);
        done.queueStatus = QueueStatus::Completed;
        done.pagesSent = done.pagesTotal;
        server->emitJobChanged(done);
        Job failed = *server->job(103);
        failed.queueStatus = QueueStatus::RetriesExceeded;
        failed.lastError = QStringLiteral("Busy at 5550000103");
        server->emitJobChanged(failed);
        ReceivedFax fax = server->receivedFaxes().first();
        fax.id = 9;
        server->emitReceivedFaxAdded(fax);
        const QList<ConsoleNotification> shown = tray.notifications();
        QCOMPARE(shown.size(), 3);
        QCOMPARE(shown.at(0).title, QStringLiteral("Fax sent"));
        QCOMPARE(shown.at(1).title, QStringLiteral("Fax not sent"));
        QVERIFY(shown.at(1).text.contains(QStringLiteral("Busy at 5550000103")));
        QCOMPARE(shown.at(2).title, QStringLiteral("Fax received"));
        QVERIFY(shown.at(2).text.contains(QStringLiteral("+49 30 1234567")));
        QVERIFY(tray.icon()->toolTip().contains(QStringLiteral("1 unread fax")));

        // Clicking the message opens the fax.
        QSignalSpy opened(m_window->faxActions(), &FaxItemActions::viewerOpened);
        tray.activateLastNotification();
        QCOMPARE(m_window->currentFolder(), ConsoleFolder::Inbox);
        QVERIFY(opened.count() == 1 || opened.wait(10000));
        QCOMPARE(m_window->inboxPanel()->selectedFaxes().first().id, 9);

        // The log has it all, newest first; Enter on an entry opens what it is about.
        m_window->showFolder(ConsoleFolder::Activity);
        ActivityLogPanel *log = m_window->activityPanel();
        QStringList events;
        for (int row = 0; row < log->view()->model()->rowCount(); ++row)
            events << log->view()->model()->index(row, 1).data().toString();
        QVERIFY2(events.first().startsWith(QStringLiteral("Fax received from +49 30 1234567")),
                 qPrintable(events.join(u'|')));
        const int failedRow = int(events.indexOf(shown.at(1).text)); // the log says it as told
        QVERIFY(failedRow > 0);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const QString &e) {
            return e.startsWith(QStringLiteral("Connected to"));
        }));
        log->view()->selectRow(failedRow);
        QTRY_VERIFY(!m_window->detailsPane()->title().isEmpty());
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("activity.png")));
        log->view()->setFocus();
        QTest::keyClick(log->view(), Qt::Key_Return);
        QCOMPARE(m_window->currentFolder(), ConsoleFolder::Outbox);
        QCOMPARE(m_window->jobPanel(ConsoleFolder::Outbox)->selectedJobs().first().id, 103);
    }

    void layoutIsRemembered()
    {
        connectFake();
        m_window->showFolder(ConsoleFolder::SentItems);
        QTableView *sent = m_window->jobPanel(ConsoleFolder::SentItems)->view();
        sent->setColumnHidden(int(JobColumn::Company), true);
        sent->setColumnWidth(int(JobColumn::Recipient), 321);
        m_session->actions()->action(ActionId::ToggleDetails)->setChecked(false);
        m_window->close();
        start();
        QCOMPARE(m_window->currentFolder(), ConsoleFolder::SentItems);
        sent = m_window->jobPanel(ConsoleFolder::SentItems)->view();
        QVERIFY(sent->isColumnHidden(int(JobColumn::Company)));
        QCOMPARE(sent->columnWidth(int(JobColumn::Recipient)), 321);
        QVERIFY(!m_window->detailsPane()->isVisible());
        QVERIFY(!m_session->actions()->action(ActionId::ToggleDetails)->isChecked());
        m_session->actions()->action(ActionId::ToggleDetails)->setChecked(true);
        m_window->showFolder(ConsoleFolder::Outbox);
        m_window->close();
    }

    // Everything by keyboard: folders, search, list, the default action, delete, menus.
    void keyboardAlone()
    {
        FakeFaxServer *server = connectFake();
        m_window->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentFolder(), ConsoleFolder::Inbox);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->searchField()->hasFocus());
        QTest::keyClicks(m_window->searchField(), QStringLiteral("1234567"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Down);
        QAbstractItemView *inbox = m_window->inboxPanel()->view();
        QTRY_VERIFY(inbox->hasFocus());
        QTRY_COMPARE(inbox->model()->rowCount(), 2);
        QTest::keyClick(inbox, Qt::Key_Down);
        QCOMPARE(m_window->inboxPanel()->selectedFaxes().size(), 1);
        QSignalSpy opened(m_window->faxActions(), &FaxItemActions::viewerOpened);
        QTest::keyClick(inbox, Qt::Key_Enter);
        QVERIFY(opened.count() == 1 || opened.wait(10000));
        delete opened.first().at(0).value<FaxViewerWindow *>();
        m_window->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == m_window.get());

        // Outbox, the canceled job, Delete (confirmed), and it is gone.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentFolder(), ConsoleFolder::Outbox);
        JobListPanel *outbox = m_window->jobPanel(ConsoleFolder::Outbox);
        outbox->view()->setFocus();
        QVERIFY(outbox->selectJob(106));
        QTest::keyClick(outbox->view(), Qt::Key_Delete);
        QTRY_VERIFY(!server->job(106));
        QVERIFY(server->commandLog().contains(QStringLiteral("remove 106")));
        // Delete typed into the search field deletes text, not jobs.
        QVERIFY(outbox->selectJob(105));
        m_window->searchField()->setFocus();
        QTest::keyClick(m_window->searchField(), Qt::Key_Delete);
        QVERIFY(server->job(105));
        // The menus open from the keyboard: Alt+A is the Fax menu.
        QMenu *fax = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->text() == QStringLiteral("F&ax"))
                fax = a->menu();
        QVERIFY(fax);
        QVERIFY(fax->actions().contains(m_session->actions()->action(ActionId::Pause)));
        // Tab goes from the list on (it does not walk the cells).
        outbox->view()->setFocus();
        QTest::keyClick(outbox->view(), Qt::Key_Tab);
        QVERIFY(!outbox->view()->hasFocus());
    }

    // What a screen reader gets from the queue: named lists and cells that say what they are.
    void readableByAScreenReader()
    {
        connectFake();
        m_window->showFolder(ConsoleFolder::Outbox);
        QTableView *view = m_window->jobPanel(ConsoleFolder::Outbox)->view();
        QCOMPARE(view->accessibleName(), QStringLiteral("Outbox"));
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
        QVERIFY(table);
        QCOMPARE(table->role(), QAccessible::Table);
        QAccessibleTableInterface *cells = table->tableInterface();
        QVERIFY(cells);
        QCOMPARE(cells->rowCount(), 6);
        QStringList texts;
        for (int row = 0; row < cells->rowCount(); ++row)
            texts << cells->cellAt(row, 0)->text(QAccessible::Name);
        QVERIFY2(texts.contains(QStringLiteral("Job 105, Failed")), qPrintable(texts.join(u'|')));
        QCOMPARE(cells->columnDescription(int(JobColumn::Recipient)), QStringLiteral("Recipient"));
        // Every control of the window has a name to be called by.
        for (QWidget *w : {static_cast<QWidget *>(m_window->searchField()),
                           static_cast<QWidget *>(m_window->filterBox()),
                           static_cast<QWidget *>(m_window->folderPanel()->tree())})
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }

private:
    QTemporaryDir m_dir;
    RecordingSink m_sink;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
