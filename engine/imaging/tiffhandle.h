// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct tiff TIFF;

namespace Fax {

/// A libtiff handle on a file or on memory that collects libtiff's errors and warnings per handle
/// (TIFFOpenOptions, libtiff >= 4.5) instead of printing them, and counts the scan lines the
/// CCITT decoder complained about (for copy-quality checks).
class TiffHandle final
{
public:
    /// What the CCITT decoder said about a scan line.
    enum class LineFault {
        InvalidCode, ///< "Bad code word", "Uncompressed data (not supported)"
        WrongLength, ///< "Premature EOL", "Line length mismatch": runs do not add up to the width
        EmptyLine,   ///< "Premature EOL (got 0, ...)": an EOL where a line should start (T.6's
                     ///< EOFB, T.4's RTC)
        EndOfData    ///< "Premature EOF": the data ended within the line
    };

    ~TiffHandle();
    Q_DISABLE_COPY_MOVE(TiffHandle)

    /// Reads a TIFF held in data (which must outlive the handle). name is used in messages.
    static std::unique_ptr<TiffHandle> openMemory(const QByteArray *data, const QString &name);
    /// Writes a TIFF into memory; buffer() holds it after close().
    static std::unique_ptr<TiffHandle> createMemory(const QString &name);
    /// Opens a file ("r", "w", "w8" for BigTIFF...).
    static std::unique_ptr<TiffHandle> openFile(const QString &path, const char *mode);
    /// The raw bytes of the first strip of a single-image TIFF in memory (what createMemory()
    /// wrote); empty with *why set when there is none.
    static QByteArray firstStrip(const QByteArray &file, QString *why);

    TIFF *tiff() const { return m_tiff; }
    bool isOpen() const { return m_tiff != nullptr; }
    /// Flushes and closes; for memory writing the TIFF is then in buffer().
    void close();
    const QByteArray &buffer() const { return m_buffer; }
    /// Size of the TIFF being read from memory, or -1 for a file.
    qint64 size() const { return m_readData ? m_readData->size() : -1; }

    const QStringList &errors() const { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }
    /// The last error, or the last warning, or an empty string.
    QString lastMessage() const;
    /// Distinct scan lines (0-based, within the strip) named by the decoder's messages.
    int badLines() const { return int(m_badLines.size()); }
    int longestBadRun() const;
    const QList<int> &badLineList() const { return m_badLines; }
    /// Distinct scan lines the decoder named for one kind of fault (sorted).
    const QList<int> &faultLines(LineFault fault) const { return m_faults[int(fault)]; }
    /// With the rows per strip of the image being read, lines are counted from the top of the
    /// image instead of from the top of each strip (the decoder's messages name both).
    void setRowsPerStrip(int rows) { m_rowsPerStrip = rows; }
    void clearMessages();

    // Memory stream state, public for the C callbacks.
    QByteArray m_buffer;
    const QByteArray *m_readData = nullptr;
    qint64 m_pos = 0;

    void addMessage(bool error, const QString &text);

private:
    TiffHandle() = default;
    bool openClient(const QString &name, const char *mode);

    TIFF *m_tiff = nullptr;
    QStringList m_errors;
    QStringList m_warnings;
    QList<int> m_badLines;  // sorted, distinct
    QList<int> m_faults[4]; // per LineFault, sorted, distinct
    int m_rowsPerStrip = 0;
};

} // namespace Fax
