// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QTime>

#include <optional>

namespace Fax {
namespace {

bool isAsciiDigit(QChar c)
{
    return c.isDigit() && c.unicode() < 128;
}

/// Matching form of a choice as typed: lower case, without '-' and '_'.
QString choiceKey(const QString &text)
{
    QString k = text.trimmed().toLower();
    k.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return k;
}

/// The first character of value that is neither an ASCII digit nor one of extra, if any.
std::optional<QChar> strangeCharacter(const QString &value, const QString &extra)
{
    for (const QChar c : value) {
        if (!isAsciiDigit(c) && !extra.contains(c))
            return c;
    }
    return std::nullopt;
}

/// What is wrong with a string value of d's kind; shown is the value as the user gave it.
QString stringFault(const SettingDescription &d, const QString &value, const QString &shown)
{
    switch (d.kind) {
    case SettingKind::Text:
    case SettingKind::Printer:
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            return QCoreApplication::translate("Fax", "the value has a line break");
        if (d.required && value.trimmed().isEmpty())
            return QCoreApplication::translate("Fax", "the value is empty");
        return QString();
    case SettingKind::Choice:
        for (const SettingChoice &choice : d.choices) {
            if (choice.value == value)
                return QString();
        }
        return QCoreApplication::translate("Fax", "'%1' is not one of the choices").arg(shown);
    case SettingKind::StationId:
        if (value.size() > 20)
            return QCoreApplication::translate("Fax", "'%1' is longer than 20 characters")
                .arg(shown);
        if (const auto c = strangeCharacter(value, QStringLiteral("+ ")))
            return QCoreApplication::translate("Fax", "'%1' has the character '%2'").arg(shown, *c);
        return QString();
    case SettingKind::FolderPath:
        if (!value.isEmpty() && !QDir::isAbsolutePath(value))
            return QCoreApplication::translate("Fax", "'%1' is not an absolute path").arg(shown);
        return QString();
    case SettingKind::Email: {
        const qsizetype at = value.indexOf(QLatin1Char('@'));
        if (!value.isEmpty() &&
            (at <= 0 || at == value.size() - 1 || value.count(QLatin1Char('@')) != 1 ||
             value.contains(QLatin1Char(' '))))
            return QCoreApplication::translate("Fax", "'%1' is not an e-mail address").arg(shown);
        return QString();
    }
    case SettingKind::DevicePath:
        if (value.isEmpty() || !QDir::isAbsolutePath(value))
            return QCoreApplication::translate("Fax", "'%1' is not an absolute device path")
                .arg(shown);
        return QString();
    case SettingKind::Digits:
        if (value.size() > 10)
            return QCoreApplication::translate("Fax", "'%1' is longer than 10 characters")
                .arg(shown);
        if (const auto c = strangeCharacter(value, QStringLiteral("*#")))
            return QCoreApplication::translate("Fax", "'%1' has the character '%2'").arg(shown, *c);
        return QString();
    case SettingKind::Integer:
    case SettingKind::Boolean:
    case SettingKind::TimeOfDay:
        break;
    }
    return QString();
}

Error invalid(const SettingDescription &d, const QString &fault)
{
    return Error::make(Error::Kind::InvalidArgument,
                       QCoreApplication::translate("Fax", "setting '%1': %2 (allowed: %3)")
                           .arg(d.key, fault, d.allowedText()));
}

} // namespace

QString SettingDescription::label() const
{
    return QCoreApplication::translate("Fax", labelSource);
}

QString SettingDescription::description() const
{
    return QCoreApplication::translate("Fax", descriptionSource);
}

QString SettingDescription::unitText() const
{
    switch (unit) {
    case SettingUnit::None:
        break;
    case SettingUnit::Minutes:
        return QCoreApplication::translate("Fax", "minutes");
    case SettingUnit::Days:
        return QCoreApplication::translate("Fax", "days");
    case SettingUnit::Rings:
        return QCoreApplication::translate("Fax", "rings");
    case SettingUnit::BitsPerSecond:
        return QCoreApplication::translate("Fax", "bit/s");
    }
    return QString();
}

QString SettingDescription::unusedReason(const SettingDescription &controller)
{
    return QCoreApplication::translate("Fax", "Used only when '%1' is on.").arg(controller.label());
}

QString SettingDescription::allowedText() const
{
    switch (kind) {
    case SettingKind::Integer:
        return QCoreApplication::translate("Fax", "whole number from %1 to %2")
            .arg(minimum)
            .arg(maximum);
    case SettingKind::Boolean:
        return QCoreApplication::translate("Fax", "yes or no");
    case SettingKind::Text:
        return required ? QCoreApplication::translate("Fax", "text, not empty")
                        : QCoreApplication::translate("Fax", "text");
    case SettingKind::TimeOfDay:
        return QCoreApplication::translate("Fax", "time of day HH:MM");
    case SettingKind::Choice: {
        QStringList values;
        for (const SettingChoice &choice : choices)
            values << choice.value;
        return QCoreApplication::translate("Fax", "one of: %1")
            .arg(values.join(QStringLiteral(", ")));
    }
    case SettingKind::StationId:
        return QCoreApplication::translate("Fax", "up to 20 digits, '+' and spaces");
    case SettingKind::FolderPath:
        return QCoreApplication::translate("Fax", "absolute folder path, or empty");
    case SettingKind::Email:
        return QCoreApplication::translate("Fax", "e-mail address, or empty");
    case SettingKind::DevicePath:
        return QCoreApplication::translate("Fax", "absolute device path");
    case SettingKind::Digits:
        return QCoreApplication::translate("Fax", "up to 10 digits, '*' and '#', or empty");
    case SettingKind::Printer:
        return QCoreApplication::translate("Fax", "printer name, or empty for the default printer");
    }
    return QString();
}

QMetaType SettingDescription::valueType() const
{
    switch (kind) {
    case SettingKind::Integer:
        return QMetaType::fromType<int>();
    case SettingKind::Boolean:
        return QMetaType::fromType<bool>();
    case SettingKind::TimeOfDay:
        return QMetaType::fromType<QTime>();
    default:
        return QMetaType::fromType<QString>();
    }
}

QString SettingDescription::fault(const QVariant &value) const
{
    if (value.metaType() != valueType()) {
        return QCoreApplication::translate("Fax", "a value of type %1 is not one of type %2")
            .arg(QLatin1String(value.metaType().name()), QLatin1String(valueType().name()));
    }
    switch (kind) {
    case SettingKind::Integer: {
        const int n = value.toInt();
        if (n < minimum || n > maximum)
            return QCoreApplication::translate("Fax", "%1 is out of range").arg(n);
        return QString();
    }
    case SettingKind::Boolean:
        return QString();
    case SettingKind::TimeOfDay:
        if (!value.toTime().isValid())
            return QCoreApplication::translate("Fax", "the time of day is not valid");
        return QString();
    default:
        return stringFault(*this, value.toString(), value.toString());
    }
}

Result SettingDescription::check(const QVariant &value) const
{
    const QString f = fault(value);
    if (!f.isEmpty())
        return invalid(*this, f);
    return {};
}

Expected<QVariant> SettingDescription::parse(const QString &text) const
{
    const QString v = text.trimmed();
    QVariant value;
    switch (kind) {
    case SettingKind::Integer: {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok)
            return invalid(
                *this, QCoreApplication::translate("Fax", "'%1' is not a whole number").arg(text));
        value = n;
        break;
    }
    case SettingKind::Boolean: {
        static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("true"),
                                        QStringLiteral("on"), QStringLiteral("1")};
        static const QStringList no = {QStringLiteral("no"), QStringLiteral("false"),
                                       QStringLiteral("off"), QStringLiteral("0")};
        if (yes.contains(v.toLower()))
            return QVariant(true);
        if (no.contains(v.toLower()))
            return QVariant(false);
        return invalid(*this,
                       QCoreApplication::translate("Fax", "'%1' is not yes or no").arg(text));
    }
    case SettingKind::TimeOfDay: {
        const QTime t = QTime::fromString(v, QStringLiteral("H:mm"));
        if (!t.isValid())
            return invalid(
                *this, QCoreApplication::translate("Fax", "'%1' is not a time of day").arg(text));
        return QVariant(t);
    }
    case SettingKind::Choice:
        for (const SettingChoice &choice : choices) {
            if (choiceKey(choice.value) == choiceKey(v))
                return QVariant(choice.value);
        }
        return invalid(
            *this, QCoreApplication::translate("Fax", "'%1' is not one of the choices").arg(text));
    default:
        if (const QString f = stringFault(*this, v, text); !f.isEmpty())
            return invalid(*this, f);
        const bool path = kind == SettingKind::FolderPath || kind == SettingKind::DevicePath;
        return QVariant(path && !v.isEmpty() ? QDir::cleanPath(v) : v);
    }
    if (const QString f = fault(value); !f.isEmpty())
        return invalid(*this, f);
    return value;
}

QString SettingDescription::text(const QVariant &value) const
{
    switch (kind) {
    case SettingKind::Boolean:
        return boolText(value.toBool());
    case SettingKind::TimeOfDay:
        return value.toTime().toString(QStringLiteral("HH:mm"));
    default:
        return value.toString();
    }
}

QString SettingDescription::boolText(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace Fax
