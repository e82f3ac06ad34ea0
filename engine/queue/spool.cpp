// SPDX-License-Identifier: GPL-3.0-or-later
#include "spool.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

QString osReason(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

bool fsyncPath(const QString &path, int *err)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *err = errno;
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok)
        *err = errno;
    ::close(fd);
    return ok;
}

// A file name safe for the spool: the base name, without path separators or control characters.
QString safeName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || c == QLatin1Char('/'))
            c = QLatin1Char('_');
    }
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1String("document"));
    return name.left(120);
}

} // namespace

Expected<SubmissionGroup> Spool::copyIn(const QString &spoolRoot, const QStringList &documents,
                                        const Progress &progress, const QString &coverPage)
{
    // The cover page is copied like a document (the last one), so that editing the file later
    // does not change a queued fax, but it is kept apart from the documents.
    QStringList files = documents;
    if (!coverPage.isEmpty())
        files << coverPage;
    // Check every source first so nothing is spooled for a submission that cannot go.
    qint64 total = 0;
    for (const QString &file : files) {
        QFile in(file);
        if (!QFileInfo(file).isFile() || !in.open(QIODevice::ReadOnly)) {
            const QString reason = !QFileInfo::exists(file)
                                       ? trFax(QT_TRANSLATE_NOOP("Fax", "the file does not exist"))
                                   : QFileInfo(file).isDir()
                                       ? trFax(QT_TRANSLATE_NOOP("Fax", "it is a folder"))
                                       : in.errorString();
            return Error::make(Error::Kind::Io,
                               trFax(QT_TRANSLATE_NOOP("Fax", "Cannot read the document %1: %2"))
                                   .arg(file, reason));
        }
        total += in.size();
    }
    qint64 copied = 0;
    const auto goOn = [&] { return !progress || progress(copied, total); };
    const Error canceled = Error::make(
        Error::Kind::Canceled,
        trFax(QT_TRANSLATE_NOOP("Fax", "Copying the documents into the spool folder %1 was "
                                       "canceled"))
            .arg(spoolRoot));
    if (!goOn())
        return canceled;

    const QByteArray root = QFile::encodeName(spoolRoot);
    if (::mkdir(root.constData(), 0700) != 0 && errno != EEXIST) {
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Cannot create the spool folder %1: %2"))
                               .arg(spoolRoot, osReason(errno)));
    }
    QString folder;
    for (int attempt = 0;; ++attempt) {
        folder =
            spoolRoot + QStringLiteral("/%1-%2")
                            .arg(QDateTime::currentMSecsSinceEpoch())
                            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) == 0)
            break;
        const int err = errno;
        if (err != EEXIST || attempt > 10)
            return Error::make(
                Error::Kind::Io,
                trFax(QT_TRANSLATE_NOOP("Fax", "Cannot create a folder in the spool folder %1: %2"))
                    .arg(spoolRoot, osReason(err)));
    }
    auto fail = [&](const Error &e) {
        removeFolder(folder);
        return e;
    };
    int err = 0;
    if (!fsyncPath(spoolRoot, &err))
        return fail(Error::make(
            Error::Kind::Io, trFax(QT_TRANSLATE_NOOP("Fax", "Cannot sync the spool folder %1: %2"))
                                 .arg(spoolRoot, osReason(err))));

    SubmissionGroup group;
    group.spoolDir = folder;
    for (int i = 0; i < files.size(); ++i) {
        const QString &source = files.at(i);
        const QString target =
            folder + QStringLiteral("/%1-").arg(i + 1, 2, 10, QLatin1Char('0')) + safeName(source);
        const QString temp = folder + QStringLiteral("/.incoming-%1").arg(i + 1);
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return fail(Error::make(
                Error::Kind::Io, trFax(QT_TRANSLATE_NOOP("Fax", "Cannot read the document %1: %2"))
                                     .arg(source, in.errorString())));
        const int fd = ::open(QFile::encodeName(temp).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return fail(Error::make(
                Error::Kind::Io,
                trFax(QT_TRANSLATE_NOOP("Fax", "Cannot write into the spool folder %1: %2"))
                    .arg(folder, osReason(errno))));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        QString problem;
        bool stopped = false;
        while (problem.isEmpty() && !stopped) {
            const QByteArray chunk = in.read(256 * 1024);
            if (chunk.isEmpty()) {
                if (in.error() != QFileDevice::NoError)
                    problem = trFax(QT_TRANSLATE_NOOP("Fax", "Cannot read the document %1: %2"))
                                  .arg(source, in.errorString());
                break;
            }
            hash.addData(chunk);
            size += chunk.size();
            const char *p = chunk.constData();
            qint64 left = chunk.size();
            while (left > 0) {
                const ssize_t n = ::write(fd, p, size_t(left));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0) {
                    problem = trFax(QT_TRANSLATE_NOOP("Fax", "Cannot write %1 into the spool "
                                                             "folder %2: %3"))
                                  .arg(QFileInfo(source).fileName(), folder, osReason(errno));
                    break;
                }
                p += n;
                left -= n;
            }
            copied += chunk.size();
            stopped = problem.isEmpty() && !goOn();
        }
        if (problem.isEmpty() && !stopped && ::fsync(fd) != 0)
            problem =
                trFax(QT_TRANSLATE_NOOP("Fax", "Cannot sync %1: %2")).arg(temp, osReason(errno));
        ::close(fd);
        if (problem.isEmpty() && !stopped &&
            ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) !=
                0)
            problem = trFax(QT_TRANSLATE_NOOP("Fax", "Cannot rename %1 to %2: %3"))
                          .arg(temp, target, osReason(errno));
        if (stopped)
            return fail(canceled);
        if (!problem.isEmpty())
            return fail(Error::make(Error::Kind::Io, problem));
        group.documents << SpooledDocument{target, QFileInfo(source).absoluteFilePath(), size,
                                           hash.result().toHex()};
    }
    if (!fsyncPath(folder, &err))
        return fail(Error::make(
            Error::Kind::Io, trFax(QT_TRANSLATE_NOOP("Fax", "Cannot sync the spool folder %1: %2"))
                                 .arg(folder, osReason(err))));
    if (!coverPage.isEmpty())
        group.coverPage = group.documents.takeLast().file;
    return group;
}

int Spool::removeOrphans(const QString &spoolRoot, const QSet<QString> &referenced,
                         qint64 minAgeSecs)
{
    const QDateTime limit = QDateTime::currentDateTime().addSecs(-minAgeSecs);
    int removed = 0;
    const QFileInfoList entries =
        QDir(spoolRoot).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (referenced.contains(entry.fileName()) || entry.lastModified() > limit)
            continue;
        if (removeFolder(entry.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

bool Spool::removeFolder(const QString &folder)
{
    return QDir(folder).removeRecursively();
}

} // namespace Fax
