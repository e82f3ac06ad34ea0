// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimport.h"

#include "textdecoding.h"
#include "vcardformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

Error fileError(const QString &fileName, const QString &reason)
{
    return Error::make(
        Error::Kind::InvalidArgument,
        trFax(QT_TRANSLATE_NOOP("Fax", "%1: %2")).arg(QDir::toNativeSeparators(fileName), reason));
}

Error tooMany(const QString &fileName, qsizetype count)
{
    return fileError(fileName,
                     trFax(QT_TRANSLATE_NOOP("Fax", "it has %1 contacts; at most %2 are imported "
                                                    "from one file"))
                         .arg(count)
                         .arg(MaxImportedContacts));
}

/// Text without control characters other than newline and tab (a quoted-printable "=00" or a
/// stray byte), which no field may hold.
void clean(QString &text)
{
    text.removeIf([](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) ||
               c.unicode() == 0x7F;
    });
}

void clean(Contact &contact)
{
    Party &p = contact.party;
    for (QString *field : {&p.name, &p.faxNumber, &p.company, &p.streetAddress, &p.city, &p.state,
                           &p.zip, &p.country, &p.title, &p.department, &p.officeLocation,
                           &p.homePhone, &p.officePhone, &p.email, &p.billingCode, &contact.notes})
        clean(*field);
    for (QString &group : contact.groups)
        clean(group);
    contact.groups.removeAll(QString());
}

/// The CSV table of text (read from file.data) split at separator, with its guessed mapping; a
/// table that names no columns or holds no contacts is an error.
Expected<ContactFile> readCsv(ContactFile file, const QString &text, QChar separator)
{
    Expected<CsvTable> table = parseCsv(text, file.fileName, separator);
    if (!table)
        return table.error();
    file.csv = std::move(table.value());
    file.csv.encoding = file.encoding;
    if (file.csv.rows.size() > MaxImportedContacts)
        return tooMany(file.fileName, file.csv.rows.size());
    file.csvMapping = guessCsvMapping(file.csv.header);
    // A CSV file of contacts names its columns: a first line with no known column name is
    // some other file.
    if (std::all_of(file.csvMapping.cbegin(), file.csvMapping.cend(),
                    [](ContactField f) { return f == ContactField::Ignore; }) &&
        (file.csv.header.size() < 2 || file.csv.rows.isEmpty()))
        return fileError(file.fileName,
                         trFax(QT_TRANSLATE_NOOP("Fax", "this is neither a vCard nor a "
                                                        "CSV file of contacts (its "
                                                        "first line names no columns)")));
    if (file.csv.rows.isEmpty())
        return fileError(file.fileName,
                         trFax(QT_TRANSLATE_NOOP("Fax", "the file has a header line but "
                                                        "no contacts")));
    return file;
}

} // namespace

QList<Contact> ContactFile::contacts(const QList<ContactField> &mapping) const
{
    QList<Contact> made = format == Format::VCard
                              ? vcardContacts
                              : csvContacts(csv, mapping.isEmpty() ? csvMapping : mapping);
    for (Contact &contact : made)
        clean(contact);
    return made;
}

Expected<ContactFile> parseContactData(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MaxContactFileBytes)
        return fileError(fileName, trFax(QT_TRANSLATE_NOOP("Fax", "the file is too large for an "
                                                                  "address book (%1 MB; at most "
                                                                  "%2 MB)"))
                                       .arg(data.size() / (1024 * 1024))
                                       .arg(MaxContactFileBytes / (1024 * 1024)));
    const DecodedText decoded = decodeText(data);
    if (decoded.text.trimmed().isEmpty())
        return fileError(fileName, trFax(QT_TRANSLATE_NOOP("Fax", "the file is empty")));
    if (looksBinary(decoded.text))
        return fileError(fileName, trFax(QT_TRANSLATE_NOOP("Fax", "this is not a text file (CSV "
                                                                  "or vCard expected)")));
    ContactFile file;
    file.fileName = fileName;
    file.encoding = decoded.encoding;
    if (decoded.text.trimmed().startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive)) {
        file.format = ContactFile::Format::VCard;
        Expected<QList<Contact>> cards = parseVCards(decoded.text, fileName);
        if (!cards)
            return cards.error();
        if (cards->size() > MaxImportedContacts)
            return tooMany(fileName, cards->size());
        file.vcardContacts = std::move(cards.value());
        return file;
    }
    file.format = ContactFile::Format::Csv;
    file.data = data;
    return readCsv(std::move(file), decoded.text, detectCsvSeparator(decoded.text));
}

Expected<ContactFile> rereadCsv(const ContactFile &read, QChar separator, const QString &encoding)
{
    ContactFile file;
    file.fileName = read.fileName;
    file.format = ContactFile::Format::Csv;
    file.data = read.data;
    file.encoding = encoding;
    const QString text = decodeIn(read.data, encoding);
    if (looksBinary(text))
        return fileError(file.fileName,
                         trFax(QT_TRANSLATE_NOOP("Fax", "read as %1 it is no text (another "
                                                        "character set may fit)"))
                             .arg(encoding));
    return readCsv(std::move(file), text, separator);
}

Expected<ContactFile> readContactFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Cannot read %1: %2"))
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > MaxContactFileBytes)
        return fileError(path, trFax(QT_TRANSLATE_NOOP("Fax", "the file is too large for an "
                                                              "address book (%1 MB; at most %2 "
                                                              "MB)"))
                                   .arg(file.size() / (1024 * 1024))
                                   .arg(MaxContactFileBytes / (1024 * 1024)));
    return parseContactData(file.read(MaxContactFileBytes + 1), path);
}

Result writeContactFile(const QString &path, ContactFile::Format format,
                        const QList<Contact> &contacts)
{
    QSaveFile file(path);
    const QByteArray data =
        format == ContactFile::Format::Csv ? writeCsv(contacts) : writeVCards(contacts);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Cannot write %1: %2"))
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace Fax
