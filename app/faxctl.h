#pragma once

#include "core/faxdocument.h"
#include "core/job.h"
#include "core/port.h"
#include "core/result.h"
#include "core/settingskeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Fax {

class FaxServer;
class FaxCtl;

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

/// One faxctl command: its name, help texts, options and handler.
struct CtlCommand
{
    const char *name;
    const char *usage;   ///< arguments after the name
    const char *summary; ///< one line for 'faxctl help'
    const char *details; ///< paragraph for 'faxctl help NAME'
    QList<CtlOption> options;
    int (FaxCtl::*handler)(const CtlArgs &args);
    QList<SettingKey> (*keys)() = nullptr; ///< the KEY=VALUE keys it takes, for its help
};

/// The faxctl command-line tool: parses a command line, talks to a FaxServer, prints the result
/// for people or (with --json) for scripts. Exit codes: 0 success, 1 failure, 2 usage error.
class FaxCtl final
{
    Q_DECLARE_TR_FUNCTIONS(FaxCtl)
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    FaxCtl();
    ~FaxCtl();

    /// Runs one command line (without the program name) and returns the exit code.
    int run(const QStringList &arguments);
    /// True when the command line's command draws with fonts (convert, send), so main() must
    /// make a QGuiApplication rather than a QCoreApplication.
    static bool needsGui(const QStringList &arguments);

private:
    Q_DISABLE_COPY_MOVE(FaxCtl)

    static const QList<CtlCommand> &commands();
    static const CtlCommand *findCommand(const QString &name);
    static const QList<CtlOption> &commonOptions();

    bool parseOptions(const CtlCommand &command, const QStringList &arguments, CtlArgs *args);
    void printCommandHelp(const CtlCommand &command);
    void printGeneralHelp(QTextStream &stream);

    /// Opens the selected server; prints the error and returns nullptr on failure.
    FaxServer *openServer(bool runScheduler);
    QString serverUrl() const;

    int fail(const QString &message);
    int usageError(const QString &message, const char *command = nullptr);
    int failWith(const Error &error) { return fail(error.message); }
    void printJson(const QJsonObject &object);
    void printLine(const QString &line);

    int cmdSubmit(const CtlArgs &args);
    int cmdJobs(const CtlArgs &args);
    int cmdJob(const CtlArgs &args);
    int cmdPorts(const CtlArgs &args);
    int cmdPort(const CtlArgs &args);
    int cmdSettings(const CtlArgs &args);
    int cmdServe(const CtlArgs &args);
    int cmdHelp(const CtlArgs &args);
    int cmdConvert(const CtlArgs &args);
    int cmdInfo(const CtlArgs &args);
    int cmdSend(const CtlArgs &args);
    int cmdReceive(const CtlArgs &args);
    int cmdProbe(const CtlArgs &args);

    int printKeys(const QList<SettingKey> &keys, const QString &heading);
    /// Submits and waits; shows the upload's progress on stderr when it takes long.
    Expected<QList<JobId>> submitShowingProgress(FaxServer *server, const FaxDocument &document);
    std::optional<Job> findJob(const QString &idText, int *exitCode);

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_server;
    std::unique_ptr<FaxServer> m_faxServer;
};

/// Formatting shared by the commands.
namespace CtlFormat {
/// Left-aligned columns separated by two spaces; the last column is not padded.
QString table(const QStringList &headers, const QList<QStringList> &rows);
/// Local "yyyy-MM-dd HH:mm", or empty for an invalid time.
QString humanTime(const QDateTime &time);
/// ISO-8601 UTC ("2026-12-01T17:30:00Z"), or JSON null for an invalid time.
QJsonValue jsonTime(const QDateTime &time);
QJsonObject jobToJson(const Job &job);
QJsonObject portToJson(const Port &port);
/// "Name <+49 30 1234>" or just the number.
QString recipient(const Job &job);
/// Label/value lines of every field of a job, for 'faxctl job ID'.
QList<QPair<QString, QString>> jobFields(const Job &job);
} // namespace CtlFormat

} // namespace Fax
