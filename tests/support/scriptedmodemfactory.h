// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modem/modemtransportfactory.h"
#include "scriptedmodem.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace Fax::Test {

/// Hands out scripted fake modems to a line or a ModemSession, one for each opening of the
/// port, in the order add() made them, all on one virtual clock. An opening with no modem left
/// fails to open and is noted in errors().
class ScriptedModemFactory final : public ModemTransportFactory
{
public:
    explicit ScriptedModemFactory(const QString &device = QStringLiteral("/dev/ttyFAKE0"));
    Q_DISABLE_COPY_MOVE(ScriptedModemFactory)

    /// The modem the next opening after those added before gets: script it.
    ScriptedModem &add();
    /// The modems added so far, in order.
    const QList<std::shared_ptr<ScriptedModem>> &modems() const { return m_modems; }
    /// How many transports were handed out.
    int created() const { return int(m_createTimes.size()); }
    /// The virtual time of each create().
    const QList<qint64> &createTimes() const { return m_createTimes; }
    /// Every modem's mismatches and the openings no modem was left for.
    QStringList errors() const;
    /// Empty when every modem handed out played its whole script; else what is left.
    QString unplayed() const;

    const std::shared_ptr<VirtualClock> &clock() const { return m_clock; }
    /// Moves virtual time on to ms (never back).
    void advanceTo(qint64 ms);

    std::unique_ptr<ModemTransport> create(const SerialConfig &config) override;
    qint64 nowMs() const override { return m_clock->nowMs; }
    bool deviceExists(const QString &) const override { return true; }

private:
    QString m_device;
    std::shared_ptr<VirtualClock> m_clock;
    QList<std::shared_ptr<ScriptedModem>> m_modems;
    QList<qint64> m_createTimes;
    QStringList m_errors;
};

} // namespace Fax::Test
