// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"

#include "actionids.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QToolBar>

namespace Fax {

ActionRegistry::ActionRegistry(QObject *parent) : QObject(parent) {}

ActionRegistry::~ActionRegistry() = default;

QAction *ActionRegistry::add(const QString &id, QAction *action)
{
    if (QAction *known = m_actions.value(id)) {
        qWarning("ActionRegistry: '%s' is registered already", qPrintable(id));
        if (action != known && !action->parent())
            delete action;
        return known;
    }
    if (!action->parent())
        action->setParent(this);
    if (action->objectName().isEmpty())
        action->setObjectName(id);
    m_actions.insert(id, action);
    m_order << id;
    return action;
}

QAction *ActionRegistry::add(const QString &id, const QString &text, const QString &icon,
                             const QKeySequence &shortcut, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!toolTip.isEmpty()) {
        action->setToolTip(toolTip);
        action->setStatusTip(toolTip);
    }
    return add(id, action);
}

QAction *ActionRegistry::addRouted(const QString &id, const QString &text, const QString &icon,
                                   const QKeySequence &shortcut, const QString &toolTip)
{
    QAction *action = add(id, text, icon, shortcut, toolTip);
    if (m_routed.contains(id))
        return action;
    m_routed << id;
    action->setEnabled(false);
    connect(action, &QAction::triggered, this, [this, id] {
        // A shortcut may fire for an action that just turned off: ask the target again.
        ActionTarget *t = target();
        if (t && t->canTrigger(id))
            t->trigger(id);
    });
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    QAction *action = m_actions.value(id);
    if (!action)
        qWarning("ActionRegistry: no action '%s'", qPrintable(id));
    return action;
}

void ActionRegistry::fill(QMenu *menu, const QStringList &ids) const
{
    for (const QString &id : ids) {
        if (id == ActionId::Separator)
            menu->addSeparator();
        else if (QAction *a = action(id))
            menu->addAction(a);
    }
}

void ActionRegistry::fill(QToolBar *toolBar, const QStringList &ids) const
{
    for (const QString &id : ids) {
        if (id == ActionId::Separator)
            toolBar->addSeparator();
        else if (QAction *a = action(id))
            toolBar->addAction(a);
    }
}

void ActionRegistry::setTarget(ActionTarget *target, QObject *targetObject)
{
    m_target = target;
    m_targetObject = targetObject;
    m_hasTargetObject = targetObject != nullptr;
    updateRouted();
}

ActionTarget *ActionRegistry::target() const
{
    if (m_hasTargetObject && !m_targetObject)
        return nullptr;
    return m_target;
}

void ActionRegistry::updateRouted()
{
    ActionTarget *t = target();
    for (const QString &id : std::as_const(m_routed))
        m_actions.value(id)->setEnabled(t && t->canTrigger(id));
}

} // namespace Fax
