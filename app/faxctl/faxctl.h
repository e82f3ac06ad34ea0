// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctlcommand.h"

#include <QStringList>
#include <QTextStream>

namespace Fax {

/// The faxctl command-line tool: parses a command line, finds the command, checks what it
/// needs, runs it and returns the exit code (0 success, 1 failure, 2 usage error). Output goes
/// to the streams it is given (stdout and stderr by default), so tests run it in-process.
class FaxCtl final
{
    Q_DECLARE_TR_FUNCTIONS(FaxCtl)
public:
    using ExitCode = CtlCommand::ExitCode;
    static constexpr ExitCode Success = CtlCommand::Success;
    static constexpr ExitCode Failure = CtlCommand::Failure;
    static constexpr ExitCode UsageError = CtlCommand::UsageError;

    FaxCtl();
    /// Writes to out and err instead of stdout and stderr.
    FaxCtl(QTextStream &out, QTextStream &err);
    ~FaxCtl();
    Q_DISABLE_COPY_MOVE(FaxCtl)

    /// Runs one command line (without the program name) and returns the exit code.
    int run(const QStringList &arguments);
    /// True when the command line's command draws with fonts (Traits::needsDisplay), so main()
    /// must make a QGuiApplication rather than a QCoreApplication.
    static bool needsGui(const QStringList &arguments);

    /// Every command, in the order 'faxctl help' lists them.
    static const CtlCommandList &commands();
    static const CtlCommand *findCommand(const QString &name);

private:
    static const QList<CtlOption> &commonOptions();
    bool parseOptions(const CtlCommand &command, const QStringList &arguments, CtlArgs *args);
    void printCommandHelp(const CtlCommand &command);
    void printGeneralHelp(QTextStream &stream);
    int help(const CtlArgs &args);

    std::unique_ptr<QTextStream> m_stdout;
    std::unique_ptr<QTextStream> m_stderr;
    CtlContext m_context;
};

} // namespace Fax
