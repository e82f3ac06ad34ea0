// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"

#include <QStringList>

#include <optional>

namespace Fax {

/// Named connection profiles and the last used one, remembered in QSettings. Passwords are not
/// stored: they are asked for when connecting.
class ConnectionProfiles
{
public:
    /// fileName empty: the application's settings; else an INI file (tests).
    explicit ConnectionProfiles(const QString &fileName = QString());

    QStringList names() const;
    std::optional<ConnectionSettings> profile(const QString &name) const;
    /// Stores settings under settings.profileName (which must not be empty).
    void save(const ConnectionSettings &settings);
    void remove(const QString &name);

    QString lastProfile() const;
    void setLastProfile(const QString &name);

    /// What to connect to at start: the last used profile, else localDefault().
    ConnectionSettings startupSettings() const;

    /// The built-in profile for the local engine on its default data directory.
    static ConnectionSettings localDefault();
    /// The name settings go by: their profile's name, but for a remote server saved under the
    /// local engine's built-in name (the connection dialog opens on it), user@host or host.
    static QString displayName(const ConnectionSettings &settings);

private:
    QString m_fileName;
};

} // namespace Fax
