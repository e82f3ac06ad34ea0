#pragma once

#include "core/faxtypes.h"

#include <QByteArray>
#include <QString>

namespace Fax::Test {

bool writeFile(const QString &path, const QByteArray &data);
QByteArray readFile(const QString &path);
QByteArray randomBytes(int size);
/// Makes a job look as if a dispatcher died while sending it (rows as a crash leaves them).
/// Sets a file's or folder's modification time secs into the past.
bool setAge(const QString &path, qint64 secs);
bool forceInProgress(const QString &dataDir, JobId id, int tries, bool cancelRequested);
/// The name of the effective user's account from the password database (not from $USER).
QString accountName();

} // namespace Fax::Test
