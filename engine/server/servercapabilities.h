// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxtypes.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Fax {

/// What one server connection can do (FaxServer::capabilities()), so a user interface can
/// disable what it cannot before the user tries, and say why. Default-constructed: everything.
class ServerCapabilities
{
    Q_GADGET
public:
    /// The operations a backend may lack.
    enum class Feature {
        Submit,             ///< queue new faxes
        JobControl,         ///< pause, resume, cancel, restart jobs
        RemoveJobs,         ///< remove finished jobs
        AddPorts,           ///< add fax ports (modems)
        RemovePorts,        ///< remove fax ports
        ConfigurePorts,     ///< change a port's configuration
        AnswerCall,         ///< answer a ringing call by hand (Answer Now)
        FetchReceivedFaxes, ///< get a received fax's file
        ChangeSettings,     ///< change server settings at all
        FetchJobDocuments   ///< get a job's documents back (to view or send them again)
    };
    Q_ENUM(Feature)

    bool can(Feature feature) const { return !m_denied.contains(feature); }
    /// Why feature is not available (translated); empty when it is.
    QString reason(Feature feature) const { return m_denied.value(feature); }
    void deny(Feature feature, const QString &reason);
    void allow(Feature feature) { m_denied.remove(feature); }

    /// Whether the server setting key (a SettingsKeys key such as "retries" or "routing.folder",
    /// in any spelling SettingsKeys accepts) may be changed.
    bool canChangeSetting(const QString &key) const;
    /// Why key may not be changed (read-only setting, no administrator, the protocol cannot);
    /// empty when it may.
    QString settingReason(const QString &key) const;
    void denySetting(const QString &key, const QString &reason);
    /// The keys denied one by one, as given to denySetting().
    QStringList deniedSettings() const;

    /// Whether command may be given to jobs: job control at all, and this command (a server may
    /// lack one, as HylaFAX cannot send a finished job again under its number).
    bool canRunJobCommand(JobCommand command) const;
    /// Why command may not be given; empty when it may.
    QString jobCommandReason(JobCommand command) const;
    void denyJobCommand(JobCommand command, const QString &reason);
    QList<JobCommand> deniedJobCommands() const { return m_deniedCommands.keys(); }

    /// Whether updatePort() may change the port setting key (a SettingsSchema::portSettings()
    /// key such as "rings" or "send-enabled", in any spelling): port configuration at all, and
    /// this setting (HylaFAX lets an administrator switch a modem on and off, nothing more).
    bool canChangePortSetting(const QString &key) const;
    /// Why key may not be changed; empty when it may.
    QString portSettingReason(const QString &key) const;
    void denyPortSetting(const QString &key, const QString &reason);
    /// The port keys denied one by one, as given to denyPortSetting().
    QStringList deniedPortSettings() const;

    /// Whether the server reports the port setting key at all. HylaFAX keeps a modem's
    /// serial speed, rings, priority and the like in etc/config.<modem> on the server and lists
    /// none of them: a Port's value for such a key is only a default, not to be shown.
    bool reportsPortSetting(const QString &key) const;
    /// Why the server reports none of the keys hidePortSetting() was given; empty when it
    /// reports every one.
    QString unreportedPortSettingsReason() const { return m_unreportedReason; }
    /// The port setting key is not reported (see reportsPortSetting()), for reason.
    void hidePortSetting(const QString &key, const QString &reason);
    /// The keys given to hidePortSetting().
    QStringList unreportedPortSettings() const { return m_unreportedPortSettings.values(); }

    bool operator==(const ServerCapabilities &) const = default;

private:
    struct DeniedSetting
    {
        QString key;
        QString reason;
        bool operator==(const DeniedSetting &) const = default;
    };
    QMap<Feature, QString> m_denied;
    QMap<QString, DeniedSetting> m_deniedSettings; ///< by normalised key
    QMap<JobCommand, QString> m_deniedCommands;
    QMap<QString, DeniedSetting> m_deniedPortSettings; ///< by normalised key
    QMap<QString, QString> m_unreportedPortSettings;    ///< normalised key -> key as given
    QString m_unreportedReason;
};

} // namespace Fax

Q_DECLARE_METATYPE(Fax::ServerCapabilities)
