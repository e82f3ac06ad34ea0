// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/uucplock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Fax {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

UucpLock::UucpLock(const QString &lockDirectory) : m_directory(lockDirectory) {}

UucpLock::~UucpLock()
{
    release();
}

QString UucpLock::defaultDirectory()
{
    return QStringLiteral("/var/lock");
}

QString UucpLock::lockFileName(const QString &devicePath)
{
    QString name = devicePath;
    if (name.startsWith(QLatin1String("/dev/")))
        name = name.mid(5);
    else
        name = QFileInfo(name).fileName();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("LCK..") + name;
}

std::optional<qint64> UucpLock::readPid(const QString &lockFile)
{
    QFile f(lockFile);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray data = f.read(64);
    if (data.size() == 4 && !data.trimmed().toLongLong()) {
        // The old binary form: a native int.
        int pid = 0;
        std::memcpy(&pid, data.constData(), sizeof pid);
        return pid > 0 ? std::optional<qint64>(pid) : std::nullopt;
    }
    bool ok = false;
    const qint64 pid = data.trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return std::nullopt;
    return pid;
}

bool UucpLock::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

Result UucpLock::acquire(const QString &devicePath)
{
    if (isHeld())
        return {};
    const QString path = QDir(m_directory).filePath(lockFileName(devicePath));
    const QByteArray pidText =
        QByteArray::number(qint64(::getpid())).rightJustified(10, ' ') + '\n';

    // Write the PID to a private file first and link it into place: the lock appears atomically
    // with its content, and link() fails if someone else's lock is there.
    const QString temp = QDir(m_directory).filePath(QStringLiteral("LTMP.%1").arg(::getpid()));
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        const int error = errno;
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate(
                               "Fax", "Cannot lock %1: cannot create a lock file in %2: %3")
                               .arg(devicePath, m_directory, errnoText(error)));
    }
    const bool written = ::write(fd, pidText.constData(), size_t(pidText.size())) == pidText.size();
    ::fchmod(fd, 0644);
    ::close(fd);
    if (!written) {
        ::unlink(tempName.constData());
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Fax", "Cannot lock %1: cannot write %2")
                               .arg(devicePath, temp));
    }

    const QByteArray lockName = QFile::encodeName(path);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (::link(tempName.constData(), lockName.constData()) == 0) {
            ::unlink(tempName.constData());
            m_lockFile = path;
            return {};
        }
        const int error = errno;
        if (error != EEXIST) {
            ::unlink(tempName.constData());
            return Error::make(Error::Kind::Io, QCoreApplication::translate(
                                                    "Fax", "Cannot lock %1: cannot create %2: %3")
                                                    .arg(devicePath, path, errnoText(error)));
        }
        const auto holder = readPid(path);
        if (holder && processAlive(*holder)) {
            ::unlink(tempName.constData());
            const QString who = *holder == ::getpid()
                                    ? QCoreApplication::translate("Fax", "this program")
                                    : QCoreApplication::translate("Fax", "another program");
            return Error::make(
                Error::Kind::NotPermitted,
                QCoreApplication::translate("Fax", "%1 is in use by %2 (PID %3, lock file %4)")
                    .arg(devicePath, who)
                    .arg(*holder)
                    .arg(path));
        }
        // Stale: its process is gone (or the file is unreadable garbage). Take it over.
        ::unlink(lockName.constData());
    }
    ::unlink(tempName.constData());
    return Error::make(Error::Kind::Io,
                       QCoreApplication::translate(
                           "Fax", "Cannot lock %1: the stale lock file %2 could not be replaced")
                           .arg(devicePath, path));
}

void UucpLock::release()
{
    if (m_lockFile.isEmpty())
        return;
    const auto pid = readPid(m_lockFile);
    if (pid && *pid == ::getpid())
        QFile::remove(m_lockFile);
    m_lockFile.clear();
}

} // namespace Fax
