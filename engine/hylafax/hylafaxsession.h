// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "hylafaxconnection.h"

#include <QObject>
#include <QString>

namespace Fax {

/// Who logs in where: a HylaFAX server and an account on it.
struct HylafaxAccount
{
    QString host;
    quint16 port = 4559;
    QString user;
    QString password;   ///< for PASS, and for ADMIN when admin is asked for
    bool admin = false; ///< ask for administrator rights (ADMIN)
    int timeoutMs = 30000;

    /// "user@host:port", for messages.
    QString display() const;
};

/// A logged-in session on a HylaFAX server: connects, logs in (USER, PASS when the server asks
/// for one), asks for administrator rights when wanted (ADMIN), sets times to GMT and the
/// listing formats Fax Console parses. ready() or failed() follows open(); a wrong password
/// fails as NotPermitted, everything else that goes wrong as Connection.
class HylafaxSession final : public QObject
{
    Q_OBJECT
public:
    explicit HylafaxSession(const HylafaxAccount &account, QObject *parent = nullptr);
    ~HylafaxSession() override;

    void open();
    /// Ends the session (QUIT); pending requests get error. No signal follows.
    void close(const Error &error);
    bool isReady() const { return m_ready; }
    /// Whether the server granted administrator rights.
    bool isAdmin() const { return m_admin; }
    /// Why administrator rights were asked for and not granted; empty otherwise.
    QString adminRefusal() const { return m_adminRefusal; }
    const HylafaxAccount &account() const { return m_account; }
    HylafaxConnection *connection() { return m_connection; }

    /// The error for a reply that refused a command: what failed ("pause job 12"), the server's
    /// words; its kind from the reply (NotFound, NotPermitted, Connection).
    Error refusal(const QString &what, const HylafaxReply &reply) const;

Q_SIGNALS:
    void ready();
    void failed(const Fax::Error &error);

private:
    void login();
    void afterLogin();
    void finishSetup();

    HylafaxAccount m_account;
    HylafaxConnection *m_connection;
    bool m_ready = false;
    bool m_admin = false;
    QString m_adminRefusal;
};

} // namespace Fax
