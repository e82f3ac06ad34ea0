// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingskeys.h"

#include "settingsschema.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Fax {
namespace {

template <typename T> QList<SettingKey> listOf(const QList<SettingSpec<T>> &specs, const T &t)
{
    QList<SettingKey> keys;
    for (const SettingSpec<T> &spec : specs) {
        SettingKey k;
        k.key = spec.key;
        k.readOnly = spec.isReadOnly();
        k.type = k.readOnly ? QCoreApplication::translate("Fax", "read-only") : spec.allowedText();
        k.description = spec.description();
        if (const SettingSpec<T> *controller = SettingsSchema::controllerOf(specs, spec))
            k.description = QCoreApplication::translate("Fax", "%1 (used only when %2=%3)")
                                .arg(k.description, controller->key, controller->text(true));
        const QVariant value = spec.get(t);
        k.text = spec.text(value);
        // KEY=VALUE's typed values are int, bool or QString: a time is its text.
        k.value = spec.kind == SettingKind::TimeOfDay ? QVariant(k.text) : value;
        keys << k;
    }
    return keys;
}

template <typename T>
Result applyTo(const QList<SettingSpec<T>> &specs, T *t, const QString &key, const QString &value,
               const QString &prefix)
{
    const QString wanted = SettingsSchema::normalizedKey(key);
    for (const SettingSpec<T> &spec : specs) {
        if (SettingsSchema::normalizedKey(spec.key) != wanted)
            continue;
        if (spec.isReadOnly()) {
            return Error::make(
                Error::Kind::NotPermitted,
                prefix +
                    QCoreApplication::translate("Fax", "setting '%1' is read-only").arg(spec.key));
        }
        const Expected<QVariant> parsed = spec.parse(value);
        if (!parsed)
            return Error::make(parsed.error().kind, prefix + parsed.error().message);
        spec.set(*t, *parsed);
        return {};
    }
    QStringList known;
    for (const SettingSpec<T> &spec : specs) {
        if (!spec.isReadOnly())
            known << spec.key;
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
    return listOf(SettingsSchema::serverSettings(), settings);
}

QList<SettingKey> list(const Port &port)
{
    return listOf(SettingsSchema::portSettings(), port);
}

Result apply(ServerSettings *settings, const QString &key, const QString &value)
{
    return applyTo(SettingsSchema::serverSettings(), settings, key, value, QString());
}

Result apply(Port *port, const QString &key, const QString &value)
{
    return applyTo(SettingsSchema::portSettings(), port, key, value, portPrefix(*port));
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
    const QString wanted = SettingsSchema::normalizedKey(key);
    for (const SettingKey &k : keys) {
        if (SettingsSchema::normalizedKey(k.key) == wanted)
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
    return SettingDescription::boolText(value);
}

} // namespace SettingsKeys
} // namespace Fax
