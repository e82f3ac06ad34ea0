// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialingrules.h"

#include <QCoreApplication>

namespace Fax {

namespace {

Error cannotDial(const QString &number, const QString &why)
{
    return Error::make(
        Error::Kind::InvalidArgument,
        QCoreApplication::translate("Fax", "The fax number '%1' cannot be dialled: %2")
            .arg(number, why));
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('-') ||
           c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char('(') ||
           c == QLatin1Char(')') || c == QChar(0x00A0);
}

bool isModifier(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char('W') || c == QLatin1Char('*') ||
           c == QLatin1Char('#');
}

int digitCount(const QString &s)
{
    int n = 0;
    for (const QChar c : s) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++n;
    }
    return n;
}

} // namespace

Expected<QString> dialString(const QString &number, const DialingRules &rules)
{
    const QString written = number.trimmed();
    if (written.isEmpty())
        return cannotDial(number, QCoreApplication::translate("Fax", "the number is empty"));
    QString text = written;
    const bool canonical = text.startsWith(QLatin1Char('+'));
    if (canonical) {
        text.remove(0, 1);
        // "+49 (0)30 ..." marks the trunk prefix that is dialled only inside the country.
        text.remove(QStringLiteral("(0)"));
    }
    QString clean;
    for (const QChar c : std::as_const(text)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            clean += c;
        } else if (isSeparator(c)) {
            continue;
        } else if (isModifier(c.toUpper())) {
            clean += c.toUpper();
        } else if (c == QLatin1Char('+')) {
            return cannotDial(
                written, QCoreApplication::translate("Fax", "'+' may only stand at the start"));
        } else if (c.isLetter()) {
            return cannotDial(written,
                              QCoreApplication::translate(
                                  "Fax", "it has the letter '%1' (write the digits the letters "
                                         "stand for)")
                                  .arg(c));
        } else {
            return cannotDial(
                written, QCoreApplication::translate("Fax", "it has the character '%1'").arg(c));
        }
    }
    if (digitCount(clean) == 0)
        return cannotDial(written, QCoreApplication::translate("Fax", "it has no digits"));

    QString dial;
    if (!canonical) {
        dial = clean;
    } else if (rules.countryCode.isEmpty() || !clean.startsWith(rules.countryCode)) {
        dial = rules.internationalPrefix + clean;
    } else {
        const QString national = clean.mid(rules.countryCode.size());
        if (digitCount(national) == 0)
            return cannotDial(written,
                              QCoreApplication::translate("Fax", "it has only a country code"));
        if (!rules.areaCode.isEmpty() && national.startsWith(rules.areaCode) &&
            digitCount(national.mid(rules.areaCode.size())) > 0)
            dial = national.mid(rules.areaCode.size());
        else
            dial = rules.longDistancePrefix + national;
    }

    const bool extension = !canonical && digitCount(clean) <= ShortExtensionDigits;
    if (!rules.outsideLinePrefix.isEmpty() && !extension) {
        QString prefix = rules.outsideLinePrefix;
        if (!prefix.endsWith(QLatin1Char(',')))
            prefix += QLatin1Char(',');
        dial.prepend(prefix);
    }
    return dial;
}

} // namespace Fax
