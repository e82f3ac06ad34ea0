// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl convert and info: documents to fax TIFF, and what a fax TIFF holds. Neither needs a
// server; both work on files only.
#include "ctlcommand.h"
#include "ctlformat.h"
#include "documentoptions.h"
#include "stopsignals.h"

#include "core/connectionsettings.h"
#include "cover/coverlibrary.h"
#include "cover/sendpreparation.h"
#include "imaging/boundedconverter.h"
#include "imaging/branding.h"
#include "imaging/documentconverter.h"
#include "imaging/faxtiff.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonValue>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <optional>
#include <unistd.h>

namespace Fax {

namespace {

QStringList halftoneKeys()
{
    return {QStringLiteral("auto"), QStringLiteral("threshold"), QStringLiteral("dither")};
}

bool halftoneFromKey(const QString &key, Halftone *out)
{
    static const Halftone values[] = {Halftone::Auto, Halftone::Threshold, Halftone::Dither};
    const qsizetype i = halftoneKeys().indexOf(key.toLower());
    if (i < 0)
        return false;
    *out = values[i];
    return true;
}

/// Reads the value of a choice option into *out (left alone when the option is not given).
/// Returns the usage error, or an empty string.
template <typename T>
QString choice(const CtlArgs &args, const char *option, bool (*fromKey)(const QString &, T *),
               const QStringList &keys, T *out)
{
    const QString name = QLatin1String(option);
    if (!args.isSet(name))
        return QString();
    const QString value = args.value(name);
    if (fromKey(value.toLower(), out))
        return QString();
    return QCoreApplication::translate("FaxCtl", "--%1: unknown value '%2' (allowed: %3)")
        .arg(name, value, keys.join(QStringLiteral(", ")));
}

/// "fine" when the line density is one of the fax resolutions, else empty.
QString resolutionName(const FaxTiffPageInfo &info)
{
    const FaxResolution r = resolutionFromLpi(info.yDpi);
    if (std::abs(info.yDpi - linesPerInch(r)) * 20 > linesPerInch(r))
        return QString();
    return resolutionKey(r);
}

QString pageSize(const FaxTiffPageInfo &info)
{
    const auto mm = [](int pixels, int dpi) { return dpi > 0 ? qRound(pixels * 25.4 / dpi) : 0; };
    return QCoreApplication::translate("FaxCtl", "%1 x %2 (%3 x %4 mm)")
        .arg(info.width)
        .arg(info.lines)
        .arg(mm(info.width, info.xDpi))
        .arg(mm(info.lines, info.yDpi));
}

QJsonObject pageToJson(int index, const FaxTiffPageInfo &info)
{
    QJsonObject o;
    o[QStringLiteral("page")] = index + 1;
    o[QStringLiteral("width")] = info.width;
    o[QStringLiteral("lines")] = info.lines;
    o[QStringLiteral("xDpi")] = info.xDpi;
    o[QStringLiteral("yDpi")] = info.yDpi;
    const QString resolution = resolutionName(info);
    o[QStringLiteral("resolution")] =
        resolution.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(resolution);
    o[QStringLiteral("compression")] = info.compressionName();
    o[QStringLiteral("bilevel")] = info.bilevel;
    o[QStringLiteral("dataBytes")] = info.dataBytes;
    o[QStringLiteral("badLines")] = info.badLines;
    o[QStringLiteral("consecutiveBadLines")] = info.consecutiveBadLines;
    return o;
}

/// What --verify found on a fax-coded page, by kind (lines counted from the page's tags).
QJsonObject damageToJson(const FaxPageDamage &d)
{
    QJsonObject o;
    o[QStringLiteral("damaged")] = d.damaged();
    o[QStringLiteral("invalidCodes")] = d.invalidCodes;
    o[QStringLiteral("wrongLength")] = d.wrongLength;
    o[QStringLiteral("missingLines")] = d.missingLines();
    o[QStringLiteral("decodedLines")] = d.decodedLines;
    o[QStringLiteral("damagedLines")] = d.damagedLines;
    o[QStringLiteral("tooLong")] = d.tooLong;
    o[QStringLiteral("readError")] =
        d.readError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.readError);
    return o;
}

QString directionText(const FaxTiffReader &reader)
{
    if (reader.receivedByOtherProgram())
        return reader.software().isEmpty()
                   ? QCoreApplication::translate("FaxCtl", "received (by another fax program)")
                   : QCoreApplication::translate("FaxCtl", "received (by %1)")
                         .arg(reader.software());
    if (!reader.fromFaxConsole())
        return QCoreApplication::translate("FaxCtl", "unknown (not written by Fax Console)");
    return reader.properties().received ? QCoreApplication::translate("FaxCtl", "received")
                                        : QCoreApplication::translate("FaxCtl", "sent");
}

QList<QPair<QString, QString>> propertyFields(const FaxTiffReader &reader)
{
    const FaxTiffProperties &p = reader.properties();
    return {
        {QCoreApplication::translate("FaxCtl", "Direction"), directionText(reader)},
        {QCoreApplication::translate("FaxCtl", "CSID"), p.csid},
        {QCoreApplication::translate("FaxCtl", "TSID"), p.tsid},
        {QCoreApplication::translate("FaxCtl", "Caller ID"), p.callerId},
        {QCoreApplication::translate("FaxCtl", "Routing"), p.routing},
        {QCoreApplication::translate("FaxCtl", "Port"), p.port},
        {QCoreApplication::translate("FaxCtl", "Sender"), p.sender},
        {QCoreApplication::translate("FaxCtl", "Recipient"), p.recipient},
        {QCoreApplication::translate("FaxCtl", "Subject"), p.subject},
        {QCoreApplication::translate("FaxCtl", "Job"),
         p.jobId > 0 ? QString::number(p.jobId) : QString()},
        {p.received ? QCoreApplication::translate("FaxCtl", "Received")
                    : QCoreApplication::translate("FaxCtl", "Time"),
         CtlFormat::humanTime(p.time)},
        {QCoreApplication::translate("FaxCtl", "Partial"),
         p.partial ? QCoreApplication::translate("FaxCtl", "yes (the call ended early)")
                   : QCoreApplication::translate("FaxCtl", "no")},
    };
}

QJsonObject propertiesToJson(const FaxTiffReader &reader)
{
    const FaxTiffProperties &p = reader.properties();
    QJsonObject o;
    o[QStringLiteral("direction")] = !reader.directionKnown() ? QJsonValue(QJsonValue::Null)
                                     : p.received ? QJsonValue(QStringLiteral("received"))
                                                  : QJsonValue(QStringLiteral("sent"));
    o[QStringLiteral("software")] = reader.software();
    o[QStringLiteral("csid")] = p.csid;
    o[QStringLiteral("tsid")] = p.tsid;
    o[QStringLiteral("callerId")] = p.callerId;
    o[QStringLiteral("routing")] = p.routing;
    o[QStringLiteral("port")] = p.port;
    o[QStringLiteral("sender")] = p.sender;
    o[QStringLiteral("recipient")] = p.recipient;
    o[QStringLiteral("subject")] = p.subject;
    o[QStringLiteral("job")] = p.jobId;
    o[QStringLiteral("time")] = CtlFormat::jsonTime(p.time);
    o[QStringLiteral("partial")] = p.partial;
    return o;
}

} // namespace

namespace {

QList<CtlOption> convertOptions()
{
    QList<CtlOption> options = {
        {"output", "OUT.tif", QT_TRANSLATE_NOOP("FaxCtl", "The fax TIFF to write (required)"),
         false, 'o'},
        {"resolution", "normal|fine|superfine",
         QT_TRANSLATE_NOOP("FaxCtl", "Vertical resolution: 98, 196 or 391 lines per inch "
                                     "(default fine)")},
        {"paper", "a4|letter|legal|b4|a3", QT_TRANSLATE_NOOP("FaxCtl", "Paper size (default a4)")},
        {"compression", "mh|mr|mmr",
         QT_TRANSLATE_NOOP("FaxCtl", "Coding: T.4 1-D, T.4 2-D or T.6 (default mmr)")},
        {"halftone", "auto|threshold|dither",
         QT_TRANSLATE_NOOP("FaxCtl", "How grey becomes black and white (default auto: "
                                     "dither photos, keep text crisp)")},
        {"no-rotate", nullptr,
         QT_TRANSLATE_NOOP("FaxCtl", "Do not turn landscape pages to fit portrait paper")},
        {"branding", "FORMAT",
         QT_TRANSLATE_NOOP("FaxCtl", "Header line on each page: %d date, %t time, %s TSID, "
                                     "%p page, %n pages, %% percent ('default' for the "
                                     "standard line)")},
        {"tsid", "ID",
         QT_TRANSLATE_NOOP("FaxCtl", "Station id for the branding line and the file's "
                                     "properties")},
        {"subject", "TEXT",
         QT_TRANSLATE_NOOP("FaxCtl", "Subject stored in the file and shown on the cover "
                                     "page")},
        {"processes", "1|2",
         QT_TRANSLATE_NOOP("FaxCtl", "Processes that render PDF pages (default 2 on a machine "
                                     "with two or more cores, else 1; the output is the same)")},
        {"time-limit", "SECONDS",
         QT_TRANSLATE_NOOP("FaxCtl", "Longest one step may take: opening a document (all of "
                                     "Ghostscript for PostScript) or making a page (default "
                                     "60; 0: no limit)")},
        {"memory-limit", "MIB",
         QT_TRANSLATE_NOOP("FaxCtl", "Most memory the conversion and Ghostscript may allocate, "
                                     "in MiB (default 1024; 0: no limit)")},
        {"damaged", "refuse|recode",
         QT_TRANSLATE_NOOP("FaxCtl", "Fax TIFF pages whose coded data is damaged: refuse them "
                                     "(default), or re-code the lines that decode and report "
                                     "what was lost")},
        {"quiet", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "No progress on stderr")},
        {"cover", "NAME|FILE",
         QT_TRANSLATE_NOOP("FaxCtl", "Put this cover page first, filled in as 'submit' "
                                     "would send it to the recipient of --to/--name/"
                                     "--company (FILE... may then be left out)")},
        {"note", "TEXT", QT_TRANSLATE_NOOP("FaxCtl", "Note on the cover page")}};
    return options + DocumentOptions::recipientOptions() + DocumentOptions::senderOptions();
}

class ConvertCommand final : public CtlCommand
{
public:
    ConvertCommand()
        : CtlCommand(
              {"convert",
               "FILE... -o OUT.tif [OPTIONS]",
               QT_TRANSLATE_NOOP("FaxCtl", "Convert documents into a fax TIFF, without sending"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl",
                   "Renders FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or UTF-8 "
                   "text, judged by content) into one multi-page fax TIFF (TIFF Class F) "
                   "OUT.tif, the way 'submit' would send them. Fax TIFF pages that already "
                   "fit are decoded and checked, then stored unchanged; damaged ones are refused "
                   "(or re-coded with --damaged recode). The conversion runs in a process of its "
                   "own under a time limit per step and a memory limit: a document that exceeds "
                   "one is refused, naming the file, the page and the limit. Shows progress on "
                   "stderr and a summary on stdout (--json: an object with pages, passedThrough, "
                   "workerPages, bytes, recoded and the pages of each file). On any error, and on "
                   "SIGINT or SIGTERM (which stop it within a second), nothing is written and an "
                   "existing OUT.tif is left as it was. Needs no display and no server."),
               convertOptions(),

               {false, false, true},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

class InfoCommand final : public CtlCommand
{
public:
    InfoCommand()
        : CtlCommand(
              {"info",
               "FAX.tif",
               QT_TRANSLATE_NOOP("FaxCtl", "Show the properties and pages of a fax TIFF"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl",
                   "Shows what a fax TIFF says about itself (direction, CSID, TSID, "
                   "caller ID, routing, port, sender, recipient, subject, job, time) and "
                   "each page's size, resolution, compression and bad lines. A fax another "
                   "fax server received (HylaFAX's recvq, spandsp) shows as received, "
                   "with the sender's TSI. --verify also decodes every page with "
                   "libtiff's decoder, counts its damage by kind (lines with invalid "
                   "code words, lines of the wrong length, lines missing where the data "
                   "ends early) and exits 1 when any page is damaged."),
               {{"verify", nullptr,
                 QT_TRANSLATE_NOOP("FaxCtl", "Decode every page and count its damage by kind")}},
               {},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

} // namespace

int ConvertCommand::run(const CtlArgs &args)
{
    const QStringList inputs = args.positional();
    const bool cover = args.isSet(QStringLiteral("cover"));
    if (inputs.isEmpty() && !cover)
        return usageError(QCoreApplication::translate(
                              "FaxCtl", "'convert' needs at least one document to convert"),
                          "convert");
    // The cover page and who it is for and from, as 'submit' takes them.
    SendDocument document;
    {
        QList<Party> recipients;
        if (const QString e = DocumentOptions::readRecipients(args, "convert", false, &recipients);
            !e.isEmpty())
            return usageError(e, "convert");
        if (recipients.size() > 1)
            return usageError(
                QCoreApplication::translate("FaxCtl", "convert: a cover page is filled in for one "
                                                      "recipient: give --to once"),
                "convert");
        document.recipient = recipients.value(0);
        if (const QString e = DocumentOptions::readSender(args, &document.sender); !e.isEmpty())
            return usageError(e, "convert");
        if (!cover && (!recipients.isEmpty() || args.isSet(QStringLiteral("note"))))
            return usageError(QCoreApplication::translate(
                                  "FaxCtl", "convert: --to, --name, --company and --note fill "
                                            "in a cover page: give --cover too"),
                              "convert");
        if (cover) {
            const Expected<CoverEntry> entry =
                CoverLibrary(defaultDataDirectory()).resolve(args.value(QStringLiteral("cover")));
            if (!entry)
                return failWith(entry.error());
            document.coverPage = entry->path;
        }
        document.files = inputs;
        document.subject = args.value(QStringLiteral("subject"));
        document.note = args.value(QStringLiteral("note"));
    }
    const QString output = args.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(
            QCoreApplication::translate("FaxCtl", "'convert' needs the file to write: -o OUT.tif"),
            "convert");

    ConvertOptions options;
    for (const QString &error :
         {choice(args, "resolution", &resolutionFromKey, resolutionKeys(),
                 &options.geometry.resolution),
          choice(args, "paper", &paperFromKey, paperKeys(), &options.geometry.paper),
          choice(args, "compression", &compressionFromKey, compressionKeys(), &options.compression),
          choice(args, "halftone", &halftoneFromKey, halftoneKeys(), &options.halftone)}) {
        if (!error.isEmpty())
            return usageError(error, "convert");
    }
    options.geometry.autoRotate = !args.isSet(QStringLiteral("no-rotate"));
    // A second process renders every second PDF page in parallel (QtPdf serialises PDFium
    // within a process), when there is a second core to run it.
    options.renderProcesses = std::min(2, QThread::idealThreadCount());
    if (args.isSet(QStringLiteral("processes"))) {
        bool ok = false;
        options.renderProcesses = args.value(QStringLiteral("processes")).toInt(&ok);
        if (!ok || options.renderProcesses < 1 || options.renderProcesses > 2)
            return usageError(
                QCoreApplication::translate("FaxCtl", "--processes: '%1' is not 1 or 2")
                    .arg(args.value(QStringLiteral("processes"))),
                "convert");
    }
    // The limits every conversion runs under; 0 lifts one.
    const auto number = [&](const char *option, int lowest, int highest, int *out) {
        const QString name = QLatin1String(option);
        if (!args.isSet(name))
            return QString();
        bool ok = false;
        const int value = args.value(name).toInt(&ok);
        if (ok && (value == 0 || (value >= lowest && value <= highest))) {
            *out = value;
            return QString();
        }
        return QCoreApplication::translate("FaxCtl",
                                           "--%1: '%2' is not 0 (no limit) or a number from %3 "
                                           "to %4")
            .arg(name, args.value(name))
            .arg(lowest)
            .arg(highest);
    };
    for (const QString &error : {number("time-limit", 1, 86400, &options.limits.stepSeconds),
                                 number("memory-limit", 64, 1 << 20, &options.limits.memoryMiB)}) {
        if (!error.isEmpty())
            return usageError(error, "convert");
    }
    if (args.isSet(QStringLiteral("damaged"))) {
        const QString value = args.value(QStringLiteral("damaged")).toLower();
        if (value == QLatin1String("refuse"))
            options.damagedPages = DamagedPages::Refuse;
        else if (value == QLatin1String("recode"))
            options.damagedPages = DamagedPages::Recode;
        else
            return usageError(QCoreApplication::translate(
                                  "FaxCtl", "--damaged: unknown value '%1' (allowed: refuse, "
                                            "recode)")
                                  .arg(args.value(QStringLiteral("damaged"))),
                              "convert");
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (args.isSet(QStringLiteral("branding"))) {
        const QString format = args.value(QStringLiteral("branding"));
        if (format.trimmed().isEmpty())
            return usageError(
                QCoreApplication::translate(
                    "FaxCtl",
                    "--branding: the format is empty (use 'default' for the standard line)"),
                "convert");
        options.brandingFormat =
            format == QLatin1String("default") ? Branding::defaultFormat() : format;
    }
    options.branding.time = now.toLocalTime();
    options.branding.tsid = args.value(QStringLiteral("tsid"));

    // A folder or a missing parent folder is known before any page is rendered.
    const QFileInfo out(output);
    if (out.isDir())
        return fail(
            QCoreApplication::translate("FaxCtl", "%1: cannot write the fax: it is a folder")
                .arg(output));
    const QFileInfo parent(out.absolutePath());
    if (!parent.exists())
        return fail(QCoreApplication::translate(
                        "FaxCtl", "%1: cannot write the fax: the folder %2 does not exist")
                        .arg(output, QDir::toNativeSeparators(parent.filePath())));
    if (!parent.isDir())
        return fail(
            QCoreApplication::translate("FaxCtl", "%1: cannot write the fax: %2 is not a folder")
                .arg(output, QDir::toNativeSeparators(parent.filePath())));

    FaxTiffProperties properties;
    properties.received = false;
    properties.tsid = options.branding.tsid;
    properties.subject = args.value(QStringLiteral("subject"));
    properties.time = now;

    // Progress overwrites one line on a terminal; logs get a line per page.
    const bool showProgress = !args.isSet(QStringLiteral("quiet"));
    const bool terminal = isatty(STDERR_FILENO);
    bool progressShown = false;
    const auto progress = [&](int done, int total) {
        if (!showProgress)
            return;
        const QString text = QCoreApplication::translate("FaxCtl", "%1: page %2 of %3")
                                 .arg(output)
                                 .arg(done)
                                 .arg(total);
        if (terminal)
            err() << '\r' << text << "\x1b[K";
        else
            err() << text << '\n';
        err().flush();
        progressShown = true;
    };
    // The conversion runs in a child process under the limits (BoundedConverter): a document
    // can neither hang faxctl nor exhaust its memory. Ctrl-C or SIGTERM ends the child at once
    // and removes the unfinished file. With a cover page, the pages are made as the send makes
    // them (SendPreparation): the cover first, counted on it, then the documents.
    StopSignals stopSignals;
    options.cancel = StopSignals::flag();
    int coverPages = 0;
    Expected<ConvertSummary> summary = ConvertSummary();
    if (cover) {
        document.resolution = options.geometry.resolution;
        document.brandingFormat = options.brandingFormat;
        document.stationId = options.branding.tsid;
        document.sendTime = options.branding.time;
        const auto prepared =
            SendPreparation::prepare(document, output, options, properties, progress);
        if (prepared) {
            ConvertSummary s = prepared->documents;
            s.pages = prepared->pages;
            coverPages = prepared->coverPages;
            summary = s;
        } else {
            summary = prepared.error();
        }
    } else {
        summary = BoundedConverter::convert(inputs, output, options, properties, progress);
    }
    if (progressShown && terminal) {
        err() << '\n';
        err().flush();
    }
    if (!summary)
        return fail(QCoreApplication::translate("FaxCtl", "cannot convert to %1: %2")
                        .arg(output, summary.error().message));
    // Damaged pages kept as far as they decode (--damaged recode): what was lost, page by page.
    for (const QString &note : summary->recoded)
        err() << QCoreApplication::translate("FaxCtl", "faxctl: warning: %1").arg(note) << '\n';
    err().flush();

    const qint64 bytes = QFileInfo(output).size();
    if (json()) {
        QJsonObject o;
        o[QStringLiteral("output")] = output;
        o[QStringLiteral("pages")] = summary->pages;
        o[QStringLiteral("passedThrough")] = summary->passedThrough;
        o[QStringLiteral("workerPages")] = summary->workerPages;
        o[QStringLiteral("bytes")] = bytes;
        o[QStringLiteral("paper")] = paperKey(options.geometry.paper);
        o[QStringLiteral("resolution")] = resolutionKey(options.geometry.resolution);
        o[QStringLiteral("compression")] = compressionKey(options.compression);
        QJsonArray files;
        for (qsizetype i = 0; i < inputs.size() && i < summary->pagesPerFile.size(); ++i) {
            QJsonObject f;
            f[QStringLiteral("file")] = inputs.at(i);
            f[QStringLiteral("pages")] = summary->pagesPerFile.at(i);
            files << f;
        }
        o[QStringLiteral("files")] = files;
        o[QStringLiteral("recoded")] = QJsonArray::fromStringList(summary->recoded);
        o[QStringLiteral("coverPage")] =
            cover ? QJsonValue(document.coverPage) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("coverPages")] = coverPages;
        printJson(o);
        return Success;
    }
    const auto pages = [](int n) {
        return n == 1 ? QCoreApplication::translate("FaxCtl", "1 page")
                      : QCoreApplication::translate("FaxCtl", "%1 pages").arg(n);
    };
    QString line = output + QStringLiteral(": ") + pages(summary->pages);
    if (coverPages > 0)
        line += QCoreApplication::translate("FaxCtl", " (the cover page first)");
    else if (summary->passedThrough > 0)
        line += QCoreApplication::translate("FaxCtl", " (%1 stored unchanged)")
                    .arg(summary->passedThrough);
    line += QCoreApplication::translate("FaxCtl", ", %1 bytes, %2, %3, %4")
                .arg(bytes)
                .arg(paperKey(options.geometry.paper).toUpper(),
                     resolutionKey(options.geometry.resolution),
                     compressionKey(options.compression).toUpper());
    printLine(line);
    if (inputs.size() > 1) {
        QList<QStringList> rows;
        for (qsizetype i = 0; i < inputs.size() && i < summary->pagesPerFile.size(); ++i)
            rows << QStringList{QStringLiteral("  ") + inputs.at(i),
                                pages(summary->pagesPerFile.at(i))};
        context().out() << CtlFormat::table({}, rows);
        context().out().flush();
    }
    return Success;
}

int InfoCommand::run(const CtlArgs &args)
{
    if (args.positional().size() != 1)
        return usageError(
            QCoreApplication::translate("FaxCtl", "'info' takes exactly one fax TIFF"), "info");
    const QString file = args.positional().constFirst();
    if (QFileInfo(file).isDir())
        return fail(
            QCoreApplication::translate("FaxCtl", "%1: is a folder, not a fax TIFF").arg(file));
    FaxTiffReader reader;
    if (auto r = reader.open(file); !r)
        return failWith(r.error());

    // --verify decodes every page: damage in the coded data shows only then. Fax-coded pages are
    // decoded with libtiff's CCITT decoder and their damage counted by kind; other pages only
    // have to decode.
    const bool verify = args.isSet(QStringLiteral("verify"));
    QList<QString> damage(reader.pageCount());
    QList<std::optional<FaxPageDamage>> counts(reader.pageCount());
    bool damaged = false;
    for (int i = 0; verify && i < reader.pageCount(); ++i) {
        FaxCompression coding;
        const FaxTiffPageInfo &info = reader.pageInfo(i);
        if (info.bilevel && info.faxCompression(&coding) && coding != FaxCompression::T85) {
            const auto check = reader.checkPage(i);
            if (!check) {
                damage[i] = check.error().message;
            } else if (check->damaged()) {
                counts[i] = check.value();
                damage[i] = QCoreApplication::translate("FaxCtl", "%1: page %2: damaged: %3")
                                .arg(file)
                                .arg(i + 1)
                                .arg(check->describe());
            } else {
                counts[i] = check.value();
            }
        } else if (auto page = reader.readPage(i); !page) {
            damage[i] = page.error().message;
        }
        damaged = damaged || !damage[i].isEmpty();
    }

    if (json()) {
        QJsonObject o = propertiesToJson(reader);
        o[QStringLiteral("file")] = file;
        o[QStringLiteral("bytes")] = QFileInfo(file).size();
        o[QStringLiteral("pageCount")] = reader.pageCount();
        QJsonArray pages;
        for (int i = 0; i < reader.pageCount(); ++i) {
            QJsonObject p = pageToJson(i, reader.pageInfo(i));
            if (verify) {
                p[QStringLiteral("error")] =
                    damage[i].isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(damage[i]);
                p[QStringLiteral("check")] =
                    counts[i] ? damageToJson(*counts[i]) : QJsonValue(QJsonValue::Null);
            }
            pages << p;
        }
        o[QStringLiteral("pages")] = pages;
        printJson(o);
    } else {
        QList<QStringList> rows;
        rows << QStringList{QCoreApplication::translate("FaxCtl", "File"), file};
        for (const auto &[label, value] : propertyFields(reader))
            rows << QStringList{label, value};
        rows << QStringList{QCoreApplication::translate("FaxCtl", "Pages"),
                            QString::number(reader.pageCount())};
        out() << CtlFormat::table({}, rows) << '\n';
        rows.clear();
        for (int i = 0; i < reader.pageCount(); ++i) {
            const FaxTiffPageInfo &info = reader.pageInfo(i);
            const QString name = resolutionName(info);
            QString resolution =
                QCoreApplication::translate("FaxCtl", "%1 x %2 dpi").arg(info.xDpi).arg(info.yDpi);
            if (!name.isEmpty())
                resolution += QStringLiteral(" (") + name + QLatin1Char(')');
            QString bad = QString::number(info.badLines);
            if (info.badLines > 0)
                bad += QCoreApplication::translate("FaxCtl", " (at most %1 in a row)")
                           .arg(info.consecutiveBadLines);
            QStringList row{QString::number(i + 1), pageSize(info), resolution,
                            info.compressionName(), bad};
            if (verify) {
                // The decoder's findings by kind; "-" where the page is no MH/MR/MMR page.
                const auto count = [&](int n) {
                    return counts[i] ? QString::number(n) : QStringLiteral("-");
                };
                const FaxPageDamage d = counts[i].value_or(FaxPageDamage());
                row << count(d.invalidCodes) << count(d.wrongLength) << count(d.missingLines())
                    << (damage[i].isEmpty() ? QCoreApplication::translate("FaxCtl", "ok")
                                            : QCoreApplication::translate("FaxCtl", "DAMAGED"));
            }
            rows << row;
        }
        QStringList header{QCoreApplication::translate("FaxCtl", "Page"),
                           QCoreApplication::translate("FaxCtl", "Size"),
                           QCoreApplication::translate("FaxCtl", "Resolution"),
                           QCoreApplication::translate("FaxCtl", "Compression"),
                           QCoreApplication::translate("FaxCtl", "Bad lines")};
        if (verify)
            header << QCoreApplication::translate("FaxCtl", "Invalid codes")
                   << QCoreApplication::translate("FaxCtl", "Wrong length")
                   << QCoreApplication::translate("FaxCtl", "Missing lines")
                   << QCoreApplication::translate("FaxCtl", "Check");
        out() << CtlFormat::table(header, rows);
        out().flush();
    }
    if (damaged) {
        for (const QString &why : damage) {
            if (!why.isEmpty())
                fail(why);
        }
        return Failure;
    }
    return Success;
}

void addImagingCommands(CtlCommandList &list)
{
    list.push_back(std::make_unique<ConvertCommand>());
    list.push_back(std::make_unique<InfoCommand>());
}

} // namespace Fax
