// SPDX-License-Identifier: GPL-3.0-or-later
// The local engine applies its dialing rules when it dispatches a job: the line gets the dial
// string and the dial method, the job says what is dialled, and a number that cannot be
// dialled fails at once without retries.
#include "localserverfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Fax;
using namespace Fax::Test;

class TestEngineDialing : public QObject, private LocalServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void lineGetsTheDialString()
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.dialing.outsideLinePrefix = QStringLiteral("0");
        s.dialing.countryCode = QStringLiteral("49");
        s.dialing.areaCode = QStringLiteral("89");
        s.dialing.pulseDialing = true;
        QVERIFY(waitFor(server->setSettings(s)));
        m_factory->line(QStringLiteral("modem1"))->setHoldCalls(true);
        QSignalSpy changed(server.get(), &FaxServer::jobChanged);
        const JobId id = submitOne(*server, doc(QStringLiteral("+49 (30) 123-45.6")));
        server->poll();
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        QTRY_COMPARE(line->requests.size(), 1);
        const SendRequest &r = line->requests.at(0);
        QCOMPARE(r.dialString, QStringLiteral("0,030123456"));
        QVERIFY(r.pulseDialing);
        QCOMPARE(r.job.recipientNumber, QStringLiteral("+49 (30) 123-45.6")); // as written
        // While the call runs, the job says what is dialled.
        bool told = false;
        for (const auto &args : changed) {
            const Job j = args.at(0).value<Job>();
            if (j.queueStatus == QueueStatus::InProgress &&
                j.lastError == QStringLiteral("Dialling 0,030123456 on port modem1"))
                told = true;
        }
        QVERIFY(told);
        QVERIFY(line->finishCurrent(Outcomes::success()));
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
        QVERIFY(server->job(id)->lastError.isEmpty());
    }

    void defaultRulesDialInternational()
    {
        auto server = openWithLine();
        const JobId local = submitOne(*server, doc(QStringLiteral("555 0100")));
        const JobId plus = submitOne(*server, doc(QStringLiteral("+33 1 23 45 67 89")));
        server->poll();
        QTRY_COMPARE(statusOf(*server, local), QueueStatus::Completed);
        QTRY_COMPARE(statusOf(*server, plus), QueueStatus::Completed);
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        QStringList dialled;
        for (const SendRequest &r : std::as_const(line->requests)) {
            dialled << r.dialString;
            QVERIFY(!r.pulseDialing);
        }
        dialled.sort();
        QCOMPARE(dialled,
                 (QStringList{QStringLiteral("0033123456789"), QStringLiteral("5550100")}));
    }

    void undialableNumberFailsWithoutRetry()
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.retries = 5;
        s.dialing.countryCode = QStringLiteral("49");
        QVERIFY(waitFor(server->setSettings(s)));
        // Valid as written, but in this country it is only the country's own code.
        const JobId id = submitOne(*server, doc(QStringLiteral("+49")));
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Failed);
        const Job j = *server->job(id);
        QCOMPARE(j.deviceStatus, DeviceStatus::BadAddress);
        QCOMPARE(j.tries, 1);
        QVERIFY(!j.nextAttempt.isValid());
        QVERIFY2(j.lastError.contains(QStringLiteral("'+49'")), qPrintable(j.lastError));
        QVERIFY2(j.lastError.contains(QStringLiteral("cannot be dialled")),
                 qPrintable(j.lastError));
        QVERIFY2(j.lastError.contains(QStringLiteral("modem1")), qPrintable(j.lastError));
        QVERIFY2(j.lastError.contains(QString::number(id)), qPrintable(j.lastError));
        QVERIFY(m_factory->line(QStringLiteral("modem1"))->requests.isEmpty());
        // The port is free again for the next job.
        const JobId next = submitOne(*server, doc(QStringLiteral("555 0100")));
        server->poll();
        QTRY_COMPARE(statusOf(*server, next), QueueStatus::Completed);
    }

    void submitAcceptsDialModifiers()
    {
        auto server = open(false);
        const auto ok = waitFor(server->submit(doc(QStringLiteral("*70,555 0100#"))));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        const auto bad =
            waitFor(server->submit(doc(QStringLiteral("555-CALL-NOW"), QStringLiteral("Eve"))));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("Eve")));
        QVERIFY(bad.error().message.contains(QStringLiteral("letter 'C'")));
    }
};

QTEST_GUILESS_MAIN(TestEngineDialing)
#include "tst_enginedialing.moc"
