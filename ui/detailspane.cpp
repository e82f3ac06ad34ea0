// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspane.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Fax {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_placeholder(new QLabel(this)),
      m_form(new QWidget), m_grid(new QGridLayout(m_form))
{
    setObjectName(QStringLiteral("detailsPane"));
    setAccessibleName(tr("Details"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setEnabled(false);
    m_placeholder->setWordWrap(true);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder);
    layout->addWidget(scroll, 1);
}

QString DetailsPane::title() const
{
    return m_title->text();
}

void DetailsPane::show(const QString &title, const QList<DetailField> &fields,
                       const QString &placeholder)
{
    if (m_title->text() != title)
        m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    const bool empty = fields.isEmpty();
    if (m_placeholder->text() != placeholder)
        m_placeholder->setText(placeholder);
    m_placeholder->setVisible(empty && title.isEmpty());
    if (fields == m_fields)
        return;
    // Same labels: change the values in place; else lay the form out again.
    bool sameLabels = fields.size() == m_fields.size();
    for (int i = 0; sameLabels && i < fields.size(); ++i)
        sameLabels = fields.at(i).first == m_fields.at(i).first;
    if (sameLabels) {
        for (int i = 0; i < fields.size(); ++i) {
            if (m_values.at(i)->text() != fields.at(i).second)
                m_values.at(i)->setText(fields.at(i).second);
        }
    } else {
        layOut(fields);
    }
    m_fields = fields;
}

void DetailsPane::layOut(const QList<DetailField> &fields)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_values.clear();
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    // The first half of the fields on the left, the rest on the right (read down, then across).
    const int rows = int(fields.size() + 1) / 2;
    for (int i = 0; i < fields.size(); ++i) {
        const DetailField &field = fields.at(i);
        auto *label = new QLabel(field.first + u':');
        auto *value = new QLabel(field.second);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setTextFormat(Qt::PlainText);
        value->setAccessibleName(field.first);
        label->setBuddy(value);
        const int block = rows > 0 ? i / rows : 0;
        m_grid->addWidget(label, i % rows, block * 3, Qt::AlignRight | Qt::AlignTop);
        m_grid->addWidget(value, i % rows, block * 3 + 1, Qt::AlignTop);
        m_values << value;
    }
    // Values take the width; a gap between the two halves; the rows stay at the top.
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(4, 1);
    m_grid->setColumnMinimumWidth(2, 24);
    m_grid->setRowStretch(rows, 1);
}

} // namespace Fax
