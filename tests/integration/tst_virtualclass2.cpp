// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the virtual line's Class 2 / Class 2.0 modem (fax_virtualline --class 2|2.0) by
// speaking raw AT commands to its pty, against spandsp's fax terminal at the far end.
// Real-time sessions: each call takes about as long as on a real line.

#include "imaging/faxcodec.h"
#include "imaging/faxpage.h"
#include "virtualline_helpers.h"
#include "virtuallineprocess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <termios.h>
#include <tiffio.h>
#include <unistd.h>

using namespace Fax;
using namespace Fax::VirtualLineTest;

namespace {

constexpr char kDle = 0x10;
constexpr char kEtx = 0x03;

QString testData(const char *name)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/") + QLatin1String(name);
}

/// The host's end of the pty: raw AT commands and DLE-framed page data, with deadlines.
class AtHost final
{
public:
    ~AtHost()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool open(const QString &link, QString *error)
    {
        m_fd = ::open(QFile::encodeName(link).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (m_fd < 0) {
            *error = QStringLiteral("cannot open %1: %2")
                         .arg(link, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        termios tio{};
        tcgetattr(m_fd, &tio);
        cfmakeraw(&tio);
        tcsetattr(m_fd, TCSANOW, &tio);
        return true;
    }

    void send(const QByteArray &bytes)
    {
        m_transcript += ">> " + bytes.left(80) + '\n';
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n > 0) {
                done += n;
                continue;
            }
            pollfd p{m_fd, POLLOUT, 0};
            poll(&p, 1, 100);
        }
    }

    /// Waits until one of the words arrives; returns its index (-1 on timeout) and everything
    /// up to and including it in *text.
    int waitFor(const QList<QByteArray> &words, int ms, QByteArray *text = nullptr)
    {
        QDeadlineTimer deadline(ms);
        for (;;) {
            qsizetype best = -1;
            int which = -1;
            for (int i = 0; i < words.size(); ++i) {
                const qsizetype at = m_buffer.indexOf(words[i]);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                    which = i;
                }
            }
            if (which >= 0) {
                const qsizetype end = best + words[which].size();
                if (text)
                    *text = m_buffer.left(end);
                m_transcript += "<< " + m_buffer.left(end).trimmed() + '\n';
                m_buffer.remove(0, end);
                return which;
            }
            if (deadline.hasExpired())
                return -1;
            readSome(int(std::min<qint64>(deadline.remainingTime(), 200)));
        }
    }

    /// Sends a command and waits for its final result; returns the text before it, or an
    /// empty optional-like null QByteArray on ERROR or timeout (*ok says which).
    QByteArray command(const QByteArray &cmd, bool *ok, int ms = 30000,
                       const QList<QByteArray> &finals = {"\r\nOK\r\n", "\r\nERROR\r\n"})
    {
        send(cmd + '\r');
        QByteArray text;
        const int which = waitFor(finals, ms, &text);
        *ok = which == 0;
        return text;
    }

    /// Reads page data up to <DLE><ETX>, removing the DLE stuffing.
    bool readPageData(QByteArray *data, int ms)
    {
        QDeadlineTimer deadline(ms);
        data->clear();
        qsizetype i = 0;
        for (;;) {
            while (i < m_buffer.size()) {
                const char c = m_buffer[i];
                if (c != kDle) {
                    data->append(c);
                    ++i;
                    continue;
                }
                if (i + 1 >= m_buffer.size())
                    break;
                const char next = m_buffer[i + 1];
                i += 2;
                if (next == kEtx) {
                    m_transcript += "<< " + QByteArray::number(data->size()) + " bytes of data\n";
                    m_buffer.remove(0, i);
                    return true;
                }
                if (next == kDle)
                    data->append(kDle);
            }
            if (deadline.hasExpired())
                return false;
            readSome(200);
        }
    }

    QByteArray transcript() const { return m_transcript; }

private:
    void readSome(int ms)
    {
        pollfd p{m_fd, POLLIN, 0};
        poll(&p, 1, std::max(ms, 1));
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(m_fd, buf, sizeof buf);
            if (n <= 0)
                break;
            m_buffer.append(buf, n);
        }
    }

    int m_fd = -1;
    QByteArray m_buffer;
    QByteArray m_transcript;
};

QByteArray dleStuff(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 64 + 2);
    for (const char c : data) {
        out.append(c);
        if (c == kDle)
            out.append(kDle);
    }
    return out;
}

QImage toImage(const Page &page)
{
    QImage image = makeFaxImage(page.width, page.height);
    for (int y = 0; y < page.height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < page.width; ++x) {
            if (page.pixels[size_t(y) * size_t(page.width) + size_t(x)])
                line[x >> 3] |= uchar(0x80 >> (x & 7));
        }
    }
    return image;
}

Page toPage(const QImage &image)
{
    Page page;
    page.width = image.width();
    page.height = image.height();
    page.pixels.assign(size_t(page.width) * size_t(page.height), 0);
    for (int y = 0; y < page.height; ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < page.width; ++x)
            page.pixels[size_t(y) * size_t(page.width) + size_t(x)] =
                (line[x >> 3] >> (7 - (x & 7))) & 1;
    }
    return page;
}

/// A small page of its own: boxes, bars and a diagonal, quick to send and easy to compare.
QImage generatedPage(int variant)
{
    QImage image = makeFaxImage(1728, 500);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        auto black = [&](int x) { line[x >> 3] |= uchar(0x80 >> (x & 7)); };
        for (int x = 0; x < image.width(); ++x) {
            const bool frame = y < 8 || y >= image.height() - 8 || x < 8 || x >= image.width() - 8;
            const bool bars = y > 60 && y < 140 && ((x / (24 + 8 * variant)) % 2 == 0);
            const bool box =
                y > 200 && y < 420 && x > 300 + 200 * variant && x < 700 + 200 * variant;
            const bool diagonal = std::abs(x - (y * 3 + 100 * variant)) < 3;
            if (frame || bars || box || diagonal)
                black(x);
        }
    }
    return image;
}

/// Writes a page as a G4 TIFF at fine resolution: the far-end terminal sends it.
bool writeTiff(const QString &path, const QImage &image, QString *error)
{
    TIFF *tif = TIFFOpen(QFile::encodeName(path).constData(), "w");
    if (!tif) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(image.width()));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(image.height()));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(tif, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX4);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(tif, TIFFTAG_FILLORDER, FILLORDER_MSB2LSB);
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
    TIFFSetField(tif, TIFFTAG_XRESOLUTION, 204.0f);
    TIFFSetField(tif, TIFFTAG_YRESOLUTION, 196.0f);
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(image.height()));
    TIFFSetField(tif, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
    TIFFSetField(tif, TIFFTAG_PAGENUMBER, 0, 1);
    bool ok = true;
    for (int y = 0; y < image.height() && ok; ++y)
        ok = TIFFWriteScanline(tif, const_cast<uchar *>(image.constScanLine(y)), uint32_t(y), 0) >=
             0;
    TIFFClose(tif);
    if (!ok)
        *error = QStringLiteral("cannot write %1").arg(path);
    return ok;
}

QByteArray encodePage(const QImage &image, FaxCompression compression)
{
    FaxCodec::EncodeOptions options;
    options.compression = compression;
    options.yDpi = 196;
    options.lsbFirst = true; // +FBO=0: the first bit on the line is each byte's LSB
    options.endOfPage = true;
    const auto data = FaxCodec::encode(image, options);
    return data ? *data : QByteArray();
}

QString tail(const QString &path, int lines = 30)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log %1)").arg(path);
    const QList<QByteArray> all = file.readAll().split('\n');
    return QString::fromLocal8Bit(all.mid(std::max<qsizetype>(0, all.size() - lines)).join('\n'));
}

} // namespace

/// Drives the virtual line's Class 2 and Class 2.0 modem with raw AT commands.
class TestVirtualClass2 final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejectsUnknownClass();
    void class20SendsTwoPages();
    void class20Receives();
    void class2Sends();
    void class20SendsWithEcmAndMmr();
    void class20AnswersWithResultCodes();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Sends pages as a host would; returns false (with a message) when the dialogue breaks.
    /// resultOnly: the modem runs as T.32 has it (--page-status result --page-end dle): no
    /// +FPS: report, the far end's answer in the result code and in AT+FPS?.
    void sendPages(const QString &cls, const QList<QImage> &pages, const QString &name,
                   bool ecm = false, bool resultOnly = false);

    QTemporaryDir m_dir;
    QImage m_chartTop; // the top of ITU chart 1: real text
};

void TestVirtualClass2::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFileInfo::exists(QStringLiteral(FAX_VIRTUALLINE_PATH)),
             "fax_virtualline is not built: build the target fax_virtualline");
    QString error;
    const QList<Page> chart = readTiffPages(testData("itu1.tif"), &error);
    QVERIFY2(chart.size() == 1, qPrintable(error));
    m_chartTop = toImage(chart.first()).copy(0, 0, 1728, 900);
    QVERIFY(toPage(m_chartTop).blackPixels() > 10000);
}

void TestVirtualClass2::rejectsUnknownClass()
{
    QProcess process;
    process.start(QStringLiteral(FAX_VIRTUALLINE_PATH),
                  {QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                   path(QStringLiteral("ttyX")), QStringLiteral("--class"), QStringLiteral("3")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 64);
    QVERIFY(process.readAllStandardError().contains("unknown class"));
}

void TestVirtualClass2::sendPages(const QString &cls, const QList<QImage> &pages,
                                  const QString &name, bool ecm, bool resultOnly)
{
    const bool class20 = cls == QStringLiteral("2.0");
    const QString link = path(name + QStringLiteral(".tty"));
    const QString received = path(name + QStringLiteral("-rx.tif"));
    const QString log = path(name + QStringLiteral(".log"));
    VirtualLineProcess line;
    QString error;
    QStringList arguments{QStringLiteral("--modem-to-terminal"),
                          QStringLiteral("--class"),
                          cls,
                          QStringLiteral("--pty-link"),
                          link,
                          QStringLiteral("--receive-file"),
                          received,
                          QStringLiteral("--ident"),
                          QStringLiteral("FAR END"),
                          QStringLiteral("--timeout"),
                          QStringLiteral("300"),
                          QStringLiteral("-v")};
    if (ecm)
        arguments << QStringLiteral("--ecm");
    if (resultOnly)
        arguments << QStringLiteral("--page-status") << QStringLiteral("result")
                  << QStringLiteral("--page-end") << QStringLiteral("dle");
    QVERIFY2(line.start(arguments, log), qPrintable(line.errorString()));
    AtHost host;
    QVERIFY2(host.open(link, &error), qPrintable(error));
    auto failure = [&](const char *what) {
        return qPrintable(
            QStringLiteral("%1\ntranscript:\n%2\nline log:\n%3")
                .arg(QLatin1String(what), QString::fromLatin1(host.transcript()), tail(log)));
    };
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    host.command("ATE0", &ok);
    QVERIFY2(ok, failure("ATE0"));
    const QByteArray classes = host.command("AT+FCLASS=?", &ok);
    QVERIFY2(ok && classes.contains(class20 ? "2.0" : "0,2"), failure("AT+FCLASS=?"));
    host.command("AT+FCLASS=" + cls.toLatin1(), &ok);
    QVERIFY2(ok, failure("AT+FCLASS"));
    host.command(class20 ? "AT+FLI=\"CLASS2 HOST\"" : "AT+FLID=\"CLASS2 HOST\"", &ok);
    QVERIFY2(ok, failure("local id"));
    // fine, 14400, A4 width, unlimited length, MH without ECM or MMR with ECM (256 octets)
    const QByteArray caps = ecm ? "=1,5,0,2,3,2,0,0" : "=1,5,0,2,0,0,0,0";
    host.command(QByteArray(class20 ? "AT+FCC" : "AT+FDCC") + caps, &ok);
    QVERIFY2(ok, failure("capabilities"));
    host.command(class20 ? "AT+FBO=0" : "AT+FBOR=0", &ok);
    QVERIFY2(ok, failure("bit order"));

    const QByteArray dial = host.command("ATD5550100", &ok, 90000);
    QVERIFY2(ok, failure("ATD"));
    QVERIFY2(dial.contains(class20 ? "+FCO" : "+FCON"), failure("no connection report"));
    QVERIFY2(dial.contains(class20 ? "+FCI:\"FAR END\"" : "+FCSI:\"FAR END\""),
             failure("no remote id"));
    QVERIFY2(dial.contains(class20 ? "+FIS:" : "+FDIS:"), failure("no remote capabilities"));

    for (int i = 0; i < pages.size(); ++i) {
        const bool last = i == pages.size() - 1;
        host.send("AT+FDT\r");
        QByteArray text;
        const int which =
            host.waitFor({"\r\nCONNECT\r\n", "\r\nERROR\r\n", "\r\nOK\r\n"}, 90000, &text);
        QVERIFY2(which == 0, failure("no CONNECT for +FDT"));
        if (i == 0) { // the negotiated session: fine, 14400, MH or MMR with ECM
            const QByteArray session = ecm ? "1,5,0,2,3,2,0" : "1,5,0,2,0,0,0";
            const QByteArray report = QByteArray(class20 ? "+FCS:" : "+FDCS:") + session;
            QVERIFY2(text.contains(report), failure("no negotiated session before CONNECT"));
        }
        if (!class20)
            QVERIFY2(host.waitFor({"\x11"}, 10000) == 0, failure("no XON after CONNECT"));
        const QByteArray data =
            encodePage(pages[i], ecm ? FaxCompression::Mmr : FaxCompression::Mh);
        QVERIFY2(!data.isEmpty(), "FaxCodec could not encode a page");
        QByteArray after;
        if (class20) {
            // Class 2.0: the post-page message follows the data as <DLE><,> or <DLE><.>
            host.send(dleStuff(data) + kDle + (last ? '.' : ','));
            const int result = host.waitFor({"\r\nOK\r\n", "\r\nERROR\r\n"}, 120000, &after);
            QVERIFY2(result == 0, failure("page not confirmed"));
            if (last)
                QVERIFY2(after.contains("+FHS:00"), failure("no +FHS:00 after the last page"));
            if (resultOnly) {
                // T.32: OK says the far end took it; AT+FPS? says it was MCF.
                QVERIFY2(!after.contains("+FPS"), failure("a +FPS: report T.32 does not give"));
                const QByteArray status = host.command("AT+FPS?", &ok);
                QVERIFY2(ok && status.contains("1"), failure("AT+FPS? does not say MCF"));
            } else {
                QVERIFY2(after.contains("+FPS:1"), failure("no +FPS:1 (MCF)"));
            }
        } else {
            // Class 2: <DLE><ETX>, OK, then +FET=0 (MPS) or +FET=2 (EOP)
            host.send(dleStuff(data) + kDle + kEtx);
            QVERIFY2(host.waitFor({"\r\nOK\r\n", "\r\nERROR\r\n"}, 30000) == 0,
                     failure("data not accepted"));
            after = host.command(last ? "AT+FET=2" : "AT+FET=0", &ok, 120000);
            QVERIFY2(ok, failure("+FET failed"));
            QVERIFY2(after.contains("+FPTS:1"), failure("no +FPTS:1 (MCF)"));
            if (last)
                QVERIFY2(after.contains("+FHNG:0"), failure("no +FHNG:0 after the last page"));
        }
    }
    host.command("ATH", &ok);
    QVERIFY2(line.waitForFinished(30000), failure("the line did not finish"));
    qInfo("Class %s send of %lld page(s): %.1f s", qPrintable(cls), qlonglong(pages.size()),
          timer.elapsed() / 1000.0);

    // The far end's own account, and its pixels against what the host sent
    const auto result = line.result();
    QVERIFY2(!result.isEmpty(), line.output().constData());
    QCOMPARE(result.value(QStringLiteral("result")), QStringLiteral("completed"));
    QCOMPARE(result.value(QStringLiteral("pages")).toInt(), int(pages.size()));
    QCOMPARE(result.value(QStringLiteral("remote_ident")), QStringLiteral("CLASS2 HOST"));
    QCOMPARE(result.value(QStringLiteral("compression")),
             ecm ? QStringLiteral("T.6") : QStringLiteral("T.4 1-D"));
    QCOMPARE(result.value(QStringLiteral("ecm")).toInt(), ecm ? 1 : 0);
    QCOMPARE(result.value(QStringLiteral("rate")).toInt(), 14400);
    const QList<Page> got = readTiffPages(received, &error);
    QVERIFY2(got.size() == pages.size(), qPrintable(error));
    for (int i = 0; i < pages.size(); ++i) {
        const Page expected = toPage(pages[i]);
        QCOMPARE(got[i].width, expected.width);
        QVERIFY2(std::abs(got[i].height - expected.height) <= 2,
                 qPrintable(QStringLiteral("page %1: %2 rows, sent %3")
                                .arg(i + 1)
                                .arg(got[i].height)
                                .arg(expected.height)));
        const double mismatch = bestMismatch(expected, got[i], 3);
        QVERIFY2(mismatch < 0.01,
                 qPrintable(QStringLiteral("page %1 differs: %2").arg(i + 1).arg(mismatch)));
    }
}

void TestVirtualClass2::class20SendsTwoPages()
{
    sendPages(QStringLiteral("2.0"), {m_chartTop, generatedPage(0)}, QStringLiteral("send20"));
}

void TestVirtualClass2::class2Sends()
{
    sendPages(QStringLiteral("2"), {generatedPage(1)}, QStringLiteral("send2"));
}

void TestVirtualClass2::class20AnswersWithResultCodes()
{
    sendPages(QStringLiteral("2.0"), {m_chartTop, generatedPage(0)}, QStringLiteral("send20result"),
              false, true);
}

void TestVirtualClass2::class20SendsWithEcmAndMmr()
{
    // spandsp builds the first ECM block before DCS: the modem must rebuild it from the host.
    sendPages(QStringLiteral("2.0"), {m_chartTop}, QStringLiteral("send20ecm"), true);
}

void TestVirtualClass2::class20Receives()
{
    const QString link = path(QStringLiteral("recv20.tty"));
    const QString source = path(QStringLiteral("recv20-source.tif"));
    const QString log = path(QStringLiteral("recv20.log"));
    const QImage page = generatedPage(2);
    QString error;
    QVERIFY2(writeTiff(source, page, &error), qPrintable(error));
    VirtualLineProcess line;
    QVERIFY2(line.start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--class"),
                         QStringLiteral("2.0"), QStringLiteral("--pty-link"), link,
                         QStringLiteral("--terminal"), QStringLiteral("send"), source,
                         QStringLiteral("--ident"), QStringLiteral("FAR SENDER"),
                         QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("-v")},
                        log),
             qPrintable(line.errorString()));
    AtHost host;
    QVERIFY2(host.open(link, &error), qPrintable(error));
    auto failure = [&](const char *what) {
        return qPrintable(
            QStringLiteral("%1\ntranscript:\n%2\nline log:\n%3")
                .arg(QLatin1String(what), QString::fromLatin1(host.transcript()), tail(log)));
    };
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    for (const QByteArray &cmd :
         {QByteArray("ATE0"), QByteArray("AT+FCLASS=2.0"), QByteArray("AT+FLI=\"CLASS2 RX\""),
          QByteArray("AT+FCC=1,5,0,2,1,0,0,0"), QByteArray("AT+FCR=1"), QByteArray("AT+FBO=0")}) {
        host.command(cmd, &ok);
        QVERIFY2(ok, failure(cmd.constData()));
    }
    // The terminal calls once the host has gone quiet.
    QVERIFY2(host.waitFor({"RING"}, 30000) == 0, failure("no RING"));
    const QByteArray answer = host.command("ATA", &ok, 90000);
    QVERIFY2(ok, failure("ATA"));
    QVERIFY2(answer.contains("+FCO"), failure("no +FCO"));
    QVERIFY2(answer.contains("+FTI:\"FAR SENDER\""), failure("no +FTI"));
    // fine, 14400, A4, MR (the terminal can, and we offered it), no ECM
    QVERIFY2(answer.contains("+FCS:1,5,0,2,1,0,0"), failure("no +FCS for fine/14400/MR"));

    host.send("AT+FDR\r");
    QVERIFY2(host.waitFor({"\r\nCONNECT\r\n", "\r\nERROR\r\n", "\r\nOK\r\n"}, 120000) == 0,
             failure("no CONNECT for +FDR"));
    host.send("\x12"); // DC2: Class 2.0 needs none, but hosts send it
    QByteArray data;
    QVERIFY2(host.readPageData(&data, 60000), failure("no page data ending in <DLE><ETX>"));
    QByteArray status;
    QVERIFY2(host.waitFor({"\r\nOK\r\n", "\r\nERROR\r\n"}, 60000, &status) == 0,
             failure("no OK after the page"));
    QVERIFY2(status.contains("+FPS:1,"), failure("no +FPS:1"));
    QVERIFY2(status.contains("+FET:2"), failure("no +FET:2 (EOP)"));
    const QByteArray end = host.command("AT+FDR", &ok, 60000);
    QVERIFY2(ok && end.contains("+FHS:00"), failure("no +FHS:00 at the end"));
    host.command("ATH", &ok);
    QVERIFY2(line.waitForFinished(30000), failure("the line did not finish"));
    qInfo("Class 2.0 receive of 1 page: %.1f s", timer.elapsed() / 1000.0);

    const auto result = line.result();
    QCOMPARE(result.value(QStringLiteral("result")), QStringLiteral("completed"));
    QCOMPARE(result.value(QStringLiteral("pages")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("remote_ident")), QStringLiteral("CLASS2 RX"));
    QCOMPARE(result.value(QStringLiteral("compression")), QStringLiteral("T.4 2-D"));

    // The data is MR, LSB first (+FBO=0), and decodes to the page the terminal sent.
    FaxCodec::DecodeOptions options;
    options.compression = FaxCompression::Mr;
    options.width = 1728;
    options.yDpi = 196;
    options.lsbFirst = true;
    const auto decoded = FaxCodec::decode(data, options);
    QVERIFY2(decoded, qPrintable(decoded.error().message));
    QCOMPARE(decoded->badLines, 0);
    const Page got = toPage(decoded->image);
    const Page expected = toPage(page);
    QVERIFY2(std::abs(got.height - expected.height) <= 2,
             qPrintable(QStringLiteral("%1 rows, sent %2").arg(got.height).arg(expected.height)));
    const double mismatch = bestMismatch(expected, got, 3);
    QVERIFY2(mismatch < 0.01,
             qPrintable(QStringLiteral("received page differs: %1").arg(mismatch)));
}

QTEST_GUILESS_MAIN(TestVirtualClass2)
#include "tst_virtualclass2.moc"
