// SPDX-License-Identifier: GPL-3.0-or-later
// JobQueueModel and JobFolderModel against the scripted FakeFaxServer: incremental updates with
// exact signal counts, a model tester attached throughout, folder membership following status.
#include "fakefaxserver.h"
#include "jobfoldermodel.h"
#include "jobqueuemodel.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Fax;

namespace {

// Spies on every structural and data signal of a model.
struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          changed(model, &QAbstractItemModel::dataChanged),
          reset(model, &QAbstractItemModel::modelReset),
          layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        changed.clear();
        reset.clear();
        layout.clear();
    }
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};

QList<int> rolesOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(2).value<QList<int>>();
}

QList<JobId> idsIn(const QAbstractItemModel &model)
{
    QList<JobId> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(JobIdRole).toLongLong();
    return ids;
}

} // namespace

class TestJobQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsJobsOnSetServer()
    {
        FakeFaxServer server;
        server.setJobs({FakeFaxServer::makeJob(1), FakeFaxServer::makeJob(2),
                        FakeFaxServer::makeJob(3, QueueStatus::Completed)});
        JobQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        ModelSpies spies(&model);
        model.setServer(&server);
        QCOMPARE(spies.reset.count(), 1);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(JobColumn::Count));
        QCOMPARE(model.activeJobCount(), 2);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.index(0, int(JobColumn::Status)).data().toString(),
                 displayName(QueueStatus::Pending));
        QCOMPARE(model.index(2, int(JobColumn::Recipient)).data().toString(),
                 QStringLiteral("Recipient 3 (5550000003)"));
        QCOMPARE(model.index(0, int(JobColumn::Pages)).data().toString(), QStringLiteral("0/3"));
        QCOMPARE(model.index(1, 0).data(JobRole).value<Job>(), server.jobs().at(1));
        QCOMPARE(model.headerData(int(JobColumn::Recipient), Qt::Horizontal).toString(),
                 QStringLiteral("Recipient"));
    }

    void addIsOneInsertAtTheEnd()
    {
        FakeFaxServer server;
        server.setJobs({FakeFaxServer::makeJob(1)});
        JobQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServer(&server);
        ModelSpies spies(&model);
        QSignalSpy active(&model, &JobQueueModel::activeJobCountChanged);

        server.emitJobAdded(FakeFaxServer::makeJob(7));
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(spies.inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(spies.changed.count(), 0);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(idsIn(model), (QList<JobId>{1, 7}));
        QCOMPARE(active.count(), 1);
        QCOMPARE(model.activeJobCount(), 2);

        // A repeated add of a known id is a change, not a second row.
        Job again = FakeFaxServer::makeJob(7);
        again.tries = 1;
        server.emitJobAdded(again);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void changeIsOneRangedDataChanged()
    {
        FakeFaxServer server;
        server.setJobs({FakeFaxServer::makeJob(1), FakeFaxServer::makeJob(2)});
        JobQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServer(&server);
        ModelSpies spies(&model);

        // Only the tries column changes.
        Job job = server.jobs().at(1);
        job.tries = 2;
        server.emitJobChanged(job);
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.at(0).at(0).toModelIndex(), model.index(1, int(JobColumn::Tries)));
        QCOMPARE(spies.changed.at(0).at(1).toModelIndex(), model.index(1, int(JobColumn::Tries)));
        QList<int> roles = rolesOf(spies.changed, 0);
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(SortRole));
        QVERIFY(roles.contains(JobRole));
        QVERIFY(!roles.contains(QueueStatusRole));
        QCOMPARE(model.index(1, int(JobColumn::Tries)).data().toInt(), 2);

        // Pages and last error: the range spans from the first to the last changed column.
        spies.clear();
        job.pagesSent = 1;
        job.lastError = QStringLiteral("busy");
        server.emitJobChanged(job);
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.at(0).at(0).toModelIndex(), model.index(1, int(JobColumn::Pages)));
        QCOMPARE(spies.changed.at(0).at(1).toModelIndex(),
                 model.index(1, int(JobColumn::LastError)));
        QCOMPARE(model.index(1, int(JobColumn::Pages)).data().toString(), QStringLiteral("1/3"));

        // A status change reaches column 0 with the status role, for proxies.
        spies.clear();
        job.queueStatus = QueueStatus::InProgress;
        job.deviceStatus = DeviceStatus::Dialing;
        server.emitJobChanged(job);
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(spies.changed.at(0).at(1).toModelIndex(),
                 model.index(1, int(JobColumn::DeviceStatus)));
        roles = rolesOf(spies.changed, 0);
        QVERIFY(roles.contains(QueueStatusRole));
        QVERIFY(roles.contains(DeviceStatusRole));
        QVERIFY(roles.contains(Qt::DecorationRole));

        // The same job again changes nothing.
        spies.clear();
        server.emitJobChanged(job);
        QCOMPARE(spies.changed.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.reset.count(), 0);
    }

    void changeOfUnknownJobInserts()
    {
        FakeFaxServer server;
        JobQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServer(&server);
        ModelSpies spies(&model);
        server.emitJobChanged(FakeFaxServer::makeJob(42));
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.changed.count(), 0);
        QCOMPARE(model.rowOf(42), 0);
    }

    void removeIsOneRemoveAndKeepsIndex()
    {
        FakeFaxServer server;
        server.setJobs({FakeFaxServer::makeJob(1), FakeFaxServer::makeJob(2),
                        FakeFaxServer::makeJob(3), FakeFaxServer::makeJob(4)});
        JobQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServer(&server);
        ModelSpies spies(&model);

        server.emitJobRemoved(2);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(spies.removed.at(0).at(1).toInt(), 1);
        QCOMPARE(spies.removed.at(0).at(2).toInt(), 1);
        QCOMPARE(idsIn(model), (QList<JobId>{1, 3, 4}));
        QCOMPARE(model.rowOf(3), 1);
        QCOMPARE(model.rowOf(4), 2);
        QCOMPARE(model.rowOf(2), -1);
        QCOMPARE(model.activeJobCount(), 3);

        // Later changes land on the right rows after the index was rebuilt.
        Job four = server.job(4).value();
        four.tries = 5;
        server.emitJobChanged(four);
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.at(0).at(0).toModelIndex().row(), 2);

        server.emitJobRemoved(99); // unknown: nothing
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(spies.reset.count(), 0);
    }

    void rowIndexStaysExactUnderChurn()
    {
        // Removals renumber the id index lazily; check it against the rows after every step.
        FakeFaxServer server;
        QList<Job> initial;
        for (JobId id = 1; id <= 300; ++id)
            initial << FakeFaxServer::makeJob(id);
        server.setJobs(initial);
        JobQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServer(&server);
        QRandomGenerator random(4711);
        JobId nextId = 301;
        for (int step = 0; step < 1000; ++step) {
            const int op = random.bounded(10);
            if (op < 4 && model.rowCount() > 0) {
                const Job *victim = model.jobAt(random.bounded(model.rowCount()));
                server.emitJobRemoved(victim->id);
            } else if (op < 7) {
                server.emitJobAdded(FakeFaxServer::makeJob(nextId++));
            } else if (model.rowCount() > 0) {
                Job job = *model.jobAt(random.bounded(model.rowCount()));
                job.tries += 1;
                server.emitJobChanged(job);
            }
            if (step % 7 == 0) {
                for (int row = 0; row < model.rowCount(); ++row)
                    QCOMPARE(model.rowOf(model.jobAt(row)->id), row);
            }
        }
        QCOMPARE(model.rowCount(), server.jobs().size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.jobAt(row)->id, server.jobs().at(row).id);
            QCOMPARE(model.rowOf(model.jobAt(row)->id), row);
        }
    }

    void resetsOnlyOnConnectionChanges()
    {
        FakeFaxServer server;
        server.setJobs({FakeFaxServer::makeJob(1)});
        JobQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        ModelSpies spies(&model);
        model.setServer(&server);
        QCOMPARE(spies.reset.count(), 1);

        server.disconnectFromServer();
        QCOMPARE(spies.reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
        server.connectToServer();
        QCOMPARE(spies.reset.count(), 3);
        QCOMPARE(model.rowCount(), 1);

        // Switching servers resets once, and the old server's signals no longer reach the model.
        FakeFaxServer other;
        model.setServer(&other);
        QCOMPARE(spies.reset.count(), 4);
        QCOMPARE(model.rowCount(), 0);
        server.emitJobAdded(FakeFaxServer::makeJob(5));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(spies.inserted.count(), 0);

        model.setServer(nullptr);
        QCOMPARE(spies.reset.count(), 5);
    }

    void serverDestroyedEmptiesModel()
    {
        JobQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        {
            FakeFaxServer server;
            server.setJobs({FakeFaxServer::makeJob(1)});
            model.setServer(&server);
            QCOMPARE(model.rowCount(), 1);
        }
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.server(), nullptr);
    }

    void sortRolesAreComparable()
    {
        FakeFaxServer server;
        Job a = FakeFaxServer::makeJob(10);
        a.size = 900;
        Job b = FakeFaxServer::makeJob(9);
        b.size = 100000;
        server.setJobs({a, b});
        JobQueueModel model;
        model.setServer(&server);
        JobFolderModel proxy(JobFolderModel::Folder::All);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.sort(int(JobColumn::Size), Qt::AscendingOrder);
        QCOMPARE(idsIn(proxy), (QList<JobId>{10, 9}));
        proxy.sort(int(JobColumn::Id), Qt::AscendingOrder);
        QCOMPARE(idsIn(proxy), (QList<JobId>{9, 10}));
    }

    void folderMembershipFollowsStatus()
    {
        FakeFaxServer server;
        server.setJobs({FakeFaxServer::makeJob(1),
                        FakeFaxServer::makeJob(2, QueueStatus::Completed),
                        FakeFaxServer::makeJob(3, QueueStatus::InProgress, JobType::Receive),
                        FakeFaxServer::makeJob(4, QueueStatus::RetriesExceeded)});
        JobQueueModel model;
        model.setServer(&server);
        JobFolderModel outbox(JobFolderModel::Folder::Outbox);
        JobFolderModel sent(JobFolderModel::Folder::SentItems);
        JobFolderModel incoming(JobFolderModel::Folder::Incoming);
        outbox.setSourceModel(&model);
        sent.setSourceModel(&model);
        incoming.setSourceModel(&model);
        QAbstractItemModelTester t1(&outbox, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(&sent, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t3(&incoming,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
        outbox.sort(int(JobColumn::Id));
        sent.sort(int(JobColumn::Id));
        QCOMPARE(idsIn(outbox), (QList<JobId>{1, 4}));
        QCOMPARE(idsIn(sent), (QList<JobId>{2}));
        QCOMPARE(idsIn(incoming), (QList<JobId>{3}));

        ModelSpies outboxSpies(&outbox);
        ModelSpies sentSpies(&sent);

        // Pending -> in progress: stays in the Outbox, one change there, nothing in Sent Items.
        Job one = server.job(1).value();
        one.queueStatus = QueueStatus::InProgress;
        server.emitJobChanged(one);
        QCOMPARE(outboxSpies.changed.count(), 1);
        QCOMPARE(outboxSpies.removed.count(), 0);
        QCOMPARE(sentSpies.inserted.count(), 0);

        // In progress -> completed: leaves the Outbox, arrives in Sent Items.
        one.queueStatus = QueueStatus::Completed;
        server.emitJobChanged(one);
        QCOMPARE(outboxSpies.removed.count(), 1);
        QCOMPARE(sentSpies.inserted.count(), 1);
        QCOMPARE(idsIn(outbox), (QList<JobId>{4}));
        QCOMPARE(idsIn(sent), (QList<JobId>{1, 2}));

        // Restarted: back to the Outbox.
        one.queueStatus = QueueStatus::Pending;
        server.emitJobChanged(one);
        QCOMPARE(idsIn(outbox), (QList<JobId>{1, 4}));
        QCOMPARE(idsIn(sent), (QList<JobId>{2}));

        // New jobs land in their folder; a finished receive leaves Incoming.
        server.emitJobAdded(FakeFaxServer::makeJob(5, QueueStatus::Paused));
        QCOMPARE(idsIn(outbox), (QList<JobId>{1, 4, 5}));
        Job three = server.job(3).value();
        three.queueStatus = QueueStatus::Completed;
        server.emitJobChanged(three);
        QCOMPARE(incoming.rowCount(), 0);

        // Removing a canceled job takes it out of the Outbox.
        server.emitJobRemoved(4);
        QCOMPARE(idsIn(outbox), (QList<JobId>{1, 5}));
        QCOMPARE(outboxSpies.reset.count(), 0);
        QCOMPARE(sentSpies.reset.count(), 0);

        QCOMPARE(model.activeJobCount(), 2);
    }

    void switchingFolderRefilters()
    {
        FakeFaxServer server;
        server.setJobs(
            {FakeFaxServer::makeJob(1), FakeFaxServer::makeJob(2, QueueStatus::Completed)});
        JobQueueModel model;
        model.setServer(&server);
        JobFolderModel folder(JobFolderModel::Folder::Outbox);
        folder.setSourceModel(&model);
        QAbstractItemModelTester tester(&folder,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(idsIn(folder), (QList<JobId>{1}));
        folder.setFolder(JobFolderModel::Folder::SentItems);
        QCOMPARE(idsIn(folder), (QList<JobId>{2}));
        folder.setFolder(JobFolderModel::Folder::All);
        QCOMPARE(folder.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestJobQueueModel)
#include "tst_jobqueuemodel.moc"
