// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/job.h"

#include <QDateTime>
#include <QString>

/// Text helpers shared by the models, so every view shows sizes and dates the same way.
namespace Fax::ModelFormat {

/// "834 bytes", "12.4 KB", "3.1 MB" in the user's locale.
QString size(qint64 bytes);
/// Short date and time in the user's locale; empty for an invalid time.
QString dateTime(const QDateTime &time);
/// "Name (number)", or the number alone.
QString recipient(const Job &job);
/// "Now", "Discount period" or the scheduled time.
QString schedule(const Job &job);

} // namespace Fax::ModelFormat
