#pragma once

#include <QJsonObject>
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

} // namespace Fax::Test
