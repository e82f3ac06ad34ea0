// SPDX-License-Identifier: GPL-3.0-or-later
#include "testline.h"

#include <QTimer>

namespace Fax::Test {

CallOutcome Outcomes::success(int pages)
{
    CallOutcome o;
    o.deviceStatus = DeviceStatus::Completed;
    o.success = true;
    o.pagesConfirmed = pages;
    o.message = QStringLiteral("Sent %1 pages").arg(pages);
    return o;
}

CallOutcome Outcomes::busy()
{
    CallOutcome o;
    o.deviceStatus = DeviceStatus::Busy;
    o.message = QStringLiteral("The line was busy");
    return o;
}

CallOutcome Outcomes::noAnswer()
{
    CallOutcome o;
    o.deviceStatus = DeviceStatus::NoAnswer;
    o.message = QStringLiteral("No answer");
    return o;
}

CallOutcome Outcomes::fatal(const QString &message)
{
    CallOutcome o;
    o.deviceStatus = DeviceStatus::NotFaxCall;
    o.retryable = false;
    o.message = message;
    return o;
}

void TestCall::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    QTimer::singleShot(0, this, [this] {
        CallOutcome o;
        o.deviceStatus = DeviceStatus::Disconnected;
        o.message = QStringLiteral("Aborted by request");
        finish(o);
    });
}

void TestCall::finish(const CallOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(outcome);
    deleteLater();
}

TestLine::TestLine(const Port &p, QObject *parent) : FaxLine(parent), port(p) {}

FaxCall *TestLine::send(const SendRequest &request)
{
    requests << request;
    auto *call = new TestCall(this);
    m_current = call;
    const CallOutcome outcome = m_outcomes.isEmpty() ? m_default : m_outcomes.dequeue();
    const bool hold = m_hold;
    QTimer::singleShot(0, call, [call, request, outcome, hold] {
        Q_EMIT call->progress(DeviceStatus::Dialing, 0, 0,
                              QStringLiteral("Dialing %1").arg(request.job.recipientNumber));
        if (call->wasAborted())
            return;
        Q_EMIT call->progress(DeviceStatus::Sending, 1, 2, QStringLiteral("Sending page 1 of 2"));
        if (!hold)
            QTimer::singleShot(0, call, [call, outcome] {
                if (!call->wasAborted())
                    call->finish(outcome);
            });
    });
    return call;
}

void TestLine::setState(PortState state, const QString &text)
{
    m_state = state;
    Q_EMIT stateChanged(state, text);
}

bool TestLine::answer()
{
    if (m_state != PortState::Ringing)
        return false;
    setState(PortState::Answered);
    return true;
}

bool TestLine::finishCurrent(const CallOutcome &outcome)
{
    if (!m_current || m_current->isFinished())
        return false;
    m_current->finish(outcome);
    return true;
}

std::unique_ptr<FaxLine> TestLineFactory::create(const Port &port, QString *why)
{
    if (failingPorts.contains(port.name)) {
        *why = failingPorts.value(port.name);
        return nullptr;
    }
    auto line = std::make_unique<TestLine>(port);
    line->setHoldCalls(holdCalls);
    if (initialState != PortState::Idle)
        line->setState(initialState);
    m_lines.insert(port.name, line.get());
    ++created;
    return line;
}

} // namespace Fax::Test
