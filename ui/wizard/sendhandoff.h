// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Fax {

/// How `faxconsole --send FILE...` hands files to the console this user runs already: a local
/// socket private to the user (in $XDG_RUNTIME_DIR, else /tmp with the uid in its name, mode
/// 0700) on which the console takes files only from a peer of the same uid (SO_PEERCRED), and
/// the sender sends only to a console of its own uid.
class SendHandoff final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendHandoff)
public:
    explicit SendHandoff(QObject *parent = nullptr);
    ~SendHandoff() override;

    /// Where this user's console listens.
    static QString socketPath();
    /// Starts listening (a socket a dead console left behind is replaced); false with the reason
    /// in errorString() when it cannot.
    bool listen();
    QString errorString() const { return m_error; }

    /// Hands files (made absolute) to the running console of this user; false (why in *error)
    /// when none listens or it does not take them.
    static bool handOff(const QStringList &files, QString *error = nullptr);

    /// Whether the process at the other end of the connected Unix socket fd runs as uid.
    static bool peerIsUser(qintptr fd, uint uid);
    /// The uid of this process.
    static uint currentUser();

Q_SIGNALS:
    /// A `faxconsole --send` of this user handed these files over.
    void filesReceived(const QStringList &files);

private:
    void accept();
    void read(QLocalSocket *socket);

    QLocalServer *m_server;
    QString m_error;
};

} // namespace Fax
