#pragma once

#include "modelroles.h"

#include "server/faxserver.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QPointer>

namespace Fax {

/// The Inbox: a server's received faxes, appended as receivedFaxAdded reports them.
class ReceivedFaxModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReceivedFaxModel(QObject *parent = nullptr);
    ~ReceivedFaxModel() override;

    /// Follows server (not owned; nullptr: empty). Resets the model.
    void setServer(FaxServer *server);
    FaxServer *server() const { return m_server; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ReceivedFax *faxAt(int row) const;

private:
    void reload();
    void addFax(const ReceivedFax &fax);

    QPointer<FaxServer> m_server;
    QList<ReceivedFax> m_faxes;
    QIcon m_icon; ///< made once, not per paint
};

} // namespace Fax
