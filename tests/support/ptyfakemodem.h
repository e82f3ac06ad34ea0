// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

class QSocketNotifier;

namespace Fax::Test {

/// A broken modem on a pseudo-terminal (its slave reachable through a symlink, like
/// /dev/ttyS0): it answers every command line with ERROR, or says nothing at all. For tests of
/// how the engine copes with a modem that will not initialise. Runs on the test's event loop.
class PtyFakeModem final : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour { AnswerError, Silent };

    explicit PtyFakeModem(Behaviour behaviour, QObject *parent = nullptr);
    ~PtyFakeModem() override;

    /// Creates the pty and the symlink link; returns an error text, empty on success.
    QString open(const QString &link);
    /// The command lines the host sent so far ("ATZ", "AT+FCLASS=1").
    QStringList commands() const { return m_commands; }

Q_SIGNALS:
    void commandReceived(const QString &command);

private:
    void readHost();

    Behaviour m_behaviour;
    int m_master = -1;
    int m_slaveKeeper = -1; // keeps the pty up while the host closes and reopens it
    QString m_link;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending;
    QStringList m_commands;

    Q_DISABLE_COPY_MOVE(PtyFakeModem)
};

} // namespace Fax::Test
