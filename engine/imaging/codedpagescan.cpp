// SPDX-License-Identifier: GPL-3.0-or-later
#include "codedpagescan.h"

#include "t4codes.h"

#include <QtEndian>

#include <cstring>
#include <vector>

// The rules it shares with libtiff's decoder (tif_fax3.h), so that "clean" here means clean
// there: a line ends when a0 reaches the width and must end exactly there; b1 is kept as a
// position walked along the reference line's runs (stepping two runs at a time while it is not
// beyond a0, one run on after a vertical mode, one back after VL, neither once the line is
// done); VL may not go left of a0, nor
// land on it except at the start of a line; a horizontal mode's first run is white after an even
// number of runs; runs only accumulate over pass modes and make-up codes. Where libtiff would
// look at memory beyond a line's runs, or pad missing data with zeros, or skip garbage before an
// EOL, this scan gives up instead (false): such data is for FaxPageCheck to judge.

namespace Fax {

namespace {

using namespace T4Codes;

enum Mode : quint8 { Invalid, Pass, Horizontal, Vertical };

struct ModeEntry
{
    quint8 mode = Invalid;
    quint8 length = 0;
    qint8 delta = 0; ///< a1 - b1 for vertical modes
};

struct RunEntry
{
    quint16 run = 0;
    quint8 length = 0; ///< 0: no code starts with these bits
    bool terminating = false;
};

constexpr int kWhiteBits = 12; // longest white code (and the common make-up codes)
constexpr int kBlackBits = 13; // longest black code

struct Tables
{
    ModeEntry mode[128];
    RunEntry white[1 << kWhiteBits];
    RunEntry black[1 << kBlackBits];

    Tables()
    {
        const auto fillMode = [&](const Code &code, Mode m, int delta) {
            const uint32_t first = code.bits << (7 - code.len);
            for (uint32_t i = first; i < first + (1u << (7 - code.len)); ++i)
                mode[i] = ModeEntry{quint8(m), quint8(code.len), qint8(delta)};
        };
        fillMode(kPass, Pass, 0);
        fillMode(kHorizontal, Horizontal, 0);
        for (int i = 0; i < 7; ++i)
            fillMode(kVertical[i], Vertical, 3 - i);
        const auto fillRun = [](RunEntry *table, int bits, const Code &code, int run, bool term) {
            if (code.len == 0)
                return;
            const uint32_t first = code.bits << (uint32_t(bits) - code.len);
            for (uint32_t i = first; i < first + (1u << (uint32_t(bits) - code.len)); ++i)
                table[i] = RunEntry{quint16(run), quint8(code.len), term};
        };
        for (int n = 0; n < 64; ++n) {
            fillRun(white, kWhiteBits, kWhiteTerm[n], n, true);
            fillRun(black, kBlackBits, kBlackTerm[n], n, true);
        }
        for (int n = 1; n < 41; ++n) {
            fillRun(white, kWhiteBits, kWhiteMakeup[size_t(n)], 64 * n, false);
            fillRun(black, kBlackBits, kBlackMakeup[size_t(n)], 64 * n, false);
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

class Scanner
{
public:
    Scanner(const QByteArray &data, int width)
        : m_data(reinterpret_cast<const uchar *>(data.constData())), m_size(data.size()),
          m_bits(qint64(data.size()) * 8), m_width(width), m_t(tables())
    {
        // A clean line has at most width + 1 runs, plus libtiff's imaginary one.
        m_ref.assign(size_t(width) + 8, 0);
        m_cur.assign(size_t(width) + 8, 0);
        m_ref[0] = width; // the reference line above the first is white
        m_refCount = 1;
    }

    /// The n (<= 32) bits at bit position pos, zeros past the end of the data.
    uint32_t peekAt(qint64 pos, int n) const
    {
        const qint64 byte = pos >> 3;
        uint64_t v;
        if (Q_LIKELY(byte + 8 <= m_size)) {
            v = qFromBigEndian<quint64>(m_data + byte);
        } else {
            v = 0;
            for (int i = 0; i < 8; ++i)
                v = (v << 8) | (byte + i < m_size ? m_data[byte + i] : 0);
        }
        return uint32_t((v << (pos & 7)) >> (64 - n));
    }
    uint32_t peek(int n) const { return peekAt(m_pos, n); }
    void skip(int n) { m_pos += n; }
    /// Read past the end: libtiff would have padded with zeros.
    bool overrun() const { return m_pos > m_bits; }

    /// T.4: an EOL before the line: at least 11 zeros (fill included), then a one.
    bool eol()
    {
        if (peek(11) != 0)
            return false;
        skip(11);
        while (m_pos < m_bits && peek(8) == 0)
            skip(8);
        while (m_pos < m_bits && peek(1) == 0)
            skip(1);
        if (m_pos >= m_bits)
            return false;
        skip(1);
        return true;
    }

    /// One run of a colour: make-up codes, then a terminating code. -1: no such code.
    int run(bool black)
    {
        const RunEntry *table = black ? m_t.black : m_t.white;
        const int bits = black ? kBlackBits : kWhiteBits;
        int total = 0;
        for (;;) {
            const RunEntry &e = table[peek(bits)];
            if (e.length == 0)
                return -1;
            skip(e.length);
            total += e.run;
            if (e.terminating)
                return total;
            if (total > m_width + 2560)
                return -1;
        }
    }

    bool push(int run)
    {
        if (m_curCount >= int(m_cur.size()) - 2)
            return false; // more runs than a clean line can have
        m_cur[size_t(m_curCount++)] = run;
        return true;
    }

    /// A one-dimensional line (MH, or an MR line tagged 1-D).
    bool line1d()
    {
        m_curCount = 0;
        int a0 = 0;
        for (;;) {
            for (bool black : {false, true}) {
                const int r = run(black);
                if (r < 0 || !push(r))
                    return false;
                a0 += r;
                if (a0 >= m_width)
                    return finish(a0);
            }
            if (m_cur[size_t(m_curCount - 1)] == 0 && m_cur[size_t(m_curCount - 2)] == 0)
                m_curCount -= 2; // as libtiff: a white and a black run of nothing are dropped
        }
    }

    /// A two-dimensional line (MMR, or an MR line tagged 2-D). The hot loop: its state lives in
    /// locals (registers), not in members.
    bool line2d()
    {
        const int width = m_width;
        const int *R = m_ref.data();
        const int refLast = m_refCount; // the imaginary change after the runs
        int *C = m_cur.data();
        const int maxRuns = int(m_cur.size()) - 2;
        int count = 0;
        qint64 pos = m_pos;
        int a0 = 0;
        int runLength = 0;
        int pb = 1;
        int b1 = R[0];
        const auto done = [&](bool ok) {
            m_pos = pos;
            m_curCount = count;
            return ok;
        };
        while (a0 < width) {
            // b1 walks on in pairs of runs while it is not beyond a0 (not at a line's start).
            // It stays within the runs: b1 < width means runs are left (they add up to width).
            if (count > 0) {
                while (b1 <= a0 && b1 < width) {
                    b1 += R[pb] + R[pb + 1];
                    pb += 2;
                }
            }
            const ModeEntry m = m_t.mode[peekAt(pos, 7)];
            pos += m.length;
            if (Q_LIKELY(m.mode == Vertical)) {
                const int a1 = b1 + m.delta;
                if (m.delta < 0 && (a1 < a0 || (a1 == a0 && count > 0)))
                    return done(false); // VL left of a0
                if (count >= maxRuns)
                    return done(false);
                C[count++] = runLength + a1 - a0;
                a0 = a1;
                runLength = 0;
                if (a0 >= width)
                    break; // libtiff steps b1 on past the runs here, without effect
                if (m.delta < 0)
                    b1 -= R[--pb];
                else
                    b1 += R[pb++];
            } else if (m.mode == Pass) {
                if (pb > refLast)
                    return done(false); // libtiff would read beyond the runs
                b1 += R[pb++];
                runLength += b1 - a0;
                a0 = b1;
                if (a0 >= width)
                    break;
                if (pb > refLast)
                    return done(false);
                b1 += R[pb++];
            } else if (m.mode == Horizontal) {
                m_pos = pos;
                const bool blackFirst = count & 1;
                const int first = run(blackFirst);
                const int second = first < 0 ? -1 : run(!blackFirst);
                pos = m_pos;
                if (second < 0 || count + 2 > maxRuns)
                    return done(false);
                C[count++] = runLength + first;
                C[count++] = second;
                a0 += first + second;
                runLength = 0;
            } else {
                return done(false); // extensions, EOL (an EOFB too early), no code at all
            }
            if (pos > m_bits)
                return done(false);
        }
        if (runLength > 0) {
            if (count >= maxRuns)
                return done(false);
            C[count++] = runLength;
        }
        done(true);
        return finish(a0);
    }

    /// The line ended: exactly at the width, and it becomes the reference line.
    bool finish(int a0)
    {
        if (a0 != m_width || overrun())
            return false;
        std::swap(m_ref, m_cur);
        m_refCount = m_curCount;
        m_ref[size_t(m_refCount)] = 0; // libtiff's imaginary change after each line
        return true;
    }

private:
    const uchar *m_data;
    qint64 m_size;
    qint64 m_bits;
    qint64 m_pos = 0;
    int m_width;
    const Tables &m_t;
    std::vector<int> m_ref;
    std::vector<int> m_cur;
    int m_refCount = 0;
    int m_curCount = 0;
};

} // namespace

bool CodedPageScan::clean(const QByteArray &data, FaxCompression compression, int width, int lines)
{
    if (width <= 0 || width > 65535 || lines <= 0 || data.isEmpty())
        return false;
    Scanner s(data, width);
    for (int y = 0; y < lines; ++y) {
        bool ok = false;
        switch (compression) {
        case FaxCompression::Mmr:
            ok = s.line2d();
            break;
        case FaxCompression::Mh:
            ok = s.eol() && s.line1d();
            break;
        case FaxCompression::Mr:
            if (s.eol()) {
                const bool oneD = s.peek(1);
                s.skip(1);
                ok = oneD ? s.line1d() : s.line2d();
            }
            break;
        default:
            return false;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Fax
