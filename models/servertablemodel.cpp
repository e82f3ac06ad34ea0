// SPDX-License-Identifier: GPL-3.0-or-later
#include "servertablemodel.h"

#include <bit>

namespace Fax {

ServerTableModel::ServerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServerTableModel::setServer(FaxServer *server)
{
    if (m_server)
        disconnect(m_server, nullptr, this, nullptr);
    m_server = server;
    if (server) {
        connectServer(server);
        connect(server, &FaxServer::connected, this, &ServerTableModel::reload);
        connect(server, &FaxServer::disconnected, this, &ServerTableModel::reload);
        connect(server, &FaxServer::capabilitiesChanged, this,
                &ServerTableModel::capabilitiesChanged);
        // The model must not keep showing a server's objects after the server is gone.
        connect(server, &QObject::destroyed, this, [this] {
            m_server = nullptr;
            reload();
        });
    }
    reload();
}

FaxServer *ServerTableModel::connectedServer() const
{
    return m_server && m_server->state() == ConnectionState::Connected ? m_server.data() : nullptr;
}

QIcon ServerTableModel::icon(const QString &path) const
{
    auto it = m_icons.find(path);
    if (it == m_icons.end())
        it = m_icons.insert(path, QIcon(path));
    return *it;
}

std::pair<int, int> ServerTableModel::columnSpan(quint32 mask)
{
    if (!mask)
        return {0, 0};
    return {std::countr_zero(mask), 31 - std::countl_zero(mask)};
}

} // namespace Fax
