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

DialogMessageSink *DialogMessageSink::instance()
{
    static DialogMessageSink sink;
    return &sink;
}

} // namespace Fax
