// SPDX-License-Identifier: GPL-3.0-or-later
#include "t4framing.h"

#include <algorithm>
#include <array>

namespace Fax::T4Framing {

namespace {

const std::array<quint8, 256> &bitReverseTable()
{
    static const std::array<quint8, 256> table = [] {
        std::array<quint8, 256> t{};
        for (int i = 0; i < 256; ++i) {
            quint8 r = 0;
            for (int b = 0; b < 8; ++b)
                if (i & (1 << b))
                    r |= quint8(0x80 >> b);
            t[size_t(i)] = r;
        }
        return t;
    }();
    return table;
}

/// Appends bits MSB-first.
class BitWriter
{
public:
    explicit BitWriter(qsizetype reserve) { m_out.reserve(reserve); }
    void put(quint32 code, int length) // length <= 32
    {
        m_acc = (m_acc << length) | (code & (length == 32 ? 0xffffffffu : ((1u << length) - 1)));
        m_bits += length;
        while (m_bits >= 8) {
            m_bits -= 8;
            m_out.append(char(m_acc >> m_bits));
        }
        m_acc &= (quint64(1) << m_bits) - 1;
    }
    void putBit(int bit) { put(quint32(bit), 1); }
    void putZeros(qint64 n)
    {
        while (n > 0 && m_bits != 0) {
            putBit(0);
            --n;
        }
        if (n >= 8) {
            m_out.append(qsizetype(n / 8), '\0');
            n %= 8;
        }
        if (n > 0)
            put(0, int(n));
    }
    qint64 position() const { return qint64(m_out.size()) * 8 + m_bits; }
    QByteArray finish()
    {
        if (m_bits)
            put(0, 8 - m_bits);
        return m_out;
    }

private:
    QByteArray m_out;
    quint64 m_acc = 0;
    int m_bits = 0;
};

inline int bitAt(const QByteArray &d, qint64 pos)
{
    return (quint8(d[qsizetype(pos >> 3)]) >> (7 - (pos & 7))) & 1;
}

/// n (<= 24) bits starting at bit pos, MSB-first; bits past the end read as zero.
inline quint32 bitsAt(const QByteArray &d, qint64 pos, int n)
{
    const qsizetype byte = qsizetype(pos >> 3);
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | (byte + i < d.size() ? quint8(d[byte + i]) : 0u);
    return (v << (pos & 7)) >> (32 - n);
}

/// One EOL found in the stream: where its run of zeros (fill + 11 zeros) starts and where the
/// terminating 1 bit is.
struct Eol
{
    qint64 zerosStart;
    qint64 oneBit;
};

inline int leadingZeros8(quint8 b)
{
    return __builtin_clz(quint32(b)) - 24;
}

inline int trailingZeros8(quint8 b)
{
    return __builtin_ctz(quint32(b));
}

/// Calls onEol for every EOL (11 or more zeros, then a 1) in MSB-first data, octet by octet:
/// a run of 11 zeros cannot lie inside one octet, so only each octet's first 1 can end one.
template <typename F> void forEachEol(const QByteArray &d, F &&onEol)
{
    qint64 zeros = 0;
    const auto *p = reinterpret_cast<const quint8 *>(d.constData());
    for (qsizetype i = 0; i < d.size(); ++i) {
        const quint8 b = p[i];
        if (!b) {
            zeros += 8;
            continue;
        }
        const int lead = leadingZeros8(b);
        if (zeros + lead >= 11) {
            const qint64 one = qint64(i) * 8 + lead;
            if (!onEol(Eol{one - zeros - lead, one}))
                return;
        }
        zeros = trailingZeros8(b);
    }
}

} // namespace

QByteArray reverseBits(QByteArray data)
{
    const auto &t = bitReverseTable();
    auto *p = reinterpret_cast<quint8 *>(data.data());
    for (qsizetype i = 0; i < data.size(); ++i)
        p[i] = t[p[i]];
    return data;
}

QByteArray reframe(const QByteArray &msbData, const FrameOptions &options)
{
    BitWriter out(msbData.size() + msbData.size() / 8 + 64);
    const int eolBits = options.twoD ? 13 : 12;
    qint64 lineStart = -1; // output position where the current line's data began
    qint64 dataStart = -1; // input position after the previous EOL (and tag bit)

    auto copyBits = [&](qint64 from, qint64 to) {
        for (qint64 p = from; p < to; p += 24) {
            const int n = int(std::min<qint64>(24, to - p));
            out.put(bitsAt(msbData, p, n), n);
        }
    };
    auto padBeforeEol = [&](bool endsLine) {
        if (endsLine && options.minBitsPerLine > 0) {
            const qint64 have = out.position() - lineStart + eolBits;
            if (have < options.minBitsPerLine)
                out.putZeros(options.minBitsPerLine - have);
        }
        if (options.alignEol) {
            const qint64 rem = (out.position() + 12) % 8;
            if (rem)
                out.putZeros(8 - rem);
        }
    };

    forEachEol(msbData, [&](const Eol &eol) {
        // The input has no fill: zeros before the EOL's own 11 may end the last code word.
        if (dataStart >= 0)
            copyBits(dataStart, eol.oneBit - 11);
        padBeforeEol(dataStart >= 0);
        out.put(1, 12);
        qint64 next = eol.oneBit + 1;
        if (options.twoD && next < qint64(msbData.size()) * 8) {
            out.putBit(bitAt(msbData, next));
            ++next;
        }
        lineStart = out.position() - eolBits;
        dataStart = next;
        return true;
    });
    if (dataStart >= 0) {
        // The last line's data runs to the end; trailing zero bits are harmless fill.
        copyBits(dataStart, qint64(msbData.size()) * 8);
    }
    if (options.appendRtc) {
        for (int i = 0; i < 6; ++i) {
            // With aligned EOLs every RTC EOL is aligned too (decoders skip fill between EOLs).
            padBeforeEol(i == 0 && dataStart >= 0);
            out.put(1, 12);
            if (options.twoD)
                out.putBit(1);
        }
    }
    return out.finish();
}

int countLines(const QByteArray &msbData, bool twoD, bool *rtcFound)
{
    int lines = 0;
    int emptyRun = 0;
    qint64 dataStart = -1;
    bool rtc = false;
    const int tagBits = twoD ? 1 : 0;
    forEachEol(msbData, [&](const Eol &eol) {
        if (dataStart >= 0) {
            if (eol.zerosStart - dataStart > tagBits) {
                ++lines;
                emptyRun = 0;
            } else if (++emptyRun >= 1) {
                // EOL EOL: the start of RTC (a lone empty line is not a line either).
                if (emptyRun >= 2) {
                    rtc = true;
                    return false;
                }
            }
        }
        dataStart = eol.oneBit + 1;
        return true;
    });
    if (!rtc && dataStart >= 0 && emptyRun == 0) {
        // Data after the last EOL without a following EOL: a (possibly cut) last line.
        const qint64 total = qint64(msbData.size()) * 8;
        for (qint64 p = dataStart + tagBits; p < total; ++p) {
            if (bitAt(msbData, p)) {
                ++lines;
                break;
            }
        }
    }
    if (rtcFound)
        *rtcFound = rtc;
    return lines;
}

} // namespace Fax::T4Framing
