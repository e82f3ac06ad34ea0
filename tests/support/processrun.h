// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Fax::Test {

/// How a finished command-line run ended and what it printed.
struct ProcessRun
{
    int exitCode = -1; ///< -1 when it crashed or did not finish
    QString out;
    QString err;
};

/// Runs program with args in env and waits up to timeoutMs for it; a run that does not finish
/// in time is killed and says so in err.
ProcessRun runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env, int timeoutMs);

/// The JSON object a --json run printed; warns, naming args, on a non-zero exit or bad JSON.
QJsonObject jsonOutput(const ProcessRun &run, const QStringList &args);

/// A child process whose stdout and stderr are collected as it runs (a peer that must keep
/// running while the test does something else); stopped when the object goes.
struct RunningProcess
{
    QProcess process;
    QByteArray out;
    QByteArray err;

    RunningProcess() = default;
    RunningProcess(const RunningProcess &) = delete;
    RunningProcess &operator=(const RunningProcess &) = delete;
    ~RunningProcess() { stop(); }

    /// SIGTERM, then SIGKILL after 10 s; collects what it printed.
    void stop();
    void collect();
    /// Waits up to ms for text in its stdout (or stderr); false when it ended first.
    bool waitFor(const QByteArray &text, bool inStderr, int ms);
    /// Waits up to ms for it to end; true when it ended normally (not by a signal).
    bool finish(int ms);
    /// Exit code and everything it printed, for failing assertions.
    QString describe() const;
};

} // namespace Fax::Test
