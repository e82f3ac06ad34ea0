// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

class QTemporaryDir;

namespace Fax::VirtualLineTest {

/// fax_virtualline (tests/support/virtualline) run by a test: started with its options, ready
/// once it has printed FAXVLINE_READY, terminated when the object goes. Its waits run the event
/// loop, so an engine in the test's thread keeps working meanwhile.
class VirtualLineProcess final
{
public:
    VirtualLineProcess();
    ~VirtualLineProcess();
    VirtualLineProcess(const VirtualLineProcess &) = delete;
    VirtualLineProcess &operator=(const VirtualLineProcess &) = delete;

    /// The fax_virtualline the build made ($FAX_VIRTUALLINE overrides it).
    static QString program();
    static bool isBuilt();

    /// Starts the line with args (and -v -v when FAX_KEEP_LOGS is set), appending its stderr to
    /// logFile, and waits up to 10 s for FAXVLINE_READY. On failure errorString() says why.
    bool start(const QStringList &args, const QString &logFile);
    /// Waits up to timeoutMs for the count-th FAXVLINE_RESULT line (a call has ended).
    bool waitForResult(int timeoutMs, int count = 1);
    /// Waits up to timeoutMs for the process to end (a line without --serve ends after a call),
    /// then terminates it if it still runs.
    void finish(int timeoutMs = 30000);
    /// Waits up to timeoutMs for the process to end by itself; false if it still runs.
    bool waitForFinished(int timeoutMs);
    /// Terminates the line (SIGTERM, then SIGKILL after 5 s) and collects what it printed.
    void stop();

    bool isRunning() const;
    /// Everything it printed on stdout so far.
    QByteArray output();
    /// The key=value pairs of its last FAXVLINE_RESULT line.
    QMap<QString, QString> result();
    /// Why start() failed, with the output so far; also a summary for failing assertions.
    QString errorString() const { return m_error; }
    QString describe();
    QProcess &process() { return m_process; }

private:
    bool waitFor(const QByteArray &marker, int count, int timeoutMs);
    /// Runs the event loop until done() holds (true) or timeoutMs pass or the line ends (false).
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);

    QProcess m_process;
    QByteArray m_output;
    QString m_error;
};

/// With FAX_KEEP_LOGS set, keeps a test's folder (the line's logs, the faxes) after the test
/// for a post-mortem, and says where it is.
void keepLogsIfAsked(QTemporaryDir &dir);

} // namespace Fax::VirtualLineTest
