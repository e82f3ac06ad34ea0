#pragma once

#include "keyedlist.h"
#include "modelroles.h"
#include "servertablemodel.h"

namespace Fax {

/// Table of a server's fax ports, kept in step with portAdded/portChanged/portRemoved by
/// incremental updates; reset only when the server or its connection changes.
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

private:
    void connectServer(FaxServer *server) override;
    void reload() override;
    void addPort(const Port &port);
    void changePort(const Port &port);
    void removePort(const QString &name);

    KeyedList<&Port::name> m_ports;
};

} // namespace Fax
