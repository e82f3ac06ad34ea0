// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "core/result.h"

#include <QList>
#include <QStringList>

namespace Fax {

/// What a column of an imported CSV file fills in a contact.
enum class ContactField {
    Ignore,
    Name,
    FirstName,
    MiddleName,
    LastName,
    FaxNumber,
    Company,
    Street,
    Street2,
    City,
    State,
    Zip,
    Country,
    Title,
    Department,
    OfficeLocation,
    HomePhone,
    OfficePhone,
    Email,
    BillingCode,
    Notes,
    Groups,
    /// "Phone 1 - Value" of a Google Contacts export: the "Phone 1 - Label" column beside it says
    /// whether it is the fax, office or home number.
    TypedPhone,
    Count
};

/// The field's name for the user (the column-mapping step).
QString contactFieldName(ContactField field);

/// A CSV file read into rows: the first row is the header.
struct CsvTable
{
    QChar separator;
    QString encoding;
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines; ///< the line each row starts on (1-based), for messages
};

/// The separator of CSV text: ',', ';' or tab, whichever the header line has most of outside
/// quotes (',' when it has none).
QChar detectCsvSeparator(const QString &text);

/// Splits CSV text into rows (quoted fields may hold separators, doubled quotes and newlines).
/// An unclosed quote is an error naming fileName and the line the field starts on.
Expected<CsvTable> parseCsv(const QString &text, const QString &fileName, QChar separator);

/// The field each header column fills, as the exports of Thunderbird, Outlook, Google Contacts
/// and Evolution name their columns; Ignore for columns not known.
QList<ContactField> guessCsvMapping(const QStringList &header);

/// The contacts of the rows, each column filling the field mapping gives it (mapping has one
/// entry per column). Work and business columns win over home ones; rows that fill nothing are
/// skipped.
QList<Contact> csvContacts(const CsvTable &table, const QList<ContactField> &mapping);

/// The contacts as CSV (UTF-8 with a byte order mark, ',' separated, a header row that
/// guessCsvMapping() maps back to every field).
QByteArray writeCsv(const QList<Contact> &contacts);

} // namespace Fax
