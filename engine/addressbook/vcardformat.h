// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "core/result.h"

namespace Fax {

/// Reads the vCards (2.1, 3.0 and 4.0) of text: folded lines, quoted-printable values with their
/// CHARSET, escaped values, grouped properties ("item1.TEL"). FN or N give the name, ORG the
/// company and department, TEL with the type FAX the fax number (a work fax before others),
/// other TEL the office and home phones, ADR the address (a work address before others), TITLE,
/// EMAIL, NOTE, and CATEGORIES the groups. A file that is not vCard, a card without END:VCARD
/// or a line that is no property is an error naming fileName and the line.
Expected<QList<Contact>> parseVCards(const QString &text, const QString &fileName);

/// The contacts as vCard 4.0 (UTF-8, CRLF, lines folded at 75 octets).
QByteArray writeVCards(const QList<Contact> &contacts);

} // namespace Fax
