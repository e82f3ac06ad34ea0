// The fax console: parses the command line, picks the server and shows the main window.
#include "connectionprofiles.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <optional>

namespace {

// Installs the console's translation (compiled in under :/translations) and Qt's own.
void loadTranslations(QApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("faxconsole"), QStringLiteral("_"),
                  QStringLiteral(":/translations")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "faxconsole: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("FaxConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("faxconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAX_VERSION));

    // The command line is parsed before the GUI starts, so --help, --version and mistakes are
    // answered on a terminal without a display.
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Send, receive and administer faxes on local modems or a HylaFAX server."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Use the local engine with its queue in <dir>."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main",
                                    "Connect to <server>: 'local' or hylafax://USER@HOST[:PORT]."),
        QCoreApplication::translate("main", "server"));
    parser.addOption(dataDirOption);
    parser.addOption(serverOption);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Qt's own options (-platform, -style) are unknown until QApplication removes them, so this
    // first pass only answers what needs no display; the strict pass follows below.
    parser.parse(arguments);
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                        QStringLiteral("faxconsole"))),
                   stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("faxconsole %s\n", FAX_VERSION);
        return 0;
    }
    std::optional<Fax::ConnectionSettings> fromCommandLine;
    if (parser.isSet(serverOption)) {
        Fax::ConnectionSettings settings;
        QString error;
        if (!Fax::ConnectionSettings::fromUrl(parser.value(serverOption), &settings, &error))
            return fail(error);
        fromCommandLine = settings;
    }
    if (parser.isSet(dataDirOption)) {
        if (fromCommandLine && fromCommandLine->kind != Fax::ServerKind::Local)
            return fail(QCoreApplication::translate(
                            "main", "--data-dir is for the local engine, not for %1")
                            .arg(fromCommandLine->toUrl()));
        if (!fromCommandLine)
            fromCommandLine = Fax::ConnectionSettings();
        fromCommandLine->dataDirectory = QDir(parser.value(dataDirOption)).absolutePath();
    }

    QApplication app(argc, argv);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("main", "unexpected argument '%1'")
                        .arg(parser.positionalArguments().first()));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Fax Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("faxconsole"));
    loadTranslations(app);

    // Without options: the last used profile, else the local engine on its default folder.
    Fax::ConnectionProfiles profiles;
    const Fax::ConnectionSettings settings =
        fromCommandLine ? *fromCommandLine : profiles.startupSettings();

    Fax::MainWindow window(nullptr, &profiles);
    window.show();
    window.connectTo(settings);
    return app.exec();
}
