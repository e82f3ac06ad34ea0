// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxtypes.h"
#include "modem/serialtransport.h"
#include "t30/t30capabilities.h"

#include <QByteArray>
#include <QList>

namespace Fax {

/// The settings of one modem port.
struct ModemConfig
{
    SerialConfig serial;
    QByteArray resetCommand = "ATZ";
    QList<QByteArray> initCommands = {"ATE0V1Q0", "AT+FCLASS=1"};
    QByteArray dialCommand = "ATDT";
    int commandTimeoutMs = 3000;
    int dialTimeoutMs = 90000; ///< ATD until CONNECT (the far end must answer and send flags)
    int answerTimeoutMs = 40000;
    T30::Capabilities capabilities = defaultCapabilities();
    /// The fax service class the port is driven in; Auto asks AT+FCLASS=? once and takes 1,
    /// else 2.0, else 2 (ModemSession::chooseClass()).
    FaxClass modemClass = FaxClass::Class1;
    /// Class 2/2.0 only: page data crosses the serial line MSB-first (+FBO=1 / +FBOR=1) for
    /// modems whose "direct" order is broken; the driver reverses the bits itself.
    bool class2ReversedBitOrder = false;

    /// V.17/V.29/V.27ter, fine and superfine, MH/MR/MMR, ECM: what a Class 1 modem and our
    /// coder can do together.
    static T30::Capabilities defaultCapabilities();
};

} // namespace Fax
