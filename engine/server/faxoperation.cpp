// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxoperation.h"

#include "faxserver.h"

#include <QCoreApplication>
#include <QPointer>

#include <utility>

namespace Fax {

FaxOperation::FaxOperation(const QString &description, FaxServer *server)
    : QObject(server), m_description(description)
{
}

FaxOperation::~FaxOperation()
{
    // Nobody waits for it any more: stop work that can still be stopped.
    if (m_state == State::Running && !m_pending && m_cancelHandler)
        std::exchange(m_cancelHandler, {})();
}

bool FaxOperation::canCancel() const
{
    return m_state == State::Running && !m_pending && bool(m_cancelHandler);
}

void FaxOperation::cancel()
{
    if (!canCancel())
        return;
    const std::function<void()> handler = std::exchange(m_cancelHandler, {});
    postResult(Error::make(Error::Kind::Canceled,
                           QCoreApplication::translate("Fax", "Canceled: %1").arg(m_description)));
    handler();
}

void FaxOperation::setAutoDelete(bool autoDelete)
{
    m_autoDelete = autoDelete;
    if (autoDelete && isFinished())
        deleteLater();
}

void FaxOperation::setCancelHandler(std::function<void()> handler)
{
    if (m_state == State::Running && !m_pending)
        m_cancelHandler = std::move(handler);
}

void FaxOperation::postProgress(qint64 done, qint64 total, const QString &text)
{
    if (m_state != State::Running || m_pending)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, done, total, text] {
            if (m_state != State::Running)
                return;
            m_done = done;
            m_total = total;
            m_progressText = text;
            Q_EMIT progress(done, total, text);
        },
        Qt::QueuedConnection);
}

void FaxOperation::postResult(const Error &error)
{
    if (m_state != State::Running || m_pending)
        return;
    m_pending = error;
    m_cancelHandler = {};
    QMetaObject::invokeMethod(this, &FaxOperation::deliver, Qt::QueuedConnection);
}

void FaxOperation::deliver()
{
    if (m_state != State::Running || !m_pending)
        return;
    const Error error = *std::exchange(m_pending, std::nullopt);
    QPointer<FaxOperation> self(this);
    if (error.isError()) {
        m_state = State::Failed;
        m_error = error;
        Q_EMIT failed(error);
    } else {
        m_state = State::Succeeded;
        Q_EMIT succeeded();
    }
    if (!self)
        return; // a receiver deleted it
    Q_EMIT finished();
    if (self && m_autoDelete)
        deleteLater();
}

} // namespace Fax
