// SPDX-License-Identifier: GPL-3.0-or-later
// Class2Driver's parameter side: +FCC/+FIS values and ranges, +FCS parsing and the
// +FHS/+FHNG hang-up codes. The calls themselves are in class2driver.cpp (receive) and
// class2driver_send.cpp.
#include "modem/class2driver.h"

#include <QCoreApplication>

#include <algorithm>

namespace Fax {

using namespace T30;

namespace {

int bitRateCode(const Capabilities &caps)
{
    if (caps.v17)
        return 5; // 14400
    if (caps.v29)
        return 3; // 9600
    if (caps.v27ter)
        return 1; // 4800
    return 0;
}

int scanTimeCode(int ms)
{
    if (ms <= 0)
        return 0;
    if (ms <= 5)
        return 1;
    if (ms <= 10)
        return 3;
    if (ms <= 20)
        return 5;
    return 7;
}

// Class 2.0 writes parameter values in hexadecimal, Class 2 in decimal.
QByteArray joinParams(const QList<int> &values, Class2Driver::Variant variant)
{
    const int base = variant == Class2Driver::Variant::Class20 ? 16 : 10;
    QByteArray out;
    for (int i = 0; i < values.size(); ++i) {
        if (i)
            out.append(',');
        out.append(QByteArray::number(values.at(i), base).toUpper());
    }
    return out;
}

QList<int> baseParams(const Capabilities &caps, int vr)
{
    const int wd = caps.maxWidth >= 2432 ? 2 : caps.maxWidth >= 2048 ? 1 : 0;
    const int ln = caps.maxLength == PageLength::Unlimited ? 2
                   : caps.maxLength == PageLength::B4      ? 1
                                                           : 0;
    // T.6 needs ECM; the modem does ECM itself in Class 2/2.0.
    const int df = caps.mmr && caps.ecm ? 3 : caps.mr ? 1 : 0;
    const int ec = caps.ecm ? 2 : 0; // 256-octet frames
    return {vr, bitRateCode(caps), wd, ln, df, ec, 0, scanTimeCode(caps.minScanMs)};
}

} // namespace

std::optional<Class2Driver::Variant> Class2Driver::variantOf(FaxClass cls)
{
    if (cls == FaxClass::Class2)
        return Variant::Class2;
    if (cls == FaxClass::Class20)
        return Variant::Class20;
    return std::nullopt;
}

QList<QByteArray> Class2Driver::classInitCommands(const ModemConfig &config, Variant variant)
{
    QList<QByteArray> out;
    for (const QByteArray &c : config.initCommands) {
        if (!c.toUpper().startsWith("AT+FCLASS"))
            out << c;
    }
    out << (variant == Variant::Class20 ? QByteArray("AT+FCLASS=2.0") : QByteArray("AT+FCLASS=2"));
    return out;
}

QByteArray Class2Driver::capabilityParams(const Capabilities &caps, Variant variant)
{
    // VR: Class 2 knows normal (0) and fine (1); Class 2.0 takes a bit map (1 fine, 2 superfine).
    int vr = caps.fine ? 1 : 0;
    if (variant == Variant::Class20 && caps.superfine)
        vr |= 2;
    return joinParams(baseParams(caps, vr), variant);
}

QByteArray Class2Driver::wantedParams(const Capabilities &caps, FaxResolution resolution,
                                      Variant variant)
{
    // The modem picks the best resolution both ends have, up to the pages' own.
    int vr = 0;
    if (resolution != FaxResolution::Normal && caps.fine)
        vr = 1;
    if (resolution == FaxResolution::Superfine && caps.superfine && variant == Variant::Class20)
        vr |= 2;
    return joinParams(baseParams(caps, vr), variant);
}

QList<QList<int>> Class2Driver::parseRanges(const QString &answer, Variant variant)
{
    const int base = variant == Variant::Class20 ? 16 : 10;
    QList<QList<int>> out;
    QString text = answer;
    const qsizetype open = text.indexOf(QLatin1Char('('));
    if (open < 0)
        return out;
    text = text.mid(open);
    qsizetype pos = 0;
    while ((pos = text.indexOf(QLatin1Char('('), pos)) >= 0) {
        const qsizetype close = text.indexOf(QLatin1Char(')'), pos);
        if (close < 0)
            break;
        QList<int> values;
        for (const QString &item : text.mid(pos + 1, close - pos - 1).split(QLatin1Char(','))) {
            const QString t = item.trimmed();
            const qsizetype dash = t.indexOf(QLatin1Char('-'));
            bool ok1 = false;
            bool ok2 = false;
            if (dash > 0) {
                const int from = t.left(dash).toInt(&ok1, base);
                const int to = t.mid(dash + 1).toInt(&ok2, base);
                if (ok1 && ok2 && from <= to && to - from < 256) {
                    for (int v = from; v <= to; ++v)
                        values << v;
                }
            } else {
                const int v = t.toInt(&ok1, base);
                if (ok1)
                    values << v;
            }
        }
        out << values;
        pos = close + 1;
    }
    return out;
}

QByteArray Class2Driver::clampParams(const QByteArray &params, const QList<QList<int>> &ranges,
                                     Variant variant)
{
    const int base = variant == Variant::Class20 ? 16 : 10;
    QList<QByteArray> parts = params.split(',');
    for (int i = 0; i < parts.size() && i < ranges.size(); ++i) {
        const QList<int> &allowed = ranges.at(i);
        bool ok = false;
        const int v = parts.at(i).toInt(&ok, base);
        if (!ok || allowed.isEmpty() || allowed.contains(v))
            continue;
        int best = -1;
        for (int a : allowed) {
            if (a <= v && a > best)
                best = a;
        }
        if (best < 0)
            best = *std::min_element(allowed.cbegin(), allowed.cend());
        parts[i] = QByteArray::number(best, base).toUpper();
    }
    return parts.join(',');
}

std::optional<SessionParams> Class2Driver::parseSessionParams(const QString &values,
                                                              Variant variant)
{
    const QStringList parts = values.split(QLatin1Char(','));
    if (parts.size() < 5)
        return std::nullopt;
    QList<int> v;
    for (const QString &p : parts) {
        bool ok = false;
        // Class 2.0 writes its values in hexadecimal; below 10 both read the same.
        const int n = p.trimmed().toInt(&ok, variant == Variant::Class20 ? 16 : 10);
        v << (ok ? n : (p.trimmed().isEmpty() ? 0 : -1));
    }
    while (v.size() < 8)
        v << 0;
    if (v.mid(0, 8).contains(-1))
        return std::nullopt;
    SessionParams s;
    const int vr = v.at(0);
    if (vr == 0)
        s.resolution = FaxResolution::Normal;
    else if (vr == 1)
        s.resolution = FaxResolution::Fine;
    else if (vr == 2 && variant == Variant::Class20)
        s.resolution = FaxResolution::Superfine;
    else
        return std::nullopt; // 200/300/400 dpi pages are not ours to code
    switch (v.at(1)) {
    case 0:
        s.rate = Rate{Modulation::V27ter, 2400};
        break;
    case 1:
        s.rate = Rate{Modulation::V27ter, 4800};
        break;
    case 2:
        s.rate = Rate{Modulation::V29, 7200};
        break;
    case 3:
        s.rate = Rate{Modulation::V29, 9600};
        break;
    case 4:
        s.rate = Rate{Modulation::V17, 12000};
        break;
    case 5:
        s.rate = Rate{Modulation::V17, 14400};
        break;
    default:
        return std::nullopt;
    }
    switch (v.at(2)) {
    case 0:
        s.width = 1728;
        break;
    case 1:
        s.width = 2048;
        break;
    case 2:
        s.width = 2432;
        break;
    default:
        return std::nullopt;
    }
    s.length = v.at(3) == 0   ? PageLength::A4
               : v.at(3) == 1 ? PageLength::B4
                              : PageLength::Unlimited;
    switch (v.at(4)) {
    case 0:
        s.compression = FaxCompression::Mh;
        break;
    case 1:
        s.compression = FaxCompression::Mr;
        break;
    case 3:
        s.compression = FaxCompression::Mmr;
        break;
    default:
        return std::nullopt; // uncompressed mode, JBIG ...
    }
    s.ecm = v.at(5) != 0;
    s.ecmFrameSize = v.at(5) == 1 && variant == Variant::Class2 ? 64 : 256;
    // ST: 0..7 = 0, 5, 10/5, 10, 20/10, 20, 40/20, 40 ms (the second value at fine and finer).
    static const int normalMs[] = {0, 5, 10, 10, 20, 20, 40, 40};
    static const int fineMs[] = {0, 5, 5, 10, 10, 20, 20, 40};
    const int st = qBound(0, v.at(7), 7);
    s.minScanMs = s.resolution == FaxResolution::Normal ? normalMs[st] : fineMs[st];
    if (s.ecm)
        s.minScanMs = 0;
    return s;
}

int Class2Driver::hangupCode(const QString &value, Variant variant)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    if (variant == Variant::Class2) {
        const int n = v.toInt(&ok, 10);
        return ok ? n : -1;
    }
    // Two hexadecimal digits read digit by digit ("54" is 54, "A1" is 101). A modem that
    // writes decimal differs only from 100 on, and three digits are never hexadecimal here.
    if (v.size() == 3) {
        const int n = v.toInt(&ok, 10);
        return ok && n >= 100 && n < 256 ? n : -1;
    }
    const int n = v.toInt(&ok, 16);
    if (!ok || n < 0 || n > 0xFF)
        return -1;
    return (n >> 4) * 10 + (n & 0xF);
}

namespace {

// EIA/TIA-592 and T.32 hangup codes, numbered the Class 2 (decimal) way.
struct HangupMeaning
{
    int code;
    const char *text;
};
const HangupMeaning kHangupMeanings[] = {
    {0, QT_TRANSLATE_NOOP("Fax", "normal end of the call")},
    {1, QT_TRANSLATE_NOOP("Fax", "ring detected without a successful handshake")},
    {2, QT_TRANSLATE_NOOP("Fax", "call aborted (+FK or CAN)")},
    {3, QT_TRANSLATE_NOOP("Fax", "no loop current: is the modem connected to the phone line?")},
    {4, QT_TRANSLATE_NOOP("Fax", "ringback detected, no answer")},
    {5, QT_TRANSLATE_NOOP("Fax", "ringback detected, answered without fax tone (CED)")},
    {10, QT_TRANSLATE_NOOP("Fax", "unspecified error in phase A")},
    {11, QT_TRANSLATE_NOOP("Fax", "no answer: no fax machine answered (T.30 T1 timeout)")},
    {20, QT_TRANSLATE_NOOP("Fax", "unspecified error in transmit phase B")},
    {21, QT_TRANSLATE_NOOP("Fax", "the far end cannot receive")},
    {22, QT_TRANSLATE_NOOP("Fax", "command error in transmit phase B (COMREC)")},
    {23, QT_TRANSLATE_NOOP("Fax", "invalid command received in transmit phase B")},
    {24, QT_TRANSLATE_NOOP("Fax", "response error in transmit phase B (RSPREC)")},
    {25, QT_TRANSLATE_NOOP("Fax", "DCS sent 3 times without response")},
    {26, QT_TRANSLATE_NOOP("Fax", "DIS/DTC received 3 times: DCS not recognised")},
    {27, QT_TRANSLATE_NOOP("Fax", "failure to train at 2400 bit/s or the minimum speed")},
    {28, QT_TRANSLATE_NOOP("Fax", "invalid response received in transmit phase B")},
    {40, QT_TRANSLATE_NOOP("Fax", "unspecified error in transmit phase C")},
    {41, QT_TRANSLATE_NOOP("Fax", "unspecified image format error")},
    {42, QT_TRANSLATE_NOOP("Fax", "image conversion error")},
    {43, QT_TRANSLATE_NOOP("Fax", "page data underflow from the computer to the modem")},
    {44, QT_TRANSLATE_NOOP("Fax", "unrecognised transparent data command")},
    {45, QT_TRANSLATE_NOOP("Fax", "image error: wrong line length")},
    {46, QT_TRANSLATE_NOOP("Fax", "image error: wrong page length")},
    {47, QT_TRANSLATE_NOOP("Fax", "image error: wrong compression code")},
    {50, QT_TRANSLATE_NOOP("Fax", "unspecified error in transmit phase D")},
    {51, QT_TRANSLATE_NOOP("Fax", "response error in transmit phase D (RSPREC)")},
    {52, QT_TRANSLATE_NOOP("Fax", "no response to MPS, repeated 3 times")},
    {53, QT_TRANSLATE_NOOP("Fax", "invalid response to MPS")},
    {54, QT_TRANSLATE_NOOP("Fax", "no response to EOP, repeated 3 times")},
    {55, QT_TRANSLATE_NOOP("Fax", "invalid response to EOP")},
    {56, QT_TRANSLATE_NOOP("Fax", "no response to EOM, repeated 3 times")},
    {57, QT_TRANSLATE_NOOP("Fax", "invalid response to EOM")},
    {58, QT_TRANSLATE_NOOP("Fax", "unable to continue after PIN or PIP")},
    {70, QT_TRANSLATE_NOOP("Fax", "unspecified error in receive phase B")},
    {71, QT_TRANSLATE_NOOP("Fax", "response error in receive phase B (RSPREC)")},
    {72, QT_TRANSLATE_NOOP("Fax", "command error in receive phase B (COMREC)")},
    {73, QT_TRANSLATE_NOOP("Fax", "T.30 T2 timeout: the expected page did not come")},
    {74, QT_TRANSLATE_NOOP("Fax", "T.30 T1 timeout after EOM")},
    {90, QT_TRANSLATE_NOOP("Fax", "unspecified error in receive phase C")},
    {91, QT_TRANSLATE_NOOP("Fax", "missing EOL after 5 seconds")},
    {92, QT_TRANSLATE_NOOP("Fax", "bad CRC or frame (ECM)")},
    {93, QT_TRANSLATE_NOOP("Fax", "page data overflow from the modem to the computer")},
    {94, QT_TRANSLATE_NOOP("Fax", "bad CRC or frame (ECM)")},
    {100, QT_TRANSLATE_NOOP("Fax", "unspecified error in receive phase D")},
    {101, QT_TRANSLATE_NOOP("Fax", "invalid response received in receive phase D (RSPREC)")},
    {102, QT_TRANSLATE_NOOP("Fax", "invalid command received in receive phase D (COMREC)")},
    {103, QT_TRANSLATE_NOOP("Fax", "unable to continue after PIN or PIP")},
};

} // namespace

QString Class2Driver::hangupText(int code)
{
    for (const HangupMeaning &m : kHangupMeanings) {
        if (m.code == code)
            return QCoreApplication::translate("Fax", m.text);
    }
    if (code >= 10 && code < 20)
        return QCoreApplication::translate("Fax", "error in phase A");
    if (code >= 20 && code < 40)
        return QCoreApplication::translate("Fax", "error in transmit phase B");
    if (code >= 40 && code < 50)
        return QCoreApplication::translate("Fax", "error in transmit phase C");
    if (code >= 50 && code < 70)
        return QCoreApplication::translate("Fax", "error in transmit phase D");
    if (code >= 70 && code < 90)
        return QCoreApplication::translate("Fax", "error in receive phase B");
    if (code >= 90 && code < 100)
        return QCoreApplication::translate("Fax", "error in receive phase C");
    if (code >= 100 && code < 120)
        return QCoreApplication::translate("Fax", "error in receive phase D");
    return QCoreApplication::translate("Fax", "a hangup code the standard does not define");
}

CallOutcome Class2Driver::hangupOutcome(int code, const QString &reported, const QString &number,
                                        const QString &device)
{
    CallOutcome o;
    o.success = false;
    o.retryable = true;
    if (code == 3)
        o.deviceStatus = DeviceStatus::NoDialTone;
    else if (code == 4 || code == 11)
        o.deviceStatus = DeviceStatus::NoAnswer;
    else if (code == 5 || code == 10)
        o.deviceStatus = DeviceStatus::NotFaxCall;
    else if (code == 21) {
        o.deviceStatus = DeviceStatus::FatalError;
        o.retryable = false;
    } else if (code == 41 || code == 42 || (code >= 44 && code <= 47)) {
        // The modem found our page data unusable: sending it again cannot help.
        o.deviceStatus = DeviceStatus::FatalError;
        o.retryable = false;
    } else if ((code >= 0 && code < 3) || (code >= 20 && code < 120))
        o.deviceStatus = DeviceStatus::Disconnected;
    else
        o.deviceStatus = DeviceStatus::FatalError;
    o.message = QCoreApplication::translate("Fax", "The fax call to %1 on %2 ended with %3: %4")
                    .arg(number, device, reported, hangupText(code));
    return o;
}

} // namespace Fax
