// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "serversettings.h"

#include <QString>

namespace Fax {

/// Turns a job's fax number into what the modem dials, by the line's DialingRules.
///
/// A number written with a leading '+' is canonical (country code, area code, number; a "(0)"
/// trunk-prefix hint after the country code is dropped): in the line's own country and area
/// only the local number is dialled, in another area of the country the long-distance prefix,
/// area and number, abroad the international prefix and the whole number. Without a country code
/// in the rules a '+' number is always dialled with the international prefix. Numbers without
/// '+' are dialled as written. The outside-line prefix and a ',' pause go first, except for
/// numbers of at most ShortExtensionDigits digits written without '+': those are extensions of
/// the local exchange. Spaces, '-', '.', '/' and parentheses are removed; ',' (pause), 'W' (wait
/// for dial tone), '*' and '#' are kept. A number with letters, other characters, a '+' that
/// does not lead, or no digit cannot be dialled: the error names the number and the reason.
Expected<QString> dialString(const QString &number, const DialingRules &rules);

/// Numbers of at most this many digits (without '+') are internal extensions.
constexpr int ShortExtensionDigits = 4;

} // namespace Fax
