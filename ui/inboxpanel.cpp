// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxpanel.h"

#include "actionids.h"
#include "consolesession.h"
#include "faxitemactions.h"
#include "listviewsetup.h"
#include "modelformat.h"
#include "modelroles.h"
#include "receivedfaxfiltermodel.h"
#include "receivedfaxmodel.h"
#include "tablesetup.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Fax {

InboxPanel::InboxPanel(ConsoleSession *session, FaxItemActions *items, QWidget *parent)
    : FolderView(parent), m_session(session), m_items(items), m_faxes(session->faxModel()),
      m_proxy(new ReceivedFaxFilterModel(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_faxes);
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setAccessibleName(FolderPanel::folderName(ConsoleFolder::Inbox));
    m_view->setModel(m_proxy);
    setUpListView(m_view);
    m_view->sortByColumn(int(ReceivedFaxColumn::ReceiveTime), Qt::DescendingOrder);
    const QList<QPair<ReceivedFaxColumn, int>> widths = {{ReceivedFaxColumn::ReceiveTime, 150},
                                                         {ReceivedFaxColumn::Tsid, 160},
                                                         {ReceivedFaxColumn::CallerId, 130},
                                                         {ReceivedFaxColumn::Pages, 80},
                                                         {ReceivedFaxColumn::Port, 110}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);
    m_view->setColumnWidth(int(ReceivedFaxColumn::ReceiveTime), dateColumnWidth(m_view, true));
    ListViewSetup::connect(this, m_view, session->actions());
    connect(m_faxes, &ReceivedFaxModel::unreadChanged, this, [this] { Q_EMIT currentChanged(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QAbstractItemView *InboxPanel::itemView() const
{
    return m_view;
}

QStringList InboxPanel::contextActionIds() const
{
    using namespace ActionId;
    return {ViewFax, Separator, SaveAsPdf, Print, Report, Separator, MarkRead, MarkUnread};
}

QList<ListFilter> InboxPanel::filters() const
{
    return ListFilters::inbox();
}

ListFilter InboxPanel::filter() const
{
    return m_proxy->listFilter();
}

void InboxPanel::setFilter(ListFilter filter)
{
    m_proxy->setListFilter(filter);
    Q_EMIT currentChanged();
}

QString InboxPanel::searchText() const
{
    return m_proxy->searchText();
}

void InboxPanel::setSearchText(const QString &text)
{
    m_proxy->setSearchText(text);
    Q_EMIT currentChanged();
}

int InboxPanel::totalCount() const
{
    return m_faxes->rowCount();
}

QList<ReceivedFax> InboxPanel::selectedFaxes() const
{
    return ListViewSetup::selectedValues<ReceivedFax>(m_view, ReceivedFaxRole);
}

bool InboxPanel::selectFax(qint64 id)
{
    const int row = m_faxes->rowOf(id);
    return row >= 0 && ListViewSetup::selectSourceIndex(m_view, m_proxy, m_faxes->index(row, 0));
}

QString InboxPanel::detailsTitle() const
{
    const QList<ReceivedFax> faxes = selectedFaxes();
    if (faxes.size() != 1)
        return faxes.isEmpty() ? QString() : tr("%n faxes selected", nullptr, int(faxes.size()));
    const ReceivedFax &fax = faxes.first();
    return tr("Fax from %1")
        .arg(fax.tsid.isEmpty() ? (fax.callerId.isEmpty() ? tr("an unknown sender") : fax.callerId)
                                : fax.tsid);
}

QList<DetailField> InboxPanel::details() const
{
    const QList<ReceivedFax> faxes = selectedFaxes();
    if (faxes.size() != 1)
        return {};
    const ReceivedFax &fax = faxes.first();
    QList<DetailField> fields;
    const auto add = [&fields](const QString &label, const QString &value) {
        if (!value.isEmpty())
            fields << DetailField{label, value};
    };
    add(tr("Received"), ModelFormat::dateTime(fax.receiveTime));
    add(tr("Sender (TSID)"), fax.tsid);
    add(tr("Caller ID"), fax.callerId);
    add(tr("Our id (CSID)"), fax.csid);
    add(tr("Pages"),
        fax.partial ? tr("%1 (the call ended early)").arg(fax.pages) : QString::number(fax.pages));
    add(tr("Resolution"), tr("%1 × %2 dpi").arg(fax.xResolution).arg(fax.yResolution));
    add(tr("Port"), fax.port);
    add(tr("Routing"), fax.routing);
    add(tr("State"), m_faxes->isUnread(fax.id) ? tr("Unread") : tr("Read"));
    add(tr("File"), fax.file);
    return fields;
}

void InboxPanel::activateCurrent()
{
    if (canTrigger(ActionId::ViewFax))
        trigger(ActionId::ViewFax);
}

bool InboxPanel::canTrigger(const QString &id) const
{
    const FaxServer *server = m_faxes->server();
    if (!server || server->state() != ConnectionState::Connected)
        return false;
    const QList<ReceivedFax> faxes = selectedFaxes();
    if (faxes.isEmpty())
        return false;
    using namespace ActionId;
    if (id == MarkRead || id == MarkUnread) {
        const bool unread = id == MarkUnread;
        return std::any_of(faxes.cbegin(), faxes.cend(), [this, unread](const ReceivedFax &f) {
            return m_faxes->isUnread(f.id) != unread;
        });
    }
    if (faxes.size() != 1)
        return false;
    const bool fetch = server->capabilities().can(ServerCapabilities::Feature::FetchReceivedFaxes);
    if (id == ViewFax || id == SaveAsPdf || id == Print)
        return fetch;
    if (id == Report)
        return true;
    return false;
}

void InboxPanel::trigger(const QString &id)
{
    const QList<ReceivedFax> faxes = selectedFaxes();
    using namespace ActionId;
    if (id == MarkRead || id == MarkUnread) {
        for (const ReceivedFax &fax : faxes)
            m_session->setRead(fax.id, id == MarkRead);
        return;
    }
    if (faxes.size() != 1)
        return;
    const FaxItem item = FaxItem::of(faxes.first());
    if (id == ViewFax)
        m_items->view(item, this);
    else if (id == SaveAsPdf)
        m_items->saveAsPdf(item, this);
    else if (id == Print)
        m_items->print(item, this);
    else if (id == Report)
        m_items->report(item, this);
}

} // namespace Fax
