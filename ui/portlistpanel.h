// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folderview.h"

#include "core/port.h"

#include <optional>

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace Fax {

class DialogRunner;
class MessageSink;
class PortListModel;

/// The fax ports (modems) of the server with their configuration and live state (an icon and
/// a text for idle, ringing, dialing, sending page n of m, receiving, offline, error with the
/// reason); the target of Answer Now for a port that rings with receive mode Manual where the
/// connection can answer by hand, and of Properties (the port's property pages).
class PortListPanel final : public FolderView
{
    Q_OBJECT
public:
    /// A panel on its own: it makes its actions and is their target.
    explicit PortListPanel(PortListModel *ports, MessageSink *messages = nullptr,
                           QWidget *parent = nullptr);
    /// A panel of the console: actions from actions (the window sets the target), dialogs
    /// through dialogs.
    PortListPanel(PortListModel *ports, MessageSink *messages, DialogRunner *dialogs,
                  ActionRegistry *actions, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /// The port selected in the view (the current row), if any.
    std::optional<Port> selectedPort() const;
    /// Selects the port named name; false if there is none.
    bool selectPort(const QString &name);

    QAction *answerAction() const;
    QAction *propertiesAction() const;
    /// Whether Answer Now applies to a port in this state (the rule behind the action).
    static bool answerAllowed(const Port &port);
    /// Opens the property pages of the selected port.
    void showProperties();

    // FolderView
    ConsoleFolder consoleFolder() const override { return ConsoleFolder::Ports; }
    QAbstractItemView *itemView() const override;
    QStringList contextActionIds() const override;
    QString detailsTitle() const override;
    QList<DetailField> details() const override;
    void activateCurrent() override;
    bool canTrigger(const QString &id) const override;
    void trigger(const QString &id) override;

private:
    void answerSelected();

    PortListModel *m_ports;
    MessageSink *m_messages;
    DialogRunner *m_dialogs;
    ActionRegistry *m_actions;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace Fax
