// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardformat.h"

#include "textdecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

/// One property line after unfolding: "item1.TEL;TYPE=WORK,FAX:+49 30 1234".
struct Property
{
    QString name;        ///< upper case, without a group
    QSet<QString> types; ///< TYPE values and 2.1 bare parameters, lower case
    QString encoding;    ///< upper case ("QUOTED-PRINTABLE", "B", "BASE64") or empty
    QString charset;     ///< CHARSET parameter
    bool preferred = false;
    QString value; ///< raw, still escaped
    int line = 0;
};

/// Splits at sep outside double quotes.
QStringList splitOutsideQuotes(const QString &text, QChar sep)
{
    QStringList parts;
    QString part;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == sep && !quoted) {
            parts.append(part);
            part.clear();
            continue;
        }
        part.append(c);
    }
    parts.append(part);
    return parts;
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2);
    return value;
}

/// Parses a logical line; false when it has no ':' (no property).
bool parseProperty(const QString &line, Property *p)
{
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (line.at(i) == QLatin1Char(':') && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return false;
    p->value = line.mid(colon + 1);
    const QStringList parts = splitOutsideQuotes(line.left(colon), QLatin1Char(';'));
    QString name = parts.first().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot >= 0)
        name = name.mid(dot + 1);
    p->name = name;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString param = parts.at(i).trimmed();
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? QStringLiteral("TYPE") : param.left(eq).trimmed().toUpper();
        const QString value = eq < 0 ? param : param.mid(eq + 1);
        if (key == QLatin1String("TYPE")) {
            for (const QString &t : splitOutsideQuotes(unquoted(value), QLatin1Char(','))) {
                const QString type = unquoted(t).toLower();
                if (type == QLatin1String("quoted-printable"))
                    p->encoding = QStringLiteral("QUOTED-PRINTABLE");
                else if (type == QLatin1String("pref"))
                    p->preferred = true;
                else if (!type.isEmpty())
                    p->types.insert(type);
            }
        } else if (key == QLatin1String("ENCODING")) {
            p->encoding = unquoted(value).toUpper();
        } else if (key == QLatin1String("CHARSET")) {
            p->charset = unquoted(value);
        } else if (key == QLatin1String("PREF")) {
            p->preferred = true;
        }
    }
    return true;
}

QByteArray quotedPrintableDecoded(const QString &value)
{
    const QByteArray in = value.toLatin1();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

/// The components of a structured value split at unescaped sep, each unescaped.
QStringList components(const QString &value, QChar sep)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            if (next == QLatin1Char('n') || next == QLatin1Char('N'))
                part.append(QLatin1Char('\n'));
            else
                part.append(next);
        } else if (c == sep) {
            parts.append(part);
            part.clear();
        } else {
            part.append(c);
        }
    }
    parts.append(part);
    return parts;
}

QString textValue(const QString &value)
{
    // A separator that cannot occur unescaped in text: the whole value, unescaped.
    return components(value, QChar(0xFFFF)).first().trimmed();
}

/// A contact being read from a card, with what decides between several values of a field.
struct CardReader
{
    Contact contact;
    QString formattedName;
    QStringList n;
    int faxRank = 99;
    int officeRank = 99;
    int addressRank = 99;
    bool emailPreferred = false;
    QString version;

    static int workFirst(const Property &p)
    {
        if (p.types.contains(QLatin1String("work")))
            return 0;
        return p.types.contains(QLatin1String("home")) ? 2 : 1;
    }

    void take(const Property &p, const QString &value)
    {
        Party &party = contact.party;
        if (p.name == QLatin1String("FN")) {
            formattedName = textValue(value);
        } else if (p.name == QLatin1String("N")) {
            n = components(value, QLatin1Char(';'));
        } else if (p.name == QLatin1String("ORG")) {
            const QStringList org = components(value, QLatin1Char(';'));
            party.company = org.value(0).trimmed();
            party.department = org.value(1).trimmed();
        } else if (p.name == QLatin1String("TITLE")) {
            party.title = textValue(value);
        } else if (p.name == QLatin1String("EMAIL")) {
            if (party.email.isEmpty() || (p.preferred && !emailPreferred)) {
                party.email = textValue(value);
                emailPreferred = p.preferred;
            }
        } else if (p.name == QLatin1String("TEL")) {
            takePhone(p, textValue(value));
        } else if (p.name == QLatin1String("ADR")) {
            const int rank = workFirst(p);
            if (rank >= addressRank)
                return;
            addressRank = rank;
            const QStringList adr = components(value, QLatin1Char(';'));
            QStringList street;
            for (const int i : {0, 2, 1}) {
                const QString part = adr.value(i).trimmed();
                if (!part.isEmpty())
                    street.append(part);
            }
            party.streetAddress = street.join(QLatin1Char('\n'));
            party.city = adr.value(3).trimmed();
            party.state = adr.value(4).trimmed();
            party.zip = adr.value(5).trimmed();
            party.country = adr.value(6).trimmed();
        } else if (p.name == QLatin1String("NOTE")) {
            const QString note = textValue(value);
            contact.notes =
                contact.notes.isEmpty() ? note : contact.notes + QLatin1Char('\n') + note;
        } else if (p.name == QLatin1String("CATEGORIES")) {
            for (const QString &category : components(value, QLatin1Char(','))) {
                const QString group = category.trimmed();
                if (!group.isEmpty() && !contact.groups.contains(group))
                    contact.groups.append(group);
            }
        } else if (p.name == QLatin1String("X-FAX-OFFICE-LOCATION")) {
            party.officeLocation = textValue(value);
        } else if (p.name == QLatin1String("X-FAX-BILLING-CODE")) {
            party.billingCode = textValue(value);
        }
    }

    void takePhone(const Property &p, QString number)
    {
        if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
            number = number.mid(4).section(QLatin1Char(';'), 0, 0);
        if (number.isEmpty())
            return;
        Party &party = contact.party;
        const int rank = workFirst(p);
        if (p.types.contains(QLatin1String("fax"))) {
            if (rank < faxRank) {
                faxRank = rank;
                party.faxNumber = number;
            }
            return;
        }
        for (const char *other : {"cell", "pager", "video", "textphone", "car", "msg"}) {
            if (p.types.contains(QLatin1String(other)))
                return;
        }
        if (rank == 2) {
            if (party.homePhone.isEmpty())
                party.homePhone = number;
        } else if (rank < officeRank) {
            officeRank = rank;
            party.officePhone = number;
        }
    }

    Contact finished()
    {
        Party &party = contact.party;
        party.name = formattedName;
        if (party.name.isEmpty() && !n.isEmpty())
            party.name =
                QStringList{n.value(1), n.value(2), n.value(0)}.join(QLatin1Char(' ')).simplified();
        return contact;
    }
};

/// A logical line and the physical line it starts on.
struct LogicalLine
{
    QString text;
    int line = 0;
};

QList<LogicalLine> unfold(const QString &text)
{
    QList<LogicalLine> lines;
    QString normalizedText = text;
    normalizedText.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalizedText.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList physical = normalizedText.split(QLatin1Char('\n'));
    bool softBreak = false; // the last line ended in a quoted-printable '='
    for (int i = 0; i < physical.size(); ++i) {
        const QString &line = physical.at(i);
        if (softBreak && !lines.isEmpty()) {
            lines.last().text.chop(1);
            lines.last().text.append(line);
        } else if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) &&
                   !lines.isEmpty()) {
            lines.last().text.append(line.mid(1));
        } else if (line.trimmed().isEmpty()) {
            softBreak = false;
            continue;
        } else {
            lines.append({line, i + 1});
        }
        const QString &current = lines.last().text;
        softBreak = current.endsWith(QLatin1Char('=')) &&
                    current.left(current.indexOf(QLatin1Char(':')))
                        .contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive);
    }
    return lines;
}

Error lineError(const QString &fileName, int line, const QString &reason)
{
    return Error::make(Error::Kind::InvalidArgument,
                       trFax(QT_TRANSLATE_NOOP("Fax", "%1, line %2: %3"))
                           .arg(QDir::toNativeSeparators(fileName))
                           .arg(line)
                           .arg(reason));
}

QString escaped(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out.append(QLatin1Char('\\')).append(c);
        else if (c == QLatin1Char('\n'))
            out.append(QStringLiteral("\\n"));
        else if (c != QLatin1Char('\r'))
            out.append(c);
    }
    return out;
}

/// A content line folded at 75 octets, never inside a UTF-8 sequence.
QByteArray folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        out.append(utf8.mid(start, end - start)).append("\r\n ");
        start = end;
        limit = 74; // the leading space counts
    }
    out.append(utf8.mid(start)).append("\r\n");
    return out;
}

} // namespace

Expected<QList<Contact>> parseVCards(const QString &text, const QString &fileName)
{
    QList<Contact> contacts;
    std::optional<CardReader> card;
    int cardLine = 0;
    const QList<LogicalLine> lines = unfold(text);
    for (const LogicalLine &logical : lines) {
        Property p;
        if (!parseProperty(logical.text, &p))
            return lineError(fileName, logical.line,
                             trFax(QT_TRANSLATE_NOOP("Fax", "this is not a vCard property (it "
                                                            "has no ':')")));
        p.line = logical.line;
        if (p.name == QLatin1String("BEGIN")) {
            if (card)
                return lineError(fileName, logical.line,
                                 trFax(QT_TRANSLATE_NOOP("Fax", "a vCard begins inside the vCard "
                                                                "of line %1, which has no "
                                                                "END:VCARD"))
                                     .arg(cardLine));
            if (p.value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) != 0)
                return lineError(fileName, logical.line,
                                 trFax(QT_TRANSLATE_NOOP("Fax", "BEGIN:VCARD expected")));
            card.emplace();
            cardLine = logical.line;
            continue;
        }
        if (!card)
            return lineError(fileName, logical.line,
                             trFax(QT_TRANSLATE_NOOP("Fax", "this is outside a vCard (BEGIN:VCARD "
                                                            "expected)")));
        if (p.name == QLatin1String("END")) {
            contacts.append(card->finished());
            card.reset();
            continue;
        }
        if (p.name == QLatin1String("VERSION")) {
            const QString version = p.value.trimmed();
            if (version != QLatin1String("2.1") && version != QLatin1String("3.0") &&
                version != QLatin1String("4.0"))
                return lineError(fileName, logical.line,
                                 trFax(QT_TRANSLATE_NOOP("Fax", "vCard version %1 is not "
                                                                "supported (2.1, 3.0 and 4.0 "
                                                                "are)"))
                                     .arg(version));
            card->version = version;
            continue;
        }
        if (p.encoding == QLatin1String("B") || p.encoding == QLatin1String("BASE64"))
            continue; // photos and keys
        QString value = p.value;
        if (p.encoding == QLatin1String("QUOTED-PRINTABLE"))
            value = decodeAs(quotedPrintableDecoded(value), p.charset);
        value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        card->take(p, value);
    }
    if (card)
        return lineError(fileName, cardLine,
                         trFax(QT_TRANSLATE_NOOP("Fax", "the vCard that begins here has no "
                                                        "END:VCARD (the file may be truncated)")));
    if (contacts.isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "%1: the file has no vCard"))
                               .arg(QDir::toNativeSeparators(fileName)));
    return contacts;
}

QByteArray writeVCards(const QList<Contact> &contacts)
{
    QByteArray out;
    for (const Contact &c : contacts) {
        const Party &p = c.party;
        out.append("BEGIN:VCARD\r\nVERSION:4.0\r\n");
        out.append(folded(QStringLiteral("FN:") + escaped(p.name)));
        if (!p.company.isEmpty() || !p.department.isEmpty())
            out.append(folded(QStringLiteral("ORG:") + escaped(p.company) + QLatin1Char(';') +
                              escaped(p.department)));
        if (!p.title.isEmpty())
            out.append(folded(QStringLiteral("TITLE:") + escaped(p.title)));
        if (!p.faxNumber.isEmpty())
            out.append(
                folded(QStringLiteral("TEL;VALUE=text;TYPE=work,fax:") + escaped(p.faxNumber)));
        if (!p.officePhone.isEmpty())
            out.append(
                folded(QStringLiteral("TEL;VALUE=text;TYPE=work,voice:") + escaped(p.officePhone)));
        if (!p.homePhone.isEmpty())
            out.append(
                folded(QStringLiteral("TEL;VALUE=text;TYPE=home,voice:") + escaped(p.homePhone)));
        if (!p.email.isEmpty())
            out.append(folded(QStringLiteral("EMAIL;TYPE=work:") + escaped(p.email)));
        if (!p.streetAddress.isEmpty() || !p.city.isEmpty() || !p.state.isEmpty() ||
            !p.zip.isEmpty() || !p.country.isEmpty())
            out.append(folded(QStringLiteral("ADR;TYPE=work:;;") +
                              QStringList{escaped(p.streetAddress), escaped(p.city),
                                          escaped(p.state), escaped(p.zip), escaped(p.country)}
                                  .join(QLatin1Char(';'))));
        if (!p.officeLocation.isEmpty())
            out.append(
                folded(QStringLiteral("X-FAX-OFFICE-LOCATION:") + escaped(p.officeLocation)));
        if (!p.billingCode.isEmpty())
            out.append(folded(QStringLiteral("X-FAX-BILLING-CODE:") + escaped(p.billingCode)));
        if (!c.notes.isEmpty())
            out.append(folded(QStringLiteral("NOTE:") + escaped(c.notes)));
        if (!c.groups.isEmpty()) {
            QStringList groups;
            for (const QString &g : c.groups)
                groups.append(escaped(g));
            out.append(folded(QStringLiteral("CATEGORIES:") + groups.join(QLatin1Char(','))));
        }
        out.append("END:VCARD\r\n");
    }
    return out;
}

} // namespace Fax
