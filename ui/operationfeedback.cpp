// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationfeedback.h"

#include "messagesink.h"

#include "server/faxoperation.h"

#include <QWidget>

namespace Fax::OperationFeedback {

void reportFailure(FaxOperation *op, QWidget *parent, MessageSink *messages, const QString &title,
                   const std::function<QString(const Error &)> &text)
{
    QObject::connect(op, &FaxOperation::failed, parent,
                     [parent, messages, title, text](const Error &error) {
                         if (error.kind == Error::Kind::Canceled)
                             return;
                         messages->showError(parent, title, text ? text(error) : error.message);
                     });
}

} // namespace Fax::OperationFeedback
