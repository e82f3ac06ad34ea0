// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <csignal>

namespace Fax {

/// Catches SIGINT and SIGTERM while a long faxctl command runs (a call, a conversion): the
/// handler only raises a flag, which the work checks between steps to stop cleanly.
class StopSignals final
{
public:
    StopSignals();
    ~StopSignals();
    Q_DISABLE_COPY_MOVE(StopSignals)

    static bool stopped() { return flag()->load(); }
    /// The flag the work polls (lock-free, set from the signal handler).
    static const std::atomic_bool *flag();
    /// "SIGINT" or "SIGTERM": the signal that stopped the work.
    static QString signalName();

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

} // namespace Fax
