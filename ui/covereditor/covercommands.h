// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cover/coverdocument.h"

#include <QUndoCommand>

#include <functional>

namespace Fax {

/// An edit of a cover page for the undo stack: the first redo() runs the model's operation
/// (add, remove, resize, align, space evenly, centre, raise, lower, ...); undo() puts the
/// objects back as they were and later redo()s as the operation left them. An operation that
/// changed nothing makes the command obsolete, so that it never becomes an empty undo step.
class CoverEditCommand : public QUndoCommand
{
public:
    using Operation = std::function<void(CoverDocument &)>;
    CoverEditCommand(CoverDocument *document, const QString &text, Operation operation);

    void redo() override;
    void undo() override;

private:
    CoverDocument *m_document;
    Operation m_operation;
    QList<CoverObject> m_before;
    QList<CoverObject> m_after;
    bool m_done = false;
};

/// Moves objects by a distance: one drag or one arrow key press is one command.
class CoverMoveCommand : public QUndoCommand
{
public:
    CoverMoveCommand(CoverDocument *document, const QList<quint32> &ids, const QPointF &delta,
                     const QString &text);

    void redo() override;
    void undo() override;

private:
    CoverDocument *m_document;
    QList<quint32> m_ids;
    QPointF m_delta;
};

/// Changes properties of objects (restyle). Commands with the same merge key on the same
/// objects in a row merge, so that typing a text or spinning a size is one undo step.
class CoverRestyleCommand : public QUndoCommand
{
public:
    CoverRestyleCommand(CoverDocument *document, const QList<CoverObject> &before,
                        const QList<CoverObject> &after, const QString &text,
                        const QString &mergeKey = QString());

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    CoverDocument *m_document;
    QList<CoverObject> m_before;
    QList<CoverObject> m_after;
    QString m_mergeKey;
};

/// Changes the page itself: its paper size, title and description.
class CoverPageCommand : public QUndoCommand
{
public:
    CoverPageCommand(CoverDocument *document, const QSizeF &size, const QString &title,
                     const QString &description, const QString &text);

    void redo() override;
    void undo() override;

private:
    void apply(const QSizeF &size, const QString &title, const QString &description);

    CoverDocument *m_document;
    QSizeF m_size, m_oldSize;
    QString m_title, m_oldTitle;
    QString m_description, m_oldDescription;
};

} // namespace Fax
