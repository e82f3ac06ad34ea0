#pragma once

#include "core/port.h"

#include <QWidget>

#include <optional>

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace Fax {

class MessageSink;
class PortListModel;

/// The fax ports (modems) of the server with their configuration and live state, and the
/// Answer Now command for a port that rings with receive mode Manual, where the connection can
/// answer by hand.
class PortListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PortListPanel(PortListModel *ports, MessageSink *messages = nullptr,
                           QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /// The port selected in the view (the current row), if any.
    std::optional<Port> selectedPort() const;
    /// Selects the port named name; false if there is none.
    bool selectPort(const QString &name);

    QAction *answerAction() const { return m_answer; }
    /// Whether Answer Now applies to a port in this state (the rule behind the action).
    static bool answerAllowed(const Port &port);

private:
    void updateActions();
    void answerSelected();

    PortListModel *m_ports;
    MessageSink *m_messages;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_answer;
};

} // namespace Fax
