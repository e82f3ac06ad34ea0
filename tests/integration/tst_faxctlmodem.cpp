// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl send, receive and probe: the real faxctl binary against the virtual fax line
// (spandsp's T.31 modem on a pseudo-terminal and its T.30 terminal). Real time: each fax
// session takes about as long as on a real line, so there are only two (send, receive).

#include "imaging/branding.h"
#include "imaging/faxtiff.h"
#include "modem/uucplock.h"
#include "virtuallineprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Fax;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

const int kSessionMs = 240 * 1000;

QString testData(const char *name)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/") + QLatin1String(name);
}

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

/// Runs faxctl to its end.
Run faxctl(const QStringList &args, int timeoutMs = 30000)
{
    QProcess p;
    p.start(QStringLiteral(FAXCTL_PATH), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "faxctl did not finish in time: " + p.readAllStandardError();
        return r;
    }
    r.exitCode = p.exitCode();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestFaxCtlModem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badOptions_data();
    void badOptions();
    void notAModem();
    void portInUse();
    void probe();
    void stopWhileWaiting();
    void busy();
    void send();
    void receiveOnce();
    void t85BetweenTwoFaxctls_data();
    void t85BetweenTwoFaxctls();

private:
    bool startLine(VirtualLineProcess &line, const QStringList &args);
    QStringList lineOptions() const
    {
        return {QStringLiteral("--flow"), QStringLiteral("none"), QStringLiteral("--lock-dir"),
                m_locks};
    }

    QTemporaryDir m_dir;
    QString m_locks;
};

void TestFaxCtlModem::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(FAXCTL_PATH)));
    QVERIFY(QFileInfo::exists(testData("itu1.tif")));
    QVERIFY(m_dir.isValid());
    m_locks = m_dir.filePath(QStringLiteral("locks"));
    QVERIFY(QDir().mkpath(m_locks));
    Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
}

bool TestFaxCtlModem::startLine(VirtualLineProcess &line, const QStringList &args)
{
    return line.start(args + QStringList{QStringLiteral("--timeout"), QStringLiteral("300")},
                      m_dir.filePath(QStringLiteral("virtualline.log")));
}

void TestFaxCtlModem::badOptions_data()
{
    const QString doc = testData("itu1.tif");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("send without --to")
        << QStringList{QStringLiteral("send"), QStringLiteral("--device"),
                       QStringLiteral("/dev/null"), doc}
        << QStringLiteral("--to");
    QTest::newRow("send without a file")
        << QStringList{QStringLiteral("send"), QStringLiteral("--device"),
                       QStringLiteral("/dev/null"), QStringLiteral("--to"), QStringLiteral("123")}
        << QStringLiteral("document");
    QTest::newRow("send without --device")
        << QStringList{QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("123"), doc}
        << QStringLiteral("--device");
    QTest::newRow("unknown --flow")
        << QStringList{QStringLiteral("probe"), QStringLiteral("--device"),
                       QStringLiteral("/dev/null"), QStringLiteral("--flow"),
                       QStringLiteral("sideways")}
        << QStringLiteral("sideways");
    QTest::newRow("bad --speed") << QStringList{QStringLiteral("probe"), QStringLiteral("--device"),
                                                QStringLiteral("/dev/null"),
                                                QStringLiteral("--speed"), QStringLiteral("fast")}
                                 << QStringLiteral("--speed");
    QTest::newRow("bad --resolution")
        << QStringList{QStringLiteral("send"),      QStringLiteral("--device"),
                       QStringLiteral("/dev/null"), QStringLiteral("--to"),
                       QStringLiteral("1"),         QStringLiteral("--resolution"),
                       QStringLiteral("superfine"), doc}
        << QStringLiteral("superfine");
    QTest::newRow("bad --rings") << QStringList{QStringLiteral("receive"),
                                                QStringLiteral("--device"),
                                                QStringLiteral("/dev/null"),
                                                QStringLiteral("--rings"), QStringLiteral("0")}
                                 << QStringLiteral("--rings");
    QTest::newRow("bad --tsid")
        << QStringList{QStringLiteral("send"),      QStringLiteral("--device"),
                       QStringLiteral("/dev/null"), QStringLiteral("--to"),
                       QStringLiteral("1"),         QStringLiteral("--tsid"),
                       QStringLiteral("ACME"),      doc}
        << QStringLiteral("--tsid: 'ACME' is no station id");
    QTest::newRow("--csid too long")
        << QStringList{QStringLiteral("receive"), QStringLiteral("--device"),
                       QStringLiteral("/dev/null"), QStringLiteral("--csid"),
                       QStringLiteral("+49 30 1234 5678 9012")}
        << QStringLiteral("--csid: '+49 30 1234 5678 9012' is no station id (up to 20 digits");
}

void TestFaxCtlModem::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = faxctl(args);
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
}

void TestFaxCtlModem::notAModem()
{
    const QString file = m_dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a serial port\n");
    }
    for (const QString &device : {QStringLiteral("/dev/null"), file}) {
        const Run r =
            faxctl(QStringList{QStringLiteral("probe"), QStringLiteral("--device"), device} +
                   lineOptions());
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("not a modem")), qPrintable(r.describe()));
        QVERIFY2(err.contains(device), qPrintable(r.describe()));
    }
    // The lock of a failed open is not left behind.
    QVERIFY(QDir(m_locks).entryList(QDir::Files).isEmpty());
}

void TestFaxCtlModem::portInUse()
{
    // A lock file held by a live process (this test) in HDB form.
    const QString lockFile =
        QDir(m_locks).filePath(UucpLock::lockFileName(QStringLiteral("/dev/null")));
    {
        QFile f(lockFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(qint64(::getpid())).rightJustified(10, ' ') + '\n');
    }
    const Run r = faxctl(QStringList{QStringLiteral("probe"), QStringLiteral("--device"),
                                     QStringLiteral("/dev/null")} +
                         lineOptions());
    QFile::remove(lockFile);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("/dev/null")), qPrintable(r.describe()));
    QVERIFY2(err.contains(QString::number(::getpid())), qPrintable(r.describe()));
}

void TestFaxCtlModem::probe()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyProbe"));
    VirtualLineProcess line;
    QVERIFY2(startLine(line, {QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                              link, QStringLiteral("--terminal"), QStringLiteral("receive"),
                              QStringLiteral("--receive-file"),
                              m_dir.filePath(QStringLiteral("unused.tif"))}),
             qPrintable(line.errorString()));
    const Run human = faxctl(
        QStringList{QStringLiteral("probe"), QStringLiteral("--device"), link} + lineOptions());
    const Run json = faxctl(QStringList{QStringLiteral("--json"), QStringLiteral("probe"),
                                        QStringLiteral("--device"), link} +
                            lineOptions());
    line.stop();
    QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
    const QString text = QString::fromUtf8(human.out);
    QVERIFY2(text.contains(QStringLiteral("Class 1:")), qPrintable(human.describe()));
    QVERIFY2(text.contains(QStringLiteral("yes")), qPrintable(human.describe()));
    QVERIFY2(text.contains(QStringLiteral("Transmit carriers:")), qPrintable(human.describe()));
    QVERIFY2(text.contains(QStringLiteral("V.29 9600")), qPrintable(human.describe()));

    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("device")).toString(), link);
    QCOMPARE(o.value(QStringLiteral("class1")).toBool(), true);
    QVERIFY(!o.value(QStringLiteral("transmitCarriers")).toArray().isEmpty());
    QVERIFY(!o.value(QStringLiteral("receiveCarriers")).toArray().isEmpty());
    QVERIFY(QDir(m_locks).entryList(QDir::Files).isEmpty());
}

// SIGTERM while receive waits for a call: it hangs up, releases the lock and fails.
void TestFaxCtlModem::stopWhileWaiting()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyIdle"));
    VirtualLineProcess line;
    QVERIFY2(startLine(line, {QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                              link, QStringLiteral("--terminal"), QStringLiteral("receive"),
                              QStringLiteral("--receive-file"),
                              m_dir.filePath(QStringLiteral("unused.tif"))}),
             qPrintable(line.errorString()));
    QProcess receive;
    receive.start(QStringLiteral(FAXCTL_PATH),
                  QStringList{QStringLiteral("receive"), QStringLiteral("--device"), link,
                              QStringLiteral("-o"), m_dir.filePath(QStringLiteral("idle"))} +
                      lineOptions());
    QVERIFY(receive.waitForStarted(10000));
    QByteArray err;
    QDeadlineTimer deadline(20000);
    while (!err.contains("waiting for a call") && !deadline.hasExpired() &&
           receive.state() == QProcess::Running) {
        receive.waitForReadyRead(200);
        err += receive.readAllStandardError();
    }
    QVERIFY2(err.contains("waiting for a call"), err.constData());
    QVERIFY(!QDir(m_locks).entryList(QDir::Files).isEmpty()); // it holds the port
    receive.terminate();
    QVERIFY(receive.waitForFinished(10000));
    err += receive.readAllStandardError();
    line.stop();
    QCOMPARE(receive.exitStatus(), QProcess::NormalExit);
    QVERIFY2(receive.exitCode() != 0, err.constData());
    QVERIFY2(err.contains("SIGTERM"), err.constData());
    QVERIFY(QDir(m_locks).entryList(QDir::Files).isEmpty());
}

void TestFaxCtlModem::busy()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyBusy"));
    VirtualLineProcess line;
    QVERIFY2(startLine(line, {QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                              link, QStringLiteral("--terminal"), QStringLiteral("receive"),
                              QStringLiteral("--busy")}),
             qPrintable(line.errorString()));
    const Run r = faxctl(QStringList{QStringLiteral("send"), QStringLiteral("--device"), link,
                                     QStringLiteral("--to"), QStringLiteral("5551234"),
                                     testData("itu1.tif")} +
                             lineOptions(),
                         kSessionMs);
    line.stop();
    QVERIFY2(r.exitCode != 0 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("busy"), Qt::CaseInsensitive),
             qPrintable(r.describe()));
}

void TestFaxCtlModem::send()
{
    const QString link = m_dir.filePath(QStringLiteral("ttySend"));
    const QString received = m_dir.filePath(QStringLiteral("far-end.tif"));
    VirtualLineProcess line;
    QVERIFY2(startLine(line, {QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                              link, QStringLiteral("--terminal"), QStringLiteral("receive"),
                              QStringLiteral("--receive-file"), received, QStringLiteral("--ecm")}),
             qPrintable(line.errorString()));
    const Run r = faxctl(QStringList{QStringLiteral("--json"), QStringLiteral("send"),
                                     QStringLiteral("--device"), link, QStringLiteral("--to"),
                                     QStringLiteral("5551234"), QStringLiteral("--tsid"),
                                     QStringLiteral("+49 30 1234"), testData("itu1.tif")} +
                             lineOptions(),
                         kSessionMs);
    line.finish();
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + line.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("pagesConfirmed")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("session")).toObject().value(QStringLiteral("ecm")).toBool(),
             true);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("dialling 5551234")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("negotiated")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("page 1 of 1 confirmed")), qPrintable(err));
    const auto result = line.result();
    QCOMPARE(result.value(QStringLiteral("pages")), QStringLiteral("1"));
    QCOMPARE(result.value(QStringLiteral("remote_ident")), QStringLiteral("+49 30 1234"));
    QVERIFY(QDir(m_locks).entryList(QDir::Files).isEmpty());
}

void TestFaxCtlModem::receiveOnce()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyReceive"));
    const QString dir = m_dir.filePath(QStringLiteral("inbox"));
    VirtualLineProcess line;
    QVERIFY2(
        startLine(line, {QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), link,
                         QStringLiteral("--terminal"), QStringLiteral("send"), testData("itu1.tif"),
                         QStringLiteral("--ident"), QStringLiteral("+1 555 1234"),
                         QStringLiteral("--caller-id"), QStringLiteral("5551234,ACME LAB")}),
        qPrintable(line.errorString()));
    const Run r = faxctl(QStringList{QStringLiteral("receive"), QStringLiteral("--device"), link,
                                     QStringLiteral("--rings"), QStringLiteral("1"),
                                     QStringLiteral("--once"), QStringLiteral("-o"), dir,
                                     QStringLiteral("--csid"), QStringLiteral("+49 30 999")} +
                             lineOptions(),
                         kSessionMs);
    line.finish();
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + line.describe()));
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.tif")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const QString path = QDir(dir).filePath(files.first());
    QCOMPARE(QFileInfo(QString::fromUtf8(r.out.trimmed())).absoluteFilePath(),
             QFileInfo(path).absoluteFilePath());

    const Run info = faxctl(
        {QStringLiteral("--json"), QStringLiteral("info"), QStringLiteral("--verify"), path});
    QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
    const QJsonObject o = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(o.value(QStringLiteral("pageCount")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("direction")).toString(), QStringLiteral("received"));
    QCOMPARE(o.value(QStringLiteral("tsid")).toString(), QStringLiteral("+1 555 1234"));
    QCOMPARE(o.value(QStringLiteral("csid")).toString(), QStringLiteral("+49 30 999"));
    QCOMPARE(o.value(QStringLiteral("callerId")).toString(), QStringLiteral("5551234 (ACME LAB)"));
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("RING 1 from 5551234 (ACME LAB)")),
             qPrintable(QString::fromUtf8(r.err)));
    QCOMPARE(o.value(QStringLiteral("partial")).toBool(), false);
    const QJsonObject page = o.value(QStringLiteral("pages")).toArray().first().toObject();
    QCOMPARE(page.value(QStringLiteral("width")).toInt(), 1728);
    QVERIFY(page.value(QStringLiteral("lines")).toInt() > 1000);
    QCOMPARE(line.result().value(QStringLiteral("pages")), QStringLiteral("1"));
    QVERIFY(QDir(m_locks).entryList(QDir::Files).isEmpty());
}

void TestFaxCtlModem::t85BetweenTwoFaxctls_data()
{
    QTest::addColumn<QStringList>("senderOptions");
    QTest::addColumn<QString>("compression");
    QTest::newRow("T.85") << QStringList() << QStringLiteral("t85");
    QTest::newRow("--no-t85: MMR")
        << QStringList{QStringLiteral("--no-t85")} << QStringLiteral("mmr");
}

void TestFaxCtlModem::t85BetweenTwoFaxctls()
{
    // Two faxctls on two T.31 modems back to back: both offer T.85 with ECM, so the page goes
    // as a JBIG BIE and must arrive pixel for pixel (the sender's branding band aside).
    QFETCH(QStringList, senderOptions);
    QFETCH(QString, compression);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' '));
    const QString a = m_dir.filePath(QStringLiteral("ttyJbigA") + tag.left(4));
    const QString b = m_dir.filePath(QStringLiteral("ttyJbigB") + tag.left(4));
    const QString dir = m_dir.filePath(QStringLiteral("jbig-inbox-") + compression);
    VirtualLineProcess line;
    QVERIFY2(startLine(line, {QStringLiteral("--back-to-back"), QStringLiteral("--pty-link"), a,
                              QStringLiteral("--pty-link"), b}),
             qPrintable(line.errorString()));
    QProcess receiver;
    receiver.start(QStringLiteral(FAXCTL_PATH),
                   QStringList{QStringLiteral("--json"), QStringLiteral("receive"),
                               QStringLiteral("--device"), b, QStringLiteral("--rings"),
                               QStringLiteral("1"), QStringLiteral("--once"), QStringLiteral("-o"),
                               dir} +
                       lineOptions());
    QVERIFY(receiver.waitForStarted(10000));
    const Run r = faxctl(QStringList{QStringLiteral("--json"), QStringLiteral("send"),
                                     QStringLiteral("--device"), a, QStringLiteral("--to"),
                                     QStringLiteral("5551234"), testData("itu1.tif")} +
                             senderOptions + lineOptions(),
                         kSessionMs);
    QVERIFY(receiver.waitForFinished(60000));
    const QByteArray receiverErr = receiver.readAllStandardError();
    line.finish();
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QString::fromUtf8(receiverErr)));
    QCOMPARE(receiver.exitCode(), 0);
    const QJsonObject sent = QJsonDocument::fromJson(r.out).object();
    const QJsonObject got = QJsonDocument::fromJson(receiver.readAllStandardOutput()).object();
    QCOMPARE(sent.value(QStringLiteral("pagesConfirmed")).toInt(), 1);
    for (const QJsonObject &o : {sent, got}) {
        const QJsonObject session = o.value(QStringLiteral("session")).toObject();
        QCOMPARE(session.value(QStringLiteral("compression")).toString(), compression);
        QCOMPARE(session.value(QStringLiteral("ecm")).toBool(), true);
    }
    QCOMPARE(got.value(QStringLiteral("pages")).toInt(), 1);
    QVERIFY2(QString::fromUtf8(receiverErr)
                 .contains(compression == QLatin1String("t85") ? QStringLiteral("T.85, ECM")
                                                               : QStringLiteral("MMR, ECM")),
             qPrintable(QString::fromUtf8(receiverErr)));

    FaxTiffReader sentChart;
    QVERIFY(sentChart.open(testData("itu1.tif")));
    const auto chart = sentChart.readPage(0);
    QVERIFY(chart);
    FaxTiffReader arrived;
    QVERIFY(arrived.open(got.value(QStringLiteral("file")).toString()));
    QCOMPARE(arrived.pageCount(), 1);
    const auto page = arrived.readPage(0);
    QVERIFY2(page, qPrintable(page.error().message));
    QCOMPARE(page->image.size(), chart->image.size());
    const int band = Branding::bandLines(page->yDpi);
    int differing = 0;
    for (int y = band; y < chart->image.height(); ++y) {
        if (std::memcmp(page->image.constScanLine(y), chart->image.constScanLine(y),
                        size_t(chart->image.width() / 8)) != 0)
            ++differing;
    }
    QCOMPARE(differing, 0);
}

QTEST_GUILESS_MAIN(TestFaxCtlModem)
#include "tst_faxctlmodem.moc"
