// SPDX-License-Identifier: GPL-3.0-or-later
#include "submissionrules.h"

#include "core/dialingrules.h"

#include <QCoreApplication>

namespace Fax::SubmissionRules {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::InvalidArgument, message);
}

} // namespace

Result check(const FaxDocument &document)
{
    if (document.recipients.isEmpty())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The fax has no recipient")));
    for (int i = 0; i < document.recipients.size(); ++i) {
        const Party &r = document.recipients.at(i);
        const QString who = !r.name.trimmed().isEmpty()
                                ? r.name.trimmed()
                                : trFax(QT_TRANSLATE_NOOP("Fax", "number %1")).arg(i + 1);
        const QString number = r.faxNumber.trimmed();
        if (number.isEmpty())
            return invalid(
                trFax(QT_TRANSLATE_NOOP("Fax", "Recipient %1 has no fax number")).arg(who));
        // Digits, separators and the modem's dial modifiers (, W * #); the dialing rules
        // themselves are applied when the job is dispatched.
        if (const Expected<QString> dial = dialString(number, DialingRules()); !dial)
            return invalid(
                trFax(QT_TRANSLATE_NOOP("Fax", "Recipient %1: %2")).arg(who, dial.error().message));
    }
    if (document.files.isEmpty() && document.coverPage.isEmpty())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The fax has neither a document nor a "
                                                      "cover page")));
    if (!document.discountSend && document.schedule == ScheduleType::SpecificTime &&
        !document.scheduleTime.isValid())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The fax is scheduled for a specific time "
                                                      "but the time is not valid")));
    return {};
}

} // namespace Fax::SubmissionRules
