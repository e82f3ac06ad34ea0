// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentoptions.h"

#include "core/dialingrules.h"

namespace Fax::DocumentOptions {

namespace {

/// Pairs --name/--company with the recipients: once for all, or once per --to.
QString pairedValue(const QStringList &values, qsizetype index)
{
    if (values.isEmpty())
        return QString();
    return values.size() == 1 ? values.constFirst() : values.at(index);
}

} // namespace

QList<CtlOption> recipientOptions()
{
    return {{"to", "NUMBER",
             QT_TRANSLATE_NOOP("FaxCtl",
                               "Recipient fax number (digits and + ( ) - . space); repeatable"),
             true},
            {"name", "NAME", QT_TRANSLATE_NOOP("FaxCtl", "Recipient name"), true},
            {"company", "COMPANY", QT_TRANSLATE_NOOP("FaxCtl", "Recipient company"), true}};
}

QList<CtlOption> coverOptions()
{
    return {{"subject", "TEXT", QT_TRANSLATE_NOOP("FaxCtl", "Subject (cover page)")},
            {"note", "TEXT", QT_TRANSLATE_NOOP("FaxCtl", "Note (cover page)")},
            {"cover", "NAME|FILE",
             QT_TRANSLATE_NOOP("FaxCtl", "Cover page: the name of a common or personal cover "
                                         "page ('faxctl covers' lists them) or a .coverpage "
                                         "file")},
            {"no-cover", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Send without a cover page")}};
}

QList<CtlOption> senderOptions()
{
    return {{"sender-name", "NAME", QT_TRANSLATE_NOOP("FaxCtl", "Sender name")},
            {"sender-company", "COMPANY", QT_TRANSLATE_NOOP("FaxCtl", "Sender company")},
            {"sender-fax", "NUMBER", QT_TRANSLATE_NOOP("FaxCtl", "Sender fax number")},
            {"sender-email", "ADDRESS", QT_TRANSLATE_NOOP("FaxCtl", "Sender e-mail address")},
            {"sender-phone", "NUMBER", QT_TRANSLATE_NOOP("FaxCtl", "Sender office phone")},
            {"billing-code", "CODE", QT_TRANSLATE_NOOP("FaxCtl", "Billing code")}};
}

QString checkNumber(const QString &option, const QString &number)
{
    const Expected<QString> dialled = dialString(number, DialingRules{});
    if (dialled)
        return QString();
    return QStringLiteral("%1: %2").arg(option, dialled.error().message);
}

QString readRecipients(const CtlArgs &args, const char *command, bool required,
                       QList<Party> *recipients)
{
    const QStringList numbers = args.values(QStringLiteral("to"));
    if (numbers.isEmpty() && required)
        return QCoreApplication::translate("FaxCtl",
                                           "%1: give at least one recipient with --to NUMBER")
            .arg(QLatin1String(command));
    for (const QString &number : numbers) {
        if (const QString e = checkNumber(QStringLiteral("--to"), number); !e.isEmpty())
            return e;
    }
    for (const char *option : {"name", "company"}) {
        const qsizetype n = args.values(QLatin1String(option)).size();
        if (n > 1 && n != numbers.size()) {
            return QCoreApplication::translate(
                       "FaxCtl",
                       "%1: --%2 is given %3 times for %4 recipients; give it once or once per "
                       "--to")
                .arg(QLatin1String(command), QLatin1String(option))
                .arg(n)
                .arg(numbers.size());
        }
    }
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        Party p;
        p.faxNumber = numbers.at(i);
        p.name = pairedValue(args.values(QStringLiteral("name")), i);
        p.company = pairedValue(args.values(QStringLiteral("company")), i);
        *recipients << p;
    }
    if (numbers.isEmpty() &&
        (args.isSet(QStringLiteral("name")) || args.isSet(QStringLiteral("company")))) {
        Party p;
        p.name = args.value(QStringLiteral("name"));
        p.company = args.value(QStringLiteral("company"));
        *recipients << p;
    }
    return QString();
}

QString readSender(const CtlArgs &args, Party *sender)
{
    if (args.isSet(QStringLiteral("sender-fax"))) {
        const QString e =
            checkNumber(QStringLiteral("--sender-fax"), args.value(QStringLiteral("sender-fax")));
        if (!e.isEmpty())
            return e;
    }
    const QString email = args.value(QStringLiteral("sender-email"));
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
        return QCoreApplication::translate("FaxCtl",
                                           "--sender-email: '%1' is not an e-mail address")
            .arg(email);
    sender->name = args.value(QStringLiteral("sender-name"));
    sender->company = args.value(QStringLiteral("sender-company"));
    sender->faxNumber = args.value(QStringLiteral("sender-fax"));
    sender->email = email;
    sender->officePhone = args.value(QStringLiteral("sender-phone"));
    sender->billingCode = args.value(QStringLiteral("billing-code"));
    return QString();
}

QString checkCover(const CtlArgs &args, const char *command)
{
    if (args.isSet(QStringLiteral("cover")) && args.isSet(QStringLiteral("no-cover")))
        return QCoreApplication::translate("FaxCtl",
                                           "%1: --cover and --no-cover exclude each other")
            .arg(QLatin1String(command));
    return QString();
}

} // namespace Fax::DocumentOptions
