// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationwait.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Fax {

namespace {

// Waits for op; take() reads a successful operation's result while it still exists.
Result waitAndTake(FaxOperation *op, int timeoutMs, const std::function<void()> &take)
{
    QPointer<FaxOperation> guard(op);
    op->setAutoDelete(false);
    std::optional<Result> outcome;
    auto settle = [&] {
        outcome = op->state() == FaxOperation::State::Succeeded ? Result() : Result(op->error());
        if (*outcome)
            take();
    };
    if (op->isFinished()) {
        settle();
    } else {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        // Reads the outcome in finished(): the server may delete op right after (it went away).
        QObject::connect(op, &FaxOperation::finished, &loop, [&] {
            settle();
            loop.quit();
        });
        QObject::connect(op, &QObject::destroyed, &loop, &QEventLoop::quit);
        if (timeoutMs >= 0) {
            QObject::connect(op, &FaxOperation::progress, &timer,
                             [&timer, timeoutMs] { timer.start(timeoutMs); });
            timer.start(timeoutMs);
        }
        loop.exec();
    }
    if (outcome) {
        delete guard.data();
        return *outcome;
    }
    if (!guard)
        return Error::make(Error::Kind::Canceled,
                           QCoreApplication::translate("Fax", "The fax server went away before "
                                                              "it finished"));
    // Timed out: stop it if it can be stopped; it deletes itself when it ends.
    op->cancel();
    op->setAutoDelete(true);
    return Error::make(
        Error::Kind::Connection,
        QCoreApplication::translate("Fax", "no answer within %1 seconds").arg(timeoutMs / 1000));
}

} // namespace

Result waitFor(FaxOperation *op, int timeoutMs)
{
    return waitAndTake(op, timeoutMs, [] {});
}

Expected<QList<JobId>> waitFor(SubmitOperation *op, int timeoutMs)
{
    QList<JobId> ids;
    const Result r = waitAndTake(op, timeoutMs, [&] { ids = op->jobIds(); });
    if (!r)
        return r.error();
    return ids;
}

Expected<QString> waitFor(FetchOperation *op, int timeoutMs)
{
    QString file;
    const Result r = waitAndTake(op, timeoutMs, [&] { file = op->filePath(); });
    if (!r)
        return r.error();
    return file;
}

} // namespace Fax
