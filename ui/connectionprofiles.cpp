// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofiles.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace Fax {

namespace {

const QString kGroup = QStringLiteral("ConnectionProfiles");

std::unique_ptr<QSettings> open(const QString &fileName)
{
    if (fileName.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(fileName, QSettings::IniFormat);
}

// Profile names may contain '/', which QSettings reads as a group separator.
QString keyFor(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toHex());
}

QString nameFromKey(const QString &key)
{
    return QString::fromUtf8(QByteArray::fromHex(key.toLatin1()));
}

} // namespace

ConnectionProfiles::ConnectionProfiles(const QString &fileName) : m_fileName(fileName) {}

QStringList ConnectionProfiles::names() const
{
    auto s = open(m_fileName);
    s->beginGroup(kGroup);
    QStringList names;
    for (const QString &key : s->childGroups())
        names << nameFromKey(key);
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ConnectionSettings> ConnectionProfiles::profile(const QString &name) const
{
    auto s = open(m_fileName);
    s->beginGroup(kGroup);
    if (!s->childGroups().contains(keyFor(name)))
        return std::nullopt;
    s->beginGroup(keyFor(name));
    ConnectionSettings c;
    c.profileName = name;
    c.kind = enumFromKey<ServerKind>(s->value(QStringLiteral("kind")).toString());
    c.dataDirectory = s->value(QStringLiteral("dataDirectory")).toString();
    c.host = s->value(QStringLiteral("host"), c.host).toString();
    c.port = quint16(s->value(QStringLiteral("port"), c.port).toUInt());
    c.user = s->value(QStringLiteral("user")).toString();
    c.admin = s->value(QStringLiteral("admin"), false).toBool();
    return c;
}

void ConnectionProfiles::save(const ConnectionSettings &settings)
{
    if (settings.profileName.isEmpty())
        return;
    auto s = open(m_fileName);
    s->beginGroup(kGroup);
    s->remove(keyFor(settings.profileName));
    s->beginGroup(keyFor(settings.profileName));
    s->setValue(QStringLiteral("kind"), enumKey(settings.kind));
    s->setValue(QStringLiteral("dataDirectory"), settings.dataDirectory);
    s->setValue(QStringLiteral("host"), settings.host);
    s->setValue(QStringLiteral("port"), settings.port);
    s->setValue(QStringLiteral("user"), settings.user);
    s->setValue(QStringLiteral("admin"), settings.admin);
}

void ConnectionProfiles::remove(const QString &name)
{
    auto s = open(m_fileName);
    s->beginGroup(kGroup);
    s->remove(keyFor(name));
}

QString ConnectionProfiles::lastProfile() const
{
    return open(m_fileName)->value(QStringLiteral("lastProfile")).toString();
}

void ConnectionProfiles::setLastProfile(const QString &name)
{
    open(m_fileName)->setValue(QStringLiteral("lastProfile"), name);
}

ConnectionSettings ConnectionProfiles::startupSettings() const
{
    const QString last = lastProfile();
    if (!last.isEmpty()) {
        if (const auto p = profile(last))
            return *p;
    }
    return localDefault();
}

ConnectionSettings ConnectionProfiles::localDefault()
{
    ConnectionSettings c;
    c.profileName = QCoreApplication::translate("Fax", "Local engine");
    c.kind = ServerKind::Local;
    return c;
}

QString ConnectionProfiles::displayName(const ConnectionSettings &settings)
{
    const bool remote = settings.kind != ServerKind::Local;
    if (!settings.profileName.isEmpty() &&
        !(remote && settings.profileName == localDefault().profileName))
        return settings.profileName;
    if (!remote)
        return localDefault().profileName;
    return settings.user.isEmpty()
               ? settings.host
               : QCoreApplication::translate("Fax", "%1@%2").arg(settings.user, settings.host);
}

} // namespace Fax
