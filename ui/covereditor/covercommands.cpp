// SPDX-License-Identifier: GPL-3.0-or-later
#include "covercommands.h"

namespace Fax {

namespace {

bool sameObjects(const QList<CoverObject> &a, const QList<CoverObject> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).id != b.at(i).id || !a.at(i).sameContent(b.at(i)))
            return false;
    return true;
}

QList<quint32> idsOf(const QList<CoverObject> &objects)
{
    QList<quint32> ids;
    for (const CoverObject &o : objects)
        ids << o.id;
    return ids;
}

} // namespace

CoverEditCommand::CoverEditCommand(CoverDocument *document, const QString &text,
                                   Operation operation)
    : QUndoCommand(text), m_document(document), m_operation(std::move(operation))
{
}

void CoverEditCommand::redo()
{
    if (m_done) {
        m_document->restoreObjects(m_after);
        return;
    }
    m_before = m_document->page().objects;
    m_operation(*m_document);
    m_after = m_document->page().objects;
    m_done = true;
    setObsolete(sameObjects(m_before, m_after));
}

void CoverEditCommand::undo()
{
    m_document->restoreObjects(m_before);
}

CoverMoveCommand::CoverMoveCommand(CoverDocument *document, const QList<quint32> &ids,
                                   const QPointF &delta, const QString &text)
    : QUndoCommand(text), m_document(document), m_ids(ids), m_delta(delta)
{
}

void CoverMoveCommand::redo()
{
    m_document->moveObjects(m_ids, m_delta);
}

void CoverMoveCommand::undo()
{
    m_document->moveObjects(m_ids, -m_delta);
}

CoverRestyleCommand::CoverRestyleCommand(CoverDocument *document, const QList<CoverObject> &before,
                                         const QList<CoverObject> &after, const QString &text,
                                         const QString &mergeKey)
    : QUndoCommand(text), m_document(document), m_before(before), m_after(after),
      m_mergeKey(mergeKey)
{
}

void CoverRestyleCommand::redo()
{
    for (const CoverObject &o : std::as_const(m_after))
        m_document->updateObject(o);
}

void CoverRestyleCommand::undo()
{
    for (const CoverObject &o : std::as_const(m_before))
        m_document->updateObject(o);
}

int CoverRestyleCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 0x436f7652; // "CovR"
}

bool CoverRestyleCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const CoverRestyleCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || idsOf(next->m_after) != idsOf(m_after))
        return false;
    m_after = next->m_after;
    // A merge that ends where it began is no step at all.
    setObsolete(sameObjects(m_before, m_after));
    return true;
}

CoverPageCommand::CoverPageCommand(CoverDocument *document, const QSizeF &size,
                                   const QString &title, const QString &description,
                                   const QString &text)
    : QUndoCommand(text), m_document(document), m_size(size), m_oldSize(document->page().size),
      m_title(title), m_oldTitle(document->page().title), m_description(description),
      m_oldDescription(document->page().description)
{
}

void CoverPageCommand::redo()
{
    apply(m_size, m_title, m_description);
}

void CoverPageCommand::undo()
{
    apply(m_oldSize, m_oldTitle, m_oldDescription);
}

void CoverPageCommand::apply(const QSizeF &size, const QString &title, const QString &description)
{
    m_document->setPageSize(size);
    m_document->setTitle(title);
    m_document->setDescription(description);
}

} // namespace Fax
