// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxdocument.h"
#include "core/result.h"
#include "core/serversettings.h"
#include "servercapabilities.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Fax {

/// A HylaFAX server takes retries, retry delay, send time, archiving and the transmitting id
/// with each job (JPARM), as its own clients do: those server settings of the object model are
/// this client's job defaults, kept in a settings file of the user's per server. What HylaFAX
/// keeps in its configuration files on the server is read-only, with the reason.
namespace HylafaxJobDefaults {

/// The keys of ServerSettings this client keeps and sends with each job.
QStringList clientKeys();
/// Denies every other setting in caps, each with why.
void denyServerSettings(ServerCapabilities *caps);

/// The job defaults stored in file under group (a server and user), over the defaults.
ServerSettings load(const QString &file, const QString &group);
Result save(const QString &file, const QString &group, const ServerSettings &settings);
/// What HylaFAX cannot take although the schema allows it: a retry delay of an hour or more
/// (RETRYTIME is minutes and seconds).
Result check(const ServerSettings &settings);

/// When a job should be sent, as this client decides it: now, at a time, or at the next start
/// of the discount period (local time) if it is not running now.
QDateTime sendTime(const FaxDocument &document, const ServerSettings &settings,
                   const QDateTime &now);

/// The JPARM commands (without "JPARM ") that describe one recipient's job, values quoted,
/// documents left out. Sent for every job of a submission, so that a job made after another
/// (JNEW inherits) keeps nothing of it. submittingUser names the sender when the document
/// does not.
QList<QByteArray> jobParameters(const FaxDocument &document, const Party &recipient,
                                const ServerSettings &settings, const QDateTime &now,
                                const QString &submittingUser);

/// The number HylaFAX dials: the recipient's number without the separators people write
/// ("+49 (30) 123-45.6" -> "+4930123456"); dial modifiers (, W * # P T) stay.
QString dialString(const QString &number);

} // namespace HylafaxJobDefaults
} // namespace Fax
