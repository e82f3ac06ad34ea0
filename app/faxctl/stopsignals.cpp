// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopsignals.h"

namespace Fax {

namespace {

std::atomic_bool g_stop{false};
volatile std::sig_atomic_t g_signal = 0;
static_assert(std::atomic_bool::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void onStopSignal(int signal)
{
    g_signal = signal;
    g_stop.store(true);
}

} // namespace

StopSignals::StopSignals()
{
    g_stop.store(false);
    g_signal = 0;
    struct sigaction action = {};
    action.sa_handler = &onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &m_oldInt);
    sigaction(SIGTERM, &action, &m_oldTerm);
}

StopSignals::~StopSignals()
{
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
}

const std::atomic_bool *StopSignals::flag()
{
    return &g_stop;
}

QString StopSignals::signalName()
{
    return g_signal == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("SIGINT");
}

} // namespace Fax
