// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modem/modemprobe.h"
#include "modem/serialtransport.h"

#include <QObject>

#include <optional>

class QThread;

namespace Fax {

/// Opens (and locks) a serial port and probes its modem on a thread of its own, so a dialog or
/// faxctl never waits on the modem; finished() follows once.
class ModemPortProbe final : public QObject
{
    Q_OBJECT
public:
    explicit ModemPortProbe(const SerialConfig &config, int timeoutMs = 3000,
                            QObject *parent = nullptr);
    ~ModemPortProbe() override;

    void start();
    bool isRunning() const;
    /// Valid after finished(true).
    const ModemInfo &info() const { return m_info; }
    /// Why it failed, naming the device, after finished(false).
    QString errorString() const { return m_error; }

    /// The blocking probe the thread runs: open, probe, close.
    static Expected<ModemInfo> probe(const SerialConfig &config, int timeoutMs);

Q_SIGNALS:
    void finished(bool ok);

private:
    SerialConfig m_config;
    int m_timeoutMs;
    QThread *m_thread = nullptr;
    ModemInfo m_info;
    QString m_error;
    Q_DISABLE_COPY_MOVE(ModemPortProbe)
};

} // namespace Fax
