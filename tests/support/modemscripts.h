// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scriptedmodem.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// Conversations of a modem with the default ModemConfig (RTS/CTS, init "ATE0V1Q0", every
/// capability), for scripting ScriptedModems in tests of the line and the session.
namespace Fax::Test::ModemScripts {

/// Class 1 listening: init, +FCLASS=1, caller ID on.
void class1Listen(ScriptedModem &m);
/// Class 2.0 listening: init, +FCLASS=2.0, caller ID on.
void class20Listen(ScriptedModem &m);
/// A RING after ms of silence; with a caller ID (number, name) when one is given.
void ring(ScriptedModem &m, int afterMs, const QByteArray &number = {},
          const QByteArray &name = {});
/// Class 2.0 answering a call from tsid as csid and taking pages (each DLE-stuffed as the modem
/// sends it), then the modem's hang-up report and ATH0.
void class20Receive(ScriptedModem &m, const QString &csid, const QString &tsid,
                    const QList<QByteArray> &pages);
/// Class 1 set up for a send and dialling 5551234 (what comes after the ATD is the caller's).
void class1Dial(ScriptedModem &m);
/// Class 2.0 set up for a send of fine pages as tsid, dialling 5551234.
void class20Dial(ScriptedModem &m, const QString &tsid);

/// A fine MH page of lines lines (a black bar on white), LSB-first as a Class 2.0 modem
/// passes it on with +FCS:1,3,0,0,0,0,0,0.
QByteArray mhPage(int lines);

} // namespace Fax::Test::ModemScripts
