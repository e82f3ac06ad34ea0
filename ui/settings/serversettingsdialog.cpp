// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversettingsdialog.h"

#include "dialogrunner.h"

#include "server/faxserver.h"

namespace Fax {

ServerSettingsDialog::ServerSettingsDialog(FaxServer *server, MessageSink *messages,
                                           DialogRunner *dialogs, QWidget *parent)
    : SettingsDialog(server, messages, dialogs ? dialogs : DialogRunner::standard(), parent)
{
    setObjectName(QStringLiteral("serverSettingsDialog"));
    setWindowTitle(tr("Fax Server Settings"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/settings.svg")));
    QList<const SettingDescription *> settings;
    for (const SettingSpec<ServerSettings> &spec : SettingsSchema::serverSettings())
        settings << &spec;
    build(settings, SettingsSchema::serverPages());
    connect(server, &FaxServer::settingsChanged, this, &ServerSettingsDialog::followServer);
    resize(680, 660);
}

QVariant ServerSettingsDialog::storedValue(const QString &key) const
{
    const SettingSpec<ServerSettings> *spec = SettingsSchema::serverSetting(key);
    return spec && server() ? spec->get(server()->settings()) : QVariant();
}

bool ServerSettingsDialog::canChange(const QString &key, QString *reason) const
{
    const ServerCapabilities caps = server()->capabilities();
    if (caps.canChangeSetting(key))
        return true;
    *reason = caps.settingReason(key);
    return false;
}

FaxOperation *ServerSettingsDialog::store(const QHash<QString, QVariant> &changes, Error *error)
{
    // Only what was changed here goes over what the server holds now: another client's changes
    // to the rest stay.
    ServerSettings settings = server()->settings();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (const SettingSpec<ServerSettings> *spec = SettingsSchema::serverSetting(it.key()))
            spec->set(settings, it.value());
    }
    if (Result r = SettingsSchema::validate(settings); !r) {
        *error = r.error();
        return nullptr;
    }
    return server()->setSettings(settings);
}

} // namespace Fax
