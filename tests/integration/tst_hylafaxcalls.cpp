// SPDX-License-Identifier: GPL-3.0-or-later
// Real fax calls through a real HylaFAX server (tests/support/hylafaxserverfixture: faxq, hfaxd
// and faxgetty on a spool of the test's own), its modem on one end of the virtual fax line
// (fax_virtualline --back-to-back --serve, up for call after call), faxctl at the other.
// Sending: HylafaxServer submits ITU chart 1 and sees the job dialled, sent and done, and faxctl
// receive gets the page intact. Receiving, on the same faxgetty after that call: faxctl send
// calls the server's modem, the page lands in recvq intact, HylafaxServer lists it with the
// caller's TSI, pages, resolution and time, RETR brings the same file, and the console's Inbox
// (ConsoleSession's ReceivedFaxModel) and Fax Viewer show it. Real time (each call takes about
// 40 s); root only (HylaFAX insists on it).
#include "consolesession.h"
#include "consoletesting.h"
#include "faxitemactions.h"
#include "faxviewerwindow.h"
#include "hylafaxpeer.h"
#include "hylafaxserverfixture.h"
#include "imaging/faxtiff.h"
#include "modelroles.h"
#include "processrun.h"
#include "receivedfaxmodel.h"
#include "server/hylafaxserver.h"
#include "server/operationwait.h"
#include "virtualline_helpers.h"
#include "virtuallineprocess.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
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
const QString kOurTsid = QStringLiteral("+49 30 1234");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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
        // --serve: the line stays up for the next call. Without it the line goes after the
        // first call, and faxgetty, resetting its modem after faxsend had it, waits for ever
        // "for modem to come ready".
        QVERIFY2(m_line.start({QStringLiteral("--back-to-back"), QStringLiteral("--serve"),
                               QStringLiteral("--pty-link"), theirs, QStringLiteral("--pty-link"),
                               m_ours, QStringLiteral("--timeout"), QStringLiteral("900")},
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

    /// After the call above (faxsend had the modem), faxgetty answers again: a fax sent to the
    /// server's modem reaches recvq, the server's listing, the download and the console.
    void faxSentToServerModemReachesRecvqAndInbox()
    {
        // faxgetty takes the modem back from faxsend and sets it up again before it answers.
        const QString statusFile =
            m_hylafax.spool() + QStringLiteral("/status/") + m_hylafax.faxgettyModem();
        QTRY_VERIFY2_WITH_TIMEOUT(
            readAll(statusFile).contains("Running and idle"),
            qPrintable(QString::fromLocal8Bit(readAll(statusFile)) + context()), 60000);

        Fax::Test::RecordingSink sink;
        Fax::Test::ScriptedDialogs dialogs; // none expected: each would be cancelled
        ConsoleSession console(&sink, &dialogs, nullptr,
                               m_dir.filePath(QStringLiteral("console.ini")));
        {
            auto server = open();
            QVERIFY(server);
            console.setServer(std::move(server));
        }
        QTRY_VERIFY_WITH_TIMEOUT(console.isConnected(), kWaitMs);
        FaxServer *server = console.server();
        ReceivedFaxModel *inbox = console.faxModel();
        QAbstractItemModelTester tester(inbox,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(inbox->rowCount(), 0);
        QVERIFY(m_hylafax.receivedFiles().isEmpty());
        QSignalSpy added(server, &FaxServer::receivedFaxAdded);
        QSignalSpy inserted(inbox, &QAbstractItemModel::rowsInserted);
        QList<ConsoleNotification> notes;
        connect(&console, &ConsoleSession::notification, this,
                [&notes](const ConsoleNotification &n) { notes << n; });

        const QDateTime before = QDateTime::currentDateTime().addSecs(-2);
        QElapsedTimer timer;
        timer.start();
        RunningProcess send;
        send.process.start(QStringLiteral(FAXCTL_PATH),
                           {QStringLiteral("--json"), QStringLiteral("send"),
                            QStringLiteral("--device"), m_ours, QStringLiteral("--to"),
                            QStringLiteral("5550150"), QStringLiteral("--tsid"), kOurTsid,
                            QStringLiteral("--lock-dir"), m_dir.path(), chartPath()});
        QVERIFY(send.process.waitForStarted(10000));
        QVERIFY2(send.finish(kCallMs) && send.process.exitCode() == 0,
                 qPrintable(send.describe() + context()));
        const qint64 callMs = timer.elapsed();
        const QJsonObject o = QJsonDocument::fromJson(send.out).object();
        QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("pagesConfirmed")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("remoteId")).toString(), kServerCsid);

        // The server lists the fax once faxgetty has it whole (not while it is receiving).
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, kWaitMs);
        const QDateTime after = QDateTime::currentDateTime().addSecs(2);
        qInfo("faxctl send -> the server's faxgetty: the call took %.1f s, listed %.1f s after "
              "it began",
              callMs / 1000.0, timer.elapsed() / 1000.0);

        // recvq: one file, the chart intact, from our TSI.
        const QStringList files = m_hylafax.receivedFiles();
        QVERIFY2(files.size() == 1, qPrintable(files.join(QLatin1Char(' ')) + context()));
        const QString file = files.first();
        const QByteArray stored = readAll(file);
        QVERIFY(stored.size() > 1000);
        FaxTiffReader reader;
        const Result opened = reader.open(file);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(reader.pageCount(), 1);
        QVERIFY(reader.receivedByOtherProgram());
        QCOMPARE(reader.properties().tsid, kOurTsid);
        const Expected<FaxPage> page = reader.readPage(0);
        QVERIFY2(page, qPrintable(page.error().message));
        QCOMPARE(page->yDpi, 196);
        compareWithChart(page->image, QStringLiteral("the page in recvq"));

        // HylafaxServer's view of it: sender TSI, pages, resolution, time of the call.
        const ReceivedFax fax = added.at(0).at(0).value<ReceivedFax>();
        // recvq/fax000000001.tif is fax 1.
        const QString name = QFileInfo(file).fileName();
        QVERIFY2(fax.id > 0 && name.startsWith(QStringLiteral("fax")) &&
                     name.endsWith(QStringLiteral(".tif")) &&
                     name.mid(3, name.size() - 7).toLongLong() == fax.id,
                 qPrintable(QStringLiteral("fax %1, file %2").arg(fax.id).arg(file)));
        QCOMPARE(fax.tsid, kOurTsid);
        QCOMPARE(fax.pages, 1);
        QCOMPARE(fax.xResolution, 204);
        QCOMPARE(fax.yResolution, 196);
        QVERIFY(!fax.partial);
        QVERIFY2(fax.receiveTime >= before && fax.receiveTime <= after,
                 qPrintable(fax.receiveTime.toString(Qt::ISODate)));
        QCOMPARE(server->receivedFaxes().size(), 1);

        // The console's Inbox shows it, unread, and says a fax came.
        QTRY_COMPARE_WITH_TIMEOUT(inbox->rowCount(), 1, kWaitMs);
        QCOMPARE(inserted.count(), 1);
        const QModelIndex tsid = inbox->index(0, int(ReceivedFaxColumn::Tsid));
        QVERIFY2(tsid.data().toString().contains(kOurTsid), qPrintable(tsid.data().toString()));
        QCOMPARE(inbox->index(0, int(ReceivedFaxColumn::Pages)).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(tsid.data(ReceivedFaxIdRole).toLongLong(), fax.id);
        QCOMPARE(tsid.data(UnreadRole).toBool(), true);
        QCOMPARE(inbox->unreadCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!notes.isEmpty(), kWaitMs);
        QCOMPARE(notes.constLast().title, QStringLiteral("Fax received"));
        // (HylaFAX does not say which modem took it: no "on port" without a port.)
        QVERIFY2(notes.constLast().text.contains(kOurTsid) &&
                     notes.constLast().text.endsWith(QStringLiteral(": 1 page")) &&
                     !notes.constLast().text.contains(QStringLiteral("port")),
                 qPrintable(notes.constLast().text));

        // Downloaded (RETR): the same bytes, the same page.
        const Expected<QString> local = waitFor(server->fetchReceivedFax(fax.id), kWaitMs);
        QVERIFY2(local, qPrintable(local.error().message));
        QVERIFY(!local->startsWith(m_hylafax.spool()));
        QCOMPARE(readAll(*local), stored);
        FaxTiffReader downloaded;
        QVERIFY(downloaded.open(*local));
        QCOMPARE(downloaded.pageCount(), 1);
        const Expected<FaxPage> fetchedPage = downloaded.readPage(0);
        QVERIFY2(fetchedPage, qPrintable(fetchedPage.error().message));
        QCOMPARE(fetchedPage->image, page->image);

        // Opened from the Inbox as the console does: the Fax Viewer shows the page, the fax is
        // read.
        FaxItemActions actions(&console);
        QPointer<FaxViewerWindow> viewer;
        connect(&actions, &FaxItemActions::viewerOpened, this,
                [&viewer](FaxViewerWindow *v) { viewer = v; });
        actions.view(FaxItem::of(*inbox->faxAt(0)), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(viewer, kWaitMs);
        QVERIFY2(sink.errors.isEmpty(), qPrintable(sink.errors.join(QLatin1Char('\n'))));
        QCOMPARE(viewer->pageCount(), 1);
        QCOMPARE(readAll(viewer->filePath()), stored);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->shownImage().isNull(), kWaitMs);
        QVERIFY(viewer->problemText().isEmpty());
        QCOMPARE(inbox->unreadCount(), 0);
        delete viewer.data();
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
