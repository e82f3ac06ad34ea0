#pragma once

#include "modelroles.h"

#include "server/faxserver.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>

namespace Fax {

/// Table of a server's fax ports, kept in step with portAdded/portChanged/portRemoved by
/// incremental updates; reset only when the server or its connection changes.
class PortListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PortListModel(QObject *parent = nullptr);
    ~PortListModel() override;

    /// Follows server (not owned; nullptr: empty). Resets the model.
    void setServer(FaxServer *server);
    FaxServer *server() const { return m_server; }

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
    void reload();
    void addPort(const Port &port);
    void changePort(const Port &port);
    void removePort(const QString &name);
    QIcon icon(const QString &path) const;

    QPointer<FaxServer> m_server;
    QList<Port> m_ports;
    QHash<QString, int> m_rows;
    mutable QHash<QString, QIcon> m_icons; ///< made once, not per paint
};

} // namespace Fax
