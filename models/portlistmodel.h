// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyedlist.h"
#include "modelroles.h"
#include "servertablemodel.h"

#include <QHash>

namespace Fax {

/// Table of a server's fax ports, kept in step with portAdded/portChanged/portRemoved by
/// incremental updates; reset only when the server or its connection changes. The status of a
/// port in a call names the page and the number of its job ("Sending page 2 of 5 to 5550100").
class PortListModel final : public ServerTableModel
{
    Q_OBJECT
public:
    explicit PortListModel(QObject *parent = nullptr);
    ~PortListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The port in row, or nullptr when row is out of range.
    const Port *portAt(int row) const;
    /// The row of a port name, or -1.
    int rowOf(const QString &name) const;
    /// The status text of a port, with the send job it runs (or nullptr).
    static QString statusText(const Port &port, const Job *call);

private:
    /// Whether the server reports what column shows (HylaFAX lists no rings, priority, model).
    bool reported(PortColumn column) const;
    void connectServer(FaxServer *server) override;
    void reload() override;
    void addPort(const Port &port);
    void changePort(const Port &port);
    void removePort(const QString &name);
    void followJob(const Job &job);
    void forgetJob(JobId id);
    void callChanged(const QString &portName);
    const Job *callOn(const QString &portName) const;

    KeyedList<&Port::name> m_ports;
    QHash<QString, Job> m_calls; ///< send jobs in progress, by port
};

} // namespace Fax
