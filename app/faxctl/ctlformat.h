// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/job.h"
#include "core/port.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Fax {

/// Formatting shared by the commands.
namespace CtlFormat {
/// Left-aligned columns separated by two spaces; the last column is not padded.
QString table(const QStringList &headers, const QList<QStringList> &rows);
/// Local "yyyy-MM-dd HH:mm", or empty for an invalid time.
QString humanTime(const QDateTime &time);
/// ISO-8601 UTC ("2026-12-01T17:30:00Z"), or JSON null for an invalid time.
QJsonValue jsonTime(const QDateTime &time);
QJsonObject jobToJson(const Job &job);
QJsonObject portToJson(const Port &port);
/// "Name <+49 30 1234>" or just the number.
QString recipient(const Job &job);
/// Label/value lines of every field of a job, for 'faxctl job ID'.
QList<QPair<QString, QString>> jobFields(const Job &job);
} // namespace CtlFormat

} // namespace Fax
