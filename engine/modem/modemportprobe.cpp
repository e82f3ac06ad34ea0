// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/modemportprobe.h"

#include "modem/modemsession.h"

#include <QThread>

namespace Fax {

ModemPortProbe::ModemPortProbe(const SerialConfig &config, int timeoutMs, QObject *parent)
    : QObject(parent), m_config(config), m_timeoutMs(timeoutMs)
{
}

ModemPortProbe::~ModemPortProbe()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ModemPortProbe::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

Expected<ModemInfo> ModemPortProbe::probe(const SerialConfig &config, int timeoutMs)
{
    ModemConfig modem;
    modem.serial = config;
    modem.commandTimeoutMs = timeoutMs;
    ModemSession session(modem);
    if (Result r = session.open(); !r)
        return r.error();
    return session.probe();
}

void ModemPortProbe::start()
{
    if (m_thread)
        return;
    auto result = std::make_shared<std::optional<Expected<ModemInfo>>>();
    const SerialConfig config = m_config;
    const int timeoutMs = m_timeoutMs;
    m_thread =
        QThread::create([result, config, timeoutMs] { result->emplace(probe(config, timeoutMs)); });
    m_thread->setObjectName(QStringLiteral("probe ") + config.device);
    connect(m_thread, &QThread::finished, this, [this, result] {
        const Expected<ModemInfo> &r = **result;
        if (r) {
            m_info = *r;
            m_error.clear();
        } else {
            m_error = r.error().message;
        }
        Q_EMIT finished(r.ok());
    });
    m_thread->start();
}

} // namespace Fax
