// SPDX-License-Identifier: GPL-3.0-or-later
// The settings schema: every field of ServerSettings and Port described once, each kind's
// checks at its boundaries, whole-object validation with the rule between fields, and the data
// a settings page needs (labels, groups, units, choices) without knowing a key by name.
#include "core/settingsschema.h"

#include <QSet>
#include <QTest>

#include <cstddef>
#include <initializer_list>
#include <utility>

using namespace Fax;

namespace {

/// Converts to any field type: counts an aggregate's fields by how many initialise it.
struct AnyField
{
    template <typename F> operator F() const;
};

template <typename T, std::size_t... I> constexpr bool initialisableWith(std::index_sequence<I...>)
{
    return requires
    {
        T{(void(I), AnyField{})...};
    };
}

/// Number of fields of the aggregate T (a nested struct counts as one).
template <typename T, std::size_t N = 0> constexpr std::size_t fieldCount()
{
    if constexpr (initialisableWith<T>(std::make_index_sequence<N + 1>()))
        return fieldCount<T, N + 1>();
    else
        return N;
}

/// A value of d's kind that check() allows and that differs from current.
QVariant otherValue(const SettingDescription &d, const QVariant &current)
{
    switch (d.kind) {
    case SettingKind::Integer:
        return current.toInt() == d.minimum ? d.maximum : d.minimum;
    case SettingKind::Boolean:
        return !current.toBool();
    case SettingKind::TimeOfDay:
        return current.toTime().addSecs(3600);
    case SettingKind::Choice:
        for (const SettingChoice &c : d.choices) {
            if (c.value != current.toString())
                return c.value;
        }
        return QVariant();
    case SettingKind::Text:
        return QString(current.toString() + QStringLiteral("x"));
    case SettingKind::StationId:
        return current.toString() == QLatin1String("+1 555 0100") ? QStringLiteral("+1 555 0199")
                                                                  : QStringLiteral("+1 555 0100");
    case SettingKind::FolderPath:
        return QString(current.toString() + QStringLiteral("/srv/other"));
    case SettingKind::Email:
        return QString(QStringLiteral("x") + current.toString() + QStringLiteral("@example.org"));
    case SettingKind::DevicePath:
        return QString(current.toString() + QStringLiteral("/dev/ttyOther"));
    case SettingKind::Digits:
        return QString(current.toString() + QStringLiteral("1"));
    case SettingKind::Printer:
        return QString(current.toString() + QStringLiteral("Office_Laser"));
    }
    return QVariant();
}

/// Every spec's setter changes the struct, reads back through its getter and leaves every other
/// spec's value alone: no two specs share a field and no spec misses its field.
template <typename T> void checkOneFieldEach(const QList<SettingSpec<T>> &specs)
{
    const T defaults{};
    for (const SettingSpec<T> &spec : specs) {
        const QVariant value = otherValue(spec, spec.get(defaults));
        QVERIFY2(spec.check(value), qPrintable(spec.key));
        T t{};
        spec.set(t, value);
        QVERIFY2(!(t == defaults), qPrintable(spec.key));
        QCOMPARE(spec.get(t), value);
        for (const SettingSpec<T> &other : specs) {
            if (&other != &spec)
                QVERIFY2(other.get(t) == other.get(defaults),
                         qPrintable(spec.key + QStringLiteral(" changes ") + other.key));
        }
    }
}

template <typename T> QStringList keysOf(const QList<SettingSpec<T>> &specs)
{
    QStringList keys;
    for (const SettingSpec<T> &spec : specs)
        keys << spec.key;
    return keys;
}

/// Everything a settings page reads of a spec is there and consistent.
template <typename T> void checkDescriptions(const QList<SettingSpec<T>> &specs)
{
    const T defaults{};
    for (const SettingSpec<T> &spec : specs) {
        const QByteArray key = spec.key.toUtf8();
        QVERIFY2(!spec.label().isEmpty(), key);
        QVERIFY2(spec.label() != spec.description(), key);
        QVERIFY2(!spec.description().isEmpty(), key);
        QVERIFY2(!spec.allowedText().isEmpty(), key);
        QVERIFY2(spec.get && spec.set, key);
        QCOMPARE(spec.get(defaults).metaType(), spec.valueType());
        QCOMPARE(spec.kind == SettingKind::Integer, spec.minimum < spec.maximum);
        if (spec.kind != SettingKind::Integer)
            QCOMPARE(spec.unit, SettingUnit::None);
        QCOMPARE(spec.unit == SettingUnit::None, spec.unitText().isEmpty());
        QCOMPARE(spec.kind == SettingKind::Choice, !spec.choices.isEmpty());
        QSet<QString> values;
        for (const SettingChoice &c : spec.choices) {
            values << c.value;
            QVERIFY2(!c.displayName().isEmpty(), key);
        }
        QCOMPARE(values.size(), spec.choices.size());
        QCOMPARE(spec.isReadOnly(), spec.access != SettingAccess::Editable);
        // A setting's text form parses back to the same value.
        const QVariant value = spec.get(defaults);
        if (spec.check(value)) {
            const Expected<QVariant> parsed = spec.parse(spec.text(value));
            QVERIFY2(parsed, qPrintable(parsed.error().message));
            QCOMPARE(*parsed, value);
        }
    }
}

SettingDescription describe(SettingKind kind)
{
    SettingDescription d;
    d.key = QStringLiteral("k");
    d.kind = kind;
    if (kind == SettingKind::Integer) {
        d.minimum = 1;
        d.maximum = 99;
    }
    if (kind == SettingKind::Choice) {
        d.choices = {SettingChoice{QStringLiteral("rts-cts"), [] { return QStringLiteral("A"); }},
                     SettingChoice{QStringLiteral("2.0"), [] { return QStringLiteral("B"); }}};
    }
    return d;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

QString repeated(const char *s, int n)
{
    return QString::fromLatin1(s).repeated(n);
}

} // namespace

class TestSettingsSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyServerFieldIsDescribedOnce()
    {
        // Top-level fields, with the parts routing and dialing counted by their own fields.
        constexpr std::size_t fields = fieldCount<ServerSettings>() - 2 +
                                       fieldCount<InboundRouting>() + fieldCount<DialingRules>();
        QCOMPARE(std::size_t(SettingsSchema::serverSettings().size()), fields);
        checkOneFieldEach(SettingsSchema::serverSettings());
    }

    void everyPortFieldIsDescribedOnce()
    {
        QCOMPARE(std::size_t(SettingsSchema::portSettings().size()), fieldCount<Port>());
        checkOneFieldEach(SettingsSchema::portSettings());
    }

    void keysAreFaxctls()
    {
        QCOMPARE(keysOf(SettingsSchema::serverSettings()), strings({"retries",
                                                                    "retry-delay",
                                                                    "dirty-days",
                                                                    "branding",
                                                                    "use-device-tsid",
                                                                    "server-coverpage",
                                                                    "archive-outbound-faxes",
                                                                    "archive-directory",
                                                                    "discount-rate-start",
                                                                    "discount-rate-end",
                                                                    "pause-server-queue",
                                                                    "routing.store-in-folder",
                                                                    "routing.folder",
                                                                    "routing.print",
                                                                    "routing.printer",
                                                                    "routing.email",
                                                                    "routing.email-address",
                                                                    "dialing.outside-line-prefix",
                                                                    "dialing.country-code",
                                                                    "dialing.area-code",
                                                                    "dialing.long-distance-prefix",
                                                                    "dialing.international-prefix",
                                                                    "dialing.pulse-dialing"}));
        QCOMPARE(keysOf(SettingsSchema::portSettings()),
                 strings({"name", "device", "manufacturer", "model", "rings", "csid", "tsid",
                          "send-enabled", "receive-mode", "priority", "baud-rate", "flow-control",
                          "init-string", "modem-class", "state", "state-text"}));
    }

    void descriptionsAreComplete()
    {
        checkDescriptions(SettingsSchema::serverSettings());
        checkDescriptions(SettingsSchema::portSettings());
    }

    void groupsArePages()
    {
        using G = SettingGroup;
        QCOMPARE(SettingsSchema::groups(SettingsSchema::serverSettings()),
                 QList<G>({G::Retries, G::DiscountPeriod, G::Archive, G::InboundRouting,
                           G::DialingRules, G::Sending, G::CoverPages}));
        QCOMPARE(SettingsSchema::groups(SettingsSchema::portSettings()),
                 QList<G>({G::General, G::Sending, G::Receiving, G::Modem}));
        QSet<QString> titles;
        for (int g = int(G::General); g <= int(G::CoverPages); ++g)
            titles << SettingsSchema::groupTitle(G(g));
        QCOMPARE(titles.size(), int(G::CoverPages) + 1);
        QVERIFY(!titles.contains(QString()));
    }

    // The Fax Service Manager's pages: every group a setting uses is on exactly one page.
    void pagesHoldEveryGroupOnce_data()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("server") << true;
        QTest::newRow("port") << false;
    }

    void pagesHoldEveryGroupOnce()
    {
        QFETCH(bool, server);
        const QList<SettingsPage> &pages =
            server ? SettingsSchema::serverPages() : SettingsSchema::portPages();
        const QList<SettingGroup> used =
            server ? SettingsSchema::groups(SettingsSchema::serverSettings())
                   : SettingsSchema::groups(SettingsSchema::portSettings());
        QList<SettingGroup> placed;
        QSet<QString> titles;
        for (const SettingsPage &page : pages) {
            QVERIFY(!page.title().isEmpty());
            titles << page.title();
            bool holdsSome = false;
            for (SettingGroup g : page.groups) {
                QVERIFY2(!placed.contains(g), qPrintable(page.title()));
                placed << g;
                holdsSome = holdsSome || used.contains(g);
            }
            QVERIFY2(holdsSome, qPrintable(page.title()));
        }
        QCOMPARE(titles.size(), pages.size());
        for (SettingGroup g : used)
            QVERIFY2(placed.contains(g), qPrintable(SettingsSchema::groupTitle(g)));
    }

    void serverPagesAreTheIssues()
    {
        QStringList titles;
        for (const SettingsPage &page : SettingsSchema::serverPages())
            titles << page.title();
        QCOMPARE(titles, strings({"General", "Sending", "Cover pages", "Archive",
                                  "Receiving and routing"}));
        // Which page each setting lands on.
        const auto pageOf = [](const QString &key) {
            const SettingGroup group = SettingsSchema::serverSetting(key)->group;
            for (const SettingsPage &page : SettingsSchema::serverPages()) {
                if (page.groups.contains(group))
                    return page.title();
            }
            return QString();
        };
        const QList<std::pair<const char *, const char *>> expected = {
            {"retries", "General"},
            {"retry-delay", "General"},
            {"dirty-days", "General"},
            {"branding", "Sending"},
            {"use-device-tsid", "Sending"},
            {"discount-rate-start", "Sending"},
            {"pause-server-queue", "Sending"},
            {"dialing.area-code", "Sending"},
            {"server-coverpage", "Cover pages"},
            {"archive-outbound-faxes", "Archive"},
            {"archive-directory", "Archive"},
            {"routing.folder", "Receiving and routing"},
            {"routing.printer", "Receiving and routing"},
            {"routing.email-address", "Receiving and routing"}};
        for (const auto &[key, page] : expected)
            QCOMPARE(pageOf(QLatin1String(key)), QLatin1String(page));
        QCOMPARE(SettingsSchema::serverSetting(QStringLiteral("routing.printer"))->kind,
                 SettingKind::Printer);
    }

    void accessOfPortSettings()
    {
        QStringList readOnly;
        QStringList live;
        for (const SettingSpec<Port> &spec : SettingsSchema::portSettings()) {
            if (spec.access == SettingAccess::ReadOnly)
                readOnly << spec.key;
            if (spec.access == SettingAccess::LiveState)
                live << spec.key;
        }
        QCOMPARE(readOnly, strings({"name", "manufacturer", "model"}));
        QCOMPARE(live, strings({"state", "state-text"}));
        for (const SettingSpec<ServerSettings> &spec : SettingsSchema::serverSettings())
            QVERIFY2(!spec.isReadOnly(), qPrintable(spec.key));
    }

    void findsKeysInAnySpelling()
    {
        QCOMPARE(SettingsSchema::serverSetting(QStringLiteral("RetryDelay"))->key,
                 QStringLiteral("retry-delay"));
        QCOMPARE(SettingsSchema::serverSetting(QStringLiteral(" routing.email_address "))->key,
                 QStringLiteral("routing.email-address"));
        QCOMPARE(SettingsSchema::portSetting(QStringLiteral("ModemClass"))->key,
                 QStringLiteral("modem-class"));
        QVERIFY(!SettingsSchema::serverSetting(QStringLiteral("colour")));
        QVERIFY(!SettingsSchema::portSetting(QStringLiteral("retries")));
    }

    void unitsAndChoices()
    {
        const auto *delay = SettingsSchema::serverSetting(QStringLiteral("retry-delay"));
        QCOMPARE(delay->unit, SettingUnit::Minutes);
        QCOMPARE(delay->unitText(), QStringLiteral("minutes"));
        QCOMPARE(delay->maximum, 1440);
        const auto *baud = SettingsSchema::portSetting(QStringLiteral("baud-rate"));
        QCOMPARE(baud->unitText(), QStringLiteral("bit/s"));
        const auto *mode = SettingsSchema::portSetting(QStringLiteral("receive-mode"));
        QCOMPARE(mode->choices.size(), 3);
        QCOMPARE(mode->choices.at(1).value, QStringLiteral("manual"));
        QCOMPARE(mode->choices.at(1).displayName(), displayName(ReceiveMode::Manual));
        const auto *modemClass = SettingsSchema::portSetting(QStringLiteral("modem-class"));
        QStringList values;
        for (const SettingChoice &c : modemClass->choices)
            values << c.value;
        QCOMPARE(values, strings({"auto", "1", "2", "2.0"}));
    }

    void kindsAtTheirBoundaries_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QVariant>("parsed"); // the typed value when allowed
        const auto row = [](const char *name, SettingKind kind, const QString &text, bool allowed,
                            const QVariant &parsed = QVariant()) {
            QTest::newRow(name) << int(kind) << text << allowed << parsed;
        };
        using K = SettingKind;
        row("int lowest", K::Integer, QStringLiteral("1"), true, 1);
        row("int highest", K::Integer, QStringLiteral(" 99 "), true, 99);
        row("int below", K::Integer, QStringLiteral("0"), false);
        row("int above", K::Integer, QStringLiteral("100"), false);
        row("int text", K::Integer, QStringLiteral("9x"), false);
        row("bool on", K::Boolean, QStringLiteral("ON"), true, true);
        row("bool 0", K::Boolean, QStringLiteral("0"), true, false);
        row("bool other", K::Boolean, QStringLiteral("maybe"), false);
        row("text", K::Text, QStringLiteral(" a = b "), true, QStringLiteral("a = b"));
        row("text empty", K::Text, QString(), true, QString());
        row("text line break", K::Text, QStringLiteral("a\rb"), false);
        row("printer", K::Printer, QStringLiteral(" Office_Laser "), true,
            QStringLiteral("Office_Laser"));
        row("printer default", K::Printer, QString(), true, QString());
        row("printer line break", K::Printer, QStringLiteral("a\nb"), false);
        row("time first", K::TimeOfDay, QStringLiteral("0:00"), true, QTime(0, 0));
        row("time last", K::TimeOfDay, QStringLiteral("23:59"), true, QTime(23, 59));
        row("time after", K::TimeOfDay, QStringLiteral("24:00"), false);
        row("time minutes", K::TimeOfDay, QStringLiteral("7:60"), false);
        row("choice", K::Choice, QStringLiteral("RTS_CTS"), true, QStringLiteral("rts-cts"));
        row("choice dot", K::Choice, QStringLiteral("2.0"), true, QStringLiteral("2.0"));
        row("choice other", K::Choice, QStringLiteral("2"), false);
        row("station id longest", K::StationId, repeated("1", 20), true, repeated("1", 20));
        row("station id too long", K::StationId, repeated("1", 21), false);
        row("station id signs", K::StationId, QStringLiteral("+49 30 1"), true,
            QStringLiteral("+49 30 1"));
        row("station id letter", K::StationId, QStringLiteral("49A"), false);
        row("station id other digit", K::StationId, QStringLiteral("4\u0663"), false);
        row("folder empty", K::FolderPath, QString(), true, QString());
        row("folder cleaned", K::FolderPath, QStringLiteral("/srv//fax/"), true,
            QStringLiteral("/srv/fax"));
        row("folder relative", K::FolderPath, QStringLiteral("fax"), false);
        row("email empty", K::Email, QString(), true, QString());
        row("email", K::Email, QStringLiteral("a@b"), true, QStringLiteral("a@b"));
        row("email no user", K::Email, QStringLiteral("@b"), false);
        row("email no domain", K::Email, QStringLiteral("a@"), false);
        row("email two @", K::Email, QStringLiteral("a@b@c"), false);
        row("email space", K::Email, QStringLiteral("a b@c"), false);
        row("device", K::DevicePath, QStringLiteral("/dev//ttyS0"), true,
            QStringLiteral("/dev/ttyS0"));
        row("device empty", K::DevicePath, QString(), false);
        row("device relative", K::DevicePath, QStringLiteral("ttyS0"), false);
        row("digits longest", K::Digits, repeated("9", 10), true, repeated("9", 10));
        row("digits too long", K::Digits, repeated("9", 11), false);
        row("digits codes", K::Digits, QStringLiteral("*70#"), true, QStringLiteral("*70#"));
        row("digits plus", K::Digits, QStringLiteral("+49"), false);
        row("digits empty", K::Digits, QString(), true, QString());
    }
    void kindsAtTheirBoundaries()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(bool, allowed);
        QFETCH(QVariant, parsed);
        const SettingDescription d = describe(SettingKind(kind));
        const Expected<QVariant> result = d.parse(text);
        QCOMPARE(result.ok(), allowed);
        if (!allowed) {
            QCOMPARE(result.error().kind, Error::Kind::InvalidArgument);
            const QString &m = result.error().message;
            QVERIFY2(m.contains(QStringLiteral("'k'")) && m.contains(d.allowedText()),
                     qPrintable(m));
            return;
        }
        QCOMPARE(*result, parsed);
        QVERIFY(d.check(*result));
        QVERIFY(d.fault(*result).isEmpty());
        QCOMPARE(d.parse(d.text(*result)).value(), *result);
    }

    void typedValuesAreChecked()
    {
        const SettingDescription number = describe(SettingKind::Integer);
        QVERIFY(number.check(99));
        QVERIFY(!number.check(100));
        QVERIFY(!number.check(0));
        QVERIFY(number.check(QVariant(QStringLiteral("5")))
                    .error()
                    .message.contains(QStringLiteral("QString")));
        const SettingDescription time = describe(SettingKind::TimeOfDay);
        QVERIFY(time.check(QTime(23, 59, 59)));
        QVERIFY(!time.check(QTime()));
        QVERIFY(!time.check(QTime(25, 0)));
        const SettingDescription choice = describe(SettingKind::Choice);
        QVERIFY(choice.check(QStringLiteral("rts-cts")));
        QVERIFY(!choice.check(QStringLiteral("RTS-CTS"))); // typed values are exact keys
        SettingDescription name = describe(SettingKind::Text);
        QVERIFY(name.check(QString()));
        name.required = true;
        QVERIFY(!name.check(QString()));
        QVERIFY(!name.check(QStringLiteral("  ")));
        QVERIFY(!name.parse(QStringLiteral(" ")));
        QVERIFY(name.check(QStringLiteral("front")));
        const SettingDescription folder = describe(SettingKind::FolderPath);
        QVERIFY(folder.check(QStringLiteral("/srv//fax/"))); // as stored, not cleaned
        QVERIFY(!folder.check(QStringLiteral(" /srv")));
    }

    void assignChecksFirst()
    {
        const auto *retries = SettingsSchema::serverSetting(QStringLiteral("retries"));
        ServerSettings s;
        QVERIFY(!retries->assign(s, 100));
        QCOMPARE(s, ServerSettings());
        QVERIFY(retries->assign(s, 99));
        QCOMPARE(s.retries, 99);
    }

    void wholeSettingsAreValidated()
    {
        QVERIFY(SettingsSchema::validate(ServerSettings()));
        ServerSettings s;
        s.dialing.countryCode = QStringLiteral("+49");
        Result r = SettingsSchema::validate(s);
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        const auto *country = SettingsSchema::serverSetting(QStringLiteral("dialing.country-code"));
        QVERIFY2(r.error().message.startsWith(country->label() +
                                              QStringLiteral(" (dialing.country-code): ")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("'+49'")),
                 qPrintable(r.error().message));

        // The folder is required only while received faxes are stored in one.
        s = ServerSettings();
        s.routing.storeInFolder = true;
        r = SettingsSchema::validate(s);
        QCOMPARE(r.error().kind, Error::Kind::InvalidArgument);
        for (const char *key : {"routing.folder", "routing.store-in-folder"}) {
            const auto *spec = SettingsSchema::serverSetting(QLatin1String(key));
            QVERIFY2(r.error().message.contains(spec->label() + QStringLiteral(" (") + spec->key +
                                                QLatin1Char(')')),
                     qPrintable(r.error().message));
        }
        s.routing.folder = QStringLiteral("  ");
        QVERIFY(!SettingsSchema::validate(s));
        s.routing.folder = QStringLiteral("/srv/fax");
        QVERIFY(SettingsSchema::validate(s));
        s.routing.storeInFolder = false;
        s.routing.folder.clear();
        QVERIFY(SettingsSchema::validate(s));
    }

    // Settings that serve an on/off setting (a folder to archive into, a printer to print on):
    // each names a Boolean setting of the same object; unused while it is off, and not checked.
    void dependentSettings()
    {
        QStringList dependent;
        for (const SettingSpec<ServerSettings> &spec : SettingsSchema::serverSettings()) {
            if (spec.enabledBy.isEmpty())
                continue;
            dependent << spec.key + u'<' + spec.enabledBy;
            const auto *controller =
                SettingsSchema::controllerOf(SettingsSchema::serverSettings(), spec);
            QVERIFY2(controller, qPrintable(spec.key));
            QCOMPARE(controller->kind, SettingKind::Boolean);
            QVERIFY(controller->enabledBy.isEmpty()); // no chains
            QCOMPARE(controller->group, spec.group);  // on the same page, just above
        }
        QCOMPARE(dependent,
                 strings({"archive-directory<archive-outbound-faxes",
                          "routing.folder<routing.store-in-folder", "routing.printer<routing.print",
                          "routing.email-address<routing.email"}));
        for (const SettingSpec<Port> &spec : SettingsSchema::portSettings())
            QVERIFY(!SettingsSchema::controllerOf(SettingsSchema::portSettings(), spec));

        const auto &specs = SettingsSchema::serverSettings();
        const auto *archive =
            SettingsSchema::serverSetting(QStringLiteral("archive-outbound-faxes"));
        const auto *directory = SettingsSchema::serverSetting(QStringLiteral("archive-directory"));
        QCOMPARE(SettingDescription::unusedReason(*archive),
                 QStringLiteral("Used only when 'Archive sent faxes' is on."));
        ServerSettings s;
        s.archiveDirectory = QStringLiteral("relative/folder");
        s.routing.emailAddress = QStringLiteral("not an address");
        QVERIFY(!SettingsSchema::isUsed(specs, *directory, s));
        QVERIFY(SettingsSchema::isUsed(specs, *archive, s));
        QVERIFY2(SettingsSchema::validate(s), "unused values are not checked");
        s.archiveOutboundFaxes = true;
        QVERIFY(SettingsSchema::isUsed(specs, *directory, s));
        Result r = SettingsSchema::validate(s);
        QVERIFY2(!r && r.error().message.contains(QStringLiteral("archive-directory")),
                 qPrintable(r.error().message));
        s.archiveDirectory.clear();
        QVERIFY(SettingsSchema::validate(s));
        s.routing.email = true;
        r = SettingsSchema::validate(s);
        QVERIFY2(!r && r.error().message.contains(QStringLiteral("routing.email-address")),
                 qPrintable(r.error().message));
    }

    void wholePortsAreValidated()
    {
        Port p;
        QVERIFY(!SettingsSchema::validate(p)); // no name, no device
        p.name = QStringLiteral("front");
        refuses(p, "device");
        p.devicePath = QStringLiteral("/dev/ttyS0");
        QVERIFY(SettingsSchema::validate(p));
        // The live state is the engine's: anything goes.
        p.stateText = QStringLiteral("line 1\nline 2");
        p.state = PortState(99);
        QVERIFY(SettingsSchema::validate(p));
        p.tsid = QStringLiteral("ACME");
        refuses(p, "tsid");
        p.tsid.clear();
        p.model = QStringLiteral("a\nb");
        refuses(p, "model");
        p.model.clear();
        p.name = QStringLiteral(" ");
        refuses(p, "name");
    }

    void copyStoredFieldsKeepsTheLiveState()
    {
        Port from;
        from.name = QStringLiteral("front");
        from.devicePath = QStringLiteral("/dev/ttyS1");
        from.modemClass = FaxClass::Class2;
        from.receiveMode = ReceiveMode::Off;
        from.manufacturer = QStringLiteral("Acme");
        from.state = PortState::Sending;
        from.stateText = QStringLiteral("page 2");
        Port to;
        to.state = PortState::Error;
        to.stateText = QStringLiteral("no modem");
        SettingsSchema::copyStoredFields(from, &to);
        Port expected = from;
        expected.state = PortState::Error;
        expected.stateText = QStringLiteral("no modem");
        QCOMPARE(to, expected);
    }

private:
    /// Checks that validate() refuses p and names key.
    static void refuses(const Port &p, const char *key)
    {
        const Result result = SettingsSchema::validate(p);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::InvalidArgument);
        QVERIFY2(result.error().message.contains(QStringLiteral(" (") + QLatin1String(key) +
                                                 QStringLiteral("): ")),
                 qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "tst_settingsschema.moc"
