// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/class2pagestatus.h"

namespace Fax {

namespace {

bool valid(const std::optional<int> &response)
{
    return response && *response >= Class2PageStatus::Mcf && *response <= Class2PageStatus::Pip;
}

bool positive(int response)
{
    return response == Class2PageStatus::Mcf || response == Class2PageStatus::Rtp ||
           response == Class2PageStatus::Pip;
}

bool exchangeEndedNormally(const Class2PageStatus::Evidence &e)
{
    const bool finished =
        e.finalCode == AtResponse::Code::Ok || e.finalCode == AtResponse::Code::Error;
    return finished && (!e.hangup || *e.hangup == 0);
}

// What the final result code says by itself. T.32 gives it a meaning (OK: the far end took the
// page, ERROR: it did not); EIA/TIA-592 does not, but an ERROR to AT+FET comes with a page to
// send again (HylaFAX's Class 2 driver reads it so). A hang-up report makes the OK after it
// the one that always follows +FHS, not an answer about the page.
std::optional<bool> polarity(const Class2PageStatus::Evidence &e)
{
    if (e.hangup || !e.finalCode)
        return std::nullopt;
    if (*e.finalCode == AtResponse::Code::Error)
        return false;
    if (*e.finalCode == AtResponse::Code::Ok && e.class20)
        return true;
    return std::nullopt;
}

Class2PageStatus::Answer answer(int response, const QString &reason)
{
    Class2PageStatus::Answer a;
    a.response = response;
    a.verdict = positive(response) ? Class2PageStatus::Verdict::Confirmed
                                   : Class2PageStatus::Verdict::Rejected;
    a.reason = reason;
    return a;
}

Class2PageStatus::Answer unknown(const QString &reason)
{
    Class2PageStatus::Answer a;
    a.reason = reason;
    return a;
}

QString codeName(const std::optional<AtResponse::Code> &code)
{
    return code ? resultCodeText(*code) : QStringLiteral("no result code");
}

} // namespace

bool Class2PageStatus::needsQuery(const Evidence &e)
{
    if (!exchangeEndedNormally(e))
        return false;
    if (!valid(e.reported))
        return true;
    const std::optional<bool> p = polarity(e);
    return p && *p != positive(*e.reported);
}

Class2PageStatus::Answer Class2PageStatus::resolve(const Evidence &e)
{
    const std::optional<bool> p = polarity(e);
    const QString result = codeName(e.finalCode);
    if (valid(e.queried)) {
        const int q = *e.queried;
        if (p && *p != positive(q))
            return unknown(QStringLiteral("the modem answered %1 but its +FPS parameter says %2")
                               .arg(result, responseName(q)));
        if (valid(e.reported) && *e.reported != q && !p)
            return unknown(QStringLiteral("the modem reported %1 but its +FPS parameter says %2")
                               .arg(responseName(*e.reported), responseName(q)));
        return answer(q, QStringLiteral("%1 (asked for, after %2)").arg(responseName(q), result));
    }
    if (valid(e.reported)) {
        const int r = *e.reported;
        if (p && *p != positive(r))
            return unknown(QStringLiteral("the modem reported %1 but answered %2")
                               .arg(responseName(r), result));
        return answer(r, QStringLiteral("%1 (reported, then %2)").arg(responseName(r), result));
    }
    if (p) {
        // T.32: OK for MCF, RTP or PIP, ERROR for RTN or PIN; the modem would not say which.
        return *p ? answer(Mcf, QStringLiteral("OK after the page: MCF, RTP or PIP"))
                  : answer(Rtn, QStringLiteral("ERROR after the page: RTN or PIN"));
    }
    if (e.hangup) {
        const int code = *e.hangup;
        // T.30 reaches its normal end after EOP only once the far end confirmed the last page.
        if (code == 0 && e.lastPage)
            return answer(Mcf, QStringLiteral("normal end of the call after EOP"));
        if (code >= 40 && code < 50) {
            Answer a;
            a.verdict = Verdict::NotSent;
            a.reason = QStringLiteral("the call ended while the page was sent (hang-up code %1)")
                           .arg(code);
            return a;
        }
        return unknown(QStringLiteral("the call ended before the far end's answer (hang-up "
                                      "code %1)")
                           .arg(code));
    }
    return unknown(QStringLiteral("no page status with %1").arg(result));
}

std::optional<int> Class2PageStatus::parseResponse(const QStringList &lines)
{
    for (const QString &raw : lines) {
        QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('+'))) {
            const QString name = line.section(QLatin1Char(':'), 0, 0).trimmed().toUpper();
            if (name != QLatin1String("+FPS") && name != QLatin1String("+FPTS"))
                continue;
            line = line.section(QLatin1Char(':'), 1);
        }
        bool ok = false;
        const int v = line.section(QLatin1Char(','), 0, 0).trimmed().toInt(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

QString Class2PageStatus::responseName(int response)
{
    switch (response) {
    case Mcf:
        return QStringLiteral("MCF");
    case Rtn:
        return QStringLiteral("RTN");
    case Rtp:
        return QStringLiteral("RTP");
    case Pin:
        return QStringLiteral("PIN");
    case Pip:
        return QStringLiteral("PIP");
    default:
        return QString::number(response);
    }
}

} // namespace Fax
