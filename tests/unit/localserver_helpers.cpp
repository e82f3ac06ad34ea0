#include "localserver_helpers.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <pwd.h>
#include <sys/time.h>
#include <unistd.h>

namespace Fax::Test {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray randomBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return data;
}

bool setAge(const QString &path, qint64 secs)
{
    struct timeval times[2];
    gettimeofday(&times[0], nullptr);
    times[0].tv_sec -= secs;
    times[1] = times[0];
    return ::utimes(QFile::encodeName(path).constData(), times) == 0;
}

bool forceInProgress(const QString &dataDir, JobId id, int tries, bool cancelRequested)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("force"));
        db.setDatabaseName(dataDir + QStringLiteral("/queue.db"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "UPDATE jobs SET queue_status = 'in-progress', device_status = 'sending', "
                "port = 'modem1', tries = ?, pages_sent = 1, pages_total = 3, "
                "cancel_requested = ?, rev = (SELECT value FROM revision) WHERE id = ?"));
            q.addBindValue(tries);
            q.addBindValue(cancelRequested ? 1 : 0);
            q.addBindValue(id);
            ok = q.exec() && q.numRowsAffected() == 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("force"));
    return ok;
}

QString accountName()
{
    const passwd *entry = getpwuid(geteuid());
    return entry && entry->pw_name ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

} // namespace Fax::Test
