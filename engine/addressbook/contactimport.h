// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvformat.h"

namespace Fax {

/// A contacts file read for import: vCards are read whole; a CSV file is kept as its table, so
/// the user can adjust which column fills which field before its contacts are made.
struct ContactFile
{
    enum class Format { Csv, VCard };

    QString fileName;
    Format format = Format::Csv;
    QString encoding;               ///< the character set the text was read in
    CsvTable csv;                   ///< Csv: the header and rows
    QList<ContactField> csvMapping; ///< Csv: the guessed mapping, one entry per column
    QList<Contact> vcardContacts;   ///< VCard: the contacts
    QByteArray data;                ///< Csv: the file's bytes, to read again (rereadCsv())

    /// The contacts, a CSV file's made with mapping (its own guess when empty).
    QList<Contact> contacts(const QList<ContactField> &mapping = {}) const;
};

/// The largest file import reads, and the most contacts it takes from one file.
constexpr qint64 MaxContactFileBytes = 32 * 1024 * 1024;
constexpr int MaxImportedContacts = 100000;

/// Reads a contacts file: its character set and format (vCard or CSV, and a CSV file's
/// separator) found from its contents. A file that is neither, binary, truncated or too large
/// is an error that names the file, the line where there is one, and the reason.
Expected<ContactFile> readContactFile(const QString &path);
/// The same for bytes already read; fileName is named in errors.
Expected<ContactFile> parseContactData(const QByteArray &data, const QString &fileName);

/// A CSV file read again with the separator and character set (one of textEncodings()) the user
/// chose over the detected ones; errors as readContactFile()'s.
Expected<ContactFile> rereadCsv(const ContactFile &file, QChar separator, const QString &encoding);

/// Writes contacts to path as CSV or vCard 4.0, replacing the file only once all is written.
Result writeContactFile(const QString &path, ContactFile::Format format,
                        const QList<Contact> &contacts);

} // namespace Fax
