// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Fax {

/// Text read from a file of unknown character set, and the set it was read in.
struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
};

/// Reads bytes as text: UTF-8 or UTF-16 by their byte order mark, UTF-16 without one by its zero
/// bytes, UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (what Outlook and Excel
/// write on Western European systems; a superset of Latin-1 for text).
DecodedText decodeText(const QByteArray &bytes);

/// Reads bytes in a named character set ("UTF-8", "Windows-1252", "ISO-8859-1" and the like, as a
/// vCard 2.1 CHARSET names it); unknown names read as UTF-8 when valid, else Windows-1252.
QString decodeAs(const QByteArray &bytes, const QString &charset);

/// The character sets decodeIn() reads, as decodeText() names them.
QStringList textEncodings();

/// Reads bytes in one of textEncodings(), as the user chose it over what decodeText() found: a
/// byte order mark of that set is dropped, bytes the set does not allow read as U+FFFD.
QString decodeIn(const QByteArray &bytes, const QString &encoding);

/// Whether decoded text is no text at all: it has NUL characters or many other control characters.
bool looksBinary(const QString &text);

} // namespace Fax
