// SPDX-License-Identifier: GPL-3.0-or-later
#include "t30/hdlc.h"

#include "t30/t30frames.h"

namespace Fax::T30 {

namespace {

/// Collects bits LSB-first into octets.
class BitWriter
{
public:
    void bit(int b)
    {
        if (b)
            m_current |= std::uint8_t(1u << m_count);
        if (++m_count == 8) {
            m_out.append(char(m_current));
            m_current = 0;
            m_count = 0;
        }
    }
    void flag()
    {
        for (int i = 0; i < 8; ++i)
            bit((0x7E >> i) & 1);
    }
    /// Pads to an octet boundary with the start of another flag.
    QByteArray finish()
    {
        int i = 0;
        while (m_count != 0)
            bit((0x7E >> i++) & 1);
        return m_out;
    }

private:
    QByteArray m_out;
    std::uint8_t m_current = 0;
    int m_count = 0;
};

} // namespace

QByteArray HdlcEncoder::encode(const QList<QByteArray> &frames, int preambleFlags, int closingFlags)
{
    BitWriter w;
    for (int i = 0; i < qMax(preambleFlags, 1); ++i)
        w.flag();
    for (int f = 0; f < frames.size(); ++f) {
        QByteArray data = frames.at(f);
        const std::uint16_t crc = fcs16(data);
        data.append(char(crc & 0xFF));
        data.append(char(crc >> 8));
        int ones = 0;
        for (const char ch : data) {
            for (int i = 0; i < 8; ++i) {
                const int b = (std::uint8_t(ch) >> i) & 1;
                w.bit(b);
                ones = b ? ones + 1 : 0;
                if (ones == 5) {
                    w.bit(0); // zero-bit insertion
                    ones = 0;
                }
            }
        }
        w.flag();
    }
    for (int i = 1; i < closingFlags; ++i)
        w.flag();
    return w.finish();
}

void HdlcDecoder::reset()
{
    m_frame.clear();
    m_current = 0;
    m_bitCount = 0;
    m_ones = 0;
    m_synced = false;
    m_discard = false;
}

void HdlcDecoder::appendBit(int bit, QList<HdlcEvent> &out)
{
    if (!m_synced || m_discard)
        return;
    if (bit)
        m_current |= std::uint8_t(1u << (m_bitCount % 8));
    ++m_bitCount;
    if (m_bitCount % 8 == 0) {
        m_frame.append(char(m_current));
        m_current = 0;
    }
    if (m_bitCount > m_maxBits) {
        out.append({HdlcEvent::Kind::Oversized, m_frame});
        m_frame.clear();
        m_current = 0;
        m_bitCount = 0;
        m_discard = true;
    }
}

void HdlcDecoder::endFrame(QList<HdlcEvent> &out)
{
    // The flag's leading zero and five ones went into the frame: take them out again.
    const int bits = m_bitCount - 6;
    if (m_synced && !m_discard && bits > 0) {
        if (bits % 8 != 0) {
            if (bits >= 32)
                out.append({HdlcEvent::Kind::Misaligned, m_frame.left(bits / 8)});
        } else {
            const QByteArray data = m_frame.left(bits / 8);
            if (data.size() >= 3) {
                if (checkFcs(data))
                    out.append({HdlcEvent::Kind::Frame, data.left(data.size() - 2)});
                else
                    out.append({HdlcEvent::Kind::BadFcs, data});
            }
        }
    }
    m_frame.clear();
    m_current = 0;
    m_bitCount = 0;
    m_synced = true;
    m_discard = false;
}

QList<HdlcEvent> HdlcDecoder::push(const QByteArray &octets)
{
    QList<HdlcEvent> out;
    for (const char ch : octets) {
        for (int i = 0; i < 8; ++i) {
            const int b = (std::uint8_t(ch) >> i) & 1;
            if (b) {
                ++m_ones;
                if (m_ones <= 5) {
                    appendBit(1, out);
                } else if (m_ones == 7) {
                    // Abort (or idle line): whatever was in a frame is lost.
                    if (m_synced && !m_discard && m_bitCount > 6)
                        out.append({HdlcEvent::Kind::Abort, m_frame});
                    m_frame.clear();
                    m_current = 0;
                    m_bitCount = 0;
                    m_synced = false;
                    m_discard = false;
                }
                continue;
            }
            if (m_ones == 5) {
                m_ones = 0; // a stuffed zero
                continue;
            }
            if (m_ones == 6) {
                m_ones = 0;
                endFrame(out);
                continue;
            }
            m_ones = 0;
            appendBit(0, out);
        }
    }
    return out;
}

QList<EcmBlock> splitEcmPage(const QByteArray &pageData, int frameSize, int page)
{
    QList<EcmBlock> blocks;
    const int size = frameSize == 64 ? 64 : 256;
    const qsizetype total = qMax<qsizetype>(1, (pageData.size() + size - 1) / size);
    for (qsizetype i = 0; i < total; ++i) {
        if (i % 256 == 0) {
            EcmBlock block;
            block.page = page;
            block.block = int(i / 256);
            blocks.append(block);
        }
        QByteArray frame = pageData.mid(i * size, size);
        if (frame.size() < size)
            frame.append(QByteArray(size - frame.size(), '\0'));
        blocks.last().frames.append(frame);
    }
    blocks.last().lastOfPage = true;
    return blocks;
}

QByteArray fcdFrame(int frameNumber, const QByteArray &data)
{
    QByteArray f;
    f.append(char(Address));
    f.append(char(ControlNonFinal));
    f.append(char(Fcf::FCD));
    f.append(char(frameNumber & 0xFF));
    f.append(data);
    return f;
}

QByteArray rcpFrame()
{
    QByteArray f;
    f.append(char(Address));
    f.append(char(ControlNonFinal));
    f.append(char(Fcf::RCP));
    return f;
}

QByteArray encodeEcmBurst(const EcmBlock &block, const QList<int> &frameNumbers)
{
    QList<QByteArray> frames;
    for (int n : frameNumbers) {
        if (n >= 0 && n < block.frames.size())
            frames.append(fcdFrame(n, block.frames.at(n)));
    }
    for (int i = 0; i < 3; ++i)
        frames.append(rcpFrame());
    // Flags ahead of the data give the receiver time to synchronise after training.
    return HdlcEncoder::encode(frames, 20, 2);
}

std::optional<EcmFrame> parseEcmFrame(const QByteArray &frame)
{
    if (frame.size() < 3 || std::uint8_t(frame.at(0)) != Address)
        return std::nullopt;
    const auto fcf = std::uint8_t(frame.at(2));
    EcmFrame f;
    if (fcf == Fcf::RCP) {
        f.rcp = true;
        return f;
    }
    if (fcf != Fcf::FCD || frame.size() < 5)
        return std::nullopt;
    f.number = std::uint8_t(frame.at(3));
    f.data = frame.mid(4);
    return f;
}

QByteArray ppsFif(const PpsInfo &info, bool xBit)
{
    QByteArray fif(4, '\0');
    std::uint8_t pm = info.postMessage;
    if (pm != Fcf::Null && xBit)
        pm |= Fcf::XBit;
    fif[0] = char(pm);
    fif[1] = char(info.page & 0xFF);
    fif[2] = char(info.block & 0xFF);
    fif[3] = char((qBound(1, info.frames, 256) - 1) & 0xFF);
    return fif;
}

std::optional<PpsInfo> parsePps(const QByteArray &fif)
{
    if (fif.size() < 4)
        return std::nullopt;
    PpsInfo info;
    info.postMessage = std::uint8_t(fif.at(0)) & 0xFE;
    if (info.postMessage != Fcf::Null && info.postMessage != Fcf::MPS &&
        info.postMessage != Fcf::EOM && info.postMessage != Fcf::EOP &&
        info.postMessage != Fcf::PRI_MPS && info.postMessage != Fcf::PRI_EOM &&
        info.postMessage != Fcf::PRI_EOP)
        return std::nullopt;
    info.page = std::uint8_t(fif.at(1));
    info.block = std::uint8_t(fif.at(2));
    info.frames = std::uint8_t(fif.at(3)) + 1;
    return info;
}

QByteArray pprFif(const QList<int> &badFrames)
{
    QByteArray fif(32, '\0');
    for (int n : badFrames) {
        if (n >= 0 && n < 256)
            fif[n / 8] = char(std::uint8_t(fif.at(n / 8)) | (1u << (n % 8)));
    }
    return fif;
}

QList<int> framesFromPpr(const QByteArray &fif, int blockFrames)
{
    QList<int> frames;
    if (fif.size() < 32)
        return frames;
    for (int n = 0; n < qMin(blockFrames, 256); ++n) {
        if (std::uint8_t(fif.at(n / 8)) & (1u << (n % 8)))
            frames.append(n);
    }
    return frames;
}

} // namespace Fax::T30
