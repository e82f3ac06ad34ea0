// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveOutboundFaxes in the local engine: each sent fax is copied as a fax TIFF (the pages as
// sent, with the FaxTiff properties of the send) into ArchiveDirectory, under names that never
// collide, complete or not at all; a failure to archive leaves the delivered fax delivered.
#include "localserverfixture.h"

#include "imaging/faxtiff.h"
#include "server/outboundarchive.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Fax;
using namespace Fax::Test;

namespace {

QString chartOne()
{
    return QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
}

} // namespace

class TestOutboundArchive : public QObject, private LocalServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void sentFaxIsArchived()
    {
        auto server = openWithLine();
        const QString archive = m_tmp->filePath(QStringLiteral("sent-faxes"));
        ServerSettings s = server->settings();
        s.archiveOutboundFaxes = true;
        s.archiveDirectory = archive;
        QVERIFY(waitFor(server->setSettings(s)));
        FaxDocument d = chartDoc();
        Party second;
        second.name = QStringLiteral("Carol");
        second.faxNumber = QStringLiteral("555 0199");
        d.recipients << second;
        const auto ids = waitFor(server->submit(d));
        QVERIFY(ids);
        server->poll();
        for (JobId id : *ids)
            QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
        QTRY_COMPARE(archived(archive).size(), 2);
        const QStringList files = archived(archive);
        QVERIFY(files.at(0) != files.at(1));
        // Nothing half-written is left beside them.
        QCOMPARE(QDir(archive).entryList(QDir::Files | QDir::Hidden).size(), 2);

        QHash<qint64, FaxTiffProperties> byJob;
        for (const QString &name : files) {
            FaxTiffReader reader;
            QVERIFY2(reader.open(QDir(archive).filePath(name)).ok(), qPrintable(name));
            QCOMPARE(reader.pageCount(), 1);
            QCOMPARE(reader.pageInfo(0).width, 1728);
            QVERIFY(reader.pageInfo(0).lines > 1000);
            byJob.insert(reader.properties().jobId, reader.properties());
            QVERIFY2(name.contains(QStringLiteral("job%1").arg(reader.properties().jobId)),
                     qPrintable(name));
        }
        for (JobId id : *ids) {
            QVERIFY(byJob.contains(id));
            const FaxTiffProperties p = byJob.value(id);
            const Job job = *server->job(id);
            QVERIFY(!p.received);
            QCOMPARE(p.tsid, QStringLiteral("+49 30 1234"));
            QCOMPARE(p.port, QStringLiteral("modem1"));
            QCOMPARE(p.sender, QStringLiteral("Bob"));
            QCOMPARE(p.subject, QStringLiteral("Chart"));
            QCOMPARE(p.time, job.finished.toUTC());
            QVERIFY2(p.recipient.contains(job.recipientName) &&
                         p.recipient.contains(job.recipientNumber),
                     qPrintable(p.recipient));
            QVERIFY(job.lastError.isEmpty());
        }
    }

    void defaultFolderIsInTheDataDirectory()
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.archiveOutboundFaxes = true;
        QVERIFY(waitFor(server->setSettings(s)));
        const JobId id = submitOne(*server, chartDoc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
        const QString archive = OutboundArchive::defaultDirectory(m_dataDir);
        QCOMPARE(archive, m_dataDir + QStringLiteral("/archive"));
        QTRY_COMPARE(archived(archive).size(), 1);
    }

    void notArchivedWhenOff()
    {
        auto server = openWithLine();
        const JobId off = submitOne(*server, chartDoc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, off), QueueStatus::Completed);
        // A later job with archiving on is the marker that the first one made no copy.
        ServerSettings s = server->settings();
        s.archiveOutboundFaxes = true;
        QVERIFY(waitFor(server->setSettings(s)));
        const JobId on = submitOne(*server, chartDoc());
        server->poll();
        const QString archive = OutboundArchive::defaultDirectory(m_dataDir);
        QTRY_COMPARE(archived(archive).size(), 1);
        QVERIFY2(archived(archive).at(0).contains(QStringLiteral("job%1").arg(on)),
                 qPrintable(archived(archive).at(0)));
    }

    void failedJobIsNotArchived()
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.archiveOutboundFaxes = true;
        QVERIFY(waitFor(server->setSettings(s)));
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        line->queueOutcome(Outcomes::fatal());
        const JobId failed = submitOne(*server, chartDoc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, failed), QueueStatus::Failed);
        const JobId sent = submitOne(*server, chartDoc());
        server->poll();
        const QString archive = OutboundArchive::defaultDirectory(m_dataDir);
        QTRY_COMPARE(archived(archive).size(), 1);
        QVERIFY(archived(archive).at(0).contains(QStringLiteral("job%1").arg(sent)));
    }

    void archiveFailureKeepsTheJobDelivered()
    {
        auto server = openWithLine();
        // A file where the folder should be: the folder cannot be made.
        const QString blocker = m_tmp->filePath(QStringLiteral("not-a-folder"));
        QVERIFY(writeFile(blocker, "x"));
        ServerSettings s = server->settings();
        s.archiveOutboundFaxes = true;
        s.archiveDirectory = blocker + QStringLiteral("/sent");
        QVERIFY(waitFor(server->setSettings(s)));
        const JobId id = submitOne(*server, chartDoc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
        QTRY_VERIFY(!server->job(id)->lastError.isEmpty());
        const Job j = *server->job(id);
        QCOMPARE(j.queueStatus, QueueStatus::Completed);
        QCOMPARE(j.deviceStatus, DeviceStatus::Completed);
        QVERIFY2(j.lastError.contains(QStringLiteral("not archived")), qPrintable(j.lastError));
        QVERIFY2(j.lastError.contains(blocker), qPrintable(j.lastError));
        QVERIFY2(j.lastError.contains(QString::number(id)), qPrintable(j.lastError));
    }

    void unconvertibleDocumentIsReported()
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.archiveOutboundFaxes = true;
        QVERIFY(waitFor(server->setSettings(s)));
        // The fixture's documents are random bytes: the test line "sends" them, the archive
        // cannot convert them, and says so without failing the job.
        const JobId id = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
        QTRY_VERIFY(!server->job(id)->lastError.isEmpty());
        QVERIFY(server->job(id)->lastError.contains(QStringLiteral("not archived")));
        // No partial file stays behind.
        const QString archive = OutboundArchive::defaultDirectory(m_dataDir);
        QCOMPARE(QDir(archive).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void namesNeverCollide()
    {
        const QString dir = m_tmp->filePath(QStringLiteral("collide"));
        OutboundArchive::Request r;
        r.document.files = {chartOne()};
        r.directory = dir;
        r.job.id = 7;
        r.job.recipientNumber = QStringLiteral("555");
        r.time = QDateTime(QDate(2026, 3, 10), QTime(11, 0), Qt::UTC);
        const auto first = OutboundArchive::write(r);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(QFileInfo(*first).fileName(), QStringLiteral("sent-20260310-110000-job7.tif"));
        const QByteArray before = readFile(*first);
        // The same job id at the same second (another engine sharing the folder).
        const auto second = OutboundArchive::write(r);
        QVERIFY(second);
        QCOMPARE(QFileInfo(*second).fileName(), QStringLiteral("sent-20260310-110000-job7-2.tif"));
        QCOMPARE(readFile(*first), before);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

private:
    FaxDocument chartDoc() const
    {
        FaxDocument d = doc(QStringLiteral("+49 30 555 0100"), QStringLiteral("Alice"));
        d.files = {chartOne()};
        d.subject = QStringLiteral("Chart");
        d.tsid = QStringLiteral("+49 30 1234");
        return d;
    }

    static QStringList archived(const QString &dir)
    {
        return QDir(dir).entryList({QStringLiteral("sent-*.tif")}, QDir::Files, QDir::Name);
    }
};

QTEST_GUILESS_MAIN(TestOutboundArchive)
#include "tst_outboundarchive.moc"
