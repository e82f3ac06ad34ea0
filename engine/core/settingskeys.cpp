#include "settingskeys.h"

#include <QCoreApplication>
#include <QDir>

#include <QTime>

#include <functional>
#include <optional>

namespace Fax {
namespace {

/// What a key's value may be; decides parsing, the type text and the typed value.
enum class Kind { Integer, Boolean, Text, Time, Choice, StationId, Path, Email, Device, Digits };

/// One key of a settings type T: how to read it, parse it and store it.
template <typename T> struct Descriptor
{
    const char *key;
    const char *description; // QT_TRANSLATE_NOOP'ed
    Kind kind;
    int min = 0;
    int max = 0;
    QStringList choices;
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set; // empty: read-only
};

QString normalizedKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return k;
}

template <typename T> QString typeText(const Descriptor<T> &d)
{
    if (!d.set)
        return QCoreApplication::translate("Fax", "read-only");
    switch (d.kind) {
    case Kind::Integer:
        return QCoreApplication::translate("Fax", "whole number from %1 to %2")
            .arg(d.min)
            .arg(d.max);
    case Kind::Boolean:
        return QCoreApplication::translate("Fax", "yes or no");
    case Kind::Text:
        return QCoreApplication::translate("Fax", "text");
    case Kind::Time:
        return QCoreApplication::translate("Fax", "time of day HH:MM");
    case Kind::Choice:
        return QCoreApplication::translate("Fax", "one of: %1")
            .arg(d.choices.join(QStringLiteral(", ")));
    case Kind::StationId:
        return QCoreApplication::translate("Fax", "up to 20 digits, '+' and spaces");
    case Kind::Path:
        return QCoreApplication::translate("Fax", "absolute folder path, or empty");
    case Kind::Email:
        return QCoreApplication::translate("Fax", "e-mail address, or empty");
    case Kind::Device:
        return QCoreApplication::translate("Fax", "absolute device path");
    case Kind::Digits:
        return QCoreApplication::translate("Fax", "up to 10 digits, '*' and '#', or empty");
    }
    return QString();
}

QString textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return SettingsKeys::boolText(value.toBool());
    return value.toString();
}

/// Parses text for d; returns the typed value or sets *reason.
template <typename T>
std::optional<QVariant> parseValue(const Descriptor<T> &d, const QString &text, QString *reason)
{
    const QString v = text.trimmed();
    switch (d.kind) {
    case Kind::Integer: {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok) {
            *reason = QCoreApplication::translate("Fax", "'%1' is not a whole number").arg(text);
            return std::nullopt;
        }
        if (n < d.min || n > d.max) {
            *reason = QCoreApplication::translate("Fax", "%1 is out of range").arg(n);
            return std::nullopt;
        }
        return QVariant(n);
    }
    case Kind::Boolean: {
        static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("true"),
                                        QStringLiteral("on"), QStringLiteral("1")};
        static const QStringList no = {QStringLiteral("no"), QStringLiteral("false"),
                                       QStringLiteral("off"), QStringLiteral("0")};
        if (yes.contains(v.toLower()))
            return QVariant(true);
        if (no.contains(v.toLower()))
            return QVariant(false);
        *reason = QCoreApplication::translate("Fax", "'%1' is not yes or no").arg(text);
        return std::nullopt;
    }
    case Kind::Text:
        if (v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
            *reason = QCoreApplication::translate("Fax", "the value has a line break");
            return std::nullopt;
        }
        return QVariant(v);
    case Kind::Time: {
        const QTime t = QTime::fromString(v, QStringLiteral("H:mm"));
        if (!t.isValid()) {
            *reason = QCoreApplication::translate("Fax", "'%1' is not a time of day").arg(text);
            return std::nullopt;
        }
        return QVariant(t.toString(QStringLiteral("HH:mm")));
    }
    case Kind::Choice:
        for (const QString &choice : d.choices) {
            if (normalizedKey(choice) == normalizedKey(v))
                return QVariant(choice);
        }
        *reason = QCoreApplication::translate("Fax", "'%1' is not one of the choices").arg(text);
        return std::nullopt;
    case Kind::StationId:
        if (v.size() > 20) {
            *reason =
                QCoreApplication::translate("Fax", "'%1' is longer than 20 characters").arg(text);
            return std::nullopt;
        }
        for (const QChar c : v) {
            if (!(c.isDigit() && c.unicode() < 128) && c != QLatin1Char('+') &&
                c != QLatin1Char(' ')) {
                *reason =
                    QCoreApplication::translate("Fax", "'%1' has the character '%2'").arg(text, c);
                return std::nullopt;
            }
        }
        return QVariant(v);
    case Kind::Path:
        if (!v.isEmpty() && !QDir::isAbsolutePath(v)) {
            *reason = QCoreApplication::translate("Fax", "'%1' is not an absolute path").arg(text);
            return std::nullopt;
        }
        return QVariant(v.isEmpty() ? QString() : QDir::cleanPath(v));
    case Kind::Email: {
        const qsizetype at = v.indexOf(QLatin1Char('@'));
        if (!v.isEmpty() && (at <= 0 || at == v.size() - 1 || v.count(QLatin1Char('@')) != 1 ||
                             v.contains(QLatin1Char(' ')))) {
            *reason = QCoreApplication::translate("Fax", "'%1' is not an e-mail address").arg(text);
            return std::nullopt;
        }
        return QVariant(v);
    }
    case Kind::Device:
        if (v.isEmpty() || !QDir::isAbsolutePath(v)) {
            *reason =
                QCoreApplication::translate("Fax", "'%1' is not an absolute device path").arg(text);
            return std::nullopt;
        }
        return QVariant(QDir::cleanPath(v));
    case Kind::Digits:
        if (v.size() > 10) {
            *reason =
                QCoreApplication::translate("Fax", "'%1' is longer than 10 characters").arg(text);
            return std::nullopt;
        }
        for (const QChar c : v) {
            if (!(c.isDigit() && c.unicode() < 128) && c != QLatin1Char('*') &&
                c != QLatin1Char('#')) {
                *reason =
                    QCoreApplication::translate("Fax", "'%1' has the character '%2'").arg(text, c);
                return std::nullopt;
            }
        }
        return QVariant(v);
    }
    return std::nullopt;
}

template <typename T, typename F>
Descriptor<T> field(const char *key, const char *description, Kind kind, F T::*member, int min = 0,
                    int max = 0)
{
    Descriptor<T> d{key, description, kind, min, max, {}, {}, {}};
    d.get = [member](const T &t) { return QVariant::fromValue(t.*member); };
    d.set = [member](T &t, const QVariant &v) { t.*member = v.value<F>(); };
    return d;
}

template <typename T, typename F>
Descriptor<T> readOnly(const char *key, const char *description, F T::*member)
{
    Descriptor<T> d{key, description, Kind::Text, 0, 0, {}, {}, {}};
    d.get = [member](const T &t) { return QVariant::fromValue(t.*member); };
    return d;
}

template <typename F>
Descriptor<ServerSettings> routing(const char *key, const char *description, Kind kind,
                                   F InboundRouting::*member)
{
    Descriptor<ServerSettings> d{key, description, kind, 0, 0, {}, {}, {}};
    d.get = [member](const ServerSettings &s) { return QVariant::fromValue(s.routing.*member); };
    d.set = [member](ServerSettings &s, const QVariant &v) { s.routing.*member = v.value<F>(); };
    return d;
}

template <typename F>
Descriptor<ServerSettings> dialing(const char *key, const char *description, Kind kind,
                                   F DialingRules::*member)
{
    Descriptor<ServerSettings> d{key, description, kind, 0, 0, {}, {}, {}};
    d.get = [member](const ServerSettings &s) { return QVariant::fromValue(s.dialing.*member); };
    d.set = [member](ServerSettings &s, const QVariant &v) { s.dialing.*member = v.value<F>(); };
    return d;
}

Descriptor<ServerSettings> timeField(const char *key, const char *description,
                                     QTime ServerSettings::*member)
{
    Descriptor<ServerSettings> d{key, description, Kind::Time, 0, 0, {}, {}, {}};
    d.get = [member](const ServerSettings &s) {
        return QVariant((s.*member).toString(QStringLiteral("HH:mm")));
    };
    d.set = [member](ServerSettings &s, const QVariant &v) {
        s.*member = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
    };
    return d;
}

const QList<Descriptor<ServerSettings>> &serverDescriptors()
{
    using S = ServerSettings;
    static const QList<Descriptor<S>> list = {
        field("retries", QT_TRANSLATE_NOOP("Fax", "Redials after the first attempt"), Kind::Integer,
              &S::retries, 0, 99),
        field("retry-delay", QT_TRANSLATE_NOOP("Fax", "Minutes between attempts"), Kind::Integer,
              &S::retryDelay, 0, 1440),
        field("dirty-days",
              QT_TRANSLATE_NOOP("Fax", "Days after which failed jobs are removed (0: never)"),
              Kind::Integer, &S::dirtyDays, 0, 3650),
        field("branding", QT_TRANSLATE_NOOP("Fax", "Header line on each sent page"), Kind::Boolean,
              &S::branding),
        field("use-device-tsid",
              QT_TRANSLATE_NOOP("Fax", "Send the port's TSID instead of the sender's"),
              Kind::Boolean, &S::useDeviceTsid),
        field("server-coverpage", QT_TRANSLATE_NOOP("Fax", "Allow only the server's cover pages"),
              Kind::Boolean, &S::serverCoverpage),
        field("archive-outbound-faxes", QT_TRANSLATE_NOOP("Fax", "Keep a copy of each sent fax"),
              Kind::Boolean, &S::archiveOutboundFaxes),
        field("archive-directory",
              QT_TRANSLATE_NOOP("Fax", "Folder for the copies of sent faxes (empty: 'archive' in "
                                       "the engine's data folder)"),
              Kind::Path, &S::archiveDirectory),
        timeField("discount-rate-start",
                  QT_TRANSLATE_NOOP("Fax", "Start of the discount period (local time)"),
                  &S::discountRateStart),
        timeField("discount-rate-end",
                  QT_TRANSLATE_NOOP("Fax", "End of the discount period (local time)"),
                  &S::discountRateEnd),
        field("pause-server-queue", QT_TRANSLATE_NOOP("Fax", "Hold all outgoing jobs"),
              Kind::Boolean, &S::pauseServerQueue),
        routing("routing.store-in-folder",
                QT_TRANSLATE_NOOP("Fax", "Copy received faxes into a folder"), Kind::Boolean,
                &InboundRouting::storeInFolder),
        routing("routing.folder", QT_TRANSLATE_NOOP("Fax", "Folder for received faxes"), Kind::Path,
                &InboundRouting::folder),
        routing("routing.print", QT_TRANSLATE_NOOP("Fax", "Print received faxes"), Kind::Boolean,
                &InboundRouting::print),
        routing("routing.printer",
                QT_TRANSLATE_NOOP("Fax", "Printer for received faxes (empty: default)"), Kind::Text,
                &InboundRouting::printer),
        routing("routing.email", QT_TRANSLATE_NOOP("Fax", "E-mail received faxes"), Kind::Boolean,
                &InboundRouting::email),
        routing("routing.email-address",
                QT_TRANSLATE_NOOP("Fax", "Address that receives the faxes by e-mail"), Kind::Email,
                &InboundRouting::emailAddress),
        dialing("dialing.outside-line-prefix",
                QT_TRANSLATE_NOOP("Fax", "Dialled first to get an outside line, e.g. 0 or 9 "
                                         "(empty: none; not for numbers of up to 4 digits, "
                                         "which are extensions)"),
                Kind::Digits, &DialingRules::outsideLinePrefix),
        dialing("dialing.country-code",
                QT_TRANSLATE_NOOP("Fax", "Country code of this line, e.g. 49 (empty: numbers "
                                         "written with '+' are always dialled as international)"),
                Kind::Digits, &DialingRules::countryCode),
        dialing("dialing.area-code",
                QT_TRANSLATE_NOOP("Fax", "Area code of this line without the long-distance "
                                         "prefix, e.g. 30"),
                Kind::Digits, &DialingRules::areaCode),
        dialing("dialing.long-distance-prefix",
                QT_TRANSLATE_NOOP("Fax", "Dialled before another area code of the country"),
                Kind::Digits, &DialingRules::longDistancePrefix),
        dialing("dialing.international-prefix",
                QT_TRANSLATE_NOOP("Fax", "Dialled before a foreign country code"), Kind::Digits,
                &DialingRules::internationalPrefix),
        dialing("dialing.pulse-dialing",
                QT_TRANSLATE_NOOP("Fax", "Dial with pulses instead of tones"), Kind::Boolean,
                &DialingRules::pulseDialing),
    };
    return list;
}

const QList<Descriptor<Port>> &portDescriptors()
{
    static const QList<Descriptor<Port>> list = [] {
        QList<Descriptor<Port>> l;
        l << readOnly("name", QT_TRANSLATE_NOOP("Fax", "Name of the port"), &Port::name);
        l << field("device", QT_TRANSLATE_NOOP("Fax", "Serial device of the modem"), Kind::Device,
                   &Port::devicePath);
        l << readOnly("manufacturer", QT_TRANSLATE_NOOP("Fax", "Modem maker, from the probe"),
                      &Port::manufacturer);
        l << readOnly("model", QT_TRANSLATE_NOOP("Fax", "Modem model, from the probe"),
                      &Port::model);
        l << field("rings", QT_TRANSLATE_NOOP("Fax", "Rings before answering"), Kind::Integer,
                   &Port::rings, 0, 20);
        l << field("csid", QT_TRANSLATE_NOOP("Fax", "Station id sent when receiving"),
                   Kind::StationId, &Port::csid);
        l << field("tsid", QT_TRANSLATE_NOOP("Fax", "Station id sent when sending"),
                   Kind::StationId, &Port::tsid);
        l << field("send-enabled", QT_TRANSLATE_NOOP("Fax", "Use this port for sending"),
                   Kind::Boolean, &Port::sendEnabled);
        Descriptor<Port> mode{"receive-mode",
                              QT_TRANSLATE_NOOP("Fax", "How calls are answered"),
                              Kind::Choice,
                              0,
                              0,
                              enumKeys<ReceiveMode>(),
                              {},
                              {}};
        mode.get = [](const Port &p) { return QVariant(enumKey(p.receiveMode)); };
        mode.set = [](Port &p, const QVariant &v) {
            p.receiveMode = enumFromKey<ReceiveMode>(v.toString());
        };
        l << mode;
        l << field("priority", QT_TRANSLATE_NOOP("Fax", "Order of use for sending (1: first)"),
                   Kind::Integer, &Port::priority, 1, 99);
        l << field("baud-rate", QT_TRANSLATE_NOOP("Fax", "Serial speed to the modem in bit/s"),
                   Kind::Integer, &Port::baudRate, 1200, 921600);
        Descriptor<Port> flow{
            "flow-control",
            QT_TRANSLATE_NOOP("Fax", "Serial flow control (rts-cts is the only "
                                     "one safe for receiving)"),
            Kind::Choice,
            0,
            0,
            {QStringLiteral("rts-cts"), QStringLiteral("xon-xoff"), QStringLiteral("none")},
            {},
            {}};
        flow.get = [](const Port &p) { return QVariant(p.flowControl); };
        flow.set = [](Port &p, const QVariant &v) { p.flowControl = v.toString(); };
        l << flow;
        l << field("init-string",
                   QT_TRANSLATE_NOOP("Fax", "Extra AT command sent after the modem's standard "
                                            "initialisation (empty: none)"),
                   Kind::Text, &Port::initString);
        Descriptor<Port> modemClass{
            "modem-class",
            QT_TRANSLATE_NOOP("Fax", "Fax service class to drive the modem in (auto: Class 1 when "
                                     "the modem has it, else 2.0, else 2)"),
            Kind::Choice,
            0,
            0,
            {QStringLiteral("auto"), QStringLiteral("1"), QStringLiteral("2"),
             QStringLiteral("2.0")},
            {},
            {}};
        modemClass.get = [](const Port &p) { return QVariant(faxClassKey(p.modemClass)); };
        modemClass.set = [](Port &p, const QVariant &v) {
            p.modemClass = faxClassFromKey(v.toString());
        };
        l << modemClass;
        Descriptor<Port> state{
            "state", QT_TRANSLATE_NOOP("Fax", "What the line is doing"), Kind::Text, 0, 0, {}, {},
            {}};
        state.get = [](const Port &p) { return QVariant(enumKey(p.state)); };
        l << state;
        l << readOnly("state-text", QT_TRANSLATE_NOOP("Fax", "Detail of the line's state"),
                      &Port::stateText);
        return l;
    }();
    return list;
}

template <typename T> QList<SettingKey> listOf(const QList<Descriptor<T>> &descriptors, const T &t)
{
    QList<SettingKey> keys;
    for (const Descriptor<T> &d : descriptors) {
        SettingKey k;
        k.key = QString::fromLatin1(d.key);
        k.type = typeText(d);
        k.description = QCoreApplication::translate("Fax", d.description);
        k.value = d.get(t);
        k.text = textOf(k.value);
        k.readOnly = !d.set;
        keys << k;
    }
    return keys;
}

template <typename T>
Result applyTo(const QList<Descriptor<T>> &descriptors, T *t, const QString &key,
               const QString &value, const QString &prefix)
{
    const QString wanted = normalizedKey(key);
    for (const Descriptor<T> &d : descriptors) {
        if (normalizedKey(QString::fromLatin1(d.key)) != wanted)
            continue;
        if (!d.set) {
            return Error::make(Error::Kind::NotPermitted,
                               prefix +
                                   QCoreApplication::translate("Fax", "setting '%1' is read-only")
                                       .arg(QLatin1String(d.key)));
        }
        QString reason;
        const std::optional<QVariant> parsed = parseValue(d, value, &reason);
        if (!parsed) {
            return Error::make(
                Error::Kind::InvalidArgument,
                prefix + QCoreApplication::translate("Fax", "setting '%1': %2 (allowed: %3)")
                             .arg(QLatin1String(d.key), reason, typeText(d)));
        }
        d.set(*t, *parsed);
        return {};
    }
    QStringList known;
    for (const Descriptor<T> &d : descriptors) {
        if (d.set)
            known << QString::fromLatin1(d.key);
    }
    return Error::make(
        Error::Kind::InvalidArgument,
        prefix + QCoreApplication::translate("Fax", "unknown setting '%1' (known settings: %2)")
                     .arg(key, known.join(QStringLiteral(", "))));
}

template <typename T>
Result applyAll(T *t, const QStringList &assignments,
                const std::function<Result(T *, const QString &, const QString &)> &apply)
{
    T copy = *t;
    for (const QString &assignment : assignments) {
        QString key;
        QString value;
        if (Result r = SettingsKeys::splitAssignment(assignment, &key, &value); !r)
            return r;
        if (Result r = apply(&copy, key, value); !r)
            return r;
    }
    *t = copy;
    return {};
}

QString portPrefix(const Port &port)
{
    return port.name.isEmpty() ? QString()
                               : QCoreApplication::translate("Fax", "port '%1': ").arg(port.name);
}

} // namespace

namespace SettingsKeys {

QList<SettingKey> list(const ServerSettings &settings)
{
    return listOf(serverDescriptors(), settings);
}

QList<SettingKey> list(const Port &port)
{
    return listOf(portDescriptors(), port);
}

Result apply(ServerSettings *settings, const QString &key, const QString &value)
{
    return applyTo(serverDescriptors(), settings, key, value, QString());
}

Result apply(Port *port, const QString &key, const QString &value)
{
    return applyTo(portDescriptors(), port, key, value, portPrefix(*port));
}

Result applyAssignments(ServerSettings *settings, const QStringList &assignments)
{
    return applyAll<ServerSettings>(
        settings, assignments,
        [](ServerSettings *s, const QString &k, const QString &v) { return apply(s, k, v); });
}

Result applyAssignments(Port *port, const QStringList &assignments)
{
    return applyAll<Port>(port, assignments, [](Port *p, const QString &k, const QString &v) {
        return apply(p, k, v);
    });
}

std::optional<SettingKey> find(const QList<SettingKey> &keys, const QString &key)
{
    const QString wanted = normalizedKey(key);
    for (const SettingKey &k : keys) {
        if (normalizedKey(k.key) == wanted)
            return k;
    }
    return std::nullopt;
}

Result splitAssignment(const QString &assignment, QString *key, QString *value)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq < 0) {
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "'%1' is not KEY=VALUE (there is no '=')")
                .arg(assignment));
    }
    *key = assignment.left(eq).trimmed();
    *value = assignment.mid(eq + 1);
    if (key->isEmpty()) {
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "'%1' is not KEY=VALUE (the key is missing)")
                .arg(assignment));
    }
    return {};
}

QString boolText(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace SettingsKeys
} // namespace Fax
