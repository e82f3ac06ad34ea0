// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtuallineprocess.h"

#include "virtuallineresult.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

namespace Fax::VirtualLineTest {

VirtualLineProcess::VirtualLineProcess() = default;

VirtualLineProcess::~VirtualLineProcess()
{
    stop();
}

QString VirtualLineProcess::program()
{
    const QString fromEnv = qEnvironmentVariable("FAX_VIRTUALLINE");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef FAX_VIRTUALLINE_PATH
    return QStringLiteral(FAX_VIRTUALLINE_PATH);
#else
    return QString();
#endif
}

bool VirtualLineProcess::isBuilt()
{
    const QString path = program();
    return !path.isEmpty() && QFileInfo(path).isExecutable();
}

bool VirtualLineProcess::start(const QStringList &args, const QString &logFile)
{
    m_output.clear();
    m_error.clear();
    if (!isBuilt()) {
        m_error = QStringLiteral("fax_virtualline is not built (looked for '%1')").arg(program());
        return false;
    }
    m_process.setProgram(program());
    m_process.setArguments(qEnvironmentVariableIsSet("FAX_KEEP_LOGS")
                               ? args + QStringList{QStringLiteral("-v"), QStringLiteral("-v")}
                               : args);
    m_process.setStandardErrorFile(logFile, QIODevice::Append);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program(), m_process.errorString());
        return false;
    }
    if (!waitFor("FAXVLINE_READY", 1, 10000)) {
        m_error = QStringLiteral("fax_virtualline %1 did not get ready (%2; log in %3):\n%4")
                      .arg(args.join(QLatin1Char(' ')),
                           isRunning() ? QStringLiteral("still running")
                                       : QStringLiteral("exit code %1").arg(m_process.exitCode()),
                           logFile, QString::fromLocal8Bit(m_output));
        stop();
        return false;
    }
    return true;
}

bool VirtualLineProcess::waitFor(const QByteArray &marker, int count, int timeoutMs)
{
    return waitUntil([&] { return m_output.count(marker) >= count; }, timeoutMs);
}

bool VirtualLineProcess::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    for (;;) {
        m_output += m_process.readAllStandardOutput();
        if (done())
            return true;
        if (!timer.isActive() || m_process.state() == QProcess::NotRunning)
            return false;
        loop.exec();
    }
}

bool VirtualLineProcess::waitForResult(int timeoutMs, int count)
{
    return waitFor("FAXVLINE_RESULT", count, timeoutMs);
}

void VirtualLineProcess::finish(int timeoutMs)
{
    waitForFinished(timeoutMs);
    stop();
}

bool VirtualLineProcess::waitForFinished(int timeoutMs)
{
    waitUntil([this] { return !isRunning(); }, timeoutMs);
    m_output += m_process.readAllStandardOutput();
    return !isRunning();
}

void VirtualLineProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_output += m_process.readAllStandardOutput();
}

bool VirtualLineProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QByteArray VirtualLineProcess::output()
{
    m_output += m_process.readAllStandardOutput();
    return m_output;
}

QMap<QString, QString> VirtualLineProcess::result()
{
    return parseResult(output());
}

QString VirtualLineProcess::describe()
{
    return QStringLiteral("virtual line output:\n") + QString::fromLocal8Bit(output());
}

void keepLogsIfAsked(QTemporaryDir &dir)
{
    if (!qEnvironmentVariableIsSet("FAX_KEEP_LOGS"))
        return;
    dir.setAutoRemove(false);
    qInfo("logs in %s", qPrintable(dir.path()));
}

} // namespace Fax::VirtualLineTest
