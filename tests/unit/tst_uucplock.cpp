// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/uucplock.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Fax;

class TestUucpLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lockFileNames();
    void writesHdbFormatAndReleases();
    void liveHolderIsNamed();
    void ownProcessHoldsIt();
    void staleLockIsTakenOver();
    void garbageLockIsTakenOver();
    void releaseLeavesForeignLock();
    void unwritableDirectoryIsAClearError();

private:
    static void writeLock(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
};

void TestUucpLock::lockFileNames()
{
    QCOMPARE(UucpLock::lockFileName(QStringLiteral("/dev/ttyS0")), QStringLiteral("LCK..ttyS0"));
    QCOMPARE(UucpLock::lockFileName(QStringLiteral("/dev/ttyUSB1")),
             QStringLiteral("LCK..ttyUSB1"));
    QCOMPARE(UucpLock::lockFileName(QStringLiteral("/dev/pts/3")), QStringLiteral("LCK..pts_3"));
    QCOMPARE(UucpLock::lockFileName(QStringLiteral("/tmp/x/ttyFAX")),
             QStringLiteral("LCK..ttyFAX"));
}

void TestUucpLock::writesHdbFormatAndReleases()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("LCK..ttyS0"));
    {
        UucpLock lock(dir.path());
        const Result r = lock.acquire(QStringLiteral("/dev/ttyS0"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(lock.isHeld());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QCOMPARE(content.size(), 11);
        QCOMPARE(content, QByteArray::number(qint64(::getpid())).rightJustified(10, ' ') + '\n');
        QCOMPARE(UucpLock::readPid(path), std::optional<qint64>(::getpid()));
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("LCK..ttyS0")});
    }
    QVERIFY(!QFile::exists(path)); // the destructor released it
}

void TestUucpLock::liveHolderIsNamed()
{
    QTemporaryDir dir;
    QProcess holder;
    holder.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(holder.waitForStarted());
    const qint64 pid = holder.processId();
    writeLock(dir.filePath(QStringLiteral("LCK..ttyS0")),
              QByteArray::number(pid).rightJustified(10, ' ') + '\n');
    UucpLock lock(dir.path());
    const Result r = lock.acquire(QStringLiteral("/dev/ttyS0"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::NotPermitted);
    QCOMPARE(r.error().message,
             QStringLiteral("/dev/ttyS0 is in use by another program (PID %1, lock file %2)")
                 .arg(pid)
                 .arg(dir.filePath(QStringLiteral("LCK..ttyS0"))));
    QVERIFY(!lock.isHeld());
    // The holder's lock is untouched.
    QCOMPARE(UucpLock::readPid(dir.filePath(QStringLiteral("LCK..ttyS0"))),
             std::optional<qint64>(pid));
    holder.kill();
    holder.waitForFinished();
}

void TestUucpLock::ownProcessHoldsIt()
{
    QTemporaryDir dir;
    UucpLock first(dir.path());
    QVERIFY(first.acquire(QStringLiteral("/dev/ttyS1")).ok());
    UucpLock second(dir.path());
    const Result r = second.acquire(QStringLiteral("/dev/ttyS1"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(
                 QStringLiteral("/dev/ttyS1 is in use by this program (PID %1").arg(::getpid())),
             qPrintable(r.error().message));
}

void TestUucpLock::staleLockIsTakenOver()
{
    QTemporaryDir dir;
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QVERIFY(!UucpLock::processAlive(pid));
    const QString path = dir.filePath(QStringLiteral("LCK..ttyS0"));
    writeLock(path, QByteArray::number(pid).rightJustified(10, ' ') + '\n');
    UucpLock lock(dir.path());
    const Result r = lock.acquire(QStringLiteral("/dev/ttyS0"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(UucpLock::readPid(path), std::optional<qint64>(::getpid()));
}

void TestUucpLock::garbageLockIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("LCK..ttyS0"));
    writeLock(path, "not a pid\n");
    UucpLock lock(dir.path());
    QVERIFY(lock.acquire(QStringLiteral("/dev/ttyS0")).ok());
    QCOMPARE(UucpLock::readPid(path), std::optional<qint64>(::getpid()));
}

void TestUucpLock::releaseLeavesForeignLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("LCK..ttyS0"));
    UucpLock lock(dir.path());
    QVERIFY(lock.acquire(QStringLiteral("/dev/ttyS0")).ok());
    // Someone broke our lock and took the port: their lock must survive our release.
    QFile::remove(path);
    writeLock(path, "         1\n");
    lock.release();
    QVERIFY(QFile::exists(path));
}

void TestUucpLock::unwritableDirectoryIsAClearError()
{
    UucpLock lock(QStringLiteral("/nonexistent/lockdir"));
    const Result r = lock.acquire(QStringLiteral("/dev/ttyS0"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(QStringLiteral(
                 "Cannot lock /dev/ttyS0: cannot create a lock file in /nonexistent/lockdir:")),
             qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestUucpLock)
#include "tst_uucplock.moc"
