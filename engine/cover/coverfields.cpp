// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverfields.h"

#include <QCoreApplication>

namespace Fax {

namespace {

using G = CoverFieldGroup;

QList<CoverFieldInfo> makeCatalogue()
{
    return {
        {QStringLiteral("recipient.name"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient Name")},
        {QStringLiteral("recipient.fax"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient Fax Number")},
        {QStringLiteral("recipient.company"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient Company")},
        {QStringLiteral("recipient.street"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient Street Address")},
        {QStringLiteral("recipient.city"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient City")},
        {QStringLiteral("recipient.state"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient State")},
        {QStringLiteral("recipient.zip"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient ZIP Code")},
        {QStringLiteral("recipient.country"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient Country")},
        {QStringLiteral("recipient.title"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient Title")},
        {QStringLiteral("recipient.department"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient Department")},
        {QStringLiteral("recipient.office"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient Office Location")},
        {QStringLiteral("recipient.homephone"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient Home Phone")},
        {QStringLiteral("recipient.officephone"), G::Recipient,
         QT_TRANSLATE_NOOP("Fax", "Recipient Office Phone")},
        {QStringLiteral("sender.name"), G::Sender, QT_TRANSLATE_NOOP("Fax", "Sender Name")},
        {QStringLiteral("sender.fax"), G::Sender, QT_TRANSLATE_NOOP("Fax", "Sender Fax Number")},
        {QStringLiteral("sender.company"), G::Sender, QT_TRANSLATE_NOOP("Fax", "Sender Company")},
        {QStringLiteral("sender.street"), G::Sender,
         QT_TRANSLATE_NOOP("Fax", "Sender Street Address")},
        {QStringLiteral("sender.city"), G::Sender, QT_TRANSLATE_NOOP("Fax", "Sender City")},
        {QStringLiteral("sender.state"), G::Sender, QT_TRANSLATE_NOOP("Fax", "Sender State")},
        {QStringLiteral("sender.zip"), G::Sender, QT_TRANSLATE_NOOP("Fax", "Sender ZIP Code")},
        {QStringLiteral("sender.country"), G::Sender, QT_TRANSLATE_NOOP("Fax", "Sender Country")},
        {QStringLiteral("sender.title"), G::Sender, QT_TRANSLATE_NOOP("Fax", "Sender Title")},
        {QStringLiteral("sender.department"), G::Sender,
         QT_TRANSLATE_NOOP("Fax", "Sender Department")},
        {QStringLiteral("sender.office"), G::Sender,
         QT_TRANSLATE_NOOP("Fax", "Sender Office Location")},
        {QStringLiteral("sender.homephone"), G::Sender,
         QT_TRANSLATE_NOOP("Fax", "Sender Home Phone")},
        {QStringLiteral("sender.officephone"), G::Sender,
         QT_TRANSLATE_NOOP("Fax", "Sender Office Phone")},
        {QStringLiteral("sender.email"), G::Sender,
         QT_TRANSLATE_NOOP("Fax", "Sender E-mail Address")},
        {QStringLiteral("sender.billingcode"), G::Sender,
         QT_TRANSLATE_NOOP("Fax", "Sender Billing Code")},
        {QStringLiteral("message.subject"), G::Message, QT_TRANSLATE_NOOP("Fax", "Subject")},
        {QStringLiteral("message.note"), G::Message, QT_TRANSLATE_NOOP("Fax", "Note")},
        {QStringLiteral("message.date"), G::Message, QT_TRANSLATE_NOOP("Fax", "Date Sent")},
        {QStringLiteral("message.time"), G::Message, QT_TRANSLATE_NOOP("Fax", "Time Sent")},
        {QStringLiteral("message.pages"), G::Message, QT_TRANSLATE_NOOP("Fax", "Number of Pages")},
        {QStringLiteral("message.attachments"), G::Message,
         QT_TRANSLATE_NOOP("Fax", "Number of Attachments")},
    };
}

std::optional<QString> partyValue(const Party &p, QStringView field)
{
    const std::pair<const char *, const QString *> table[] = {
        {"name", &p.name},
        {"fax", &p.faxNumber},
        {"company", &p.company},
        {"street", &p.streetAddress},
        {"city", &p.city},
        {"state", &p.state},
        {"zip", &p.zip},
        {"country", &p.country},
        {"title", &p.title},
        {"department", &p.department},
        {"office", &p.officeLocation},
        {"homephone", &p.homePhone},
        {"officephone", &p.officePhone},
        {"email", &p.email},
        {"billingcode", &p.billingCode},
    };
    for (const auto &[name, value] : table)
        if (field == QLatin1String(name))
            return *value;
    return std::nullopt;
}

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_';
}

/// One piece of a text: literal text, or a placeholder (key, and the text used when empty).
struct Piece
{
    QString text; ///< literal text, or the placeholder as written
    QString key;  ///< empty for literal text
    QString fallback;
};

/// Splits text into literal pieces and placeholders that name a known field.
QList<Piece> parse(const QString &text)
{
    QList<Piece> pieces;
    QString literal;
    const auto flush = [&] {
        if (!literal.isEmpty())
            pieces.append({literal, {}, {}});
        literal.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if ((c == u'{' || c == u'}') && i + 1 < n && text.at(i + 1) == c) {
            literal += c;
            ++i;
            continue;
        }
        if (c != u'{') {
            literal += c;
            continue;
        }
        qsizetype k = i + 1;
        while (k < n && isKeyChar(text.at(k)))
            ++k;
        const QString key = text.mid(i + 1, k - i - 1);
        QString fallback;
        if (k < n && text.at(k) == u'|') {
            const qsizetype close = text.indexOf(u'}', k + 1);
            if (close < 0) {
                literal += c;
                continue;
            }
            fallback = text.mid(k + 1, close - k - 1);
            k = close;
        }
        if (k >= n || text.at(k) != u'}' || !CoverFields::find(key)) {
            literal += c;
            continue;
        }
        flush();
        pieces.append({text.mid(i, k - i + 1), key, fallback});
        i = k;
    }
    flush();
    return pieces;
}

} // namespace

QString CoverFieldInfo::displayName() const
{
    return QCoreApplication::translate("Fax", name);
}

CoverFields CoverFields::forRecipient(const FaxDocument &document, const Party &recipient,
                                      const QDateTime &sent, int pages)
{
    CoverFields f;
    f.recipient = recipient;
    f.sender = document.sender;
    f.subject = document.subject;
    f.note = document.note;
    f.sent = sent;
    f.pages = pages;
    f.attachments = int(document.files.size());
    return f;
}

std::optional<QString> CoverFields::value(const QString &key) const
{
    if (key.startsWith(QLatin1String("recipient.")))
        return partyValue(recipient, QStringView(key).mid(10));
    if (key.startsWith(QLatin1String("sender.")))
        return partyValue(sender, QStringView(key).mid(7));
    if (key == QLatin1String("message.subject"))
        return subject;
    if (key == QLatin1String("message.note"))
        return note;
    if (key == QLatin1String("message.date"))
        return sent.isValid() ? locale.toString(sent.date(), QLocale::LongFormat) : QString();
    if (key == QLatin1String("message.time")) {
        // Hours and minutes: some locales' short format has seconds too (C: HH:mm:ss).
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QLatin1String(":ss"));
        return sent.isValid() ? locale.toString(sent.time(), format) : QString();
    }
    if (key == QLatin1String("message.pages"))
        return pages > 0 ? QString::number(pages) : QString();
    if (key == QLatin1String("message.attachments"))
        return QString::number(attachments);
    return std::nullopt;
}

CoverFields CoverFields::sample()
{
    CoverFields f;
    Party &r = f.recipient;
    r.name = QStringLiteral("Dr. Maria Reyes");
    r.faxNumber = QStringLiteral("+1 555 0100");
    r.company = QStringLiteral("Riverside Clinic");
    r.streetAddress = QStringLiteral("1200 Harbor Road");
    r.city = QStringLiteral("Springfield");
    r.state = QStringLiteral("IL");
    r.zip = QStringLiteral("62701");
    r.country = QStringLiteral("USA");
    r.title = QStringLiteral("Head of Radiology");
    r.department = QStringLiteral("Radiology");
    r.officeLocation = QStringLiteral("Building B, Room 214");
    r.homePhone = QStringLiteral("+1 555 0142");
    r.officePhone = QStringLiteral("+1 555 0101");
    Party &s = f.sender;
    s.name = QStringLiteral("Thomas Becker");
    s.faxNumber = QStringLiteral("+49 30 5550 199");
    s.company = QStringLiteral("Becker & Partner Law Office");
    s.streetAddress = QStringLiteral("Friedrichstraße 120");
    s.city = QStringLiteral("Berlin");
    s.state = QStringLiteral("Berlin");
    s.zip = QStringLiteral("10117");
    s.country = QStringLiteral("Germany");
    s.title = QStringLiteral("Attorney at Law");
    s.department = QStringLiteral("Contracts");
    s.officeLocation = QStringLiteral("3rd floor");
    s.homePhone = QStringLiteral("+49 30 5550 177");
    s.officePhone = QStringLiteral("+49 30 5550 100");
    s.email = QStringLiteral("t.becker@example.org");
    s.billingCode = QStringLiteral("C-2291");
    f.subject = QStringLiteral("Signed lease agreement");
    f.note = QStringLiteral("Please find the signed lease agreement attached. Kindly countersign "
                            "page 4 and fax it back by Friday.");
    f.sent = QDateTime(QDate(2026, 3, 12), QTime(9, 41));
    f.pages = 5;
    f.attachments = 1;
    return f;
}

const QList<CoverFieldInfo> &CoverFields::catalogue()
{
    static const QList<CoverFieldInfo> fields = makeCatalogue();
    return fields;
}

const CoverFieldInfo *CoverFields::find(const QString &key)
{
    for (const CoverFieldInfo &f : catalogue())
        if (f.key == key)
            return &f;
    return nullptr;
}

QString CoverFields::groupName(CoverFieldGroup group)
{
    switch (group) {
    case CoverFieldGroup::Recipient:
        return QCoreApplication::translate("Fax", "Recipient");
    case CoverFieldGroup::Sender:
        return QCoreApplication::translate("Fax", "Sender");
    case CoverFieldGroup::Message:
        return QCoreApplication::translate("Fax", "Message");
    }
    return {};
}

namespace CoverText {

QString placeholder(const QString &key)
{
    return u'{' + key + u'}';
}

QStringList fieldKeys(const QString &text)
{
    QStringList keys;
    for (const Piece &p : parse(text))
        if (!p.key.isEmpty() && !keys.contains(p.key))
            keys << p.key;
    return keys;
}

QString fill(const QString &text, const CoverFields &fields, bool dropEmptyLines)
{
    QStringList out;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        QString filled;
        bool anyField = false;
        bool anyValue = false;
        for (const Piece &p : parse(line)) {
            if (p.key.isEmpty()) {
                filled += p.text;
                continue;
            }
            anyField = true;
            const QString v = fields.value(p.key).value_or(QString());
            anyValue = anyValue || !v.isEmpty();
            filled += v.isEmpty() ? p.fallback : v;
        }
        if (dropEmptyLines && anyField && !anyValue)
            continue;
        out << filled;
    }
    return out.join(u'\n');
}

QString design(const QString &text)
{
    QString out;
    for (const Piece &p : parse(text)) {
        if (p.key.isEmpty())
            out += p.text;
        else
            out += u'[' + CoverFields::find(p.key)->displayName() + u']';
    }
    return out;
}

} // namespace CoverText
} // namespace Fax
