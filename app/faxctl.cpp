#include "faxctl.h"

#include "core/connectionsettings.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace Fax {

namespace {
constexpr int ConnectTimeoutMs = 30000;

/// Word-wraps a paragraph for an 80-column terminal.
QString wrapped(const QString &text, int width = 79)
{
    QString out;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            out += line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out + line;
}

QString optionSyntax(const CtlOption &o)
{
    QString s = QStringLiteral("--") + QLatin1String(o.name);
    if (o.shortName)
        s = QStringLiteral("-") + QLatin1Char(o.shortName) + QStringLiteral(", ") + s;
    if (o.valueName)
        s += QLatin1Char(' ') + QLatin1String(o.valueName);
    return s;
}
/// The options of a command that takes a local modem: --device, the command's own, then the
/// fax class and the serial settings every such command shares.
QList<CtlOption> withModemOptions(const QList<CtlOption> &own)
{
    QList<CtlOption> options = {
        {"device", "DEV", QT_TRANSLATE_NOOP("FaxCtl", "The modem's serial device (required)")}};
    options += own;
    options += {
        {"class", "auto|1|2|2.0",
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Fax class to drive the modem in (default auto: Class 1 when the "
                           "modem has it, else 2.0, else 2)")},
        {"speed", "BPS", QT_TRANSLATE_NOOP("FaxCtl", "Serial speed to the modem (default 115200)")},
        {"flow", "rtscts|xonxoff|none",
         QT_TRANSLATE_NOOP("FaxCtl", "Serial flow control (default rtscts)")},
        {"lock-dir", "DIR",
         QT_TRANSLATE_NOOP("FaxCtl", "Folder of the UUCP lock files (default /var/lock)")}};
    return options;
}
} // namespace

FaxCtl::FaxCtl() : m_out(stdout), m_err(stderr) {}

FaxCtl::~FaxCtl() = default;

// The command table: adding a command is one entry here and one handler.
const QList<CtlCommand> &FaxCtl::commands()
{
    static const QList<CtlCommand> list = {
        {"submit",
         "--to NUMBER [--to NUMBER ...] [OPTIONS] FILE...",
         QT_TRANSLATE_NOOP("FaxCtl", "Queue documents as a fax to one or more recipients"),
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Queues FILE... as one fax for each --to number; the jobs of one "
                           "submission share a group. Prints the new job ids, one per line "
                           "(--json: {\"jobs\":[ids],\"group\":id}). --name and --company given "
                           "once apply to every recipient, given once per --to they pair up in "
                           "order."),
         {{"to", "NUMBER",
           QT_TRANSLATE_NOOP("FaxCtl",
                             "Recipient fax number (digits and + ( ) - . space); repeatable"),
           true},
          {"name", "NAME", QT_TRANSLATE_NOOP("FaxCtl", "Recipient name"), true},
          {"company", "COMPANY", QT_TRANSLATE_NOOP("FaxCtl", "Recipient company"), true},
          {"subject", "TEXT", QT_TRANSLATE_NOOP("FaxCtl", "Subject (cover page)")},
          {"note", "TEXT", QT_TRANSLATE_NOOP("FaxCtl", "Note (cover page)")},
          {"cover", "TEMPLATE", QT_TRANSLATE_NOOP("FaxCtl", "Cover page template name or path")},
          {"no-cover", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Send without a cover page")},
          {"at", "TIME",
           QT_TRANSLATE_NOOP("FaxCtl",
                             "Send at YYYY-MM-DDTHH:MM, or at HH:MM (today, or tomorrow if that "
                             "time has passed)")},
          {"discount", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Send in the discount period")},
          {"priority", "low|normal|high", QT_TRANSLATE_NOOP("FaxCtl", "Job priority")},
          {"sender-name", "NAME", QT_TRANSLATE_NOOP("FaxCtl", "Sender name")},
          {"sender-company", "COMPANY", QT_TRANSLATE_NOOP("FaxCtl", "Sender company")},
          {"sender-fax", "NUMBER", QT_TRANSLATE_NOOP("FaxCtl", "Sender fax number")},
          {"tsid", "ID",
           QT_TRANSLATE_NOOP("FaxCtl", "Station id to send (up to 20 digits, '+', spaces)")},
          {"billing-code", "CODE", QT_TRANSLATE_NOOP("FaxCtl", "Billing code")}},
         &FaxCtl::cmdSubmit},
        {"jobs",
         "[--all] [--status STATUS]",
         QT_TRANSLATE_NOOP("FaxCtl", "List the jobs in the queue"),
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Lists the jobs that are not finished yet; --all adds finished ones. "
                           "--status shows only jobs with that status, finished or not."),
         {{"all", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Include finished jobs")},
          {"status", "STATUS",
           QT_TRANSLATE_NOOP("FaxCtl", "Only jobs with this status (pending, paused, ...)")}},
         &FaxCtl::cmdJobs},
        {"job",
         "ID [pause|resume|cancel|restart|remove]",
         QT_TRANSLATE_NOOP("FaxCtl", "Show one job, or pause, resume, cancel, restart, remove it"),
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Without an action, shows every field of job ID. 'remove' deletes a "
                           "finished job from the server."),
         {},
         &FaxCtl::cmdJob},
        {"ports",
         "",
         QT_TRANSLATE_NOOP("FaxCtl", "List the fax ports (modems)"),
         QT_TRANSLATE_NOOP("FaxCtl", "Lists every port with its device, state and settings."),
         {},
         &FaxCtl::cmdPorts},
        {"port",
         "NAME [add DEVICE [KEY=VALUE...] | remove | set KEY=VALUE...]",
         QT_TRANSLATE_NOOP("FaxCtl", "Show, add, remove or configure a port"),
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Without an action, shows the port's settings. 'add' creates port NAME "
                           "on serial device DEVICE, 'set' changes its settings (the keys below). "
                           "A bad key or value changes nothing."),
         {},
         &FaxCtl::cmdPort,
         [] { return SettingsKeys::list(Port()); }},
        {"settings",
         "[get KEY | set KEY=VALUE...]",
         QT_TRANSLATE_NOOP("FaxCtl", "Show or change the server settings"),
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Without an action, lists every server setting as KEY=VALUE with a "
                           "short description and what it accepts. 'set' changes settings all "
                           "or nothing."),
         {},
         &FaxCtl::cmdSettings,
         [] { return SettingsKeys::list(ServerSettings()); }},
        {"serve",
         "",
         QT_TRANSLATE_NOOP("FaxCtl", "Run the local engine in the foreground and dispatch jobs"),
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Runs the local fax engine as the dispatcher (the process that sends "
                           "queued jobs through the ports) until SIGINT or SIGTERM, printing job "
                           "and port events as they happen (--json: one JSON object per line)."),
         {},
         &FaxCtl::cmdServe},
        {"convert",
         "FILE... -o OUT.tif [OPTIONS]",
         QT_TRANSLATE_NOOP("FaxCtl", "Convert documents into a fax TIFF, without sending"),
         QT_TRANSLATE_NOOP(
             "FaxCtl",
             "Renders FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or UTF-8 "
             "text, judged by content) into one multi-page fax TIFF (TIFF Class F) "
             "OUT.tif, the way 'submit' would send them. Fax TIFF pages that already "
             "fit are decoded and checked, then stored unchanged; damaged ones are refused "
             "(or re-coded with --damaged recode). The conversion runs in a process of its "
             "own under a time limit per step and a memory limit: a document that exceeds "
             "one is refused, naming the file, the page and the limit. Shows progress on "
             "stderr and a summary on stdout (--json: an object with pages, passedThrough, "
             "workerPages, bytes, recoded and the pages of each file). On any error, and on "
             "SIGINT or SIGTERM (which stop it within a second), nothing is written and an "
             "existing OUT.tif is left as it was. Needs no display and no server."),
         {{"output", "OUT.tif", QT_TRANSLATE_NOOP("FaxCtl", "The fax TIFF to write (required)"),
           false, 'o'},
          {"resolution", "normal|fine|superfine",
           QT_TRANSLATE_NOOP("FaxCtl", "Vertical resolution: 98, 196 or 391 lines per inch "
                                       "(default fine)")},
          {"paper", "a4|letter|legal|b4|a3",
           QT_TRANSLATE_NOOP("FaxCtl", "Paper size (default a4)")},
          {"compression", "mh|mr|mmr",
           QT_TRANSLATE_NOOP("FaxCtl", "Coding: T.4 1-D, T.4 2-D or T.6 (default mmr)")},
          {"halftone", "auto|threshold|dither",
           QT_TRANSLATE_NOOP("FaxCtl", "How grey becomes black and white (default auto: "
                                       "dither photos, keep text crisp)")},
          {"no-rotate", nullptr,
           QT_TRANSLATE_NOOP("FaxCtl", "Do not turn landscape pages to fit portrait paper")},
          {"branding", "FORMAT",
           QT_TRANSLATE_NOOP("FaxCtl", "Header line on each page: %d date, %t time, %s TSID, "
                                       "%p page, %n pages, %% percent ('default' for the "
                                       "standard line)")},
          {"tsid", "ID",
           QT_TRANSLATE_NOOP("FaxCtl", "Station id for the branding line and the file's "
                                       "properties")},
          {"subject", "TEXT", QT_TRANSLATE_NOOP("FaxCtl", "Subject stored in the file")},
          {"processes", "1|2",
           QT_TRANSLATE_NOOP("FaxCtl", "Processes that render PDF pages (default 2 on a machine "
                                       "with two or more cores, else 1; the output is the same)")},
          {"time-limit", "SECONDS",
           QT_TRANSLATE_NOOP("FaxCtl", "Longest one step may take: opening a document (all of "
                                       "Ghostscript for PostScript) or making a page (default "
                                       "60; 0: no limit)")},
          {"memory-limit", "MIB",
           QT_TRANSLATE_NOOP("FaxCtl", "Most memory the conversion and Ghostscript may allocate, "
                                       "in MiB (default 1024; 0: no limit)")},
          {"damaged", "refuse|recode",
           QT_TRANSLATE_NOOP("FaxCtl", "Fax TIFF pages whose coded data is damaged: refuse them "
                                       "(default), or re-code the lines that decode and report "
                                       "what was lost")},
          {"quiet", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "No progress on stderr")}},
         &FaxCtl::cmdConvert},
        {"info",
         "FAX.tif",
         QT_TRANSLATE_NOOP("FaxCtl", "Show the properties and pages of a fax TIFF"),
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Shows what a fax TIFF says about itself (direction, CSID, TSID, "
                           "caller ID, routing, port, sender, recipient, subject, job, time) and "
                           "each page's size, resolution, compression and bad lines. A fax another "
                           "fax server received (HylaFAX's recvq, spandsp) shows as received, "
                           "with the sender's TSI. --verify also decodes every page with "
                           "libtiff's decoder, counts its damage by kind (lines with invalid "
                           "code words, lines of the wrong length, lines missing where the data "
                           "ends early) and exits 1 when any page is damaged."),
         {{"verify", nullptr,
           QT_TRANSLATE_NOOP("FaxCtl", "Decode every page and count its damage by kind")}},
         &FaxCtl::cmdInfo},
        {"send", "--device DEV --to NUMBER [OPTIONS] FILE...",
         QT_TRANSLATE_NOOP("FaxCtl", "Send documents now through a local modem, in the foreground"),
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Renders FILE... like 'convert', takes the modem on DEV (UUCP-locked; "
                           "a port in use fails naming the holder's PID), dials NUMBER and sends "
                           "the pages with the Class 1, 2 or 2.0 driver (--class), without the "
                           "queue or a server. "
                           "Progress (dialling, remote id, negotiated rate, compression and ECM, "
                           "page n of m sent and confirmed) goes to stderr, the outcome to stdout "
                           "(--json: an object). SIGINT or SIGTERM hangs up and fails. Exit 0 "
                           "only when the far end confirmed every page."),
         withModemOptions(
             {{"to", "NUMBER", QT_TRANSLATE_NOOP("FaxCtl", "The number to dial (required)")},
              {"tsid", "ID",
               QT_TRANSLATE_NOOP("FaxCtl", "Station id to send (up to 20 digits, '+', spaces)")},
              {"resolution", "normal|fine",
               QT_TRANSLATE_NOOP("FaxCtl", "Vertical resolution (default fine)")},
              {"no-ecm", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Do not use error correction (ECM)")},
              {"no-t85", nullptr,
               QT_TRANSLATE_NOOP("FaxCtl", "Do not use T.85 (JBIG) coding: MMR at best")}}),
         &FaxCtl::cmdSend},
        {"receive", "--device DEV [--rings N] [--once] [-o DIR] [OPTIONS]",
         QT_TRANSLATE_NOOP("FaxCtl", "Wait for calls on a local modem and receive faxes"),
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Takes the modem on DEV (UUCP-locked; Class 1, 2 or 2.0 by --class), "
                           "waits for a call, answers after "
                           "N rings and receives the fax into a fax TIFF in DIR (with CSID, TSID, "
                           "time and a partial flag when the call ended early), printing its path "
                           "(--json: one object per call and line). Waits for the next call "
                           "until SIGINT or SIGTERM, which hang up and fail; --once stops after "
                           "one call and exits 0 only when it was received completely."),
         withModemOptions(
             {{"rings", "N", QT_TRANSLATE_NOOP("FaxCtl", "Answer after N rings (default 2)")},
              {"once", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Exit after one call")},
              {"output", "DIR",
               QT_TRANSLATE_NOOP("FaxCtl",
                                 "Folder for the received faxes (default: the current one)"),
               false, 'o'},
              {"csid", "ID",
               QT_TRANSLATE_NOOP("FaxCtl",
                                 "Station id to answer with (up to 20 digits, '+', spaces)")},
              {"no-ecm", nullptr,
               QT_TRANSLATE_NOOP("FaxCtl", "Do not offer error correction (ECM)")},
              {"no-t85", nullptr,
               QT_TRANSLATE_NOOP("FaxCtl", "Do not offer T.85 (JBIG) coding: MMR at best")}}),
         &FaxCtl::cmdReceive},
        {"probe", "--device DEV [OPTIONS]",
         QT_TRANSLATE_NOOP("FaxCtl", "Ask a local modem who it is and what fax classes it has"),
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Takes the modem on DEV (UUCP-locked) and shows its manufacturer, "
                           "model, revision, identification, fax classes, for Class 1 the "
                           "carriers it transmits and receives, for Class 2/2.0 the capabilities "
                           "it lists (+FCC=?/+FDCC=?) and the class faxctl would drive it in "
                           "(--class, or what auto picks). Fails when nothing on DEV "
                           "answers like a modem."),
         withModemOptions({}), &FaxCtl::cmdProbe},
        {"help",
         "[COMMAND]",
         QT_TRANSLATE_NOOP("FaxCtl", "Show help for faxctl or one command"),
         QT_TRANSLATE_NOOP("FaxCtl", "Shows the commands, or the options of COMMAND."),
         {},
         &FaxCtl::cmdHelp},
    };
    return list;
}

const QList<CtlOption> &FaxCtl::commonOptions()
{
    static const QList<CtlOption> list = {
        {"server", "URL",
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Server: local, local:DIR or hylafax://USER@HOST[:PORT] (default: "
                           "$FAXCONSOLE_SERVER, else local)")},
        {"json", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Print JSON for scripts")},
        {"help", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Show this help")},
    };
    return list;
}

const CtlCommand *FaxCtl::findCommand(const QString &name)
{
    for (const CtlCommand &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

int FaxCtl::run(const QStringList &arguments)
{
    // Global options come before the command; the command's own parser takes the rest.
    int i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-"))
            break;
        if (arg == QLatin1String("--json")) {
            m_json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printGeneralHelp(m_out);
            return Success;
        } else if (arg == QLatin1String("--version")) {
            printLine(QStringLiteral("faxctl ") + QLatin1String(FAX_VERSION));
            return Success;
        } else if (arg == QLatin1String("--server")) {
            if (i + 1 >= arguments.size())
                return usageError(tr("option '--server' needs a value (URL)"));
            m_server = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--server="))) {
            m_server = arg.mid(9);
        } else {
            return usageError(tr("unknown option '%1'").arg(arg));
        }
    }
    if (i >= arguments.size()) {
        printGeneralHelp(m_err);
        return UsageError;
    }
    const QString name = arguments.at(i);
    const CtlCommand *command = findCommand(name);
    if (!command) {
        return usageError(
            tr("unknown command '%1'; run 'faxctl help' for the list of commands").arg(name));
    }
    CtlArgs args;
    if (!parseOptions(*command, arguments.mid(i + 1), &args))
        return UsageError;
    if (args.isSet(QStringLiteral("json")))
        m_json = true;
    if (args.isSet(QStringLiteral("server")))
        m_server = args.value(QStringLiteral("server"));
    if (args.isSet(QStringLiteral("help"))) {
        printCommandHelp(*command);
        return Success;
    }
    if (command->handler != &FaxCtl::cmdHelp && command->handler != &FaxCtl::cmdConvert &&
        command->handler != &FaxCtl::cmdInfo && command->handler != &FaxCtl::cmdSend &&
        command->handler != &FaxCtl::cmdReceive && command->handler != &FaxCtl::cmdProbe) {
        // A bad --server is a usage error, found before any work starts.
        ConnectionSettings settings;
        QString message;
        if (!ConnectionSettings::fromUrl(serverUrl(), &settings, &message))
            return usageError(message);
    }
    return (this->*command->handler)(args);
}

bool FaxCtl::needsGui(const QStringList &arguments)
{
    // The first word that is neither a global option nor its value is the command.
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--server")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-"))
            continue;
        // 'send' renders its documents like 'convert'.
        return arg == QLatin1String("convert") || arg == QLatin1String("send");
    }
    return false;
}

bool FaxCtl::parseOptions(const CtlCommand &command, const QStringList &arguments, CtlArgs *args)
{
    const auto findOption = [&](const QString &name) -> const CtlOption * {
        for (const QList<CtlOption> *list : {&command.options, &commonOptions()}) {
            for (const CtlOption &o : *list) {
                if (name == QLatin1String(o.name))
                    return &o;
            }
        }
        return nullptr;
    };
    // "-h" and the command's one-letter options are never taken as an option's value.
    const auto isShortOption = [&](const QString &arg) {
        if (arg.size() != 2 || arg.at(0) != QLatin1Char('-'))
            return false;
        if (arg.at(1) == QLatin1Char('h'))
            return true;
        return std::any_of(command.options.cbegin(), command.options.cend(),
                           [&](const CtlOption &o) {
                               return o.shortName && arg.at(1) == QLatin1Char(o.shortName);
                           });
    };
    bool onlyPositional = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositional || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            args->m_positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        if (arg == QLatin1String("-h")) {
            args->m_values[QStringLiteral("help")];
            continue;
        }
        QString name = arg.mid(2);
        if (!arg.startsWith(QLatin1String("--"))) {
            const CtlOption *shortOption = nullptr;
            for (const CtlOption &o : command.options) {
                if (o.shortName && arg.size() == 2 && arg.at(1) == QLatin1Char(o.shortName))
                    shortOption = &o;
            }
            if (!shortOption) {
                usageError(tr("unknown option '%1'").arg(arg), command.name);
                return false;
            }
            name = QLatin1String(shortOption->name);
        }
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        const CtlOption *option = findOption(name);
        if (!option) {
            usageError(tr("unknown option '--%1' for '%2'").arg(name, QLatin1String(command.name)),
                       command.name);
            return false;
        }
        QString value;
        if (!option->valueName) {
            if (inlineValue) {
                usageError(tr("option '--%1' takes no value").arg(name), command.name);
                return false;
            }
        } else if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size() &&
                   !arguments.at(i + 1).startsWith(QLatin1String("--")) &&
                   !isShortOption(arguments.at(i + 1))) {
            value = arguments.at(++i);
        } else {
            usageError(
                tr("option '--%1' needs a value (%2)").arg(name, QLatin1String(option->valueName)),
                command.name);
            return false;
        }
        QStringList &values = args->m_values[name];
        if (!values.isEmpty() && !option->repeatable && option->valueName) {
            usageError(tr("option '--%1' is given more than once").arg(name), command.name);
            return false;
        }
        if (option->valueName)
            values << value;
    }
    return true;
}

void FaxCtl::printGeneralHelp(QTextStream &stream)
{
    stream << tr("Usage: faxctl [--server URL] [--json] COMMAND [ARGUMENTS...]") << '\n'
           << tr("Sends and manages faxes through the Fax Console engine or a HylaFAX server.")
           << "\n\n"
           << tr("Commands:") << '\n';
    QList<QStringList> rows;
    for (const CtlCommand &c : commands())
        rows << QStringList{QStringLiteral("  ") + QLatin1String(c.name), tr(c.summary)};
    stream << CtlFormat::table({}, rows);
    stream << '\n' << tr("Global options:") << '\n';
    rows.clear();
    for (const CtlOption &o : commonOptions())
        rows << QStringList{QStringLiteral("  ") + optionSyntax(o), tr(o.help)};
    rows << QStringList{QStringLiteral("  --version"), tr("Show the version")};
    stream << CtlFormat::table({}, rows);
    stream << '\n' << tr("Environment:") << '\n';
    rows.clear();
    rows << QStringList{QStringLiteral("  FAXCONSOLE_SERVER"),
                        tr("Server when --server is not given")};
    rows << QStringList{QStringLiteral("  FAXCONSOLE_DATA_DIR"),
                        tr("Data folder of the local engine (queue.db, spool/)")};
    stream << CtlFormat::table({}, rows);
    stream << '\n'
           << tr("Run 'faxctl help COMMAND' or 'faxctl COMMAND --help' for a command's options.")
           << '\n'
           << tr("Exit status: 0 success, 1 the operation failed, 2 bad command line.") << '\n';
    stream.flush();
}

void FaxCtl::printCommandHelp(const CtlCommand &command)
{
    m_out << tr("Usage: faxctl %1 %2")
                 .arg(QLatin1String(command.name), QLatin1String(command.usage))
                 .trimmed()
          << "\n\n"
          << tr(command.summary) << ".\n"
          << wrapped(tr(command.details)) << '\n';
    QList<QStringList> rows;
    for (const CtlOption &o : command.options)
        rows << QStringList{QStringLiteral("  ") + optionSyntax(o), tr(o.help)};
    if (!rows.isEmpty())
        m_out << '\n' << tr("Options:") << '\n' << CtlFormat::table({}, rows);
    rows.clear();
    if (command.keys) {
        for (const SettingKey &k : command.keys()) {
            if (!k.readOnly)
                rows << QStringList{QStringLiteral("  ") + k.key, k.description +
                                                                      QStringLiteral(" [") +
                                                                      k.type + QLatin1Char(']')};
        }
        m_out << '\n' << tr("Keys:") << '\n' << CtlFormat::table({}, rows);
        rows.clear();
    }
    for (const CtlOption &o : commonOptions())
        rows << QStringList{QStringLiteral("  ") + optionSyntax(o), tr(o.help)};
    m_out << '\n' << tr("Common options:") << '\n' << CtlFormat::table({}, rows);
    m_out.flush();
}

int FaxCtl::cmdHelp(const CtlArgs &args)
{
    if (args.positional().isEmpty()) {
        printGeneralHelp(m_out);
        return Success;
    }
    if (args.positional().size() > 1)
        return usageError(tr("'help' takes at most one command name"), "help");
    const CtlCommand *command = findCommand(args.positional().constFirst());
    if (!command) {
        return usageError(tr("unknown command '%1'; run 'faxctl help' for the list of commands")
                              .arg(args.positional().constFirst()));
    }
    printCommandHelp(*command);
    return Success;
}

QString FaxCtl::serverUrl() const
{
    if (!m_server.isEmpty())
        return m_server;
    const QString env = qEnvironmentVariable("FAXCONSOLE_SERVER");
    return env.isEmpty() ? QStringLiteral("local") : env;
}

FaxServer *FaxCtl::openServer(bool runScheduler)
{
    if (m_faxServer)
        return m_faxServer.get();
    const QString url = serverUrl();
    ConnectionSettings settings;
    QString message;
    if (!ConnectionSettings::fromUrl(url, &settings, &message)) {
        usageError(message);
        return nullptr;
    }
    QString what;
    if (settings.kind == ServerKind::Local) {
        LocalFaxServer::Options options;
        options.dataDirectory =
            settings.dataDirectory.isEmpty() ? defaultDataDirectory() : settings.dataDirectory;
        options.runScheduler = runScheduler;
        what = tr("the local fax engine in %1").arg(options.dataDirectory);
        m_faxServer = std::make_unique<LocalFaxServer>(settings, options);
    } else {
        Error error;
        m_faxServer = createServer(settings, &error);
        what = tr("the fax server %1").arg(url);
        if (!m_faxServer) {
            fail(tr("cannot open %1: %2").arg(what, error.message));
            return nullptr;
        }
    }
    const Result opened = waitFor(m_faxServer->connectToServer(), ConnectTimeoutMs);
    if (!opened || m_faxServer->state() != ConnectionState::Connected) {
        const QString reason = !opened
                                   ? opened.error().message
                                   : tr("no answer within %1 seconds").arg(ConnectTimeoutMs / 1000);
        fail(tr("cannot open %1: %2").arg(what, reason));
        m_faxServer.reset();
        return nullptr;
    }
    return m_faxServer.get();
}

int FaxCtl::fail(const QString &message)
{
    m_err << QStringLiteral("faxctl: ") << message << '\n';
    m_err.flush();
    return Failure;
}

int FaxCtl::usageError(const QString &message, const char *command)
{
    m_err << QStringLiteral("faxctl: ") << message << '\n';
    if (command)
        m_err << tr("Run 'faxctl help %1' for its usage.").arg(QLatin1String(command)) << '\n';
    m_err.flush();
    return UsageError;
}

void FaxCtl::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void FaxCtl::printLine(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

} // namespace Fax
