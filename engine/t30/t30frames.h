// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

/// T.30 HDLC control frames: facsimile control fields, frame parse/build, station ids, FCS.
///
/// Octet values are as a Class 1 modem carries them (LSB-first on the line): bit 1 of the
/// T.30 tables is the least significant bit, so DIS "0000 0001" is 0x80 and the X bit is 0x01.
namespace Fax::T30 {

/// Facsimile control field values with the X bit clear.
namespace Fcf {
// Initial identification, called -> calling (X bit fixed 0)
constexpr std::uint8_t DIS = 0x80;
constexpr std::uint8_t CSI = 0x40;
constexpr std::uint8_t NSF = 0x20;
// Commands to send, calling receiver -> called transmitter (X bit fixed 1)
constexpr std::uint8_t DTC = 0x81;
constexpr std::uint8_t CIG = 0x41;
constexpr std::uint8_t NSC = 0x21;
constexpr std::uint8_t PWD = 0xC1;
constexpr std::uint8_t SEP = 0xA1;
// Commands to receive
constexpr std::uint8_t DCS = 0x82;
constexpr std::uint8_t TSI = 0x42;
constexpr std::uint8_t NSS = 0x22;
constexpr std::uint8_t SUB = 0xC2;
constexpr std::uint8_t SID = 0xA2;
constexpr std::uint8_t CTC = 0x12;
// Pre-message responses
constexpr std::uint8_t CFR = 0x84;
constexpr std::uint8_t FTT = 0x44;
constexpr std::uint8_t CTR = 0xC4;
// Post-message commands
constexpr std::uint8_t EOM = 0x8E;
constexpr std::uint8_t MPS = 0x4E;
constexpr std::uint8_t EOP = 0x2E;
constexpr std::uint8_t PRI_EOM = 0x9E;
constexpr std::uint8_t PRI_MPS = 0x5E;
constexpr std::uint8_t PRI_EOP = 0x3E;
constexpr std::uint8_t EOS = 0x1E;
constexpr std::uint8_t PPS = 0xBE;
constexpr std::uint8_t EOR = 0xCE;
constexpr std::uint8_t RR = 0x6E;
// Post-message responses
constexpr std::uint8_t MCF = 0x8C;
constexpr std::uint8_t RTP = 0xCC;
constexpr std::uint8_t RTN = 0x4C;
constexpr std::uint8_t PIP = 0xAC;
constexpr std::uint8_t PIN = 0x2C;
constexpr std::uint8_t PPR = 0xBC;
constexpr std::uint8_t RNR = 0xEC;
constexpr std::uint8_t ERR = 0x1C;
// Other line control
constexpr std::uint8_t DCN = 0xFA;
constexpr std::uint8_t CRP = 0x1A;
constexpr std::uint8_t FNV = 0xCA;
// PPS/EOR second octet "no post-message command" (end of a partial page)
constexpr std::uint8_t Null = 0x00;
// ECM information frames inside the high-speed block (T.4 Annex A), no X bit
constexpr std::uint8_t FCD = 0x06;
constexpr std::uint8_t RCP = 0x86;

/// The X bit: 1 in frames sent by the station that received a valid DIS.
constexpr std::uint8_t XBit = 0x01;
} // namespace Fcf

/// The FCF without its X bit, for comparisons; DIS-group frames (DIS/DTC ...) keep bit 1.
std::uint8_t baseFcf(std::uint8_t fcf);
/// True if fcf (with or without X bit) is one T.30 defines.
bool isKnownFcf(std::uint8_t fcf);
/// Short name of a control field ("DCS", "MCF", "0x37" for an unknown one).
QString fcfName(std::uint8_t fcf);

constexpr std::uint8_t Address = 0xFF;
constexpr std::uint8_t ControlNonFinal = 0x03;
constexpr std::uint8_t ControlFinal = 0x13;
/// The largest frame T.30 allows: address, control, FCF and a 253-octet FIF (no FCS).
constexpr int MaxFrameLength = 256;
constexpr int StationIdLength = 20;

/// One T.30 control frame without FCS.
struct Frame
{
    std::uint8_t fcf = 0;
    QByteArray fif;    ///< facsimile information field (may be empty)
    bool final = true; ///< control 0x13 (last frame of a sequence) or 0x03
    bool known = true; ///< false when parse() met an FCF T.30 does not define

    /// FCF without X bit (see baseFcf()).
    std::uint8_t type() const { return baseFcf(fcf); }
    bool xBit() const { return (fcf & Fcf::XBit) != 0; }
    bool is(std::uint8_t base) const { return type() == baseFcf(base); }

    /// Address, control, FCF, FIF (no FCS).
    QByteArray toBytes() const;
    /// toBytes() followed by the FCS (low octet first).
    QByteArray toBytesWithFcs() const;

    /// A frame; X bit is or'ed into FCFs that carry one.
    static Frame make(std::uint8_t fcf, const QByteArray &fif = {}, bool x = false,
                      bool final = true);

    bool operator==(const Frame &o) const = default;
};

/// Why parse() refused a frame.
enum class ParseError { None, TooShort, TooLong, BadAddress, BadControl, BadFcs };

/// Parser result: a frame or an error with a message that says what was wrong.
struct ParseResult
{
    Frame frame;
    ParseError error = ParseError::None;
    QString message;
    bool ok() const { return error == ParseError::None; }
};

/// Parses address, control, FCF, FIF. withFcs: the last two octets are the FCS and are checked.
/// An unknown FCF is no error: the frame comes back with known == false (T.30 ignores it).
ParseResult parseFrame(const QByteArray &bytes, bool withFcs = false);

/// Encodes a station id (TSI/CSI/CIG): reversed, space padded to 20 octets. T.30 wants digits,
/// '+' and space; other printable ASCII is passed on (many machines show it), anything else is
/// dropped, and more than 20 characters are cut.
QByteArray encodeStationId(const QString &id);
/// Decodes a 20-octet id field back into the number as written, trimmed.
QString decodeStationId(const QByteArray &fif);

/// HDLC frame check sequence (ITU-T V.42 / ISO 3309 CRC-16, reflected 0x1021, init 0xFFFF,
/// complemented). Returned as the 16-bit value; on the line the low octet goes first.
std::uint16_t fcs16(const QByteArray &data);
/// Checks data whose last two octets are its FCS (low octet first).
bool checkFcs(const QByteArray &dataWithFcs);

/// Reverses the bits of one octet (MSB-first <-> LSB-first).
std::uint8_t reverseBits(std::uint8_t octet);
/// Reverses the bits of every octet.
QByteArray reverseBits(const QByteArray &data);

} // namespace Fax::T30
