// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsschema.h"

#include <QCoreApplication>

namespace Fax {
namespace {

using S = ServerSettings;

template <typename T>
SettingSpec<T> describe(const char *key, SettingGroup group, const char *label,
                        const char *description, SettingKind kind)
{
    SettingSpec<T> s;
    s.key = QString::fromLatin1(key);
    s.group = group;
    s.labelSource = label;
    s.descriptionSource = description;
    s.kind = kind;
    return s;
}

/// A setting kept as it is in the field member of T.
template <typename T, typename F>
SettingSpec<T> field(const char *key, SettingGroup group, const char *label,
                     const char *description, SettingKind kind, F T::*member)
{
    SettingSpec<T> s = describe<T>(key, group, label, description, kind);
    s.get = [member](const T &t) { return QVariant::fromValue(t.*member); };
    s.set = [member](T &t, const QVariant &v) { t.*member = v.value<F>(); };
    return s;
}

/// A server setting kept in the field member of the part (routing, dialing) of ServerSettings.
template <typename Part, typename F>
SettingSpec<S> partField(const char *key, SettingGroup group, const char *label,
                         const char *description, SettingKind kind, Part S::*part, F Part::*member)
{
    SettingSpec<S> s = describe<S>(key, group, label, description, kind);
    s.get = [part, member](const S &t) { return QVariant::fromValue(t.*part.*member); };
    s.set = [part, member](S &t, const QVariant &v) { t.*part.*member = v.value<F>(); };
    return s;
}

/// The values of the enum E as choices: its keys, shown by their display names.
template <typename E> QList<SettingChoice> enumChoices()
{
    QList<SettingChoice> choices;
    const QMetaEnum me = QMetaEnum::fromType<E>();
    for (int i = 0; i < me.keyCount(); ++i) {
        const E value = static_cast<E>(me.value(i));
        choices << SettingChoice{enumKey(value), [value] { return displayName(value); }};
    }
    return choices;
}

/// A port setting kept in an enum field, typed as the enum's key ("manual").
template <typename E>
SettingSpec<Port> enumField(const char *key, SettingGroup group, const char *label,
                            const char *description, E Port::*member)
{
    SettingSpec<Port> s = describe<Port>(key, group, label, description, SettingKind::Choice);
    s.choices = enumChoices<E>();
    s.get = [member](const Port &p) { return QVariant(enumKey(p.*member)); };
    s.set = [member](Port &p, const QVariant &v) { p.*member = enumFromKey<E>(v.toString()); };
    return s;
}

template <typename T>
SettingSpec<T> ranged(SettingSpec<T> s, int minimum, int maximum,
                      SettingUnit unit = SettingUnit::None)
{
    s.minimum = minimum;
    s.maximum = maximum;
    s.unit = unit;
    return s;
}

/// s, used only while the Boolean setting controller is on.
template <typename T> SettingSpec<T> usedWhen(const char *controller, SettingSpec<T> s)
{
    s.enabledBy = QString::fromLatin1(controller);
    return s;
}

template <typename T> SettingSpec<T> withAccess(SettingSpec<T> s, SettingAccess access)
{
    s.access = access;
    return s;
}

/// A choice whose display name is the translation of source (QT_TRANSLATE_NOOP'ed).
SettingChoice choice(const char *value, const char *source)
{
    return SettingChoice{QString::fromLatin1(value),
                         [source] { return QCoreApplication::translate("Fax", source); }};
}

/// The port's fax service class: its choices and how they map to Port::modemClass, in one place.
SettingSpec<Port> modemClassSetting()
{
    SettingSpec<Port> s = describe<Port>(
        "modem-class", SettingGroup::Modem, QT_TRANSLATE_NOOP("Fax", "Fax class"),
        QT_TRANSLATE_NOOP("Fax", "Fax service class to drive the modem in (auto: Class 1 when "
                                 "the modem has it, else 2.0, else 2)"),
        SettingKind::Choice);
    s.get = [](const Port &p) { return QVariant(faxClassKey(p.modemClass)); };
    s.set = [](Port &p, const QVariant &v) { p.modemClass = faxClassFromKey(v.toString()); };
    for (const FaxClass c : {FaxClass::Auto, FaxClass::Class1, FaxClass::Class2, FaxClass::Class20})
        s.choices << SettingChoice{faxClassKey(c), [c] { return displayName(c); }};
    return s;
}

QList<SettingSpec<S>> makeServerSettings()
{
    using G = SettingGroup;
    using K = SettingKind;
    const auto routing = &S::routing;
    const auto dialing = &S::dialing;
    return {
        ranged(field("retries", G::Retries, QT_TRANSLATE_NOOP("Fax", "Retries"),
                     QT_TRANSLATE_NOOP("Fax", "Redials after the first attempt"), K::Integer,
                     &S::retries),
               0, 99),
        ranged(field("retry-delay", G::Retries, QT_TRANSLATE_NOOP("Fax", "Retry delay"),
                     QT_TRANSLATE_NOOP("Fax", "Minutes between attempts"), K::Integer,
                     &S::retryDelay),
               0, 1440, SettingUnit::Minutes),
        ranged(
            field("dirty-days", G::Retries, QT_TRANSLATE_NOOP("Fax", "Remove failed jobs after"),
                  QT_TRANSLATE_NOOP("Fax", "Days after which failed jobs are removed (0: never)"),
                  K::Integer, &S::dirtyDays),
            0, 3650, SettingUnit::Days),
        field("branding", G::Sending, QT_TRANSLATE_NOOP("Fax", "Branding"),
              QT_TRANSLATE_NOOP("Fax", "Header line on each sent page"), K::Boolean, &S::branding),
        field("use-device-tsid", G::Sending, QT_TRANSLATE_NOOP("Fax", "Use the port's TSID"),
              QT_TRANSLATE_NOOP("Fax", "Send the port's TSID instead of the sender's"), K::Boolean,
              &S::useDeviceTsid),
        field("server-coverpage", G::CoverPages,
              QT_TRANSLATE_NOOP("Fax", "Server cover pages only"),
              QT_TRANSLATE_NOOP("Fax", "Allow only the server's cover pages"), K::Boolean,
              &S::serverCoverpage),
        field("archive-outbound-faxes", G::Archive, QT_TRANSLATE_NOOP("Fax", "Archive sent faxes"),
              QT_TRANSLATE_NOOP("Fax", "Keep a copy of each sent fax"), K::Boolean,
              &S::archiveOutboundFaxes),
        usedWhen("archive-outbound-faxes",
                 field("archive-directory", G::Archive, QT_TRANSLATE_NOOP("Fax", "Archive folder"),
                       QT_TRANSLATE_NOOP("Fax",
                                         "Folder for the copies of sent faxes (empty: 'archive' in "
                                         "the engine's data folder)"),
                       K::FolderPath, &S::archiveDirectory)),
        field("discount-rate-start", G::DiscountPeriod,
              QT_TRANSLATE_NOOP("Fax", "Discount period starts"),
              QT_TRANSLATE_NOOP("Fax", "Start of the discount period (local time)"), K::TimeOfDay,
              &S::discountRateStart),
        field("discount-rate-end", G::DiscountPeriod,
              QT_TRANSLATE_NOOP("Fax", "Discount period ends"),
              QT_TRANSLATE_NOOP("Fax", "End of the discount period (local time)"), K::TimeOfDay,
              &S::discountRateEnd),
        field("pause-server-queue", G::Sending,
              QT_TRANSLATE_NOOP("Fax", "Pause the outgoing queue"),
              QT_TRANSLATE_NOOP("Fax", "Hold all outgoing jobs"), K::Boolean, &S::pauseServerQueue),
        partField("routing.store-in-folder", G::InboundRouting,
                  QT_TRANSLATE_NOOP("Fax", "Store in a folder"),
                  QT_TRANSLATE_NOOP("Fax", "Copy received faxes into a folder"), K::Boolean,
                  routing, &InboundRouting::storeInFolder),
        usedWhen("routing.store-in-folder",
                 partField("routing.folder", G::InboundRouting, QT_TRANSLATE_NOOP("Fax", "Folder"),
                           QT_TRANSLATE_NOOP("Fax", "Folder for received faxes"), K::FolderPath,
                           routing, &InboundRouting::folder)),
        partField("routing.print", G::InboundRouting, QT_TRANSLATE_NOOP("Fax", "Print"),
                  QT_TRANSLATE_NOOP("Fax", "Print received faxes"), K::Boolean, routing,
                  &InboundRouting::print),
        usedWhen("routing.print",
                 partField("routing.printer", G::InboundRouting,
                           QT_TRANSLATE_NOOP("Fax", "Printer"),
                           QT_TRANSLATE_NOOP("Fax", "Printer for received faxes (empty: default)"),
                           K::Printer, routing, &InboundRouting::printer)),
        partField("routing.email", G::InboundRouting, QT_TRANSLATE_NOOP("Fax", "Send by e-mail"),
                  QT_TRANSLATE_NOOP("Fax", "E-mail received faxes"), K::Boolean, routing,
                  &InboundRouting::email),
        usedWhen("routing.email",
                 partField("routing.email-address", G::InboundRouting,
                           QT_TRANSLATE_NOOP("Fax", "E-mail address"),
                           QT_TRANSLATE_NOOP("Fax", "Address that receives the faxes by e-mail"),
                           K::Email, routing, &InboundRouting::emailAddress)),
        partField("dialing.outside-line-prefix", G::DialingRules,
                  QT_TRANSLATE_NOOP("Fax", "Outside line prefix"),
                  QT_TRANSLATE_NOOP("Fax", "Dialled first to get an outside line, e.g. 0 or 9 "
                                           "(empty: none; not for numbers of up to 4 digits, "
                                           "which are extensions)"),
                  K::Digits, dialing, &DialingRules::outsideLinePrefix),
        partField("dialing.country-code", G::DialingRules, QT_TRANSLATE_NOOP("Fax", "Country code"),
                  QT_TRANSLATE_NOOP("Fax", "Country code of this line, e.g. 49 (empty: numbers "
                                           "written with '+' are always dialled as international)"),
                  K::Digits, dialing, &DialingRules::countryCode),
        partField("dialing.area-code", G::DialingRules, QT_TRANSLATE_NOOP("Fax", "Area code"),
                  QT_TRANSLATE_NOOP("Fax", "Area code of this line without the long-distance "
                                           "prefix, e.g. 30"),
                  K::Digits, dialing, &DialingRules::areaCode),
        partField("dialing.long-distance-prefix", G::DialingRules,
                  QT_TRANSLATE_NOOP("Fax", "Long-distance prefix"),
                  QT_TRANSLATE_NOOP("Fax", "Dialled before another area code of the country"),
                  K::Digits, dialing, &DialingRules::longDistancePrefix),
        partField("dialing.international-prefix", G::DialingRules,
                  QT_TRANSLATE_NOOP("Fax", "International prefix"),
                  QT_TRANSLATE_NOOP("Fax", "Dialled before a foreign country code"), K::Digits,
                  dialing, &DialingRules::internationalPrefix),
        partField("dialing.pulse-dialing", G::DialingRules,
                  QT_TRANSLATE_NOOP("Fax", "Pulse dialing"),
                  QT_TRANSLATE_NOOP("Fax", "Dial with pulses instead of tones"), K::Boolean,
                  dialing, &DialingRules::pulseDialing),
    };
}

QList<SettingSpec<Port>> makePortSettings()
{
    using G = SettingGroup;
    using K = SettingKind;
    using A = SettingAccess;
    SettingSpec<Port> name =
        withAccess(field("name", G::General, QT_TRANSLATE_NOOP("Fax", "Name"),
                         QT_TRANSLATE_NOOP("Fax", "Name of the port"), K::Text, &Port::name),
                   A::ReadOnly);
    name.required = true;
    SettingSpec<Port> flow =
        field("flow-control", G::Modem, QT_TRANSLATE_NOOP("Fax", "Flow control"),
              QT_TRANSLATE_NOOP("Fax", "Serial flow control (rts-cts is the only "
                                       "one safe for receiving)"),
              K::Choice, &Port::flowControl);
    flow.choices = {choice("rts-cts", QT_TRANSLATE_NOOP("Fax", "RTS/CTS (hardware)")),
                    choice("xon-xoff", QT_TRANSLATE_NOOP("Fax", "XON/XOFF (software)")),
                    choice("none", QT_TRANSLATE_NOOP("Fax", "None"))};
    return {
        name,
        field("device", G::General, QT_TRANSLATE_NOOP("Fax", "Device"),
              QT_TRANSLATE_NOOP("Fax", "Serial device of the modem"), K::DevicePath,
              &Port::devicePath),
        withAccess(field("manufacturer", G::Modem, QT_TRANSLATE_NOOP("Fax", "Manufacturer"),
                         QT_TRANSLATE_NOOP("Fax", "Modem maker, from the probe"), K::Text,
                         &Port::manufacturer),
                   A::ReadOnly),
        withAccess(field("model", G::Modem, QT_TRANSLATE_NOOP("Fax", "Model"),
                         QT_TRANSLATE_NOOP("Fax", "Modem model, from the probe"), K::Text,
                         &Port::model),
                   A::ReadOnly),
        ranged(field("rings", G::Receiving, QT_TRANSLATE_NOOP("Fax", "Answer after"),
                     QT_TRANSLATE_NOOP("Fax", "Rings before answering"), K::Integer, &Port::rings),
               0, 20, SettingUnit::Rings),
        field("csid", G::Receiving, QT_TRANSLATE_NOOP("Fax", "CSID"),
              QT_TRANSLATE_NOOP("Fax", "Station id sent when receiving"), K::StationId,
              &Port::csid),
        field("tsid", G::Sending, QT_TRANSLATE_NOOP("Fax", "TSID"),
              QT_TRANSLATE_NOOP("Fax", "Station id sent when sending"), K::StationId, &Port::tsid),
        field("send-enabled", G::Sending, QT_TRANSLATE_NOOP("Fax", "Send faxes"),
              QT_TRANSLATE_NOOP("Fax", "Use this port for sending"), K::Boolean,
              &Port::sendEnabled),
        enumField("receive-mode", G::Receiving, QT_TRANSLATE_NOOP("Fax", "Answer calls"),
                  QT_TRANSLATE_NOOP("Fax", "How calls are answered"), &Port::receiveMode),
        ranged(field("priority", G::Sending, QT_TRANSLATE_NOOP("Fax", "Priority"),
                     QT_TRANSLATE_NOOP("Fax", "Order of use for sending (1: first)"), K::Integer,
                     &Port::priority),
               1, 99),
        ranged(field("baud-rate", G::Modem, QT_TRANSLATE_NOOP("Fax", "Serial speed"),
                     QT_TRANSLATE_NOOP("Fax", "Serial speed to the modem in bit/s"), K::Integer,
                     &Port::baudRate),
               1200, 921600, SettingUnit::BitsPerSecond),
        flow,
        field("init-string", G::Modem, QT_TRANSLATE_NOOP("Fax", "Initialisation command"),
              QT_TRANSLATE_NOOP("Fax", "Extra AT command sent after the modem's standard "
                                       "initialisation (empty: none)"),
              K::Text, &Port::initString),
        modemClassSetting(),
        withAccess(enumField("state", G::General, QT_TRANSLATE_NOOP("Fax", "State"),
                             QT_TRANSLATE_NOOP("Fax", "What the line is doing"), &Port::state),
                   A::LiveState),
        withAccess(field("state-text", G::General, QT_TRANSLATE_NOOP("Fax", "State detail"),
                         QT_TRANSLATE_NOOP("Fax", "Detail of the line's state"), K::Text,
                         &Port::stateText),
                   A::LiveState),
    };
}

template <typename T>
const SettingSpec<T> *findIn(const QList<SettingSpec<T>> &specs, const QString &key)
{
    const QString wanted = SettingsSchema::normalizedKey(key);
    for (const SettingSpec<T> &spec : specs) {
        if (SettingsSchema::normalizedKey(spec.key) == wanted)
            return &spec;
    }
    return nullptr;
}

/// Checks every setting of t in use but its live state; the error names the setting by label
/// and key.
template <typename T> Result validateFields(const QList<SettingSpec<T>> &specs, const T &t)
{
    for (const SettingSpec<T> &spec : specs) {
        if (spec.access == SettingAccess::LiveState || !SettingsSchema::isUsed(specs, spec, t))
            continue;
        if (const QString fault = spec.fault(spec.get(t)); !fault.isEmpty()) {
            return Error::make(Error::Kind::InvalidArgument,
                               QCoreApplication::translate("Fax", "%1 (%2): %3 (allowed: %4)")
                                   .arg(spec.label(), spec.key, fault, spec.allowedText()));
        }
    }
    return {};
}

} // namespace

QString SettingsPage::title() const
{
    return QCoreApplication::translate("Fax", titleSource);
}

namespace SettingsSchema {

const QList<SettingSpec<ServerSettings>> &serverSettings()
{
    static const QList<SettingSpec<ServerSettings>> list = makeServerSettings();
    return list;
}

const QList<SettingSpec<Port>> &portSettings()
{
    static const QList<SettingSpec<Port>> list = makePortSettings();
    return list;
}

const SettingSpec<ServerSettings> *serverSetting(const QString &key)
{
    return findIn(serverSettings(), key);
}

const SettingSpec<Port> *portSetting(const QString &key)
{
    return findIn(portSettings(), key);
}

QString normalizedKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return k;
}

Result validate(const ServerSettings &settings)
{
    if (Result r = validateFields(serverSettings(), settings); !r)
        return r;
    if (settings.routing.storeInFolder && settings.routing.folder.trimmed().isEmpty()) {
        const SettingSpec<S> *folder = serverSetting(QStringLiteral("routing.folder"));
        const SettingSpec<S> *store = serverSetting(QStringLiteral("routing.store-in-folder"));
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate("Fax", "%1 (%2) is required when %3 (%4) "
                                                              "is on")
                               .arg(folder->label(), folder->key, store->label(), store->key));
    }
    return {};
}

Result validate(const Port &port)
{
    return validateFields(portSettings(), port);
}

void copyStoredFields(const Port &from, Port *to)
{
    for (const SettingSpec<Port> &spec : portSettings()) {
        if (spec.access != SettingAccess::LiveState)
            spec.set(*to, spec.get(from));
    }
}

QString groupTitle(SettingGroup group)
{
    switch (group) {
    case SettingGroup::General:
        return QCoreApplication::translate("Fax", "General");
    case SettingGroup::Retries:
        return QCoreApplication::translate("Fax", "Retries");
    case SettingGroup::DiscountPeriod:
        return QCoreApplication::translate("Fax", "Discount period");
    case SettingGroup::Archive:
        return QCoreApplication::translate("Fax", "Archive");
    case SettingGroup::InboundRouting:
        return QCoreApplication::translate("Fax", "Inbound routing");
    case SettingGroup::DialingRules:
        return QCoreApplication::translate("Fax", "Dialing rules");
    case SettingGroup::Sending:
        return QCoreApplication::translate("Fax", "Sending");
    case SettingGroup::Receiving:
        return QCoreApplication::translate("Fax", "Receiving");
    case SettingGroup::Modem:
        return QCoreApplication::translate("Fax", "Modem");
    case SettingGroup::CoverPages:
        return QCoreApplication::translate("Fax", "Cover pages");
    }
    return QString();
}

const QList<SettingsPage> &serverPages()
{
    using G = SettingGroup;
    static const QList<SettingsPage> pages = {
        {QT_TRANSLATE_NOOP("Fax", "General"), {G::General, G::Retries}},
        {QT_TRANSLATE_NOOP("Fax", "Sending"), {G::Sending, G::DiscountPeriod, G::DialingRules}},
        {QT_TRANSLATE_NOOP("Fax", "Cover pages"), {G::CoverPages}},
        {QT_TRANSLATE_NOOP("Fax", "Archive"), {G::Archive}},
        {QT_TRANSLATE_NOOP("Fax", "Receiving and routing"), {G::Receiving, G::InboundRouting}},
    };
    return pages;
}

const QList<SettingsPage> &portPages()
{
    using G = SettingGroup;
    static const QList<SettingsPage> pages = {
        {QT_TRANSLATE_NOOP("Fax", "General"), {G::General}},
        {QT_TRANSLATE_NOOP("Fax", "Sending"), {G::Sending}},
        {QT_TRANSLATE_NOOP("Fax", "Receiving"), {G::Receiving}},
        {QT_TRANSLATE_NOOP("Fax", "Modem"), {G::Modem}},
    };
    return pages;
}

} // namespace SettingsSchema
} // namespace Fax
