// SPDX-License-Identifier: GPL-3.0-or-later
// Print-to-fax's hand-over checks (engine/printing/handover): the private inbox folder (no
// symlinks, the owner, the modes), the PDF check, the atomic write, the info file, the console's
// socket with its peer's credentials; the CUPS backend's arguments and exit codes.
#include "printing/handover.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Fax;

namespace {

/// An account that is not the test's own (nobody), for folders that belong to someone else.
constexpr uid_t otherUid = 65534;

const QByteArray pdf =
    QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n");

int openDir(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}

struct BackendRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

BackendRun runBackend(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(FAX_CUPS_BACKEND_PATH), arguments);
    BackendRun run;
    if (!process.waitForStarted())
        return run;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestPrintHandover final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createsThePrivateFolder();
    void refusesASymlinkedFolder();
    void refusesAFolderOfAnotherUser();
    void refusesOpenModes();
    void refusesAFileForAFolder();
    void inboxNeedsTheUsersOwnHome();
    void checksThePdf_data();
    void checksThePdf();
    void writesAtomically();
    void refusesUnsafeNames();
    void infoCannotBeForged();
    void notifiesOnlyTheUsersConsole();
    void backendListsItsDevice();
    void backendRefusesBadArguments();
    void backendRefusesUnknownUsersAndRoot();
    void backendRefusesBadDocuments();
    void backendNeedsTheUsersHome();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_base;
};

void TestPrintHandover::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_base = m_dir->path();
    ::chmod(QFile::encodeName(m_base).constData(), 0755);
}

void TestPrintHandover::createsThePrivateFolder()
{
    const int base = openDir(m_base);
    std::string why;
    const int fd = Handover::openPrivateFolder(base, "a/b/printed", ::getuid(), true, &why);
    QVERIFY2(fd >= 0, why.c_str());
    ::close(fd);
    QCOMPARE(modeOf(m_base + QStringLiteral("/a/b/printed")), mode_t(0700));
    // Opening again finds it; without create a missing folder is an error that names it.
    const int again = Handover::openPrivateFolder(base, "a/b/printed", ::getuid(), false, &why);
    QVERIFY(again >= 0);
    ::close(again);
    QCOMPARE(Handover::openPrivateFolder(base, "a/missing", ::getuid(), false, &why), -1);
    QVERIFY2(why.find("a/missing") != std::string::npos, why.c_str());
    ::close(base);
}

void TestPrintHandover::refusesASymlinkedFolder()
{
    // The last part and a part in between, each a symlink to a folder the user owns.
    QVERIFY(QDir(m_base).mkpath(QStringLiteral("elsewhere/printed")));
    ::chmod(QFile::encodeName(m_base + QStringLiteral("/elsewhere/printed")).constData(), 0700);
    QVERIFY(QDir(m_base).mkpath(QStringLiteral("a")));
    QVERIFY(QFile::link(m_base + QStringLiteral("/elsewhere/printed"),
                        m_base + QStringLiteral("/a/printed")));
    QVERIFY(QFile::link(m_base + QStringLiteral("/elsewhere"), m_base + QStringLiteral("/b")));
    const int base = openDir(m_base);
    for (const char *path : {"a/printed", "b/printed"}) {
        std::string why;
        QCOMPARE(Handover::openPrivateFolder(base, path, ::getuid(), true, &why), -1);
        QVERIFY2(why.find("symbolic link") != std::string::npos, why.c_str());
    }
    // Nothing was created through the links.
    QVERIFY(QDir(m_base + QStringLiteral("/elsewhere/printed")).isEmpty());
    ::close(base);
}

void TestPrintHandover::refusesAFolderOfAnotherUser()
{
    if (::getuid() != 0)
        QSKIP("needs root to give a folder to another user");
    QVERIFY(QDir(m_base).mkpath(QStringLiteral("a/printed")));
    ::chmod(QFile::encodeName(m_base + QStringLiteral("/a/printed")).constData(), 0700);
    const int base = openDir(m_base);
    std::string why;
    // The last part, then a part in between, belongs to someone else.
    QCOMPARE(::chown(QFile::encodeName(m_base + QStringLiteral("/a/printed")).constData(), otherUid,
                     otherUid),
             0);
    QCOMPARE(Handover::openPrivateFolder(base, "a/printed", ::getuid(), true, &why), -1);
    QVERIFY2(why.find("belongs to user id 65534") != std::string::npos, why.c_str());
    QCOMPARE(::chown(QFile::encodeName(m_base + QStringLiteral("/a/printed")).constData(), 0, 0),
             0);
    QCOMPARE(
        ::chown(QFile::encodeName(m_base + QStringLiteral("/a")).constData(), otherUid, otherUid),
        0);
    QCOMPARE(Handover::openPrivateFolder(base, "a/printed", ::getuid(), true, &why), -1);
    QVERIFY2(why.find("a belongs to user id 65534") != std::string::npos, why.c_str());
    ::close(base);
}

void TestPrintHandover::refusesOpenModes()
{
    QVERIFY(QDir(m_base).mkpath(QStringLiteral("a/printed")));
    const QByteArray last = QFile::encodeName(m_base + QStringLiteral("/a/printed"));
    const QByteArray middle = QFile::encodeName(m_base + QStringLiteral("/a"));
    const int base = openDir(m_base);
    std::string why;
    // The inbox itself: only 0700.
    for (const mode_t mode : {0755, 0750, 0701, 0777}) {
        ::chmod(last.constData(), mode);
        QCOMPARE(Handover::openPrivateFolder(base, "a/printed", ::getuid(), true, &why), -1);
        QVERIFY2(why.find("must be 0700") != std::string::npos, why.c_str());
    }
    ::chmod(last.constData(), 0700);
    // A folder on the way that others may write to (they could swap the inbox).
    for (const mode_t mode : {0775, 0757, 0777}) {
        ::chmod(middle.constData(), mode);
        QCOMPARE(Handover::openPrivateFolder(base, "a/printed", ::getuid(), true, &why), -1);
        QVERIFY2(why.find("others than its owner may write") != std::string::npos, why.c_str());
    }
    ::chmod(middle.constData(), 0755);
    const int fd = Handover::openPrivateFolder(base, "a/printed", ::getuid(), true, &why);
    QVERIFY2(fd >= 0, why.c_str());
    ::close(fd);
    ::close(base);
}

void TestPrintHandover::refusesAFileForAFolder()
{
    QVERIFY(QDir(m_base).mkpath(QStringLiteral("a")));
    QFile file(m_base + QStringLiteral("/a/printed"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const int base = openDir(m_base);
    std::string why;
    QCOMPARE(Handover::openPrivateFolder(base, "a/printed", ::getuid(), true, &why), -1);
    QVERIFY2(why.find("is not a folder") != std::string::npos, why.c_str());
    ::close(base);
}

void TestPrintHandover::inboxNeedsTheUsersOwnHome()
{
    const QByteArray home = QFile::encodeName(m_base + QStringLiteral("/home"));
    QVERIFY(QDir(m_base).mkpath(QStringLiteral("home")));
    std::string why;
    int fd = Handover::openInbox(home.constData(), ::getuid(), true, &why);
    QVERIFY2(fd >= 0, why.c_str());
    ::close(fd);
    QVERIFY(QFileInfo::exists(m_base + QStringLiteral("/home/.local/share/faxconsole/printed")));
    // A home others may write to, a home that is a symlink, no home.
    ::chmod(home.constData(), 0777);
    QCOMPARE(Handover::openInbox(home.constData(), ::getuid(), true, &why), -1);
    ::chmod(home.constData(), 0755);
    QVERIFY(QFile::link(m_base + QStringLiteral("/home"), m_base + QStringLiteral("/linked")));
    QCOMPARE(Handover::openInbox(QFile::encodeName(m_base + QStringLiteral("/linked")).constData(),
                                 ::getuid(), true, &why),
             -1);
    QCOMPARE(Handover::openInbox("/nonexistent", ::getuid(), true, &why), -1);
    QVERIFY2(why.find("/nonexistent") != std::string::npos, why.c_str());
    if (::getuid() == 0) {
        // root's own folder is no home of an ordinary user.
        QCOMPARE(Handover::openInbox(home.constData(), otherUid, true, &why), -1);
        QVERIFY2(why.find("belongs to user id 0") != std::string::npos, why.c_str());
    }
}

void TestPrintHandover::checksThePdf_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("problem");
    QTest::newRow("whole") << pdf << QString();
    QTest::newRow("garbage before the header") << QByteArray("\x1b%-12345X" + pdf) << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("PostScript") << QByteArray("%!PS-Adobe-3.0\n%%EOF\n")
                                << QStringLiteral("not a PDF document");
    QTest::newRow("cut short") << pdf.left(pdf.size() - 8) << QStringLiteral("cut short");
    QTest::newRow("header too late")
        << QByteArray(QByteArray(2000, ' ') + pdf) << QStringLiteral("not a PDF document");
}

void TestPrintHandover::checksThePdf()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, problem);
    const std::string result = Handover::checkPdf({data.constData(), size_t(data.size())});
    if (problem.isEmpty())
        QVERIFY2(result.empty(), result.c_str());
    else
        QVERIFY2(QString::fromStdString(result).contains(problem), result.c_str());
}

void TestPrintHandover::writesAtomically()
{
    const int folder = openDir(m_base);
    std::string why;
    QVERIFY2(Handover::writeFileAtomically(folder, "doc.pdf", {pdf.constData(), size_t(pdf.size())},
                                           &why),
             why.c_str());
    QFile written(m_base + QStringLiteral("/doc.pdf"));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), pdf);
    QCOMPARE(modeOf(written.fileName()), mode_t(0600));
    // No temporary file is left, and an existing file is replaced whole.
    QCOMPARE(QDir(m_base).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("doc.pdf")});
    QVERIFY(Handover::writeFileAtomically(folder, "doc.pdf", "%PDF-1.7 again %%EOF", &why));
    written.seek(0);
    QCOMPARE(QFile(written.fileName()).size(), qint64(20));
    ::close(folder);
}

void TestPrintHandover::refusesUnsafeNames()
{
    const int folder = openDir(m_base);
    std::string why;
    for (const char *name : {"", "../doc.pdf", "a/doc.pdf", ".hidden"})
        QVERIFY2(!Handover::writeFileAtomically(folder, name, "x", &why), name);
    // A symlink planted under the final name is replaced, never written through.
    QVERIFY(QFile::link(m_base + QStringLiteral("/target"), m_base + QStringLiteral("/doc.pdf")));
    QVERIFY(Handover::writeFileAtomically(folder, "doc.pdf", "%PDF- %%EOF", &why));
    QVERIFY(!QFileInfo(m_base + QStringLiteral("/doc.pdf")).isSymLink());
    QVERIFY(!QFileInfo::exists(m_base + QStringLiteral("/target")));
    ::close(folder);
}

void TestPrintHandover::infoCannotBeForged()
{
    Handover::PrintInfo info;
    info.title = "Report\njob=999\nuser=root";
    info.user = "alice";
    info.job = 42;
    const Handover::PrintInfo back = Handover::parseInfo(Handover::formatInfo(info));
    QCOMPARE(back.job, 42);
    QCOMPARE(back.user, std::string("alice"));
    QCOMPARE(back.title, std::string("Report job=999 user=root"));
    // Long titles are cut, not inside a UTF-8 sequence.
    info.title = std::string(255, 'x') + "\xc3\xa9\xc3\xa9";
    const std::string cut = Handover::parseInfo(Handover::formatInfo(info)).title;
    QCOMPARE(cut.size(), size_t(255));
}

void TestPrintHandover::notifiesOnlyTheUsersConsole()
{
    const int folder = openDir(m_base);
    std::string why;
    QVERIFY(!Handover::notifyConsole(folder, ::getuid(), "doc.pdf", &why));
    QVERIFY2(why.find("no Fax Console is running") != std::string::npos, why.c_str());

    // A console of this user: told, and its answer read.
    QLocalServer server;
    const QString socketPath = m_base + QLatin1Char('/') + QLatin1String(Handover::socketName);
    QVERIFY(server.listen(socketPath));
    QByteArray told;
    connect(&server, &QLocalServer::newConnection, this, [&] {
        QLocalSocket *s = server.nextPendingConnection();
        QVERIFY(Handover::peerUid(int(s->socketDescriptor())) == ::getuid());
        connect(s, &QLocalSocket::readyRead, s, [s, &told] {
            told += s->readAll();
            s->write("ok\n");
            s->flush();
        });
    });
    bool ok = false;
    QThread *thread =
        QThread::create([&] { ok = Handover::notifyConsole(folder, ::getuid(), "doc.pdf", &why); });
    thread->start();
    QTRY_VERIFY(thread->isFinished());
    delete thread;
    QVERIFY2(ok, why.c_str());
    QCOMPARE(told, QByteArray("doc.pdf\n"));

    if (::getuid() == 0) {
        // A socket of another user in the folder, and then one of this folder's user (the
        // file) whose listener runs as someone else (root here): neither is told.
        const QByteArray path = QFile::encodeName(socketPath);
        QCOMPARE(::chown(path.constData(), otherUid, otherUid), 0);
        QVERIFY(!Handover::notifyConsole(folder, ::getuid(), "doc.pdf", &why));
        QVERIFY2(why.find("belongs to user id 65534") != std::string::npos, why.c_str());
        told.clear();
        QVERIFY(!Handover::notifyConsole(folder, otherUid, "doc.pdf", &why));
        QVERIFY2(why.find("runs as user id 0") != std::string::npos, why.c_str());
        QCoreApplication::processEvents();
        QVERIFY(told.isEmpty());
    }
    // Not a socket.
    server.close();
    QFile plain(socketPath);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(!Handover::notifyConsole(folder, ::getuid(), "doc.pdf", &why));
    QVERIFY2(why.find("not a socket") != std::string::npos, why.c_str());
    ::close(folder);
}

void TestPrintHandover::backendListsItsDevice()
{
    const BackendRun run = runBackend({});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("direct faxconsole:/ \"Fax Console\" ")),
             qPrintable(run.out));
    QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
}

void TestPrintHandover::backendRefusesBadArguments()
{
    for (const QStringList &args : {QStringList{QStringLiteral("1")},
                                    QStringList{QStringLiteral("1"), QStringLiteral("u"),
                                                QStringLiteral("t"), QStringLiteral("1")},
                                    QStringList(8, QStringLiteral("x"))}) {
        const BackendRun run = runBackend(args);
        QCOMPARE(run.exitCode, 1); // CUPS_BACKEND_FAILED
        QVERIFY2(run.err.contains(QStringLiteral("Usage:")), qPrintable(run.err));
    }
}

void TestPrintHandover::backendRefusesUnknownUsersAndRoot()
{
    BackendRun run = runBackend({QStringLiteral("7"), QStringLiteral("no-such-user-xyz"),
                                 QStringLiteral("t"), QStringLiteral("1"), QString()},
                                pdf);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                 QStringLiteral("ERROR: the printing user 'no-such-user-xyz' is not a user")),
             qPrintable(run.err));
    run = runBackend({QStringLiteral("7"), QStringLiteral("root"), QStringLiteral("t"),
                      QStringLiteral("1"), QString()},
                     pdf);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("ERROR: documents printed by root")),
             qPrintable(run.err));
}

void TestPrintHandover::backendRefusesBadDocuments()
{
    const QStringList args{QStringLiteral("7"), QStringLiteral("nobody"), QStringLiteral("t"),
                           QStringLiteral("1"), QString()};
    BackendRun run = runBackend(args, QByteArray());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("ERROR: the printed document is empty")),
             qPrintable(run.err));
    run = runBackend(args, QByteArrayLiteral("%!PS-Adobe-3.0\nshowpage\n"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not a PDF document")), qPrintable(run.err));
    // The document as a file argument instead of standard input.
    QFile cut(m_base + QStringLiteral("/cut.pdf"));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(pdf.left(20));
    cut.close();
    run = runBackend(QStringList(args) << cut.fileName());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("cut short")), qPrintable(run.err));
    run = runBackend(QStringList(args) << m_base + QStringLiteral("/missing.pdf"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("cannot open the printed document")),
             qPrintable(run.err));
}

void TestPrintHandover::backendNeedsTheUsersHome()
{
    if (::getuid() != 0)
        QSKIP("the backend acts for a user only when it runs as root, as under CUPS");
    // nobody's home is /nonexistent: the child, already nobody, finds no inbox.
    const BackendRun run = runBackend({QStringLiteral("7"), QStringLiteral("nobody"),
                                       QStringLiteral("t"), QStringLiteral("1"), QString()},
                                      pdf);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("ERROR: not handed to nobody's Fax Console: cannot "
                                             "open the home folder /nonexistent")),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestPrintHandover)
#include "tst_printhandover.moc"
