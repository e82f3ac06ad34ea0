// SPDX-License-Identifier: GPL-3.0-or-later
// The console's models beyond the plain tables, against the scripted FakeFaxServer with a model
// tester attached and exact signal counts: unread faxes, the quick filters and searches of the
// folders, the activity log, and a port's status naming the page and number of its call.
#include "activitylogmodel.h"
#include "fakefaxserver.h"
#include "jobfoldermodel.h"
#include "jobqueuemodel.h"
#include "listfilter.h"
#include "modelroles.h"
#include "portlistmodel.h"
#include "receivedfaxfiltermodel.h"
#include "receivedfaxmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Fax;

namespace {

ReceivedFax fax(qint64 id, const QString &tsid, const QDateTime &time)
{
    ReceivedFax f;
    f.id = id;
    f.tsid = tsid;
    f.callerId = QStringLiteral("0301234%1").arg(id);
    f.port = QStringLiteral("front");
    f.pages = 2;
    f.receiveTime = time;
    return f;
}

QList<qint64> idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QVariant job = index.data(JobIdRole);
        ids << (job.isValid() ? job.toLongLong() : index.data(ReceivedFaxIdRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

const QDateTime kNow(QDate(2026, 3, 10), QTime(15, 0));

} // namespace

class TestConsoleModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void faxesThatArriveAreUnread()
    {
        FakeFaxServer server;
        server.setReceivedFaxes({fax(1, QStringLiteral("+49 30 1"), kNow)});
        ReceivedFaxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy unread(&model, &ReceivedFaxModel::unreadChanged);
        model.setServer(&server);
        // What the server held when the model loaded is the caller's to call unread.
        QCOMPARE(model.unreadCount(), 0);
        QCOMPARE(unread.count(), 0);

        server.emitReceivedFaxAdded(fax(2, QStringLiteral("+49 30 2"), kNow));
        QCOMPARE(unread.count(), 1);
        QCOMPARE(unread.at(0).at(0).toInt(), 1);
        QVERIFY(model.isUnread(2));
        const QModelIndex row = model.index(model.rowOf(2), 0);
        QVERIFY(row.data(UnreadRole).toBool());
        QVERIFY(row.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(row.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Unread"));
        QVERIFY(!model.index(model.rowOf(1), 0).data(Qt::FontRole).isValid());

        // Read: one dataChanged over the row, with the roles that show it.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setUnread(2, false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), model.rowOf(2));
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(UnreadRole));
        QVERIFY(roles.contains(Qt::FontRole));
        QCOMPARE(unread.count(), 2);
        QCOMPARE(model.unreadCount(), 0);
        model.setUnread(2, false); // no change, no signal
        QCOMPARE(changed.count(), 1);
        model.setUnread(42, true); // unknown fax: nothing
        QCOMPARE(changed.count(), 1);
        QCOMPARE(unread.count(), 2);

        // Unread ids of faxes the model does not hold are dropped.
        model.setUnreadIds({1, 2, 99});
        QCOMPARE(model.unreadIds(), (QSet<qint64>{1, 2}));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(unread.count(), 3);

        // A removed fax is no longer unread; a reload keeps those still there.
        server.emitReceivedFaxRemoved(2);
        QCOMPARE(model.unreadIds(), QSet<qint64>{1});
        QCOMPARE(unread.count(), 4);
        server.disconnectFromServer();
        QCOMPARE(model.unreadCount(), 0);
    }

    void inboxSearchAndFilters()
    {
        FakeFaxServer server;
        server.setReceivedFaxes({fax(1, QStringLiteral("+49 30 111"), kNow.addDays(-1)),
                                 fax(2, QStringLiteral("Acme Legal"), kNow.addSecs(-3600)),
                                 fax(3, QStringLiteral("Acme Sales"), kNow.addDays(-20))});
        ReceivedFaxModel faxes;
        faxes.setServer(&server);
        ReceivedFaxFilterModel proxy;
        proxy.setSourceModel(&faxes);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(idsOf(proxy), (QList<qint64>{1, 2, 3}));

        proxy.setSearchText(QStringLiteral("acme"));
        QCOMPARE(idsOf(proxy), (QList<qint64>{2, 3}));
        proxy.setSearchText(QStringLiteral("  acme   sales "));
        QCOMPARE(idsOf(proxy), QList<qint64>{3});
        proxy.setSearchText(QStringLiteral("03012341")); // caller id
        QCOMPARE(idsOf(proxy), QList<qint64>{1});
        proxy.setSearchText(QString());

        proxy.setListFilter(ListFilter::Today, kNow);
        QCOMPARE(idsOf(proxy), QList<qint64>{2});
        proxy.setListFilter(ListFilter::Last7Days, kNow);
        QCOMPARE(idsOf(proxy), (QList<qint64>{1, 2}));
        proxy.setListFilter(ListFilter::Last30Days, kNow);
        QCOMPARE(idsOf(proxy), (QList<qint64>{1, 2, 3}));

        // Unread follows the marks as they change.
        faxes.setUnreadIds({1, 3});
        proxy.setListFilter(ListFilter::Unread, kNow);
        QCOMPARE(idsOf(proxy), (QList<qint64>{1, 3}));
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        faxes.setUnread(3, false);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(idsOf(proxy), QList<qint64>{1});
        server.emitReceivedFaxAdded(fax(4, QStringLiteral("New"), kNow));
        QCOMPARE(idsOf(proxy), (QList<qint64>{1, 4}));
    }

    void folderFiltersAndSearch()
    {
        FakeFaxServer server;
        QList<Job> jobs;
        const QList<QueueStatus> statuses = {
            QueueStatus::Pending,    QueueStatus::Retrying,        QueueStatus::NoLine,
            QueueStatus::InProgress, QueueStatus::Paused,          QueueStatus::Failed,
            QueueStatus::Canceled,   QueueStatus::RetriesExceeded, QueueStatus::Completed};
        for (int i = 0; i < statuses.size(); ++i) {
            Job job = FakeFaxServer::makeJob(10 + i, statuses.at(i));
            job.submitted = kNow.addDays(-i);
            jobs << job;
        }
        jobs[0].recipientCompany = QStringLiteral("Acme Legal");
        jobs[0].subject = QStringLiteral("Contract draft");
        jobs[5].lastError = QStringLiteral("Busy at 5550000015");
        jobs[8].finished = kNow.addSecs(-600);
        server.setJobs(jobs);
        JobQueueModel model;
        model.setServer(&server);
        JobFolderModel outbox(JobFolderModel::Folder::Outbox);
        outbox.setSourceModel(&model);
        QAbstractItemModelTester tester(&outbox,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(outbox.rowCount(), 8);

        const auto shown = [&](ListFilter f) {
            outbox.setListFilter(f, kNow);
            return idsOf(outbox);
        };
        QCOMPARE(shown(ListFilter::Waiting), (QList<qint64>{10, 11, 12}));
        QCOMPARE(shown(ListFilter::InProgress), QList<qint64>{13});
        QCOMPARE(shown(ListFilter::Paused), QList<qint64>{14});
        QCOMPARE(shown(ListFilter::Failed), (QList<qint64>{15, 16, 17}));
        QCOMPARE(shown(ListFilter::Today), QList<qint64>{10});
        QCOMPARE(shown(ListFilter::All).size(), 8);

        // Words must all be found, in any field, in any case.
        outbox.setSearchText(QStringLiteral("acme contract"));
        QCOMPARE(idsOf(outbox), QList<qint64>{10});
        outbox.setSearchText(QStringLiteral("busy"));
        QCOMPARE(idsOf(outbox), QList<qint64>{15});
        outbox.setSearchText(QStringLiteral("retries exceeded"));
        QCOMPARE(idsOf(outbox), QList<qint64>{17});
        outbox.setSearchText(QStringLiteral("16"));
        QCOMPARE(idsOf(outbox), QList<qint64>{16});
        outbox.setSearchText(QString());

        // A job moves in and out of a filter as its status changes.
        outbox.setListFilter(ListFilter::Failed, kNow);
        Job job = jobs.at(1);
        job.queueStatus = QueueStatus::RetriesExceeded;
        server.emitJobChanged(job);
        QCOMPARE(idsOf(outbox), (QList<qint64>{11, 15, 16, 17}));
        job.queueStatus = QueueStatus::Pending;
        server.emitJobChanged(job);
        QCOMPARE(idsOf(outbox), (QList<qint64>{15, 16, 17}));

        // Sent Items count from when a job ended.
        JobFolderModel sent(JobFolderModel::Folder::SentItems);
        sent.setSourceModel(&model);
        sent.setListFilter(ListFilter::Today, kNow);
        QCOMPARE(idsOf(sent), QList<qint64>{18});
    }

    void datesCountFromMidnight_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<bool>("passes");
        const QDateTime midnight(kNow.date(), QTime(0, 0));
        QTest::newRow("today, midnight") << int(ListFilter::Today) << midnight << true;
        QTest::newRow("yesterday, last second")
            << int(ListFilter::Today) << midnight.addSecs(-1) << false;
        QTest::newRow("7 days, 6 days ago")
            << int(ListFilter::Last7Days) << midnight.addDays(-6) << true;
        QTest::newRow("7 days, 7 days ago")
            << int(ListFilter::Last7Days) << midnight.addDays(-6).addSecs(-1) << false;
        QTest::newRow("30 days") << int(ListFilter::Last30Days) << midnight.addDays(-29) << true;
        QTest::newRow("no time") << int(ListFilter::Today) << QDateTime() << false;
        QTest::newRow("not a date filter") << int(ListFilter::Paused) << QDateTime() << true;
    }

    void datesCountFromMidnight()
    {
        QFETCH(int, filter);
        QFETCH(QDateTime, time);
        QFETCH(bool, passes);
        QCOMPARE(ListFilters::passesDate(ListFilter(filter), time, kNow), passes);
    }

    void activityLogNewestFirst()
    {
        ActivityLogModel log;
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
        log.setLimit(3);
        for (int i = 1; i <= 4; ++i)
            log.add(i == 4 ? ActivityKind::Error : ActivityKind::Info,
                    QStringLiteral("event %1").arg(i), ActivityTarget::job(i), kNow.addSecs(i));
        QCOMPARE(inserted.count(), 4);
        for (const QList<QVariant> &args : std::as_const(inserted))
            QCOMPARE(args.at(1).toInt(), 0); // always at the top
        QCOMPARE(removed.count(), 1);        // the oldest went
        QCOMPARE(log.rowCount(), 3);
        const QModelIndex top = log.index(0, int(ActivityLogModel::Column::Event));
        QCOMPARE(top.data().toString(), QStringLiteral("event 4"));
        QCOMPARE(top.data(ActivityKindRole).value<ActivityKind>(), ActivityKind::Error);
        QCOMPARE(top.data(ActivityTargetRole).value<ActivityTarget>(), ActivityTarget::job(4));
        QVERIFY(log.index(0, 0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Error")));
        QCOMPARE(log.index(2, 1).data().toString(), QStringLiteral("event 2"));
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }

    void portStatusNamesItsCall()
    {
        FakeFaxServer server;
        Port port = FakeFaxServer::makePort(QStringLiteral("front"));
        server.setPorts({port, FakeFaxServer::makePort(QStringLiteral("back"))});
        PortListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServer(&server);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto status = [&](const QString &name) {
            return model.index(model.rowOf(name), int(PortColumn::Status)).data().toString();
        };

        port.state = PortState::Dialing;
        server.emitPortChanged(port);
        Job job = FakeFaxServer::makeJob(5, QueueStatus::InProgress);
        job.port = port.name;
        job.recipientNumber = QStringLiteral("5550100");
        job.pagesTotal = 5;
        server.emitJobChanged(job);
        QCOMPARE(status(port.name), QStringLiteral("Dialing 5550100"));
        // The job's change is one dataChanged on the port's status cell alone.
        changed.clear();
        port.state = PortState::Sending;
        server.emitPortChanged(port);
        job.pagesSent = 1;
        server.emitJobChanged(job);
        QCOMPARE(changed.count(), 2);
        const QModelIndex cell = model.index(model.rowOf(port.name), int(PortColumn::Status));
        QCOMPARE(changed.at(1).at(0).toModelIndex(), cell);
        QCOMPARE(changed.at(1).at(1).toModelIndex(), cell);
        QCOMPARE(status(port.name), QStringLiteral("Sending page 2 of 5 to 5550100"));
        QCOMPARE(status(QStringLiteral("back")), QStringLiteral("Idle"));
        // The last page confirmed: still page 5, never 6 of 5.
        job.pagesSent = 5;
        server.emitJobChanged(job);
        QCOMPARE(status(port.name), QStringLiteral("Sending page 5 of 5 to 5550100"));

        // The call ends: the port says what the engine says.
        job.queueStatus = QueueStatus::Completed;
        server.emitJobChanged(job);
        port.state = PortState::Receiving;
        port.stateText = QStringLiteral("receiving page 3");
        server.emitPortChanged(port);
        QCOMPARE(status(port.name), QStringLiteral("Receiving page 3"));
        port.state = PortState::Error;
        port.stateText = QStringLiteral("no modem answers on /dev/ttyS0");
        server.emitPortChanged(port);
        QCOMPARE(status(port.name), QStringLiteral("Error: no modem answers on /dev/ttyS0"));
        port.state = PortState::Offline;
        port.stateText.clear();
        server.emitPortChanged(port);
        QCOMPARE(status(port.name), QStringLiteral("Offline"));
    }
};

QTEST_MAIN(TestConsoleModels)
#include "tst_consolemodels.moc"
