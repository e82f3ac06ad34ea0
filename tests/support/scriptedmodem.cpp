// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedmodem.h"

namespace Fax::Test {

ScriptedModem::ScriptedModem(const QString &device, std::shared_ptr<VirtualClock> clock)
    : m_device(device), m_clock(clock ? std::move(clock) : std::make_shared<VirtualClock>())
{
}

ScriptedModem &ScriptedModem::expectSent(const QByteArray &bytes)
{
    m_steps.append({Step::Kind::Expect, bytes});
    return *this;
}

ScriptedModem &ScriptedModem::expectData()
{
    m_steps.append({Step::Kind::Data, {}});
    return *this;
}

ScriptedModem &ScriptedModem::reply(const QByteArray &bytes)
{
    m_steps.append({Step::Kind::Reply, bytes});
    return *this;
}

ScriptedModem &ScriptedModem::wait(int ms)
{
    m_steps.append({Step::Kind::Wait, {}, ms});
    return *this;
}

ScriptedModem &ScriptedModem::exchange(const QByteArray &command, const QByteArray &answer)
{
    expectSent(command + '\r');
    return reply("\r\n" + answer + "\r\n");
}

QString ScriptedModem::show(const QByteArray &bytes)
{
    QString out;
    for (const char ch : bytes) {
        const auto u = static_cast<unsigned char>(ch);
        if (u == '\r')
            out += QStringLiteral("\\r");
        else if (u == '\n')
            out += QStringLiteral("\\n");
        else if (u < 0x20 || u >= 0x7F)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(ch);
    }
    return out;
}

QString ScriptedModem::nextStep() const
{
    if (m_steps.isEmpty())
        return QStringLiteral("(end of script)");
    const Step &s = m_steps.first();
    switch (s.kind) {
    case Step::Kind::Expect:
        return QStringLiteral("expect \"%1\"").arg(show(s.bytes));
    case Step::Kind::Data:
        return QStringLiteral("expect data ... <DLE><ETX>");
    case Step::Kind::Reply:
        return QStringLiteral("reply \"%1\"").arg(show(s.bytes));
    case Step::Kind::Wait:
        return QStringLiteral("wait %1 ms").arg(s.ms);
    }
    return {};
}

qint64 ScriptedModem::waitEnd() const
{
    return !m_steps.isEmpty() && m_steps.first().kind == Step::Kind::Wait ? m_waitUntil : -1;
}

void ScriptedModem::play()
{
    while (!m_steps.isEmpty()) {
        Step &s = m_steps.first();
        if (s.kind == Step::Kind::Wait) {
            if (m_waitUntil < 0)
                m_waitUntil = m_clock->nowMs + s.ms;
            if (m_clock->nowMs < m_waitUntil)
                return;
            m_waitUntil = -1;
            m_steps.removeFirst();
            continue;
        }
        if (s.kind == Step::Kind::Reply) {
            m_incoming += s.bytes;
            m_steps.removeFirst();
            continue;
        }
        if (m_pending.isEmpty())
            return;
        if (s.kind == Step::Kind::Expect) {
            if (m_pending.startsWith(s.bytes)) {
                m_pending.remove(0, s.bytes.size());
                m_steps.removeFirst();
                continue;
            }
            if (s.bytes.startsWith(m_pending))
                return; // the rest is still to come
            errors << QStringLiteral("expected \"%1\", host sent \"%2\"")
                          .arg(show(s.bytes), show(m_pending.left(64)));
            m_pending.clear();
            return;
        }
        // Data: up to an unstuffed <DLE><ETX>, or a Class 2.0 page end (<DLE> and ",", ";"
        // or ".").
        int i = 0;
        int end = -1;
        while (i + 1 < m_pending.size()) {
            if (m_pending.at(i) == 0x10) {
                const char next = m_pending.at(i + 1);
                if (next == 0x03 || next == ',' || next == ';' || next == '.') {
                    end = i + 2;
                    break;
                }
                i += 2;
            } else {
                ++i;
            }
        }
        if (end < 0)
            return;
        dataBlocks.append(m_pending.left(end));
        m_pending.remove(0, end);
        m_steps.removeFirst();
    }
    if (!m_pending.isEmpty()) {
        errors << QStringLiteral("host sent \"%1\" after the end of the script")
                      .arg(show(m_pending.left(64)));
        m_pending.clear();
    }
}

Result ScriptedModem::open()
{
    if (failOpen)
        return Error::make(
            Error::Kind::Connection,
            QStringLiteral("Cannot open modem port %1: scripted failure").arg(m_device));
    m_open = true;
    events << QStringLiteral("open");
    return {};
}

void ScriptedModem::close()
{
    if (m_open)
        events << QStringLiteral("close");
    m_open = false;
}

Result ScriptedModem::write(const QByteArray &data)
{
    sent += data;
    writes.append({m_clock->nowMs, data});
    m_pending += data;
    play();
    return {};
}

QByteArray ScriptedModem::read(int waitMs)
{
    play();
    // Time passes while nothing comes, up to waitMs; a wait() that ends earlier lets its
    // replies come then.
    qint64 left = qMax(waitMs, 1);
    while (m_incoming.isEmpty() && left > 0) {
        const qint64 end = waitEnd();
        const qint64 step = end > m_clock->nowMs ? qMin(left, end - m_clock->nowMs) : left;
        m_clock->nowMs += step;
        left -= step;
        play();
    }
    if (m_incoming.isEmpty()) {
        if (onIdle)
            onIdle(m_clock->nowMs);
        return {};
    }
    const QByteArray out = m_incoming;
    m_incoming.clear();
    return out;
}

void ScriptedModem::setDtr(bool on)
{
    events << (on ? QStringLiteral("DTR on") : QStringLiteral("DTR off"));
}

void ScriptedModem::pause(int ms)
{
    m_clock->nowMs += ms;
    events << QStringLiteral("pause %1").arg(ms);
}

} // namespace Fax::Test
