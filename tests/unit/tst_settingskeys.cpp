// SPDX-License-Identifier: GPL-3.0-or-later
// KEY=VALUE access to ServerSettings and Port: listing, parsing, and all-or-nothing errors.
#include "core/settingskeys.h"

#include <QCoreApplication>
#include <QTest>

using namespace Fax;

namespace {
std::optional<SettingKey> find(const QList<SettingKey> &keys, const QString &key)
{
    for (const SettingKey &k : keys) {
        if (k.key == key)
            return k;
    }
    return std::nullopt;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace

class TestSettingsKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEveryServerSetting()
    {
        const QList<SettingKey> keys = SettingsKeys::list(ServerSettings());
        QStringList names;
        for (const SettingKey &k : keys) {
            names << k.key;
            QVERIFY2(!k.description.isEmpty(), qPrintable(k.key));
            QVERIFY2(!k.type.isEmpty(), qPrintable(k.key));
            QVERIFY(!k.readOnly);
        }
        QCOMPARE(names.size(), QSet<QString>(names.begin(), names.end()).size()); // unique
        for (const char *expected : {"retries",
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
                                     "dialing.pulse-dialing"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
    }

    void currentValuesAreTyped()
    {
        ServerSettings s;
        s.retries = 5;
        s.branding = false;
        s.discountRateStart = QTime(21, 30);
        s.routing.folder = QStringLiteral("/srv/fax");
        const QList<SettingKey> keys = SettingsKeys::list(s);
        QCOMPARE(find(keys, QStringLiteral("retries"))->value, QVariant(5));
        QCOMPARE(find(keys, QStringLiteral("retries"))->text, QStringLiteral("5"));
        QCOMPARE(find(keys, QStringLiteral("branding"))->value, QVariant(false));
        QCOMPARE(find(keys, QStringLiteral("branding"))->text, QStringLiteral("no"));
        QCOMPARE(find(keys, QStringLiteral("discount-rate-start"))->text, QStringLiteral("21:30"));
        QCOMPARE(find(keys, QStringLiteral("routing.folder"))->text, QStringLiteral("/srv/fax"));
        QVERIFY(find(keys, QStringLiteral("retries"))->type.contains(QStringLiteral("99")));
    }

    void appliesGoodValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // text as list() shows it afterwards
        QTest::newRow("int") << "retries"
                             << "7"
                             << "7";
        QTest::newRow("int bounds") << "retry-delay"
                                    << "0"
                                    << "0";
        QTest::newRow("int spaces") << "dirty-days"
                                    << " 12 "
                                    << "12";
        QTest::newRow("bool yes") << "branding"
                                  << "yes"
                                  << "yes";
        QTest::newRow("bool false") << "branding"
                                    << "FALSE"
                                    << "no";
        QTest::newRow("bool on") << "pause-server-queue"
                                 << "on"
                                 << "yes";
        QTest::newRow("bool 0") << "use-device-tsid"
                                << "0"
                                << "no";
        QTest::newRow("time") << "discount-rate-end"
                              << "6:05"
                              << "06:05";
        QTest::newRow("camel case key") << "RetryDelay"
                                        << "15"
                                        << "15";
        QTest::newRow("underscore key") << "retry_delay"
                                        << "16"
                                        << "16";
        QTest::newRow("path") << "archive-directory"
                              << "/var/fax//sent/"
                              << "/var/fax/sent";
        QTest::newRow("empty path") << "routing.folder"
                                    << ""
                                    << "";
        QTest::newRow("email") << "routing.email-address"
                               << "fax@example.org"
                               << "fax@example.org";
        QTest::newRow("text") << "routing.printer"
                              << "Laser 2"
                              << "Laser 2";
        QTest::newRow("outside line") << "dialing.outside-line-prefix"
                                      << " 9 "
                                      << "9";
        QTest::newRow("star code") << "dialing.outside-line-prefix"
                                   << "*70"
                                   << "*70";
        QTest::newRow("country") << "dialing.country-code"
                                 << "49"
                                 << "49";
        QTest::newRow("area") << "dialing.area-code"
                              << "030"
                              << "030";
        QTest::newRow("no long-distance prefix") << "dialing.long-distance-prefix"
                                                 << ""
                                                 << "";
        QTest::newRow("international") << "dialing.international-prefix"
                                       << "011"
                                       << "011";
        QTest::newRow("pulse") << "dialing.pulse-dialing"
                               << "yes"
                               << "yes";
    }

    void dialingKeysReachTheRules()
    {
        ServerSettings s;
        const Result r = SettingsKeys::applyAssignments(
            &s, {QStringLiteral("dialing.outside-line-prefix=0"),
                 QStringLiteral("Dialing.CountryCode=49"), QStringLiteral("dialing.area_code=30"),
                 QStringLiteral("dialing.long-distance-prefix="),
                 QStringLiteral("dialing.international-prefix=011"),
                 QStringLiteral("dialing.pulse-dialing=on")});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(s.dialing.outsideLinePrefix, QStringLiteral("0"));
        QCOMPARE(s.dialing.countryCode, QStringLiteral("49"));
        QCOMPARE(s.dialing.areaCode, QStringLiteral("30"));
        QCOMPARE(s.dialing.longDistancePrefix, QString());
        QCOMPARE(s.dialing.internationalPrefix, QStringLiteral("011"));
        QVERIFY(s.dialing.pulseDialing);
        const QList<SettingKey> keys = SettingsKeys::list(ServerSettings());
        QCOMPARE(find(keys, QStringLiteral("dialing.long-distance-prefix"))->text,
                 QStringLiteral("0"));
        QCOMPARE(find(keys, QStringLiteral("dialing.international-prefix"))->text,
                 QStringLiteral("00"));
        QCOMPARE(find(keys, QStringLiteral("dialing.pulse-dialing"))->value, QVariant(false));
    }
    void appliesGoodValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        ServerSettings s;
        const Result r = SettingsKeys::apply(&s, key, value);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QString canonical = key.toLower();
        if (canonical == QLatin1String("retrydelay") || canonical == QLatin1String("retry_delay"))
            canonical = QStringLiteral("retry-delay");
        QCOMPARE(find(SettingsKeys::list(s), canonical)->text, expected);
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("mentions"); // the error names the key, value and rule
        QTest::newRow("not a number")
            << "retries"
            << "many" << strings({"retries", "'many'", "whole number", "0 to 99"});
        QTest::newRow("too large") << "retries"
                                   << "100" << strings({"retries", "100", "99"});
        QTest::newRow("negative") << "retry-delay"
                                  << "-1" << strings({"retry-delay", "-1"});
        QTest::newRow("bool") << "branding"
                              << "maybe" << strings({"branding", "'maybe'", "yes or no"});
        QTest::newRow("time") << "discount-rate-start"
                              << "25:00" << strings({"discount-rate-start", "'25:00'", "HH:MM"});
        QTest::newRow("time text") << "discount-rate-end"
                                   << "evening" << strings({"discount-rate-end", "'evening'"});
        QTest::newRow("relative path")
            << "archive-directory"
            << "sent" << strings({"archive-directory", "'sent'", "absolute"});
        QTest::newRow("email") << "routing.email-address"
                               << "nobody"
                               << strings({"routing.email-address", "'nobody'", "e-mail"});
        QTest::newRow("line break") << "routing.printer"
                                    << "a\nb" << strings({"routing.printer", "line break"});
        QTest::newRow("prefix letters")
            << "dialing.outside-line-prefix"
            << "9a" << strings({"dialing.outside-line-prefix", "'9a'", "'a'", "digits"});
        QTest::newRow("country plus") << "dialing.country-code"
                                      << "+49" << strings({"dialing.country-code", "'+49'", "'+'"});
        QTest::newRow("prefix too long")
            << "dialing.international-prefix"
            << "00000000000" << strings({"dialing.international-prefix", "longer than 10"});
        QTest::newRow("unknown key")
            << "colour"
            << "red" << strings({"unknown setting", "'colour'", "retries"});
    }
    void rejectsBadValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QStringList, mentions);
        ServerSettings s;
        const Result r = SettingsKeys::apply(&s, key, value);
        QVERIFY(!r.ok());
        for (const QString &m : mentions)
            QVERIFY2(r.error().message.contains(m),
                     qPrintable(r.error().message + QStringLiteral(" / ") + m));
        QCOMPARE(s, ServerSettings()); // untouched
    }

    void assignmentsAreAllOrNothing()
    {
        ServerSettings s;
        Result r = SettingsKeys::applyAssignments(
            &s, {QStringLiteral("retries=5"), QStringLiteral("branding=maybe")});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("branding")));
        QCOMPARE(s, ServerSettings());

        r = SettingsKeys::applyAssignments(
            &s, {QStringLiteral("retries=5"), QStringLiteral("routing.printer=a=b")});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(s.retries, 5);
        QCOMPARE(s.routing.printer, QStringLiteral("a=b")); // split at the first '='
    }

    void malformedAssignments()
    {
        ServerSettings s;
        Result r = SettingsKeys::applyAssignments(&s, {QStringLiteral("retries")});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("'retries'")));
        QVERIFY(r.error().message.contains(QStringLiteral("=")));
        r = SettingsKeys::applyAssignments(&s, {QStringLiteral("=5")});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("key is missing")));
    }

    void portKeys()
    {
        Port p;
        p.name = QStringLiteral("front");
        p.devicePath = QStringLiteral("/dev/ttyS0");
        p.state = PortState::Sending;
        const QList<SettingKey> keys = SettingsKeys::list(p);
        QCOMPARE(find(keys, QStringLiteral("device"))->text, QStringLiteral("/dev/ttyS0"));
        QCOMPARE(find(keys, QStringLiteral("receive-mode"))->text, QStringLiteral("auto"));
        QCOMPARE(find(keys, QStringLiteral("state"))->text, QStringLiteral("sending"));
        QVERIFY(find(keys, QStringLiteral("state"))->readOnly);
        QVERIFY(find(keys, QStringLiteral("name"))->readOnly);
        QVERIFY(!find(keys, QStringLiteral("rings"))->readOnly);
        QCOMPARE(find(keys, QStringLiteral("send-enabled"))->value, QVariant(true));

        const Result r = SettingsKeys::applyAssignments(
            &p, {QStringLiteral("rings=4"), QStringLiteral("receive-mode=Manual"),
                 QStringLiteral("tsid=+49 30 1234"), QStringLiteral("send-enabled=no"),
                 QStringLiteral("priority=2"), QStringLiteral("device=/dev/ttyUSB0")});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(p.rings, 4);
        QCOMPARE(p.receiveMode, ReceiveMode::Manual);
        QCOMPARE(p.tsid, QStringLiteral("+49 30 1234"));
        QVERIFY(!p.sendEnabled);
        QCOMPARE(p.priority, 2);
        QCOMPARE(p.devicePath, QStringLiteral("/dev/ttyUSB0"));
    }

    void badPortValues_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("rings") << "rings=30" << strings({"port 'front'", "rings", "30", "20"});
        QTest::newRow("mode") << "receive-mode=sometimes"
                              << strings({"receive-mode", "'sometimes'", "auto, manual, off"});
        QTest::newRow("tsid letters") << "tsid=ACME" << strings({"tsid", "'ACME'", "digits"});
        QTest::newRow("tsid long")
            << "csid=123456789012345678901" << strings({"csid", "20 characters"});
        QTest::newRow("priority") << "priority=0" << strings({"priority", "1 to 99"});
        QTest::newRow("device") << "device=ttyS0" << strings({"device", "'ttyS0'", "absolute"});
        QTest::newRow("read-only") << "model=X" << strings({"model", "read-only"});
        QTest::newRow("name read-only") << "name=back" << strings({"name", "read-only"});
        QTest::newRow("unknown") << "speed=9600" << strings({"unknown setting", "'speed'"});
    }
    void badPortValues()
    {
        QFETCH(QString, assignment);
        QFETCH(QStringList, mentions);
        Port p;
        p.name = QStringLiteral("front");
        const Port before = p;
        const Result r = SettingsKeys::applyAssignments(&p, {assignment});
        QVERIFY(!r.ok());
        for (const QString &m : mentions)
            QVERIFY2(r.error().message.contains(m),
                     qPrintable(r.error().message + QStringLiteral(" / ") + m));
        QCOMPARE(p, before);
    }

    void roundTripOfListedValues()
    {
        // Every writable key accepts the text list() shows for it.
        ServerSettings s;
        s.archiveDirectory = QStringLiteral("/srv/archive");
        s.routing.emailAddress = QStringLiteral("a@b.example");
        for (const SettingKey &k : SettingsKeys::list(s)) {
            ServerSettings copy = s;
            const Result r = SettingsKeys::apply(&copy, k.key, k.text);
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(copy, s);
        }
        Port p;
        p.name = QStringLiteral("x");
        p.devicePath = QStringLiteral("/dev/ttyS1");
        p.csid = QStringLiteral("+1 555 0100");
        for (const SettingKey &k : SettingsKeys::list(p)) {
            if (k.readOnly)
                continue;
            Port copy = p;
            const Result r = SettingsKeys::apply(&copy, k.key, k.text);
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(copy, p);
        }
    }
};

QTEST_GUILESS_MAIN(TestSettingsKeys)
#include "tst_settingskeys.moc"
