// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedmodemfactory.h"

namespace Fax::Test {

namespace {

// A transport handed out for one opening; the modem stays with the factory for the test to
// look at afterwards.
class ScriptedModemHandle final : public ModemTransport
{
public:
    explicit ScriptedModemHandle(std::shared_ptr<ScriptedModem> modem) : m_modem(std::move(modem))
    {
    }
    ~ScriptedModemHandle() override { m_modem->close(); }
    Q_DISABLE_COPY_MOVE(ScriptedModemHandle)

    Result open() override { return m_modem->open(); }
    void close() override { m_modem->close(); }
    bool isOpen() const override { return m_modem->isOpen(); }
    Result write(const QByteArray &data) override { return m_modem->write(data); }
    QByteArray read(int waitMs) override { return m_modem->read(waitMs); }
    void setDtr(bool on) override { m_modem->setDtr(on); }
    void pause(int ms) override { m_modem->pause(ms); }
    qint64 nowMs() const override { return m_modem->nowMs(); }
    QString deviceName() const override { return m_modem->deviceName(); }

private:
    std::shared_ptr<ScriptedModem> m_modem;
};

} // namespace

ScriptedModemFactory::ScriptedModemFactory(const QString &device)
    : m_device(device), m_clock(std::make_shared<VirtualClock>())
{
}

ScriptedModem &ScriptedModemFactory::add()
{
    m_modems << std::make_shared<ScriptedModem>(m_device, m_clock);
    return *m_modems.last();
}

std::unique_ptr<ModemTransport> ScriptedModemFactory::create(const SerialConfig &config)
{
    Q_UNUSED(config);
    const qsizetype next = m_createTimes.size();
    m_createTimes << m_clock->nowMs;
    if (next < m_modems.size())
        return std::make_unique<ScriptedModemHandle>(m_modems.at(next));
    m_errors << QStringLiteral("opening %1 at %2 ms: no scripted modem left")
                    .arg(next + 1)
                    .arg(m_clock->nowMs);
    auto none = std::make_shared<ScriptedModem>(m_device, m_clock);
    none->failOpen = true;
    return std::make_unique<ScriptedModemHandle>(none);
}

QStringList ScriptedModemFactory::errors() const
{
    QStringList out = m_errors;
    for (qsizetype i = 0; i < m_modems.size(); ++i) {
        for (const QString &e : m_modems.at(i)->errors)
            out << QStringLiteral("modem %1: %2").arg(i + 1).arg(e);
    }
    return out;
}

QString ScriptedModemFactory::unplayed() const
{
    QStringList left;
    for (qsizetype i = 0; i < m_modems.size(); ++i) {
        if (!m_modems.at(i)->done())
            left << QStringLiteral("modem %1: next step %2")
                        .arg(i + 1)
                        .arg(m_modems.at(i)->nextStep());
    }
    return left.join(QLatin1Char('\n'));
}

void ScriptedModemFactory::advanceTo(qint64 ms)
{
    m_clock->nowMs = qMax(m_clock->nowMs, ms);
}

} // namespace Fax::Test
