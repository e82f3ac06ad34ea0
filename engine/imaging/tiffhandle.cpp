// SPDX-License-Identifier: GPL-3.0-or-later
#include "tiffhandle.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <tiffio.h>

#include <algorithm>
#include <climits>
#include <cstdarg>
#include <cstdio>
#include <cstring>

namespace Fax {

namespace {

int handleMessage(TIFF *, void *user, const char *module, const char *fmt, va_list ap, bool error)
{
    char text[512];
    std::vsnprintf(text, sizeof text, fmt, ap);
    auto *h = static_cast<TiffHandle *>(user);
    QString msg = QString::fromUtf8(text);
    if (module && *module && !error)
        msg = QString::fromUtf8(module) + QStringLiteral(": ") + msg;
    h->addMessage(error, msg);
    return 1; // handled: keep libtiff from printing to stderr
}

int onError(TIFF *t, void *user, const char *module, const char *fmt, va_list ap)
{
    return handleMessage(t, user, module, fmt, ap, true);
}

int onWarning(TIFF *t, void *user, const char *module, const char *fmt, va_list ap)
{
    return handleMessage(t, user, module, fmt, ap, false);
}

tmsize_t memRead(thandle_t fd, void *buf, tmsize_t size)
{
    auto *h = static_cast<TiffHandle *>(fd);
    const QByteArray &data = h->m_readData ? *h->m_readData : h->m_buffer;
    if (h->m_pos >= data.size() || size <= 0)
        return 0;
    const qint64 n = std::min<qint64>(size, data.size() - h->m_pos);
    std::memcpy(buf, data.constData() + h->m_pos, size_t(n));
    h->m_pos += n;
    return tmsize_t(n);
}

tmsize_t memWrite(thandle_t fd, void *buf, tmsize_t size)
{
    auto *h = static_cast<TiffHandle *>(fd);
    if (h->m_readData || size < 0)
        return -1;
    const qint64 end = h->m_pos + size;
    if (end > h->m_buffer.size()) {
        if (end > h->m_buffer.capacity())
            h->m_buffer.reserve(std::max<qint64>(end, h->m_buffer.capacity() * 2));
        h->m_buffer.resize(end);
    }
    std::memcpy(h->m_buffer.data() + h->m_pos, buf, size_t(size));
    h->m_pos = end;
    return size;
}

toff_t memSeek(thandle_t fd, toff_t off, int whence)
{
    auto *h = static_cast<TiffHandle *>(fd);
    const qint64 size = h->m_readData ? h->m_readData->size() : h->m_buffer.size();
    qint64 pos = 0;
    switch (whence) {
    case SEEK_SET:
        pos = qint64(off);
        break;
    case SEEK_CUR:
        pos = h->m_pos + qint64(off);
        break;
    case SEEK_END:
        pos = size + qint64(off);
        break;
    default:
        return toff_t(-1);
    }
    if (pos < 0)
        return toff_t(-1);
    h->m_pos = pos;
    return toff_t(pos);
}

int memClose(thandle_t)
{
    return 0;
}

toff_t memSize(thandle_t fd)
{
    auto *h = static_cast<TiffHandle *>(fd);
    return toff_t(h->m_readData ? h->m_readData->size() : h->m_buffer.size());
}

int memMap(thandle_t fd, void **base, toff_t *size)
{
    auto *h = static_cast<TiffHandle *>(fd);
    if (!h->m_readData)
        return 0;
    *base = const_cast<char *>(h->m_readData->constData());
    *size = toff_t(h->m_readData->size());
    return 1;
}

void memUnmap(thandle_t, void *, toff_t) {}

struct Options
{
    Options(TiffHandle *h)
    {
        opts = TIFFOpenOptionsAlloc();
        TIFFOpenOptionsSetErrorHandlerExtR(opts, onError, h);
        TIFFOpenOptionsSetWarningHandlerExtR(opts, onWarning, h);
        // A hostile file must not make libtiff allocate gigabytes for one strip.
        TIFFOpenOptionsSetMaxSingleMemAlloc(opts, 256 * 1024 * 1024);
    }
    ~Options() { TIFFOpenOptionsFree(opts); }
    TIFFOpenOptions *opts;
};

} // namespace

TiffHandle::~TiffHandle()
{
    if (m_tiff)
        TIFFCleanup(m_tiff); // no flush: an unfinished write is discarded
}

bool TiffHandle::openClient(const QString &name, const char *mode)
{
    Options o(this);
    m_tiff = TIFFClientOpenExt(name.toLocal8Bit().constData(), mode, this, memRead, memWrite,
                               memSeek, memClose, memSize, memMap, memUnmap, o.opts);
    return m_tiff != nullptr;
}

std::unique_ptr<TiffHandle> TiffHandle::openMemory(const QByteArray *data, const QString &name)
{
    std::unique_ptr<TiffHandle> h(new TiffHandle);
    h->m_readData = data;
    h->openClient(name, "r");
    return h;
}

std::unique_ptr<TiffHandle> TiffHandle::createMemory(const QString &name)
{
    std::unique_ptr<TiffHandle> h(new TiffHandle);
    h->openClient(name, "w");
    return h;
}

std::unique_ptr<TiffHandle> TiffHandle::openFile(const QString &path, const char *mode)
{
    std::unique_ptr<TiffHandle> h(new TiffHandle);
    Options o(h.get());
    h->m_tiff = TIFFOpenExt(QFile::encodeName(path).constData(), mode, o.opts);
    return h;
}

QByteArray TiffHandle::firstStrip(const QByteArray &file, QString *why)
{
    auto r = openMemory(&file, QStringLiteral("strip"));
    if (!r->isOpen()) {
        *why = r->lastMessage();
        return {};
    }
    uint64_t *offsets = nullptr;
    uint64_t *counts = nullptr;
    if (!TIFFGetField(r->tiff(), TIFFTAG_STRIPOFFSETS, &offsets) ||
        !TIFFGetField(r->tiff(), TIFFTAG_STRIPBYTECOUNTS, &counts) || !offsets || !counts ||
        offsets[0] + counts[0] > uint64_t(file.size())) {
        *why = QCoreApplication::translate("Fax", "no strip written");
        return {};
    }
    return file.mid(qsizetype(offsets[0]), qsizetype(counts[0]));
}

void TiffHandle::close()
{
    if (m_tiff) {
        TIFFClose(m_tiff);
        m_tiff = nullptr;
    }
}

QString TiffHandle::lastMessage() const
{
    if (!m_errors.isEmpty())
        return m_errors.last();
    if (!m_warnings.isEmpty())
        return m_warnings.last();
    return {};
}

int TiffHandle::longestBadRun() const
{
    int best = 0;
    int run = 0;
    for (int i = 0; i < m_badLines.size(); ++i) {
        run = (i > 0 && m_badLines[i] == m_badLines[i - 1] + 1) ? run + 1 : 1;
        best = std::max(best, run);
    }
    return best;
}

void TiffHandle::clearMessages()
{
    m_errors.clear();
    m_warnings.clear();
    m_badLines.clear();
    for (QList<int> &lines : m_faults)
        lines.clear();
}

namespace {

void insertSorted(QList<int> &list, int value)
{
    const auto it = std::lower_bound(list.begin(), list.end(), value);
    if (it == list.end() || *it != value)
        list.insert(it, value);
}

} // namespace

void TiffHandle::addMessage(bool error, const QString &text)
{
    // Keep memory bounded on hostile input: the line set is what matters, not every text.
    if (m_errors.size() + m_warnings.size() < 200)
        (error ? m_errors : m_warnings).append(text);
    else if (error && m_errors.isEmpty())
        m_errors.append(text);
    else if (error)
        m_errors.last() = text; // keep the latest error for lastMessage()
    // libtiff's CCITT decoder: "<what> at line L of strip S (...)".
    static const QRegularExpression lineRe(
        QStringLiteral(" at line (\\d+) of (strip|tile) (\\d+)"));
    const QRegularExpressionMatch m = lineRe.match(text);
    if (!m.hasMatch())
        return;
    qint64 line = m.captured(1).toLongLong();
    if (m_rowsPerStrip > 0 && m.captured(2) == QLatin1String("strip"))
        line += m.captured(3).toLongLong() * m_rowsPerStrip;
    if (line > INT_MAX)
        return;
    insertSorted(m_badLines, int(line));
    int fault = -1;
    if (text.contains(QLatin1String("Bad code word")) ||
        text.contains(QLatin1String("Uncompressed data")))
        fault = int(LineFault::InvalidCode);
    else if (text.contains(QLatin1String("Premature EOL")) &&
             text.contains(QLatin1String("(got 0,")))
        fault = int(LineFault::EmptyLine);
    else if (text.contains(QLatin1String("Premature EOL")) ||
             text.contains(QLatin1String("Line length mismatch")))
        fault = int(LineFault::WrongLength);
    else if (text.contains(QLatin1String("Premature EOF")))
        fault = int(LineFault::EndOfData);
    if (fault >= 0)
        insertSorted(m_faults[fault], int(line));
}

} // namespace Fax
