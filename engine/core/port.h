// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faxtypes.h"

#include <QMetaType>
#include <QString>

namespace Fax {

/// A fax line (FaxPort): a modem on a serial device, with its configuration and live state.
struct Port
{
    QString name;         ///< unique, user-chosen ("ttyS0", "Front desk")
    QString devicePath;   ///< "/dev/ttyS0"
    QString manufacturer; ///< from the modem probe
    QString model;
    int rings = 2; ///< rings before auto-answer
    QString csid;  ///< called subscriber id, sent when receiving
    QString tsid;  ///< transmitting subscriber id, sent when sending
    bool sendEnabled = true;
    ReceiveMode receiveMode = ReceiveMode::Auto;
    int priority = 1; ///< 1 is tried first
    PortState state = PortState::Idle;
    QString stateText;     ///< detail of the live state ("sending page 2 of 5", last error)
    int baudRate = 115200; ///< serial speed to the modem (DTE rate) in bit/s
    QString flowControl = QStringLiteral("rts-cts"); ///< "rts-cts", "xon-xoff" or "none"
    QString initString; ///< extra AT command sent after the standard initialisation
    /// Fax service class the line drives (Auto: Class 1 when the modem has it, else 2.0, else 2);
    /// stored and shown by its key (faxClassKey()).
    FaxClass modemClass = FaxClass::Auto;

    bool operator==(const Port &) const = default;
};

} // namespace Fax

Q_DECLARE_METATYPE(Fax::Port)
