// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl send, receive and probe: a fax straight through a local modem, in the foreground (like
// efax or sendfax), without the queue or a server. ModemSession does the modem's part; here
// are the options and what is printed.
#include "ctlcommand.h"
#include "ctlformat.h"
#include "stopsignals.h"

#include "modem/faxpagesource.h"
#include "modem/modemsession.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <optional>

namespace Fax {

namespace {

QString choiceError(const QString &option, const QString &value, const QStringList &allowed)
{
    return QCoreApplication::translate("FaxCtl", "--%1: unknown value '%2' (allowed: %3)")
        .arg(option, value, allowed.join(QStringLiteral(", ")));
}

/// The usage error for --option when id is no station id as T.30 carries it (up to 20
/// characters, digits, '+' and spaces); empty when it is one.
QString stationIdError(const QString &option, const QString &id)
{
    const bool valid = id.size() <= 20 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
                           return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                                  c == QLatin1Char('+') || c == QLatin1Char(' ');
                       });
    if (valid)
        return {};
    return QCoreApplication::translate(
               "FaxCtl", "--%1: '%2' is no station id (up to 20 digits, '+' and spaces)")
        .arg(option, id);
}

/// Reads the options every modem command shares into *config. Returns the usage error, or an
/// empty string.
QString modemConfig(const CtlArgs &args, ModemConfig *config)
{
    config->serial.device = args.value(QStringLiteral("device"));
    if (config->serial.device.isEmpty())
        return QCoreApplication::translate(
            "FaxCtl", "the modem's serial device is missing: --device DEV (e.g. /dev/ttyS0)");
    if (args.isSet(QStringLiteral("speed"))) {
        bool ok = false;
        const int speed = args.value(QStringLiteral("speed")).toInt(&ok);
        if (!ok || speed < 1200 || speed > 4000000)
            return QCoreApplication::translate(
                       "FaxCtl", "--speed: '%1' is no serial speed (bit/s, e.g. 19200 or 115200)")
                .arg(args.value(QStringLiteral("speed")));
        config->serial.baudRate = speed;
    }
    if (args.isSet(QStringLiteral("flow"))) {
        const QString flow = args.value(QStringLiteral("flow")).toLower();
        // The port settings' spellings ("rts-cts", "xon-xoff") are taken as well.
        if (flow == QLatin1String("rtscts") || flow == QLatin1String("rts-cts"))
            config->serial.flow = FlowControl::RtsCts;
        else if (flow == QLatin1String("xonxoff") || flow == QLatin1String("xon-xoff"))
            config->serial.flow = FlowControl::XonXoff;
        else if (flow == QLatin1String("none"))
            config->serial.flow = FlowControl::None;
        else
            return choiceError(
                QStringLiteral("flow"), args.value(QStringLiteral("flow")),
                {QStringLiteral("rtscts"), QStringLiteral("xonxoff"), QStringLiteral("none")});
    }
    if (args.isSet(QStringLiteral("lock-dir")))
        config->serial.lockDirectory = args.value(QStringLiteral("lock-dir"));
    config->modemClass = FaxClass::Auto;
    if (args.isSet(QStringLiteral("class"))) {
        bool ok = false;
        config->modemClass = faxClassFromKey(args.value(QStringLiteral("class")), &ok);
        if (!ok)
            return choiceError(QStringLiteral("class"), args.value(QStringLiteral("class")),
                               faxClassKeys());
    }
    if (args.isSet(QStringLiteral("no-ecm"))) {
        config->capabilities.ecm = false;
        config->capabilities.mmr = false; // T.6 and T.85 need ECM
        config->capabilities.t85 = false;
    }
    if (args.isSet(QStringLiteral("no-t85")))
        config->capabilities.t85 = false;
    return QString();
}

/// Settles Auto's class with the modem and says what it chose; a modem that does not say is
/// driven in Class 1, whose initialisation then names the problem.
void announceClass(ModemSession &session, const std::function<void(const QString &)> &progress)
{
    if (session.config().modemClass != FaxClass::Auto)
        return;
    const auto chosen = session.chooseClass();
    if (!chosen) {
        progress(QCoreApplication::translate(
                     "FaxCtl", "cannot tell the modem's fax class (%1): trying Class 1")
                     .arg(chosen.error().message));
        return;
    }
    progress(QCoreApplication::translate(
                 "FaxCtl", "the modem on %1 is driven in fax Class %2 (chosen automatically)")
                 .arg(session.device(), faxClassKey(*chosen)));
}

/// "V.17 14400" for a Class 1 +FTM/+FRM code.
QString carrierName(int code)
{
    switch (code) {
    case 24:
        return QStringLiteral("V.27ter 2400");
    case 48:
        return QStringLiteral("V.27ter 4800");
    case 72:
        return QStringLiteral("V.29 7200");
    case 96:
        return QStringLiteral("V.29 9600");
    case 73:
    case 74:
        return QStringLiteral("V.17 7200");
    case 97:
    case 98:
        return QStringLiteral("V.17 9600");
    case 121:
    case 122:
        return QStringLiteral("V.17 12000");
    case 145:
    case 146:
        return QStringLiteral("V.17 14400");
    default:
        return QString();
    }
}

QString carrierList(const QList<int> &codes)
{
    QStringList out;
    for (int code : codes) {
        const QString name = carrierName(code);
        out << (name.isEmpty() ? QString::number(code)
                               : QStringLiteral("%1 (%2)").arg(code).arg(name));
    }
    return out.isEmpty() ? QCoreApplication::translate("FaxCtl", "none reported")
                         : out.join(QStringLiteral(", "));
}

QJsonArray carrierJson(const QList<int> &codes)
{
    QJsonArray out;
    for (int code : codes) {
        QJsonObject o;
        o[QStringLiteral("code")] = code;
        const QString name = carrierName(code);
        o[QStringLiteral("name")] =
            name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
        out << o;
    }
    return out;
}

/// "V.17 14400, MMR, ECM, fine" for the DCS in force.
QString paramsText(const T30::SessionParams &p)
{
    return QStringLiteral("%1, %2, %3, %4")
        .arg(p.rate.name(),
             p.compression == FaxCompression::T85 ? QStringLiteral("T.85")
                                                  : compressionKey(p.compression).toUpper(),
             p.ecm ? QCoreApplication::translate("FaxCtl", "ECM")
                   : QCoreApplication::translate("FaxCtl", "no ECM"),
             resolutionKey(p.resolution));
}

QJsonObject paramsJson(const T30::SessionParams &p)
{
    QJsonObject o;
    o[QStringLiteral("rate")] = p.rate.name();
    o[QStringLiteral("bitsPerSecond")] = p.rate.bitsPerSecond;
    o[QStringLiteral("compression")] = compressionKey(p.compression);
    o[QStringLiteral("ecm")] = p.ecm;
    o[QStringLiteral("resolution")] = resolutionKey(p.resolution);
    o[QStringLiteral("width")] = p.width;
    return o;
}

} // namespace

namespace {

/// The options of a command that takes a local modem: --device, the command's own, then the
/// fax class and the serial settings every such command shares.
QList<CtlOption> withModemOptions(const QList<CtlOption> &own)
{
    QList<CtlOption> options = {
        {"device", "DEV", QT_TRANSLATE_NOOP("FaxCtl", "The modem's serial device (required)")}};
    options += own;
    options += {
        {"class", "auto|1|2|2.0",
         QT_TRANSLATE_NOOP("FaxCtl",
                           "Fax class to drive the modem in (default auto: Class 1 when the "
                           "modem has it, else 2.0, else 2)")},
        {"speed", "BPS", QT_TRANSLATE_NOOP("FaxCtl", "Serial speed to the modem (default 115200)")},
        {"flow", "rtscts|xonxoff|none",
         QT_TRANSLATE_NOOP("FaxCtl", "Serial flow control (default rtscts)")},
        {"lock-dir", "DIR",
         QT_TRANSLATE_NOOP("FaxCtl", "Folder of the UUCP lock files (default /var/lock)")}};
    return options;
}

class SendCommand final : public CtlCommand
{
public:
    SendCommand()
        : CtlCommand(
              {"send",
               "--device DEV --to NUMBER [OPTIONS] FILE...",
               QT_TRANSLATE_NOOP("FaxCtl",
                                 "Send documents now through a local modem, in the foreground"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl",
                   "Renders FILE... like 'convert', takes the modem on DEV (UUCP-locked; "
                   "a port in use fails naming the holder's PID), dials NUMBER and sends "
                   "the pages with the Class 1, 2 or 2.0 driver (--class), without the "
                   "queue or a server. "
                   "Progress (dialling, remote id, negotiated rate, compression and ECM, "
                   "page n of m sent and confirmed) goes to stderr, the outcome to stdout "
                   "(--json: an object). SIGINT or SIGTERM hangs up and fails. Exit 0 "
                   "only when the far end confirmed every page."),
               withModemOptions(
                   {{"to", "NUMBER", QT_TRANSLATE_NOOP("FaxCtl", "The number to dial (required)")},
                    {"tsid", "ID",
                     QT_TRANSLATE_NOOP("FaxCtl",
                                       "Station id to send (up to 20 digits, '+', spaces)")},
                    {"resolution", "normal|fine",
                     QT_TRANSLATE_NOOP("FaxCtl", "Vertical resolution (default fine)")},
                    {"no-ecm", nullptr,
                     QT_TRANSLATE_NOOP("FaxCtl", "Do not use error correction (ECM)")},
                    {"no-t85", nullptr,
                     QT_TRANSLATE_NOOP("FaxCtl", "Do not use T.85 (JBIG) coding: MMR at best")}}),
               {false, false, true},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

class ReceiveCommand final : public CtlCommand
{
public:
    ReceiveCommand()
        : CtlCommand(
              {"receive",
               "--device DEV [--rings N] [--once] [-o DIR] [OPTIONS]",
               QT_TRANSLATE_NOOP("FaxCtl", "Wait for calls on a local modem and receive faxes"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl",
                   "Takes the modem on DEV (UUCP-locked; Class 1, 2 or 2.0 by --class), "
                   "waits for a call, answers after "
                   "N rings and receives the fax into a fax TIFF in DIR (with CSID, TSID, "
                   "time and a partial flag when the call ended early), printing its path "
                   "(--json: one object per call and line). Waits for the next call "
                   "until SIGINT or SIGTERM, which hang up and fail; --once stops after "
                   "one call and exits 0 only when it was received completely."),
               withModemOptions(
                   {{"rings", "N", QT_TRANSLATE_NOOP("FaxCtl", "Answer after N rings (default 2)")},
                    {"once", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Exit after one call")},
                    {"output", "DIR",
                     QT_TRANSLATE_NOOP("FaxCtl",
                                       "Folder for the received faxes (default: the current one)"),
                     false, 'o'},
                    {"csid", "ID",
                     QT_TRANSLATE_NOOP("FaxCtl",
                                       "Station id to answer with (up to 20 digits, '+', spaces)")},
                    {"no-ecm", nullptr,
                     QT_TRANSLATE_NOOP("FaxCtl", "Do not offer error correction (ECM)")},
                    {"no-t85", nullptr,
                     QT_TRANSLATE_NOOP("FaxCtl", "Do not offer T.85 (JBIG) coding: MMR at best")}}),
               {},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

class ProbeCommand final : public CtlCommand
{
public:
    ProbeCommand()
        : CtlCommand(
              {"probe",
               "--device DEV [OPTIONS]",
               QT_TRANSLATE_NOOP("FaxCtl",
                                 "Ask a local modem who it is and what fax classes it has"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl", "Takes the modem on DEV (UUCP-locked) and shows its manufacturer, "
                             "model, revision, identification, fax classes, for Class 1 the "
                             "carriers it transmits and receives, for Class 2/2.0 the capabilities "
                             "it lists (+FCC=?/+FDCC=?) and the class faxctl would drive it in "
                             "(--class, or what auto picks). Fails when nothing on DEV "
                             "answers like a modem."),
               withModemOptions({}),
               {},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

} // namespace

int SendCommand::run(const CtlArgs &args)
{
    const QStringList files = args.positional();
    const QString number = args.value(QStringLiteral("to"));
    if (number.isEmpty())
        return usageError(
            QCoreApplication::translate("FaxCtl", "'send' needs the number to dial: --to NUMBER"),
            "send");
    if (files.isEmpty())
        return usageError(
            QCoreApplication::translate("FaxCtl", "'send' needs at least one document to send"),
            "send");
    ModemConfig config;
    if (const QString e = modemConfig(args, &config); !e.isEmpty())
        return usageError(e, "send");
    const QString tsid = args.value(QStringLiteral("tsid"));
    if (const QString e = stationIdError(QStringLiteral("tsid"), tsid); !e.isEmpty())
        return usageError(e, "send");
    std::optional<FaxResolution> resolution;
    if (args.isSet(QStringLiteral("resolution"))) {
        FaxResolution r = FaxResolution::Fine;
        const QString value = args.value(QStringLiteral("resolution")).toLower();
        if ((value != QLatin1String("normal") && value != QLatin1String("fine")) ||
            !resolutionFromKey(value, &r))
            return usageError(choiceError(QStringLiteral("resolution"), value,
                                          {QStringLiteral("normal"), QStringLiteral("fine")}),
                              "send");
        resolution = r;
    }
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile())
            return fail(
                QCoreApplication::translate("FaxCtl", "cannot send %1: no such file").arg(file));
    }

    const auto progress = [this](const QString &text) {
        err() << QStringLiteral("faxctl: ") << text << '\n';
        err().flush();
    };

    // Render the documents before taking the modem, so a bad document never ties up the line.
    QTemporaryDir work;
    if (!work.isValid())
        return fail(QCoreApplication::translate("FaxCtl", "cannot create a working folder: %1")
                        .arg(work.errorString()));
    progress(QCoreApplication::translate("FaxCtl", "preparing %n document(s)", nullptr,
                                         int(files.size())));
    FaxPageSource pages;
    if (Result r = pages.load(files, work.filePath(QStringLiteral("send.tif"))); !r)
        return failWith(r.error());
    const int total = pages.pageCount();
    progress(QCoreApplication::translate("FaxCtl", "%n page(s) to send", nullptr, total));

    StopSignals stopSignals;
    ModemSession session(config);
    session.setAbortFlag(StopSignals::flag());
    if (Result r = session.open(); !r)
        return failWith(r.error());
    announceClass(session, progress);

    int requested = -1;
    ModemSession::CallObserver observer;
    observer.negotiated = [&](const QString &remote, const T30::SessionParams &p) {
        if (!remote.isEmpty())
            progress(QCoreApplication::translate("FaxCtl", "remote station id: %1").arg(remote));
        progress(QCoreApplication::translate("FaxCtl", "negotiated %1").arg(paramsText(p)));
    };
    observer.pageRequested = [&](int n, const T30::SessionParams &p) {
        requested = n;
        progress(QCoreApplication::translate("FaxCtl", "sending page %1 of %2 at %3")
                     .arg(n + 1)
                     .arg(total)
                     .arg(p.rate.name()));
    };
    observer.progress = [&](DeviceStatus status, int done, const QString &text) {
        if (status == DeviceStatus::Sending && requested >= 0) {
            // The driver's "page n confirmed" (done = n); its "sending page" we said already.
            if (done == requested + 1)
                progress(QCoreApplication::translate("FaxCtl", "page %1 of %2 confirmed")
                             .arg(done)
                             .arg(total));
            return;
        }
        progress(text);
    };
    ModemSession::SendOptions options;
    options.number = number;
    options.tsid = tsid;
    options.resolution = resolution;
    const ModemSession::SendResult sent = session.send(pages, options, observer);
    session.close();
    const CallOutcome &outcome = sent.outcome;

    const bool stopped = StopSignals::stopped();
    const bool success = outcome.success && outcome.pagesConfirmed == total && !stopped;
    const QString remote = sent.remoteId;
    if (json()) {
        QJsonObject o;
        o[QStringLiteral("device")] = config.serial.device;
        o[QStringLiteral("number")] = number;
        o[QStringLiteral("faxClass")] = faxClassKey(sent.faxClass);
        o[QStringLiteral("success")] = success;
        o[QStringLiteral("status")] = enumKey(outcome.deviceStatus);
        o[QStringLiteral("pages")] = total;
        o[QStringLiteral("pagesConfirmed")] = outcome.pagesConfirmed;
        o[QStringLiteral("remoteId")] = remote;
        o[QStringLiteral("session")] =
            sent.session ? QJsonValue(paramsJson(*sent.session)) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("message")] = outcome.message;
        o[QStringLiteral("stoppedBy")] =
            stopped ? QJsonValue(StopSignals::signalName()) : QJsonValue(QJsonValue::Null);
        printJson(o);
    } else {
        printLine(QCoreApplication::translate("FaxCtl", "%1 of %2 page(s) confirmed by %3%4: %5")
                      .arg(outcome.pagesConfirmed)
                      .arg(total)
                      .arg(number,
                           remote.isEmpty() ? QString()
                                            : QStringLiteral(" (") + remote + QLatin1Char(')'),
                           displayName(outcome.deviceStatus)));
        if (!outcome.message.isEmpty())
            printLine(
                QCoreApplication::translate("FaxCtl", "T.30 result: %1").arg(outcome.message));
    }
    if (stopped)
        return fail(QCoreApplication::translate(
                        "FaxCtl", "sending to %1 stopped by %2; the modem on %3 has hung up")
                        .arg(number, StopSignals::signalName(), config.serial.device));
    if (!success) {
        const QString why =
            outcome.message.isEmpty() ? displayName(outcome.deviceStatus) : outcome.message;
        return fail(
            QCoreApplication::translate(
                "FaxCtl", "the fax to %1 was not sent completely (%2 of %3 page(s) confirmed): %4")
                .arg(number)
                .arg(outcome.pagesConfirmed)
                .arg(total)
                .arg(why));
    }
    return Success;
}

int ReceiveCommand::run(const CtlArgs &args)
{
    if (!args.positional().isEmpty())
        return usageError(
            QCoreApplication::translate("FaxCtl", "'receive' takes no arguments ('%1')")
                .arg(args.positional().first()),
            "receive");
    ModemConfig config;
    if (const QString e = modemConfig(args, &config); !e.isEmpty())
        return usageError(e, "receive");
    const QString csid = args.value(QStringLiteral("csid"));
    if (const QString e = stationIdError(QStringLiteral("csid"), csid); !e.isEmpty())
        return usageError(e, "receive");
    int rings = 2;
    if (args.isSet(QStringLiteral("rings"))) {
        bool ok = false;
        rings = args.value(QStringLiteral("rings")).toInt(&ok);
        if (!ok || rings < 1 || rings > 20)
            return usageError(
                QCoreApplication::translate("FaxCtl", "--rings: '%1' is no ring count (1 to 20)")
                    .arg(args.value(QStringLiteral("rings"))),
                "receive");
    }
    const bool once = args.isSet(QStringLiteral("once"));
    const QString outDir = args.isSet(QStringLiteral("output"))
                               ? args.value(QStringLiteral("output"))
                               : QStringLiteral(".");
    QDir dir(outDir);
    if (!dir.exists() && !QDir().mkpath(outDir))
        return fail(
            QCoreApplication::translate("FaxCtl", "cannot create the folder %1 for received faxes")
                .arg(outDir));
    if (!QFileInfo(dir.absolutePath()).isWritable())
        return fail(QCoreApplication::translate(
                        "FaxCtl", "cannot write received faxes into %1: permission denied")
                        .arg(outDir));

    const auto progress = [this](const QString &text) {
        err() << QStringLiteral("faxctl: ") << text << '\n';
        err().flush();
    };

    StopSignals stopSignals;
    ModemSession session(config);
    session.setAbortFlag(StopSignals::flag());
    if (Result r = session.open(); !r)
        return failWith(r.error());
    announceClass(session, progress);
    // Caller ID where the modem has it; a modem without it is no reason to stop. A stop while
    // the modem is set up is told as a stop while waiting, below.
    if (Result r = session.prepareToListen(); !r && !StopSignals::stopped()) {
        session.close();
        return fail(
            QCoreApplication::translate(
                "FaxCtl", "the modem on %1 does not take the fax init commands (not a modem, or "
                          "no Class %2): %3")
                .arg(config.serial.device, faxClassKey(session.callClass()), r.error().message));
    }

    int exitCode = Success;
    for (;;) {
        progress(
            QCoreApplication::translate(
                "FaxCtl", "waiting for a call on %1 (answering after %n ring(s))", nullptr, rings)
                .arg(config.serial.device));
        session.clearRings();
        while (!StopSignals::stopped() && session.rings() < rings) {
            switch (session.waitForRing(250)) {
            case ModemSession::RingEvent::Ring:
                progress(session.callerId().isEmpty()
                             ? QCoreApplication::translate("FaxCtl", "RING %1").arg(session.rings())
                             : QCoreApplication::translate("FaxCtl", "RING %1 from %2")
                                   .arg(session.rings())
                                   .arg(session.callerId()));
                break;
            case ModemSession::RingEvent::CallerGone:
                progress(
                    QCoreApplication::translate("FaxCtl", "the caller hung up before we answered"));
                break;
            case ModemSession::RingEvent::None:
                break;
            }
            if (!session.isOpen())
                break;
        }
        if (StopSignals::stopped()) {
            session.hangUp();
            session.close();
            return fail(QCoreApplication::translate("FaxCtl",
                                                    "stopped by %1 while waiting for a call on %2")
                            .arg(StopSignals::signalName(), config.serial.device));
        }
        if (!session.isOpen()) {
            return fail(QCoreApplication::translate(
                            "FaxCtl", "the modem port %1 closed while waiting for a call")
                            .arg(config.serial.device));
        }

        progress(QCoreApplication::translate("FaxCtl", "answering"));
        ModemSession::ReceiveOptions options;
        options.directory = outDir;
        options.csid = csid;
        options.station = config.serial.device;
        options.naming = ReceivedFaxWriter::Naming::LocalTime;
        ModemSession::CallObserver observer;
        observer.negotiated = [&](const QString &remote, const T30::SessionParams &p) {
            if (!remote.isEmpty())
                progress(
                    QCoreApplication::translate("FaxCtl", "remote station id: %1").arg(remote));
            progress(QCoreApplication::translate("FaxCtl", "negotiated %1").arg(paramsText(p)));
        };
        observer.progress = [&](DeviceStatus, int, const QString &text) { progress(text); };
        const ModemSession::ReceiveResult received = session.receive(options, observer);
        const T30::Outcome &outcome = received.outcome;
        const bool stopped = StopSignals::stopped();
        for (const ReceivedFaxWriter::Problem &p : received.stored.problems)
            progress(QCoreApplication::translate("FaxCtl", "a received page is unreadable, %1")
                         .arg(QCoreApplication::translate("FaxCtl", "page %1: %2")
                                  .arg(p.page + 1)
                                  .arg(p.message)));
        const QString path = received.stored.fax.file;
        const QString writeError = received.stored.error;
        const int pages = received.stored.decodedPages;

        const bool complete =
            outcome.success && !stopped && !path.isEmpty() && received.stored.problems.isEmpty();
        if (json()) {
            QJsonObject o;
            o[QStringLiteral("device")] = config.serial.device;
            o[QStringLiteral("success")] = complete;
            o[QStringLiteral("pages")] = pages;
            o[QStringLiteral("remoteId")] = outcome.remoteId;
            o[QStringLiteral("callerId")] = received.callerId;
            o[QStringLiteral("file")] = path.isEmpty()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(QFileInfo(path).absoluteFilePath());
            o[QStringLiteral("partial")] = !path.isEmpty() && !complete;
            o[QStringLiteral("session")] = received.session
                                               ? QJsonValue(paramsJson(*received.session))
                                               : QJsonValue(QJsonValue::Null);
            o[QStringLiteral("message")] = outcome.message;
            o[QStringLiteral("time")] = CtlFormat::jsonTime(received.time);
            o[QStringLiteral("stoppedBy")] =
                stopped ? QJsonValue(StopSignals::signalName()) : QJsonValue(QJsonValue::Null);
            // One object per call, one per line, like 'serve --json'.
            out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            out().flush();
        } else {
            if (!path.isEmpty())
                printLine(path);
            progress(
                QCoreApplication::translate("FaxCtl", "%n page(s) received from %1", nullptr, pages)
                    .arg(outcome.remoteId.isEmpty()
                             ? QCoreApplication::translate("FaxCtl", "an unknown station")
                             : outcome.remoteId));
            if (!outcome.message.isEmpty())
                progress(
                    QCoreApplication::translate("FaxCtl", "T.30 result: %1").arg(outcome.message));
        }
        if (!writeError.isEmpty())
            progress(QCoreApplication::translate("FaxCtl", "cannot store the received fax: %1")
                         .arg(writeError));
        if (stopped) {
            session.close();
            return fail(QCoreApplication::translate(
                            "FaxCtl", "receiving on %1 stopped by %2; the modem has hung up")
                            .arg(config.serial.device, StopSignals::signalName()));
        }
        if (!complete)
            exitCode = Failure;
        if (once)
            break;
        // Ready for the next call: the modem may have been left in any state.
        if (Result r = session.recover(); !r) {
            session.close();
            return fail(r.error().message);
        }
    }
    session.close();
    if (exitCode != Success)
        return fail(QCoreApplication::translate("FaxCtl", "the fax call on %1 did not complete")
                        .arg(config.serial.device));
    return exitCode;
}

int ProbeCommand::run(const CtlArgs &args)
{
    if (!args.positional().isEmpty())
        return usageError(QCoreApplication::translate("FaxCtl", "'probe' takes no arguments ('%1')")
                              .arg(args.positional().first()),
                          "probe");
    ModemConfig config;
    if (const QString e = modemConfig(args, &config); !e.isEmpty())
        return usageError(e, "probe");
    // A stop while the modem is asked gives up the waits and still releases the lock.
    StopSignals stopSignals;
    ModemSession session(config);
    session.setAbortFlag(StopSignals::flag());
    if (Result r = session.open(); !r)
        return failWith(r.error());
    const auto info = session.probe();
    session.close();
    if (StopSignals::stopped())
        return fail(QCoreApplication::translate("FaxCtl", "probing %1 stopped by %2")
                        .arg(config.serial.device, StopSignals::signalName()));
    if (!info)
        return failWith(info.error());
    // The class faxctl would drive this modem in: --class, if the modem lists it, or auto's pick.
    const FaxClass chosen = FaxModemDriver::drivenClass(config.modemClass, info->classes);
    if (json()) {
        QJsonObject o;
        o[QStringLiteral("device")] = config.serial.device;
        o[QStringLiteral("manufacturer")] = info->manufacturer;
        o[QStringLiteral("model")] = info->model;
        o[QStringLiteral("revision")] = info->revision;
        o[QStringLiteral("identification")] = QJsonArray::fromStringList(info->identification);
        o[QStringLiteral("classes")] = QJsonArray::fromStringList(info->classes);
        o[QStringLiteral("class1")] = info->supportsClass1();
        o[QStringLiteral("transmitCarriers")] = carrierJson(info->transmitCarriers);
        o[QStringLiteral("receiveCarriers")] = carrierJson(info->receiveCarriers);
        o[QStringLiteral("class2")] = info->supportsClass2();
        o[QStringLiteral("class20")] = info->supportsClass20();
        o[QStringLiteral("class2Capabilities")] = info->supportsClass2()
                                                      ? QJsonValue(info->class2Capabilities)
                                                      : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("class20Capabilities")] = info->supportsClass20()
                                                       ? QJsonValue(info->class20Capabilities)
                                                       : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("drivenIn")] = chosen == FaxClass::Auto ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(faxClassKey(chosen));
        printJson(o);
    } else {
        QList<QStringList> rows = {
            {QCoreApplication::translate("FaxCtl", "Device"), config.serial.device},
            {QCoreApplication::translate("FaxCtl", "Manufacturer"), info->manufacturer},
            {QCoreApplication::translate("FaxCtl", "Model"), info->model},
            {QCoreApplication::translate("FaxCtl", "Revision"), info->revision},
            {QCoreApplication::translate("FaxCtl", "Fax classes"),
             info->classes.join(QStringLiteral(", "))},
            {QCoreApplication::translate("FaxCtl", "Class 1"),
             info->supportsClass1() ? QCoreApplication::translate("FaxCtl", "yes")
                                    : QCoreApplication::translate("FaxCtl", "no")},
        };
        if (info->supportsClass1()) {
            rows << QStringList{QCoreApplication::translate("FaxCtl", "Transmit carriers"),
                                carrierList(info->transmitCarriers)};
            rows << QStringList{QCoreApplication::translate("FaxCtl", "Receive carriers"),
                                carrierList(info->receiveCarriers)};
        }
        const auto capabilities = [](const QString &text) {
            return text.isEmpty() ? QCoreApplication::translate("FaxCtl", "none reported")
                                  : text + QStringLiteral(" (VR,BR,WD,LN,DF,EC,BF,ST)");
        };
        rows << QStringList{QCoreApplication::translate("FaxCtl", "Class 2.0"),
                            info->supportsClass20() ? QCoreApplication::translate("FaxCtl", "yes")
                                                    : QCoreApplication::translate("FaxCtl", "no")};
        if (info->supportsClass20())
            rows << QStringList{QCoreApplication::translate("FaxCtl", "Class 2.0 capabilities"),
                                capabilities(info->class20Capabilities)};
        rows << QStringList{QCoreApplication::translate("FaxCtl", "Class 2"),
                            info->supportsClass2() ? QCoreApplication::translate("FaxCtl", "yes")
                                                   : QCoreApplication::translate("FaxCtl", "no")};
        if (info->supportsClass2())
            rows << QStringList{QCoreApplication::translate("FaxCtl", "Class 2 capabilities"),
                                capabilities(info->class2Capabilities)};
        QString driven;
        if (chosen != FaxClass::Auto)
            driven =
                config.modemClass == FaxClass::Auto
                    ? QCoreApplication::translate("FaxCtl", "Class %1 (with --class auto)")
                          .arg(faxClassKey(chosen))
                    : QCoreApplication::translate("FaxCtl", "Class %1").arg(faxClassKey(chosen));
        else if (config.modemClass != FaxClass::Auto)
            driven = QCoreApplication::translate("FaxCtl", "none: the modem does not list Class %1")
                         .arg(faxClassKey(config.modemClass));
        else
            driven = QCoreApplication::translate("FaxCtl",
                                                 "none: faxctl needs a Class 1, 2.0 or 2 modem");
        rows << QStringList{QCoreApplication::translate("FaxCtl", "Driven in"), driven};
        for (const QString &line : info->identification)
            rows << QStringList{QCoreApplication::translate("FaxCtl", "Identification"), line};
        for (QStringList &row : rows)
            row.first() += QLatin1Char(':');
        out() << CtlFormat::table({}, rows);
        out().flush();
    }
    return Success;
}

void addModemCommands(CtlCommandList &list)
{
    list.push_back(std::make_unique<SendCommand>());
    list.push_back(std::make_unique<ReceiveCommand>());
    list.push_back(std::make_unique<ProbeCommand>());
}

} // namespace Fax
