// SPDX-License-Identifier: GPL-3.0-or-later
// ServerCache: single changes and whole snapshots become exactly one server signal per real
// change (none for what did not change, one removal for what a snapshot no longer lists); resets
// are silent; reading is ordered.
#include "fakefaxserver.h"
#include "server/servercache.h"

#include <QSignalSpy>
#include <QTest>

using namespace Fax;

namespace {

struct Spies
{
    explicit Spies(FaxServer *s)
        : jobAdded(s, &FaxServer::jobAdded), jobChanged(s, &FaxServer::jobChanged),
          jobRemoved(s, &FaxServer::jobRemoved), portAdded(s, &FaxServer::portAdded),
          portChanged(s, &FaxServer::portChanged), portRemoved(s, &FaxServer::portRemoved),
          settingsChanged(s, &FaxServer::settingsChanged),
          faxAdded(s, &FaxServer::receivedFaxAdded), faxRemoved(s, &FaxServer::receivedFaxRemoved)
    {
    }
    QList<qsizetype> counts() const
    {
        return {jobAdded.count(),        jobChanged.count(),  jobRemoved.count(),
                portAdded.count(),       portChanged.count(), portRemoved.count(),
                settingsChanged.count(), faxAdded.count(),    faxRemoved.count()};
    }
    QSignalSpy jobAdded, jobChanged, jobRemoved, portAdded, portChanged, portRemoved,
        settingsChanged, faxAdded, faxRemoved;
};

ReceivedFax fax(qint64 id)
{
    ReceivedFax f;
    f.id = id;
    f.file = QStringLiteral("/tmp/fax-%1.tif").arg(id);
    return f;
}

Port port(const QString &name, int priority)
{
    Port p = FakeFaxServer::makePort(name);
    p.priority = priority;
    return p;
}

using Counts = QList<qsizetype>;

} // namespace

class TestServerCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleChangesSignalOnce()
    {
        FakeFaxServer server;
        ServerCache cache(&server);
        Spies spies(&server);
        Job job = FakeFaxServer::makeJob(1);
        QCOMPARE(cache.applyJob(job), ServerCache::Change::Added);
        QCOMPARE(cache.applyJob(job), ServerCache::Change::None);
        job.tries = 1;
        QCOMPARE(cache.applyJob(job), ServerCache::Change::Changed);
        QCOMPARE(spies.jobChanged.at(0).at(0).value<Job>(), job);
        QVERIFY(cache.removeJob(1));
        QVERIFY(!cache.removeJob(1));
        QCOMPARE(spies.counts(), (Counts{1, 1, 1, 0, 0, 0, 0, 0, 0}));

        Port p = port(QStringLiteral("front"), 1);
        QCOMPARE(cache.applyPort(p), ServerCache::Change::Added);
        QCOMPARE(cache.applyPort(p), ServerCache::Change::None);
        p.rings = 4;
        QCOMPARE(cache.applyPort(p), ServerCache::Change::Changed);
        QVERIFY(cache.removePort(p.name));
        QVERIFY(!cache.removePort(p.name));
        QCOMPARE(spies.counts(), (Counts{1, 1, 1, 1, 1, 1, 0, 0, 0}));

        ServerSettings s;
        QVERIFY(!cache.applySettings(s)); // the defaults it starts with
        s.retries = 7;
        QVERIFY(cache.applySettings(s));
        QVERIFY(!cache.applySettings(s));
        QCOMPARE(cache.settings(), s);

        ReceivedFax f = fax(3);
        QCOMPARE(cache.applyReceivedFax(f), ServerCache::Change::Added);
        f.routing = QStringLiteral("printed");
        // A received fax does not change for its readers: stored, not announced.
        QCOMPARE(cache.applyReceivedFax(f), ServerCache::Change::Changed);
        QCOMPARE(cache.receivedFax(3)->routing, QStringLiteral("printed"));
        QVERIFY(cache.removeReceivedFax(3));
        QVERIFY(!cache.removeReceivedFax(3));
        QCOMPARE(spies.counts(), (Counts{1, 1, 1, 1, 1, 1, 1, 1, 1}));
    }

    void snapshotsDropWhatTheyNoLongerList()
    {
        FakeFaxServer server;
        ServerCache cache(&server);
        cache.reset(
            {FakeFaxServer::makeJob(1), FakeFaxServer::makeJob(2), FakeFaxServer::makeJob(3)},
            {port(QStringLiteral("a"), 1), port(QStringLiteral("b"), 1)}, ServerSettings(),
            {fax(1), fax(2)});
        Spies spies(&server);
        Job two = FakeFaxServer::makeJob(2, QueueStatus::Paused);
        QCOMPARE(
            cache.applyJobSnapshot({two, FakeFaxServer::makeJob(3), FakeFaxServer::makeJob(4)}),
            QList<JobId>{1});
        QCOMPARE(spies.jobRemoved.count(), 1);
        QCOMPARE(spies.jobRemoved.at(0).at(0).value<JobId>(), 1);
        QCOMPARE(spies.jobChanged.count(), 1);
        QCOMPARE(spies.jobChanged.at(0).at(0).value<Job>(), two);
        QCOMPARE(spies.jobAdded.count(), 1);
        QCOMPARE(spies.jobAdded.at(0).at(0).value<Job>().id, 4);
        QCOMPARE(cache.jobs().size(), 3);

        QCOMPARE(cache.applyPortSnapshot({port(QStringLiteral("b"), 1)}),
                 QStringList{QStringLiteral("a")});
        QCOMPARE(spies.portRemoved.count(), 1);
        QCOMPARE(spies.portChanged.count(), 0);

        QCOMPARE(cache.applyReceivedSnapshot({fax(2), fax(5)}), QList<qint64>{1});
        QCOMPARE(spies.faxRemoved.count(), 1);
        QCOMPARE(spies.faxAdded.count(), 1);

        // The same snapshot again: nothing.
        const Counts before = spies.counts();
        cache.applyJobSnapshot(cache.jobs());
        cache.applyPortSnapshot(cache.ports());
        cache.applyReceivedSnapshot(cache.receivedFaxes());
        QCOMPARE(spies.counts(), before);
    }

    void resetAndClearAreSilent()
    {
        FakeFaxServer server;
        ServerCache cache(&server);
        Spies spies(&server);
        ServerSettings s;
        s.retries = 9;
        cache.reset({FakeFaxServer::makeJob(1)}, {port(QStringLiteral("a"), 1)}, s, {fax(1)});
        QCOMPARE(cache.jobs().size(), 1);
        QCOMPARE(cache.settings().retries, 9);
        cache.clear();
        QVERIFY(cache.jobs().isEmpty());
        QVERIFY(cache.ports().isEmpty());
        QVERIFY(cache.receivedFaxes().isEmpty());
        QCOMPARE(cache.settings().retries, 9); // settings stay for the next connection
        QCOMPARE(spies.counts(), (Counts{0, 0, 0, 0, 0, 0, 0, 0, 0}));
    }

    void readingIsOrdered()
    {
        FakeFaxServer server;
        ServerCache cache(&server);
        cache.applyJob(FakeFaxServer::makeJob(9));
        cache.applyJob(FakeFaxServer::makeJob(2));
        const QList<Job> first = cache.jobs();
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).id, 2);
        cache.applyJob(FakeFaxServer::makeJob(5));
        QCOMPARE(cache.jobs().size(), 3); // the list follows every change
        QCOMPARE(cache.jobs().at(1).id, 5);
        QCOMPARE(cache.job(5)->id, 5);
        QVERIFY(!cache.job(6));

        cache.applyPort(port(QStringLiteral("z"), 1));
        cache.applyPort(port(QStringLiteral("b"), 2));
        cache.applyPort(port(QStringLiteral("a"), 1));
        QStringList names;
        for (const Port &p : cache.ports())
            names << p.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("a"), QStringLiteral("z"), QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestServerCache)
#include "tst_servercache.moc"
