#pragma once

#include "modem/modemtransport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace Fax::Test {

/// A fake modem for unit tests: a transport that plays a scripted conversation. Steps run in
/// order: expectSent() wants exactly these bytes from the host next, expectData() takes any
/// DLE-framed data up to <DLE><ETX> (kept in dataBlocks), reply() makes bytes readable.
/// Time is virtual: a read() that finds nothing advances the clock by its wait at once, so a
/// silent modem times out without the test sleeping.
class ScriptedModem final : public ModemTransport
{
public:
    explicit ScriptedModem(const QString &device = QStringLiteral("/dev/ttyFAKE0"));

    ScriptedModem &expectSent(const QByteArray &bytes);
    ScriptedModem &expectData();
    ScriptedModem &reply(const QByteArray &bytes);
    /// A Class 1 command answered with CONNECT/OK etc.: expectSent(cmd + CR), reply(CRLF answer
    /// CRLF).
    ScriptedModem &exchange(const QByteArray &command, const QByteArray &answer);

    /// True when every step has been played.
    bool done() const { return m_steps.isEmpty(); }
    /// The next step, for failure messages.
    QString nextStep() const;

    QStringList errors;           ///< mismatches: what was expected and what came
    QByteArray sent;              ///< everything the host wrote
    QList<QByteArray> dataBlocks; ///< what expectData() steps took (raw, stuffed, with DLE ETX)
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
    qint64 nowMs() const override { return m_now; }
    QString deviceName() const override { return m_device; }

    /// Bytes with control characters as \xNN, for messages.
    static QString show(const QByteArray &bytes);

private:
    struct Step
    {
        enum class Kind { Expect, Data, Reply } kind;
        QByteArray bytes;
    };
    void play();

    QString m_device;
    QList<Step> m_steps;
    QByteArray m_pending;  // written, not yet matched
    QByteArray m_incoming; // replies ready to read
    qint64 m_now = 0;
    bool m_open = false;
};

} // namespace Fax::Test
