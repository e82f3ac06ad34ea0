// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <csignal>

class QSocketNotifier;

namespace Fax {

/// Turns SIGINT and SIGTERM into a Qt signal for a process that stops through its event loop
/// (faxctl serve, the console), so that it ends its calls, hangs up and releases its locks the
/// way it does on a normal exit. The handler only writes the signal number to a socket pair;
/// a QSocketNotifier reads it in the event loop. One instance at a time.
class QuitSignals final : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;
    Q_DISABLE_COPY_MOVE(QuitSignals)

    /// False when the handlers could not be installed; errorString() says why.
    bool isWatching() const { return m_notifier != nullptr; }
    QString errorString() const { return m_error; }
    /// "SIGINT" or "SIGTERM".
    static QString signalName(int signal);

Q_SIGNALS:
    void received(int signal);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    QString m_error;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

} // namespace Fax
