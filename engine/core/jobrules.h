// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "result.h"

#include <QDateTime>

namespace Fax {

/// Which job command applies in which job state, and what it does to the job: one set of rules
/// for every backend, faxctl and the console (which enables its actions by them).
namespace JobRules {

/// True when command may be given to job now: Pause a send that waits to be dialled (pending,
/// retrying, no line); Resume a paused one; Cancel one that waits, is paused or is in a call;
/// Restart a send that failed, ran out of retries or was canceled.
bool allows(JobCommand command, const Job &job);
/// True when job may be removed from the server: it is finished (completed, failed, retries
/// exceeded, canceled) and not being deleted already.
bool canRemove(const Job &job);
bool canRemove(QueueStatus status);

/// What apply() asks of the backend besides storing the job.
enum class Effect {
    None,
    HangUp ///< the job is in a call: end it; the backend marks the job canceled once it has
};

/// Applies command to job as of now. Fails (NotPermitted, naming the command, the job and its
/// status) when allows() says no; *job is then unchanged.
Expected<Effect> apply(JobCommand command, Job *job, const QDateTime &now);

} // namespace JobRules
} // namespace Fax
