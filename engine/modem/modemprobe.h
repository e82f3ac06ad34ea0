// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "modem/atdialogue.h"

#include <QList>
#include <QStringList>

namespace Fax {

/// What a modem says about itself.
struct ModemInfo
{
    QString manufacturer;
    QString model;
    QString revision;
    QStringList
        identification; ///< ATI0..ATI4 answers, "I0: 56000" (commands a modem refuses are left out)
    QStringList classes;         ///< from AT+FCLASS=?: "0", "1", "1.0", "2", "2.0"
    QList<int> transmitCarriers; ///< Class 1 AT+FTM=? codes (24, 48, 72, 96, 97, 98, 121 ...)
    QList<int> receiveCarriers;  ///< Class 1 AT+FRM=? codes
    QString class2Capabilities;  ///< Class 2 AT+FDCC=? answer ("(0,1),(0-5),(0-4),...")
    QString class20Capabilities; ///< Class 2.0 AT+FCC=? answer

    bool supportsClass1() const
    {
        return classes.contains(QStringLiteral("1")) || classes.contains(QStringLiteral("1.0"));
    }
    bool supportsClass2() const { return classes.contains(QStringLiteral("2")); }
    bool supportsClass20() const { return classes.contains(QStringLiteral("2.0")); }
};

/// Parses a modem's list answer: "0,1,1.0", "(0,1,2)", "+FCLASS: (0-2)" (ranges are expanded).
QStringList parseModemList(const QString &answer);

/// Asks a modem who it is and what it can do. Fails with "not a modem" when nothing answers AT.
class ModemProbe final
{
public:
    explicit ModemProbe(AtDialogue &at, int timeoutMs = 3000) : m_at(at), m_timeoutMs(timeoutMs) {}
    Expected<ModemInfo> run();

private:
    QString ask(const QByteArray &command);
    AtDialogue &m_at;
    int m_timeoutMs;
};

} // namespace Fax
