// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modem/modemtransport.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>
#include <memory>

namespace Fax::Test {

/// Virtual time in ms, shared by the fake modems of one test: a line opens and closes its port
/// many times, and one clock drives the whole test.
struct VirtualClock
{
    qint64 nowMs = 0;
};

/// A fake modem for unit tests: a transport that plays a scripted conversation. Steps run in
/// order: expectSent() wants exactly these bytes from the host next, expectData() takes any
/// DLE-framed data up to <DLE><ETX> or a Class 2.0 page end such as <DLE><.> (kept in
/// dataBlocks), reply() makes bytes readable, wait()
/// keeps the modem silent for a while before the steps after it (RINGs come some seconds apart).
/// Time is virtual: a read() that finds nothing advances the clock by its wait at once (only up
/// to the end of a wait() when that comes first), so a silent modem times out without the test
/// sleeping.
class ScriptedModem final : public ModemTransport
{
public:
    explicit ScriptedModem(const QString &device = QStringLiteral("/dev/ttyFAKE0"),
                           std::shared_ptr<VirtualClock> clock = {});

    ScriptedModem &expectSent(const QByteArray &bytes);
    ScriptedModem &expectData();
    ScriptedModem &reply(const QByteArray &bytes);
    /// The modem says nothing for ms (virtual) from the moment this step is reached.
    ScriptedModem &wait(int ms);
    /// A Class 1 command answered with CONNECT/OK etc.: expectSent(cmd + CR), reply(CRLF answer
    /// CRLF).
    ScriptedModem &exchange(const QByteArray &command, const QByteArray &answer);

    /// True when every step has been played.
    bool done() const { return m_steps.isEmpty(); }
    /// The next step, for failure messages.
    QString nextStep() const;

    QStringList errors;                      ///< mismatches: what was expected and what came
    QByteArray sent;                         ///< everything the host wrote
    QList<QPair<qint64, QByteArray>> writes; ///< each write with its virtual time
    QList<QByteArray> dataBlocks; ///< what expectData() steps took (raw, stuffed, with the end)
    QStringList events;           ///< "open", "close", "DTR off", "DTR on", "pause 500"
    bool failOpen = false;
    /// Called with the virtual time whenever a read finds nothing (the host is waiting).
    std::function<void(qint64 nowMs)> onIdle;

    // ModemTransport
    Result open() override;
    void close() override;
    bool isOpen() const override { return m_open; }
    Result write(const QByteArray &data) override;
    QByteArray read(int waitMs) override;
    void setDtr(bool on) override;
    void pause(int ms) override;
    qint64 nowMs() const override { return m_clock->nowMs; }
    QString deviceName() const override { return m_device; }

    /// Bytes with control characters as \xNN, for messages.
    static QString show(const QByteArray &bytes);

private:
    struct Step
    {
        enum class Kind { Expect, Data, Reply, Wait } kind;
        QByteArray bytes;
        int ms = 0;
    };
    void play();
    /// When the wait() at the head of the script ends; -1 when none runs.
    qint64 waitEnd() const;

    QString m_device;
    std::shared_ptr<VirtualClock> m_clock;
    QList<Step> m_steps;
    QByteArray m_pending;    // written, not yet matched
    QByteArray m_incoming;   // replies ready to read
    qint64 m_waitUntil = -1; // end of the wait() at the head, once it was reached
    bool m_open = false;
};

} // namespace Fax::Test
