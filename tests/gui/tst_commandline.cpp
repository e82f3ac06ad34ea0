// faxconsole's command line, run as the program: --help and --version need no display, and
// help and mistakes come in the user's language before the window opens.
#include "processrun.h"

#include <QTemporaryDir>
#include <QTest>

using Fax::Test::ProcessRun;

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
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
