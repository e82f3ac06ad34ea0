// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <optional>

/// Bit-level HDLC (flags, zero-bit insertion, FCS) as a Class 1 host does it for ECM on
/// +FTM/+FRM, and the T.4 Annex A ECM block helpers. Octets are LSB-first: the first bit on the
/// line is bit 0 of the first octet.
namespace Fax::T30 {

/// Encodes frames (without FCS; the encoder appends it) into an HDLC bit stream.
class HdlcEncoder
{
public:
    /// preambleFlags flags first, one flag between frames, closingFlags after the last.
    static QByteArray encode(const QList<QByteArray> &frames, int preambleFlags = 1,
                             int closingFlags = 2);
};

/// What the decoder found.
struct HdlcEvent
{
    enum class Kind {
        Frame,     ///< a good frame; data is without FCS
        BadFcs,    ///< a frame whose FCS does not match; data is as received, FCS included
        Abort,     ///< seven or more ones inside a frame
        Oversized, ///< more than the maximum frame length before a closing flag
        Misaligned ///< a frame whose length is not a whole number of octets
    };
    Kind kind = Kind::Frame;
    QByteArray data;
};

/// Streaming HDLC decoder: feed it octets as they arrive; it returns the frames found.
class HdlcDecoder
{
public:
    explicit HdlcDecoder(int maxFrameOctets = 600) : m_maxBits(maxFrameOctets * 8) {}
    QList<HdlcEvent> push(const QByteArray &octets);
    void reset();
    /// True once a flag has been seen (the stream is in sync).
    bool synced() const { return m_synced; }

private:
    void endFrame(QList<HdlcEvent> &out);
    void appendBit(int bit, QList<HdlcEvent> &out);

    QByteArray m_frame;
    std::uint8_t m_current = 0;
    int m_bitCount = 0; // bits in the current frame
    int m_ones = 0;
    bool m_synced = false;
    bool m_discard = false; // after an oversized frame, until the next flag
    int m_maxBits;
};

/// One ECM partial page (a block of up to 256 frames).
struct EcmBlock
{
    int page = 0;             ///< page counter (mod 256 on the line)
    int block = 0;            ///< block counter within the page
    QList<QByteArray> frames; ///< frame data, each exactly frameSize octets
    bool lastOfPage = false;
};

/// Splits a page's coded data into blocks of frameSize-octet frames (the last padded with zero
/// fill, which T.4/T.6 decoders skip). An empty page still gives one block of one frame.
QList<EcmBlock> splitEcmPage(const QByteArray &pageData, int frameSize, int page = 0);

/// An FCD frame (address, control, FCF 0x06, frame number, data) without FCS.
QByteArray fcdFrame(int frameNumber, const QByteArray &data);
/// An RCP frame without FCS.
QByteArray rcpFrame();
/// The HDLC stream for the given frames of a block, followed by three RCP frames.
QByteArray encodeEcmBurst(const EcmBlock &block, const QList<int> &frameNumbers);

/// A decoded FCD/RCP frame from the high-speed stream.
struct EcmFrame
{
    bool rcp = false;
    int number = 0;
    QByteArray data;
};
/// Parses a frame (without FCS) from the high-speed stream; nullopt if it is no FCD/RCP.
std::optional<EcmFrame> parseEcmFrame(const QByteArray &frame);

/// PPS information field: post-message command (FCF, Fcf::Null for none), page, block, frames.
struct PpsInfo
{
    std::uint8_t postMessage = 0; ///< Fcf::Null, MPS, EOM, EOP (X bit stripped on parse)
    int page = 0;
    int block = 0;
    int frames = 1; ///< frames in the block, 1..256
};
QByteArray ppsFif(const PpsInfo &info, bool xBit);
std::optional<PpsInfo> parsePps(const QByteArray &fif);

/// PPR information field: 256 bits, bit n set = frame n must be sent again.
QByteArray pprFif(const QList<int> &badFrames);
/// The frames a PPR asks for, limited to frames below blockFrames. Empty on a short field.
QList<int> framesFromPpr(const QByteArray &fif, int blockFrames = 256);

} // namespace Fax::T30
