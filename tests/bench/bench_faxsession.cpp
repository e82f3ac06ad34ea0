// SPDX-License-Identifier: GPL-3.0-or-later
// Fax session benchmark: ITU chart 1 at fine resolution over the virtual line, sent by faxctl and
// by efax to three receivers: spandsp's T.30 terminal behind a spandsp T.31 modem (no T.85: faxctl
// sends MMR with ECM, and MH without; and once through the virtual line's Class 2.0 modem, which
// runs T.30 itself, as T.32 has it: MMR with ECM); faxctl receive behind a second T.31 modem back
// to back (T.85 with ECM, and MMR with --no-t85); HylaFAX's faxgetty (Class 1, ECM, T.85) behind a
// second T.31 modem back to back, in a private spool (tests/support/hylafaxpeer), with the same two
// faxctl sessions. Each sender meets the same receiver as efax does.
// Prints figures against the targets; never fails on slowness, exits non-zero only when a
// session itself fails. Real time: ten one-page calls, about 7 minutes. Run a Release build:
//   build-release/tests/bench_faxsession
// Tools are found beside the bench in the build tree (<build>/bin/faxctl,
// <build>/tests/support/virtualline/fax_virtualline) unless FAXCTL / FAX_VIRTUALLINE name them;
// the charts come from $FAX_TESTDATA_DIR, else the repository's tests/data. efax/efix and
// /usr/bin/time (Debian packages efax, time) are taken from PATH; without them their figures are
// skipped. HylaFAX (Debian package hylafax-server) must be installed and the bench run as root
// (faxgetty insists on it); otherwise its three sessions are skipped, saying why.
//   1. session time: the line's call length (dial to hang-up) and the sender's wall time
//   2. the theoretical minimum: compressed page bits / 14400 bps + T.30 handshakes (T.85: the
//      chart coded by the same JbigCodec faxctl sends with)
//   3. the sender's CPU (user + sys) / its wall time, as % of one core
#include "faxsession_text.h"
#include "hylafaxpeer.h"
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"
#include "virtuallineresult.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <optional>

namespace {

constexpr int kSessionMs = 240 * 1000; // a one-page call is well under a minute
constexpr double kLineRate = 14400;    // V.17
// Every sender announces the same station id, so each sends the same TSI frame.
const QString kSenderId = QStringLiteral("+1 555 0199");
const QString kHylafaxId = QStringLiteral("+1 555 0100"); // faxgetty's CSI

using Fax::Test::HylafaxPeer;

QString envOr(const char *name, const QString &fallback)
{
    const QString env = qEnvironmentVariable(name);
    return env.isEmpty() ? fallback : env;
}

/// The ITU charts: $FAX_TESTDATA_DIR, else the repository's tests/data.
QString testDataDir()
{
    return envOr("FAX_TESTDATA_DIR", QStringLiteral(FAX_TESTDATA_DIR));
}

/// Who answers the call.
enum class Receiver {
    SpandspTerminal, ///< spandsp's T.30 terminal behind a T.31 modem (ECM, MMR; no T.85)
    FaxConsole,      ///< faxctl receive behind a second T.31 modem, back to back (T.85)
    Hylafax,         ///< HylaFAX's faxgetty behind a second T.31 modem, back to back (T.85)
};
constexpr Receiver kReceivers[] = {Receiver::SpandspTerminal, Receiver::FaxConsole,
                                   Receiver::Hylafax};

QString receiverName(Receiver r)
{
    switch (r) {
    case Receiver::SpandspTerminal:
        return QStringLiteral("spandsp terminal");
    case Receiver::FaxConsole:
        return QStringLiteral("Fax Console (faxctl receive)");
    case Receiver::Hylafax:
        return QStringLiteral("HylaFAX faxgetty");
    }
    return QString();
}

/// One measured call.
struct Session
{
    QString name;
    Receiver receiver = Receiver::SpandspTerminal;
    QString compression; ///< what the receiver says was used: mh, mr, mmr, t85
    bool ran = false;    ///< false: skipped (tool missing)
    bool ok = false;
    QString failure;
    double lineSeconds = 0;           ///< the virtual line's call length
    double wallSeconds = 0;           ///< the sending process, start to exit
    std::optional<double> cpuSeconds; ///< user + sys of the sending process (10 ms steps)
    QMap<QString, QString> lineResult;
};

class Bench
{
public:
    bool setUp();
    void compressedSizes();
    Session send(const QString &name, Receiver receiver, const QString &program,
                 const QStringList &args, const QStringList &lineArgs = {});
    bool prepareEfax();
    void report();
    void reportTargets(Receiver receiver);
    const Session *find(Receiver receiver, const QString &prefix) const;

    /// spandsp terminal to spandsp terminal (fax_terminalpair, counted in samples): the reference.
    void terminalPair();

    QString m_faxctl;
    QString m_vline;
    QString m_pair;
    std::optional<double> m_pairSeconds;
    QString m_pairFailure;
    QString m_chart1;
    QString m_time; // /usr/bin/time, empty when missing
    QString m_efax;
    QString m_efix;
    QString m_efaxFile;           // chart 1 in efax's own format
    QString m_hylafaxUnavailable; // why faxgetty cannot run here; empty when it can
    QTemporaryDir m_dir;
    QMap<QString, qint64> m_bytes; // page data bytes of chart 1, fine, per compression
    QList<Session> m_sessions;
    QMap<QString, double> m_minimum; // theoretical minimum session seconds per coding
    int m_sessionIndex = 0;
};

void Bench::terminalPair()
{
    if (!QFileInfo(m_pair).isFile()) {
        m_pairFailure = QStringLiteral("missing %1").arg(m_pair);
        return;
    }
    QProcess pair;
    pair.start(m_pair, {QStringLiteral("--send"), m_chart1, QStringLiteral("--receive-file"),
                        m_dir.filePath(QStringLiteral("pair.tif"))});
    if (!pair.waitForFinished(120000) || pair.exitStatus() != QProcess::NormalExit) {
        pair.kill();
        m_pairFailure = QStringLiteral("fax_terminalpair did not finish");
        return;
    }
    const QByteArray out = pair.readAllStandardOutput();
    const QRegularExpression seconds(QStringLiteral(" seconds=([0-9.]+)"));
    const auto match = seconds.match(QString::fromLatin1(out));
    if (pair.exitCode() != 0 || !match.hasMatch()) {
        m_pairFailure =
            QStringLiteral("fax_terminalpair failed: %1")
                .arg(QString::fromLocal8Bit(out + pair.readAllStandardError()).trimmed());
        return;
    }
    m_pairSeconds = match.captured(1).toDouble();
    line(QStringLiteral("spandsp terminal -> spandsp terminal (ECM, MMR, same line shape): %1 s "
                        "(counted in audio samples)")
             .arg(fixed(*m_pairSeconds)));
}

bool Bench::setUp()
{
    const QString binDir = QCoreApplication::applicationDirPath();
    m_faxctl = envOr("FAXCTL", binDir + QStringLiteral("/../bin/faxctl"));
    m_vline =
        envOr("FAX_VIRTUALLINE", binDir + QStringLiteral("/support/virtualline/fax_virtualline"));
    m_pair =
        envOr("FAX_TERMINALPAIR", binDir + QStringLiteral("/support/virtualline/fax_terminalpair"));
    m_chart1 = testDataDir() + QStringLiteral("/itu1.tif");
    bool ok = true;
    for (const QString &file : {m_faxctl, m_vline, m_chart1}) {
        if (!QFileInfo(file).isFile()) {
            line(QStringLiteral("missing: %1 (build faxctl and fax_virtualline; FAXCTL, "
                                "FAX_VIRTUALLINE and FAX_TESTDATA_DIR override the paths)")
                     .arg(file));
            ok = false;
        }
    }
    if (!m_dir.isValid()) {
        line(QStringLiteral("cannot make a temporary directory: %1").arg(m_dir.errorString()));
        ok = false;
    }
    if (qEnvironmentVariableIsSet("FAX_KEEP_LOGS"))
        m_dir.setAutoRemove(false);
    m_time = QFileInfo(QStringLiteral("/usr/bin/time")).isExecutable()
                 ? QStringLiteral("/usr/bin/time")
                 : QString();
    m_efax = QStandardPaths::findExecutable(QStringLiteral("efax"));
    m_efix = QStandardPaths::findExecutable(QStringLiteral("efix"));
    line(QStringLiteral("faxctl:          %1").arg(QFileInfo(m_faxctl).canonicalFilePath()));
    line(QStringLiteral("fax_virtualline: %1").arg(QFileInfo(m_vline).canonicalFilePath()));
    line(QStringLiteral("chart:           %1").arg(QFileInfo(m_chart1).canonicalFilePath()));
    line(QStringLiteral("efax:            %1")
             .arg(m_efax.isEmpty() ? QStringLiteral("(not installed)") : m_efax));
    m_hylafaxUnavailable = HylafaxPeer::unavailableReason();
    // faxgetty works as the fax user: it must reach its spool and the pty links in here.
    if (m_hylafaxUnavailable.isEmpty() && m_dir.isValid())
        HylafaxPeer::openToFaxUser(m_dir.path(), &m_hylafaxUnavailable);
    line(QStringLiteral("HylaFAX:         %1")
             .arg(m_hylafaxUnavailable.isEmpty()
                      ? HylafaxPeer::faxgettyProgram()
                      : QStringLiteral("(skipped: %1)").arg(m_hylafaxUnavailable)));
    line(QStringLiteral("CPU times from:  %1")
             .arg(m_time.isEmpty() ? QStringLiteral("(no /usr/bin/time: CPU figures skipped)")
                                   : m_time));
    line(QStringLiteral("work directory:  %1%2")
             .arg(m_dir.path(),
                  m_dir.autoRemove() ? QStringLiteral(" (FAX_KEEP_LOGS=1 keeps it)") : QString()));
    return ok;
}

/// Converts chart 1 to fine MH, MR and MMR with faxctl and reads each page's data size.
void Bench::compressedSizes()
{
    for (const QString &c : {QStringLiteral("mh"), QStringLiteral("mr"), QStringLiteral("mmr")}) {
        const QString out = m_dir.filePath(QStringLiteral("chart1-%1.tif").arg(c));
        QProcess convert;
        convert.start(m_faxctl, {QStringLiteral("convert"), QStringLiteral("--quiet"), m_chart1,
                                 QStringLiteral("-o"), out, QStringLiteral("--resolution"),
                                 QStringLiteral("fine"), QStringLiteral("--compression"), c});
        if (!convert.waitForFinished(60000) || convert.exitCode() != 0) {
            line(QStringLiteral("faxctl convert --compression %1 failed: %2")
                     .arg(c, QString::fromLocal8Bit(convert.readAllStandardError())));
            continue;
        }
        QProcess info;
        info.start(m_faxctl, {QStringLiteral("--json"), QStringLiteral("info"), out});
        if (!info.waitForFinished(60000) || info.exitCode() != 0) {
            line(QStringLiteral("faxctl info %1 failed: %2")
                     .arg(out, QString::fromLocal8Bit(info.readAllStandardError())));
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(info.readAllStandardOutput()).object();
        const QJsonArray pages = o.value(QStringLiteral("pages")).toArray();
        if (pages.isEmpty()) {
            line(QStringLiteral("faxctl info %1: no pages in its JSON").arg(out));
            continue;
        }
        const QJsonObject page = pages.first().toObject();
        m_bytes.insert(c, qint64(page.value(QStringLiteral("dataBytes")).toDouble()));
        line(QStringLiteral("chart 1, fine, %1: %2 x %3, %4 bytes of page data (%5)")
                 .arg(c.toUpper())
                 .arg(page.value(QStringLiteral("width")).toInt())
                 .arg(page.value(QStringLiteral("lines")).toInt())
                 .arg(m_bytes.value(c))
                 .arg(page.value(QStringLiteral("compression")).toString()));
    }
    // T.85 has no TIFF form here: code the MMR file's page the way faxctl send does.
    Fax::FaxTiffReader reader;
    const QString mmr = m_dir.filePath(QStringLiteral("chart1-mmr.tif"));
    if (!reader.open(mmr))
        return;
    const auto page = reader.readPage(0);
    Fax::FaxCodec::EncodeOptions o;
    o.compression = Fax::FaxCompression::T85;
    const auto bie =
        page ? Fax::FaxCodec::encode(page->image, o) : Fax::Expected<QByteArray>(page.error());
    if (!bie) {
        line(QStringLiteral("chart 1, fine, T.85: %1").arg(bie.error().message));
        return;
    }
    m_bytes.insert(QStringLiteral("t85"), bie->size());
    line(QStringLiteral("chart 1, fine, T85: %1 x %2, %3 bytes of page data (one BIE, L0 128)")
             .arg(page->image.width())
             .arg(page->image.height())
             .arg(bie->size()));
}

/// efix reads T.4 TIFF (not the chart's T.6): faxctl writes MH, efix turns it into efax's format.
bool Bench::prepareEfax()
{
    if (m_efax.isEmpty() || m_efix.isEmpty())
        return false;
    const QString mh = m_dir.filePath(QStringLiteral("chart1-mh.tif"));
    if (!QFileInfo::exists(mh))
        return false;
    QProcess efix;
    efix.setProcessChannelMode(QProcess::MergedChannels);
    efix.start(m_efix, {QStringLiteral("-i"), QStringLiteral("tiffg3"), QStringLiteral("-o"),
                        QStringLiteral("fax"), QStringLiteral("-n"),
                        m_dir.filePath(QStringLiteral("efax-chart1.%03d")), mh});
    if (!efix.waitForFinished(60000) || efix.exitCode() != 0) {
        line(QStringLiteral("efix could not convert %1: %2")
                 .arg(mh, QString::fromLocal8Bit(efix.readAll())));
        return false;
    }
    m_efaxFile = m_dir.filePath(QStringLiteral("efax-chart1.001"));
    return QFileInfo(m_efaxFile).size() > 0;
}

/// Starts the virtual line (and faxctl receive or faxgetty on its far modem when the receiver
/// is Fax Console or HylaFAX), runs program (under /usr/bin/time when there is one) against it
/// and collects both ends' figures.
Session Bench::send(const QString &name, Receiver receiver, const QString &program,
                    const QStringList &args, const QStringList &lineArgs)
{
    Session s;
    s.name = name;
    s.receiver = receiver;
    s.ran = true;
    const int n = ++m_sessionIndex;
    const QString link = m_dir.filePath(QStringLiteral("tty%1").arg(n));
    const QString farLink = m_dir.filePath(QStringLiteral("tty%1-far").arg(n));
    const QString received = m_dir.filePath(QStringLiteral("received%1.tif").arg(n));
    const QString inbox = m_dir.filePath(QStringLiteral("inbox%1").arg(n));
    const QString timeFile = m_dir.filePath(QStringLiteral("time%1.txt").arg(n));
    const QString senderLog = m_dir.filePath(QStringLiteral("sender%1.log").arg(n));
    const QString receiverLog = m_dir.filePath(QStringLiteral("receiver%1.log").arg(n));

    HylafaxPeer hylafax;
    if (receiver == Receiver::Hylafax) {
        QString error;
        if (!hylafax.makeSpool(m_dir.filePath(QStringLiteral("hylafax%1").arg(n)), farLink,
                               kHylafaxId, &error) ||
            !hylafax.handOverSpool(&error)) {
            s.failure = error;
            line(QStringLiteral("%1 -> %2: FAILED: %3").arg(name, receiverName(receiver), error));
            return s;
        }
    }

    QProcess vline;
    vline.setProgram(m_vline);
    if (receiver == Receiver::SpandspTerminal) {
        vline.setArguments(
            QStringList{QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"), link,
                        QStringLiteral("--terminal"), QStringLiteral("receive"),
                        QStringLiteral("--receive-file"), received, QStringLiteral("--v17"),
                        QStringLiteral("--timeout"), QStringLiteral("300")} +
            lineArgs);
    } else {
        vline.setArguments(QStringList{QStringLiteral("--back-to-back"),
                                       QStringLiteral("--pty-link"), link,
                                       QStringLiteral("--pty-link"), farLink,
                                       QStringLiteral("--timeout"), QStringLiteral("300")} +
                           lineArgs);
    }
    vline.setStandardErrorFile(m_dir.filePath(QStringLiteral("vline%1.log").arg(n)));
    vline.start();
    QByteArray output;
    QElapsedTimer readyWait;
    readyWait.start();
    while (!output.contains("FAXVLINE_READY")) {
        if (readyWait.elapsed() > 10000 || vline.state() == QProcess::NotRunning) {
            s.failure = QStringLiteral("fax_virtualline did not report ready: %1")
                            .arg(QString::fromLocal8Bit(output));
            vline.kill();
            vline.waitForFinished(2000);
            return s;
        }
        vline.waitForReadyRead(200);
        output += vline.readAllStandardOutput();
    }

    QProcess faxReceiver;
    if (receiver == Receiver::FaxConsole) {
        faxReceiver.setStandardErrorFile(receiverLog);
        faxReceiver.start(m_faxctl,
                          {QStringLiteral("--json"), QStringLiteral("receive"),
                           QStringLiteral("--device"), farLink, QStringLiteral("--rings"),
                           QStringLiteral("1"), QStringLiteral("--once"), QStringLiteral("-o"),
                           inbox, QStringLiteral("--flow"), QStringLiteral("none"),
                           QStringLiteral("--lock-dir"), m_dir.path()});
        // It has the modem set up and waits for RING well before the sender has dialled.
        if (!faxReceiver.waitForStarted(10000)) {
            s.failure = QStringLiteral("faxctl receive did not start");
            return s;
        }
    } else if (receiver == Receiver::Hylafax) {
        // It resets and sets up the modem (~10 s) before it says it is idle.
        QString error;
        if (!hylafax.startFaxgetty(60000, &error)) {
            s.failure = error;
            line(QStringLiteral("%1 -> %2: FAILED: %3").arg(name, receiverName(receiver), error));
            vline.kill();
            vline.waitForFinished(2000);
            return s;
        }
    }

    QStringList senderArgs;
    for (const QString &a : args)
        senderArgs << (a == QLatin1String("@LINK@") ? link : a);
    QProcess sender;
    sender.setProcessChannelMode(QProcess::MergedChannels);
    sender.setStandardOutputFile(senderLog);
    if (!m_time.isEmpty()) {
        sender.setProgram(m_time);
        sender.setArguments(QStringList{QStringLiteral("-f"), QStringLiteral("%U %S %e"),
                                        QStringLiteral("-o"), timeFile, program} +
                            senderArgs);
    } else {
        sender.setProgram(program);
        sender.setArguments(senderArgs);
    }
    QElapsedTimer wall;
    wall.start();
    sender.start();
    const bool finished = sender.waitForFinished(kSessionMs);
    s.wallSeconds = wall.elapsed() / 1000.0;
    if (!finished) {
        sender.kill();
        sender.waitForFinished(5000);
    }
    if (!vline.waitForFinished(30000)) {
        vline.terminate();
        if (!vline.waitForFinished(5000))
            vline.kill();
        vline.waitForFinished(2000);
    }
    output += vline.readAllStandardOutput();
    s.lineResult = Fax::VirtualLineTest::parseResult(output);
    s.lineSeconds = s.lineResult.value(QStringLiteral("seconds")).toDouble();
    QJsonObject receiverResult;
    QString hylafaxLog;
    QStringList hylafaxFaxes;
    int hylafaxPages = 0;
    if (receiver == Receiver::Hylafax) {
        // faxgetty has stored the fax once its session log says SESSION END.
        (void)hylafax.waitForSessionEnd(30000);
        hylafax.stop();
        hylafaxLog = hylafax.sessionLog();
        hylafaxFaxes = hylafax.receivedFaxes();
        s.compression = HylafaxPeer::codingFromLog(hylafaxLog);
        Fax::FaxTiffReader stored;
        if (hylafaxFaxes.size() == 1 && stored.open(hylafaxFaxes.first()))
            hylafaxPages = stored.pageCount();
    } else if (receiver == Receiver::FaxConsole) {
        if (!faxReceiver.waitForFinished(30000)) {
            faxReceiver.kill();
            faxReceiver.waitForFinished(2000);
        }
        receiverResult = QJsonDocument::fromJson(faxReceiver.readAllStandardOutput()).object();
        s.compression = receiverResult.value(QStringLiteral("session"))
                            .toObject()
                            .value(QStringLiteral("compression"))
                            .toString();
    } else {
        const QString c = s.lineResult.value(QStringLiteral("compression"));
        s.compression = c.contains(QLatin1String("T.6"))   ? QStringLiteral("mmr")
                        : c.contains(QLatin1String("2-D")) ? QStringLiteral("mr")
                                                           : QStringLiteral("mh");
    }

    QFile times(timeFile);
    if (times.open(QIODevice::ReadOnly)) {
        // The last line is ours; a note like "Command exited with non-zero status" may precede it.
        const QList<QByteArray> lines = times.readAll().trimmed().split('\n');
        const QList<QByteArray> f = lines.last().simplified().split(' ');
        if (f.size() == 3) {
            s.cpuSeconds = f[0].toDouble() + f[1].toDouble();
            s.wallSeconds = f[2].toDouble(); // the sender alone, without QProcess's start-up
        }
    }

    if (!finished) {
        s.failure = QStringLiteral("the sender did not finish in %1 s").arg(kSessionMs / 1000);
    } else if (sender.exitStatus() != QProcess::NormalExit || sender.exitCode() != 0) {
        s.failure = QStringLiteral("the sender exited with %1").arg(sender.exitCode());
    } else if (s.lineResult.value(QStringLiteral("result")) != QLatin1String("completed") ||
               (receiver == Receiver::SpandspTerminal &&
                s.lineResult.value(QStringLiteral("pages")) != QLatin1String("1"))) {
        s.failure =
            QStringLiteral("the line reports: %1").arg(QString::fromLocal8Bit(output.trimmed()));
    } else if (receiver == Receiver::FaxConsole &&
               (!receiverResult.value(QStringLiteral("success")).toBool() ||
                receiverResult.value(QStringLiteral("pages")).toInt() != 1)) {
        s.failure = QStringLiteral("faxctl receive reports: %1\n  receiver log %2:\n%3")
                        .arg(QString::fromUtf8(
                                 QJsonDocument(receiverResult).toJson(QJsonDocument::Compact)),
                             receiverLog, tail(receiverLog));
    } else if (receiver == Receiver::Hylafax &&
               (!hylafaxLog.contains(QLatin1String("RECV FAX: end")) || hylafaxFaxes.size() != 1 ||
                hylafaxPages != 1)) {
        s.failure = QStringLiteral("faxgetty stored %1 (%2 pages)\n  its session log in %3:\n%4")
                        .arg(hylafaxFaxes.join(QLatin1Char(' ')))
                        .arg(hylafaxPages)
                        .arg(hylafax.spool() + QStringLiteral("/log"), lastLines(hylafaxLog));
    } else {
        s.ok = true;
    }
    if (!s.ok)
        s.failure += QStringLiteral("\n  sender log %1:\n%2").arg(senderLog, tail(senderLog));

    QString says;
    switch (receiver) {
    case Receiver::SpandspTerminal:
        says = QStringLiteral("ecm=%1 compression=\"%2\" rate=%3")
                   .arg(s.lineResult.value(QStringLiteral("ecm")),
                        s.lineResult.value(QStringLiteral("compression")),
                        s.lineResult.value(QStringLiteral("rate")));
        break;
    case Receiver::FaxConsole:
        says = QString::fromUtf8(
            QJsonDocument(receiverResult.value(QStringLiteral("session")).toObject())
                .toJson(QJsonDocument::Compact));
        break;
    case Receiver::Hylafax:
        says = QStringLiteral("coding=%1, its log: REMOTE wants %2")
                   .arg(s.compression.isEmpty() ? QStringLiteral("?") : s.compression,
                        hylafaxDcs(hylafaxLog));
        break;
    }
    line(QStringLiteral("%1 -> %2: %3; line %4 s, sender wall %5 s, CPU %6; the receiver says %7")
             .arg(name, receiverName(receiver),
                  s.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"), fixed(s.lineSeconds),
                  fixed(s.wallSeconds, 2),
                  s.cpuSeconds ? fixed(*s.cpuSeconds, 2) + QStringLiteral(" s")
                               : QStringLiteral("n/a"),
                  says));
    if (!s.ok)
        line(QStringLiteral("  ") + s.failure);
    return s;
}

// T.30 phases of a one-page call over V.17 outside the page data, in seconds. The V.21 frames
// carry a 1 s preamble (T.30 5.3.1) plus ~0.2-0.3 s of HDLC at 300 bps.
struct Phase
{
    const char *what;
    double seconds;
};
constexpr Phase kHandshakes[] = {
    {"dial to answer (the virtual line's dial delay)", 0.5},
    {"CED answer tone 2.6 s + 75 ms gap", 2.7},
    {"CSI + DIS (V.21)", 1.4},
    {"TSI + DCS (V.21) + 75 ms gap", 1.5},
    {"V.17 long training 1.4 s + TCF 1.5 s", 2.9},
    {"CFR (V.21) + 75 ms gap", 1.2},
    {"V.17 training before the page", 0.2},
    {"EOP or PPS-EOP (V.21)", 1.2},
    {"MCF (V.21)", 1.2},
    {"DCN (V.21)", 1.2},
};

double handshakeSeconds()
{
    double sum = 0;
    for (const Phase &p : kHandshakes)
        sum += p.seconds;
    return sum;
}

void Bench::report()
{
    line(QString());
    line(QStringLiteral("== 2. Theoretical minimum: page bits / %1 bps + handshakes")
             .arg(kLineRate));
    for (const Phase &p : kHandshakes)
        line(QStringLiteral("  %1 s  %2").arg(fixed(p.seconds), 4).arg(QLatin1String(p.what)));
    const double hs = handshakeSeconds();
    line(QStringLiteral("  handshakes total: %1 s (assumed; a session with ECM adds no extra "
                        "round trip for one page)")
             .arg(fixed(hs)));
    for (const QString &c : {QStringLiteral("t85"), QStringLiteral("mmr"), QStringLiteral("mr"),
                             QStringLiteral("mh")}) {
        if (!m_bytes.contains(c))
            continue;
        const qint64 bytes = m_bytes.value(c);
        double bits = bytes * 8.0;
        QString how = QStringLiteral("%1 B x 8").arg(bytes);
        if (c == QLatin1String("mmr") || c == QLatin1String("t85")) {
            // ECM: 256-octet frames, each with flag, address, control, FCD, frame number and FCS.
            const qint64 frames = (bytes + 255) / 256;
            bits = (bytes + frames * 7) * 8.0;
            how = QStringLiteral("(%1 B + %2 ECM frames x 7 B) x 8").arg(bytes).arg(frames);
        }
        const double data = bits / kLineRate;
        m_minimum.insert(c, data + hs);
        line(QStringLiteral("  %1: %2 = %3 bits / %4 = %5 s data + %6 s = %7 s")
                 .arg(c.toUpper(), how)
                 .arg(qint64(bits))
                 .arg(kLineRate)
                 .arg(fixed(data, 2), fixed(hs), fixed(data + hs, 1)));
    }

    for (Receiver receiver : kReceivers) {
        line(QString());
        line(QStringLiteral("== 1 + 3. Sessions: ITU chart 1, fine, V.17, to %1")
                 .arg(receiverName(receiver)));
        line(QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                 .arg(QStringLiteral("sender"), -28)
                 .arg(QStringLiteral("coding"), 6)
                 .arg(QStringLiteral("line s"), 7)
                 .arg(QStringLiteral("wall s"), 7)
                 .arg(QStringLiteral("CPU s"), 6)
                 .arg(QStringLiteral("CPU %core"), 9)
                 .arg(QStringLiteral("vs minimum")));
        for (const Session &s : std::as_const(m_sessions)) {
            if (s.receiver != receiver)
                continue;
            if (!s.ran) {
                line(QStringLiteral("  %1 skipped: %2").arg(s.name, -28).arg(s.failure));
                continue;
            }
            if (!s.ok) {
                line(QStringLiteral("  %1 FAILED").arg(s.name, -28));
                continue;
            }
            const double pct = s.cpuSeconds && s.wallSeconds > 0
                                   ? *s.cpuSeconds / s.wallSeconds * 100.0
                                   : std::nan("");
            const QString vsMin =
                m_minimum.contains(s.compression)
                    ? QStringLiteral("%1 x of %2 s")
                          .arg(fixed(s.lineSeconds / m_minimum.value(s.compression), 2),
                               fixed(m_minimum.value(s.compression)))
                    : QStringLiteral("n/a");
            line(
                QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                    .arg(s.name, -28)
                    .arg(s.compression.toUpper(), 6)
                    .arg(fixed(s.lineSeconds), 7)
                    .arg(fixed(s.wallSeconds, 2), 7)
                    .arg(s.cpuSeconds ? fixed(*s.cpuSeconds, 2) : QStringLiteral("n/a"), 6)
                    .arg(std::isnan(pct) ? QStringLiteral("n/a") : fixed(pct, 2) + QLatin1Char('%'),
                         9)
                    .arg(vsMin));
        }
    }

    line(QString());
    line(QStringLiteral("== Targets"));
    for (Receiver receiver : kReceivers)
        reportTargets(receiver);
    const Session *mmr = find(Receiver::SpandspTerminal, QStringLiteral("faxctl send (ECM"));
    if (mmr && mmr->ok && m_pairSeconds) {
        const double ratio = mmr->lineSeconds / *m_pairSeconds;
        line(QStringLiteral("  within 15 % of spandsp terminal-to-terminal (ECM, MMR): %1 s / %2 s "
                            "= %3 -> %4")
                 .arg(fixed(mmr->lineSeconds), fixed(*m_pairSeconds), fixed(ratio, 3),
                      ratio <= 1.15 ? QStringLiteral("met") : QStringLiteral("NOT met")));
    } else {
        line(QStringLiteral("  within 15 % of spandsp terminal-to-terminal (ECM, MMR): n/a (%1)")
                 .arg(m_pairFailure.isEmpty() ? QStringLiteral("a session is missing")
                                              : m_pairFailure));
    }
    for (const Session &s : std::as_const(m_sessions)) {
        if (s.ok && s.cpuSeconds && s.wallSeconds > 0 &&
            s.name.startsWith(QLatin1String("faxctl"))) {
            const double pct = *s.cpuSeconds / s.wallSeconds * 100.0;
            line(QStringLiteral("  CPU while sending <= 5 % of one core, %1 -> %2: %3 % -> %4")
                     .arg(s.name, receiverName(s.receiver), fixed(pct, 2),
                          pct <= 5 ? QStringLiteral("met") : QStringLiteral("NOT met")));
        }
    }
}

const Session *Bench::find(Receiver receiver, const QString &prefix) const
{
    for (const Session &s : m_sessions) {
        if (s.receiver == receiver && s.name.startsWith(prefix))
            return &s;
    }
    return nullptr;
}

/// Fax Console's best session against efax's, both to the same receiver.
void Bench::reportTargets(Receiver receiver)
{
    const Session *best = find(receiver, QStringLiteral("faxctl send (ECM"));
    const Session *efax = find(receiver, QStringLiteral("efax"));
    if (!best || !efax || !best->ok || !efax->ok) {
        QString why = QStringLiteral("a session is missing");
        for (const Session *s : {best, efax}) {
            if (s && !s->ran)
                why = QStringLiteral("skipped: %1").arg(s->failure);
        }
        line(QStringLiteral("  Fax Console <= 0.7 x efax, both to %1: n/a (%2)")
                 .arg(receiverName(receiver), why));
        return;
    }
    const double ratio = best->lineSeconds / efax->lineSeconds;
    line(QStringLiteral("  Fax Console (ECM, %1) <= 0.7 x efax, both to %2: %3 s / %4 s = %5 -> %6")
             .arg(best->compression.toUpper(), receiverName(receiver), fixed(best->lineSeconds),
                  fixed(efax->lineSeconds), fixed(ratio, 3),
                  ratio <= 0.7 ? QStringLiteral("met") : QStringLiteral("NOT met")));
    if (m_minimum.contains(best->compression))
        line(
            QStringLiteral("    (vs the theoretical minimum for %1: %2 s / %3 s = +%4 %)")
                .arg(best->compression.toUpper(), fixed(best->lineSeconds),
                     fixed(m_minimum.value(best->compression)),
                     fixed((best->lineSeconds / m_minimum.value(best->compression) - 1) * 100, 0)));
    for (const Session &s : std::as_const(m_sessions)) {
        if (s.receiver == receiver && s.ok && &s != best && &s != efax)
            line(QStringLiteral("    (%1, %2: %3 / %4 = %5)")
                     .arg(s.name, s.compression.toUpper(), fixed(s.lineSeconds),
                          fixed(efax->lineSeconds), fixed(s.lineSeconds / efax->lineSeconds, 3)));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench bench;
    line(QStringLiteral("== Fax session benchmark (real time, about 7 minutes)"));
    if (!bench.setUp())
        return 2;
    bench.compressedSizes();

    line(QString());
    const QStringList faxctlSend{QStringLiteral("send"),
                                 QStringLiteral("--device"),
                                 QStringLiteral("@LINK@"),
                                 QStringLiteral("--to"),
                                 QStringLiteral("123"),
                                 QStringLiteral("--flow"),
                                 QStringLiteral("none"),
                                 QStringLiteral("--lock-dir"),
                                 bench.m_dir.path(),
                                 QStringLiteral("--tsid"),
                                 kSenderId};
    const bool haveEfax = bench.prepareEfax();
    const QStringList efaxArgs{
        QStringLiteral("-o1"),    QStringLiteral("-vewinrmf"), QStringLiteral("-d"),
        QStringLiteral("@LINK@"), QStringLiteral("-l"),        kSenderId,
        QStringLiteral("-t"),     QStringLiteral("123"),       bench.m_efaxFile};
    auto skip = [&bench](const QString &name, Receiver receiver, const QString &why) {
        Session skipped;
        skipped.name = name;
        skipped.receiver = receiver;
        skipped.failure = why;
        bench.m_sessions << skipped;
    };
    for (Receiver receiver : kReceivers) {
        if (receiver == Receiver::Hylafax && !bench.m_hylafaxUnavailable.isEmpty()) {
            for (const char *name :
                 {"faxctl send (ECM, best)", "faxctl send --no-t85", "efax (MH, no ECM)"})
                skip(QLatin1String(name), receiver, bench.m_hylafaxUnavailable);
            continue;
        }
        // All receivers offer ECM; only the sender's choice differs. spandsp's terminal has
        // no T.85, so "best" is MMR there and T.85 against faxctl receive and faxgetty.
        const QStringList ecm = receiver == Receiver::SpandspTerminal
                                    ? QStringList{QStringLiteral("--ecm")}
                                    : QStringList();
        bench.m_sessions << bench.send(QStringLiteral("faxctl send (ECM, best)"), receiver,
                                       bench.m_faxctl, faxctlSend + QStringList{bench.m_chart1},
                                       ecm);
        const QString second = receiver == Receiver::SpandspTerminal ? QStringLiteral("--no-ecm")
                                                                     : QStringLiteral("--no-t85");
        bench.m_sessions << bench.send(QStringLiteral("faxctl send ") + second, receiver,
                                       bench.m_faxctl,
                                       faxctlSend + QStringList{second, bench.m_chart1}, ecm);
        if (receiver == Receiver::SpandspTerminal) {
            // A Class 2.0 modem runs T.30 itself; ours follows T.32 to the letter (the result
            // code, no +FPS: report, <DLE><ppm> page ends).
            const QStringList class20{QStringLiteral("--class"), QStringLiteral("2.0")};
            bench.m_sessions << bench.send(
                QStringLiteral("faxctl send --class 2.0 (ECM)"), receiver, bench.m_faxctl,
                faxctlSend + class20 + QStringList{bench.m_chart1},
                ecm + class20 +
                    QStringList{QStringLiteral("--page-status"), QStringLiteral("result"),
                                QStringLiteral("--page-end"), QStringLiteral("dle")});
        }
        if (haveEfax) {
            // -o1: Class 1; efax has no ECM and sends MH only.
            bench.m_sessions << bench.send(QStringLiteral("efax (MH, no ECM)"), receiver,
                                           bench.m_efax, efaxArgs);
        } else {
            skip(QStringLiteral("efax (MH, no ECM)"), receiver,
                 QStringLiteral("efax/efix missing or the chart could not be converted (Debian "
                                "package efax)"));
        }
    }
    bench.terminalPair();
    bench.report();

    for (const Session &s : std::as_const(bench.m_sessions)) {
        if (s.ran && !s.ok)
            return 1;
    }
    return 0;
}
