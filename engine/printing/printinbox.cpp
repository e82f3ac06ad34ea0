// SPDX-License-Identifier: GPL-3.0-or-later
#include "printinbox.h"

#include "handover.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocalServer>
#include <QLocalSocket>

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <string>

namespace Fax {

PrintInbox::PrintInbox(const QString &folder, QObject *parent)
    : QObject(parent), m_folder(folder.isEmpty() ? defaultFolder() : folder)
{
}

namespace {

QString claimPath(const QString &pdfPath)
{
    const QFileInfo info(pdfPath);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".claim");
}

} // namespace

PrintInbox::~PrintInbox()
{
    // Claims end with the console (the file stays): the next console takes the documents.
    for (const int fd : std::as_const(m_claims))
        ::close(fd);
    // The socket file goes with the console: a backend then keeps documents for the next start.
    if (m_server)
        m_server->close();
}

QString PrintInbox::defaultFolder()
{
    // The account's home, as the backend finds it (getpwnam), not $HOME.
    const passwd *user = ::getpwuid(::getuid());
    const QString home = user && user->pw_dir ? QFile::decodeName(user->pw_dir) : QDir::homePath();
    return home + QLatin1Char('/') + QLatin1String(Handover::inboxRelativePath);
}

bool PrintInbox::checkFolder(QString *why) const
{
    const QByteArray path = QFile::encodeName(m_folder);
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        struct stat st = {};
        if (::lstat(path.constData(), &st) == 0 && S_ISLNK(st.st_mode))
            *why =
                QCoreApplication::translate("Fax", "%1 is a symbolic link, which is never followed")
                    .arg(m_folder);
        else
            *why = QCoreApplication::translate("Fax", "cannot open %1: %2")
                       .arg(m_folder, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    std::string reason;
    const bool ok = Handover::checkFolder(fd, ::getuid(), true, path.toStdString(), &reason);
    ::close(fd);
    if (!ok)
        *why = QString::fromStdString(reason);
    return ok;
}

Result PrintInbox::start()
{
    if (m_started)
        return {};
    const auto refused = [this](const QString &why) {
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Fax", "Printed documents cannot be received in %1: %2")
                .arg(m_folder, why));
    };
    if (!QFileInfo(m_folder).isSymLink() && !QFileInfo::exists(m_folder)) {
        if (!QDir().mkpath(m_folder))
            return refused(QCoreApplication::translate("Fax", "the folder cannot be created"));
        ::chmod(QFile::encodeName(m_folder).constData(), 0700);
    }
    QString why;
    if (!checkFolder(&why))
        return refused(why);

    m_watcher = new QFileSystemWatcher(QStringList{m_folder}, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &PrintInbox::scan);

    // The backend tells at once through the socket; the watcher covers a console that did not
    // get the socket (another console of this user holds it).
    const QString socketPath = m_folder + QLatin1Char('/') + QLatin1String(Handover::socketName);
    QLocalSocket probe;
    probe.connectToServer(socketPath);
    const bool otherConsole = probe.waitForConnected(1000);
    probe.abort();
    if (!otherConsole) {
        QLocalServer::removeServer(socketPath);
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &PrintInbox::acceptConnection);
        if (!m_server->listen(socketPath)) {
            delete m_server;
            m_server = nullptr;
        }
    }
    m_started = true;
    scan();
    return {};
}

bool PrintInbox::isListening() const
{
    return m_server && m_server->isListening();
}

void PrintInbox::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // Only a process of this user (the backend's child dropped to it) may tell.
        if (Handover::peerUid(int(socket->socketDescriptor())) != qint64(::getuid())) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const auto read = [this, socket] {
            if (!socket->canReadLine() && socket->bytesAvailable() < 1024)
                return;
            // The name is only a hint: the folder is scanned and checked as always.
            socket->readAll();
            scan();
            socket->write("ok\n");
            socket->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        read();
    }
}

PrintedDocument PrintInbox::readDocument(const QString &pdfPath) const
{
    PrintedDocument document;
    document.path = pdfPath;
    const QFileInfo info(pdfPath);
    document.printed = info.lastModified();
    QFile infoFile(info.path() + QLatin1Char('/') + info.completeBaseName() +
                   QStringLiteral(".info"));
    if (infoFile.open(QIODevice::ReadOnly)) {
        const Handover::PrintInfo parsed =
            Handover::parseInfo(infoFile.read(64 * 1024).toStdString());
        document.title = QString::fromStdString(parsed.title);
        document.cupsJob = parsed.job;
    }
    if (document.title.isEmpty())
        document.title = info.fileName();
    return document;
}

QList<PrintedDocument> PrintInbox::documents() const
{
    QList<PrintedDocument> list;
    QString why;
    if (!checkFolder(&why))
        return list;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &file : files) {
        struct stat st = {};
        // Only this user's own regular files (hidden ones are the backend's temporary files).
        if (file.fileName().startsWith(QLatin1Char('.')) ||
            ::lstat(QFile::encodeName(file.filePath()).constData(), &st) != 0 ||
            !S_ISREG(st.st_mode) || st.st_uid != ::getuid())
            continue;
        list << readDocument(file.filePath());
    }
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.printed != b.printed ? a.printed < b.printed : a.path < b.path;
    });
    return list;
}

bool PrintInbox::claim(const QString &pdfPath)
{
    const QByteArray path = QFile::encodeName(claimPath(pdfPath));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    struct stat held = {};
    struct stat named = {};
    // The claim is the lock, not the file: a console that ended left its file unlocked. The
    // lock held must be on the file of that name (not one a remove() took away meanwhile), and
    // the document must still be there.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::fstat(fd, &held) != 0 || !S_ISREG(held.st_mode) ||
        held.st_uid != ::getuid() || ::lstat(path.constData(), &named) != 0 ||
        named.st_ino != held.st_ino || named.st_dev != held.st_dev) {
        ::close(fd);
        return false;
    }
    if (!QFileInfo::exists(pdfPath)) {
        ::unlink(path.constData());
        ::close(fd);
        return false;
    }
    // Who holds it, for a person looking into the folder.
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0)
        (void)!::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
    m_claims.insert(pdfPath, fd);
    return true;
}

void PrintInbox::release(const QString &pdfPath, bool removeFile)
{
    const auto it = m_claims.find(pdfPath);
    if (it == m_claims.end())
        return;
    // Unlinked while still locked: no other console takes the claim of a document going away.
    if (removeFile)
        ::unlink(QFile::encodeName(claimPath(pdfPath)).constData());
    ::close(it.value());
    m_claims.erase(it);
}

void PrintInbox::scan()
{
    for (const PrintedDocument &document : documents()) {
        if (m_announced.contains(document.path))
            continue;
        if (!claim(document.path))
            continue; // another console of this user offers it (tried again at the next scan)
        m_announced.insert(document.path);
        Q_EMIT documentArrived(document.path, document.title);
    }
}

Result PrintInbox::remove(const QString &path)
{
    const QFileInfo info(path);
    if (QDir(info.path()).canonicalPath() != QDir(m_folder).canonicalPath() ||
        !info.fileName().endsWith(QLatin1String(".pdf")))
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Fax", "%1 is not a printed document of the print inbox")
                .arg(path));
    if (!QFile::remove(path) && QFile::exists(path))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Fax", "Cannot remove the printed document %1").arg(path));
    QFile::remove(info.path() + QLatin1Char('/') + info.completeBaseName() +
                  QStringLiteral(".info"));
    release(path, true);
    m_announced.remove(path);
    return {};
}

} // namespace Fax
