// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxctl.h"

#include "ctlformat.h"

#include "core/connectionsettings.h"

#include <algorithm>
#include <cstdio>

namespace Fax {

namespace {

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
} // namespace

FaxCtl::FaxCtl()
    : m_stdout(std::make_unique<QTextStream>(stdout)),
      m_stderr(std::make_unique<QTextStream>(stderr)), m_context(*m_stdout, *m_stderr)
{
}

FaxCtl::FaxCtl(QTextStream &out, QTextStream &err) : m_context(out, err) {}

FaxCtl::~FaxCtl() = default;

namespace {

/// 'faxctl help [COMMAND]': the runner answers it itself (it knows every command).
class HelpCommand final : public CtlCommand
{
public:
    HelpCommand()
        : CtlCommand({"help",
                      "[COMMAND]",
                      QT_TRANSLATE_NOOP("FaxCtl", "Show help for faxctl or one command"),
                      QT_TRANSLATE_NOOP("FaxCtl", "Shows the commands, or the options of COMMAND."),
                      {},
                      {},
                      nullptr})
    {
    }

private:
    // FaxCtl::run() answers 'help' itself.
    int run(const CtlArgs &) override { return Success; }
};

} // namespace

const CtlCommandList &FaxCtl::commands()
{
    static const CtlCommandList list = [] {
        CtlCommandList l;
        addJobCommands(l);
        addAdminCommands(l);
        addServeCommand(l);
        addImagingCommands(l);
        addCoverCommands(l);
        addModemCommands(l);
        addPrinterCommands(l);
        l.push_back(std::make_unique<HelpCommand>());
        return l;
    }();
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
    for (const auto &c : commands()) {
        if (name == QLatin1String(c->name()))
            return c.get();
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
            m_context.setJson(true);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printGeneralHelp(m_context.out());
            return Success;
        } else if (arg == QLatin1String("--version")) {
            m_context.printLine(QStringLiteral("faxctl ") + QLatin1String(FAX_VERSION));
            return Success;
        } else if (arg == QLatin1String("--server")) {
            if (i + 1 >= arguments.size())
                return m_context.usageError(tr("option '--server' needs a value (URL)"));
            m_context.setServerUrl(arguments.at(++i));
        } else if (arg.startsWith(QLatin1String("--server="))) {
            m_context.setServerUrl(arg.mid(9));
        } else {
            return m_context.usageError(tr("unknown option '%1'").arg(arg));
        }
    }
    if (i >= arguments.size()) {
        printGeneralHelp(m_context.err());
        return UsageError;
    }
    const QString name = arguments.at(i);
    const CtlCommand *found = findCommand(name);
    if (!found) {
        return m_context.usageError(
            tr("unknown command '%1'; run 'faxctl help' for the list of commands").arg(name));
    }
    CtlCommand &command = const_cast<CtlCommand &>(*found);
    CtlArgs args;
    if (!parseOptions(command, arguments.mid(i + 1), &args))
        return UsageError;
    if (args.isSet(QStringLiteral("json")))
        m_context.setJson(true);
    if (args.isSet(QStringLiteral("server")))
        m_context.setServerUrl(args.value(QStringLiteral("server")));
    if (args.isSet(QStringLiteral("help"))) {
        printCommandHelp(command);
        return Success;
    }
    if (name == QLatin1String("help"))
        return help(args);
    if (command.traits().needsServer) {
        // A bad --server is a usage error, found before any work starts.
        ConnectionSettings settings;
        QString message;
        if (!ConnectionSettings::fromUrl(m_context.serverUrl(), &settings, &message))
            return m_context.usageError(message);
        if (settings.kind != ServerKind::Local && !command.traits().remote) {
            return m_context.fail(tr("%1: '%2' is a HylaFAX server, which dispatches its own "
                                     "jobs; %1 runs only the local engine")
                                      .arg(QLatin1String(command.name()), m_context.serverUrl()));
        }
    }
    return command.execute(m_context, args);
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
        const CtlCommand *command = findCommand(arg);
        return command && command->traits().needsDisplay;
    }
    return false;
}

bool FaxCtl::parseOptions(const CtlCommand &command, const QStringList &arguments, CtlArgs *args)
{
    const auto findOption = [&](const QString &name) -> const CtlOption * {
        for (const QList<CtlOption> *list : {&command.info().options, &commonOptions()}) {
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
        return std::any_of(command.info().options.cbegin(), command.info().options.cend(),
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
            for (const CtlOption &o : command.info().options) {
                if (o.shortName && arg.size() == 2 && arg.at(1) == QLatin1Char(o.shortName))
                    shortOption = &o;
            }
            if (!shortOption) {
                m_context.usageError(tr("unknown option '%1'").arg(arg), command.name());
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
            m_context.usageError(
                tr("unknown option '--%1' for '%2'").arg(name, QLatin1String(command.name())),
                command.name());
            return false;
        }
        QString value;
        if (!option->valueName) {
            if (inlineValue) {
                m_context.usageError(tr("option '--%1' takes no value").arg(name), command.name());
                return false;
            }
        } else if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size() &&
                   !arguments.at(i + 1).startsWith(QLatin1String("--")) &&
                   !isShortOption(arguments.at(i + 1))) {
            value = arguments.at(++i);
        } else {
            m_context.usageError(
                tr("option '--%1' needs a value (%2)").arg(name, QLatin1String(option->valueName)),
                command.name());
            return false;
        }
        QStringList &values = args->m_values[name];
        if (!values.isEmpty() && !option->repeatable && option->valueName) {
            m_context.usageError(tr("option '--%1' is given more than once").arg(name),
                                 command.name());
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
    for (const auto &c : commands())
        rows << QStringList{QStringLiteral("  ") + QLatin1String(c->name()), tr(c->info().summary)};
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
    rows << QStringList{QStringLiteral("  FAXCONSOLE_PASSWORD"),
                        tr("Password for a HylaFAX server (otherwise the keyring or a prompt)")};
    stream << CtlFormat::table({}, rows);
    stream << '\n'
           << tr("Run 'faxctl help COMMAND' or 'faxctl COMMAND --help' for a command's options.")
           << '\n'
           << tr("Exit status: 0 success, 1 the operation failed, 2 bad command line.") << '\n';
    stream.flush();
}

void FaxCtl::printCommandHelp(const CtlCommand &command)
{
    const CtlCommand::Info &info = command.info();
    QTextStream &out = m_context.out();
    out << tr("Usage: faxctl %1 %2")
               .arg(QLatin1String(info.name), QLatin1String(info.usage))
               .trimmed()
        << "\n\n"
        << tr(info.summary) << ".\n"
        << wrapped(tr(info.details)) << '\n';
    QList<QStringList> rows;
    for (const CtlOption &o : info.options)
        rows << QStringList{QStringLiteral("  ") + optionSyntax(o), tr(o.help)};
    if (!rows.isEmpty())
        out << '\n' << tr("Options:") << '\n' << CtlFormat::table({}, rows);
    rows.clear();
    if (info.keys) {
        for (const SettingKey &k : info.keys()) {
            if (!k.readOnly)
                rows << QStringList{QStringLiteral("  ") + k.key, k.description +
                                                                      QStringLiteral(" [") +
                                                                      k.type + QLatin1Char(']')};
        }
        out << '\n' << tr("Keys:") << '\n' << CtlFormat::table({}, rows);
        rows.clear();
    }
    for (const CtlOption &o : commonOptions())
        rows << QStringList{QStringLiteral("  ") + optionSyntax(o), tr(o.help)};
    out << '\n' << tr("Common options:") << '\n' << CtlFormat::table({}, rows);
    out.flush();
}

int FaxCtl::help(const CtlArgs &args)
{
    if (args.positional().isEmpty()) {
        printGeneralHelp(m_context.out());
        return Success;
    }
    if (args.positional().size() > 1)
        return m_context.usageError(tr("'help' takes at most one command name"), "help");
    const CtlCommand *command = findCommand(args.positional().constFirst());
    if (!command) {
        return m_context.usageError(
            tr("unknown command '%1'; run 'faxctl help' for the list of commands")
                .arg(args.positional().constFirst()));
    }
    printCommandHelp(*command);
    return Success;
}

} // namespace Fax
