// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberkey.h"

#include "core/dialingrules.h"

namespace Fax {

namespace {

QString digitsOnly(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

QString faxNumberKey(const QString &number, const DialingRules &rules)
{
    QString text = number.trimmed();
    // A number written for dialing: "0,030 1234" is "030 1234" behind the outside line.
    const qsizetype pause = text.lastIndexOf(QLatin1Char(','));
    if (pause >= 0)
        text = text.mid(pause + 1).trimmed();
    // What the dialing rules accept is a number; the rest (letters, stray '+') is none.
    DialingRules plain;
    const Expected<QString> dialed = dialString(text, plain);
    if (!dialed)
        return {};
    if (text.startsWith(QLatin1Char('+'))) {
        // The "(0)" trunk hint after the country code is not dialled.
        QString canonical = text;
        canonical.remove(QStringLiteral("(0)"));
        return digitsOnly(canonical);
    }
    QString digits = digitsOnly(text);
    if (digits.isEmpty())
        return {};
    const QString international = rules.internationalPrefix;
    const QString longDistance = rules.longDistancePrefix;
    if (!international.isEmpty() && digits.startsWith(international))
        return digits.mid(international.size());
    if (rules.countryCode.isEmpty())
        return digits;
    if (!longDistance.isEmpty() && digits.startsWith(longDistance))
        return rules.countryCode + digits.mid(longDistance.size());
    if (digits.size() <= ShortExtensionDigits)
        return digits; // an internal extension stays as it is
    return rules.countryCode + rules.areaCode + digits;
}

} // namespace Fax
