// SPDX-License-Identifier: GPL-3.0-or-later
// PrintInbox, the console's side of print-to-fax: its folder must be the user's own and private,
// it announces each document once (waiting ones at start, new ones from the folder and the
// socket), ignores what is not a finished document of the user's, answers on its socket only
// processes of the same user, and removes only its own documents.
#include "printing/handover.h"
#include "printing/printinbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstring>

#include <csignal>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Fax;

namespace {

constexpr uid_t otherUid = 65534;
const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\ntrailer\n<< >>\n%%EOF\n");

/// Leaves a document as the backend does: the info, then the PDF, each written atomically.
bool drop(const QString &folder, const QString &stem, const QString &title)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    Handover::PrintInfo info;
    info.title = title.toStdString();
    info.job = 3;
    std::string why;
    const bool ok =
        Handover::writeFileAtomically(fd, QString(stem + QStringLiteral(".info")).toStdString(),
                                      Handover::formatInfo(info), &why) &&
        Handover::writeFileAtomically(fd, QString(stem + QStringLiteral(".pdf")).toStdString(),
                                      {pdf.constData(), size_t(pdf.size())}, &why);
    ::close(fd);
    return ok;
}

} // namespace

class TestPrintInbox final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createsAPrivateFolder();
    void refusesFoldersNotPrivate_data();
    void refusesFoldersNotPrivate();
    void announcesWaitingThenNewDocuments();
    void ignoresWhatIsNotAFinishedDocument();
    void socketTellsAtOnce();
    void socketIgnoresOtherUsers();
    void removesOnlyItsDocuments();
    void twoConsolesClaimEachDocumentOnce();
    void claimOfADeadConsoleIsTakenOver();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

void TestPrintInbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->path() + QStringLiteral("/printed");
}

void TestPrintInbox::createsAPrivateFolder()
{
    PrintInbox inbox(m_folder);
    const Result started = inbox.start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    struct stat st = {};
    QCOMPARE(::lstat(QFile::encodeName(m_folder).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    QVERIFY(inbox.isListening());
    QVERIFY(QFileInfo(m_folder + QStringLiteral("/console.socket")).exists());
    QVERIFY(inbox.documents().isEmpty());
}

void TestPrintInbox::refusesFoldersNotPrivate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("symlink") << "symlink"
                             << "symbolic link";
    QTest::newRow("mode 0755") << "open"
                               << "must be 0700";
    QTest::newRow("another user's") << "owner"
                                    << "belongs to user id 65534";
}

void TestPrintInbox::refusesFoldersNotPrivate()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    if (kind == QLatin1String("owner") && ::getuid() != 0)
        QSKIP("needs root to give the folder to another user");
    const QString real = m_dir->path() + QStringLiteral("/real");
    QVERIFY(QDir().mkpath(real));
    ::chmod(QFile::encodeName(real).constData(), 0700);
    QVERIFY(drop(real, QStringLiteral("print-1"), QStringLiteral("Secret")));
    if (kind == QLatin1String("symlink")) {
        QVERIFY(QFile::link(real, m_folder));
    } else {
        QVERIFY(QDir().rename(real, m_folder));
        if (kind == QLatin1String("open"))
            ::chmod(QFile::encodeName(m_folder).constData(), 0755);
        else
            QCOMPARE(::chown(QFile::encodeName(m_folder).constData(), otherUid, otherUid), 0);
    }
    PrintInbox inbox(m_folder);
    QSignalSpy arrived(&inbox, &PrintInbox::documentArrived);
    const Result started = inbox.start();
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains(message), qPrintable(started.error().message));
    QVERIFY2(started.error().message.contains(m_folder), qPrintable(started.error().message));
    QVERIFY(!inbox.isListening());
    QVERIFY(inbox.documents().isEmpty());
    QCOMPARE(arrived.count(), 0);
}

void TestPrintInbox::announcesWaitingThenNewDocuments()
{
    QVERIFY(QDir().mkpath(m_folder));
    ::chmod(QFile::encodeName(m_folder).constData(), 0700);
    QVERIFY(drop(m_folder, QStringLiteral("print-1"), QStringLiteral("Printed before")));
    PrintInbox inbox(m_folder);
    QSignalSpy arrived(&inbox, &PrintInbox::documentArrived);
    QVERIFY(inbox.start().ok());
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(arrived.at(0).at(0).toString(), m_folder + QStringLiteral("/print-1.pdf"));
    QCOMPARE(arrived.at(0).at(1).toString(), QStringLiteral("Printed before"));

    // A new one, seen by the folder watcher; the waiting one is not announced again.
    QVERIFY(drop(m_folder, QStringLiteral("print-2"), QStringLiteral("Printed now")));
    QTRY_COMPARE(arrived.count(), 2);
    QCOMPARE(arrived.at(1).at(1).toString(), QStringLiteral("Printed now"));
    const QList<PrintedDocument> waiting = inbox.documents();
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.at(0).title, QStringLiteral("Printed before"));
    QCOMPARE(waiting.at(0).cupsJob, 3);
    QTest::qWait(50);
    QCOMPARE(arrived.count(), 2);
}

void TestPrintInbox::ignoresWhatIsNotAFinishedDocument()
{
    QVERIFY(QDir().mkpath(m_folder));
    ::chmod(QFile::encodeName(m_folder).constData(), 0700);
    // A temporary file of the backend, a symlink to a PDF elsewhere, not a PDF name.
    QFile temporary(m_folder + QStringLiteral("/.tmp-1-0-print-9.pdf"));
    QVERIFY(temporary.open(QIODevice::WriteOnly));
    temporary.write(pdf);
    temporary.close();
    QFile elsewhere(m_dir->path() + QStringLiteral("/elsewhere.pdf"));
    QVERIFY(elsewhere.open(QIODevice::WriteOnly));
    elsewhere.write(pdf);
    elsewhere.close();
    QVERIFY(QFile::link(elsewhere.fileName(), m_folder + QStringLiteral("/linked.pdf")));
    QVERIFY(drop(m_folder, QStringLiteral("print-3"), QStringLiteral("Real")));
    QVERIFY(QFile::rename(m_folder + QStringLiteral("/print-3.pdf"),
                          m_folder + QStringLiteral("/print-3.txt")));
    if (::getuid() == 0) {
        QVERIFY(drop(m_folder, QStringLiteral("print-4"), QStringLiteral("Someone else's")));
        QCOMPARE(::chown(QFile::encodeName(m_folder + QStringLiteral("/print-4.pdf")).constData(),
                         otherUid, otherUid),
                 0);
    }
    PrintInbox inbox(m_folder);
    QSignalSpy arrived(&inbox, &PrintInbox::documentArrived);
    QVERIFY(inbox.start().ok());
    QCOMPARE(arrived.count(), 0);
    QVERIFY(inbox.documents().isEmpty());
}

void TestPrintInbox::socketTellsAtOnce()
{
    PrintInbox inbox(m_folder);
    QVERIFY(inbox.start().ok());
    QSignalSpy arrived(&inbox, &PrintInbox::documentArrived);
    QVERIFY(drop(m_folder, QStringLiteral("print-5"), QStringLiteral("Told")));
    const int fd = ::open(QFile::encodeName(m_folder).constData(), O_RDONLY | O_DIRECTORY);
    bool told = false;
    std::string why;
    QThread *thread = QThread::create(
        [&] { told = Handover::notifyConsole(fd, ::getuid(), "print-5.pdf", &why); });
    thread->start();
    QTRY_VERIFY(thread->isFinished());
    delete thread;
    ::close(fd);
    QVERIFY2(told, why.c_str());
    // Answered after it scanned: the document was announced by then.
    QVERIFY(arrived.count() >= 1);
    QCOMPARE(arrived.at(0).at(1).toString(), QStringLiteral("Told"));
}

void TestPrintInbox::socketIgnoresOtherUsers()
{
    if (::getuid() != 0)
        QSKIP("needs root to connect as another user");
    PrintInbox inbox(m_folder);
    QVERIFY(inbox.start().ok());
    // Let others through the folder (it is private otherwise, the first defence) to reach the
    // second: the peer's credentials.
    ::chmod(QFile::encodeName(m_dir->path()).constData(), 0711);
    ::chmod(QFile::encodeName(m_folder).constData(), 0711);
    ::chmod(QFile::encodeName(m_folder + QStringLiteral("/console.socket")).constData(), 0777);
    QVERIFY(drop(m_folder, QStringLiteral("print-6"), QStringLiteral("Not yours")));
    QSignalSpy arrived(&inbox, &PrintInbox::documentArrived);
    const QByteArray path = QFile::encodeName(m_folder + QStringLiteral("/console.socket"));
    const pid_t child = ::fork();
    if (child == 0) {
        // As nobody: connect, tell, and see whether the console answers.
        if (::setgid(otherUid) != 0 || ::setuid(otherUid) != 0)
            ::_exit(3);
        const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path.constData(), sizeof address.sun_path - 1);
        if (::connect(s, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            ::_exit(4);
        const char line[] = "print-6.pdf\n";
        if (::write(s, line, sizeof line - 1) < 0)
            ::_exit(0); // closed on it: refused
        char reply[4] = {};
        ::_exit(::read(s, reply, sizeof reply) > 0 ? 1 : 0);
    }
    QVERIFY(child > 0);
    int status = -1;
    bool ended = false;
    const auto reap = [&] {
        return ended || (ended = ::waitpid(child, &status, WNOHANG) == child);
    };
    QTRY_VERIFY(reap());
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0); // connected, and got no answer
    QCOMPARE(arrived.count(), 0);     // and told nothing (the watcher was not involved yet)
}

void TestPrintInbox::removesOnlyItsDocuments()
{
    PrintInbox inbox(m_folder);
    QVERIFY(inbox.start().ok());
    QVERIFY(drop(m_folder, QStringLiteral("print-7"), QStringLiteral("Done")));
    const QString path = m_folder + QStringLiteral("/print-7.pdf");
    QTRY_COMPARE(inbox.documents().size(), 1);
    // Not in the inbox, or not a document: refused, and left alone.
    QFile outside(m_dir->path() + QStringLiteral("/outside.pdf"));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.close();
    Result r = inbox.remove(outside.fileName());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::NotFound);
    QVERIFY(outside.exists());
    r = inbox.remove(m_folder + QStringLiteral("/../outside.pdf"));
    QVERIFY(!r.ok());
    QVERIFY(outside.exists());
    QVERIFY(!inbox.remove(m_folder + QStringLiteral("/print-7.info")).ok());
    // Its own: the PDF and its info go.
    r = inbox.remove(path);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_folder + QStringLiteral("/print-7.info")));
    QVERIFY(!QFileInfo::exists(m_folder + QStringLiteral("/print-7.claim")));
    QVERIFY(inbox.documents().isEmpty());
}

// Two consoles of one user on one inbox: each document is announced by exactly one of them,
// waiting ones and new ones alike; once the holder removes it, the other never sees it.
void TestPrintInbox::twoConsolesClaimEachDocumentOnce()
{
    QVERIFY(QDir().mkpath(m_folder));
    ::chmod(QFile::encodeName(m_folder).constData(), 0700);
    QVERIFY(drop(m_folder, QStringLiteral("print-1"), QStringLiteral("Waiting")));
    PrintInbox first(m_folder);
    PrintInbox second(m_folder);
    QSignalSpy firstArrived(&first, &PrintInbox::documentArrived);
    QSignalSpy secondArrived(&second, &PrintInbox::documentArrived);
    QVERIFY(first.start().ok());
    QVERIFY(second.start().ok());
    QCOMPARE(firstArrived.count(), 1);
    QCOMPARE(secondArrived.count(), 0);
    QCOMPARE(first.claimed(), QStringList{m_folder + QStringLiteral("/print-1.pdf")});
    QVERIFY(second.claimed().isEmpty());
    QFile claim(m_folder + QStringLiteral("/print-1.claim"));
    QVERIFY(claim.open(QIODevice::ReadOnly));
    QCOMPARE(claim.readAll(), QByteArray::number(qint64(::getpid())) + '\n');
    claim.close();

    // New ones, seen by both watchers: one announcement each.
    for (int i = 2; i <= 4; ++i)
        QVERIFY(drop(m_folder, QStringLiteral("print-%1").arg(i), QStringLiteral("New")));
    QTRY_COMPARE(firstArrived.count() + secondArrived.count(), 4);
    QTest::qWait(200);
    QCOMPARE(firstArrived.count() + secondArrived.count(), 4);
    QSet<QString> announced;
    for (const auto *spy : {&firstArrived, &secondArrived})
        for (const QList<QVariant> &arguments : *spy)
            announced.insert(arguments.at(0).toString());
    QCOMPARE(announced.size(), 4);

    // The holder settles one: gone for both, the other does not take it up.
    const QString settled = m_folder + QStringLiteral("/print-1.pdf");
    QVERIFY(first.remove(settled).ok());
    QVERIFY(!QFileInfo::exists(m_folder + QStringLiteral("/print-1.claim")));
    QTest::qWait(200);
    for (const QList<QVariant> &arguments : secondArrived)
        QVERIFY(arguments.at(0).toString() != settled);
    QVERIFY(!second.claimed().contains(settled));
}

// A console that ended without settling its documents: its claims end with it. A claim file
// left by a process that is gone (here: a child that claimed, then was killed, and a file that
// merely names a dead process) does not hold anything; the next console announces them.
void TestPrintInbox::claimOfADeadConsoleIsTakenOver()
{
    QVERIFY(QDir().mkpath(m_folder));
    ::chmod(QFile::encodeName(m_folder).constData(), 0700);
    QVERIFY(drop(m_folder, QStringLiteral("print-1"), QStringLiteral("Claimed by a dead child")));
    QVERIFY(drop(m_folder, QStringLiteral("print-2"), QStringLiteral("Named a dead process")));
    QVERIFY(drop(m_folder, QStringLiteral("print-3"), QStringLiteral("Claimed by a console")));

    // A child claims print-1 the way a console does, then dies while holding it.
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    // Made before fork: the child only makes system calls.
    const QByteArray claimFile = QFile::encodeName(m_folder + QStringLiteral("/print-1.claim"));
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(ready[0]);
        const int fd = ::open(claimFile.constData(), O_RDWR | O_CREAT, 0600);
        const bool held = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        const char c = held ? '1' : '0';
        (void)!::write(ready[1], &c, 1);
        ::pause();
        _exit(0);
    }
    ::close(ready[1]);
    char c = 0;
    QCOMPARE(::read(ready[0], &c, 1), ssize_t(1));
    ::close(ready[0]);
    QCOMPARE(c, '1');
    // While it lives, print-1 is its: a console announces the others only.
    {
        PrintInbox console(m_folder);
        QSignalSpy arrived(&console, &PrintInbox::documentArrived);
        QVERIFY(console.start().ok());
        QCOMPARE(arrived.count(), 2);
        QVERIFY(!console.claimed().contains(m_folder + QStringLiteral("/print-1.pdf")));
    } // ... and this console ends without settling print-2 and print-3
    ::kill(child, SIGKILL);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(QFileInfo::exists(m_folder + QStringLiteral("/print-1.claim")));
    // A claim file naming a process that is gone, never locked.
    QFile stale(m_folder + QStringLiteral("/print-2.claim"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray::number(qint64(child)) + '\n');
    stale.close();

    PrintInbox next(m_folder);
    QSignalSpy arrived(&next, &PrintInbox::documentArrived);
    QVERIFY(next.start().ok());
    QCOMPARE(arrived.count(), 3);
    QCOMPARE(next.claimed().size(), 3);
}

QTEST_GUILESS_MAIN(TestPrintInbox)
#include "tst_printinbox.moc"
