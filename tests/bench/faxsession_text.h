// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text helpers of bench_faxsession: printing figures, reading the ends of logs, and what
// HylaFAX's session log says about the DCS it received.
#include <QString>

/// Prints one line of the report at once (the bench runs for minutes).
void line(const QString &text);
QString fixed(double v, int decimals = 1);
/// The last lines of text.
QString lastLines(const QString &text, int lines = 15);
/// The last lines of the file at path, or a note that there is none.
QString tail(const QString &path, int lines = 15);
/// What the sender's DCS asked for, as faxgetty's session log has it ("REMOTE wants ...").
QString hylafaxDcs(const QString &sessionLog);
