// SPDX-License-Identifier: GPL-3.0-or-later
// PortListModel and ReceivedFaxModel against the scripted FakeFaxServer, with exact signal
// counts and a model tester attached.
#include "fakefaxserver.h"
#include "modelroles.h"
#include "portlistmodel.h"
#include "receivedfaxmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Fax;

class TestPortListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsAndFollowsPorts()
    {
        FakeFaxServer server;
        server.setPorts({FakeFaxServer::makePort(QStringLiteral("ttyS0")),
                         FakeFaxServer::makePort(QStringLiteral("ttyS1"))});
        PortListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setServer(&server);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PortColumn::Count));
        QCOMPARE(model.index(0, int(PortColumn::Model)).data().toString(),
                 QStringLiteral("Acme FaxModem 14400"));
        QCOMPARE(model.index(1, int(PortColumn::Device)).data().toString(),
                 QStringLiteral("/dev/ttyS1"));
        QCOMPARE(model.index(0, int(PortColumn::ReceiveMode)).data().toString(),
                 displayName(ReceiveMode::Auto));

        server.emitPortAdded(FakeFaxServer::makePort(QStringLiteral("ttyUSB0")));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("ttyUSB0")), 2);

        // A state change: one dataChanged covering Name (icon) to Status, with the state role.
        Port port = FakeFaxServer::makePort(QStringLiteral("ttyS1"));
        port.state = PortState::Sending;
        port.stateText = QStringLiteral("page 2 of 5");
        server.emitPortChanged(port);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, int(PortColumn::Name)));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, int(PortColumn::Status)));
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(PortStateRole));
        QVERIFY(roles.contains(Qt::DisplayRole));
        QCOMPARE(model.index(1, int(PortColumn::Status)).data().toString(),
                 QStringLiteral("Sending: page 2 of 5"));
        // A detail that says the state itself is shown alone (HylaFAX's modem status).
        Port idle = port;
        idle.state = PortState::Idle;
        idle.stateText = QStringLiteral("Running and idle");
        QCOMPARE(PortListModel::statusText(idle, nullptr), QStringLiteral("Running and idle"));
        idle.stateText = QStringLiteral("idleness check");
        QCOMPARE(PortListModel::statusText(idle, nullptr), QStringLiteral("Idle: idleness check"));

        // A configuration change touches only its column.
        changed.clear();
        port.rings = 4;
        server.emitPortChanged(port);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, int(PortColumn::Rings)));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, int(PortColumn::Rings)));
        QVERIFY(!changed.at(0).at(2).value<QList<int>>().contains(PortStateRole));

        server.emitPortChanged(port); // unchanged: no signal
        QCOMPARE(changed.count(), 1);

        server.emitPortRemoved(QStringLiteral("ttyS0"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("ttyS1")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("ttyUSB0")), 1);
        QCOMPARE(model.index(0, 0).data(PortRole).value<Port>(), port);

        QCOMPARE(reset.count(), 1);
        server.disconnectFromServer();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void inboxAppendsReceivedFaxes()
    {
        FakeFaxServer server;
        ReceivedFax first;
        first.id = 1;
        first.tsid = QStringLiteral("+49 30 1234");
        first.pages = 2;
        first.receiveTime = QDateTime(QDate(2026, 3, 1), QTime(8, 30));
        server.setReceivedFaxes({first});
        ReceivedFaxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setServer(&server);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, int(ReceivedFaxColumn::Tsid)).data().toString(),
                 QStringLiteral("+49 30 1234"));

        ReceivedFax second = first;
        second.id = 2;
        second.partial = true;
        second.pages = 1;
        server.emitReceivedFaxAdded(second);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.index(1, int(ReceivedFaxColumn::Pages)).data().toString(),
                 QStringLiteral("1 (partial)"));
        QCOMPARE(model.index(1, 0).data(ReceivedFaxIdRole).toLongLong(), 2);
    }

    void inboxDropsRemovedFaxes()
    {
        FakeFaxServer server;
        QList<ReceivedFax> faxes;
        for (qint64 id : {4, 7, 9}) {
            ReceivedFax fax;
            fax.id = id;
            fax.tsid = QStringLiteral("+49 30 %1").arg(id);
            faxes << fax;
        }
        server.setReceivedFaxes(faxes);
        ReceivedFaxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServer(&server);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        server.emitReceivedFaxRemoved(7);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data(ReceivedFaxIdRole).toLongLong(), 9);
        server.emitReceivedFaxRemoved(42); // unknown: nothing
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPortListModel)
#include "tst_portlistmodel.moc"
