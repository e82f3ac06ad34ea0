// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace Fax {

QString ConnectionSettings::toUrl() const
{
    if (kind == ServerKind::Local)
        return dataDirectory.isEmpty() ? QStringLiteral("local")
                                       : QStringLiteral("local:") + dataDirectory;
    QUrl url;
    url.setScheme(QStringLiteral("hylafax"));
    url.setHost(host);
    url.setUserName(user);
    if (port != 4559)
        url.setPort(port);
    return url.toString();
}

bool ConnectionSettings::fromUrl(const QString &text, ConnectionSettings *out, QString *error)
{
    ConnectionSettings s;
    if (text == QLatin1String("local") || text.startsWith(QLatin1String("local:"))) {
        s.kind = ServerKind::Local;
        s.dataDirectory = text.mid(6);
        *out = s;
        return true;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("hylafax") || url.host().isEmpty()) {
        *error = QCoreApplication::translate(
                     "Fax", "'%1' is not a server: use 'local' or hylafax://USER@HOST[:PORT]")
                     .arg(text);
        return false;
    }
    s.kind = ServerKind::Hylafax;
    s.host = url.host();
    s.user = url.userName();
    s.password = url.password();
    const int port = url.port(4559);
    if (port <= 0 || port > 65535) {
        *error =
            QCoreApplication::translate("Fax", "'%1': port %2 is out of range").arg(text).arg(port);
        return false;
    }
    s.port = quint16(port);
    *out = s;
    return true;
}

QString defaultDataDirectory()
{
    const QByteArray env = qgetenv("FAXCONSOLE_DATA_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(QString::fromLocal8Bit(env));
    // One directory for the console and faxctl, whatever the application name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/faxconsole");
}

} // namespace Fax
