// SPDX-License-Identifier: GPL-3.0-or-later
#include "hylafaxjobdefaults.h"

#include "core/settingskeys.h"
#include "core/settingsschema.h"
#include "hylafax/hylafaxlisting.h"
#include "hylafax/hylafaxmapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTimeZone>

#include <algorithm>

namespace Fax::HylafaxJobDefaults {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

/// hfaxd reads a command line of at most 512 bytes: a value is cut (at a character) so that the
/// whole JPARM stays well inside.
constexpr qsizetype MaxValueBytes = 400;

QByteArray param(const char *key, const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QByteArray bytes = v.trimmed().toUtf8();
    while (HylafaxListing::quoted(bytes).size() > MaxValueBytes) {
        bytes.chop(1);
        while (!bytes.isEmpty() && (static_cast<unsigned char>(bytes.back()) & 0xc0) == 0x80)
            bytes.chop(1); // a continuation byte: the character goes whole
        if (!bytes.isEmpty() && static_cast<unsigned char>(bytes.back()) >= 0xc0)
            bytes.chop(1);
    }
    return QByteArray(key) + ' ' + HylafaxListing::quoted(bytes);
}

QByteArray number(const char *key, int value)
{
    return QByteArray(key) + ' ' + QByteArray::number(value);
}

QString firstOf(const QString &a, const QString &b)
{
    return !a.trimmed().isEmpty() ? a : b;
}

bool inDiscount(const QTime &t, const QTime &start, const QTime &end)
{
    if (start == end)
        return true; // the whole day
    if (start < end)
        return t >= start && t < end;
    return t >= start || t < end; // across midnight
}

} // namespace

QStringList clientKeys()
{
    return {QStringLiteral("retries"),
            QStringLiteral("retry-delay"),
            QStringLiteral("use-device-tsid"),
            QStringLiteral("server-coverpage"),
            QStringLiteral("archive-outbound-faxes"),
            QStringLiteral("discount-rate-start"),
            QStringLiteral("discount-rate-end")};
}

void denyServerSettings(ServerCapabilities *caps)
{
    const QStringList mine = clientKeys();
    for (const SettingSpec<ServerSettings> &spec : SettingsSchema::serverSettings()) {
        if (mine.contains(spec.key) || spec.isReadOnly())
            continue;
        QString why;
        if (spec.key == QLatin1String("dirty-days"))
            why = trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX removes finished jobs with faxqclean "
                                                 "on the server"));
        else if (spec.key == QLatin1String("branding"))
            why = trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX prints the header line its modem "
                                                 "configuration sets (TagLineFormat) on the "
                                                 "server"));
        else if (spec.key == QLatin1String("archive-directory"))
            why = trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX archives sent faxes in the archive "
                                                 "folder of its spool on the server"));
        else if (spec.key == QLatin1String("pause-server-queue"))
            why = trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX's queue is held on the server itself "
                                                 "(faxstate, faxquit)"));
        else if (spec.key.startsWith(QLatin1String("routing.")))
            why = trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX hands received faxes on with its "
                                                 "FaxDispatch script on the server"));
        else if (spec.key.startsWith(QLatin1String("dialing.")))
            why = trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX applies the dialing rules of its "
                                                 "configuration (etc/config, etc/dialrules) on "
                                                 "the server"));
        else
            why = trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX keeps it in its configuration on the "
                                                 "server"));
        caps->denySetting(spec.key,
                          trFax(QT_TRANSLATE_NOOP("Fax", "%1; its client protocol cannot change "
                                                         "it"))
                              .arg(why));
    }
}

ServerSettings load(const QString &file, const QString &group)
{
    ServerSettings s;
    if (file.isEmpty() || !QFileInfo::exists(file))
        return s;
    QSettings ini(file, QSettings::IniFormat);
    ini.beginGroup(group);
    for (const QString &key : clientKeys()) {
        const QString text = ini.value(key).toString();
        if (!text.isEmpty())
            (void)SettingsKeys::apply(&s, key, text); // a bad value keeps the default
    }
    return s;
}

Result save(const QString &file, const QString &group, const ServerSettings &settings)
{
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error::make(
            Error::Kind::Io,
            trFax(QT_TRANSLATE_NOOP("Fax", "Cannot make the folder of %1")).arg(file));
    QSettings ini(file, QSettings::IniFormat);
    ini.beginGroup(group);
    const QList<SettingKey> keys = SettingsKeys::list(settings);
    for (const QString &key : clientKeys()) {
        if (const std::optional<SettingKey> k = SettingsKeys::find(keys, key))
            ini.setValue(key, k->text);
    }
    ini.endGroup();
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Cannot write the HylaFAX job defaults "
                                                          "to %1"))
                               .arg(file));
    return {};
}

Result check(const ServerSettings &settings)
{
    if (settings.retryDelay > 59)
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Retry delay (retry-delay): a HylaFAX "
                                                          "server takes at most 59 minutes, not "
                                                          "%1"))
                               .arg(settings.retryDelay));
    return {};
}

QDateTime sendTime(const FaxDocument &document, const ServerSettings &settings,
                   const QDateTime &now)
{
    const bool discount =
        document.discountSend || document.schedule == ScheduleType::DiscountPeriod;
    if (discount) {
        const QDateTime local = now.toLocalTime();
        if (inDiscount(local.time(), settings.discountRateStart, settings.discountRateEnd))
            return now;
        QDateTime start(local.date(), settings.discountRateStart, Qt::LocalTime);
        if (start <= local)
            start = start.addDays(1);
        return start;
    }
    if (document.schedule == ScheduleType::SpecificTime && document.scheduleTime.isValid() &&
        document.scheduleTime > now)
        return document.scheduleTime;
    return now;
}

QString dialString(const QString &number)
{
    QString dial;
    for (const QChar c : number.trimmed()) {
        if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') ||
            c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/'))
            continue;
        dial += c;
    }
    return dial;
}

QList<QByteArray> jobParameters(const FaxDocument &document, const Party &recipient,
                                const ServerSettings &settings, const QDateTime &now,
                                const QString &submittingUser)
{
    QList<QByteArray> p;
    const Party &from = document.sender;
    p << param("FROMUSER", firstOf(from.name, submittingUser)) << param("FROMCOMPANY", from.company)
      << param("FROMLOCATION", firstOf(from.officeLocation, from.city))
      << param("FROMVOICE", from.officePhone) << param("TOUSER", recipient.name)
      << param("TOCOMPANY", recipient.company)
      << param("TOLOCATION", firstOf(recipient.officeLocation, recipient.city))
      << param("TOVOICE", recipient.officePhone) << param("REGARDING", document.subject)
      << param("COMMENTS", document.note) << param("JOBINFO", document.subject)
      << param("EXTERNAL", recipient.faxNumber.trimmed())
      << param("DIALSTRING", dialString(recipient.faxNumber));

    // Tries: the first attempt and the redials; RETRYTIME is MMSS.
    const int attempts = qMax(1, settings.retries + 1);
    p << number("MAXDIALS", attempts) << number("MAXTRIES", attempts);
    p << "RETRYTIME " +
             QByteArray::number(qBound(0, settings.retryDelay, 59)).rightJustified(2, '0') + "00";

    // SENDTIME first: LASTTIME counts from it. GMT as the protocol wants it.
    const QDateTime at = sendTime(document, settings, now);
    if (at.toSecsSinceEpoch() - now.toSecsSinceEpoch() < 60)
        p << "SENDTIME NOW";
    else
        p << "SENDTIME " + at.toUTC().toString(QStringLiteral("yyyyMMddHHmm")).toLatin1();
    // The job may go on trying for the usual three hours, or as long as its redials take.
    const qint64 minutes =
        std::clamp<qint64>(qint64(attempts) * (settings.retryDelay + 10), 180, 99 * 24 * 60 - 1);
    p << QStringLiteral("LASTTIME %1%2%3")
             .arg(minutes / (24 * 60), 2, 10, QLatin1Char('0'))
             .arg((minutes / 60) % 24, 2, 10, QLatin1Char('0'))
             .arg(minutes % 60, 2, 10, QLatin1Char('0'))
             .toLatin1();

    // Fine resolution on the local paper size.
    const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    p << "VRES 196" << number("PAGEWIDTH", letter ? 216 : 210)
      << number("PAGELENGTH", letter ? 279 : 297) << "USEECM YES";

    if (document.notifyOnCompletion) {
        p << "NOTIFY done";
        const QString address = firstOf(document.notifyAddress, from.email).trimmed();
        if (!address.isEmpty())
            p << param("NOTIFYADDR", address);
    } else {
        p << "NOTIFY none";
    }
    p << number("SCHEDPRI", HylafaxMapping::userPriority(document.priority));
    const QString tsid =
        settings.useDeviceTsid ? QString() : firstOf(document.tsid, from.faxNumber);
    p << param("TSI", tsid);
    p << (settings.archiveOutboundFaxes ? QByteArray("DONEOP archive")
                                        : QByteArray("DONEOP default"));
    return p;
}

} // namespace Fax::HylafaxJobDefaults
