// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the virtual fax line (tests/support/virtualline) with fax programs we did not write:
// efax on a spandsp T.31 modem talking to spandsp's T.30 terminal, and efax to efax over two
// modems back to back. Real-time sessions: each call takes about as long as on a real line.

#include "virtualline_helpers.h"
#include "virtuallineprocess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <unistd.h>

using namespace Fax::VirtualLineTest;

namespace {

const int kSessionMs = 180 * 1000; // a one-page call is ~40 s; allow for a loaded machine

QString testData(const char *name)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/") + QLatin1String(name);
}

QString tail(const QString &path, int lines = 25)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log %1)").arg(path);
    const QList<QByteArray> all = file.readAll().split('\n');
    return QString::fromLocal8Bit(all.mid(std::max<qsizetype>(0, all.size() - lines)).join('\n'));
}

} // namespace

/// Drives efax against the spandsp fax terminal and against itself over the virtual line.
class TestVirtualLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejectsBadArguments();
    void servesCallsUntilSigterm();
    void timesOut();
    void callFailures_data();
    void callFailures();
    void efaxSendsToTerminal();
    void efaxReceivesFromTerminal();
    void efaxToEfaxBackToBack();
    void hangsUpAfterPages();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Runs efax to completion; returns its exit code (-1 if it did not finish).
    int runEfax(const QStringList &arguments, const QString &log, qint64 *elapsedMs = nullptr);
    std::unique_ptr<QProcess> startEfax(const QStringList &arguments, const QString &log);
    void comparePage(const QString &receivedFile, int page, const Page &expected);

    QTemporaryDir m_dir;
    QString m_efax;
    QString m_chart1Fax; // efax's own format, made by efix from ITU chart 1
    QString m_chart2Fax;
    QList<Page> m_chart1;
    QList<Page> m_chart2;
};

void TestVirtualLine::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFileInfo::exists(QStringLiteral(FAX_VIRTUALLINE_PATH)),
             "fax_virtualline is not built: build the target fax_virtualline");
    m_efax = QStandardPaths::findExecutable(QStringLiteral("efax"));
    const QString efix = QStandardPaths::findExecutable(QStringLiteral("efix"));
    QVERIFY2(!m_efax.isEmpty() && !efix.isEmpty(),
             "efax/efix not found: install the Debian package efax");

    QString error;
    m_chart1 = readTiffPages(testData("itu1.tif"), &error);
    QVERIFY2(m_chart1.size() == 1, qPrintable(error));
    m_chart2 = readTiffPages(testData("itu2.tif"), &error);
    QVERIFY2(m_chart2.size() == 1, qPrintable(error));

    // efix reads MH TIFF but not the charts' G4: re-code them, then let efix make efax's format.
    int index = 1;
    for (const char *chart : {"itu1.tif", "itu2.tif"}) {
        const QString mh = path(QStringLiteral("chart%1-mh.tif").arg(index));
        QVERIFY2(writeMhTiff(testData(chart), mh, &error), qPrintable(error));
        QProcess efixProcess;
        efixProcess.start(
            efix,
            {QStringLiteral("-i"), QStringLiteral("tiffg3"), QStringLiteral("-o"),
             QStringLiteral("fax"), QStringLiteral("-n"),
             path(QStringLiteral("chart") + QString::number(index) + QStringLiteral(".%03d")), mh});
        QVERIFY(efixProcess.waitForFinished(30000));
        QCOMPARE(efixProcess.exitCode(), 0);
        ++index;
    }
    m_chart1Fax = path(QStringLiteral("chart1.001"));
    m_chart2Fax = path(QStringLiteral("chart2.001"));
    QVERIFY2(QFileInfo(m_chart1Fax).size() > 10000, qPrintable(m_chart1Fax));
    QVERIFY2(QFileInfo(m_chart2Fax).size() > 10000, qPrintable(m_chart2Fax));
}

int TestVirtualLine::runEfax(const QStringList &arguments, const QString &log, qint64 *elapsedMs)
{
    auto efax = startEfax(arguments, log);
    QElapsedTimer timer;
    timer.start();
    if (!efax->waitForFinished(kSessionMs))
        return -1;
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return efax->exitCode();
}

std::unique_ptr<QProcess> TestVirtualLine::startEfax(const QStringList &arguments,
                                                     const QString &log)
{
    auto efax = std::make_unique<QProcess>();
    efax->setProcessChannelMode(QProcess::MergedChannels);
    efax->setStandardOutputFile(log);
    // -o1: Class 1 (spandsp's modem offers nothing else); -v: log errors, warnings, session
    // parameters, negotiation and modem responses for the failure messages below.
    efax->start(m_efax,
                QStringList{QStringLiteral("-o1"), QStringLiteral("-vewinrmf")} + arguments);
    efax->waitForStarted(10000);
    return efax;
}

void TestVirtualLine::comparePage(const QString &receivedFile, int page, const Page &expected)
{
    QString error;
    const QList<Page> pages = readTiffPages(receivedFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(page < pages.size(),
             qPrintable(QStringLiteral("%1 has %2 pages").arg(receivedFile).arg(pages.size())));
    const Page &received = pages.at(page);
    QCOMPARE(received.width, expected.width);
    int shift = 0;
    const double mismatch = bestMismatch(expected, received, 40, &shift);
    qInfo("%s page %d: %dx%d, %.4f of the chart's black pixels differ (rows shifted by %d)",
          qPrintable(QFileInfo(receivedFile).fileName()), page + 1, received.width, received.height,
          mismatch, shift);
    QVERIFY2(mismatch < 0.01,
             qPrintable(QStringLiteral("%1 page %2: %3 of the black pixels differ from the chart")
                            .arg(receivedFile)
                            .arg(page + 1)
                            .arg(mismatch)));
}

void TestVirtualLine::rejectsBadArguments()
{
    const struct
    {
        QStringList arguments;
        QByteArray message;
    } cases[] = {
        {{}, "give --modem-to-terminal or --back-to-back"},
        {{QStringLiteral("--back-to-back"), QStringLiteral("--pty-link"),
          path(QStringLiteral("only-one"))},
         "needs 2 --pty-link"},
        {{QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
          path(QStringLiteral("x")), QStringLiteral("--terminal"), QStringLiteral("send"),
          path(QStringLiteral("missing.tif"))},
         "missing.tif"},
        {{QStringLiteral("--modem-to-terminal"), QStringLiteral("--timeout"),
          QStringLiteral("soon")},
         "\"soon\" is not a number"},
        {{QStringLiteral("--frobnicate")}, "unknown option \"--frobnicate\""},
    };
    for (const auto &c : cases) {
        QProcess line;
        line.start(QStringLiteral(FAX_VIRTUALLINE_PATH), c.arguments);
        QVERIFY(line.waitForFinished(10000));
        QVERIFY2(line.exitCode() != 0, qPrintable(c.arguments.join(QLatin1Char(' '))));
        const QByteArray stderrText = line.readAllStandardError();
        QVERIFY2(stderrText.contains(c.message), stderrText.constData());
    }

    // A path that is a real file is never replaced by the pty link.
    QFile precious(path(QStringLiteral("precious")));
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.write("keep me");
    precious.close();
    QProcess line;
    line.start(
        QStringLiteral(FAX_VIRTUALLINE_PATH),
        {QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), precious.fileName()});
    QVERIFY(line.waitForFinished(10000));
    QVERIFY(line.exitCode() != 0);
    QVERIFY(line.readAllStandardError().contains("exists and is not a symlink"));
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), QByteArray("keep me"));
}

void TestVirtualLine::servesCallsUntilSigterm()
{
    const QString a = path(QStringLiteral("ttyTermA"));
    const QString b = path(QStringLiteral("ttyTermB"));
    VirtualLineProcess line;
    QVERIFY2(
        line.start({QStringLiteral("--back-to-back"), QStringLiteral("--pty-link"), a,
                    QStringLiteral("--pty-link"), b, QStringLiteral("--serve"),
                    QStringLiteral("--busy"), QStringLiteral("--timeout"), QStringLiteral("0")},
                   QStringLiteral("/dev/null")),
        qPrintable(line.errorString()));
    QVERIFY(QFileInfo(a).isSymLink());
    QVERIFY(QFileInfo(b).isSymLink());

    // The modems answer AT commands on the pty, and a --serve line takes call after call.
    const int fd = ::open(QFile::encodeName(a).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
    QVERIFY2(fd >= 0, qPrintable(a));
    auto command = [fd](const char *text, const QByteArray &until) {
        QByteArray reply;
        if (::write(fd, text, std::strlen(text)) != ssize_t(std::strlen(text)))
            return reply;
        QDeadlineTimer deadline(10000);
        while (!reply.contains(until) && !deadline.hasExpired()) {
            pollfd pfd{fd, POLLIN, 0};
            if (::poll(&pfd, 1, 100) > 0) {
                char buf[256];
                const ssize_t n = ::read(fd, buf, sizeof buf);
                if (n > 0)
                    reply.append(buf, n);
            }
        }
        return reply;
    };
    QByteArray reply = command("AT+FCLASS=?\r", "OK");
    QVERIFY2(reply.contains("0,1,1.0"), reply.constData());
    reply = command("ATD5550001\r", "BUSY");
    QVERIFY2(reply.contains("BUSY"), reply.constData());
    reply = command("ATD5550002\r", "BUSY");
    QVERIFY2(reply.contains("BUSY"), reply.constData());
    ::close(fd);

    line.process().terminate();
    QVERIFY(line.waitForFinished(10000));
    QCOMPARE(line.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(line.process().exitCode(), 0);
    QCOMPARE(line.output().count("FAXVLINE_RESULT result=busy"), 2);
    QVERIFY(!QFileInfo(a).isSymLink());
    QVERIFY(!QFileInfo(b).isSymLink());
}

void TestVirtualLine::timesOut()
{
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                         path(QStringLiteral("ttyTimeout")), QStringLiteral("--timeout"),
                         QStringLiteral("1")},
                        QStringLiteral("/dev/null")),
             qPrintable(line.errorString()));
    QVERIFY(line.waitForFinished(10000));
    QCOMPARE(line.process().exitCode(), 2);
    QCOMPARE(line.result().value(QStringLiteral("result")), QStringLiteral("timeout"));
}

void TestVirtualLine::callFailures_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QByteArray>("modemSays");
    QTest::newRow("busy") << QStringLiteral("--busy") << QStringLiteral("busy")
                          << QByteArray("BUSY");
    QTest::newRow("no dial tone") << QStringLiteral("--no-dialtone")
                                  << QStringLiteral("no-dialtone") << QByteArray("NO DIALTONE");
    QTest::newRow("no answer") << QStringLiteral("--no-answer") << QStringLiteral("no-answer")
                               << QByteArray("NO ANSWER");
}

void TestVirtualLine::callFailures()
{
    QFETCH(QString, option);
    QFETCH(QString, result);
    QFETCH(QByteArray, modemSays);
    const QString tty = path(QStringLiteral("ttyFail"));
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), tty,
                         option, QStringLiteral("--ring-period"), QStringLiteral("1"),
                         QStringLiteral("--timeout"), QStringLiteral("120")},
                        QStringLiteral("/dev/null")),
             qPrintable(line.errorString()));
    const QString log = path(QStringLiteral("efax-%1.log").arg(result));
    const int efaxExit = runEfax(
        {QStringLiteral("-d"), tty, QStringLiteral("-t"), QStringLiteral("5551234"), m_chart1Fax},
        log);
    QVERIFY2(efaxExit > 0,
             qPrintable(QStringLiteral("efax exit %1\n%2").arg(efaxExit).arg(tail(log))));
    QVERIFY(line.waitForFinished(30000));
    QCOMPARE(line.result().value(QStringLiteral("result")), result);
    QFile efaxLog(log);
    QVERIFY(efaxLog.open(QIODevice::ReadOnly));
    QVERIFY2(efaxLog.readAll().contains(modemSays), qPrintable(tail(log)));
}

void TestVirtualLine::efaxSendsToTerminal()
{
    const QString tty = path(QStringLiteral("ttySend"));
    const QString received = path(QStringLiteral("terminal-rx.tif"));
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), tty,
                         QStringLiteral("--terminal"), QStringLiteral("receive"),
                         QStringLiteral("--receive-file"), received, QStringLiteral("--v17"),
                         QStringLiteral("--ident"), QStringLiteral("VLINE TERMINAL"),
                         QStringLiteral("--timeout"), QStringLiteral("240")},
                        path(QStringLiteral("vline-send.log"))),
             qPrintable(line.errorString()));
    const QString log = path(QStringLiteral("efax-send.log"));
    qint64 elapsed = 0;
    const int efaxExit =
        runEfax({QStringLiteral("-d"), tty, QStringLiteral("-l"), QStringLiteral("+1 555 0199"),
                 QStringLiteral("-t"), QStringLiteral("5551234"), m_chart1Fax},
                log, &elapsed);
    QVERIFY2(efaxExit == 0,
             qPrintable(QStringLiteral("efax exit %1\n%2").arg(efaxExit).arg(tail(log))));
    QVERIFY(line.waitForFinished(30000));
    const auto result = line.result();
    qInfo(
        "efax -> spandsp terminal, ITU chart 1, fine, V.17: efax ran %.1f s, the call lasted %s s",
        elapsed / 1000.0, qPrintable(result.value(QStringLiteral("seconds"))));
    QVERIFY2(!result.isEmpty(), line.output().constData());
    QCOMPARE(result.value(QStringLiteral("result")), QStringLiteral("completed"));
    QCOMPARE(result.value(QStringLiteral("code")), QStringLiteral("0"));
    QCOMPARE(result.value(QStringLiteral("text")), QStringLiteral("OK"));
    QCOMPARE(result.value(QStringLiteral("pages")), QStringLiteral("1"));
    QCOMPARE(result.value(QStringLiteral("rate")), QStringLiteral("14400"));
    QCOMPARE(result.value(QStringLiteral("ecm")), QStringLiteral("0")); // efax has no ECM
    QCOMPARE(result.value(QStringLiteral("compression")), QStringLiteral("T.4 1-D"));
    QCOMPARE(result.value(QStringLiteral("remote_ident")), QStringLiteral("+1 555 0199"));
    QCOMPARE(line.process().exitCode(), 0);

    QString readError;
    QCOMPARE(readTiffPages(received, &readError).size(), 1);
    comparePage(received, 0, m_chart1.first());
}

void TestVirtualLine::efaxReceivesFromTerminal()
{
    const QString tty = path(QStringLiteral("ttyReceive"));
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), tty,
                         QStringLiteral("--terminal"), QStringLiteral("send"), testData("itu1.tif"),
                         QStringLiteral("--ident"), QStringLiteral("VLINE CALLER"),
                         QStringLiteral("--noise"), QStringLiteral("-55"),
                         QStringLiteral("--timeout"), QStringLiteral("240")},
                        path(QStringLiteral("vline-receive.log"))),
             qPrintable(line.errorString()));
    const QString log = path(QStringLiteral("efax-receive.log"));
    const QString pattern = path(QStringLiteral("efax-rx"));
    // efax answers the RING the line sends once efax has set the modem up and gone quiet.
    const int efaxExit = runEfax({QStringLiteral("-d"), tty, QStringLiteral("-r"), pattern}, log);
    QVERIFY2(efaxExit == 0,
             qPrintable(QStringLiteral("efax exit %1\n%2").arg(efaxExit).arg(tail(log))));
    QVERIFY(line.waitForFinished(30000));
    const auto result = line.result();
    QCOMPARE(result.value(QStringLiteral("result")), QStringLiteral("completed"));
    QCOMPARE(result.value(QStringLiteral("code")), QStringLiteral("0"));
    QCOMPARE(result.value(QStringLiteral("pages")), QStringLiteral("1"));
    QCOMPARE(result.value(QStringLiteral("pages_tx")), QStringLiteral("1"));

    // efax stores each page as <pattern>.NNN.
    QVERIFY2(QFileInfo::exists(pattern + QStringLiteral(".001")), qPrintable(tail(log)));
    QVERIFY(!QFileInfo::exists(pattern + QStringLiteral(".002")));
    comparePage(pattern + QStringLiteral(".001"), 0, m_chart1.first());
}

void TestVirtualLine::efaxToEfaxBackToBack()
{
    const QString a = path(QStringLiteral("ttyB2bA"));
    const QString b = path(QStringLiteral("ttyB2bB"));
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--back-to-back"), QStringLiteral("--pty-link"), a,
                         QStringLiteral("--pty-link"), b, QStringLiteral("--timeout"),
                         QStringLiteral("240")},
                        path(QStringLiteral("vline-b2b.log"))),
             qPrintable(line.errorString()));
    const QString pattern = path(QStringLiteral("b2b-rx"));
    const QString receiverLog = path(QStringLiteral("efax-b2b-receiver.log"));
    auto receiver =
        startEfax({QStringLiteral("-d"), b, QStringLiteral("-r"), pattern}, receiverLog);
    const QString senderLog = path(QStringLiteral("efax-b2b-sender.log"));
    const int senderExit = runEfax(
        {QStringLiteral("-d"), a, QStringLiteral("-t"), QStringLiteral("5550002"), m_chart1Fax},
        senderLog);
    QVERIFY2(senderExit == 0, qPrintable(QStringLiteral("sending efax exit %1\n%2\nreceiver:\n%3")
                                             .arg(senderExit)
                                             .arg(tail(senderLog), tail(receiverLog))));
    QVERIFY(receiver->waitForFinished(30000));
    QVERIFY2(receiver->exitCode() == 0, qPrintable(tail(receiverLog)));
    QVERIFY(line.waitForFinished(30000));
    QCOMPARE(line.result().value(QStringLiteral("result")), QStringLiteral("completed"));

    QVERIFY2(QFileInfo::exists(pattern + QStringLiteral(".001")), qPrintable(tail(receiverLog)));
    QVERIFY(!QFileInfo::exists(pattern + QStringLiteral(".002")));
    comparePage(pattern + QStringLiteral(".001"), 0, m_chart1.first());
}

void TestVirtualLine::hangsUpAfterPages()
{
    const QString tty = path(QStringLiteral("ttyHangup"));
    const QString received = path(QStringLiteral("hangup-rx.tif"));
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), tty,
                         QStringLiteral("--receive-file"), received,
                         QStringLiteral("--hangup-after-pages"), QStringLiteral("1"),
                         QStringLiteral("--timeout"), QStringLiteral("240")},
                        path(QStringLiteral("vline-hangup.log"))),
             qPrintable(line.errorString()));
    const QString log = path(QStringLiteral("efax-hangup.log"));
    const int efaxExit = runEfax({QStringLiteral("-d"), tty, QStringLiteral("-t"),
                                  QStringLiteral("5551234"), m_chart1Fax, m_chart2Fax},
                                 log);
    // The line drops after the first page: efax must notice that the second never went out.
    QVERIFY2(efaxExit != 0, qPrintable(tail(log)));
    QVERIFY(line.waitForFinished(30000));
    QCOMPARE(line.result().value(QStringLiteral("result")), QStringLiteral("hangup-after-pages"));
    QCOMPARE(line.result().value(QStringLiteral("pages")), QStringLiteral("1"));
    QString readError;
    QCOMPARE(readTiffPages(received, &readError).size(), 1);
    comparePage(received, 0, m_chart1.first());
}

QTEST_GUILESS_MAIN(TestVirtualLine)
#include "tst_virtualline.moc"
