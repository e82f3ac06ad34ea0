// SPDX-License-Identifier: GPL-3.0-or-later
// Links only the engine: the headless check (tests/support/check-headless.sh) inspects this
// binary, and the test itself proves the engine's object model works without a GUI.
#include "core/connectionsettings.h"
#include "core/faxtypes.h"

#include <QCoreApplication>
#include <QTest>

class TestHeadless : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noGuiApplication()
    {
        QVERIFY(qobject_cast<QCoreApplication *>(QCoreApplication::instance()));
        QVERIFY(!QCoreApplication::instance()->inherits("QGuiApplication"));
    }
    void enumKeysRoundTrip()
    {
        QCOMPARE(Fax::enumKey(Fax::QueueStatus::RetriesExceeded),
                 QStringLiteral("retries-exceeded"));
        bool ok = false;
        QCOMPARE(Fax::enumFromKey<Fax::QueueStatus>(QStringLiteral("in-progress"), &ok),
                 Fax::QueueStatus::InProgress);
        QVERIFY(ok);
        Fax::enumFromKey<Fax::Priority>(QStringLiteral("urgent"), &ok);
        QVERIFY(!ok);
    }
    void serverUrls()
    {
        Fax::ConnectionSettings s;
        QString error;
        QVERIFY(Fax::ConnectionSettings::fromUrl(QStringLiteral("hylafax://fax@pbx.example:4600"),
                                                 &s, &error));
        QCOMPARE(s.kind, Fax::ServerKind::Hylafax);
        QCOMPARE(s.host, QStringLiteral("pbx.example"));
        QCOMPARE(s.user, QStringLiteral("fax"));
        QCOMPARE(s.port, quint16(4600));
        QCOMPARE(s.toUrl(), QStringLiteral("hylafax://fax@pbx.example:4600"));
        QVERIFY(!Fax::ConnectionSettings::fromUrl(QStringLiteral("ftp://x"), &s, &error));
        QVERIFY(error.contains(QStringLiteral("ftp://x")));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
