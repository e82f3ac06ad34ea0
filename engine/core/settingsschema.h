// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "port.h"
#include "result.h"
#include "serversettings.h"
#include "settingspec.h"

#include <QList>
#include <QString>

namespace Fax {

/// One page of a settings dialog: a title and the groups it lays out, as sections.
struct SettingsPage
{
    const char *titleSource = nullptr; ///< QT_TRANSLATE_NOOP'ed in context "Fax"
    QList<SettingGroup> groups;
    /// Translated title ("Receiving and routing").
    QString title() const;
};

/// The one description of every server and port setting: what each accepts, where it goes on a
/// settings page, and the checks of a whole ServerSettings or Port. faxctl's KEY=VALUE keys
/// (SettingsKeys), the local engine's checks and the console's settings pages all use it.
namespace SettingsSchema {

/// Every field of ServerSettings, once, in the order faxctl lists them.
const QList<SettingSpec<ServerSettings>> &serverSettings();
/// Every field of Port, once, in the order faxctl lists them.
const QList<SettingSpec<Port>> &portSettings();

/// The setting named key in any spelling faxctl takes ("RetryDelay", "retry_delay"), or null.
const SettingSpec<ServerSettings> *serverSetting(const QString &key);
const SettingSpec<Port> *portSetting(const QString &key);

/// Matching form of a key: lower case, without spaces around, '-' and '_'.
QString normalizedKey(const QString &key);

/// The setting enabledBy of spec names in specs, or null when spec is always used.
template <typename T>
const SettingSpec<T> *controllerOf(const QList<SettingSpec<T>> &specs, const SettingSpec<T> &spec)
{
    if (spec.enabledBy.isEmpty())
        return nullptr;
    for (const SettingSpec<T> &other : specs) {
        if (other.key == spec.enabledBy)
            return &other;
    }
    return nullptr;
}

/// Whether spec is in use in t: always, unless the Boolean setting it depends on is off.
template <typename T>
bool isUsed(const QList<SettingSpec<T>> &specs, const SettingSpec<T> &spec, const T &t)
{
    const SettingSpec<T> *controller = controllerOf(specs, spec);
    return !controller || controller->get(t).toBool();
}

/// Checks every setting in use (see isUsed(): a folder nothing is stored in is not checked) and
/// the rules between them (a folder is required when received faxes are stored in one); the
/// InvalidArgument error names the setting by its label and key.
Result validate(const ServerSettings &settings);
/// Checks every stored field of a port (its live state is the engine's and not checked).
Result validate(const Port &port);

/// Copies every field of a port that the caller sets (all but its live state) from `from`.
void copyStoredFields(const Port &from, Port *to);

/// Translated title of a group's section ("Dialing rules").
QString groupTitle(SettingGroup group);

/// The pages of a settings dialog, in order; each shows the settings of its groups, in order
/// (a group no setting uses is left out).
const QList<SettingsPage> &serverPages();
const QList<SettingsPage> &portPages();

/// The groups the specs use, in SettingGroup's order.
template <typename T> QList<SettingGroup> groups(const QList<SettingSpec<T>> &specs)
{
    QList<SettingGroup> list;
    for (int g = int(SettingGroup::General); g <= int(SettingGroup::CoverPages); ++g) {
        for (const SettingSpec<T> &spec : specs) {
            if (spec.group == SettingGroup(g)) {
                list << spec.group;
                break;
            }
        }
    }
    return list;
}

} // namespace SettingsSchema
} // namespace Fax
