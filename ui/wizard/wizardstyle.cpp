// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardstyle.h"

#include <QLabel>

namespace Fax::WizardStyle {

QLabel *problemLabel()
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

} // namespace Fax::WizardStyle
