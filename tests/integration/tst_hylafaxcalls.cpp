// SPDX-License-Identifier: GPL-3.0-or-later
// Real fax calls through a real HylaFAX server (tests/support/hylafaxserverfixture: faxq, hfaxd
// and faxgetty on a spool of the test's own), its modem on one end of the virtual fax line
// (fax_virtualline --back-to-back), faxctl at the other. HylafaxServer submits ITU chart 1 and
// sees the job dialled, sent and done, and faxctl receive gets the page intact. Real time (the
// call takes about 40 s); root only (HylaFAX insists on it).
#include "hylafaxpeer.h"
#include "hylafaxserverfixture.h"
#include "imaging/faxtiff.h"
#include "processrun.h"
#include "server/hylafaxserver.h"
#include "server/operationwait.h"
#include "virtualline_helpers.h"
#include "virtuallineprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Fax;
using Fax::Test::HylafaxPeer;
using Fax::Test::HylafaxServerFixture;
using Fax::Test::RunningProcess;
using Fax::VirtualLineTest::bestMismatch;
using Fax::VirtualLineTest::Page;
using Fax::VirtualLineTest::pageFromImage;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

constexpr int kCallMs = 240 * 1000; // a one-page call takes ~30 s; allow for a loaded machine
constexpr int kWaitMs = 20000;
const QString kServerCsid = QStringLiteral("+1 555 0150");
const QString kOurCsid = QStringLiteral("+49 30 999");

QString chartPath()
{
    return QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
}

/// The first page of a fax TIFF.
Expected<FaxPage> firstPage(const QString &path)
{
    FaxTiffReader reader;
    if (Result r = reader.open(path); !r)
        return r.error();
    return reader.readPage(0);
}

/// Waits up to ms for process to end (it may have ended while the event loop ran); true when it
/// ended normally.
bool ended(RunningProcess &p, int ms)
{
    if (p.process.state() != QProcess::NotRunning && !p.process.waitForFinished(ms))
        return false;
    p.collect();
    return p.process.exitStatus() == QProcess::NormalExit;
}

} // namespace

class TestHylafaxCalls final : public QObject
{
    Q_OBJECT

public:
    // faxgetty finds its modem from a device id that turns '_' into '/': no '_' in the folder.
    TestHylafaxCalls()
        : m_dir((QDir::tempPath().contains(QLatin1Char('_')) ? QStringLiteral("/tmp")
                                                             : QDir::tempPath()) +
                QStringLiteral("/hylafaxcalls-XXXXXX"))
    {
    }

private:
    /// The received page is the chart, but for the band where a sender prints its header.
    void compareWithChart(const QImage &image, const QString &what)
    {
        QCOMPARE(image.width(), m_chart.image.width());
        QVERIFY2(qAbs(image.height() - m_chart.image.height()) <= 8,
                 qPrintable(QStringLiteral("%1: %2 rows").arg(what).arg(image.height())));
        const Page want = pageFromImage(m_chart.image);
        const Page got = pageFromImage(image);
        int shift = 0;
        const double mismatch = bestMismatch(want, got, 8, &shift, 120);
        qInfo("%s: %.5f of the chart's black pixels differ (rows shifted by %d)", qPrintable(what),
              mismatch, shift);
        QVERIFY2(mismatch < 0.01, qPrintable(what));
    }

    std::unique_ptr<HylafaxServer> open()
    {
        HylafaxServer::Options o;
        o.settingsFile = m_dir.filePath(QStringLiteral("hylafax.ini"));
        o.downloadDirectory = m_dir.filePath(QStringLiteral("downloads"));
        o.dataDirectory = m_dir.filePath(QStringLiteral("data"));
        auto server = std::make_unique<HylafaxServer>(m_hylafax.adminSettings(), o);
        const Result r = waitFor(server->connectToServer(), kWaitMs);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? std::move(server) : nullptr;
    }

    QString context() { return m_hylafax.describe() + m_hylafax.sessionLogs().right(4000); }

    QTemporaryDir m_dir;
    HylafaxServerFixture m_hylafax;
    VirtualLineProcess m_line;
    bool m_lineStarted = false;
    QString m_ours; ///< the line's other end, for faxctl
    FaxPage m_chart;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        const QString unavailable = HylafaxServerFixture::unavailableReason();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        QVERIFY2(VirtualLineProcess::isBuilt(), "fax_virtualline is not built");
        const Expected<FaxPage> chart = firstPage(chartPath());
        QVERIFY2(chart, qPrintable(chart.error().message));
        m_chart = *chart;

        QString error;
        QVERIFY2(HylafaxPeer::openToFaxUser(m_dir.path(), &error), qPrintable(error));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("server"))));
        QVERIFY2(m_hylafax.start(m_dir.filePath(QStringLiteral("server")), &error),
                 qPrintable(error));
        // The fixture sends jobs for "any" modem to modems whose name ends in "line".
        const QString theirs = m_dir.filePath(QStringLiteral("faxline"));
        m_ours = m_dir.filePath(QStringLiteral("ttyB"));
        QVERIFY2(m_line.start({QStringLiteral("--back-to-back"), QStringLiteral("--pty-link"),
                               theirs, QStringLiteral("--pty-link"), m_ours,
                               QStringLiteral("--timeout"), QStringLiteral("600")},
                              m_dir.filePath(QStringLiteral("virtualline.log"))),
                 qPrintable(m_line.errorString()));
        m_lineStarted = true;
        // It resets and sets up the modem (~10 s), then says it is idle.
        QVERIFY2(m_hylafax.startFaxgetty(theirs, kServerCsid, 60000, &error), qPrintable(error));
    }

    void submittedJobIsDialledSentAndDone()
    {
        auto server = open();
        QVERIFY(server);
        const QString inbox = m_dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        RunningProcess receive;
        receive.process.start(QStringLiteral(FAXCTL_PATH),
                              {QStringLiteral("--json"), QStringLiteral("receive"),
                               QStringLiteral("--device"), m_ours, QStringLiteral("--rings"),
                               QStringLiteral("1"), QStringLiteral("--once"), QStringLiteral("-o"),
                               inbox, QStringLiteral("--csid"), kOurCsid,
                               QStringLiteral("--lock-dir"), m_dir.path()});
        QVERIFY(receive.process.waitForStarted(10000));
        QVERIFY2(receive.waitFor("waiting for a call", true, 30000),
                 qPrintable(receive.describe()));

        QList<QueueStatus> statuses;
        QList<DeviceStatus> devices;
        connect(server.get(), &FaxServer::jobChanged, this, [&](const Job &job) {
            if (statuses.isEmpty() || statuses.constLast() != job.queueStatus)
                statuses << job.queueStatus;
            if (devices.isEmpty() || devices.constLast() != job.deviceStatus)
                devices << job.deviceStatus;
        });
        FaxDocument doc;
        doc.files << chartPath();
        Party far;
        far.name = QStringLiteral("Far End");
        far.faxNumber = QStringLiteral("123");
        doc.recipients << far;
        SubmitOperation *op = server->submit(doc);
        QList<JobId> ids;
        connect(op, &FaxOperation::succeeded, this, [&] { ids = op->jobIds(); });
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitFor(op, kWaitMs));
        QCOMPARE(ids.size(), 1);
        const JobId id = ids.at(0);
        QTRY_VERIFY2_WITH_TIMEOUT(server->job(id) && isFinal(server->job(id)->queueStatus),
                                  qPrintable(context()), kCallMs);
        qInfo("job %lld done %.1f s after the submission; statuses seen: %s", id,
              timer.elapsed() / 1000.0, qPrintable([&] {
                  QStringList s;
                  for (QueueStatus q : statuses)
                      s << displayName(q);
                  return s.join(QStringLiteral(", "));
              }()));
        const Job job = *server->job(id);
        QVERIFY2(job.queueStatus == QueueStatus::Completed, qPrintable(job.lastError));
        QVERIFY(statuses.contains(QueueStatus::InProgress));
        QCOMPARE(job.pagesSent, 1);
        QCOMPARE(job.deviceStatus, DeviceStatus::Completed);

        QVERIFY2(ended(receive, 60000) && receive.process.exitCode() == 0,
                 qPrintable(receive.describe()));
        const QJsonObject o = QJsonDocument::fromJson(receive.out.trimmed()).object();
        QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("partial")).toBool(), false);
        const Expected<FaxPage> page = firstPage(o.value(QStringLiteral("file")).toString());
        QVERIFY2(page, qPrintable(page.error().message));
        compareWithChart(page->image, QStringLiteral("the page faxctl received"));
    }

    void cleanupTestCase()
    {
        m_hylafax.stop();
        if (m_lineStarted)
            m_line.finish(10000);
    }
};

QTEST_MAIN(TestHylafaxCalls)
#include "tst_hylafaxcalls.moc"
