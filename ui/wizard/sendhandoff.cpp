// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendhandoff.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

namespace Fax {

namespace {

// The message: the files as UTF-8 lines, then an empty line. The answer: "OK\n".
constexpr qint64 kMaxMessage = 1 << 20;
constexpr int kTimeoutMs = 5000;

} // namespace

SendHandoff::SendHandoff(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SendHandoff::accept);
}

SendHandoff::~SendHandoff() = default;

uint SendHandoff::currentUser()
{
    return uint(::getuid());
}

QString SendHandoff::socketPath()
{
    // $XDG_RUNTIME_DIR is the user's own (0700); /tmp is everyone's, so the name carries the uid
    // and both ends check who is at the other end.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(QStringLiteral("faxconsole-send"));
    return QDir(QDir::tempPath()).filePath(QStringLiteral("faxconsole-send-%1").arg(currentUser()));
}

bool SendHandoff::peerIsUser(qintptr fd, uint uid)
{
    ucred credentials{};
    socklen_t length = sizeof credentials;
    if (::getsockopt(int(fd), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0 ||
        length != sizeof credentials)
        return false;
    return uint(credentials.uid) == uid;
}

bool SendHandoff::listen()
{
    const QString path = socketPath();
    if (m_server->listen(path))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Someone listens there, or a dead console left the socket: only the latter is replaced.
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(1000)) {
            m_error = tr("another console of this user takes the files sent with --send");
            return false;
        }
        QLocalServer::removeServer(path);
        if (m_server->listen(path))
            return true;
    }
    m_error = tr("cannot listen on %1: %2").arg(path, m_server->errorString());
    return false;
}

void SendHandoff::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!peerIsUser(socket->socketDescriptor(), currentUser())) {
            // Another user's program: it gets nothing, not even an answer.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        read(socket);
    }
}

void SendHandoff::read(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > kMaxMessage) {
        socket->abort();
        return;
    }
    const QByteArray data = socket->peek(kMaxMessage);
    const qsizetype end = data.indexOf("\n\n");
    if (end < 0 && !data.startsWith('\n'))
        return; // not all there yet
    socket->readAll();
    QStringList files;
    if (end >= 0)
        for (const QByteArray &line : data.left(end).split('\n'))
            if (!line.isEmpty())
                files << QString::fromUtf8(line);
    socket->write("OK\n");
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT filesReceived(files);
}

bool SendHandoff::handOff(const QStringList &files, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(kTimeoutMs))
        return fail(tr("no console is running: %1").arg(socket.errorString()));
    // The files' names go only to a console of this user.
    if (!peerIsUser(socket.socketDescriptor(), currentUser()))
        return fail(tr("%1 belongs to another user").arg(socketPath()));
    QByteArray message;
    for (const QString &file : files)
        message += QFileInfo(file).absoluteFilePath().toUtf8() + '\n';
    message += '\n';
    socket.write(message);
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return fail(socket.errorString());
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(kTimeoutMs))
            return fail(tr("the console did not answer"));
    if (socket.readLine() != "OK\n")
        return fail(tr("the console did not take the files"));
    return true;
}

} // namespace Fax
