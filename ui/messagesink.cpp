// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesink.h"

#include <QMessageBox>

namespace Fax {

void DialogMessageSink::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

bool DialogMessageSink::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

MessageSink::SaveChoice MessageSink::askToSave(QWidget *, const QString &, const QString &)
{
    return SaveChoice::Cancel;
}

MessageSink::SaveChoice DialogMessageSink::askToSave(QWidget *parent, const QString &title,
                                                     const QString &text)
{
    switch (QMessageBox::warning(parent, title, text,
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Save)) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

DialogMessageSink *DialogMessageSink::instance()
{
    static DialogMessageSink sink;
    return &sink;
}

} // namespace Fax
