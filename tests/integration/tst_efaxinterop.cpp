// SPDX-License-Identifier: GPL-3.0-or-later
// Interoperation with efax, a fax program we did not write, over two spandsp T.31 modems back
// to back (fax_virtualline --back-to-back): faxctl send to a receiving efax, and efax sending
// to faxctl receive. Real time: each call takes about as long as on a real line (~40 s).

#include "processrun.h"
#include "virtualline_helpers.h"
#include "virtuallineprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Fax::VirtualLineTest;
using Fax::Test::RunningProcess;

namespace {

const int kSessionMs = 240 * 1000; // a one-page call is ~40 s; allow for a loaded machine

QString testData(const char *name)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/") + QLatin1String(name);
}

QString tail(const QString &path, int lines = 30)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log %1)").arg(path);
    const QList<QByteArray> all = file.readAll().split('\n');
    return QString::fromLocal8Bit(all.mid(std::max<qsizetype>(0, all.size() - lines)).join('\n'));
}

} // namespace

/// faxctl send/receive against efax over the back-to-back virtual line.
class TestEfaxInterop final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void faxctlSendsToEfax();
    void efaxSendsToFaxctl();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool startLine(VirtualLineProcess &line, const QString &a, const QString &b);
    void startEfax(QProcess &efax, const QStringList &arguments, const QString &log);
    QStringList lineOptions() const
    {
        return {QStringLiteral("--flow"), QStringLiteral("none"), QStringLiteral("--lock-dir"),
                m_locks};
    }
    void comparePage(const QString &file, int maxShift);

    QTemporaryDir m_dir;
    QString m_locks;
    QString m_efax;
    QString m_chart1Fax; // efax's own format, made by efix from ITU chart 1
    Page m_chart1;
};

void TestEfaxInterop::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
    QVERIFY2(QFileInfo::exists(QStringLiteral(FAXCTL_PATH)), FAXCTL_PATH);
    QVERIFY2(VirtualLineProcess::isBuilt(),
             "fax_virtualline is not built: build the target fax_virtualline");
    m_efax = QStandardPaths::findExecutable(QStringLiteral("efax"));
    const QString efix = QStandardPaths::findExecutable(QStringLiteral("efix"));
    QVERIFY2(!m_efax.isEmpty() && !efix.isEmpty(),
             "efax/efix not found: install the Debian package efax");
    m_locks = path(QStringLiteral("locks"));
    QVERIFY(QDir().mkpath(m_locks));

    QString error;
    const QList<Page> chart = readTiffPages(testData("itu1.tif"), &error);
    QVERIFY2(chart.size() == 1, qPrintable(error));
    m_chart1 = chart.first();

    // efix reads MH TIFF but not the chart's G4: re-code it, then let efix make efax's format.
    const QString mh = path(QStringLiteral("chart1-mh.tif"));
    QVERIFY2(writeMhTiff(testData("itu1.tif"), mh, &error), qPrintable(error));
    QProcess efixProcess;
    efixProcess.start(efix, {QStringLiteral("-i"), QStringLiteral("tiffg3"), QStringLiteral("-o"),
                             QStringLiteral("fax"), QStringLiteral("-n"),
                             path(QStringLiteral("chart1.%03d")), mh});
    QVERIFY(efixProcess.waitForFinished(30000));
    QCOMPARE(efixProcess.exitCode(), 0);
    m_chart1Fax = path(QStringLiteral("chart1.001"));
    QVERIFY2(QFileInfo(m_chart1Fax).size() > 10000, qPrintable(m_chart1Fax));
}

bool TestEfaxInterop::startLine(VirtualLineProcess &line, const QString &a, const QString &b)
{
    return line.start({QStringLiteral("--back-to-back"), QStringLiteral("--pty-link"), a,
                       QStringLiteral("--pty-link"), b, QStringLiteral("--timeout"),
                       QStringLiteral("300")},
                      path(QFileInfo(a).fileName() + QStringLiteral("-line.log")));
}

void TestEfaxInterop::startEfax(QProcess &efax, const QStringList &arguments, const QString &log)
{
    efax.setProcessChannelMode(QProcess::MergedChannels);
    efax.setStandardOutputFile(log);
    // -o1: Class 1 (spandsp's modem offers nothing else); -v: log errors, warnings, session
    // parameters, negotiation and modem responses for the failure messages.
    efax.start(m_efax, QStringList{QStringLiteral("-o1"), QStringLiteral("-vewinrmf")} + arguments);
    efax.waitForStarted(10000);
}

void TestEfaxInterop::comparePage(const QString &file, int maxShift)
{
    QString error;
    const QList<Page> pages = readTiffPages(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pages.size(), 1);
    const Page &received = pages.first();
    QCOMPARE(received.width, m_chart1.width);
    // Same page length within a few rows (fax programs add or drop rows at the edges).
    QVERIFY2(qAbs(received.height - m_chart1.height) <= maxShift,
             qPrintable(QStringLiteral("%1: %2 rows, the chart has %3")
                            .arg(file)
                            .arg(received.height)
                            .arg(m_chart1.height)));
    const double chartShare = double(m_chart1.blackPixels()) / m_chart1.pixels.size();
    const double share = double(received.blackPixels()) / received.pixels.size();
    int shift = 0;
    const double mismatch = bestMismatch(m_chart1, received, maxShift, &shift);
    qInfo("%s: %dx%d (chart %dx%d), black share %.4f (chart %.4f), %.4f of the chart's black "
          "pixels differ (rows shifted by %d)",
          qPrintable(QFileInfo(file).fileName()), received.width, received.height, m_chart1.width,
          m_chart1.height, share, chartShare, mismatch, shift);
    QVERIFY2(
        qAbs(share - chartShare) < 0.005 * chartShare + 0.002,
        qPrintable(
            QStringLiteral("%1: black share %2, chart %3").arg(file).arg(share).arg(chartShare)));
    QVERIFY2(mismatch < 0.01,
             qPrintable(QStringLiteral("%1: %2 of the black pixels differ from the chart")
                            .arg(file)
                            .arg(mismatch)));
}

void TestEfaxInterop::faxctlSendsToEfax()
{
    const QString a = path(QStringLiteral("ttySendA"));
    const QString b = path(QStringLiteral("ttySendB"));
    VirtualLineProcess line;
    QVERIFY2(startLine(line, a, b), qPrintable(line.errorString()));

    // efax answers the RING on B itself (ATA); it sets the modem up before faxctl dials.
    const QString pattern = path(QStringLiteral("efax-rx"));
    const QString efaxLog = path(QStringLiteral("efax-receive.log"));
    QProcess efax;
    startEfax(efax,
              {QStringLiteral("-d"), b, QStringLiteral("-l"), QStringLiteral("+1 555 0123"),
               QStringLiteral("-r"), pattern},
              efaxLog);
    QVERIFY2(efax.state() == QProcess::Running, qPrintable(tail(efaxLog)));

    RunningProcess send;
    QElapsedTimer timer;
    timer.start();
    send.process.start(QStringLiteral(FAXCTL_PATH),
                       QStringList{QStringLiteral("--json"), QStringLiteral("send"),
                                   QStringLiteral("--device"), a, QStringLiteral("--to"),
                                   QStringLiteral("123"), QStringLiteral("--tsid"),
                                   QStringLiteral("+49 30 1234"), testData("itu1.tif")} +
                           lineOptions());
    QVERIFY(send.process.waitForStarted(10000));
    const bool sent = send.finish(kSessionMs);
    const qint64 sendMs = timer.elapsed();
    const bool efaxDone = efax.waitForFinished(60000);
    line.finish(30000);
    qInfo("faxctl send -> efax: faxctl ran %.1f s, efax exit %d, the call lasted %s s",
          sendMs / 1000.0, efax.exitCode(),
          qPrintable(line.result().value(QStringLiteral("seconds"))));
    QVERIFY2(sent && send.process.exitCode() == 0,
             qPrintable(send.describe() + QStringLiteral("\nefax:\n") + tail(efaxLog)));
    const QJsonObject o = QJsonDocument::fromJson(send.out).object();
    QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("pagesConfirmed")).toInt(), 1);
    // efax has no ECM: the session must have fallen back to plain T.4.
    QCOMPARE(o.value(QStringLiteral("session")).toObject().value(QStringLiteral("ecm")).toBool(),
             false);
    const QJsonObject session = o.value(QStringLiteral("session")).toObject();
    QCOMPARE(session.value(QStringLiteral("rate")).toString(), QStringLiteral("V.17 14400"));
    QCOMPARE(session.value(QStringLiteral("compression")).toString(), QStringLiteral("mh"));
    QCOMPARE(session.value(QStringLiteral("resolution")).toString(), QStringLiteral("fine"));
    QCOMPARE(o.value(QStringLiteral("remoteId")).toString(), QStringLiteral("+1 555 0123"));
    QVERIFY2(QString::fromUtf8(send.err).contains(QStringLiteral("page 1 of 1 confirmed")),
             qPrintable(send.describe()));
    QVERIFY2(
        efaxDone && efax.exitCode() == 0,
        qPrintable(QStringLiteral("efax exit %1\n%2").arg(efax.exitCode()).arg(tail(efaxLog))));
    QFile log(efaxLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray efaxText = log.readAll();
    QVERIFY2(efaxText.contains("+49 30 1234"), qPrintable(tail(efaxLog))); // our TSI reached it

    // efax stores each page as <pattern>.NNN (a G3 TIFF).
    QVERIFY2(QFileInfo::exists(pattern + QStringLiteral(".001")), qPrintable(tail(efaxLog)));
    QVERIFY(!QFileInfo::exists(pattern + QStringLiteral(".002")));
    comparePage(pattern + QStringLiteral(".001"), 40);
    QVERIFY(QDir(m_locks).entryList(QDir::Files).isEmpty());
}

void TestEfaxInterop::efaxSendsToFaxctl()
{
    const QString a = path(QStringLiteral("ttyReceiveA"));
    const QString b = path(QStringLiteral("ttyReceiveB"));
    const QString inbox = path(QStringLiteral("inbox"));
    VirtualLineProcess line;
    QVERIFY2(startLine(line, a, b), qPrintable(line.errorString()));

    RunningProcess receive;
    receive.process.start(QStringLiteral(FAXCTL_PATH),
                          QStringList{QStringLiteral("receive"), QStringLiteral("--device"), b,
                                      QStringLiteral("--rings"), QStringLiteral("1"),
                                      QStringLiteral("--once"), QStringLiteral("-o"), inbox,
                                      QStringLiteral("--csid"), QStringLiteral("+49 30 999")} +
                              lineOptions());
    QVERIFY(receive.process.waitForStarted(10000));
    QVERIFY2(receive.waitFor("waiting for a call", true, 30000), qPrintable(receive.describe()));

    const QString efaxLog = path(QStringLiteral("efax-send.log"));
    QProcess efax;
    QElapsedTimer timer;
    timer.start();
    startEfax(efax,
              {QStringLiteral("-d"), a, QStringLiteral("-l"), QStringLiteral("+1 555 0199"),
               QStringLiteral("-t"), QStringLiteral("123"), m_chart1Fax},
              efaxLog);
    const bool efaxDone = efax.waitForFinished(kSessionMs);
    const qint64 efaxMs = timer.elapsed();
    const bool received = receive.finish(60000);
    line.finish(30000);
    qInfo("efax -> faxctl receive: efax ran %.1f s, exit %d, the call lasted %s s", efaxMs / 1000.0,
          efax.exitCode(), qPrintable(line.result().value(QStringLiteral("seconds"))));
    QVERIFY2(efaxDone && efax.exitCode() == 0,
             qPrintable(QStringLiteral("efax exit %1\n%2\nfaxctl:\n%3")
                            .arg(efax.exitCode())
                            .arg(tail(efaxLog), receive.describe())));
    QVERIFY2(received && receive.process.exitCode() == 0, qPrintable(receive.describe()));
    QVERIFY2(receive.err.contains("negotiated V.17 14400, MH, no ECM, fine"),
             qPrintable(receive.describe()));
    QFile log(efaxLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray efaxText = log.readAll();
    QVERIFY2(efaxText.contains("+49 30 999"), qPrintable(tail(efaxLog))); // our CSI reached it
    // How long the page took: our DIS asks for a minimum scan-line time, which efax pads to.
    static const QRegularExpression sentLine(QStringLiteral("sent \\d+\\+\\d+ lines.*"));
    qInfo("efax: %s", qPrintable(sentLine.match(QString::fromLocal8Bit(efaxText)).captured(0)));

    const QStringList files = QDir(inbox).entryList({QStringLiteral("*.tif")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const QString file = QDir(inbox).filePath(files.first());
    QProcess info;
    info.start(QStringLiteral(FAXCTL_PATH), {QStringLiteral("--json"), QStringLiteral("info"),
                                             QStringLiteral("--verify"), file});
    QVERIFY(info.waitForFinished(30000));
    const QByteArray infoOut = info.readAllStandardOutput();
    QVERIFY2(info.exitCode() == 0, info.readAllStandardError().constData());
    const QJsonObject o = QJsonDocument::fromJson(infoOut).object();
    QCOMPARE(o.value(QStringLiteral("pageCount")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("direction")).toString(), QStringLiteral("received"));
    QCOMPARE(o.value(QStringLiteral("tsid")).toString(), QStringLiteral("+1 555 0199"));
    QCOMPARE(o.value(QStringLiteral("csid")).toString(), QStringLiteral("+49 30 999"));
    QCOMPARE(o.value(QStringLiteral("partial")).toBool(), false);
    const QJsonObject page = o.value(QStringLiteral("pages")).toArray().first().toObject();
    QCOMPARE(page.value(QStringLiteral("width")).toInt(), 1728);
    comparePage(file, 40);
    QVERIFY(QDir(m_locks).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestEfaxInterop)
#include "tst_efaxinterop.moc"
