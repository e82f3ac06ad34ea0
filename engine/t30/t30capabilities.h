// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/faxformat.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

/// T.30 DIS/DTC/DCS facsimile information fields (T.30 Table 2) and the choice of session
/// parameters from two terminals' capabilities.
namespace Fax::T30 {

/// A bit field numbered as T.30 Table 2 does: bit 1 is the LSB of the first octet; bits 24, 32,
/// 40 ... are extend bits managed by toBytes().
class BitField
{
public:
    BitField() = default;
    explicit BitField(const QByteArray &bytes) : m_bytes(bytes) {}
    bool bit(int n) const;
    void setBit(int n, bool on = true);
    /// Octets with extend bits set on every octet but the last; at least minOctets long.
    QByteArray toBytes(int minOctets = 3) const;
    const QByteArray &raw() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

enum class Modulation { V27ter, V29, V17 };

/// A high-speed modulation at one signalling rate.
struct Rate
{
    Modulation modulation = Modulation::V27ter;
    int bitsPerSecond = 2400;

    /// The AT+FTM/+FRM code of a Class 1 modem (24, 48, 72, 96, 73/74, 97/98, 121/122, 145/146).
    int class1Code(bool shortTrain = false) const;
    /// "V.17 14400".
    QString name() const;
    bool operator==(const Rate &o) const = default;
};

/// Every rate T.30 uses, in the order a sender tries them (fastest first).
QList<Rate> allRates();

enum class PageLength { A4, B4, Unlimited };

/// What a terminal offers in DIS (or asks for in DTC).
struct Capabilities
{
    bool readyToTransmit = false; ///< bit 9: has a document for polling
    bool readyToReceive = true;   ///< bit 10
    bool v27ter = true;           ///< 4800 (2400 is always there)
    bool v29 = false;
    bool v17 = false;
    bool fine = false;      ///< bit 15: R8x7.7 / 200x200
    bool superfine = false; ///< bit 41: R8x15.4
    bool res300 = false;    ///< bit 42: 300x300
    bool res400 = false;    ///< bit 43: R16x15.4 / 400x400
    bool mr = false;        ///< bit 16: T.4 2-D
    bool mmr = false;       ///< bit 31: T.6
    bool ecm = false;       ///< bit 27
    bool t85 = false;       ///< bit 78: T.85 (JBIG), only ever used with ECM
    bool t85L0 = false;     ///< bit 79: T.85 stripes of other than 128 lines (L0)
    int maxWidth = 1728;    ///< 1728, 2048 or 2432 pels
    PageLength maxLength = PageLength::A4;
    int minScanMs = 20;             ///< 0, 5, 10, 20 or 40 ms at R8x3.85
    bool halfScanFine = false;      ///< the DIS "T7.7 = 1/2 T3.85" codes
    bool halfScanSuperfine = false; ///< bit 46: T15.4 = 1/2 T7.7
    bool letter = false;            ///< bit 76
    bool legal = false;             ///< bit 77

    /// Minimum scan-line time in ms at a resolution.
    int minScanMsAt(FaxResolution resolution) const;

    /// Decodes a DIS or DTC information field; errors when it is shorter than 3 octets.
    static Expected<Capabilities> fromDis(const QByteArray &fif);
    /// Encodes as a DIS/DTC information field.
    QByteArray toDis() const;
    bool operator==(const Capabilities &o) const = default;
};

/// What a sender commands in DCS (and a receiver reads from it).
struct SessionParams
{
    Rate rate;
    FaxResolution resolution = FaxResolution::Normal;
    FaxCompression compression = FaxCompression::Mh;
    bool ecm = false;
    int ecmFrameSize = 256; ///< 256 or 64 octets (bit 28)
    int width = 1728;
    PageLength length = PageLength::A4;
    int minScanMs = 20;  ///< for the chosen resolution: 0, 5, 10, 20, 40
    bool receive = true; ///< bit 10: "receiver fax operation"

    /// Zero-fill the coder must reach per scan line at this rate (0 when ECM or 0 ms).
    int minBitsPerLine() const;

    static Expected<SessionParams> fromDcs(const QByteArray &fif);
    QByteArray toDcs() const;
    bool operator==(const SessionParams &o) const = default;
};

/// What the sender wants for its pages, and what it is able to do.
struct SendPreferences
{
    Capabilities local;                             ///< our own modem and coder abilities
    FaxResolution resolution = FaxResolution::Fine; ///< the resolution the pages are made in
    int width = 1728;
    PageLength length = PageLength::A4;
    bool allowEcm = true;
    int ecmFrameSize = 256;
    std::optional<int> maxBitsPerSecond; ///< cap the start rate (a bad line)
};

/// The result of negotiate(): the DCS parameters and what the pages need to fit them.
struct Negotiated
{
    SessionParams params;
    bool convertResolution = false; ///< pages must be re-made at params.resolution
    bool convertWidth = false;      ///< pages must be scaled/cut to params.width
};

/// Picks DCS for a sender: highest common rate, T.85 if both have it and ECM, else MMR if both
/// have T.6 and ECM, else MR, else MH; the page resolution if the far end has it or the best one
/// below; the page width or the widest the far end takes. Fails (naming the reason) when the far
/// end cannot receive.
Expected<Negotiated> negotiate(const SendPreferences &prefs, const Capabilities &remote);

/// The next rate to try after FTT: V.17 14400 -> 12000 -> 9600 -> 7200, V.29 9600 -> 7200,
/// V.27ter 4800 -> 2400, skipping those the two sides do not share. nullopt at the end.
std::optional<Rate> stepDown(const Rate &current, const Capabilities &local,
                             const Capabilities &remote);

/// True if both capabilities include the rate's modulation at that speed.
bool supportsRate(const Capabilities &caps, const Rate &rate);

/// CTC information field (the new rate in DCS bits 11-14) and its decoding.
QByteArray ctcFif(const Rate &rate);
std::optional<Rate> rateFromCtc(const QByteArray &fif);

} // namespace Fax::T30
