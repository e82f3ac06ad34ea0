// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/faxserver.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPointer>

#include <utility>

namespace Fax {

/// Base of the tables over one server's objects: follows the server's connection and lifetime
/// and reloads all rows when either changes.
class ServerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Follows server (not owned; nullptr: empty). Resets the model.
    void setServer(FaxServer *server);
    FaxServer *server() const { return m_server; }

Q_SIGNALS:
    /// The server's capabilities changed (views enable their actions by them).
    void capabilitiesChanged();

protected:
    explicit ServerTableModel(QObject *parent = nullptr);

    /// Connects the server's signals for this model's objects.
    virtual void connectServer(FaxServer *server) = 0;
    /// Replaces all rows in one model reset from connectedServer().
    virtual void reload() = 0;
    /// The server while it is connected, else nullptr.
    FaxServer *connectedServer() const;
    /// Icons are made once: a QIcon from an SVG file parses the file on each new instance.
    QIcon icon(const QString &path) const;
    /// First and last column whose bit is set in mask; {0, 0} when none is.
    static std::pair<int, int> columnSpan(quint32 mask);

private:
    QPointer<FaxServer> m_server;
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace Fax
