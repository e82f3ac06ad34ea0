// SPDX-License-Identifier: GPL-3.0-or-later
// faxconsole's command line, run as the program: --help and --version need no display, and
// help and mistakes come in the user's language before the window opens; SIGINT and SIGTERM
// end it in order; --send hands files to this user's running console and to no one else's.
#include "processrun.h"
#include "sendhandoff.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using Fax::Test::ProcessRun;
using Fax::Test::RunningProcess;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    /// faxconsole with no display at all: a window would fail, answers must not need one.
    static ProcessRun console(const QStringList &args, const QString &locale)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANGUAGE"), QString());
        return Fax::Test::runProcess(QStringLiteral(FAXCONSOLE_PATH), args, env, 60000);
    }

private slots:
    void helpInEnglishAndGerman()
    {
        const ProcessRun en = console({QStringLiteral("--help")}, QStringLiteral("C.UTF-8"));
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.contains(QStringLiteral("Send, receive and administer faxes")),
                 qPrintable(en.out));
        QVERIFY2(en.out.contains(QStringLiteral("--data-dir <dir>")), qPrintable(en.out));
        QVERIFY2(en.out.contains(QStringLiteral("--server <server>")), qPrintable(en.out));
        const ProcessRun de = console({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(de.out.contains(QStringLiteral("Faxe über lokale Modems")), qPrintable(de.out));
        QVERIFY2(de.out.contains(QStringLiteral("--data-dir <Ordner>")), qPrintable(de.out));
        QVERIFY2(!de.out.contains(QStringLiteral("Send, receive")), qPrintable(de.out));
    }

    // --lang overrides the system's language, for help and mistakes too.
    void languageOption()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")},
              QStringList{QStringLiteral("--lang=de"), QStringLiteral("--help")}}) {
            const ProcessRun de = console(args, QStringLiteral("C.UTF-8"));
            QCOMPARE(de.exitCode, 0);
            QVERIFY2(de.out.contains(QStringLiteral("Faxe über lokale Modems")),
                     qPrintable(de.out));
        }
        const ProcessRun en =
            console({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")},
                    QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.contains(QStringLiteral("Send, receive and administer faxes")),
                 qPrintable(en.out));
        for (const char *option : {"--lang <language>", "--view <file>", "--settings"})
            QVERIFY2(en.out.contains(QLatin1String(option)), option);
        const ProcessRun bad =
            console({QStringLiteral("--lang"), QStringLiteral("xx")}, QStringLiteral("C.UTF-8"));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("'xx' is not a language")), qPrintable(bad.err));
    }

    void version()
    {
        const ProcessRun r = console({QStringLiteral("--version")}, QStringLiteral("C.UTF-8"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("faxconsole " FAX_VERSION "\n"));
    }

    void mistakesBeforeTheWindow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad server")
            << QStringList{QStringLiteral("--server"), QStringLiteral("bogus://x")}
            << QStringLiteral("C.UTF-8") << QStringLiteral("bogus://x");
        QTest::newRow("bad server, German")
            << QStringList{QStringLiteral("--server"), QStringLiteral("bogus://x")}
            << QStringLiteral("de_DE.UTF-8") << QStringLiteral("ist kein Server");
        QTest::newRow("data dir for HylaFAX")
            << QStringList{QStringLiteral("--server"), QStringLiteral("hylafax://fax@host"),
                           QStringLiteral("--data-dir"), QStringLiteral("/tmp")}
            << QStringLiteral("C.UTF-8")
            << QStringLiteral("--data-dir is for the local engine, not for hylafax://fax@host");
        QTest::newRow("data dir for HylaFAX, German")
            << QStringList{QStringLiteral("--server"), QStringLiteral("hylafax://fax@host"),
                           QStringLiteral("--data-dir"), QStringLiteral("/tmp")}
            << QStringLiteral("de_DE.UTF-8")
            << QStringLiteral("--data-dir gilt für den lokalen Faxdienst");
    }

    void mistakesBeforeTheWindow()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, locale);
        QFETCH(QString, message);
        const ProcessRun r = console(args, locale);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("faxconsole: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void stopsInOrderOnSignals_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("SIGTERM");
        QTest::newRow("SIGINT") << int(SIGINT) << QStringLiteral("SIGINT");
    }

    // The console dispatches the jobs of its data folder; a signal must end it the way quitting
    // does, not kill it: the port it drove is handed back as offline (killed, the port would
    // keep the dead dispatcher's state for every other console to see).
    void stopsInOrderOnSignals()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString server = QStringLiteral("local:") + tmp.filePath(QStringLiteral("data"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("FAXCONSOLE_SERVER"));
        const ProcessRun added = Fax::Test::runProcess(
            QStringLiteral(FAXCTL_PATH),
            {QStringLiteral("--server"), server, QStringLiteral("port"), QStringLiteral("p1"),
             QStringLiteral("add"), tmp.filePath(QStringLiteral("no-such-modem"))},
            env, 30000);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const auto port = [&]() {
            const QStringList args{QStringLiteral("--server"), server, QStringLiteral("--json"),
                                   QStringLiteral("ports")};
            const ProcessRun r =
                Fax::Test::runProcess(QStringLiteral(FAXCTL_PATH), args, env, 30000);
            return Fax::Test::jsonOutput(r, args)
                .value(QStringLiteral("ports"))
                .toArray()
                .at(0)
                .toObject();
        };
        QCOMPARE(port().value(QStringLiteral("state")).toString(), QStringLiteral("offline"));

        RunningProcess console;
        console.process.setProcessEnvironment(env);
        console.process.start(QStringLiteral(FAXCONSOLE_PATH),
                              {QStringLiteral("--server"), server});
        QVERIFY(console.process.waitForStarted(10000));
        // Once it dispatches, it has tried the port's modem, which does not exist.
        QDeadlineTimer deadline(30000);
        while (port().value(QStringLiteral("state")).toString() != QLatin1String("error") &&
               !deadline.hasExpired() && console.process.state() == QProcess::Running)
            QTest::qWait(200);
        QVERIFY2(port().value(QStringLiteral("state")).toString() == QLatin1String("error"),
                 qPrintable(console.describe()));

        QCOMPARE(::kill(pid_t(console.process.processId()), signal), 0);
        QVERIFY2(console.finish(30000), qPrintable(console.describe()));
        QVERIFY2(console.process.exitCode() == 0, qPrintable(console.describe()));
        QVERIFY2(QString::fromUtf8(console.err).contains(QStringLiteral("stopping on ") + name),
                 qPrintable(console.describe()));
        const QJsonObject after = port();
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
        QCOMPARE(after.value(QStringLiteral("stateText")).toString(),
                 QStringLiteral("No process is dispatching fax jobs"));
    }

    // faxconsole --send FILE... hands the files, made absolute, to the console this user runs
    // (here the test listens in its place, in a runtime folder of its own) and ends.
    void sendHandsFilesToTheRunningConsole()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        Fax::SendHandoff handoff;
        QVERIFY2(handoff.listen(), qPrintable(handoff.errorString()));
        QCOMPARE(Fax::SendHandoff::socketPath(),
                 runtime.filePath(QStringLiteral("faxconsole-send")));
        QSignalSpy received(&handoff, &Fax::SendHandoff::filesReceived);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), runtime.filePath(QStringLiteral("config")));
        RunningProcess sender;
        sender.process.setProcessEnvironment(env);
        sender.process.setWorkingDirectory(runtime.path());
        sender.process.start(QStringLiteral(FAXCONSOLE_PATH),
                             {QStringLiteral("--send"), QStringLiteral("letter.pdf"),
                              QStringLiteral("scans/page 2.tif")});
        QVERIFY(received.wait(30000));
        QCOMPARE(received.first().first().toStringList(),
                 QStringList({runtime.filePath(QStringLiteral("letter.pdf")),
                              runtime.filePath(QStringLiteral("scans/page 2.tif"))}));
        QVERIFY2(sender.finish(30000), qPrintable(sender.describe()));
        QCOMPARE(sender.process.exitCode(), 0);
        qunsetenv("XDG_RUNTIME_DIR");
    }

    // SO_PEERCRED names the user at the other end of a socket: this process at both ends of a
    // socket pair; nothing for what is not a socket.
    void peerCredentials()
    {
        int fds[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
        QVERIFY(Fax::SendHandoff::peerIsUser(fds[0], ::getuid()));
        QVERIFY(!Fax::SendHandoff::peerIsUser(fds[0], ::getuid() + 1));
        ::close(fds[0]);
        ::close(fds[1]);
        QVERIFY(!Fax::SendHandoff::peerIsUser(-1, ::getuid()));
    }

    // Another user who reaches the socket (here it is opened to everyone on purpose) is cut off
    // without an answer, and the console hears of nothing. Needs root to become another user.
    void anotherUserIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to connect as another user");
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                          QFile::ExeOwner | QFile::ReadOther |
                                                          QFile::ExeOther));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        Fax::SendHandoff handoff;
        QVERIFY2(handoff.listen(), qPrintable(handoff.errorString()));
        const QByteArray path = QFile::encodeName(Fax::SendHandoff::socketPath());
        QVERIFY(QFile::setPermissions(QFile::decodeName(path), QFileDevice::Permissions(0x7777)));
        QSignalSpy received(&handoff, &Fax::SendHandoff::filesReceived);

        // The child becomes nobody, connects, sends a file and reports what it got back:
        // exit 0 for no answer, 1 for an answer, 2 when it could not connect.
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(3);
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            std::strncpy(address.sun_path, path.constData(), sizeof address.sun_path - 1);
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
                ::_exit(2);
            const char message[] = "/tmp/evil.pdf\n\n";
            if (::write(fd, message, sizeof message - 1) < 0)
                ::_exit(4);
            char answer[8];
            ::_exit(::read(fd, answer, sizeof answer) > 0 ? 1 : 0);
        }
        int status = 0;
        QDeadlineTimer deadline(30000);
        pid_t done = 0;
        while ((done = ::waitpid(child, &status, WNOHANG)) == 0 && !deadline.hasExpired())
            QTest::qWait(20);
        QCOMPARE(done, child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(received.size(), 0);
        qunsetenv("XDG_RUNTIME_DIR");
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
