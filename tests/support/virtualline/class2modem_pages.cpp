// SPDX-License-Identifier: GPL-3.0-or-later
// The Class 2 modem's page data: rows from the host's +FDT data for spandsp's sender, and
// received pages read back from spandsp's TIFF and streamed to the host after +FDR.
#include "class2modem.h"

#include "class2modem_p.h"
#include "virtualline.h"

#define SPANDSP_EXPOSE_INTERNAL_STRUCTURES
#include <spandsp.h>
#include <tiffio.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <poll.h>
#include <unistd.h>

namespace Fax::VirtualLine {

using namespace Class2Codes;

namespace {

uint8_t reverseBits(uint8_t b)
{
    b = uint8_t((b & 0xF0) >> 4 | (b & 0x0F) << 4);
    b = uint8_t((b & 0xCC) >> 2 | (b & 0x33) << 2);
    b = uint8_t((b & 0xAA) >> 1 | (b & 0x55) << 1);
    return b;
}

int t4Encoding(int df)
{
    return df >= 3   ? T4_COMPRESSION_ITU_T6
           : df >= 1 ? T4_COMPRESSION_ITU_T4_2D
                     : T4_COMPRESSION_ITU_T4_1D;
}

} // namespace

int Class2Modem::onRowRead(uint8_t *row, size_t len)
{
    if (!m_rowsReady) {
        // spandsp starts a page: get it from the host, with the line's clock stopped.
        m_inCallback = true;
        if (!m_fdtRequested) {
            pump([](const Class2Modem *m) { return m->m_fdtRequested || m->m_abortRequested; },
                 kHostTimeoutSeconds);
        }
        if (m_abortRequested) {
            m_inCallback = false;
            return -1;
        }
        if (m_pagesSent == 0)
            info(name20("+FCS:", "+FDCS:") + m_negotiated.text());
        result("CONNECT", 1);
        if (m_class == ServiceClass::Class2)
            emit(std::string(1, char(kXon))); // Class 2 hosts wait for XON before sending data
        m_fdtRequested = false;
        m_pageData.clear();
        m_pageDataDone = false;
        m_hostPpm = -1;
        m_dle = false;
        m_input = Input::SendData;
        pump([](const Class2Modem *m) { return m->m_pageDataDone || m->m_abortRequested; },
             kHostTimeoutSeconds);
        if (!m_abortRequested && m_hostPpm < 0) {
            // <DLE><ETX>: the host names the post-page message with +FET=n
            m_waitingPpm = true;
            ok();
            pump([](const Class2Modem *m) { return m->m_hostPpm >= 0 || m->m_abortRequested; },
                 kHostTimeoutSeconds);
            m_waitingPpm = false;
        }
        m_input = Input::Command;
        if (m_abortRequested) {
            m_inCallback = false;
            return -1;
        }
        std::string error;
        if (!decodeHostPage(&error))
            std::fprintf(stderr, "%s: page %d from the host: %s\n", m_tag.c_str(), m_pagesSent + 1,
                         error.c_str());
        // MPS unless the host ended the document (EOM goes out as MPS: the next page follows)
        t4_tx_state_t *t4 = &fax_get_t30_state(m_fax)->t4.tx;
        m_lastPageSent = m_hostPpm == 2;
        t4->tiff.stop_page = m_lastPageSent ? t4->current_page : INT_MAX;
        m_pending = Pending::PostPage;
        m_pageEndSent = false;
        m_rowsReady = true;
        m_nextRow = 0;
        m_inCallback = false;
        if (m_verbose)
            std::fprintf(stderr, "%s: page %d: %zu rows from the host, %s\n", m_tag.c_str(),
                         m_pagesSent + 1, m_rows.size(), m_lastPageSent ? "EOP" : "MPS");
    }
    if (m_nextRow >= m_rows.size()) {
        m_rowsReady = false;
        ++m_pagesSent;
        return 0;
    }
    const auto &r = m_rows[m_nextRow++];
    std::memset(row, 0, len);
    std::memcpy(row, r.data(), std::min(len, r.size()));
    return int(len);
}

// --- page data -------------------------------------------------------------------------------

void Class2Modem::refillEcmBlock(t30_state_s *t30)
{
    // spandsp 0.0.6 also cut page 1 into the first ECM block when it opened the document; cut
    // the host's page again the way its (static) partial page code does: up to 256 HDLC frames
    // of address, control, FCD, frame number and octets_per_ecm_frame of image data.
    t4_tx_state_t *t4 = &t30->t4.tx;
    const int size = t30->octets_per_ecm_frame;
    t30->ppr_count = 0;
    t30->ecm_progress = 0;
    for (int i = 3; i < 3 + 32; ++i)
        t30->ecm_frame_map[i] = 0xFF;
    int frames = 0;
    bool atEnd = false;
    for (int i = 0; i < 256; ++i) {
        t30->ecm_len[i] = -1;
        uint8_t *frame = t30->ecm_data[i];
        frame[0] = 0xFF;
        frame[1] = 0x03; // not the final frame: a PPS follows the block
        frame[2] = T4_FCD;
        frame[3] = uint8_t(i);
        const int len = t4_tx_get_chunk(t4, &frame[4], size);
        if (len < size) {
            if (len > 0) {
                std::memset(&frame[4 + len], 0, size_t(size - len));
                t30->ecm_len[i] = int16_t(size + 4);
                frames = i + 1;
            } else {
                frames = i;
            }
            atEnd = true;
            break;
        }
        t30->ecm_len[i] = int16_t(size + 4);
        frames = i + 1;
    }
    if (!atEnd)
        atEnd = t4->t4_t6_tx.bit_ptr >= t4->image_size;
    t30->ecm_frames = frames;
    t30->ecm_at_page_end = atEnd ? 1 : 0;
    if (m_verbose)
        std::fprintf(stderr, "%s: first ECM block refilled from the host's page: %d frames\n",
                     m_tag.c_str(), frames);
}

bool Class2Modem::makePlaceholder(std::string *error)
{
    // spandsp reads width and resolution for its DCS from page 1 of the file; the rows of
    // every page come from the host through the row read handler.
    const int width = kWidths[std::clamp(m_session.v[2], 0, 2)];
    TIFF *tif = TIFFOpen(m_placeholderPath.c_str(), "w");
    if (!tif) {
        *error = "cannot create " + m_placeholderPath;
        return false;
    }
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(width));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(1));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(tif, TIFFTAG_COMPRESSION, COMPRESSION_NONE);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(tif, TIFFTAG_FILLORDER, FILLORDER_LSB2MSB);
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, RESUNIT_CENTIMETER);
    TIFFSetField(tif, TIFFTAG_XRESOLUTION, 80.31f);
    TIFFSetField(tif, TIFFTAG_YRESOLUTION, m_session.v[0] >= 1 ? 77.0f : 38.5f);
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(1));
    TIFFSetField(tif, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
    TIFFSetField(tif, TIFFTAG_PAGENUMBER, 0, 1);
    std::vector<uint8_t> white(size_t((width + 7) / 8), 0);
    const bool ok = TIFFWriteScanline(tif, white.data(), 0, 0) >= 0;
    TIFFClose(tif);
    if (!ok)
        *error = "cannot write " + m_placeholderPath;
    return ok;
}

bool Class2Modem::decodeHostPage(std::string *error)
{
    m_rows.clear();
    std::vector<uint8_t> data = m_pageData;
    if (m_fbo & 1) {
        for (auto &b : data)
            b = reverseBits(b); // +FBO=1/3: the host's first bit on the line is the MSB
    }
    const int width = kWidths[std::clamp(m_negotiated.v[2], 0, 2)];
    unlink(m_decodePath.c_str());
    t4_rx_state_t *t4 = t4_rx_init(nullptr, m_decodePath.c_str(), T4_COMPRESSION_ITU_T6);
    if (!t4) {
        *error = "cannot create " + m_decodePath;
        return false;
    }
    span_log_set_sample_rate(&t4->logging, kSampleRate);
    t4_rx_set_rx_encoding(t4, t4Encoding(m_negotiated.v[4]));
    t4_rx_set_image_width(t4, width);
    t4_rx_set_x_resolution(t4, T4_X_RESOLUTION_R8);
    t4_rx_set_y_resolution(t4, m_negotiated.v[0] ? T4_Y_RESOLUTION_FINE : T4_Y_RESOLUTION_STANDARD);
    t4_rx_start_page(t4);
    if (!data.empty())
        t4_rx_put_chunk(t4, data.data(), int(data.size()));
    t4_rx_end_page(t4);
    t4_rx_free(t4);

    TIFF *tif = TIFFOpen(m_decodePath.c_str(), "r");
    if (!tif) {
        *error = "spandsp decoded no page (" + std::to_string(data.size()) + " bytes of data)";
        return false;
    }
    uint32_t w = 0, h = 0;
    uint16_t photometric = PHOTOMETRIC_MINISWHITE;
    TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &h);
    TIFFGetFieldDefaulted(tif, TIFFTAG_PHOTOMETRIC, &photometric);
    std::vector<uint8_t> line(size_t(TIFFScanlineSize(tif)));
    for (uint32_t y = 0; y < h; ++y) {
        if (TIFFReadScanline(tif, line.data(), y, 0) < 0)
            break;
        if (photometric == PHOTOMETRIC_MINISBLACK) {
            for (auto &b : line)
                b = uint8_t(~b);
        }
        m_rows.push_back(line);
    }
    TIFFClose(tif);
    if (m_rows.empty()) {
        *error = "no rows decoded from " + std::to_string(data.size()) + " bytes";
        return false;
    }
    return true;
}

std::string Class2Modem::encodeReceivedPage(int index, int *lines)
{
    *lines = 0;
    t4_tx_state_t *t4 = t4_tx_init(nullptr, m_rxPath.c_str(), index, index);
    if (!t4) {
        std::fprintf(stderr, "%s: cannot read page %d of %s\n", m_tag.c_str(), index + 1,
                     m_rxPath.c_str());
        return {};
    }
    span_log_set_sample_rate(&t4->logging, kSampleRate);
    t4_tx_set_tx_encoding(t4, t4Encoding(m_negotiated.v[4]));
    t4_tx_set_min_bits_per_row(t4, 0);
    std::string out;
    if (t4_tx_start_page(t4) == 0) {
        *lines = t4->image_length;
        uint8_t buf[1024];
        int n;
        while ((n = t4_tx_get_chunk(t4, buf, sizeof buf)) > 0) {
            for (int i = 0; i < n; ++i) {
                const uint8_t b = (m_fbo & 1) ? reverseBits(buf[i]) : buf[i];
                out += char(b);
                if (b == kDle)
                    out += char(kDle);
            }
        }
    }
    t4_tx_free(t4);
    out += char(kDle);
    out += char(kEtx);
    return out;
}

void Class2Modem::deliverPages()
{
    if (m_pending != Pending::Receive)
        return;
    ReceivedPage *page = nullptr;
    for (auto &p : m_received) {
        if (!p.delivered) {
            page = &p;
            break;
        }
    }
    if (!m_connectSent) {
        if (page) {
            result("CONNECT", 1);
            m_connectSent = true;
            m_dataSent = false;
            m_dc2WaitTicks = 0;
        } else if (m_t30Done) {
            m_pending = Pending::None;
            reportHangup(m_lastHangup);
            ok();
        }
        return;
    }
    if (!page)
        return;
    if (!m_dataSent) {
        // Class 2 hosts send DC2 when ready; Class 2.0 needs none (tolerated when sent).
        const int wait = m_class == ServiceClass::Class2 ? 250 : 5;
        if (!m_dc2Seen && m_dc2WaitTicks++ < wait)
            return;
        emit(encodeReceivedPage(page->index, &m_currentLines));
        m_dataSent = true;
    }
    int ppr = page->index < int(m_pprs.size()) ? m_pprs[size_t(page->index)] : 0;
    if (ppr == 0 && m_t30Done)
        ppr = m_t30Code == T30_ERR_OK ? 1 : 2;
    if (ppr == 0)
        return; // the response on the line is not out yet
    m_lastPpr = ppr;
    info(name20("+FPS:", "+FPTS:") + std::to_string(ppr) + "," + reportNumber(m_currentLines) +
         ",0,0,0");
    info("+FET:" + std::to_string(page->ppm));
    page->delivered = true;
    m_pending = Pending::None;
    m_connectSent = false;
    m_dataSent = false;
    m_dc2Seen = false;
    ok();
}

} // namespace Fax::VirtualLine
