// SPDX-License-Identifier: GPL-3.0-or-later
#include "t30session_loop.h"

namespace Fax::T30::Test {

QString describe(const Action &a)
{
    return actionText(a);
}

QStringList describe(const QList<Action> &actions)
{
    QStringList out;
    for (const Action &a : actions)
        out << describe(a);
    return out;
}

Loop::Loop(std::unique_ptr<T30Session> sender, std::unique_ptr<T30Session> receiver)
{
    m_side[0].session = std::move(sender);
    m_side[1].session = std::move(receiver);
}

bool Loop::blocked(int index) const
{
    const Side &s = m_side[index];
    if (s.queue.isEmpty())
        return true;
    const Action::Kind k = s.queue.first().kind;
    return k == Action::Kind::ReceiveFrames || k == Action::Kind::ReceiveTcf ||
           k == Action::Kind::ReceivePage;
}

void Loop::feed(int index, const Event &e)
{
    m_side[index].queue += m_side[index].session->handle(e);
}

void Loop::advance(int index, bool deliverToPeer)
{
    Side &s = m_side[index];
    while (!s.queue.isEmpty() && !blocked(index)) {
        const Action a = s.queue.takeFirst();
        log << (index == 0 ? QStringLiteral("S: ") : QStringLiteral("R: ")) + describe(a);
        if (!deliverToPeer &&
            (a.kind == Action::Kind::SendFrames || a.kind == Action::Kind::SendTcf ||
             a.kind == Action::Kind::SendPage)) {
            continue; // both talk at once: lost
        }
        execute(index, a);
    }
}

void Loop::execute(int index, const Action &a)
{
    Side &self = m_side[index];
    const int peer = 1 - index;
    Side &other = m_side[peer];
    auto peerWaits = [&](Action::Kind kind) {
        if (other.hungUp)
            return false;
        advance(peer, false);
        return !other.queue.isEmpty() && other.queue.first().kind == kind;
    };
    switch (a.kind) {
    case Action::Kind::SendFrames:
        for (const Frame &f : a.frames) {
            // Frames go over the wire as octets with FCS: parse them back like a driver would.
            const ParseResult parsed = parseFrame(f.toBytesWithFcs(), true);
            if (dropFrame && dropFrame(index, parsed.frame))
                continue;
            if (peerWaits(Action::Kind::ReceiveFrames)) {
                other.queue.removeFirst();
                feed(peer, Event::received(parsed.frame));
            } else if (peerWaits(Action::Kind::ReceivePage)) {
                other.queue.removeFirst();
                feed(peer, Event{Event::Kind::CarrierMismatch});
                if (peerWaits(Action::Kind::ReceiveFrames)) {
                    other.queue.removeFirst();
                    feed(peer, Event::received(parsed.frame));
                }
            }
        }
        break;
    case Action::Kind::SendTcf:
        if (peerWaits(Action::Kind::ReceiveTcf)) {
            other.queue.removeFirst();
            feed(peer, Event::training(!trainingOk || trainingOk(a.rate)));
        }
        break;
    case Action::Kind::SendPage: {
        const int burst = m_burst++;
        ++pageTransmissions;
        if (peerWaits(Action::Kind::ReceivePage)) {
            other.queue.removeFirst();
            const QByteArray data = corruptPage ? corruptPage(a.data, burst) : a.data;
            const bool good = !pageQualityOk || pageQualityOk(burst);
            feed(peer, Event::pageReceived(data, good));
        }
        break;
    }
    case Action::Kind::RequestPage: {
        const bool valid = a.page < pages.size();
        PageEnd end = a.page + 1 < pages.size() ? PageEnd::MorePages : PageEnd::LastPage;
        if (a.page < pageEnds.size())
            end = pageEnds.at(a.page);
        feed(index, Event::pageReady(valid ? pages.at(a.page) : QByteArray(), end));
        break;
    }
    case Action::Kind::DeliverPage:
        delivered.append(a.data);
        break;
    case Action::Kind::StartTimer:
        self.timers[a.timer] = now + timerMs(a.timer);
        break;
    case Action::Kind::StopTimer:
        self.timers.remove(a.timer);
        break;
    case Action::Kind::HangUp:
        self.hungUp = true;
        self.timers.clear();
        break;
    default:
        break;
    }
}

bool Loop::run(int maxSteps)
{
    m_side[1].queue = m_side[1].session->start();
    m_side[0].queue = m_side[0].session->start();
    for (int step = 0; step < maxSteps; ++step) {
        while (!blocked(0) || !blocked(1)) {
            advance(1, true);
            advance(0, true);
        }
        if (m_side[0].session->finished() && m_side[1].session->finished())
            return true;
        // Both blocked: the earliest timer fires.
        int who = -1;
        Timer which = Timer::T1;
        qint64 when = 0;
        for (int i = 0; i < 2; ++i) {
            for (auto it = m_side[i].timers.cbegin(); it != m_side[i].timers.cend(); ++it) {
                if (who < 0 || it.value() < when) {
                    who = i;
                    which = it.key();
                    when = it.value();
                }
            }
        }
        if (who < 0)
            return false; // deadlock: nobody will ever act
        now = when;
        m_side[who].timers.remove(which);
        if (blocked(who) && !m_side[who].queue.isEmpty())
            m_side[who].queue.removeFirst(); // the pending receive is abandoned
        log << (who == 0 ? QStringLiteral("S: ") : QStringLiteral("R: ")) +
                   QStringLiteral("timeout @%1").arg(now);
        feed(who, Event::timeout(which));
    }
    return false;
}

} // namespace Fax::T30::Test
