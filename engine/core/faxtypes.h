// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaEnum>
#include <QObject>
#include <QString>

/// The enums of the Fax object model (after the Windows Fax Service client API).
namespace Fax {
Q_NAMESPACE

using JobId = qint64;

/// Where a job stands in the queue (FAX_JOB_STATUS queue part).
enum class QueueStatus {
    Pending,
    InProgress,
    Paused,
    Retrying,
    NoLine,
    Failed,
    RetriesExceeded,
    Deleting,
    Completed,
    Canceled
};
Q_ENUM_NS(QueueStatus)

/// What the line is doing for a job (FAX_JOB_STATUS device part).
enum class DeviceStatus {
    None,
    Initializing,
    Dialing,
    Ringing,
    Answered,
    Sending,
    Receiving,
    Completed,
    Busy,
    NoAnswer,
    NoDialTone,
    BadAddress,
    Disconnected,
    FatalError,
    NotFaxCall,
    CallDelayed,
    Aborting,
    /// The call ended after a page went out but before the far end's answer to it was known
    /// (the modem reported none): the far end may have that page.
    OutcomeUnknown
};
Q_ENUM_NS(DeviceStatus)

enum class JobType { Send, Receive };
Q_ENUM_NS(JobType)

enum class Priority { Low, Normal, High };
Q_ENUM_NS(Priority)

enum class ScheduleType { Now, DiscountPeriod, SpecificTime };
Q_ENUM_NS(ScheduleType)

enum class ReceiveMode { Auto, Manual, Off };
Q_ENUM_NS(ReceiveMode)

/// Live state of a port's line.
enum class PortState {
    Idle,
    Offline,
    Initializing,
    Dialing,
    Ringing,
    Answered,
    Sending,
    Receiving,
    Error
};
Q_ENUM_NS(PortState)

/// The fax service class a modem is driven in: Class 1 (T.30 on the host), Class 2 (EIA/TIA-592)
/// or Class 2.0 (ITU-T T.32), or Auto (Class 1 when the modem has it, else 2.0, else 2).
enum class FaxClass { Auto, Class1, Class2, Class20 };
Q_ENUM_NS(FaxClass)

enum class JobCommand { Pause, Resume, Cancel, Restart };
Q_ENUM_NS(JobCommand)

enum class ServerKind { Local, Hylafax };
Q_ENUM_NS(ServerKind)

enum class ConnectionState { Disconnected, Connecting, Connected };
Q_ENUM_NS(ConnectionState)

/// Stable lower-case key of an enum value ("InProgress" -> "in-progress"), for the CLI, JSON and
/// the database.
QString enumKeyFromName(const char *name);

template <typename E> QString enumKey(E value)
{
    const QMetaEnum me = QMetaEnum::fromType<E>();
    const char *name = me.valueToKey(static_cast<int>(value));
    return name ? enumKeyFromName(name) : QString();
}

/// Parses a key made by enumKey() (case-insensitive, "-" or "_" optional); ok tells success.
template <typename E> E enumFromKey(const QString &key, bool *ok = nullptr)
{
    const QMetaEnum me = QMetaEnum::fromType<E>();
    QString wanted = key.toLower();
    wanted.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    for (int i = 0; i < me.keyCount(); ++i) {
        if (QString::fromLatin1(me.key(i)).toLower() == wanted) {
            if (ok)
                *ok = true;
            return static_cast<E>(me.value(i));
        }
    }
    if (ok)
        *ok = false;
    return static_cast<E>(me.value(0));
}

/// All keys of an enum, for help texts and error messages ("low, normal, high").
template <typename E> QStringList enumKeys()
{
    const QMetaEnum me = QMetaEnum::fromType<E>();
    QStringList keys;
    for (int i = 0; i < me.keyCount(); ++i)
        keys << enumKeyFromName(me.key(i));
    return keys;
}

/// Translated, user-visible names.
QString displayName(QueueStatus status);
QString displayName(DeviceStatus status);
QString displayName(JobType type);
QString displayName(Priority priority);
QString displayName(ScheduleType schedule);
QString displayName(ReceiveMode mode);
QString displayName(PortState state);
QString displayName(FaxClass faxClass);

/// The key of a fax class as users write it and the job store keeps it: "auto", "1", "2", "2.0".
QString faxClassKey(FaxClass faxClass);
/// Parses a fax class key (also "1.0" for Class 1; case does not matter); ok tells success, and
/// an unknown key gives Auto.
FaxClass faxClassFromKey(const QString &key, bool *ok = nullptr);
/// Every key faxClassFromKey() takes as its own, in order: auto, 1, 2, 2.0.
QStringList faxClassKeys();

/// True for statuses from which the job will not be dialed again by itself.
bool isFinal(QueueStatus status);

} // namespace Fax
