// SPDX-License-Identifier: GPL-3.0-or-later
// A job with a cover page and Branding on, sent by the local engine with its own modem driver
// over the virtual line to spandsp's fax terminal: the far end receives the cover page first,
// filled with the recipient's and sender's fields, and every page branded - the very pages
// SendPreparation makes for the same job (what a preview shows). A retry after a call whose
// document page went out unconfirmed sends that page alone: the cover page counts as the job's
// page 1. Real time.

#include "cover/sendpreparation.h"
#include "imaging/branding.h"
#include "imaging/faxtiff.h"
#include "queue/clock.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"
#include "virtualline_helpers.h"
#include "virtuallineprocess.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Fax;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

const int kSessionMs = 300 * 1000;

QString chartOne()
{
    return QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
}

} // namespace

class TestEngineCover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!VirtualLineProcess::isBuilt())
            QSKIP("fax_virtualline is not built");
        QVERIFY(m_dir.isValid());
        Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
    }

    void coverFirstEveryPageBranded()
    {
        const QString link = m_dir.filePath(QStringLiteral("ttyFAXcover"));
        const QString received = m_dir.filePath(QStringLiteral("received.tif"));
        VirtualLineProcess line;
        QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                             link, QStringLiteral("--terminal"), QStringLiteral("receive"),
                             QStringLiteral("--receive-file"), received,
                             QStringLiteral("--timeout"), QStringLiteral("300")},
                            m_dir.filePath(QStringLiteral("virtualline.log"))),
                 qPrintable(line.errorString()));

        LocalFaxServer::Options o;
        o.dataDirectory = m_dir.filePath(QStringLiteral("data"));
        o.pollIntervalMs = 100;
        LocalFaxServer server(ConnectionSettings(), o);
        QVERIFY(waitFor(server.connectToServer()));
        QVERIFY(server.settings().branding); // on by default, as Windows has it
        const Port p = port(link);
        QVERIFY(waitFor(server.addPort(p)));

        FaxDocument d;
        d.files = {chartOne()};
        d.coverPage = QStringLiteral("general");
        Party r;
        r.name = QStringLiteral("Dr. Maria Reyes");
        r.company = QStringLiteral("Riverside Clinic");
        r.faxNumber = QStringLiteral("555 0100");
        r.officePhone = QStringLiteral("555 0101");
        d.recipients << r;
        d.sender.name = QStringLiteral("Thomas Becker");
        d.sender.company = QStringLiteral("Becker & Partner");
        d.sender.faxNumber = QStringLiteral("+49 30 5550 199");
        d.sender.email = QStringLiteral("t.becker@example.org");
        d.subject = QStringLiteral("Signed lease agreement");
        d.note = QStringLiteral("Please countersign page 4 and fax it back by Friday.");
        const auto ids = waitFor(server.submit(d));
        QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
        const JobId id = ids->first();
        server.poll();
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(server.job(id)->queueStatus), kSessionMs);
        line.waitForResult(30000);
        const Job job = *server.job(id);
        QVERIFY2(job.queueStatus == QueueStatus::Completed,
                 qPrintable(enumKey(job.queueStatus) + QLatin1Char(' ') + job.lastError +
                            QLatin1Char('\n') + line.describe()));
        QCOMPARE(job.pagesSent, 2);
        QCOMPARE(job.pagesTotal, 2);

        // What the engine should have sent: the same job's pages made the same way.
        SendDocument expected;
        expected.files = {chartOne()};
        expected.coverPage = QStringLiteral(FAX_SOURCE_DIR "/resources/covers/general.coverpage");
        expected.recipient = r;
        expected.sender = d.sender;
        expected.subject = d.subject;
        expected.note = d.note;
        expected.brandingFormat = Branding::defaultFormat();
        expected.stationId = p.tsid;
        expected.sendTime = job.started;
        expected.jobId = id;
        const QString expectedTiff = m_dir.filePath(QStringLiteral("expected.tif"));
        const auto prepared = SendPreparation::prepare(expected, expectedTiff);
        QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
        QCOMPARE(prepared->pages, 2);
        QCOMPARE(prepared->coverPages, 1);

        QString error;
        const auto want = VirtualLineTest::readTiffPages(expectedTiff, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto got = VirtualLineTest::readTiffPages(received, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(got.size(), 2);
        for (int i = 0; i < 2; ++i) {
            // The whole page, branding band included (spandsp adds no header of its own).
            const double mismatch = VirtualLineTest::bestMismatch(want.at(i), got.at(i), 4);
            QVERIFY2(mismatch < 0.01, qPrintable(QStringLiteral("page %1: %2 of its black pixels "
                                                                "differ")
                                                     .arg(i + 1)
                                                     .arg(mismatch)));
            // Every page carries the branding line: black pixels in its band.
            QVERIFY2(got.at(i).blackPixels(0) - got.at(i).blackPixels(Branding::bandLines(196)) >
                         200,
                     qPrintable(QStringLiteral("page %1 has no branding line").arg(i + 1)));
        }
        // The cover page is not chart 1: it is the one drawn for this recipient.
        QVERIFY(VirtualLineTest::bestMismatch(
                    VirtualLineTest::readTiffPages(chartOne(), &error).at(0), got.at(0), 4) > 0.3);
    }

    // Class 2.0 as T.32 has it (no +FPS report after a page) and a far end that drops the line
    // as soon as the second page's EOP reached it: the cover page was confirmed, the outcome of
    // the document's page is unknown. The retry sends only the document's page - the cover page
    // is the job's page 1, confirmed, and never reaches the far end twice - and that page is the
    // one SendPreparation makes as page 2 of 2.
    void retryAfterConfirmedCoverSendsOnlyTheDocument()
    {
        const QString link = m_dir.filePath(QStringLiteral("ttyFAXcoverretry"));
        const QString first = m_dir.filePath(QStringLiteral("first-call.tif"));
        const QString second = m_dir.filePath(QStringLiteral("second-call.tif"));
        const QStringList modem{QStringLiteral("--class"),       QStringLiteral("2.0"),
                                QStringLiteral("--page-status"), QStringLiteral("result"),
                                QStringLiteral("--page-end"),    QStringLiteral("dle")};
        const QStringList receive{QStringLiteral("--modem-to-terminal"),
                                  QStringLiteral("--pty-link"),
                                  link,
                                  QStringLiteral("--terminal"),
                                  QStringLiteral("receive"),
                                  QStringLiteral("--timeout"),
                                  QStringLiteral("300")};
        auto line = std::make_unique<VirtualLineProcess>();
        QVERIFY2(line->start(receive + modem +
                                 QStringList{QStringLiteral("--receive-file"), first,
                                             QStringLiteral("--hangup-after-pages"),
                                             QStringLiteral("2")},
                             m_dir.filePath(QStringLiteral("virtualline-first.log"))),
                 qPrintable(line->errorString()));

        ManualClock clock(QDateTime::currentDateTime());
        LocalFaxServer::Options o;
        o.dataDirectory = m_dir.filePath(QStringLiteral("data-retry"));
        o.pollIntervalMs = 100;
        o.clock = &clock; // the retry comes when the test says so
        LocalFaxServer server(ConnectionSettings(), o);
        QVERIFY(waitFor(server.connectToServer()));
        Port p = port(link);
        p.modemClass = FaxClass::Class20;
        QVERIFY(waitFor(server.addPort(p)));

        FaxDocument d;
        d.files = {chartOne()};
        d.coverPage = QStringLiteral("general");
        Party r;
        r.name = QStringLiteral("Dr. Maria Reyes");
        r.faxNumber = QStringLiteral("555 0100");
        d.recipients << r;
        d.sender.name = QStringLiteral("Thomas Becker");
        d.subject = QStringLiteral("Signed lease agreement");
        const auto ids = waitFor(server.submit(d));
        QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
        const JobId id = ids->first();
        server.poll();
        QVERIFY(waitForAttempt(server, id, 1));
        QVERIFY(line->waitForResult(30000));
        QCOMPARE(line->result().value(QStringLiteral("result")),
                 QStringLiteral("hangup-after-pages"));
        Job job = *server.job(id);
        const QString what = enumKey(job.queueStatus) + QLatin1Char(' ') +
                             enumKey(job.deviceStatus) + QLatin1Char(' ') + job.lastError;
        QVERIFY2(job.queueStatus == QueueStatus::Retrying, qPrintable(what));
        QVERIFY2(job.deviceStatus == DeviceStatus::OutcomeUnknown, qPrintable(what));
        QCOMPARE(job.pagesSent, 1); // the cover page
        QCOMPARE(job.pagesTotal, 2);
        QVERIFY2(job.lastError.endsWith(QStringLiteral("The retry starts at page 2: page 1 "
                                                       "was confirmed.")),
                 qPrintable(job.lastError));
        QTRY_COMPARE_WITH_TIMEOUT(server.ports().at(0).state, PortState::Idle, 30000);
        line.reset();

        line = std::make_unique<VirtualLineProcess>();
        QVERIFY2(
            line->start(receive + modem + QStringList{QStringLiteral("--receive-file"), second},
                        m_dir.filePath(QStringLiteral("virtualline-second.log"))),
            qPrintable(line->errorString()));
        clock.set(job.nextAttempt.addSecs(1));
        server.poll();
        QVERIFY(waitForAttempt(server, id, 2));
        QVERIFY(line->waitForResult(30000));
        job = *server.job(id);
        QVERIFY2(job.queueStatus == QueueStatus::Completed,
                 qPrintable(enumKey(job.queueStatus) + QLatin1Char(' ') + job.lastError +
                            QLatin1Char('\n') + line->describe()));
        QCOMPARE(job.pagesSent, 2);
        QCOMPARE(job.pagesTotal, 2);
        QCOMPARE(line->result().value(QStringLiteral("pages")), QStringLiteral("1"));

        // The retry's one page is the document's, made as the job's page 2 of 2.
        SendDocument expected;
        expected.files = {chartOne()};
        expected.coverPage = QStringLiteral(FAX_SOURCE_DIR "/resources/covers/general.coverpage");
        expected.recipient = r;
        expected.sender = d.sender;
        expected.subject = d.subject;
        expected.brandingFormat = Branding::defaultFormat();
        expected.stationId = p.tsid;
        expected.sendTime = job.started;
        expected.jobId = id;
        const QString expectedTiff = m_dir.filePath(QStringLiteral("expected-retry.tif"));
        const auto prepared = SendPreparation::prepare(expected, expectedTiff);
        QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
        QString error;
        const auto want = VirtualLineTest::readTiffPages(expectedTiff, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto got = VirtualLineTest::readTiffPages(second, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(want.size(), 2);
        QCOMPARE(got.size(), 1);
        QVERIFY(VirtualLineTest::bestMismatch(want.at(1), got.at(0), 4) < 0.01);
        QVERIFY(VirtualLineTest::bestMismatch(want.at(0), got.at(0), 4) > 0.3);
    }

private:
    static Port port(const QString &link)
    {
        Port p;
        p.name = QStringLiteral("virtual");
        p.devicePath = link;
        p.flowControl = QStringLiteral("none");
        p.tsid = QStringLiteral("+49 30 1234");
        p.receiveMode = ReceiveMode::Off;
        return p;
    }

    /// Waits until the job's attempt `tries` is over, whatever its outcome.
    static bool waitForAttempt(LocalFaxServer &server, JobId id, int tries)
    {
        QSignalSpy changed(&server, &FaxServer::jobChanged);
        QDeadlineTimer deadline(kSessionMs);
        while (!deadline.hasExpired()) {
            const Job job = *server.job(id);
            if (job.tries >= tries && !isRunning(job.queueStatus))
                return true;
            changed.wait(1000);
        }
        return false;
    }

    static bool isRunning(QueueStatus s)
    {
        return s == QueueStatus::Pending || s == QueueStatus::InProgress;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestEngineCover)
#include "tst_enginecover.moc"
