// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMenu;
class QToolBar;

namespace Fax {

/// What the routed actions of an ActionRegistry act on: the folder view that is shown.
class ActionTarget
{
public:
    virtual ~ActionTarget() = default;
    /// Whether the action id applies now (to the selection, the connection's capabilities).
    virtual bool canTrigger(const QString &id) const = 0;
    virtual void trigger(const QString &id) = 0;
};

/// The console's actions by id (ActionId): menus, the toolbar, context menus and the tray pick
/// them by id. An action is either plain (its owner connects it) or routed: triggering it
/// triggers its id on the current target, and it is enabled while the target can.
class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)
public:
    explicit ActionRegistry(QObject *parent = nullptr);
    ~ActionRegistry() override;

    /// Registers action under id (and gives it id as object name if it has none). The registry
    /// takes an action without a parent. An id registered twice keeps its first action.
    QAction *add(const QString &id, QAction *action);
    /// A plain action made here: icon is the name of an icon under :/icons/ (or empty).
    QAction *add(const QString &id, const QString &text, const QString &icon = QString(),
                 const QKeySequence &shortcut = QKeySequence(), const QString &toolTip = QString());
    /// A routed action made here (see the class).
    QAction *addRouted(const QString &id, const QString &text, const QString &icon = QString(),
                       const QKeySequence &shortcut = QKeySequence(),
                       const QString &toolTip = QString());

    /// The action registered as id; nullptr (and a warning) when there is none.
    QAction *action(const QString &id) const;
    bool contains(const QString &id) const { return m_actions.contains(id); }
    QStringList ids() const { return m_order; }
    bool isRouted(const QString &id) const { return m_routed.contains(id); }

    /// Adds the actions of ids to a menu or toolbar, ActionId::Separator as a separator.
    void fill(QMenu *menu, const QStringList &ids) const;
    void fill(QToolBar *toolBar, const QStringList &ids) const;

    /// The target routed actions act on (not owned; nullptr: they are off).
    void setTarget(ActionTarget *target, QObject *targetObject = nullptr);
    ActionTarget *target() const;

public Q_SLOTS:
    /// Enables each routed action as the target says; call after the target's state changed.
    void updateRouted();

private:
    QHash<QString, QAction *> m_actions;
    QStringList m_order;
    QStringList m_routed;
    ActionTarget *m_target = nullptr;
    QPointer<QObject> m_targetObject; ///< to notice a target that is gone
    bool m_hasTargetObject = false;
};

} // namespace Fax
