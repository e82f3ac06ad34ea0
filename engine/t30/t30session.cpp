// SPDX-License-Identifier: GPL-3.0-or-later
#include "t30/t30session.h"

#include <QStringList>

namespace Fax::T30 {

int timerMs(Timer timer)
{
    switch (timer) {
    case Timer::T1:
        return 35000;
    case Timer::T2:
        return 6000;
    case Timer::T4:
        return 3000;
    case Timer::T5:
        return 60000;
    }
    return 3000;
}

int tcfLength(const Rate &rate)
{
    return rate.bitsPerSecond * 3 / 16; // 1.5 s
}

bool tcfGood(const QByteArray &received, const Rate &rate)
{
    const int needed = rate.bitsPerSecond / 8; // 1 s of octets
    int run = 0;
    for (const char ch : received) {
        run = ch == 0 ? run + 1 : 0;
        if (run >= needed)
            return true;
    }
    return false;
}

QString actionText(const Action &a)
{
    auto timerName = [](Timer t) {
        switch (t) {
        case Timer::T1:
            return QStringLiteral("T1");
        case Timer::T2:
            return QStringLiteral("T2");
        case Timer::T4:
            return QStringLiteral("T4");
        case Timer::T5:
            return QStringLiteral("T5");
        }
        return QString();
    };
    const QString ecm = a.ecm ? QStringLiteral("ecm ") : QString();
    switch (a.kind) {
    case Action::Kind::SendFrames: {
        QStringList names;
        for (const Frame &f : a.frames)
            names << fcfName(f.fcf);
        return QStringLiteral("send ") + names.join(QLatin1Char(' '));
    }
    case Action::Kind::SendTcf:
        return QStringLiteral("tcf ") + a.rate.name();
    case Action::Kind::SendPage:
        return QStringLiteral("page ") + ecm + a.rate.name();
    case Action::Kind::ReceiveFrames:
        return QStringLiteral("listen");
    case Action::Kind::ReceiveTcf:
        return QStringLiteral("rxtcf ") + a.rate.name();
    case Action::Kind::ReceivePage:
        return QStringLiteral("rxpage ") + ecm + a.rate.name();
    case Action::Kind::RequestPage:
        return QStringLiteral("request %1").arg(a.page);
    case Action::Kind::DeliverPage:
        return QStringLiteral("deliver %1").arg(a.page);
    case Action::Kind::PageConfirmed:
        return QStringLiteral("confirmed %1").arg(a.page);
    case Action::Kind::StartTimer:
        return QStringLiteral("start ") + timerName(a.timer);
    case Action::Kind::StopTimer:
        return QStringLiteral("stop ") + timerName(a.timer);
    case Action::Kind::HangUp:
        return QStringLiteral("hangup");
    case Action::Kind::Finished:
        return a.outcome.success ? QStringLiteral("finished ok") : QStringLiteral("finished fail");
    }
    return QString();
}

// ---------------------------------------------------------------------------------------------

Action T30Session::timerAction(Action::Kind kind, Timer timer)
{
    Action a;
    a.kind = kind;
    a.timer = timer;
    return a;
}

Action T30Session::sendFrames(const QList<Frame> &frames)
{
    Action a;
    a.kind = Action::Kind::SendFrames;
    a.frames = frames;
    return a;
}

void T30Session::finish(QList<Action> &out, bool success, const QString &message, bool sendDcn,
                        bool retryable)
{
    if (m_finished)
        return;
    if (sendDcn)
        out.append(sendFrames({Frame::make(Fcf::DCN, {}, m_x)}));
    Action hang;
    hang.kind = Action::Kind::HangUp;
    out.append(hang);
    m_outcome.success = success;
    m_outcome.retryable = !success && retryable;
    m_outcome.message = message;
    Action done;
    done.kind = Action::Kind::Finished;
    done.outcome = m_outcome;
    out.append(done);
    m_finished = true;
}

void T30Session::stopTimer(QList<Action> &out, Timer timer)
{
    out.append(timerAction(Action::Kind::StopTimer, timer));
}

void T30Session::listen(QList<Action> &out)
{
    out.append(Action(Action::Kind::ReceiveFrames));
}

void T30Session::awaitFrames(QList<Action> &out, Timer timer)
{
    out.append(timerAction(Action::Kind::StartTimer, timer));
    listen(out);
}

} // namespace Fax::T30
