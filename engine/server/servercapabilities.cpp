// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercapabilities.h"

namespace Fax {

namespace {

// SettingsKeys' matching: case-insensitive, '-' and '_' optional ("RetryDelay" = "retry-delay").
QString normalised(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return k;
}

} // namespace

void ServerCapabilities::deny(Feature feature, const QString &reason)
{
    m_denied.insert(feature, reason);
}

bool ServerCapabilities::canChangeSetting(const QString &key) const
{
    return can(Feature::ChangeSettings) && !m_deniedSettings.contains(normalised(key));
}

QString ServerCapabilities::settingReason(const QString &key) const
{
    if (!can(Feature::ChangeSettings))
        return reason(Feature::ChangeSettings);
    return m_deniedSettings.value(normalised(key)).reason;
}

void ServerCapabilities::denySetting(const QString &key, const QString &reason)
{
    m_deniedSettings.insert(normalised(key), DeniedSetting{key, reason});
}

QStringList ServerCapabilities::deniedSettings() const
{
    QStringList keys;
    for (const DeniedSetting &d : m_deniedSettings)
        keys << d.key;
    return keys;
}

bool ServerCapabilities::canRunJobCommand(JobCommand command) const
{
    return can(Feature::JobControl) && !m_deniedCommands.contains(command);
}

QString ServerCapabilities::jobCommandReason(JobCommand command) const
{
    if (!can(Feature::JobControl))
        return reason(Feature::JobControl);
    return m_deniedCommands.value(command);
}

void ServerCapabilities::denyJobCommand(JobCommand command, const QString &reason)
{
    m_deniedCommands.insert(command, reason);
}

bool ServerCapabilities::canChangePortSetting(const QString &key) const
{
    return can(Feature::ConfigurePorts) && !m_deniedPortSettings.contains(normalised(key));
}

QString ServerCapabilities::portSettingReason(const QString &key) const
{
    if (!can(Feature::ConfigurePorts))
        return reason(Feature::ConfigurePorts);
    return m_deniedPortSettings.value(normalised(key)).reason;
}

void ServerCapabilities::denyPortSetting(const QString &key, const QString &reason)
{
    m_deniedPortSettings.insert(normalised(key), DeniedSetting{key, reason});
}

bool ServerCapabilities::reportsPortSetting(const QString &key) const
{
    return !m_unreportedPortSettings.contains(normalised(key));
}

void ServerCapabilities::hidePortSetting(const QString &key, const QString &reason)
{
    m_unreportedPortSettings.insert(normalised(key), key);
    m_unreportedReason = reason;
}

QStringList ServerCapabilities::deniedPortSettings() const
{
    QStringList keys;
    for (const DeniedSetting &d : m_deniedPortSettings)
        keys << d.key;
    return keys;
}

} // namespace Fax
