// faxctl send, receive and probe: a fax straight through a local Class 1 modem, in the
// foreground (like efax or sendfax), without the queue or a server.
#include "faxctl.h"
#include "faxctl_signals.h"

#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"
#include "modem/class1driver.h"
#include "modem/class2driver.h"
#include "modem/faxpagesource.h"
#include "modem/modemportprobe.h"
#include "modem/serialtransport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTemporaryDir>

#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <optional>
#include <unistd.h>

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
    config->modemClass = QStringLiteral("auto");
    if (args.isSet(QStringLiteral("class"))) {
        const QString cls = args.value(QStringLiteral("class")).toLower();
        if (cls == QLatin1String("1") || cls == QLatin1String("1.0"))
            config->modemClass = QStringLiteral("1");
        else if (cls == QLatin1String("auto") || cls == QLatin1String("2") ||
                 cls == QLatin1String("2.0"))
            config->modemClass = cls;
        else
            return choiceError(QStringLiteral("class"), args.value(QStringLiteral("class")),
                               {QStringLiteral("auto"), QStringLiteral("1"), QStringLiteral("2"),
                                QStringLiteral("2.0")});
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

/// Resolves "auto" by asking the modem (AT+FCLASS=?); a modem that does not say gets Class 1,
/// whose initialisation then names the problem.
QString resolveClass(const ModemConfig &config, AtDialogue &at,
                     const std::function<void(const QString &)> &progress)
{
    if (config.modemClass != QLatin1String("auto"))
        return config.modemClass;
    const auto chosen = Class2Driver::queryClass(at, config.commandTimeoutMs);
    if (!chosen) {
        progress(QCoreApplication::translate(
                     "FaxCtl", "cannot tell the modem's fax class (%1): trying Class 1")
                     .arg(chosen.error().message));
        return QStringLiteral("1");
    }
    progress(QCoreApplication::translate(
                 "FaxCtl", "the modem on %1 is driven in fax Class %2 (chosen automatically)")
                 .arg(config.serial.device, *chosen));
    return *chosen;
}

bool isTerminal(const QString &device)
{
    const int fd = ::open(QFile::encodeName(device).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return true; // cannot tell: keep the open error
    const bool tty = ::isatty(fd) == 1;
    ::close(fd);
    return tty;
}

/// Opens and locks the modem's port; the error names the device and why (the holder's PID
/// when another program has it, "not a modem" when it is no serial device).
Result openModem(SerialTransport &transport, const SerialConfig &config)
{
    if (!QFileInfo::exists(config.device))
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("FaxCtl", "The modem device %1 does not exist")
                .arg(config.device));
    Result r = transport.open();
    if (r || r.error().kind == Error::Kind::NotPermitted)
        return r;
    if (!isTerminal(config.device))
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("FaxCtl", "%1 is not a modem: it is no serial device (%2)")
                .arg(config.device, r.error().message));
    return r;
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

/// A file name in dir that does not exist yet: fax-20261201-173000.tif, -2, -3 ...
QString newFaxPath(const QDir &dir, const QDateTime &time)
{
    const QString base = QStringLiteral("fax-") + time.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = dir.filePath(base + QStringLiteral(".tif"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(base + QStringLiteral("-%1.tif").arg(n));
    return path;
}

struct ReceivedPage
{
    FaxPage page;
    int badLines = 0;
    int longestBadRun = 0;
};

} // namespace

int FaxCtl::cmdSend(const CtlArgs &args)
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
        m_err << QStringLiteral("faxctl: ") << text << '\n';
        m_err.flush();
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
    SerialTransport transport(config.serial);
    if (Result r = openModem(transport, config.serial); !r)
        return failWith(r.error());
    AtDialogue at(&transport);
    config.modemClass = resolveClass(config, at, progress);
    const auto variant = Class2Driver::variantFromKey(config.modemClass);
    std::unique_ptr<Class2Driver> class2;
    if (variant)
        class2 = std::make_unique<Class2Driver>(at, config, *variant);
    Class1Driver driver(at, config);
    T30::SendPreferences prefs;
    prefs.local = config.capabilities;
    prefs.resolution = resolution.value_or(pages.resolution());
    prefs.length = pages.pageLength();
    prefs.allowEcm = config.capabilities.ecm;
    T30::T30Sender session(tsid, prefs);
    const auto remoteId = [&] { return class2 ? class2->remoteId() : session.outcome().remoteId; };

    bool negotiated = false;
    int requested = -1;
    T30::SessionParams params;
    Class1Hooks hooks;
    hooks.abort = StopSignals::flag();
    hooks.pageData = [&](int n, const T30::SessionParams &p, T30::PageEnd *end) {
        if (!negotiated) {
            negotiated = true;
            params = p;
            const QString remote = remoteId();
            if (!remote.isEmpty())
                progress(
                    QCoreApplication::translate("FaxCtl", "remote station id: %1").arg(remote));
            progress(QCoreApplication::translate("FaxCtl", "negotiated %1").arg(paramsText(p)));
        }
        requested = n;
        progress(QCoreApplication::translate("FaxCtl", "sending page %1 of %2 at %3")
                     .arg(n + 1)
                     .arg(total)
                     .arg(p.rate.name()));
        *end = n + 1 < total ? T30::PageEnd::MorePages : T30::PageEnd::LastPage;
        return pages.page(n, p);
    };
    hooks.progress = [&](DeviceStatus status, int done, const QString &text) {
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
    const CallOutcome outcome = class2 ? class2->send(number, tsid, prefs.resolution, hooks)
                                       : driver.send(number, session, hooks);
    transport.close();

    const bool stopped = StopSignals::stopped();
    const bool success = outcome.success && outcome.pagesConfirmed == total && !stopped;
    const QString remote = remoteId();
    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("device")] = config.serial.device;
        o[QStringLiteral("number")] = number;
        o[QStringLiteral("faxClass")] = config.modemClass;
        o[QStringLiteral("success")] = success;
        o[QStringLiteral("status")] = enumKey(outcome.deviceStatus);
        o[QStringLiteral("pages")] = total;
        o[QStringLiteral("pagesConfirmed")] = outcome.pagesConfirmed;
        o[QStringLiteral("remoteId")] = remote;
        o[QStringLiteral("session")] =
            negotiated ? QJsonValue(paramsJson(params)) : QJsonValue(QJsonValue::Null);
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

int FaxCtl::cmdReceive(const CtlArgs &args)
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
        m_err << QStringLiteral("faxctl: ") << text << '\n';
        m_err.flush();
    };

    StopSignals stopSignals;
    SerialTransport transport(config.serial);
    if (Result r = openModem(transport, config.serial); !r)
        return failWith(r.error());
    AtDialogue at(&transport);
    config.modemClass = resolveClass(config, at, progress);
    const auto variant = Class2Driver::variantFromKey(config.modemClass);
    const QList<QByteArray> initCommands =
        variant ? Class2Driver::classInitCommands(config, *variant) : config.initCommands;
    if (Result r = at.initialize(initCommands, config.commandTimeoutMs); !r) {
        const QString why = r.error().message;
        transport.close();
        return fail(QCoreApplication::translate(
                        "FaxCtl",
                        "the modem on %1 does not take the fax init commands (not a modem, or "
                        "no Class %2): %3")
                        .arg(config.serial.device, config.modemClass, why));
    }
    // Caller ID where the modem has it; a modem without it is no reason to stop.
    (void)at.enableCallerId();

    int exitCode = Success;
    for (;;) {
        progress(
            QCoreApplication::translate(
                "FaxCtl", "waiting for a call on %1 (answering after %n ring(s))", nullptr, rings)
                .arg(config.serial.device));
        int heard = 0;
        qint64 lastRing = 0;
        at.takeRings();
        while (!StopSignals::stopped() && heard < rings) {
            if (at.waitForRing(250)) {
                heard += at.takeRings();
                lastRing = transport.nowMs();
                progress(at.callerId().isEmpty()
                             ? QCoreApplication::translate("FaxCtl", "RING %1").arg(heard)
                             : QCoreApplication::translate("FaxCtl", "RING %1 from %2")
                                   .arg(heard)
                                   .arg(at.callerId()));
            } else if (heard > 0 && transport.nowMs() - lastRing > 10000) {
                progress(
                    QCoreApplication::translate("FaxCtl", "the caller hung up before we answered"));
                heard = 0;
            }
            if (!transport.isOpen())
                break;
        }
        if (StopSignals::stopped()) {
            at.hangUp();
            transport.close();
            return fail(QCoreApplication::translate("FaxCtl",
                                                    "stopped by %1 while waiting for a call on %2")
                            .arg(StopSignals::signalName(), config.serial.device));
        }
        if (!transport.isOpen()) {
            return fail(QCoreApplication::translate(
                            "FaxCtl", "the modem port %1 closed while waiting for a call")
                            .arg(config.serial.device));
        }

        const QDateTime started = QDateTime::currentDateTimeUtc();
        const QString callerId = at.callerId();
        progress(QCoreApplication::translate("FaxCtl", "answering"));
        Class1Driver driver(at, config);
        T30::T30Receiver session(csid, config.capabilities);
        std::unique_ptr<Class2Driver> class2;
        if (variant)
            class2 = std::make_unique<Class2Driver>(at, config, *variant);
        QList<ReceivedPage> received;
        QStringList pageErrors;
        bool announced = false;
        std::optional<T30::SessionParams> sessionParams; // of the first page delivered
        Class1Hooks hooks;
        hooks.abort = StopSignals::flag();
        hooks.deliverPage = [&](int n, const QByteArray &data, const T30::SessionParams &p) {
            if (!announced) {
                announced = true;
                sessionParams = p;
                const QString remote = class2 ? class2->remoteId() : session.outcome().remoteId;
                if (!remote.isEmpty())
                    progress(
                        QCoreApplication::translate("FaxCtl", "remote station id: %1").arg(remote));
                progress(QCoreApplication::translate("FaxCtl", "negotiated %1").arg(paramsText(p)));
            }
            FaxCodec::DecodeOptions o;
            o.compression = p.compression;
            o.width = p.width;
            o.yDpi = linesPerInch(p.resolution);
            o.lsbFirst = true;
            const auto decoded = FaxCodec::decode(data, o);
            if (!decoded) {
                pageErrors << QCoreApplication::translate("FaxCtl", "page %1: %2")
                                  .arg(n + 1)
                                  .arg(decoded.error().message);
                return;
            }
            ReceivedPage page;
            page.page.image = decoded->image;
            page.page.yDpi = o.yDpi;
            page.badLines = decoded->badLines;
            page.longestBadRun = decoded->longestBadRun;
            received << page;
        };
        hooks.progress = [&](DeviceStatus, int, const QString &text) { progress(text); };
        const T30::Outcome outcome =
            class2 ? class2->receive(csid, hooks) : driver.receive(session, hooks);
        const bool stopped = StopSignals::stopped();
        for (const QString &e : pageErrors)
            progress(
                QCoreApplication::translate("FaxCtl", "a received page is unreadable, %1").arg(e));

        QString path;
        QString writeError;
        if (!received.isEmpty()) {
            FaxTiffProperties props;
            props.received = true;
            props.csid = csid;
            props.tsid = outcome.remoteId;
            props.callerId = callerId;
            props.port = config.serial.device;
            props.time = started;
            props.partial = !outcome.success || stopped || !pageErrors.isEmpty();
            path = newFaxPath(dir, started.toLocalTime());
            FaxTiffWriter writer(path);
            Result r = writer.open(props, int(received.size()));
            for (const ReceivedPage &p : received) {
                if (!r)
                    break;
                r = writer.addPage(p.page, FaxCompression::Mmr, p.badLines, p.longestBadRun);
            }
            if (r)
                r = writer.finish();
            if (!r) {
                writeError = r.error().message;
                path.clear();
            }
        }

        const bool complete =
            outcome.success && !stopped && !path.isEmpty() && pageErrors.isEmpty();
        if (m_json) {
            QJsonObject o;
            o[QStringLiteral("device")] = config.serial.device;
            o[QStringLiteral("success")] = complete;
            o[QStringLiteral("pages")] = int(received.size());
            o[QStringLiteral("remoteId")] = outcome.remoteId;
            o[QStringLiteral("callerId")] = callerId;
            o[QStringLiteral("file")] = path.isEmpty()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(QFileInfo(path).absoluteFilePath());
            o[QStringLiteral("partial")] = !path.isEmpty() && !complete;
            o[QStringLiteral("session")] = sessionParams ? QJsonValue(paramsJson(*sessionParams))
                                                         : QJsonValue(QJsonValue::Null);
            o[QStringLiteral("message")] = outcome.message;
            o[QStringLiteral("time")] = CtlFormat::jsonTime(started);
            o[QStringLiteral("stoppedBy")] =
                stopped ? QJsonValue(StopSignals::signalName()) : QJsonValue(QJsonValue::Null);
            // One object per call, one per line, like 'serve --json'.
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            m_out.flush();
        } else {
            if (!path.isEmpty())
                printLine(path);
            progress(QCoreApplication::translate("FaxCtl", "%n page(s) received from %1", nullptr,
                                                 int(received.size()))
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
            transport.close();
            return fail(QCoreApplication::translate(
                            "FaxCtl", "receiving on %1 stopped by %2; the modem has hung up")
                            .arg(config.serial.device, StopSignals::signalName()));
        }
        if (!complete)
            exitCode = Failure;
        if (once)
            break;
        // Ready for the next call: the modem may have been left in any state.
        if (Result r = at.recover(config.resetCommand, initCommands, config.commandTimeoutMs); !r) {
            transport.close();
            return fail(r.error().message);
        }
    }
    transport.close();
    if (exitCode != Success)
        return fail(QCoreApplication::translate("FaxCtl", "the fax call on %1 did not complete")
                        .arg(config.serial.device));
    return exitCode;
}

int FaxCtl::cmdProbe(const CtlArgs &args)
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
    SerialTransport transport(config.serial);
    if (Result r = openModem(transport, config.serial); !r)
        return failWith(r.error());
    AtDialogue at(&transport);
    at.setAbortFlag(StopSignals::flag());
    const auto info = ModemProbe(at, config.commandTimeoutMs).run();
    transport.close();
    if (StopSignals::stopped())
        return fail(QCoreApplication::translate("FaxCtl", "probing %1 stopped by %2")
                        .arg(config.serial.device, StopSignals::signalName()));
    if (!info)
        return failWith(info.error());
    // The class faxctl would drive this modem in: --class, if the modem lists it, or auto's pick.
    QString chosen = Class2Driver::chooseClass(info->classes);
    if (config.modemClass != QLatin1String("auto")) {
        const bool listed = config.modemClass == QLatin1String("1")
                                ? info->supportsClass1()
                                : info->classes.contains(config.modemClass);
        chosen = listed ? config.modemClass : QString();
    }
    if (m_json) {
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
        o[QStringLiteral("drivenIn")] =
            chosen.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(chosen);
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
        if (!chosen.isEmpty())
            driven = config.modemClass == QLatin1String("auto")
                         ? QCoreApplication::translate("FaxCtl", "Class %1 (with --class auto)")
                               .arg(chosen)
                         : QCoreApplication::translate("FaxCtl", "Class %1").arg(chosen);
        else if (config.modemClass != QLatin1String("auto"))
            driven = QCoreApplication::translate("FaxCtl", "none: the modem does not list Class %1")
                         .arg(config.modemClass);
        else
            driven = QCoreApplication::translate("FaxCtl",
                                                 "none: faxctl needs a Class 1, 2.0 or 2 modem");
        rows << QStringList{QCoreApplication::translate("FaxCtl", "Driven in"), driven};
        for (const QString &line : info->identification)
            rows << QStringList{QCoreApplication::translate("FaxCtl", "Identification"), line};
        for (QStringList &row : rows)
            row.first() += QLatin1Char(':');
        m_out << CtlFormat::table({}, rows);
        m_out.flush();
    }
    return Success;
}

} // namespace Fax
