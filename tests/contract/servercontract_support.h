// SPDX-License-Identifier: GPL-3.0-or-later
// What the server contract's cases watch and make: every change signal of a server, how one
// operation went from its call until it deleted itself, recipients, and a setting given another
// value it takes.
#pragma once

#include "core/settingskeys.h"
#include "core/settingsschema.h"
#include "server/faxoperation.h"
#include "server/faxserver.h"

#include <QSignalSpy>
#include <QString>

#include <functional>
#include <optional>

namespace Fax::Contract {

constexpr int WaitMs = 10000;

/// Every change signal of one server.
struct ChangeSpies
{
    explicit ChangeSpies(FaxServer *s)
        : jobAdded(s, &FaxServer::jobAdded), jobChanged(s, &FaxServer::jobChanged),
          jobRemoved(s, &FaxServer::jobRemoved), portAdded(s, &FaxServer::portAdded),
          portChanged(s, &FaxServer::portChanged), portRemoved(s, &FaxServer::portRemoved),
          settingsChanged(s, &FaxServer::settingsChanged),
          receivedFaxAdded(s, &FaxServer::receivedFaxAdded)
    {
    }
    qsizetype total() const
    {
        return jobAdded.count() + jobChanged.count() + jobRemoved.count() + portAdded.count() +
               portChanged.count() + portRemoved.count() + settingsChanged.count() +
               receivedFaxAdded.count();
    }
    void clear()
    {
        for (QSignalSpy *spy : {&jobAdded, &jobChanged, &jobRemoved, &portAdded, &portChanged,
                                &portRemoved, &settingsChanged, &receivedFaxAdded})
            spy->clear();
    }
    QSignalSpy jobAdded, jobChanged, jobRemoved, portAdded, portChanged, portRemoved,
        settingsChanged, receivedFaxAdded;
};

/// How one operation went, watched from the call that made it until it deleted itself.
struct Outcome
{
    bool finishedOnReturn = false;
    qsizetype succeeded = 0;
    qsizetype failed = 0;
    qsizetype finished = 0;
    bool deletedItself = false;
    Error error;
    QList<QPair<qint64, qint64>> progress; ///< done, total

    bool ok() const { return succeeded == 1 && failed == 0 && finished == 1; }
    bool failedWith(Error::Kind kind) const
    {
        return succeeded == 0 && failed == 1 && finished == 1 && error.kind == kind;
    }
};

/// Watches one operation from the call that made it until it has deleted itself.
class Watch
{
public:
    explicit Watch(FaxOperation *op)
        : m_finishedOnReturn(op->isFinished()), m_succeeded(op, &FaxOperation::succeeded),
          m_failed(op, &FaxOperation::failed), m_finished(op, &FaxOperation::finished),
          m_progress(op, &FaxOperation::progress), m_destroyed(op, &QObject::destroyed)
    {
    }

    Outcome wait()
    {
        if (m_finished.isEmpty())
            m_finished.wait(WaitMs);
        Outcome o;
        o.finishedOnReturn = m_finishedOnReturn;
        // It goes by itself; nothing can be emitted after that.
        o.deletedItself = !m_destroyed.isEmpty() || m_destroyed.wait(WaitMs);
        o.succeeded = m_succeeded.count();
        o.failed = m_failed.count();
        o.finished = m_finished.count();
        if (!m_failed.isEmpty())
            o.error = m_failed.at(0).at(0).value<Error>();
        for (const QList<QVariant> &p : std::as_const(m_progress))
            o.progress << qMakePair(p.at(0).toLongLong(), p.at(1).toLongLong());
        return o;
    }

private:
    bool m_finishedOnReturn;
    QSignalSpy m_succeeded, m_failed, m_finished, m_progress, m_destroyed;
};

/// Waits for op; onSuccess reads its result while it exists.
inline Outcome run(FaxOperation *op, const std::function<void()> &onSuccess = {})
{
    Watch watch(op);
    if (onSuccess)
        QObject::connect(op, &FaxOperation::succeeded, op, onSuccess);
    return watch.wait();
}

inline QString describe(const Outcome &o)
{
    return QStringLiteral("succeeded %1, failed %2 (kind %3: %4), finished %5, deleted %6")
        .arg(o.succeeded)
        .arg(o.failed)
        .arg(int(o.error.kind))
        .arg(o.error.message)
        .arg(o.finished)
        .arg(o.deletedItself);
}

inline Party recipient(const QString &number, const QString &name = QString())
{
    Party p;
    p.faxNumber = number;
    p.name = name;
    return p;
}

inline const SettingSpec<ServerSettings> *specOf(const ServerSettings *, const QString &key)
{
    return SettingsSchema::serverSetting(key);
}

inline const SettingSpec<Port> *specOf(const Port *, const QString &key)
{
    return SettingsSchema::portSetting(key);
}

/// Gives key of settings another value it takes: one of its choices, or a number, yes or no, a
/// time, a path, a station id, an address, a word.
template <typename T> bool changeSetting(T *settings, const QString &key)
{
    const std::optional<SettingKey> before = SettingsKeys::find(SettingsKeys::list(*settings), key);
    QStringList values;
    if (const auto *spec = specOf(settings, key)) {
        for (const SettingChoice &choice : spec->choices)
            values << choice.value;
    }
    for (const char *value : {"9", "19200", "yes", "no", "19:00", "07:00", "/dev/ttyS7",
                              "/tmp/elsewhere", "+1 555 0177", "fax@example.org", "word"})
        values << QLatin1String(value);
    for (const QString &value : std::as_const(values)) {
        T changed = *settings;
        if (!SettingsKeys::apply(&changed, key, value))
            continue;
        const std::optional<SettingKey> after =
            SettingsKeys::find(SettingsKeys::list(changed), key);
        if (after && (!before || after->text != before->text)) {
            *settings = changed;
            return true;
        }
    }
    return false;
}

} // namespace Fax::Contract
