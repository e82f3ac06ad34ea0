// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "port.h"
#include "result.h"
#include "serversettings.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Fax {

/// One settable property of ServerSettings or Port as a KEY=VALUE pair ("retry-delay=10"), with
/// its current value, what it accepts and a one-line description.
struct SettingKey
{
    QString key;         ///< stable lower-case key ("retry-delay", "routing.folder")
    QString type;        ///< what the value may be, translated ("whole number 0 to 99")
    QString description; ///< one line, translated
    QVariant value;      ///< current value, typed: int, bool or QString
    QString text;        ///< current value as KEY=VALUE takes it
    bool readOnly = false;
};

/// KEY=VALUE access to ServerSettings and Port for faxctl, as text over SettingsSchema (which
/// has the keys, what they accept and the checks). Keys match case-insensitively and ignore '-'
/// and '_' ("RetryDelay" = "retry-delay").
namespace SettingsKeys {

QList<SettingKey> list(const ServerSettings &settings);
QList<SettingKey> list(const Port &port);

/// Parses value for key and stores it; on failure *settings is unchanged and the error names the
/// key, the value and what is allowed.
Result apply(ServerSettings *settings, const QString &key, const QString &value);
Result apply(Port *port, const QString &key, const QString &value);

/// Applies "KEY=VALUE" assignments all or nothing: on the first bad one, the target is unchanged.
Result applyAssignments(ServerSettings *settings, const QStringList &assignments);
Result applyAssignments(Port *port, const QStringList &assignments);

/// The entry of keys named key, in any spelling apply() accepts.
std::optional<SettingKey> find(const QList<SettingKey> &keys, const QString &key);

/// Splits "KEY=VALUE" at the first '='; fails when there is no '=' or no key.
Result splitAssignment(const QString &assignment, QString *key, QString *value);

/// Text form of a boolean as list() shows it ("yes"/"no").
QString boolText(bool value);

} // namespace SettingsKeys
} // namespace Fax
