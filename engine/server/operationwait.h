// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faxoperation.h"

namespace Fax {

/// How long waitFor() lets an operation go without finishing or reporting progress.
inline constexpr int DefaultOperationTimeoutMs = 60 * 1000;

/// For synchronous callers (faxctl, tests): runs a local event loop until op finishes and returns
/// its outcome. The wait ends with a Connection error ("no answer within N seconds") when op goes
/// timeoutMs without finishing or reporting progress (-1: no limit); op is then canceled where it
/// can be. The operation is gone when this returns.
Result waitFor(FaxOperation *op, int timeoutMs = DefaultOperationTimeoutMs);
/// The same for a submission: the ids of the new jobs.
Expected<QList<JobId>> waitFor(SubmitOperation *op, int timeoutMs = DefaultOperationTimeoutMs);
/// The same for a fetch: the fax file's path on this machine.
Expected<QString> waitFor(FetchOperation *op, int timeoutMs = DefaultOperationTimeoutMs);

} // namespace Fax
