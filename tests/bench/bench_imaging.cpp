// SPDX-License-Identifier: GPL-3.0-or-later
// Imaging benchmarks: prints figures against the targets, never fails.
//   bench_imaging [--pages N] [--runs N] [pdf...]
// 1. PDF -> fine MMR fax TIFF: faxctl convert vs Ghostscript's tiffg4 device, both as fresh
//    processes, alternating, median of --runs (wall time ratio <= 1.0); the in-process converter
//    too
// 2. peak memory converting a 200-page PDF (<= 100 MiB; measured in a child process)
// 3. T.4/T.6 encode and decode throughput on the ITU charts (decode >= 500 fine pages/s)
// 4. checking the pages of a 100-page fax TIFF before they pass through (< 10 % of the
//    conversion without it), and refusing an endless PostScript file (time limit + 1 s)
//    (imaging_documents.cpp)
//   bench_imaging --documents runs only 4.
#include "imaging_documents.h"

#include "imaging/boundedconverter.h"
#include "imaging/documentconverter.h"
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"
#include "imaging/jbigcodec.h"
#include "imaging/mmrencoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfDocumentRenderOptions>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <sys/resource.h>

using namespace Fax;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString makeTextPdf(const QString &path, int pages)
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(300);
    QPainter p(&w);
    QFont f(QStringLiteral("DejaVu Serif"));
    f.setPointSize(10);
    p.setFont(f);
    for (int i = 0; i < pages; ++i) {
        if (i)
            w.newPage();
        p.drawText(QPointF(150, 200),
                   QStringLiteral("Benchmark page %1 of %2").arg(i + 1).arg(pages));
        for (int l = 0; l < 55; ++l)
            p.drawText(QPointF(150, 300 + l * 60),
                       QStringLiteral("%1. Lorem ipsum dolor sit amet, consectetur adipiscing "
                                      "elit, sed do eiusmod tempor.")
                           .arg(l + 1));
        if (i % 10 == 0) {
            QLinearGradient g(QPointF(150, 0), QPointF(2300, 0));
            g.setColorAt(0, Qt::black);
            g.setColorAt(1, Qt::white);
            p.fillRect(QRectF(150, 3000, 2150, 300), g);
        }
    }
    p.end();
    return path;
}

/// A PDF of pages that are half photograph (a noisy colour picture, dithered) and half text.
QString makePhotoPdf(const QString &path, int pages)
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(300);
    QPainter p(&w);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSize(11);
    p.setFont(f);
    QRandomGenerator rng(7);
    for (int i = 0; i < pages; ++i) {
        if (i)
            w.newPage();
        QImage photo(800, 600, QImage::Format_RGB32);
        for (int y = 0; y < photo.height(); ++y) {
            auto *row = reinterpret_cast<QRgb *>(photo.scanLine(y));
            for (int x = 0; x < photo.width(); ++x) {
                const int n = int(rng.bounded(40));
                row[x] = qRgb((x * 255 / 800 + n) & 255, (y * 255 / 600 + n) & 255,
                              ((x + y + i * 40) / 6 + n) & 255);
            }
        }
        p.drawImage(QRectF(150, 150, 2180, 1635), photo);
        for (int l = 0; l < 25; ++l)
            p.drawText(QPointF(150, 1950 + l * 60),
                       QStringLiteral("Photo page %1, caption line %2: the quick brown fox.")
                           .arg(i + 1)
                           .arg(l + 1));
    }
    p.end();
    return path;
}

/// The ITU charts: $FAX_TESTDATA_DIR, else the repository's tests/data.
QString testDataDir()
{
    const QString env = qEnvironmentVariable("FAX_TESTDATA_DIR");
    return env.isEmpty() ? QStringLiteral(FAX_TESTDATA_DIR) : env;
}

/// Peak resident memory of this program image: VmHWM. Not getrusage()'s ru_maxrss, which
/// after fork and exec still counts the parent's resident pages (this benchmark's own, tens of
/// MiB after the conversions above).
long peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &l : f.readAll().split('\n'))
            if (l.startsWith("VmHWM:"))
                return l.mid(6).trimmed().split(' ').value(0).toLong();
    }
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

double cpuSeconds(const rusage &u)
{
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// Wall and CPU seconds of one run (CPU: of the child process, or of this process in-process).
struct Timing
{
    double wall = -1;
    double cpu = -1;
};

Timing timeProcess(const QString &program, const QStringList &args)
{
    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    p.waitForFinished(-1);
    Timing r;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return r;
    r.wall = t.elapsed() / 1000.0;
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    r.cpu = cpuSeconds(after) - cpuSeconds(before);
    return r;
}

Timing timeGhostscript(const QString &pdf, const QString &out)
{
    return timeProcess(
        QStringLiteral("gs"),
        {QStringLiteral("-q"), QStringLiteral("-dNOPAUSE"), QStringLiteral("-dBATCH"),
         QStringLiteral("-dSAFER"), QStringLiteral("-sDEVICE=tiffg4"), QStringLiteral("-r204x196"),
         QStringLiteral("-sPAPERSIZE=a4"), QStringLiteral("-dFIXEDMEDIA"),
         QStringLiteral("-dPDFFitPage"), QStringLiteral("-sOutputFile=") + out, pdf});
}

Timing timeFaxctl(const QString &faxctl, const QString &pdf, const QString &out)
{
    return timeProcess(faxctl, {QStringLiteral("convert"), pdf, QStringLiteral("-o"), out,
                                QStringLiteral("--quiet")});
}

Timing timeInProcess(const QString &pdf, const QString &out, int *pages)
{
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    QElapsedTimer t;
    t.start();
    auto r = DocumentConverter::convert({pdf}, out, ConvertOptions());
    Timing m;
    if (!r) {
        line(QStringLiteral("  %1: error: %2").arg(QFileInfo(pdf).fileName(), r.error().message));
        return m;
    }
    m.wall = t.elapsed() / 1000.0;
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    m.cpu = cpuSeconds(after) - cpuSeconds(before);
    *pages = r->pages;
    return m;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// CPU milliseconds per page that PDFium alone needs to render the file the way the converter
/// asks for it (A4 fine, aliased text and paths): the floor of the converter's rendering thread.
double pdfiumRenderMs(const QString &pdf)
{
    QPdfDocument doc;
    if (doc.load(pdf) != QPdfDocument::Error::None || doc.pageCount() <= 0)
        return -1;
    QPdfDocumentRenderOptions o;
    o.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations |
                     QPdfDocumentRenderOptions::RenderFlag::TextAliased |
                     QPdfDocumentRenderOptions::RenderFlag::PathAliased);
    const double t0 = threadCpuMs();
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QSizeF pt = doc.pagePointSize(i);
        (void)doc.render(i, QSize(qRound(pt.width() * 204 / 72), qRound(pt.height() * 196 / 72)),
                         o);
    }
    return (threadCpuMs() - t0) / doc.pageCount();
}

double median(QList<double> v)
{
    v.removeAll(-1);
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

/// faxctl beside this benchmark in the build tree ($FAXCTL overrides); empty when missing.
QString findFaxctl()
{
    const QString env = qEnvironmentVariable("FAXCTL");
    if (!env.isEmpty())
        return env;
    const QString built = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/faxctl");
    return QFileInfo(built).isExecutable() ? QFileInfo(built).canonicalFilePath() : QString();
}

QString seconds(double s)
{
    return s < 0 ? QStringLiteral("n/a") : QString::number(s, 'f', 3);
}

QString ratio(double a, double b)
{
    return a > 0 && b > 0 ? QString::number(a / b, 'f', 2) : QStringLiteral("n/a");
}

int convertOnly(const QString &pdf, const QString &out)
{
    ConvertOptions o;
    auto r = DocumentConverter::convert({pdf}, out, o);
    std::printf("%d %ld\n", r ? r->pages : -1, peakRssKiB());
    return r ? 0 : 1;
}

void benchPdf(const QStringList &pdfs, const QString &tmp, int runs)
{
    const bool haveGs = !QStandardPaths::findExecutable(QStringLiteral("gs")).isEmpty();
    const QString faxctl = findFaxctl();
    line(QStringLiteral("== PDF -> A4 fine MMR fax TIFF (target: ratio faxctl/gs <= 1.00; median "
                        "of %1 alternating runs "
                        "each, wall seconds, CPU in brackets)")
             .arg(runs));
    line(QStringLiteral("  faxctl: %1; gs: %2; %3 cores (faxctl renders PDF pages in %4 processes, "
                        "in-process in one)")
             .arg(faxctl.isEmpty() ? QStringLiteral("not found (set FAXCTL)") : faxctl,
                  haveGs ? QStringLiteral("found") : QStringLiteral("not installed"))
             .arg(QThread::idealThreadCount())
             .arg(std::min(2, QThread::idealThreadCount())));
    for (const QString &pdf : pdfs) {
        const QString load0 = loadAverage();
        QList<double> gsWall, gsCpu, ctlWall, ctlCpu, inWall, inCpu;
        int pages = 0;
        for (int i = 0; i < runs; ++i) {
            // Alternate who goes first so neither always meets a warmer (or busier) machine.
            for (int k = 0; k < 3; ++k) {
                switch ((k + i) % 3) {
                case 0: {
                    if (!haveGs)
                        break;
                    const Timing g = timeGhostscript(pdf, tmp + QStringLiteral("/gs.tif"));
                    gsWall << g.wall;
                    gsCpu << g.cpu;
                    break;
                }
                case 1: {
                    if (faxctl.isEmpty())
                        break;
                    const Timing c = timeFaxctl(faxctl, pdf, tmp + QStringLiteral("/faxctl.tif"));
                    ctlWall << c.wall;
                    ctlCpu << c.cpu;
                    break;
                }
                default: {
                    const Timing m = timeInProcess(pdf, tmp + QStringLiteral("/ours.tif"), &pages);
                    inWall << m.wall;
                    inCpu << m.cpu;
                    break;
                }
                }
            }
        }
        if (pages <= 0)
            continue;
        const double gs = median(gsWall), ctl = median(ctlWall), in = median(inWall);
        const double render = pdfiumRenderMs(pdf);
        line(QStringLiteral("  %1: %2 pages, load %3 -> %4")
                 .arg(QFileInfo(pdf).fileName())
                 .arg(pages)
                 .arg(load0, loadAverage()));
        line(QStringLiteral("    gs %1 s [%2]  faxctl %3 s [%4] (%5 ms/page)  in-process %6 s [%7]")
                 .arg(seconds(gs), seconds(median(gsCpu)), seconds(ctl), seconds(median(ctlCpu)))
                 .arg(ctl > 0 ? ctl * 1000 / pages : -1, 0, 'f', 1)
                 .arg(seconds(in), seconds(median(inCpu))));
        line(QStringLiteral(
                 "    ratio faxctl/gs %1 %2  (in-process/gs %3; output %4 KiB vs gs %5 KiB)")
                 .arg(ratio(ctl, gs),
                      ctl > 0 && gs > 0 ? (ctl <= gs ? QStringLiteral("(meets target)")
                                                     : QStringLiteral("(ABOVE target)"))
                                        : QString(),
                      ratio(in, gs))
                 .arg(QFileInfo(tmp + QStringLiteral("/ours.tif")).size() / 1024)
                 .arg(QFileInfo(tmp + QStringLiteral("/gs.tif")).size() / 1024));
        line(QStringLiteral("    PDFium rendering alone %1 ms/page CPU (%2 s for the file), gs %3 "
                            "ms/page CPU in all")
                 .arg(render, 0, 'f', 1)
                 .arg(render * pages / 1000, 0, 'f', 3)
                 .arg(median(gsCpu) * 1000 / pages, 0, 'f', 1));
    }
}

void benchMemory(const QString &self, const QString &pdf200, const QString &tmp)
{
    line(QStringLiteral("== Peak memory converting a 200-page PDF (target <= 100 MiB)"));
    QProcess p;
    p.start(self, {QStringLiteral("--convert-only"), pdf200, tmp + QStringLiteral("/mem.tif")});
    p.waitForFinished(-1);
    const QStringList parts =
        QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char(' '));
    if (parts.size() == 2)
        line(QStringLiteral("  %1 pages, peak RSS %2 MiB")
                 .arg(parts[0].trimmed())
                 .arg(parts[1].toLong() / 1024.0, 0, 'f', 1));
    else
        line(QStringLiteral("  child failed: %1")
                 .arg(QString::fromLocal8Bit(p.readAllStandardError())));

    // faxctl with its second rendering process: the two processes' memory together, sampled
    // every 2 ms as proportional set size (Pss: pages the two share since the fork, and the
    // libraries, counted once), and the larger one's own resident peak (VmHWM).
    const QString faxctl = findFaxctl();
    if (faxctl.isEmpty())
        return;
    QProcess ctl;
    ctl.start(faxctl, {QStringLiteral("convert"), pdf200, QStringLiteral("-o"),
                       tmp + QStringLiteral("/mem2.tif"), QStringLiteral("--quiet")});
    if (!ctl.waitForStarted())
        return;
    const auto rssKiB = [](qint64 pid, const char *field) {
        QFile f((field[0] == 'P' ? QStringLiteral("/proc/%1/smaps_rollup")
                                 : QStringLiteral("/proc/%1/status"))
                    .arg(pid));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &l : f.readAll().split('\n'))
                if (l.startsWith(field))
                    return l.mid(int(strlen(field))).trimmed().split(' ').value(0).toLong();
        }
        return 0L;
    };
    const qint64 pid = ctl.processId();
    long together = 0, largest = 0;
    while (!ctl.waitForFinished(2)) {
        long sum = rssKiB(pid, "Pss:");
        largest = std::max(largest, rssKiB(pid, "VmHWM:"));
        QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
        if (children.open(QIODevice::ReadOnly)) {
            for (const QByteArray &c : children.readAll().simplified().split(' ')) {
                if (c.isEmpty())
                    continue;
                sum += rssKiB(c.toLongLong(), "Pss:");
                largest = std::max(largest, rssKiB(c.toLongLong(), "VmHWM:"));
            }
        }
        together = std::max(together, sum);
    }
    line(QStringLiteral("  faxctl convert in %1 processes: peak %2 MiB together (Pss), %3 MiB the "
                        "larger one (VmHWM)")
             .arg(std::min(2, QThread::idealThreadCount()))
             .arg(together / 1024.0, 0, 'f', 1)
             .arg(largest / 1024.0, 0, 'f', 1));
}

void benchCodec()
{
    line(QStringLiteral(
        "== T.4/T.6 throughput on ITU charts 1-8, fine, 1728 px (target: decode >= 500 pages/s)"));
    QList<QImage> charts;
    for (int n = 1; n <= 8; ++n) {
        FaxTiffReader r;
        if (r.open(testDataDir() + QStringLiteral("/itu%1.tif").arg(n)))
            charts << r.readPage(0)->image;
    }
    if (charts.isEmpty()) {
        line(QStringLiteral("  no charts in ") + testDataDir());
        return;
    }
    for (FaxCompression c : {FaxCompression::Mh, FaxCompression::Mr, FaxCompression::Mmr}) {
        FaxCodec::EncodeOptions eo;
        eo.compression = c;
        QList<QByteArray> coded;
        QElapsedTimer t;
        t.start();
        int pages = 0;
        qint64 bytes = 0;
        while (t.elapsed() < 1500 || pages < 16) {
            const QByteArray d = FaxCodec::encode(charts[pages % charts.size()], eo).value();
            if (coded.size() < charts.size())
                coded << d;
            bytes += d.size();
            ++pages;
        }
        const double encRate = pages * 1000.0 / t.elapsed();
        FaxCodec::DecodeOptions dopt;
        dopt.compression = c;
        t.restart();
        int dpages = 0;
        while (t.elapsed() < 1500 || dpages < 16) {
            (void)FaxCodec::decode(coded[dpages % coded.size()], dopt);
            ++dpages;
        }
        const double decRate = dpages * 1000.0 / t.elapsed();
        line(QStringLiteral("  %1: encode %2 pages/s, decode %3 pages/s %4, avg %5 KiB/page")
                 .arg(compressionKey(c).toUpper(), 3)
                 .arg(encRate, 0, 'f', 0)
                 .arg(decRate, 0, 'f', 0)
                 .arg(decRate >= 500 ? QStringLiteral("(meets target)")
                                     : QStringLiteral("(BELOW target)"))
                 .arg(bytes / pages / 1024.0, 0, 'f', 1));
    }
    // Our own T.6 encoder (what FaxCodec and the fax TIFF writer use) next to libtiff's G4 codec.
    auto encodeRate = [&](const std::function<QByteArray(const QImage &)> &encode) {
        QElapsedTimer t;
        t.start();
        int pages = 0;
        while (t.elapsed() < 1500 || pages < 16)
            (void)encode(charts[pages++ % charts.size()]);
        return pages * 1000.0 / t.elapsed();
    };
    bool same = true;
    for (const QImage &chart : charts)
        same = same && MmrEncoder::encode(chart) == FaxCodec::encodeMmrWithLibtiff(chart).value();
    const double codecRate =
        encodeRate([&](const QImage &i) { return FaxCodec::encodeMmrWithLibtiff(i).value(); });
    const double ownRate = encodeRate([](const QImage &i) { return MmrEncoder::encode(i); });
    line(QStringLiteral(
             "  MMR encode: MmrEncoder %1 pages/s, libtiff's G4 codec %2 pages/s (x%3), bytes %4")
             .arg(ownRate, 0, 'f', 0)
             .arg(codecRate, 0, 'f', 0)
             .arg(ownRate / codecRate, 0, 'f', 1)
             .arg(same ? QStringLiteral("identical") : QStringLiteral("DIFFER")));
    // T.85 (JBIG through libjbig, default options: L0 128, TPBON) on the same charts.
    QList<QByteArray> bies;
    for (const QImage &chart : charts)
        bies << JbigCodec::encode(chart);
    const double jbigEnc = encodeRate([](const QImage &i) { return JbigCodec::encode(i); });
    QElapsedTimer jt;
    jt.start();
    int jbigDecoded = 0;
    while (jt.elapsed() < 1500 || jbigDecoded < 16)
        (void)JbigCodec::decode(bies[jbigDecoded++ % bies.size()]);
    const double jbigDec = jbigDecoded * 1000.0 / jt.elapsed();
    qint64 jbigBytes = 0;
    for (const QByteArray &b : bies)
        jbigBytes += b.size();
    line(QStringLiteral(
             "  T.85: encode %1 pages/s, decode %2 pages/s, avg %3 KiB/page (JbigCodec, libjbig)")
             .arg(jbigEnc, 0, 'f', 0)
             .arg(jbigDec, 0, 'f', 0)
             .arg(jbigBytes / double(bies.size()) / 1024.0, 0, 'f', 1));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == QLatin1String("--convert-only"))
        return convertOnly(args[1], args[2]);
    int pages = 200;
    int runs = 5;
    while (args.size() >= 2 && args[0].startsWith(QLatin1String("--"))) {
        if (args[0] == QLatin1String("--pages"))
            pages = args[1].toInt();
        else if (args[0] == QLatin1String("--runs"))
            runs = std::max(1, args[1].toInt());
        else
            break;
        args = args.mid(2);
    }
    QTemporaryDir tmp;
    // The helper program for conversions in processes that run threads (this one does).
    if (qEnvironmentVariableIsEmpty("FAXCONSOLE_RENDER_HELPER") && !findFaxctl().isEmpty())
        BoundedConverter::setHelperProgram(QFileInfo(findFaxctl()).path() +
                                           QStringLiteral("/faxrender"));
    if (args == QStringList{QStringLiteral("--documents")}) {
        benchPassThroughCheck(tmp.path(), testDataDir(), findFaxctl());
        benchEndlessPostScript(tmp.path(), testDataDir(), findFaxctl());
        return 0;
    }
    line(QStringLiteral("bench_imaging: making a %1-page PDF...").arg(pages));
    const QString pdf200 =
        makeTextPdf(tmp.filePath(QStringLiteral("bench-%1.pdf").arg(pages)), pages);
    QStringList pdfs = args;
    if (pdfs.isEmpty()) {
        // Debian documentation PDFs when present, then ours.
        QProcess find;
        find.start(QStringLiteral("find"), {QStringLiteral("/usr/share/doc"),
                                            QStringLiteral("-name"), QStringLiteral("*.pdf")});
        find.waitForFinished();
        for (const QString &f : QString::fromLocal8Bit(find.readAllStandardOutput())
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (pdfs.size() < 4)
                pdfs << f;
        pdfs << makePhotoPdf(tmp.filePath(QStringLiteral("photos-12.pdf")), 12) << pdf200;
    }
    line(QStringLiteral("bench_imaging: load average %1").arg(loadAverage()));
    benchPdf(pdfs, tmp.path(), runs);
    benchMemory(app.applicationFilePath(), pdf200, tmp.path());
    benchCodec();
    benchPassThroughCheck(tmp.path(), testDataDir(), findFaxctl());
    benchEndlessPostScript(tmp.path(), testDataDir(), findFaxctl());
    return 0;
}
