// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace Fax

Q_DECLARE_METATYPE(Fax::ServerCapabilities)
