// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/settingskeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace Fax {

class FaxServer;

/// One option a command takes ("--to NUMBER").
struct CtlOption
{
    const char *name;      ///< without the dashes
    const char *valueName; ///< "NUMBER"; nullptr for a flag
    const char *help;      ///< QT_TRANSLATE_NOOP("FaxCtl", ...)
    bool repeatable = false;
    char shortName = 0; ///< one-letter alias ('o' for -o), or 0
};

/// The options and positional arguments of one command line, as the option table parsed them.
class CtlArgs
{
public:
    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const
    {
        const QStringList v = m_values.value(name);
        return v.isEmpty() ? QString() : v.constLast();
    }
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    friend class FaxCtl;
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};

/// What one run of faxctl shares between the runner and the command it runs: the output
/// streams, the --json and --server choices, and the server once a command opened it.
class CtlContext final
{
    Q_DECLARE_TR_FUNCTIONS(FaxCtl)
public:
    CtlContext(QTextStream &out, QTextStream &err);
    ~CtlContext();
    Q_DISABLE_COPY_MOVE(CtlContext)

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    /// --server as given, else $FAXCONSOLE_SERVER, else "local".
    QString serverUrl() const;
    void setServerUrl(const QString &url) { m_server = url; }

    /// Opens the selected server and waits until it is connected; prints the error and returns
    /// nullptr on failure. runScheduler: the local engine may become the dispatching process.
    FaxServer *openServer(bool runScheduler);
    /// Disconnects and closes the server openServer() opened (before a command's last words).
    void closeServer();

    int fail(const QString &message);
    /// command: the command whose help the message points to, or nullptr.
    int usageError(const QString &message, const char *command = nullptr);
    void printJson(const QJsonObject &object);
    void printLine(const QString &line);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    QString m_server;
    std::unique_ptr<FaxServer> m_faxServer;
};

/// One faxctl command: its name, help texts, options and properties as data, and what it does.
/// The commands live in files by area (jobcommands.cpp, admincommands.cpp, ...); FaxCtl finds
/// them by name, parses their options and runs them.
class CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(FaxCtl)
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    /// What a command needs, for the runner to check before it runs and to tell users.
    struct Traits
    {
        bool needsServer = false;  ///< talks to a fax server (--server applies)
        bool remote = false;       ///< works against a remote server, not only the local engine
        bool needsDisplay = false; ///< draws with fonts: needs a QGuiApplication (offscreen)
    };

    /// The data of a command.
    struct Info
    {
        const char *name;
        const char *usage;   ///< arguments after the name
        const char *summary; ///< QT_TRANSLATE_NOOP'ed; one line for 'faxctl help'
        const char *details; ///< QT_TRANSLATE_NOOP'ed; paragraph for 'faxctl help NAME'
        QList<CtlOption> options;
        Traits traits;
        QList<SettingKey> (*keys)() = nullptr; ///< the KEY=VALUE keys it takes, for its help
    };

    explicit CtlCommand(Info info) : m_info(std::move(info)) {}
    virtual ~CtlCommand() = default;
    Q_DISABLE_COPY_MOVE(CtlCommand)

    const Info &info() const { return m_info; }
    const char *name() const { return m_info.name; }
    const Traits &traits() const { return m_info.traits; }

    /// Runs the command with the parsed arguments; returns the exit code.
    int execute(CtlContext &context, const CtlArgs &args);

protected:
    virtual int run(const CtlArgs &args) = 0;

    CtlContext &context() { return *m_context; }
    QTextStream &out() { return m_context->out(); }
    QTextStream &err() { return m_context->err(); }
    bool json() const { return m_context->json(); }
    FaxServer *openServer(bool runScheduler) { return m_context->openServer(runScheduler); }
    int fail(const QString &message) { return m_context->fail(message); }
    int failWith(const Error &error) { return fail(error.message); }
    int usageError(const QString &message, const char *command = nullptr)
    {
        return m_context->usageError(message, command);
    }
    void printJson(const QJsonObject &object) { m_context->printJson(object); }
    void printLine(const QString &line) { m_context->printLine(line); }

private:
    Info m_info;
    CtlContext *m_context = nullptr;
};

using CtlCommandList = std::vector<std::unique_ptr<CtlCommand>>;

/// The commands of each area, in the order 'faxctl help' lists them.
void addJobCommands(CtlCommandList &list);     // submit, jobs, job
void addAdminCommands(CtlCommandList &list);   // ports, port, settings
void addServeCommand(CtlCommandList &list);    // serve
void addImagingCommands(CtlCommandList &list); // convert, info
void addCoverCommands(CtlCommandList &list);   // covers
void addModemCommands(CtlCommandList &list);   // send, receive, probe

} // namespace Fax
