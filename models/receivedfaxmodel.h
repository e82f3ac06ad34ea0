#pragma once

#include "modelroles.h"
#include "servertablemodel.h"

#include <QList>

namespace Fax {

/// The Inbox: a server's received faxes, appended as receivedFaxAdded reports them and dropped
/// as receivedFaxRemoved does.
class ReceivedFaxModel final : public ServerTableModel
{
    Q_OBJECT
public:
    explicit ReceivedFaxModel(QObject *parent = nullptr);
    ~ReceivedFaxModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ReceivedFax *faxAt(int row) const;

private:
    void connectServer(FaxServer *server) override;
    void reload() override;
    void addFax(const ReceivedFax &fax);
    void removeFax(qint64 id);

    QList<ReceivedFax> m_faxes;
};

} // namespace Fax
