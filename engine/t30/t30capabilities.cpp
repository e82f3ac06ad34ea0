// SPDX-License-Identifier: GPL-3.0-or-later
#include "t30/t30capabilities.h"

#include <QCoreApplication>

namespace Fax::T30 {

namespace {

// Bits 21-23 of a DIS (bit 21 = value 1): {ms at R8x3.85, fine time halved}.
struct ScanCode
{
    int ms;
    bool half;
};
constexpr ScanCode kDisScan[8] = {{20, false}, {5, false}, {10, false}, {20, true},
                                  {40, false}, {40, true}, {10, true},  {0, false}};

int dcsScanCode(int ms)
{
    switch (ms) {
    case 0:
        return 7;
    case 5:
        return 1;
    case 10:
        return 2;
    case 40:
        return 4;
    default:
        return 0;
    }
}

int disScanCode(int ms, bool half)
{
    for (int code = 0; code < 8; ++code) {
        if (kDisScan[code].ms == ms && kDisScan[code].half == half)
            return code;
    }
    return half ? 3 : 0;
}

int getField(const BitField &f, int first, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (f.bit(first + i))
            v |= 1 << i;
    }
    return v;
}

void setField(BitField &f, int first, int count, int value)
{
    for (int i = 0; i < count; ++i)
        f.setBit(first + i, (value >> i) & 1);
}

// Only octets up to the first clear extend bit count (bits 24, 32, ...).
QByteArray validOctets(const QByteArray &fif)
{
    int n = 3;
    while (n < fif.size() && (std::uint8_t(fif.at(n - 1)) & 0x80))
        ++n;
    return fif.left(qMin<qsizetype>(n, fif.size()));
}

int rateRank(const Rate &r)
{
    const QList<Rate> rates = allRates();
    return int(rates.indexOf(r));
}

} // namespace

bool BitField::bit(int n) const
{
    const int index = (n - 1) / 8;
    if (n < 1 || index >= m_bytes.size())
        return false;
    return (std::uint8_t(m_bytes.at(index)) >> ((n - 1) % 8)) & 1;
}

void BitField::setBit(int n, bool on)
{
    if (n < 1)
        return;
    const int index = (n - 1) / 8;
    if (index >= m_bytes.size()) {
        if (!on)
            return;
        m_bytes.append(QByteArray(index + 1 - m_bytes.size(), '\0'));
    }
    const auto mask = std::uint8_t(1u << ((n - 1) % 8));
    auto v = std::uint8_t(m_bytes.at(index));
    m_bytes[index] = char(on ? (v | mask) : (v & ~mask));
}

QByteArray BitField::toBytes(int minOctets) const
{
    QByteArray out = m_bytes;
    // Clear extend bits, drop trailing empty octets beyond the minimum, then set extend bits.
    for (int i = 2; i < out.size(); ++i)
        out[i] = char(std::uint8_t(out.at(i)) & 0x7F);
    while (out.size() > minOctets && out.back() == '\0')
        out.chop(1);
    if (out.size() < minOctets)
        out.append(QByteArray(minOctets - out.size(), '\0'));
    for (int i = 2; i < out.size() - 1; ++i)
        out[i] = char(std::uint8_t(out.at(i)) | 0x80);
    return out;
}

int Rate::class1Code(bool shortTrain) const
{
    switch (modulation) {
    case Modulation::V27ter:
        return bitsPerSecond >= 4800 ? 48 : 24;
    case Modulation::V29:
        return bitsPerSecond >= 9600 ? 96 : 72;
    case Modulation::V17:
        return bitsPerSecond / 100 + 1 + (shortTrain ? 1 : 0); // 145/146, 121/122, 97/98, 73/74
    }
    return 24;
}

QString Rate::name() const
{
    const char *mod = modulation == Modulation::V17   ? "V.17"
                      : modulation == Modulation::V29 ? "V.29"
                                                      : "V.27ter";
    return QLatin1String(mod) + QLatin1Char(' ') + QString::number(bitsPerSecond);
}

QList<Rate> allRates()
{
    return {{Modulation::V17, 14400},   {Modulation::V17, 12000},  {Modulation::V17, 9600},
            {Modulation::V17, 7200},    {Modulation::V29, 9600},   {Modulation::V29, 7200},
            {Modulation::V27ter, 4800}, {Modulation::V27ter, 2400}};
}

int Capabilities::minScanMsAt(FaxResolution resolution) const
{
    int ms = minScanMs;
    if (resolution == FaxResolution::Normal)
        return ms;
    if (halfScanFine)
        ms /= 2;
    if (resolution == FaxResolution::Superfine && halfScanSuperfine)
        ms /= 2;
    return ms;
}

Expected<Capabilities> Capabilities::fromDis(const QByteArray &fif)
{
    if (fif.size() < 3) {
        return Error::make(
            Error::Kind::Connection,
            QCoreApplication::translate(
                "Fax", "DIS/DTC information field too short: %1 octets, at least 3 needed")
                .arg(fif.size()));
    }
    const BitField f(validOctets(fif));
    Capabilities c;
    c.readyToTransmit = f.bit(9);
    c.readyToReceive = f.bit(10);
    const int rate = getField(f, 11, 4);
    c.v29 = rate & 1;
    c.v27ter = (rate & 2) || (rate & 1);
    c.v17 = (rate & 8) && (rate & 3) == 3; // V.17 is only offered together with V.27ter+V.29
    c.fine = f.bit(15);
    c.mr = f.bit(16);
    switch (getField(f, 17, 2)) {
    case 1:
        c.maxWidth = 2048;
        break;
    case 2:
        c.maxWidth = 2432;
        break;
    default:
        c.maxWidth = 1728; // 3 is invalid: assume the narrowest
        break;
    }
    switch (getField(f, 19, 2)) { // bit 19: A4 and B4, bit 20: unlimited
    case 1:
        c.maxLength = PageLength::B4;
        break;
    case 2:
        c.maxLength = PageLength::Unlimited;
        break;
    default:
        c.maxLength = PageLength::A4;
        break;
    }
    const ScanCode scan = kDisScan[getField(f, 21, 3)];
    c.minScanMs = scan.ms;
    c.halfScanFine = scan.half;
    c.ecm = f.bit(27);
    c.mmr = f.bit(31);
    c.superfine = f.bit(41);
    c.res300 = f.bit(42);
    c.res400 = f.bit(43);
    c.halfScanSuperfine = f.bit(46);
    c.letter = f.bit(76);
    c.legal = f.bit(77);
    c.t85 = c.ecm && f.bit(78); // T.85 is only ever used with ECM: without it, not offered
    c.t85L0 = c.t85 && f.bit(79);
    return c;
}

QByteArray Capabilities::toDis() const
{
    BitField f;
    f.setBit(9, readyToTransmit);
    f.setBit(10, readyToReceive);
    int rate = 0;
    if (v17)
        rate = 0xB;
    else if (v29 && v27ter)
        rate = 3;
    else if (v29)
        rate = 1;
    else if (v27ter)
        rate = 2;
    setField(f, 11, 4, rate);
    f.setBit(15, fine);
    f.setBit(16, mr);
    setField(f, 17, 2, maxWidth >= 2432 ? 2 : maxWidth >= 2048 ? 1 : 0);
    setField(f, 19, 2,
             maxLength == PageLength::Unlimited ? 2
             : maxLength == PageLength::B4      ? 1
                                                : 0);
    setField(f, 21, 3, disScanCode(minScanMs, halfScanFine));
    f.setBit(27, ecm);
    f.setBit(31, mmr);
    f.setBit(41, superfine);
    f.setBit(42, res300);
    f.setBit(43, res400);
    f.setBit(46, halfScanSuperfine);
    f.setBit(76, letter);
    f.setBit(77, legal);
    f.setBit(78, t85 && ecm);
    f.setBit(79, t85 && t85L0 && ecm);
    return f.toBytes();
}

int SessionParams::minBitsPerLine() const
{
    if (ecm)
        return 0;
    return rate.bitsPerSecond * minScanMs / 1000;
}

Expected<SessionParams> SessionParams::fromDcs(const QByteArray &fif)
{
    if (fif.size() < 3) {
        return Error::make(
            Error::Kind::Connection,
            QCoreApplication::translate(
                "Fax", "DCS information field too short: %1 octets, at least 3 needed")
                .arg(fif.size()));
    }
    const BitField f(validOctets(fif));
    SessionParams p;
    p.receive = f.bit(10);
    switch (getField(f, 11, 4)) {
    case 0:
        p.rate = {Modulation::V27ter, 2400};
        break;
    case 2:
        p.rate = {Modulation::V27ter, 4800};
        break;
    case 1:
        p.rate = {Modulation::V29, 9600};
        break;
    case 3:
        p.rate = {Modulation::V29, 7200};
        break;
    case 8:
        p.rate = {Modulation::V17, 14400};
        break;
    case 0xA:
        p.rate = {Modulation::V17, 12000};
        break;
    case 9:
        p.rate = {Modulation::V17, 9600};
        break;
    case 0xB:
        p.rate = {Modulation::V17, 7200};
        break;
    default:
        return Error::make(
            Error::Kind::Connection,
            QCoreApplication::translate(
                "Fax", "DCS asks for an unsupported data signalling rate (bits 11-14 = %1)")
                .arg(getField(f, 11, 4)));
    }
    p.resolution = f.bit(41)   ? FaxResolution::Superfine
                   : f.bit(15) ? FaxResolution::Fine
                               : FaxResolution::Normal;
    p.ecm = f.bit(27);
    p.ecmFrameSize = (p.ecm && f.bit(28)) ? 64 : 256;
    p.compression = (f.bit(78) && p.ecm)   ? FaxCompression::T85
                    : (f.bit(31) && p.ecm) ? FaxCompression::Mmr
                    : f.bit(16)            ? FaxCompression::Mr
                                           : FaxCompression::Mh;
    const int width = getField(f, 17, 2);
    p.width = width == 1 ? 2048 : width == 2 ? 2432 : 1728;
    const int length = getField(f, 19, 2);
    p.length = length == 2 ? PageLength::Unlimited : length == 1 ? PageLength::B4 : PageLength::A4;
    switch (getField(f, 21, 3)) {
    case 7:
        p.minScanMs = 0;
        break;
    case 1:
        p.minScanMs = 5;
        break;
    case 2:
        p.minScanMs = 10;
        break;
    case 4:
        p.minScanMs = 40;
        break;
    default:
        p.minScanMs = 20;
        break;
    }
    return p;
}

QByteArray SessionParams::toDcs() const
{
    BitField f;
    f.setBit(10, receive);
    int code = 0;
    switch (rate.modulation) {
    case Modulation::V27ter:
        code = rate.bitsPerSecond >= 4800 ? 2 : 0;
        break;
    case Modulation::V29:
        code = rate.bitsPerSecond >= 9600 ? 1 : 3;
        break;
    case Modulation::V17:
        code = rate.bitsPerSecond >= 14400   ? 8
               : rate.bitsPerSecond >= 12000 ? 0xA
               : rate.bitsPerSecond >= 9600  ? 9
                                             : 0xB;
        break;
    }
    setField(f, 11, 4, code);
    f.setBit(15, resolution == FaxResolution::Fine);
    f.setBit(41, resolution == FaxResolution::Superfine);
    f.setBit(16, compression == FaxCompression::Mr);
    f.setBit(31, compression == FaxCompression::Mmr);
    f.setBit(78, compression == FaxCompression::T85);
    setField(f, 17, 2, width >= 2432 ? 2 : width >= 2048 ? 1 : 0);
    setField(f, 19, 2, length == PageLength::Unlimited ? 2 : length == PageLength::B4 ? 1 : 0);
    setField(f, 21, 3, dcsScanCode(minScanMs));
    f.setBit(27, ecm);
    f.setBit(28, ecm && ecmFrameSize == 64);
    return f.toBytes();
}

bool supportsRate(const Capabilities &caps, const Rate &rate)
{
    switch (rate.modulation) {
    case Modulation::V17:
        return caps.v17;
    case Modulation::V29:
        return caps.v29;
    case Modulation::V27ter:
        return rate.bitsPerSecond <= 2400 || caps.v27ter;
    }
    return false;
}

Expected<Negotiated> negotiate(const SendPreferences &prefs, const Capabilities &remote)
{
    if (!remote.readyToReceive) {
        return Error::make(
            Error::Kind::Connection,
            QCoreApplication::translate(
                "Fax", "the far end's DIS says it is not ready to receive (bit 10 clear)"));
    }
    const Capabilities &local = prefs.local;
    Negotiated n;
    SessionParams &p = n.params;

    bool found = false;
    for (const Rate &r : allRates()) {
        if (prefs.maxBitsPerSecond && r.bitsPerSecond > *prefs.maxBitsPerSecond)
            continue;
        if (supportsRate(local, r) && supportsRate(remote, r)) {
            p.rate = r;
            found = true;
            break;
        }
    }
    if (!found)
        p.rate = {Modulation::V27ter, 2400};

    p.ecm = prefs.allowEcm && local.ecm && remote.ecm;
    p.ecmFrameSize = prefs.ecmFrameSize == 64 ? 64 : 256;
    if (p.ecm && local.t85 && remote.t85)
        p.compression = FaxCompression::T85;
    else if (p.ecm && local.mmr && remote.mmr)
        p.compression = FaxCompression::Mmr;
    else if (local.mr && remote.mr)
        p.compression = FaxCompression::Mr;
    else
        p.compression = FaxCompression::Mh;

    auto has = [&](FaxResolution r) {
        switch (r) {
        case FaxResolution::Normal:
            return true;
        case FaxResolution::Fine:
            return local.fine && remote.fine;
        case FaxResolution::Superfine:
            return local.superfine && remote.superfine;
        }
        return false;
    };
    p.resolution = prefs.resolution;
    while (!has(p.resolution))
        p.resolution = FaxResolution(int(p.resolution) - 1);
    n.convertResolution = p.resolution != prefs.resolution;

    p.width = prefs.width;
    const int widest = qMin(local.maxWidth, remote.maxWidth);
    if (p.width > widest) {
        p.width = widest;
        n.convertWidth = true;
    }

    auto lengthOk = [](PageLength want, PageLength max) {
        return max == PageLength::Unlimited || want == PageLength::A4 ||
               (want == PageLength::B4 && max == PageLength::B4);
    };
    p.length = prefs.length;
    if (!lengthOk(p.length, remote.maxLength)) {
        // A longer page goes to a shorter-paper receiver as A4: it cuts or scales.
        p.length = PageLength::A4;
    }

    p.minScanMs = p.ecm ? 0 : qMax(remote.minScanMsAt(p.resolution), 0);
    p.receive = true;
    return n;
}

std::optional<Rate> stepDown(const Rate &current, const Capabilities &local,
                             const Capabilities &remote)
{
    const QList<Rate> rates = allRates();
    for (int i = rateRank(current) + 1; i > 0 && i < rates.size(); ++i) {
        if (supportsRate(local, rates.at(i)) && supportsRate(remote, rates.at(i)))
            return rates.at(i);
    }
    return std::nullopt;
}

QByteArray ctcFif(const Rate &rate)
{
    SessionParams p;
    p.rate = rate;
    p.receive = false;
    return p.toDcs().left(2);
}

std::optional<Rate> rateFromCtc(const QByteArray &fif)
{
    QByteArray padded = fif.left(2);
    padded.append(QByteArray(3 - padded.size(), '\0'));
    auto p = SessionParams::fromDcs(padded);
    if (!p)
        return std::nullopt;
    return p->rate;
}

} // namespace Fax::T30
