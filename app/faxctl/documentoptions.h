// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctlcommand.h"

#include "core/faxdocument.h"

namespace Fax {

/// The options that say who a fax is for and from and what its cover page says, shared by
/// `submit` and `convert --cover`, and their checks.
namespace DocumentOptions {

/// --to, --name, --company (repeatable: one recipient per --to).
QList<CtlOption> recipientOptions();
/// --subject, --note, --cover, --no-cover.
QList<CtlOption> coverOptions();
/// --sender-name, --sender-company, --sender-fax, --sender-email, --sender-phone,
/// --billing-code.
QList<CtlOption> senderOptions();

/// The recipients of --to/--name/--company (at least one when required); the usage error names
/// the option and the reason, prefixed with command ("submit: ...").
QString readRecipients(const CtlArgs &args, const char *command, bool required,
                       QList<Party> *recipients);
/// The sender of the sender options.
QString readSender(const CtlArgs &args, Party *sender);
/// --cover and --no-cover together are a usage error.
QString checkCover(const CtlArgs &args, const char *command);

/// The engine's own check of a fax number (the dialing rules' parser): digits, a leading '+',
/// separators and the dial modifiers , W * #. Empty when number can be dialled.
QString checkNumber(const QString &option, const QString &number);

} // namespace DocumentOptions
} // namespace Fax
