// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serversettings.h"

#include <QString>

namespace Fax {

/// The key two fax numbers are compared by: the number as the dialing rules read it, written
/// internationally (country code, area code, number, digits only) where the rules tell the
/// country and area, so "+49 30 1234567", "030/1234567", "0049301234567" and "1234567" on a
/// Berlin line are one number. The outside-line prefix of a number written for dialing is
/// dropped. Empty for text that is no dialable number.
QString faxNumberKey(const QString &number, const DialingRules &rules);

} // namespace Fax
