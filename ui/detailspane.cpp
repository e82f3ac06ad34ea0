// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspane.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Fax {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_placeholder(new QLabel(this)),
      m_form(new QWidget), m_layout(new QFormLayout(m_form))
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
    m_layout->setLabelAlignment(Qt::AlignRight);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setVerticalSpacing(2);

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
            auto *value =
                qobject_cast<QLabel *>(m_layout->itemAt(i, QFormLayout::FieldRole)->widget());
            if (value && value->text() != fields.at(i).second)
                value->setText(fields.at(i).second);
        }
    } else {
        while (m_layout->rowCount() > 0)
            m_layout->removeRow(0);
        for (const DetailField &field : fields) {
            auto *label = new QLabel(field.first + u':');
            auto *value = new QLabel(field.second);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
            value->setTextFormat(Qt::PlainText);
            label->setBuddy(value);
            value->setAccessibleName(field.first);
            m_layout->addRow(label, value);
        }
    }
    m_fields = fields;
}

} // namespace Fax
