// The fax console: parses the command line, picks the server and shows the main window.
#include "connectionprofiles.h"
#include "covereditorwindow.h"
#include "mainwindow.h"
#include "quitsignals.h"

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
void loadTranslations(QCoreApplication &app)
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

/// The command line, described in the language of the translators installed when it is made.
struct CommandLine
{
    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Send, receive and administer faxes on local modems or a HylaFAX server."));
        parser.addOption(dataDir);
        parser.addOption(server);
        parser.addOption(coverEditor);
        parser.addPositionalArgument(
            QStringLiteral("file"),
            QCoreApplication::translate("main", "With --cover-editor: the cover page to open."),
            QStringLiteral("[file]"));
    }
    QString helpText() const
    {
        return parser.helpText().replace(QStringLiteral("<executable_name>"),
                                         QStringLiteral("faxconsole"));
    }

    QCommandLineParser parser;
    const QCommandLineOption help{parser.addHelpOption()};
    const QCommandLineOption version{parser.addVersionOption()};
    const QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Use the local engine with its queue in <dir>."),
        QCoreApplication::translate("main", "dir")};
    const QCommandLineOption server{
        QStringLiteral("server"),
        QCoreApplication::translate("main",
                                    "Connect to <server>: 'local' or hylafax://USER@HOST[:PORT]."),
        QCoreApplication::translate("main", "server")};
    const QCommandLineOption coverEditor{
        QStringLiteral("cover-editor"),
        QCoreApplication::translate("main", "Open the Cover Page Editor alone (on [file] if "
                                            "given), without connecting to a server.")};
};

int fail(const QString &message)
{
    std::fprintf(stderr, "faxconsole: %s\n", qPrintable(message));
    return 2;
}

/// What the command line gets before any display is needed: --help, --version and mistakes in
/// --server or --data-dir. Returns the exit code when the program ends here (having printed
/// the answer when print is set), else std::nullopt with the server the options chose.
/// Qt's own options (-platform, -style) are unknown until QApplication removes them, so this
/// pass is lenient; the strict one follows once the application exists.
std::optional<int> answerEarly(const QStringList &arguments, bool print,
                               std::optional<Fax::ConnectionSettings> *fromCommandLine)
{
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.parse(arguments);
    if (parser.isSet(commandLine.help)) {
        if (print)
            std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(commandLine.version)) {
        if (print)
            std::printf("faxconsole %s\n", FAX_VERSION);
        return 0;
    }
    const auto error = [print](const QString &message) { return print ? fail(message) : 2; };
    if (parser.isSet(commandLine.server)) {
        Fax::ConnectionSettings settings;
        QString why;
        if (!Fax::ConnectionSettings::fromUrl(parser.value(commandLine.server), &settings, &why))
            return error(why);
        *fromCommandLine = settings;
    }
    if (parser.isSet(commandLine.dataDir)) {
        if (*fromCommandLine && (*fromCommandLine)->kind != Fax::ServerKind::Local)
            return error(QCoreApplication::translate(
                             "main", "--data-dir is for the local engine, not for %1")
                             .arg((*fromCommandLine)->toUrl()));
        if (!*fromCommandLine)
            *fromCommandLine = Fax::ConnectionSettings();
        (*fromCommandLine)->dataDirectory = QDir(parser.value(commandLine.dataDir)).absolutePath();
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("FaxConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("faxconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAX_VERSION));

    // --help, --version and mistakes are answered on a terminal without a display, in the
    // user's language: a core application (no display) carries the translators for that.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::optional<Fax::ConnectionSettings> fromCommandLine;
    if (answerEarly(arguments, false, &fromCommandLine)) {
        QCoreApplication core(argc, argv);
        loadTranslations(core);
        return answerEarly(arguments, true, &fromCommandLine).value_or(2);
    }

    QApplication app(argc, argv);
    loadTranslations(app);
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    const QStringList files = parser.positionalArguments();
    const bool coverEditor = parser.isSet(commandLine.coverEditor);
    if (files.size() > (coverEditor ? 1 : 0))
        return fail(QCoreApplication::translate("main", "unexpected argument '%1'")
                        .arg(files.at(coverEditor ? 1 : 0)));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Fax Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("faxconsole"));

    if (coverEditor) {
        // The editor alone: personal cover pages in the engine's data folder (--data-dir).
        Fax::CoverEditorWindow editor(nullptr,
                                      fromCommandLine ? fromCommandLine->dataDirectory : QString());
        Fax::QuitSignals quitSignals;
        QObject::connect(&quitSignals, &Fax::QuitSignals::received, &app,
                         [] { QCoreApplication::quit(); });
        editor.show();
        if (!files.isEmpty())
            editor.openFile(files.first());
        return app.exec();
    }

    // Without options: the last used profile, else the local engine on its default folder.
    Fax::ConnectionProfiles profiles;
    const Fax::ConnectionSettings settings =
        fromCommandLine ? *fromCommandLine : profiles.startupSettings();

    Fax::MainWindow window(nullptr, &profiles);
    // SIGINT and SIGTERM (a logout, Ctrl+C, kill) end the event loop like quitting from the
    // menu: the window and its engine go down in order, so calls are hung up, interrupted jobs
    // are kept for their retry, ports are marked offline and the locks are released.
    Fax::QuitSignals quitSignals;
    if (!quitSignals.isWatching())
        std::fprintf(
            stderr, "faxconsole: %s\n",
            qPrintable(QCoreApplication::translate("main", "cannot watch for SIGINT/SIGTERM: %1")
                           .arg(quitSignals.errorString())));
    QObject::connect(&quitSignals, &Fax::QuitSignals::received, &app, [](int signal) {
        std::fprintf(stderr, "faxconsole: %s\n",
                     qPrintable(QCoreApplication::translate("main", "stopping on %1")
                                    .arg(Fax::QuitSignals::signalName(signal))));
        QCoreApplication::quit();
    });
    window.show();
    window.connectTo(settings);
    return app.exec();
}
