// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxtypes.h"
#include "queue/clock.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"
#include "testline.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Fax::Test {

bool writeFile(const QString &path, const QByteArray &data);
QByteArray readFile(const QString &path);
QByteArray randomBytes(int size);
/// Sets a file's or folder's modification time secs into the past.
bool setAge(const QString &path, qint64 secs);
/// Makes a job look as if a dispatcher died while sending it (rows as a crash leaves them).
bool forceInProgress(const QString &dataDir, JobId id, int tries, bool cancelRequested);
/// The name of the effective user's account from the password database (not from $USER).
QString accountName();

/// A fresh data folder, a manual clock, a scripted line factory and two documents for tests of
/// the local engine; initFixture() and cleanupFixture() belong in the test's init() and cleanup().
class LocalServerFixture
{
protected:
    void initFixture();
    void cleanupFixture();

    std::unique_ptr<LocalFaxServer> open(bool runScheduler = true, LineFactory *factory = nullptr,
                                         int busyTimeoutMs = 5000);
    std::unique_ptr<LocalFaxServer>
    openWithLine(const QString &portName = QStringLiteral("modem1"));
    FaxDocument doc(const QString &number = QStringLiteral("+49 (30) 123-45.6"),
                    const QString &name = QStringLiteral("Alice")) const;
    static JobId submitOne(LocalFaxServer &server, const FaxDocument &d);
    static QueueStatus statusOf(LocalFaxServer &server, JobId id);
    QStringList spoolEntries() const;

    QTemporaryDir *m_tmp = nullptr;
    QString m_dataDir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TestLineFactory> m_factory;
    QString m_doc1;
    QString m_doc2;
};

} // namespace Fax::Test
