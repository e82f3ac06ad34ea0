// SPDX-License-Identifier: GPL-3.0-or-later
#include "t30/t30frames.h"

#include <QCoreApplication>

#include <array>

namespace Fax::T30 {

namespace {

struct FcfInfo
{
    std::uint8_t fcf;
    const char *name;
};

constexpr std::array<FcfInfo, 44> kFcfs = {{
    {Fcf::DIS, "DIS"},
    {Fcf::CSI, "CSI"},
    {Fcf::NSF, "NSF"},
    {Fcf::DTC, "DTC"},
    {Fcf::CIG, "CIG"},
    {Fcf::NSC, "NSC"},
    {Fcf::PWD, "PWD"},
    {Fcf::SEP, "SEP"},
    {Fcf::DCS, "DCS"},
    {Fcf::TSI, "TSI"},
    {Fcf::NSS, "NSS"},
    {Fcf::SUB, "SUB"},
    {Fcf::SID, "SID"},
    {Fcf::CTC, "CTC"},
    {Fcf::CFR, "CFR"},
    {Fcf::FTT, "FTT"},
    {Fcf::CTR, "CTR"},
    {Fcf::EOM, "EOM"},
    {Fcf::MPS, "MPS"},
    {Fcf::EOP, "EOP"},
    {Fcf::PRI_EOM, "PRI-EOM"},
    {Fcf::PRI_MPS, "PRI-MPS"},
    {Fcf::PRI_EOP, "PRI-EOP"},
    {Fcf::EOS, "EOS"},
    {Fcf::PPS, "PPS"},
    {Fcf::EOR, "EOR"},
    {Fcf::RR, "RR"},
    {Fcf::MCF, "MCF"},
    {Fcf::RTP, "RTP"},
    {Fcf::RTN, "RTN"},
    {Fcf::PIP, "PIP"},
    {Fcf::PIN, "PIN"},
    {Fcf::PPR, "PPR"},
    {Fcf::RNR, "RNR"},
    {Fcf::ERR, "ERR"},
    {Fcf::DCN, "DCN"},
    {Fcf::CRP, "CRP"},
    {Fcf::FNV, "FNV"},
    {Fcf::FCD, "FCD"},
    {Fcf::RCP, "RCP"},
    {0xEA, "TNR"},
    {0x6A, "TR"},
    {0x6C, "PID"},
    {0xFC, "FDM"},
}};

bool isDisGroup(std::uint8_t fcf)
{
    const std::uint8_t b = fcf & 0xFE;
    return b == Fcf::DIS || b == Fcf::CSI || b == Fcf::NSF;
}

const FcfInfo *lookup(std::uint8_t fcf)
{
    const std::uint8_t base = baseFcf(fcf);
    for (const FcfInfo &info : kFcfs) {
        if (baseFcf(info.fcf) == base)
            return &info;
    }
    return nullptr;
}

} // namespace

std::uint8_t baseFcf(std::uint8_t fcf)
{
    // DIS/CSI/NSF and DTC/CIG/NSC differ only in bit 1, so there it is part of the type.
    if (isDisGroup(fcf) || fcf == Fcf::FCD || fcf == Fcf::RCP)
        return fcf;
    return fcf & 0xFE;
}

bool isKnownFcf(std::uint8_t fcf)
{
    return lookup(fcf) != nullptr;
}

QString fcfName(std::uint8_t fcf)
{
    if (const FcfInfo *info = lookup(fcf))
        return QLatin1String(info->name);
    return QStringLiteral("0x") +
           QString::number(fcf, 16).rightJustified(2, QLatin1Char('0')).toUpper();
}

QByteArray Frame::toBytes() const
{
    QByteArray out;
    out.reserve(3 + fif.size());
    out.append(char(Address));
    out.append(char(final ? ControlFinal : ControlNonFinal));
    out.append(char(fcf));
    out.append(fif);
    return out;
}

QByteArray Frame::toBytesWithFcs() const
{
    QByteArray out = toBytes();
    const std::uint16_t crc = fcs16(out);
    out.append(char(crc & 0xFF));
    out.append(char(crc >> 8));
    return out;
}

Frame Frame::make(std::uint8_t fcf, const QByteArray &fif, bool x, bool final)
{
    Frame f;
    f.fcf = fcf;
    if (x && !isDisGroup(fcf) && fcf != Fcf::FCD && fcf != Fcf::RCP)
        f.fcf |= Fcf::XBit;
    f.fif = fif;
    f.final = final;
    f.known = isKnownFcf(fcf);
    return f;
}

ParseResult parseFrame(const QByteArray &bytes, bool withFcs)
{
    ParseResult r;
    const int fcsLen = withFcs ? 2 : 0;
    if (bytes.size() < 3 + fcsLen) {
        r.error = ParseError::TooShort;
        r.message = QCoreApplication::translate(
                        "Fax", "T.30 frame too short: %1 octets, at least %2 needed")
                        .arg(bytes.size())
                        .arg(3 + fcsLen);
        return r;
    }
    if (bytes.size() > MaxFrameLength + fcsLen) {
        r.error = ParseError::TooLong;
        r.message =
            QCoreApplication::translate("Fax", "T.30 frame too long: %1 octets, at most %2 allowed")
                .arg(bytes.size())
                .arg(MaxFrameLength + fcsLen);
        return r;
    }
    if (withFcs && !checkFcs(bytes)) {
        r.error = ParseError::BadFcs;
        r.message = QCoreApplication::translate("Fax", "T.30 frame has a bad frame check sequence");
        return r;
    }
    const auto address = std::uint8_t(bytes.at(0));
    if (address != Address) {
        r.error = ParseError::BadAddress;
        r.message =
            QCoreApplication::translate("Fax", "T.30 frame has address 0x%1 instead of 0xFF")
                .arg(address, 2, 16, QLatin1Char('0'));
        return r;
    }
    const auto control = std::uint8_t(bytes.at(1));
    if (control != ControlFinal && control != ControlNonFinal) {
        r.error = ParseError::BadControl;
        r.message = QCoreApplication::translate(
                        "Fax", "T.30 frame has control field 0x%1 instead of 0x03 or 0x13")
                        .arg(control, 2, 16, QLatin1Char('0'));
        return r;
    }
    r.frame.final = control == ControlFinal;
    r.frame.fcf = std::uint8_t(bytes.at(2));
    r.frame.known = isKnownFcf(r.frame.fcf);
    r.frame.fif = bytes.mid(3, bytes.size() - 3 - fcsLen);
    return r;
}

QByteArray encodeStationId(const QString &id)
{
    QByteArray chars;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F)
            chars.append(char(u));
    }
    chars = chars.left(StationIdLength);
    QByteArray out(StationIdLength, ' ');
    // The last character of the number goes first on the line.
    for (int i = 0; i < chars.size(); ++i)
        out[i] = chars.at(chars.size() - 1 - i);
    return out;
}

QString decodeStationId(const QByteArray &fif)
{
    QString out;
    for (int i = fif.size() - 1; i >= 0; --i) {
        const auto c = std::uint8_t(fif.at(i));
        if (c >= 0x20 && c < 0x7F)
            out.append(QLatin1Char(char(c)));
    }
    return out.trimmed();
}

std::uint16_t fcs16(const QByteArray &data)
{
    std::uint16_t crc = 0xFFFF;
    for (const char ch : data) {
        crc ^= std::uint8_t(ch);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? std::uint16_t((crc >> 1) ^ 0x8408) : std::uint16_t(crc >> 1);
    }
    return std::uint16_t(~crc);
}

bool checkFcs(const QByteArray &dataWithFcs)
{
    if (dataWithFcs.size() < 2)
        return false;
    const std::uint16_t crc = fcs16(dataWithFcs.left(dataWithFcs.size() - 2));
    return std::uint8_t(dataWithFcs.at(dataWithFcs.size() - 2)) == (crc & 0xFF) &&
           std::uint8_t(dataWithFcs.at(dataWithFcs.size() - 1)) == (crc >> 8);
}

std::uint8_t reverseBits(std::uint8_t octet)
{
    std::uint8_t r = 0;
    for (int i = 0; i < 8; ++i) {
        if (octet & (1u << i))
            r |= std::uint8_t(0x80u >> i);
    }
    return r;
}

QByteArray reverseBits(const QByteArray &data)
{
    QByteArray out(data.size(), Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        out[i] = char(reverseBits(std::uint8_t(data.at(i))));
    return out;
}

} // namespace Fax::T30
