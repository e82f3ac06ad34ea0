// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxtypes.h"

#include <QCoreApplication>

namespace Fax {

QString enumKeyFromName(const char *name)
{
    QString key;
    for (const char *p = name; *p; ++p) {
        const QChar c = QLatin1Char(*p);
        if (c.isUpper() && p != name)
            key += QLatin1Char('-');
        key += c.toLower();
    }
    return key;
}

namespace {
template <typename E, size_t N> QString lookup(E value, const char *const (&names)[N])
{
    const auto i = static_cast<size_t>(value);
    return i < N ? QCoreApplication::translate("Fax", names[i]) : QString();
}
} // namespace

QString displayName(QueueStatus status)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Fax", "Pending"),          QT_TRANSLATE_NOOP("Fax", "In progress"),
        QT_TRANSLATE_NOOP("Fax", "Paused"),           QT_TRANSLATE_NOOP("Fax", "Retrying"),
        QT_TRANSLATE_NOOP("Fax", "No line"),          QT_TRANSLATE_NOOP("Fax", "Failed"),
        QT_TRANSLATE_NOOP("Fax", "Retries exceeded"), QT_TRANSLATE_NOOP("Fax", "Deleting"),
        QT_TRANSLATE_NOOP("Fax", "Completed"),        QT_TRANSLATE_NOOP("Fax", "Canceled")};
    return lookup(status, names);
}

QString displayName(DeviceStatus status)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("Fax", ""),
                                        QT_TRANSLATE_NOOP("Fax", "Initializing"),
                                        QT_TRANSLATE_NOOP("Fax", "Dialing"),
                                        QT_TRANSLATE_NOOP("Fax", "Ringing"),
                                        QT_TRANSLATE_NOOP("Fax", "Answered"),
                                        QT_TRANSLATE_NOOP("Fax", "Sending"),
                                        QT_TRANSLATE_NOOP("Fax", "Receiving"),
                                        QT_TRANSLATE_NOOP("Fax", "Completed"),
                                        QT_TRANSLATE_NOOP("Fax", "Busy"),
                                        QT_TRANSLATE_NOOP("Fax", "No answer"),
                                        QT_TRANSLATE_NOOP("Fax", "No dial tone"),
                                        QT_TRANSLATE_NOOP("Fax", "Bad address"),
                                        QT_TRANSLATE_NOOP("Fax", "Disconnected"),
                                        QT_TRANSLATE_NOOP("Fax", "Fatal error"),
                                        QT_TRANSLATE_NOOP("Fax", "Not a fax call"),
                                        QT_TRANSLATE_NOOP("Fax", "Call delayed"),
                                        QT_TRANSLATE_NOOP("Fax", "Aborting"),
                                        QT_TRANSLATE_NOOP("Fax", "Page outcome unknown")};
    return lookup(status, names);
}

QString displayName(JobType type)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("Fax", "Send"),
                                        QT_TRANSLATE_NOOP("Fax", "Receive")};
    return lookup(type, names);
}

QString displayName(Priority priority)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("Fax", "Low"),
                                        QT_TRANSLATE_NOOP("Fax", "Normal"),
                                        QT_TRANSLATE_NOOP("Fax", "High")};
    return lookup(priority, names);
}

QString displayName(ScheduleType schedule)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("Fax", "Now"),
                                        QT_TRANSLATE_NOOP("Fax", "Discount period"),
                                        QT_TRANSLATE_NOOP("Fax", "Specific time")};
    return lookup(schedule, names);
}

QString displayName(ReceiveMode mode)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("Fax", "Automatic"),
                                        QT_TRANSLATE_NOOP("Fax", "Manual"),
                                        QT_TRANSLATE_NOOP("Fax", "Off")};
    return lookup(mode, names);
}

QString displayName(PortState state)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Fax", "Idle"),         QT_TRANSLATE_NOOP("Fax", "Offline"),
        QT_TRANSLATE_NOOP("Fax", "Initializing"), QT_TRANSLATE_NOOP("Fax", "Dialing"),
        QT_TRANSLATE_NOOP("Fax", "Ringing"),      QT_TRANSLATE_NOOP("Fax", "Answered"),
        QT_TRANSLATE_NOOP("Fax", "Sending"),      QT_TRANSLATE_NOOP("Fax", "Receiving"),
        QT_TRANSLATE_NOOP("Fax", "Error")};
    return lookup(state, names);
}

QString displayName(FaxClass faxClass)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Fax", "Automatic"), QT_TRANSLATE_NOOP("Fax", "Class 1"),
        QT_TRANSLATE_NOOP("Fax", "Class 2"), QT_TRANSLATE_NOOP("Fax", "Class 2.0")};
    return lookup(faxClass, names);
}

QString faxClassKey(FaxClass faxClass)
{
    switch (faxClass) {
    case FaxClass::Auto:
        return QStringLiteral("auto");
    case FaxClass::Class1:
        return QStringLiteral("1");
    case FaxClass::Class2:
        return QStringLiteral("2");
    case FaxClass::Class20:
        return QStringLiteral("2.0");
    }
    return QString();
}

FaxClass faxClassFromKey(const QString &key, bool *ok)
{
    const QString k = key.toLower();
    if (ok)
        *ok = true;
    if (k == QLatin1String("1") || k == QLatin1String("1.0"))
        return FaxClass::Class1;
    if (k == QLatin1String("2"))
        return FaxClass::Class2;
    if (k == QLatin1String("2.0"))
        return FaxClass::Class20;
    if (ok)
        *ok = k == QLatin1String("auto");
    return FaxClass::Auto;
}

QStringList faxClassKeys()
{
    return {faxClassKey(FaxClass::Auto), faxClassKey(FaxClass::Class1),
            faxClassKey(FaxClass::Class2), faxClassKey(FaxClass::Class20)};
}

bool isFinal(QueueStatus status)
{
    switch (status) {
    case QueueStatus::Failed:
    case QueueStatus::RetriesExceeded:
    case QueueStatus::Completed:
    case QueueStatus::Canceled:
    case QueueStatus::Deleting:
        return true;
    default:
        return false;
    }
}

} // namespace Fax
