// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

class QWidget;

namespace Fax {

class FaxOperation;
class MessageSink;

/// How the console learns how an operation it started went: it goes on at once and hears of a
/// failure when it arrives.
namespace OperationFeedback {

/// Shows op's failure through messages (title, and text(error), or the error's message) when it
/// arrives, while parent exists. A canceled operation is not shown: the user closed the
/// connection or stopped it.
void reportFailure(FaxOperation *op, QWidget *parent, MessageSink *messages, const QString &title,
                   const std::function<QString(const Error &)> &text = {});

} // namespace OperationFeedback
} // namespace Fax
