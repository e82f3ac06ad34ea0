// SPDX-License-Identifier: GPL-3.0-or-later
// The fax console: parses the command line, picks the server and shows the main window (with
// its tray icon), or one of the windows that also work alone: the Fax Viewer (--view FILE), Fax
// Server Settings (--settings) and the Cover Page Editor (--cover-editor). --send FILE... hands
// the files to the console this user runs already (SendHandoff), or starts one, and the Send Fax
// Wizard opens with them.
#include "connectionprofiles.h"
#include "consolesession.h"
#include "consoletray.h"
#include "covereditorwindow.h"
#include "faxviewerwindow.h"
#include "mainwindow.h"
#include "printtofax.h"
#include "quitsignals.h"
#include "sendfaxlauncher.h"
#include "sendhandoff.h"
#include "serversettingsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <optional>

namespace {

/// The language --lang asks for ("de", "fr_CA", "en"), found before anything is translated:
/// help and mistakes are in it too. Empty: the system's.
QString languageOption(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

/// Installs the console's translation (compiled in under :/translations) and Qt's own, for the
/// default locale (the system's, or --lang's). Returns false when the language asked for has no
/// translation of the console (English is used then).
bool loadTranslations(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    const bool found = own->load(QLocale(), QStringLiteral("faxconsole"), QStringLiteral("_"),
                                 QStringLiteral(":/translations"));
    if (found)
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return found || QLocale().language() == QLocale::English || QLocale().language() == QLocale::C;
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
        parser.addOption(view);
        parser.addOption(settings);
        parser.addOption(coverEditor);
        parser.addOption(send);
        parser.addOption(lang);
        parser.addPositionalArgument(
            QStringLiteral("file"),
            QCoreApplication::translate("main", "With --cover-editor: the cover page to open. "
                                                "With --send: the documents to fax."),
            QStringLiteral("[file...]"));
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
    const QCommandLineOption view{
        QStringLiteral("view"),
        QCoreApplication::translate("main", "Open <file> in the Fax Viewer alone."),
        QCoreApplication::translate("main", "file")};
    const QCommandLineOption settings{
        QStringLiteral("settings"),
        QCoreApplication::translate("main", "Open the Fax Server Settings alone (for "
                                            "administrators), on the server the options choose.")};
    const QCommandLineOption coverEditor{
        QStringLiteral("cover-editor"),
        QCoreApplication::translate("main", "Open the Cover Page Editor alone (on [file] if "
                                            "given), without connecting to a server.")};
    const QCommandLineOption send{
        QStringLiteral("send"),
        QCoreApplication::translate("main", "Open the Send Fax Wizard with the files attached, "
                                            "in the console already running for you or in a new "
                                            "one.")};
    const QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Show the console in <language> (de, fr, en, ...) "
                                            "instead of the system's language."),
        QCoreApplication::translate("main", "language")};
};

int fail(const QString &message)
{
    std::fprintf(stderr, "faxconsole: %s\n", qPrintable(message));
    return 2;
}

/// What the command line gets before any display is needed: --help, --version and mistakes in
/// the options. Returns the exit code when the program ends here (having printed the answer
/// when print is set), else std::nullopt with the server the options chose. Qt's own options
/// (-platform, -style) are unknown until QApplication removes them, so this pass is lenient;
/// the strict one follows once the application exists.
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
    if (parser.isSet(commandLine.lang)) {
        const QString lang = parser.value(commandLine.lang);
        if (QLocale(lang).language() == QLocale::C && lang != QLatin1String("C"))
            return error(
                QCoreApplication::translate("main", "'%1' is not a language (try de, fr or en)")
                    .arg(lang));
    }
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
    if (parser.isSet(commandLine.view) && !QFileInfo(parser.value(commandLine.view)).isFile())
        return error(QCoreApplication::translate("main", "%1: there is no such file")
                         .arg(parser.value(commandLine.view)));
    return std::nullopt;
}

/// Ends the event loop like quitting does on SIGINT and SIGTERM (a logout, Ctrl+C, kill): the
/// windows and the engine go down in order, so calls are hung up, interrupted jobs are kept for
/// their retry, ports are marked offline and the locks are released.
void quitOnSignals(Fax::QuitSignals &quitSignals, QApplication &app)
{
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
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("FaxConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("faxconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAX_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The language comes first: everything after it, help and mistakes too, is in it.
    const QString language = languageOption(arguments);
    if (!language.isEmpty() && QLocale(language).language() != QLocale::C)
        QLocale::setDefault(QLocale(language));

    // --help, --version and mistakes are answered on a terminal without a display, in the
    // user's language: a core application (no display) carries the translators for that.
    std::optional<Fax::ConnectionSettings> fromCommandLine;
    if (answerEarly(arguments, false, &fromCommandLine)) {
        QCoreApplication core(argc, argv);
        loadTranslations(core);
        return answerEarly(arguments, true, &fromCommandLine).value_or(2);
    }

    QApplication app(argc, argv);
    if (!loadTranslations(app))
        std::fprintf(stderr, "faxconsole: %s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "there is no translation for '%1'; English is used")
                                    .arg(QLocale().name())));
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    const QStringList files = parser.positionalArguments();
    const bool coverEditor = parser.isSet(commandLine.coverEditor);
    const bool send = parser.isSet(commandLine.send);
    if (!send && files.size() > (coverEditor ? 1 : 0))
        return fail(QCoreApplication::translate("main", "unexpected argument '%1'")
                        .arg(files.at(coverEditor ? 1 : 0)));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Fax Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("faxconsole"));
    Fax::QuitSignals quitSignals;
    quitOnSignals(quitSignals, app);

    // The console of this user that runs already takes the files; else this one starts.
    Fax::FaxDocument toSend;
    for (const QString &file : files)
        toSend.files << QFileInfo(file).absoluteFilePath();
    if (send && Fax::SendHandoff::handOff(toSend.files))
        return 0;

    if (coverEditor) {
        // The editor alone: personal cover pages in the engine's data folder (--data-dir).
        Fax::CoverEditorWindow editor(nullptr,
                                      fromCommandLine ? fromCommandLine->dataDirectory : QString());
        editor.show();
        if (!files.isEmpty())
            editor.openFile(files.first());
        return app.exec();
    }

    if (parser.isSet(commandLine.view)) {
        // The viewer alone, as the file manager opens it for a fax TIFF.
        Fax::FaxViewerWindow viewer;
        viewer.show();
        viewer.openFile(parser.value(commandLine.view));
        return app.exec();
    }

    // Without options: the last used profile, else the local engine on its default folder.
    Fax::ConnectionProfiles profiles;
    const Fax::ConnectionSettings settings =
        fromCommandLine ? *fromCommandLine : profiles.startupSettings();
    Fax::ConsoleSession session(nullptr, nullptr, &profiles);

    if (parser.isSet(commandLine.settings)) {
        if (!session.connectTo(settings))
            return 1;
        Fax::ServerSettingsDialog dialog(session.server());
        dialog.show();
        QObject::connect(&dialog, &QDialog::finished, &app, &QCoreApplication::quit);
        return app.exec();
    }

    Fax::MainWindow window(&session);
    Fax::ConsoleTray tray(&session);
    QObject::connect(
        &tray, &Fax::ConsoleTray::openRequested, &window,
        [&window](const Fax::ActivityTarget &target) { window.openTarget(target, true); });
    QObject::connect(&tray, &Fax::ConsoleTray::showConsoleRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    // Files from later `faxconsole --send` runs of this user.
    Fax::SendHandoff handoff;
    if (!handoff.listen())
        std::fprintf(stderr, "faxconsole: %s\n",
                     qPrintable(QCoreApplication::translate("main", "--send will not reach this "
                                                                    "console: %1")
                                    .arg(handoff.errorString())));
    QObject::connect(&handoff, &Fax::SendHandoff::filesReceived, &window,
                     [&window](const QStringList &received) {
                         window.showNormal();
                         window.raise();
                         Fax::FaxDocument document;
                         document.files = received;
                         window.sendFax()->openWhenConnected(document);
                     });
    window.show();
    tray.show();
    // The files wait for the connection before it is tried: when it fails, the message says
    // what became of them.
    if (send)
        window.sendFax()->openWhenConnected(toSend);
    window.connectTo(settings);
    // Print-to-fax: what this user prints to the "Fax" printer opens the send flow with it.
    Fax::PrintToFax printToFax(&session, &window);
    printToFax.followWizards(window.sendFax());
    printToFax.start();
    const int code = app.exec();
    window.saveLayout();
    return code;
}
