// faxconsole's command line, run as the program: --help and --version need no display, and
// help and mistakes come in the user's language before the window opens; SIGINT and SIGTERM
// end it in order.
#include "processrun.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
