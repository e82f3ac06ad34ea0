// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/receivedfax.h"
#include "core/result.h"
#include "faxpage.h"
#include "faxpagecheck.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Fax {

class TiffHandle;

/// The FaxTiff properties of a stored fax. In the file they are standard TIFF tags on every page:
/// ImageDescription holds "key=value" lines (first line "fax-console-fax"; keys direction, csid,
/// tsid, caller-id, routing, port, sender, recipient, subject, job, time (ISO 8601 UTC),
/// partial; newlines and backslashes in values escaped as \n and \\), and for `tiffinfo` readers
/// also Artist = the sending station (TSID, or sender), Model = the port, DocumentName =
/// subject, DateTime = time (local), Software = "Fax Console <version>", HostComputer = host.
struct FaxTiffProperties
{
    bool received = true;
    QString csid;
    QString tsid;
    QString callerId;
    QString routing;
    QString port;
    QString sender;
    QString recipient;
    QString subject;
    qint64 jobId = 0;
    QDateTime time; ///< receive time, or send time for sent faxes
    bool partial = false;

    bool operator==(const FaxTiffProperties &) const = default;

    /// The properties of a received fax as the receiver knows them, and back.
    static FaxTiffProperties fromReceivedFax(const ReceivedFax &fax);
    void applyTo(ReceivedFax *fax) const;
};

/// One page of a fax TIFF as stored.
struct FaxTiffPageInfo
{
    int width = 0;
    int lines = 0;
    int xDpi = kFaxXDpi;
    int yDpi = 196;
    int compression = 0; ///< TIFF Compression tag value
    bool bilevel = true;
    bool lsbFirst = false;   ///< FillOrder LSB2MSB
    bool t4TwoD = false;     ///< T4Options 2-D coding
    bool t4FillBits = false; ///< T4Options byte-aligned EOLs
    int strips = 1;
    qint64 dataBytes = 0;
    int badLines = 0;            ///< BadFaxLines
    int consecutiveBadLines = 0; ///< ConsecutiveBadFaxLines
    /// The fax coding of this page, if it is one (CCITT G3 / G4).
    bool faxCompression(FaxCompression *out) const;
    /// "MH", "MR", "MMR", or the TIFF name of another compression ("LZW", "none", "JPEG", ...).
    QString compressionName() const;
};

/// A page coded the way a fax TIFF stores it: the strip's bytes and what they are.
struct CodedFaxPage
{
    QByteArray data;
    FaxTiffPageInfo info;
};

/// Writes a multi-page TIFF Class F atomically: pages go to a temporary file beside the target,
/// which replaces the target only in finish(). Pages are streamed, not held in memory.
class FaxTiffWriter final
{
public:
    explicit FaxTiffWriter(const QString &path);
    ~FaxTiffWriter(); ///< without a successful finish() the temporary file is removed
    Q_DISABLE_COPY_MOVE(FaxTiffWriter)

    /// totalPages: the page count if known (otherwise the page numbers are fixed in finish()).
    Result open(const FaxTiffProperties &properties, int totalPages = 0);
    /// Codes the page in the given compression (encodePage()) and stores it.
    /// badLines/consecutiveBadLines: copy quality of a received page (FaxCodec::Decoded).
    Result addPage(const FaxPage &page, FaxCompression compression, int badLines = 0,
                   int consecutiveBadLines = 0);
    /// Codes a page exactly as addPage() stores it, without a file: work another thread or
    /// process can do, for addRawPage() to store. Thread-safe.
    static Expected<CodedFaxPage> encodePage(const FaxPage &page, FaxCompression compression,
                                             int badLines = 0, int consecutiveBadLines = 0);
    /// Stores already-coded strip data unchanged (pass-through of a fitting fax TIFF page).
    Result addRawPage(const QByteArray &data, const FaxTiffPageInfo &info);
    Result finish();
    int pagesWritten() const { return m_pages; }
    /// Writes path's pages again, unchanged, under new properties (atomically, like finish()):
    /// for what is known only later, such as what inbound routing did with a received fax.
    static Result rewriteProperties(const QString &path, const FaxTiffProperties &properties);
    QString path() const { return m_path; }

private:
    Result beginPage(int width, int lines, int xDpi, int yDpi);
    Result beginCodedPage(const FaxTiffPageInfo &info);
    Error fail(const QString &why);

    QString m_path;
    QString m_tempPath;
    FaxTiffProperties m_props;
    int m_total = 0;
    int m_pages = 0;
    std::unique_ptr<TiffHandle> m_tiff;
};

/// Reads a fax TIFF (ours or any other program's): properties, page geometry, pages.
class FaxTiffReader final
{
public:
    FaxTiffReader();
    ~FaxTiffReader();
    Q_DISABLE_COPY_MOVE(FaxTiffReader)

    Result open(const QString &path);
    /// Reads a TIFF held in memory; name is used in messages.
    Result openData(const QByteArray &data, const QString &name);

    const FaxTiffProperties &properties() const { return m_props; }
    /// True when Fax Console wrote the file (its properties are complete); for another
    /// program's TIFF only what the standard tags say is known, and not the direction.
    bool fromFaxConsole() const { return m_fromFaxConsole; }
    /// True for a fax another fax server received (HylaFAX, spandsp): the file has their
    /// receive tags (FaxRecvParams, FaxRecvTime, FaxDcs). Its direction is then known
    /// (received), and its TSID is the sender's TSI that ImageDescription holds.
    bool receivedByOtherProgram() const { return m_receivedByOtherProgram; }
    /// Whether properties().received is known: the file is ours, or another fax server's
    /// received fax.
    bool directionKnown() const { return m_fromFaxConsole || m_receivedByOtherProgram; }
    /// The program that wrote the file, as its Software tag says (empty when it does not).
    QString software() const { return m_software; }
    int pageCount() const { return int(m_pages.size()); }
    const FaxTiffPageInfo &pageInfo(int page) const { return m_pages.at(page); }
    /// Decodes a bilevel page (any TIFF compression libtiff reads, and ISO JBIG / T.85 as HylaFAX
    /// stores received T.85 pages) into a fax image. Without damage, a page whose data ends
    /// early fails; with damage, a fax-coded (MH, MR, MMR) page comes back with the lines that
    /// decoded, and *damage says what was wrong with the rest (as checkPage()).
    Expected<FaxPage> readPage(int page, FaxPageDamage *damage = nullptr) const;
    /// Decodes a fax-coded page (MH, MR, MMR) without keeping its pixels and counts its damage:
    /// lines with invalid code words or of the wrong length, lines its data does not reach, a
    /// strip that cannot be read, more lines than a fax page has. Other pages: an error.
    Expected<FaxPageDamage> checkPage(int page) const;
    /// The coded data of a single-strip page, unchanged.
    Expected<QByteArray> rawPage(int page) const;
    QString fileName() const { return m_name; }

    /// Largest page the reader accepts (absurd dimensions are refused, not allocated).
    static constexpr int kMaxWidth = 16384;
    static constexpr int kMaxLines = 65536;

private:
    Result scan();
    Error pageError(int page, const QString &why) const;
    Expected<FaxPage> readJbigPage(int page) const;
    void readOtherProgramsProperties();

    QString m_name;
    QByteArray m_data;
    std::unique_ptr<TiffHandle> m_tiff;
    FaxTiffProperties m_props;
    bool m_fromFaxConsole = false;
    bool m_receivedByOtherProgram = false;
    QString m_software;
    QList<FaxTiffPageInfo> m_pages;
};

/// The ImageDescription text for properties, and back.
QString faxTiffDescription(const FaxTiffProperties &properties);
bool parseFaxTiffDescription(const QString &text, FaxTiffProperties *properties);

} // namespace Fax
