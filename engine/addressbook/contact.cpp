// SPDX-License-Identifier: GPL-3.0-or-later
#include "contact.h"

namespace Fax {

namespace {

/// Only the digits of a number, so "030 12-34" is found by typing "301234".
QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

QString contactSearchText(const Party &party)
{
    // The digits of the number go in too, each part on its own line so a word never spans two.
    return QStringList{party.name, party.company, party.faxNumber, digitsOf(party.faxNumber),
                       party.email}
        .join(QLatin1Char('\n'))
        .toCaseFolded();
}

bool contactSearchMatches(const QString &haystack, const QString &needle)
{
    const QStringList words = needle.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (haystack.contains(word))
            continue;
        const QString digits = digitsOf(word);
        if (digits.isEmpty() ||
            digits.size() !=
                word.size() - word.count(QLatin1Char('-')) - word.count(QLatin1Char('/')) ||
            !haystack.contains(digits))
            return false;
    }
    return true;
}

QString contactDisplayName(const Party &party)
{
    if (!party.name.isEmpty())
        return party.name;
    if (!party.company.isEmpty())
        return party.company;
    return party.faxNumber;
}

} // namespace Fax
