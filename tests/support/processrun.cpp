// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrun.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

namespace Fax::Test {

ProcessRun runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QFileInfo(program).fileName() + QStringLiteral(" did not finish: ") +
                args.join(QLatin1Char(' '));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject jsonOutput(const ProcessRun &run, const QStringList &args)
{
    if (run.exitCode != 0)
        qWarning() << args << run.exitCode << run.err;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << run.out << error.errorString();
    return doc.object();
}

void RunningProcess::stop()
{
    if (process.state() != QProcess::NotRunning) {
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
        process.waitForFinished(2000);
    }
    collect();
}

void RunningProcess::collect()
{
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();
}

bool RunningProcess::waitFor(const QByteArray &text, bool inStderr, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!(inStderr ? err : out).contains(text)) {
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(200);
        collect();
    }
    return true;
}

bool RunningProcess::finish(int ms)
{
    const bool done = process.waitForFinished(ms);
    collect();
    return done && process.exitStatus() == QProcess::NormalExit;
}

QString RunningProcess::describe() const
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(process.exitCode())
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

} // namespace Fax::Test
