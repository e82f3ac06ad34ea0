// SPDX-License-Identifier: GPL-3.0-or-later
#include "localserverfixture.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

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

void LocalServerFixture::initFixture()
{
    m_tmp = new QTemporaryDir;
    QVERIFY(m_tmp->isValid());
    m_dataDir = m_tmp->filePath(QStringLiteral("data"));
    m_clock =
        std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::LocalTime));
    m_factory = std::make_unique<TestLineFactory>();
    m_doc1 = m_tmp->filePath(QStringLiteral("letter.pdf"));
    m_doc2 = m_tmp->filePath(QStringLiteral("annex.tif"));
    QVERIFY(writeFile(m_doc1, QByteArray(5000, 'a')));
    QVERIFY(writeFile(m_doc2, randomBytes(70000)));
}

void LocalServerFixture::cleanupFixture()
{
    delete m_tmp;
    m_tmp = nullptr;
}

std::unique_ptr<LocalFaxServer> LocalServerFixture::open(bool runScheduler, LineFactory *factory,
                                                         int busyTimeoutMs)
{
    LocalFaxServer::Options o;
    o.dataDirectory = m_dataDir;
    o.runScheduler = runScheduler;
    o.clock = m_clock.get();
    o.lineFactory = factory;
    o.pollIntervalMs = 20;
    o.busyTimeoutMs = busyTimeoutMs;
    auto server = std::make_unique<LocalFaxServer>(ConnectionSettings(), o);
    server->connectToServer();
    return server;
}

std::unique_ptr<LocalFaxServer> LocalServerFixture::openWithLine(const QString &portName)
{
    auto server = open(true, m_factory.get());
    Port p;
    p.name = portName;
    p.devicePath = QStringLiteral("/dev/ttyS0");
    if (!server->ports().isEmpty())
        return server;
    const Result r = waitFor(server->addPort(p));
    if (!r)
        qWarning() << r.error().message;
    return server;
}

FaxDocument LocalServerFixture::doc(const QString &number, const QString &name) const
{
    FaxDocument d;
    d.files = {m_doc1, m_doc2};
    Party r;
    r.name = name;
    r.faxNumber = number;
    d.recipients << r;
    d.subject = QStringLiteral("Quarterly report");
    d.sender.name = QStringLiteral("Bob");
    return d;
}

JobId LocalServerFixture::submitOne(LocalFaxServer &server, const FaxDocument &d)
{
    const auto ids = waitFor(server.submit(d));
    if (!ids) {
        qWarning() << ids.error().message;
        return 0;
    }
    return ids->value(0);
}

QueueStatus LocalServerFixture::statusOf(LocalFaxServer &server, JobId id)
{
    return server.job(id) ? server.job(id)->queueStatus : QueueStatus::Deleting;
}

QStringList LocalServerFixture::spoolEntries() const
{
    return QDir(m_dataDir + QStringLiteral("/spool"))
        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace Fax::Test
