// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxtiff.h"

#include "jbigcodec.h"
#include "mmrencoder.h"
#include "tiffhandle.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSysInfo>

#include <tiffio.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <unistd.h>

namespace Fax {

namespace {

const QLatin1String kMagic("fax-console-fax");

QString escape(QString v)
{
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    v.replace(QLatin1Char('\r'), QString());
    return v;
}

QString unescape(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (int i = 0; i < v.size(); ++i) {
        if (v[i] == QLatin1Char('\\') && i + 1 < v.size()) {
            ++i;
            out += v[i] == QLatin1Char('n') ? QLatin1Char('\n') : v[i];
        } else {
            out += v[i];
        }
    }
    return out;
}

QString stringTag(TIFF *t, ttag_t tag)
{
    char *value = nullptr;
    if (TIFFGetField(t, tag, &value) && value)
        return QString::fromUtf8(value);
    return {};
}

} // namespace

bool FaxTiffPageInfo::faxCompression(FaxCompression *out) const
{
    if (compression == COMPRESSION_CCITTFAX4) {
        *out = FaxCompression::Mmr;
        return true;
    }
    if (compression == COMPRESSION_CCITTFAX3) {
        *out = t4TwoD ? FaxCompression::Mr : FaxCompression::Mh;
        return true;
    }
    if (compression == COMPRESSION_JBIG) { // a T.85 page as HylaFAX stores one
        *out = FaxCompression::T85;
        return true;
    }
    return false;
}

QString FaxTiffPageInfo::compressionName() const
{
    FaxCompression fax;
    if (faxCompression(&fax))
        return compressionKey(fax).toUpper();
    switch (compression) {
    case COMPRESSION_NONE:
        return QStringLiteral("none");
    case COMPRESSION_CCITTRLE:
        return QStringLiteral("CCITT RLE");
    case COMPRESSION_LZW:
        return QStringLiteral("LZW");
    case COMPRESSION_JPEG:
    case COMPRESSION_OJPEG:
        return QStringLiteral("JPEG");
    case COMPRESSION_ADOBE_DEFLATE:
    case COMPRESSION_DEFLATE:
        return QStringLiteral("Deflate");
    case COMPRESSION_PACKBITS:
        return QStringLiteral("PackBits");
    default:
        return QStringLiteral("TIFF compression %1").arg(compression);
    }
}

FaxTiffProperties FaxTiffProperties::fromReceivedFax(const ReceivedFax &fax)
{
    FaxTiffProperties p;
    p.received = true;
    p.csid = fax.csid;
    p.tsid = fax.tsid;
    p.callerId = fax.callerId;
    p.routing = fax.routing;
    p.port = fax.port;
    p.time = fax.receiveTime;
    p.partial = fax.partial;
    return p;
}

void FaxTiffProperties::applyTo(ReceivedFax *fax) const
{
    fax->csid = csid;
    fax->tsid = tsid;
    fax->callerId = callerId;
    fax->routing = routing;
    fax->port = port;
    fax->receiveTime = time;
    fax->partial = partial;
}

QString faxTiffDescription(const FaxTiffProperties &p)
{
    QStringList lines{kMagic};
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            lines << QString::fromLatin1(key) + QLatin1Char('=') + escape(value);
    };
    add("direction", p.received ? QStringLiteral("received") : QStringLiteral("sent"));
    add("csid", p.csid);
    add("tsid", p.tsid);
    add("caller-id", p.callerId);
    add("routing", p.routing);
    add("port", p.port);
    add("sender", p.sender);
    add("recipient", p.recipient);
    add("subject", p.subject);
    if (p.jobId)
        add("job", QString::number(p.jobId));
    if (p.time.isValid())
        add("time", p.time.toUTC().toString(Qt::ISODateWithMs));
    if (p.partial)
        add("partial", QStringLiteral("1"));
    return lines.join(QLatin1Char('\n'));
}

bool parseFaxTiffDescription(const QString &text, FaxTiffProperties *p)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != kMagic)
        return false;
    for (const QString &line : lines.mid(1)) {
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        const QString value = unescape(line.mid(eq + 1));
        if (key == QLatin1String("direction"))
            p->received = value != QLatin1String("sent");
        else if (key == QLatin1String("csid"))
            p->csid = value;
        else if (key == QLatin1String("tsid"))
            p->tsid = value;
        else if (key == QLatin1String("caller-id"))
            p->callerId = value;
        else if (key == QLatin1String("routing"))
            p->routing = value;
        else if (key == QLatin1String("port"))
            p->port = value;
        else if (key == QLatin1String("sender"))
            p->sender = value;
        else if (key == QLatin1String("recipient"))
            p->recipient = value;
        else if (key == QLatin1String("subject"))
            p->subject = value;
        else if (key == QLatin1String("job"))
            p->jobId = value.toLongLong();
        else if (key == QLatin1String("time"))
            p->time = QDateTime::fromString(value, Qt::ISODateWithMs);
        else if (key == QLatin1String("partial"))
            p->partial = value == QLatin1String("1");
    }
    return true;
}

// ---- writer ----

namespace {

/// The tags that describe a fax page's pixels.
void setImageTags(TIFF *t, const FaxTiffPageInfo &info)
{
    TIFFSetField(t, TIFFTAG_IMAGEWIDTH, uint32_t(info.width));
    TIFFSetField(t, TIFFTAG_IMAGELENGTH, uint32_t(info.lines));
    TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(t, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(t, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, uint32_t(info.lines));
    TIFFSetField(t, TIFFTAG_XRESOLUTION, float(info.xDpi));
    TIFFSetField(t, TIFFTAG_YRESOLUTION, float(info.yDpi));
    TIFFSetField(t, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
}

/// The tags that say how the page is coded, and its copy quality.
void setCodingTags(TIFF *t, const FaxTiffPageInfo &info)
{
    TIFFSetField(t, TIFFTAG_COMPRESSION, uint16_t(info.compression));
    TIFFSetField(t, TIFFTAG_FILLORDER, info.lsbFirst ? FILLORDER_LSB2MSB : FILLORDER_MSB2LSB);
    if (info.compression == COMPRESSION_CCITTFAX3)
        TIFFSetField(t, TIFFTAG_GROUP3OPTIONS,
                     uint32_t((info.t4TwoD ? GROUP3OPT_2DENCODING : 0) |
                              (info.t4FillBits ? GROUP3OPT_FILLBITS : 0)));
    else if (info.compression == COMPRESSION_CCITTFAX4)
        TIFFSetField(t, TIFFTAG_GROUP4OPTIONS, 0);
    // The fax tags are known to libtiff only once a CCITT compression is set.
    if (info.compression == COMPRESSION_CCITTFAX3 || info.compression == COMPRESSION_CCITTFAX4) {
        if (info.badLines > 0) {
            TIFFSetField(t, TIFFTAG_BADFAXLINES, uint32_t(info.badLines));
            TIFFSetField(t, TIFFTAG_CONSECUTIVEBADFAXLINES,
                         uint32_t(std::max(1, info.consecutiveBadLines)));
            TIFFSetField(t, TIFFTAG_CLEANFAXDATA, CLEANFAXDATA_REGENERATED);
        } else {
            TIFFSetField(t, TIFFTAG_CLEANFAXDATA, CLEANFAXDATA_CLEAN);
        }
    }
}

} // namespace

FaxTiffWriter::FaxTiffWriter(const QString &path) : m_path(path) {}

FaxTiffWriter::~FaxTiffWriter()
{
    if (m_tiff) {
        m_tiff.reset();
        QFile::remove(m_tempPath);
    }
}

Error FaxTiffWriter::fail(const QString &why)
{
    if (m_tiff) {
        m_tiff.reset();
        QFile::remove(m_tempPath);
    }
    return Error::make(Error::Kind::Io,
                       QCoreApplication::translate("Fax", "%1: %2").arg(m_path, why));
}

Result FaxTiffWriter::open(const FaxTiffProperties &properties, int totalPages)
{
    m_props = properties;
    m_total = totalPages;
    const QFileInfo fi(m_path);
    m_tempPath = fi.absolutePath() + QStringLiteral("/.") + fi.fileName() +
                 QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate(), 8, 16,
                                               QLatin1Char('0'));
    m_tiff = TiffHandle::openFile(m_tempPath, "w");
    if (!m_tiff->isOpen()) {
        const QString why = m_tiff->lastMessage();
        m_tiff.reset();
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Fax", "%1: cannot create the file (%2)").arg(m_path, why));
    }
    return {};
}

Result FaxTiffWriter::beginPage(int width, int lines, int xDpi, int yDpi)
{
    if (!m_tiff)
        return Error::make(
            Error::Kind::NotPermitted,
            QCoreApplication::translate("Fax", "%1: the file is not open for writing").arg(m_path));
    TIFF *t = m_tiff->tiff();
    TIFFSetField(t, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
    FaxTiffPageInfo image;
    image.width = width;
    image.lines = lines;
    image.xDpi = xDpi;
    image.yDpi = yDpi;
    setImageTags(t, image);
    TIFFSetField(t, TIFFTAG_PAGENUMBER, uint16_t(m_pages), uint16_t(m_total));
    TIFFSetField(t, TIFFTAG_SOFTWARE, "Fax Console " FAX_VERSION);
    TIFFSetField(t, TIFFTAG_IMAGEDESCRIPTION, faxTiffDescription(m_props).toUtf8().constData());
    const QString artist = m_props.tsid.isEmpty() ? m_props.sender : m_props.tsid;
    if (!artist.isEmpty())
        TIFFSetField(t, TIFFTAG_ARTIST, artist.toUtf8().constData());
    if (!m_props.port.isEmpty())
        TIFFSetField(t, TIFFTAG_MODEL, m_props.port.toUtf8().constData());
    if (!m_props.subject.isEmpty())
        TIFFSetField(t, TIFFTAG_DOCUMENTNAME, m_props.subject.toUtf8().constData());
    TIFFSetField(t, TIFFTAG_HOSTCOMPUTER, QSysInfo::machineHostName().toUtf8().constData());
    if (m_props.time.isValid())
        TIFFSetField(t, TIFFTAG_DATETIME,
                     m_props.time.toLocalTime()
                         .toString(QStringLiteral("yyyy:MM:dd HH:mm:ss"))
                         .toUtf8()
                         .constData());
    return {};
}

Result FaxTiffWriter::addPage(const FaxPage &page, FaxCompression compression, int badLines,
                              int consecutiveBadLines)
{
    auto coded = encodePage(page, compression, badLines, consecutiveBadLines);
    if (!coded)
        return fail(QCoreApplication::translate("Fax", "page %1: %2")
                        .arg(m_pages + 1)
                        .arg(coded.error().message));
    return addRawPage(coded.value().data, coded.value().info);
}

Expected<CodedFaxPage> FaxTiffWriter::encodePage(const FaxPage &page, FaxCompression compression,
                                                 int badLines, int consecutiveBadLines)
{
    auto failure = [](const QString &why) {
        return Error::make(Error::Kind::InvalidArgument, why);
    };
    if (!isFaxImage(page.image) || page.image.isNull())
        return failure(QCoreApplication::translate("Fax", "not a bilevel fax image"));
    if (compression == FaxCompression::T85)
        return failure(QCoreApplication::translate(
            "Fax", "a fax TIFF holds MH, MR or MMR pages; T.85 is a coding for the line only"));
    CodedFaxPage coded;
    FaxTiffPageInfo &info = coded.info;
    info.width = page.width();
    info.lines = page.lines();
    info.xDpi = page.xDpi;
    info.yDpi = page.yDpi;
    info.compression =
        compression == FaxCompression::Mmr ? COMPRESSION_CCITTFAX4 : COMPRESSION_CCITTFAX3;
    info.t4TwoD = compression == FaxCompression::Mr;
    info.t4FillBits = compression != FaxCompression::Mmr;
    info.badLines = badLines;
    info.consecutiveBadLines = consecutiveBadLines;
    if (compression == FaxCompression::Mmr) {
        // Our encoder: the bytes libtiff's G4 codec would store, several times faster.
        coded.data = MmrEncoder::encode(page.image);
        info.dataBytes = coded.data.size();
        return coded;
    }
    // libtiff codes the page into a one-page TIFF in memory with the tags the file gets (MR's K
    // follows YResolution: 2 or 4), and its strip is what the file stores.
    auto h = TiffHandle::createMemory(QStringLiteral("page"));
    TIFF *t = h->tiff();
    if (!t)
        return failure(h->lastMessage());
    setImageTags(t, info);
    setCodingTags(t, info);
    const int rowBytes = (page.width() + 7) / 8;
    bool ok = true;
    if (page.image.bytesPerLine() == rowBytes) {
        ok = TIFFWriteEncodedStrip(t, 0, const_cast<uchar *>(page.image.constBits()),
                                   tmsize_t(rowBytes) * page.lines()) >= 0;
    } else {
        for (int y = 0; ok && y < page.lines(); ++y)
            ok = TIFFWriteScanline(t, const_cast<uchar *>(page.image.constScanLine(y)),
                                   uint32_t(y)) >= 0;
    }
    if (!ok || !TIFFWriteDirectory(t))
        return failure(
            QCoreApplication::translate("Fax", "cannot code the page (%1)").arg(h->lastMessage()));
    h->close();
    QString why;
    coded.data = TiffHandle::firstStrip(h->buffer(), &why);
    if (coded.data.isEmpty())
        return failure(QCoreApplication::translate("Fax", "cannot code the page (%1)").arg(why));
    info.dataBytes = coded.data.size();
    return coded;
}

Result FaxTiffWriter::beginCodedPage(const FaxTiffPageInfo &info)
{
    if (auto r = beginPage(info.width, info.lines, info.xDpi, info.yDpi); !r)
        return r;
    setCodingTags(m_tiff->tiff(), info);
    return {};
}

Result FaxTiffWriter::addRawPage(const QByteArray &data, const FaxTiffPageInfo &info)
{
    if (auto r = beginCodedPage(info); !r)
        return r;
    TIFF *t = m_tiff->tiff();
    if (TIFFWriteRawStrip(t, 0, const_cast<char *>(data.constData()), data.size()) < 0 ||
        !TIFFWriteDirectory(t))
        return fail(QCoreApplication::translate("Fax", "page %1: cannot write (%2)")
                        .arg(m_pages + 1)
                        .arg(m_tiff->lastMessage()));
    ++m_pages;
    return {};
}

Result FaxTiffWriter::rewriteProperties(const QString &path, const FaxTiffProperties &properties)
{
    FaxTiffReader reader;
    if (auto r = reader.open(path); !r)
        return r;
    FaxTiffWriter writer(path);
    if (auto r = writer.open(properties, reader.pageCount()); !r)
        return r;
    for (int i = 0; i < reader.pageCount(); ++i) {
        const auto raw = reader.rawPage(i);
        if (!raw)
            return raw.error();
        if (auto r = writer.addRawPage(raw.value(), reader.pageInfo(i)); !r)
            return r;
    }
    return writer.finish();
}

Result FaxTiffWriter::finish()
{
    if (!m_tiff)
        return Error::make(
            Error::Kind::NotPermitted,
            QCoreApplication::translate("Fax", "%1: the file is not open for writing").arg(m_path));
    if (m_pages == 0)
        return fail(QCoreApplication::translate("Fax", "no pages"));
    m_tiff->close();
    if (!m_tiff->errors().isEmpty())
        return fail(m_tiff->errors().last());
    if (m_total != m_pages) {
        // The page count was not known up front: fix PageNumber on every page.
        auto u = TiffHandle::openFile(m_tempPath, "r+");
        if (!u->isOpen())
            return fail(u->lastMessage());
        for (int i = 0; i < m_pages; ++i) {
            if (!TIFFSetDirectory(u->tiff(), tdir_t(i)))
                return fail(u->lastMessage());
            TIFFSetField(u->tiff(), TIFFTAG_PAGENUMBER, uint16_t(i), uint16_t(m_pages));
            if (!TIFFRewriteDirectory(u->tiff()))
                return fail(u->lastMessage());
        }
        u->close();
    }
    {
        QFile f(m_tempPath);
        if (f.open(QIODevice::ReadWrite))
            ::fsync(f.handle());
    }
    if (std::rename(QFile::encodeName(m_tempPath).constData(),
                    QFile::encodeName(m_path).constData()) != 0)
        return fail(QCoreApplication::translate("Fax", "cannot replace the file (%1)")
                        .arg(QString::fromLocal8Bit(strerror(errno))));
    m_tiff.reset();
    return {};
}

// ---- reader ----

FaxTiffReader::FaxTiffReader() = default;
FaxTiffReader::~FaxTiffReader() = default;

Result FaxTiffReader::open(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Fax", "%1: cannot open (%2)").arg(path, f.errorString()));
    if (f.size() > qint64(1) << 30)
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: file too large for a fax").arg(path));
    return openData(f.readAll(), path);
}

Result FaxTiffReader::openData(const QByteArray &data, const QString &name)
{
    m_name = name;
    m_data = data;
    m_pages.clear();
    m_props = {};
    m_fromFaxConsole = false;
    m_receivedByOtherProgram = false;
    m_software.clear();
    m_tiff = TiffHandle::openMemory(&m_data, name);
    if (!m_tiff->isOpen())
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate("Fax", "%1: not a readable TIFF file (%2)")
                               .arg(name, m_tiff->lastMessage()));
    return scan();
}

Error FaxTiffReader::pageError(int page, const QString &why) const
{
    return Error::make(
        Error::Kind::InvalidArgument,
        QCoreApplication::translate("Fax", "%1: page %2: %3").arg(m_name).arg(page + 1).arg(why));
}

Result FaxTiffReader::scan()
{
    TIFF *t = m_tiff->tiff();
    int index = 0;
    do {
        if (index >= 10000)
            return pageError(index, QCoreApplication::translate("Fax", "too many pages"));
        FaxTiffPageInfo info;
        uint32_t w = 0, h = 0;
        uint16_t bps = 1, spp = 1, comp = COMPRESSION_NONE, fill = FILLORDER_MSB2LSB,
                 unit = RESUNIT_INCH;
        float xr = 0, yr = 0;
        uint32_t g3 = 0, bad = 0;
        TIFFGetField(t, TIFFTAG_IMAGEWIDTH, &w);
        TIFFGetField(t, TIFFTAG_IMAGELENGTH, &h);
        TIFFGetFieldDefaulted(t, TIFFTAG_BITSPERSAMPLE, &bps);
        TIFFGetFieldDefaulted(t, TIFFTAG_SAMPLESPERPIXEL, &spp);
        TIFFGetFieldDefaulted(t, TIFFTAG_COMPRESSION, &comp);
        TIFFGetFieldDefaulted(t, TIFFTAG_FILLORDER, &fill);
        TIFFGetFieldDefaulted(t, TIFFTAG_RESOLUTIONUNIT, &unit);
        const double scale = unit == RESUNIT_CENTIMETER ? 2.54 : 1.0;
        if (TIFFGetField(t, TIFFTAG_XRESOLUTION, &xr) && xr > 0)
            info.xDpi = int(xr * scale + 0.5);
        if (TIFFGetField(t, TIFFTAG_YRESOLUTION, &yr) && yr > 0)
            info.yDpi = int(yr * scale + 0.5);
        if (comp == COMPRESSION_CCITTFAX3 && TIFFGetField(t, TIFFTAG_GROUP3OPTIONS, &g3)) {
            info.t4TwoD = g3 & GROUP3OPT_2DENCODING;
            info.t4FillBits = g3 & GROUP3OPT_FILLBITS;
        }
        uint32_t run = 0;
        if (TIFFGetField(t, TIFFTAG_BADFAXLINES, &bad))
            info.badLines = int(std::min<uint32_t>(bad, INT_MAX));
        if (TIFFGetField(t, TIFFTAG_CONSECUTIVEBADFAXLINES, &run))
            info.consecutiveBadLines = int(std::min<uint32_t>(run, INT_MAX));
        info.width = int(std::min<uint32_t>(w, INT_MAX));
        info.lines = int(std::min<uint32_t>(h, INT_MAX));
        info.compression = comp;
        info.bilevel = bps == 1 && spp == 1;
        info.lsbFirst = fill == FILLORDER_LSB2MSB;
        info.strips = TIFFIsTiled(t) ? 0 : int(TIFFNumberOfStrips(t));
        uint64_t *counts = nullptr;
        if (info.strips > 0 && TIFFGetField(t, TIFFTAG_STRIPBYTECOUNTS, &counts) && counts) {
            for (int s = 0; s < info.strips; ++s)
                info.dataBytes += qint64(counts[s]);
        }
        if (w == 0 || h == 0)
            return pageError(index, QCoreApplication::translate("Fax", "no image size"));
        if (index == 0) {
            m_fromFaxConsole =
                parseFaxTiffDescription(stringTag(t, TIFFTAG_IMAGEDESCRIPTION), &m_props);
            m_software = stringTag(t, TIFFTAG_SOFTWARE).trimmed();
            if (!m_fromFaxConsole)
                readOtherProgramsProperties();
        }
        m_pages.append(info);
        ++index;
    } while (TIFFReadDirectory(t));
    return {};
}

namespace {

/// Whether the current directory has one of the receive tags fax servers write on a fax they
/// received (HylaFAX and spandsp: FaxRecvParams, FaxRecvTime, FaxDcs).
bool hasFaxReceiveTags(TIFF *t)
{
    for (const ttag_t tag : {TIFFTAG_FAXRECVPARAMS, TIFFTAG_FAXRECVTIME, TIFFTAG_FAXDCS}) {
        // Read a tag only as the type this libtiff registered for it, so that the arguments
        // below match what TIFFGetField writes.
        const TIFFField *field = TIFFFindField(t, tag, TIFF_ANY);
        if (!field || TIFFFieldPassCount(field))
            continue;
        if (TIFFFieldDataType(field) == TIFF_LONG) {
            uint32_t value = 0;
            if (TIFFGetField(t, tag, &value))
                return true;
        } else if (TIFFFieldDataType(field) == TIFF_ASCII) {
            if (!stringTag(t, tag).isEmpty())
                return true;
        }
    }
    return false;
}

/// A station id as T.30 carries it: one line of at most 20 printable characters.
bool looksLikeStationId(const QString &text)
{
    if (text.isEmpty() || text.size() > 20)
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

} // namespace

void FaxTiffReader::readOtherProgramsProperties()
{
    TIFF *t = m_tiff->tiff();
    // What the standard tags say.
    m_props.tsid = stringTag(t, TIFFTAG_ARTIST);
    m_props.port = stringTag(t, TIFFTAG_MODEL);
    m_props.subject = stringTag(t, TIFFTAG_DOCUMENTNAME);
    // TIFF's DateTime is "YYYY:MM:DD HH:MM:SS" local time; spandsp writes slashes in the date.
    const QString dt = stringTag(t, TIFFTAG_DATETIME).trimmed();
    for (const QString &format :
         {QStringLiteral("yyyy:MM:dd HH:mm:ss"), QStringLiteral("yyyy/MM/dd HH:mm:ss")}) {
        if (m_props.time.isValid() || dt.isEmpty())
            break;
        m_props.time = QDateTime::fromString(dt, format);
    }
    // A fax another fax server received (a HylaFAX recvq file, spandsp's receive file): it has
    // the receive tags, and by their common use ImageDescription holds the sender's TSI.
    m_receivedByOtherProgram = hasFaxReceiveTags(t);
    if (m_receivedByOtherProgram) {
        m_props.received = true;
        const QString tsi = stringTag(t, TIFFTAG_IMAGEDESCRIPTION).trimmed();
        if (m_props.tsid.isEmpty() && looksLikeStationId(tsi))
            m_props.tsid = tsi;
    }
}

Expected<FaxPage> FaxTiffReader::readPage(int page, FaxPageDamage *damage) const
{
    if (page < 0 || page >= m_pages.size())
        return pageError(page, QCoreApplication::translate("Fax", "no such page (the file has %1)")
                                   .arg(m_pages.size()));
    const FaxTiffPageInfo &info = m_pages[page];
    if (!info.bilevel)
        return pageError(
            page, QCoreApplication::translate("Fax", "not a bilevel (black and white) page"));
    FaxCompression coding;
    const bool faxCoded = info.faxCompression(&coding) && coding != FaxCompression::T85;
    // With damage asked for, a fax-coded page that claims too many lines is decoded as far as a
    // fax page can go, and the damage says so.
    if (info.width > kMaxWidth || (info.lines > kMaxLines && !(damage && faxCoded)))
        return pageError(page, QCoreApplication::translate("Fax", "absurd page size %1 x %2")
                                   .arg(info.width)
                                   .arg(info.lines));
    if (info.compression == COMPRESSION_JBIG)
        return readJbigPage(page);
    TIFF *t = m_tiff->tiff();
    if (!TIFFSetDirectory(t, tdir_t(page)))
        return pageError(page, m_tiff->lastMessage());
    if (TIFFIsTiled(t))
        return pageError(page, QCoreApplication::translate("Fax", "tiled pages are not supported"));
    uint16_t photometric = PHOTOMETRIC_MINISWHITE;
    TIFFGetFieldDefaulted(t, TIFFTAG_PHOTOMETRIC, &photometric);
    FaxPage out;
    out.xDpi = info.xDpi;
    out.yDpi = info.yDpi;
    if (faxCoded) {
        const FaxPageDamage d = FaxPageCheck::decode(*m_tiff, info, kMaxLines, &out.image);
        if (damage) {
            // The lines before the end of the data, nothing libtiff made up after it.
            *damage = d;
            if (d.decodedLines == 0)
                return pageError(
                    page,
                    QCoreApplication::translate("Fax", "damaged fax data: %1").arg(d.describe()));
            if (d.decodedLines < out.image.height())
                out.image = out.image.copy(0, 0, info.width, d.decodedLines);
        } else if (d.readLines < info.lines) {
            // Without damage asked for: as libtiff reads it, failing only where libtiff does.
            return pageError(page,
                             QCoreApplication::translate("Fax", "line %1: %2")
                                 .arg(d.readLines + 1)
                                 .arg(d.readError.isEmpty() ? m_tiff->lastMessage() : d.readError));
        }
    } else {
        out.image = makeFaxImage(info.width, info.lines);
        if (out.image.isNull())
            return pageError(page, QCoreApplication::translate("Fax", "out of memory"));
        m_tiff->clearMessages();
        for (int y = 0; y < info.lines; ++y) {
            if (TIFFReadScanline(t, out.image.scanLine(y), uint32_t(y)) < 0)
                return pageError(page, QCoreApplication::translate("Fax", "line %1: %2")
                                           .arg(y + 1)
                                           .arg(m_tiff->lastMessage()));
        }
        if (damage) {
            *damage = FaxPageDamage();
            damage->lines = damage->decodedLines = damage->readLines = info.lines;
        }
    }
    if (out.image.isNull())
        return pageError(page, QCoreApplication::translate("Fax", "out of memory"));
    if (photometric == PHOTOMETRIC_MINISBLACK)
        out.image.invertPixels();
    return out;
}

Expected<FaxPageDamage> FaxTiffReader::checkPage(int page) const
{
    if (page < 0 || page >= m_pages.size())
        return pageError(page, QCoreApplication::translate("Fax", "no such page (the file has %1)")
                                   .arg(m_pages.size()));
    const FaxTiffPageInfo &info = m_pages[page];
    FaxCompression coding;
    if (!info.bilevel || !info.faxCompression(&coding) || coding == FaxCompression::T85)
        return pageError(page, QCoreApplication::translate("Fax", "not an MH, MR or MMR page"));
    if (info.width > kMaxWidth)
        return pageError(
            page, QCoreApplication::translate("Fax", "absurd page width %1").arg(info.width));
    TIFF *t = m_tiff->tiff();
    if (!TIFFSetDirectory(t, tdir_t(page)))
        return pageError(page, m_tiff->lastMessage());
    if (TIFFIsTiled(t))
        return pageError(page, QCoreApplication::translate("Fax", "tiled pages are not supported"));
    return FaxPageCheck::decode(*m_tiff, info, kMaxLines);
}

// libtiff's JBIG codec only decodes whole strips, so its line-by-line reading fails: the strip is
// one BIE (natural byte order, whatever FillOrder says), decoded by our T.85 decoder.
Expected<FaxPage> FaxTiffReader::readJbigPage(int page) const
{
    const FaxTiffPageInfo &info = m_pages[page];
    const auto bie = rawPage(page);
    if (!bie)
        return bie.error();
    JbigCodec::DecodeOptions options;
    options.acceptZeroFill = true;
    options.maxLines = std::min(kMaxLines, JbigCodec::kMaxLines);
    auto image = JbigCodec::decode(*bie, options);
    if (!image)
        return pageError(page, image.error().message);
    if (image->width() != info.width)
        return pageError(page, QCoreApplication::translate(
                                   "Fax", "the JBIG image is %1 pixels wide, the TIFF says %2")
                                   .arg(image->width())
                                   .arg(info.width));
    FaxPage out;
    out.xDpi = info.xDpi;
    out.yDpi = info.yDpi;
    out.image = *std::move(image);
    return out;
}

Expected<QByteArray> FaxTiffReader::rawPage(int page) const
{
    if (page < 0 || page >= m_pages.size())
        return pageError(page, QCoreApplication::translate("Fax", "no such page (the file has %1)")
                                   .arg(m_pages.size()));
    if (m_pages[page].strips != 1)
        return pageError(page, QCoreApplication::translate("Fax", "not a single-strip page"));
    TIFF *t = m_tiff->tiff();
    if (!TIFFSetDirectory(t, tdir_t(page)))
        return pageError(page, m_tiff->lastMessage());
    const qint64 size = m_pages[page].dataBytes;
    if (size <= 0 || size > m_data.size())
        return pageError(page, QCoreApplication::translate("Fax", "bad strip size"));
    QByteArray raw(qsizetype(size), Qt::Uninitialized);
    const tmsize_t n = TIFFReadRawStrip(t, 0, raw.data(), size);
    if (n < 0)
        return pageError(page, m_tiff->lastMessage());
    raw.resize(qsizetype(n));
    return raw;
}

} // namespace Fax
