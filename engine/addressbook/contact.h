// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/party.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Fax {

/// One entry of the address book: every recipient field of a Party, notes and the names of the
/// groups (distribution lists) it belongs to.
struct Contact
{
    qint64 id = 0; ///< 0 until stored
    Party party;
    QString notes;
    QStringList groups; ///< group names, in the book's order when read from it

    bool operator==(const Contact &) const = default;
};

/// A distribution list of the address book.
struct ContactGroup
{
    qint64 id = 0;
    QString name;
    int members = 0; ///< how many contacts are in it (when read from the book)

    bool operator==(const ContactGroup &) const = default;
};

/// The lower-case text search-as-you-type looks in: name, company, fax number, e-mail.
QString contactSearchText(const Party &party);
/// Whether a contact whose contactSearchText() is haystack matches what the user typed: every
/// word of needle occurs in it (case-insensitive), and a needle of digits also matches the
/// fax number written with spaces or dashes.
bool contactSearchMatches(const QString &haystack, const QString &needle);

/// The name a list shows for a party: its name, else its company, else its fax number.
QString contactDisplayName(const Party &party);

} // namespace Fax

Q_DECLARE_METATYPE(Fax::Contact)
