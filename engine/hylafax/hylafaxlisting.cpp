// SPDX-License-Identifier: GPL-3.0-or-later
#include "hylafaxlisting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace Fax::HylafaxListing {

namespace {

constexpr char Separator = '\x1f';
/// Lines longer than this are malformed (hfaxd's are a few hundred bytes).
constexpr qsizetype MaxLineBytes = 16384;

// The fields of each format, in order. %r of MDMFMT is left out: hfaxd 6.0.7 crashes on it.
const char *const JobFields[] = {"j", "g", "a", "o", "e", "v", "R", "C", "S", "J", "m",
                                 "W", "X", "p", "y", "t", "u", "d", "x", "I", "Z", "s"};
const char *const ReceivedFields[] = {"f", "Z", "p", "s", "r", "w", "n", "z", "j", "i", "o", "e"};
const char *const ModemFields[] = {"m", "n", "l", "z", "s"};
const char *const FileFields[] = {"f", "s"};

template <size_t N> QByteArray format(const char *const (&fields)[N])
{
    QByteArray f;
    for (size_t i = 0; i < N; ++i) {
        if (i)
            f += Separator;
        f += '%';
        f += fields[i];
    }
    return f;
}

QString text(const QByteArray &bytes)
{
    return HylafaxReplyParser::decode(bytes);
}

/// The lines of a listing: CR LF or LF, empty lines dropped.
QList<QByteArray> lines(const QByteArray &data)
{
    QList<QByteArray> out;
    for (QByteArray line : data.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

bool toInt(const QByteArray &field, int *value)
{
    bool ok = false;
    const int v = field.trimmed().toInt(&ok);
    if (!ok || v < 0)
        return false;
    *value = v;
    return true;
}

bool toInt64(const QByteArray &field, qint64 *value)
{
    bool ok = false;
    const qint64 v = field.trimmed().toLongLong(&ok);
    if (!ok || v < 0)
        return false;
    *value = v;
    return true;
}

template <typename T>
void malformed(HylafaxListingResult<T> *result, const QByteArray &line, const char *why)
{
    if (result->malformed++ == 0)
        result->problem = QCoreApplication::translate("Fax", "'%1': %2")
                              .arg(text(line.left(120)), QCoreApplication::translate("Fax", why));
}

/// "T" from "SUSPENDED" (JPARM STATE) as JOBFMT's %a says it.
char stateLetter(const QString &word)
{
    static const QHash<QString, char> letters = {
        {QStringLiteral("SUSPENDED"), 'T'}, {QStringLiteral("PENDING"), 'P'},
        {QStringLiteral("SLEEPING"), 'S'},  {QStringLiteral("BLOCKED"), 'B'},
        {QStringLiteral("READY"), 'W'},     {QStringLiteral("ACTIVE"), 'R'},
        {QStringLiteral("DONE"), 'D'},      {QStringLiteral("FAILED"), 'F'}};
    return letters.value(word.trimmed().toUpper(), '?');
}

bool validState(char c)
{
    return c != 0 && QByteArrayView("TPSBWRDF?").contains(c);
}

} // namespace

QByteArray jobFormat()
{
    return format(JobFields);
}

QByteArray receivedFormat()
{
    return format(ReceivedFields);
}

QByteArray modemFormat()
{
    return format(ModemFields);
}

QByteArray fileFormat()
{
    return format(FileFields);
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray q = "\"";
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            q += '\\';
            q += c;
        } else if (u < 0x20 || u == 0x7f) {
            q += '\\';
            q += QByteArray::number(u, 8).rightJustified(3, '0');
        } else {
            q += c;
        }
    }
    q += '"';
    return q;
}

HylafaxListingResult<HylafaxJobRecord> parseJobs(const QByteArray &data)
{
    HylafaxListingResult<HylafaxJobRecord> result;
    constexpr qsizetype count = sizeof(JobFields) / sizeof(JobFields[0]);
    for (const QByteArray &line : lines(data)) {
        if (line.size() > MaxLineBytes) {
            malformed(&result, line, QT_TRANSLATE_NOOP("Fax", "the line is too long"));
            continue;
        }
        const QList<QByteArray> f = line.split(Separator);
        if (f.size() != count) {
            malformed(&result, line,
                      QT_TRANSLATE_NOOP("Fax", "the line does not have the fields asked for"));
            continue;
        }
        HylafaxJobRecord r;
        qint64 id = 0;
        qint64 group = 0;
        const QByteArray state = f.at(2).trimmed();
        if (!toInt64(f.at(0), &id) || id <= 0 ||
            (!f.at(1).trimmed().isEmpty() && !toInt64(f.at(1), &group))) {
            malformed(&result, line, QT_TRANSLATE_NOOP("Fax", "the job number is not a number"));
            continue;
        }
        if (state.size() != 1 || !validState(state.at(0))) {
            malformed(&result, line, QT_TRANSLATE_NOOP("Fax", "the job state is unknown"));
            continue;
        }
        r.id = id;
        r.group = group > 0 ? group : id;
        r.state = state.at(0);
        r.owner = text(f.at(3));
        r.number = text(f.at(4));
        r.dialString = text(f.at(5));
        r.receiver = text(f.at(6));
        r.company = text(f.at(7));
        r.sender = text(f.at(8));
        r.tag = text(f.at(9));
        r.modem = text(f.at(10));
        r.commId = text(f.at(11));
        r.jobType = text(f.at(12));
        const bool numbers = toInt(f.at(13), &r.pagesDone) && toInt(f.at(14), &r.pagesTotal) &&
                             toInt(f.at(15), &r.tries) && toInt(f.at(16), &r.maxTries) &&
                             toInt(f.at(17), &r.dials) && toInt(f.at(18), &r.maxDials) &&
                             toInt(f.at(19), &r.userPriority) && toInt64(f.at(20), &r.timeToSend);
        if (!numbers) {
            malformed(&result, line, QT_TRANSLATE_NOOP("Fax", "a count is not a number"));
            continue;
        }
        r.status = text(f.at(21));
        result.records << r;
    }
    return result;
}

HylafaxListingResult<HylafaxReceivedRecord> parseReceived(const QByteArray &data)
{
    HylafaxListingResult<HylafaxReceivedRecord> result;
    constexpr qsizetype count = sizeof(ReceivedFields) / sizeof(ReceivedFields[0]);
    for (const QByteArray &line : lines(data)) {
        if (line.size() > MaxLineBytes) {
            malformed(&result, line, QT_TRANSLATE_NOOP("Fax", "the line is too long"));
            continue;
        }
        const QList<QByteArray> f = line.split(Separator);
        if (f.size() != count) {
            malformed(&result, line,
                      QT_TRANSLATE_NOOP("Fax", "the line does not have the fields asked for"));
            continue;
        }
        HylafaxReceivedRecord r;
        r.file = text(f.at(0).trimmed());
        if (receivedFaxId(r.file) <= 0) {
            malformed(&result, line, QT_TRANSLATE_NOOP("Fax", "the file is not a received fax"));
            continue;
        }
        if (!toInt64(f.at(1), &r.time) || !toInt(f.at(2), &r.pages) ||
            !toInt(f.at(4), &r.verticalResolution) || !toInt(f.at(5), &r.width) ||
            !toInt64(f.at(6), &r.size)) {
            malformed(&result, line, QT_TRANSLATE_NOOP("Fax", "a count is not a number"));
            continue;
        }
        r.sender = text(f.at(3));
        r.receiving = f.at(7).trimmed() == "*";
        r.callerNumber = text(f.at(8));
        r.callerName = text(f.at(9));
        r.owner = text(f.at(10));
        r.error = text(f.at(11)).trimmed();
        result.records << r;
    }
    return result;
}

HylafaxListingResult<HylafaxModemRecord> parseModems(const QByteArray &data, QString *scheduler)
{
    HylafaxListingResult<HylafaxModemRecord> result;
    constexpr qsizetype count = sizeof(ModemFields) / sizeof(ModemFields[0]);
    bool first = true;
    for (const QByteArray &line : lines(data)) {
        // The first line is the scheduler's own state, in no format of ours.
        if (first && !line.contains(Separator)) {
            first = false;
            if (scheduler)
                *scheduler = text(line.left(MaxLineBytes));
            continue;
        }
        first = false;
        if (line.size() > MaxLineBytes) {
            malformed(&result, line, QT_TRANSLATE_NOOP("Fax", "the line is too long"));
            continue;
        }
        const QList<QByteArray> f = line.split(Separator);
        if (f.size() != count || f.at(0).trimmed().isEmpty()) {
            malformed(&result, line,
                      QT_TRANSLATE_NOOP("Fax", "the line does not have the fields asked for"));
            continue;
        }
        HylafaxModemRecord r;
        r.name = text(f.at(0).trimmed());
        r.number = text(f.at(1));
        r.localId = text(f.at(2));
        r.faxgetty = f.at(3).trimmed() == "*";
        r.status = text(f.at(4)).trimmed();
        result.records << r;
    }
    return result;
}

QHash<JobId, qint64> parseDocumentSizes(const QByteArray &data)
{
    QHash<JobId, qint64> sizes;
    for (const QByteArray &line : lines(data)) {
        const QList<QByteArray> f = line.split(Separator);
        if (f.size() != 2)
            continue;
        const QByteArray name = f.at(0).trimmed();
        // doc12.ps.40 is job 40's; doc12.ps.40;21 and doc12.ps;... are what faxq prepared.
        if (!name.startsWith("doc") || name.contains(';'))
            continue;
        const qsizetype dot = name.lastIndexOf('.');
        if (dot <= 0)
            continue;
        bool ok = false;
        const JobId job = name.mid(dot + 1).toLongLong(&ok);
        qint64 bytes = 0;
        if (!ok || job <= 0 || !toInt64(f.at(1), &bytes))
            continue;
        sizes[job] += bytes;
    }
    return sizes;
}

bool parseJobState(const HylafaxReply &reply, HylafaxJobRecord *record, QString *problem)
{
    if (reply.code != 217 || reply.lines.size() < 2) {
        *problem = QCoreApplication::translate("Fax", "'%1' is no job state").arg(reply.message());
        return false;
    }
    QHash<QString, QString> values;
    for (qsizetype i = 1; i + 1 < reply.lines.size(); ++i) {
        const QString line = reply.lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        values.insert(line.left(colon).trimmed().toUpper(), line.mid(colon + 1).trimmed());
    }
    HylafaxJobRecord r;
    bool ok = false;
    r.id = values.value(QStringLiteral("JOBID")).toLongLong(&ok);
    if (!ok || r.id <= 0) {
        *problem = QCoreApplication::translate("Fax", "the job state names no job");
        return false;
    }
    r.group = values.value(QStringLiteral("GROUPID")).toLongLong(&ok);
    if (!ok || r.group <= 0)
        r.group = r.id;
    r.state = stateLetter(values.value(QStringLiteral("STATE")));
    r.owner = values.value(QStringLiteral("OWNER"));
    r.number = values.value(QStringLiteral("EXTERNAL"));
    r.dialString = values.value(QStringLiteral("DIALSTRING"));
    r.receiver = values.value(QStringLiteral("TOUSER"));
    r.company = values.value(QStringLiteral("TOCOMPANY"));
    r.sender = values.value(QStringLiteral("FROMUSER"));
    r.tag = values.value(QStringLiteral("JOBINFO"));
    r.modem = values.value(QStringLiteral("MODEM"));
    r.commId = values.value(QStringLiteral("COMMID"));
    r.status = values.value(QStringLiteral("STATUS"));
    const QString type = values.value(QStringLiteral("JOBTYPE"));
    r.jobType = type.isEmpty() ? QString() : type.left(1).toUpper();
    const auto number = [&](const char *key, int fallback) {
        bool good = false;
        const int v = values.value(QLatin1String(key)).toInt(&good);
        return good && v >= 0 ? v : fallback;
    };
    r.pagesDone = number("NPAGES", 0);
    r.pagesTotal = number("TOTPAGES", 0);
    r.tries = number("TOTTRIES", 0);
    r.maxTries = number("MAXTRIES", 0);
    r.dials = number("TOTDIALS", 0);
    r.maxDials = number("MAXDIALS", 0);
    r.userPriority = number("SCHEDPRI", 127);
    // SENDTIME is YYYYMMDDHHMMSS in the session's time zone (GMT, which Fax Console asks for).
    const QString sendTime = values.value(QStringLiteral("SENDTIME"));
    if (!sendTime.isEmpty() && sendTime != QLatin1String("NOW")) {
        QDateTime t = QDateTime::fromString(sendTime, QStringLiteral("yyyyMMddHHmmss"));
        t.setTimeZone(QTimeZone::utc());
        if (t.isValid())
            r.timeToSend = t.toSecsSinceEpoch();
    }
    *record = r;
    return true;
}

HylafaxEvent parseEvent(const QByteArray &bytes)
{
    HylafaxEvent e;
    QByteArray line = bytes;
    while (line.endsWith('\r') || line.endsWith('\n'))
        line.chop(1);
    // "HHMMSS NNN text": the time, the event number plus 100, and what happened.
    static const QRegularExpression head(QStringLiteral("^(\\d{6}) (\\d{3}) (.*)$"));
    const QRegularExpressionMatch m = head.match(text(line.left(MaxLineBytes)));
    if (!m.hasMatch())
        return e;
    e.event = m.captured(2).toInt() - 100;
    const QString rest = m.captured(3);
    if (e.event < 0 || e.event >= 64)
        return HylafaxEvent();
    if (e.event < HylafaxEvents::ReceiveBase) {
        static const QRegularExpression job(QStringLiteral("^JOB (\\d+) [^:]*: ?(.*)$"));
        const QRegularExpressionMatch j = job.match(rest);
        if (!j.hasMatch())
            return HylafaxEvent();
        e.eventClass = e.event < HylafaxEvents::SendBase ? HylafaxEvent::Class::Job
                                                         : HylafaxEvent::Class::Send;
        e.job = j.captured(1).toLongLong();
        e.text = j.captured(2);
        static const QRegularExpression page(QStringLiteral("Page (\\d+) sent"));
        const QRegularExpressionMatch p = page.match(e.text);
        if (p.hasMatch())
            e.pages = p.captured(1).toInt();
    } else if (e.event < HylafaxEvents::ModemBase) {
        static const QRegularExpression recv(QStringLiteral("^RECV FAX: ?(.*)$"));
        const QRegularExpressionMatch r = recv.match(rest);
        if (!r.hasMatch())
            return HylafaxEvent();
        e.eventClass = HylafaxEvent::Class::Receive;
        e.text = r.captured(1);
        static const QRegularExpression file(QStringLiteral("file (\\S+)$"));
        const QRegularExpressionMatch f = file.match(e.text);
        if (f.hasMatch())
            e.file = f.captured(1);
        static const QRegularExpression pages(QStringLiteral("(?:page|, )(\\d+)(?: pages)?"));
        const QRegularExpressionMatch p = pages.match(e.text);
        if (p.hasMatch())
            e.pages = p.captured(1).toInt();
    } else {
        static const QRegularExpression modem(QStringLiteral("^MODEM (\\S+): ?(.*)$"));
        const QRegularExpressionMatch md = modem.match(rest);
        if (!md.hasMatch())
            return HylafaxEvent();
        e.eventClass = HylafaxEvent::Class::Modem;
        e.modem = md.captured(1);
        e.text = md.captured(2);
    }
    return e;
}

qint64 receivedFaxId(const QString &file)
{
    static const QRegularExpression name(QStringLiteral("^(?:.*/)?fax0*(\\d{1,15})\\.tif$"));
    const QRegularExpressionMatch m = name.match(file);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

} // namespace Fax::HylafaxListing
