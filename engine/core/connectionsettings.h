// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faxtypes.h"

#include <QString>

namespace Fax {

/// How to reach a fax server: the embedded local engine, or a HylaFAX server.
struct ConnectionSettings
{
    QString profileName;
    ServerKind kind = ServerKind::Local;
    QString dataDirectory; ///< local engine: where the queue lives; empty: the default
    QString host = QStringLiteral("localhost");
    quint16 port = 4559;
    QString user;
    QString password;
    bool admin = false;

    bool operator==(const ConnectionSettings &) const = default;

    /// "local" or "hylafax://user@host:port", as faxctl's --server takes it.
    QString toUrl() const;
    /// Parses what toUrl() makes; on failure returns false and sets *error.
    static bool fromUrl(const QString &url, ConnectionSettings *out, QString *error);
};

/// The local engine's default data directory (queue database and spool), honouring
/// $FAXCONSOLE_DATA_DIR.
QString defaultDataDirectory();

} // namespace Fax
