#include "processrun.h"

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

} // namespace Fax::Test
