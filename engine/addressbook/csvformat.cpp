// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

/// Header text reduced to lower-case letters and digits: "E-mail Address" -> "emailaddress".
QString normalized(const QString &header)
{
    QString key;
    for (const QChar c : header.toCaseFolded()) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

const QHash<QString, ContactField> &knownColumns()
{
    using F = ContactField;
    static const QHash<QString, ContactField> columns = {
        {QStringLiteral("name"), F::Name},
        {QStringLiteral("displayname"), F::Name},
        {QStringLiteral("fullname"), F::Name},
        {QStringLiteral("firstname"), F::FirstName},
        {QStringLiteral("givenname"), F::FirstName},
        {QStringLiteral("middlename"), F::MiddleName},
        {QStringLiteral("additionalname"), F::MiddleName},
        {QStringLiteral("lastname"), F::LastName},
        {QStringLiteral("familyname"), F::LastName},
        {QStringLiteral("surname"), F::LastName},
        {QStringLiteral("fax"), F::FaxNumber},
        {QStringLiteral("faxnumber"), F::FaxNumber},
        {QStringLiteral("businessfax"), F::FaxNumber},
        {QStringLiteral("workfax"), F::FaxNumber},
        {QStringLiteral("homefax"), F::FaxNumber},
        {QStringLiteral("otherfax"), F::FaxNumber},
        {QStringLiteral("company"), F::Company},
        {QStringLiteral("organization"), F::Company},
        {QStringLiteral("organisation"), F::Company},
        {QStringLiteral("organizationname"), F::Company},
        {QStringLiteral("organization1name"), F::Company},
        {QStringLiteral("street"), F::Street},
        {QStringLiteral("streetaddress"), F::Street},
        {QStringLiteral("address"), F::Street},
        {QStringLiteral("workaddress"), F::Street},
        {QStringLiteral("businessstreet"), F::Street},
        {QStringLiteral("homeaddress"), F::Street},
        {QStringLiteral("homestreet"), F::Street},
        {QStringLiteral("address1street"), F::Street},
        {QStringLiteral("workaddress2"), F::Street2},
        {QStringLiteral("businessstreet2"), F::Street2},
        {QStringLiteral("homeaddress2"), F::Street2},
        {QStringLiteral("homestreet2"), F::Street2},
        {QStringLiteral("address1extendedaddress"), F::Street2},
        {QStringLiteral("city"), F::City},
        {QStringLiteral("workcity"), F::City},
        {QStringLiteral("businesscity"), F::City},
        {QStringLiteral("homecity"), F::City},
        {QStringLiteral("address1city"), F::City},
        {QStringLiteral("state"), F::State},
        {QStringLiteral("region"), F::State},
        {QStringLiteral("workstate"), F::State},
        {QStringLiteral("businessstate"), F::State},
        {QStringLiteral("homestate"), F::State},
        {QStringLiteral("address1region"), F::State},
        {QStringLiteral("zip"), F::Zip},
        {QStringLiteral("zipcode"), F::Zip},
        {QStringLiteral("postalcode"), F::Zip},
        {QStringLiteral("postcode"), F::Zip},
        {QStringLiteral("workzipcode"), F::Zip},
        {QStringLiteral("businesspostalcode"), F::Zip},
        {QStringLiteral("homezipcode"), F::Zip},
        {QStringLiteral("homepostalcode"), F::Zip},
        {QStringLiteral("address1postalcode"), F::Zip},
        {QStringLiteral("country"), F::Country},
        {QStringLiteral("countryregion"), F::Country},
        {QStringLiteral("workcountry"), F::Country},
        {QStringLiteral("businesscountryregion"), F::Country},
        {QStringLiteral("homecountry"), F::Country},
        {QStringLiteral("homecountryregion"), F::Country},
        {QStringLiteral("address1country"), F::Country},
        {QStringLiteral("jobtitle"), F::Title},
        {QStringLiteral("organizationtitle"), F::Title},
        {QStringLiteral("organization1title"), F::Title},
        {QStringLiteral("department"), F::Department},
        {QStringLiteral("organizationdepartment"), F::Department},
        {QStringLiteral("organization1department"), F::Department},
        {QStringLiteral("officelocation"), F::OfficeLocation},
        {QStringLiteral("office"), F::OfficeLocation},
        {QStringLiteral("homephone"), F::HomePhone},
        {QStringLiteral("workphone"), F::OfficePhone},
        {QStringLiteral("businessphone"), F::OfficePhone},
        {QStringLiteral("officephone"), F::OfficePhone},
        {QStringLiteral("email"), F::Email},
        {QStringLiteral("emailaddress"), F::Email},
        {QStringLiteral("primaryemail"), F::Email},
        {QStringLiteral("email1value"), F::Email},
        {QStringLiteral("billingcode"), F::BillingCode},
        {QStringLiteral("billinginformation"), F::BillingCode},
        {QStringLiteral("notes"), F::Notes},
        {QStringLiteral("note"), F::Notes},
        {QStringLiteral("groups"), F::Groups},
        {QStringLiteral("categories"), F::Groups},
        {QStringLiteral("groupmembership"), F::Groups},
        {QStringLiteral("labels"), F::Groups},
    };
    return columns;
}

/// Google's "Phone 1 - Value" and the "Phone 1 - Label" (or "- Type") column that types it.
const QRegularExpression &typedPhoneValue()
{
    static const QRegularExpression re(QStringLiteral("^phone(\\d+)value$"));
    return re;
}

/// One value of a Google multi-value cell ("a ::: b" -> "a").
QString firstValue(const QString &cell)
{
    return cell.section(QStringLiteral(" ::: "), 0, 0).trimmed();
}

void fill(QString &target, const QString &value)
{
    if (target.isEmpty())
        target = value;
}

QString csvQuoted(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString contactFieldName(ContactField field)
{
    switch (field) {
    case ContactField::Ignore:
        return trFax(QT_TRANSLATE_NOOP("Fax", "(ignore)"));
    case ContactField::Name:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Name"));
    case ContactField::FirstName:
        return trFax(QT_TRANSLATE_NOOP("Fax", "First name"));
    case ContactField::MiddleName:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Middle name"));
    case ContactField::LastName:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Last name"));
    case ContactField::FaxNumber:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Fax number"));
    case ContactField::Company:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Company"));
    case ContactField::Street:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Street"));
    case ContactField::Street2:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Street (second line)"));
    case ContactField::City:
        return trFax(QT_TRANSLATE_NOOP("Fax", "City"));
    case ContactField::State:
        return trFax(QT_TRANSLATE_NOOP("Fax", "State"));
    case ContactField::Zip:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Postal code"));
    case ContactField::Country:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Country"));
    case ContactField::Title:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Job title"));
    case ContactField::Department:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Department"));
    case ContactField::OfficeLocation:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Office location"));
    case ContactField::HomePhone:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Home phone"));
    case ContactField::OfficePhone:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Office phone"));
    case ContactField::Email:
        return trFax(QT_TRANSLATE_NOOP("Fax", "E-mail"));
    case ContactField::BillingCode:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Billing code"));
    case ContactField::Notes:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Notes"));
    case ContactField::Groups:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Groups"));
    case ContactField::TypedPhone:
        return trFax(QT_TRANSLATE_NOOP("Fax", "Phone (typed by its label column)"));
    case ContactField::Count:
        break;
    }
    return {};
}

QChar detectCsvSeparator(const QString &text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

Expected<CsvTable> parseCsv(const QString &text, const QString &fileName, QChar separator)
{
    CsvTable table;
    table.separator = separator;
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;
    auto endRecord = [&]() {
        record.append(field);
        field.clear();
        // A blank line is no record.
        if (record.size() > 1 || !record.first().isEmpty()) {
            records.append(record);
            table.rowLines.append(recordLine);
        }
        record.clear();
        fieldStarted = false;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
                continue;
            }
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                continue; // a CRLF inside a field is one newline
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                ++line;
                field.append(QLatin1Char('\n'));
                continue;
            }
            field.append(c);
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "%1, line %2: a quoted field is not "
                                                          "closed (the file may be truncated)"))
                               .arg(QDir::toNativeSeparators(fileName))
                               .arg(quoteLine));
    if (fieldStarted || !record.isEmpty() || !field.isEmpty())
        endRecord();
    if (records.isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "%1: the file is empty"))
                               .arg(QDir::toNativeSeparators(fileName)));
    table.header = records.takeFirst();
    for (QString &name : table.header)
        name = name.trimmed();
    table.rowLines.removeFirst();
    table.rows = std::move(records);
    return table;
}

QList<ContactField> guessCsvMapping(const QStringList &header)
{
    QList<ContactField> mapping;
    mapping.reserve(header.size());
    for (const QString &column : header) {
        const QString key = normalized(column);
        if (typedPhoneValue().match(key).hasMatch())
            mapping.append(ContactField::TypedPhone);
        else
            mapping.append(knownColumns().value(key, ContactField::Ignore));
    }
    return mapping;
}

QList<Contact> csvContacts(const CsvTable &table, const QList<ContactField> &mapping)
{
    // Home columns fill a field only when the work or business ones left it empty.
    QList<int> order;
    QList<int> homeColumns;
    QHash<int, int> typeColumn; // "Phone n - Value" column -> its "Phone n - Label" column
    for (int column = 0; column < table.header.size() && column < mapping.size(); ++column) {
        const QString key = normalized(table.header.at(column));
        (key.startsWith(QLatin1String("home")) ? homeColumns : order).append(column);
        const QRegularExpressionMatch m = typedPhoneValue().match(key);
        if (m.hasMatch()) {
            const QString prefix = QStringLiteral("phone") + m.captured(1);
            for (int other = 0; other < table.header.size(); ++other) {
                const QString otherKey = normalized(table.header.at(other));
                if (otherKey == prefix + QLatin1String("label") ||
                    otherKey == prefix + QLatin1String("type"))
                    typeColumn.insert(column, other);
            }
        }
    }
    order.append(homeColumns);

    QList<Contact> contacts;
    contacts.reserve(table.rows.size());
    for (const QStringList &row : table.rows) {
        Contact c;
        Party &p = c.party;
        QString first, middle, last, street2;
        for (const int column : std::as_const(order)) {
            if (column >= row.size())
                continue;
            const QString value = row.at(column).trimmed();
            if (value.isEmpty())
                continue;
            switch (mapping.at(column)) {
            case ContactField::Ignore:
            case ContactField::Count:
                break;
            case ContactField::Name:
                fill(p.name, value);
                break;
            case ContactField::FirstName:
                fill(first, value);
                break;
            case ContactField::MiddleName:
                fill(middle, value);
                break;
            case ContactField::LastName:
                fill(last, value);
                break;
            case ContactField::FaxNumber:
                fill(p.faxNumber, firstValue(value));
                break;
            case ContactField::Company:
                fill(p.company, value);
                break;
            case ContactField::Street:
                fill(p.streetAddress, value);
                break;
            case ContactField::Street2:
                fill(street2, value);
                break;
            case ContactField::City:
                fill(p.city, value);
                break;
            case ContactField::State:
                fill(p.state, value);
                break;
            case ContactField::Zip:
                fill(p.zip, value);
                break;
            case ContactField::Country:
                fill(p.country, value);
                break;
            case ContactField::Title:
                fill(p.title, value);
                break;
            case ContactField::Department:
                fill(p.department, value);
                break;
            case ContactField::OfficeLocation:
                fill(p.officeLocation, value);
                break;
            case ContactField::HomePhone:
                fill(p.homePhone, firstValue(value));
                break;
            case ContactField::OfficePhone:
                fill(p.officePhone, firstValue(value));
                break;
            case ContactField::Email:
                fill(p.email, firstValue(value));
                break;
            case ContactField::BillingCode:
                fill(p.billingCode, value);
                break;
            case ContactField::Notes:
                fill(c.notes, value);
                break;
            case ContactField::Groups: {
                static const QRegularExpression split(QStringLiteral(";|:::"));
                for (const QString &part : value.split(split, Qt::SkipEmptyParts)) {
                    const QString group = part.trimmed();
                    // Google's system labels ("* myContacts", "* starred") are no groups.
                    if (!group.isEmpty() && !group.startsWith(QLatin1Char('*')) &&
                        !c.groups.contains(group))
                        c.groups.append(group);
                }
                break;
            }
            case ContactField::TypedPhone: {
                const int typeAt = typeColumn.value(column, -1);
                const QString type =
                    typeAt >= 0 && typeAt < row.size() ? row.at(typeAt).toCaseFolded() : QString();
                if (type.contains(QLatin1String("fax")))
                    fill(p.faxNumber, firstValue(value));
                else if (type.contains(QLatin1String("home")))
                    fill(p.homePhone, firstValue(value));
                else if (type.contains(QLatin1String("work")))
                    fill(p.officePhone, firstValue(value));
                break;
            }
            }
        }
        if (!street2.isEmpty())
            p.streetAddress =
                p.streetAddress.isEmpty() ? street2 : p.streetAddress + QLatin1Char('\n') + street2;
        if (p.name.isEmpty())
            p.name = QStringList{first, middle, last}.join(QLatin1Char(' ')).simplified();
        if (p == Party() && c.notes.isEmpty())
            continue;
        contacts.append(c);
    }
    return contacts;
}

QByteArray writeCsv(const QList<Contact> &contacts)
{
    QStringList lines;
    lines.append(QStringLiteral("Name,Fax Number,Company,Street,City,State,ZIP,Country,Job Title,"
                                "Department,Office Location,Home Phone,Work Phone,E-mail,"
                                "Billing Code,Notes,Groups"));
    for (const Contact &c : contacts) {
        const Party &p = c.party;
        const QStringList values = {p.name,
                                    p.faxNumber,
                                    p.company,
                                    p.streetAddress,
                                    p.city,
                                    p.state,
                                    p.zip,
                                    p.country,
                                    p.title,
                                    p.department,
                                    p.officeLocation,
                                    p.homePhone,
                                    p.officePhone,
                                    p.email,
                                    p.billingCode,
                                    c.notes,
                                    c.groups.join(QStringLiteral("; "))};
        QStringList quoted;
        for (const QString &value : values)
            quoted.append(csvQuoted(value));
        lines.append(quoted.join(QLatin1Char(',')));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace Fax
