// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxline.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QQueue>
#include <QSet>

namespace Fax::Test {

/// Outcomes a test line can end a call with.
struct Outcomes
{
    static CallOutcome success(int pages = 2);
    static CallOutcome busy();
    static CallOutcome noAnswer();
    static CallOutcome fatal(const QString &message = QStringLiteral("Not a fax machine"));
};

/// A call on a TestLine: reports progress, then finishes with the outcome the test chose.
class TestCall final : public FaxCall
{
    Q_OBJECT
public:
    explicit TestCall(QObject *parent) : FaxCall(parent) {}
    void abort() override;
    /// Ends the call now (once).
    void finish(const CallOutcome &outcome);
    bool isFinished() const { return m_finished; }
    bool wasAborted() const { return m_aborted; }

private:
    bool m_finished = false;
    bool m_aborted = false;
    Q_DISABLE_COPY_MOVE(TestCall)
};

/// A scripted fax line: each send() reports Dialing and Sending progress and, unless the line
/// holds its calls, finishes with the next scripted outcome (default: success).
class TestLine final : public FaxLine
{
    Q_OBJECT
public:
    explicit TestLine(const Port &port, QObject *parent = nullptr);
    FaxCall *send(const SendRequest &request) override;
    PortState state() const override { return m_state; }

    void setState(PortState state, const QString &text = QString());
    /// Calls stay in progress until finishCurrent() (or abort()).
    void setHoldCalls(bool hold) { m_hold = hold; }
    void queueOutcome(const CallOutcome &outcome) { m_outcomes.enqueue(outcome); }
    void setDefaultOutcome(const CallOutcome &outcome) { m_default = outcome; }
    /// Finishes the running call with outcome; false when none runs.
    bool finishCurrent(const CallOutcome &outcome);
    /// Answers by hand: a ringing line goes Answered; false when nothing rings.
    bool answer() override;
    TestCall *currentCall() const { return m_current; }

    const Port port;
    QList<SendRequest> requests; ///< every send() so far

private:
    PortState m_state = PortState::Idle;
    bool m_hold = false;
    QQueue<CallOutcome> m_outcomes;
    CallOutcome m_default = Outcomes::success();
    QPointer<TestCall> m_current;
    Q_DISABLE_COPY_MOVE(TestLine)
};

/// Makes TestLines; ports named in failingPorts get no line (with why).
class TestLineFactory final : public LineFactory
{
public:
    std::unique_ptr<FaxLine> create(const Port &port, QString *why) override;
    /// The live line of a port, or nullptr.
    TestLine *line(const QString &port) const { return m_lines.value(port); }
    /// Settings applied to every line this factory makes from now on.
    bool holdCalls = false;
    PortState initialState = PortState::Idle;
    QHash<QString, QString> failingPorts; ///< port name -> why
    int created = 0;

private:
    QHash<QString, QPointer<TestLine>> m_lines;
};

} // namespace Fax::Test
