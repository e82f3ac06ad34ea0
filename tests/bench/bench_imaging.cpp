// Imaging benchmarks: prints figures against the targets, never fails.
//   bench_imaging [--pages N] [pdf...]
// 1. PDF -> fine MMR fax TIFF: our converter vs Ghostscript's tiffg4 device (wall time ratio <= 1.0)
// 2. peak memory converting a 200-page PDF (<= 100 MiB; measured in a child process)
// 3. T.4/T.6 encode and decode throughput on the ITU charts (decode >= 500 fine pages/s)
#include "imaging/documentconverter.h"
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
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
        p.drawText(QPointF(150, 200), QStringLiteral("Benchmark page %1 of %2").arg(i + 1).arg(pages));
        for (int l = 0; l < 55; ++l)
            p.drawText(QPointF(150, 300 + l * 60),
                       QStringLiteral("%1. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.")
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

/// The ITU charts: $FAX_TESTDATA_DIR, else shared/testdata beside the checkout.
QString testDataDir()
{
    const QString env = qEnvironmentVariable("FAX_TESTDATA_DIR");
    if (!env.isEmpty())
        return env;
    return QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../../../shared/testdata");
}

long peakRssKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

double timeGhostscript(const QString &pdf, const QString &out)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("gs"), {QStringLiteral("-q"), QStringLiteral("-dNOPAUSE"), QStringLiteral("-dBATCH"),
                                   QStringLiteral("-dSAFER"), QStringLiteral("-sDEVICE=tiffg4"),
                                   QStringLiteral("-r204x196"), QStringLiteral("-sPAPERSIZE=a4"),
                                   QStringLiteral("-dFIXEDMEDIA"), QStringLiteral("-dPDFFitPage"),
                                   QStringLiteral("-sOutputFile=") + out, pdf});
    p.waitForFinished(-1);
    return p.exitCode() == 0 ? t.elapsed() / 1000.0 : -1;
}

int convertOnly(const QString &pdf, const QString &out)
{
    ConvertOptions o;
    auto r = DocumentConverter::convert({pdf}, out, o);
    std::printf("%d %ld\n", r ? r->pages : -1, peakRssKiB());
    return r ? 0 : 1;
}

void benchPdf(const QStringList &pdfs, const QString &tmp)
{
    line(QStringLiteral("== PDF -> A4 fine MMR fax TIFF (target: ratio ours/gs <= 1.00)"));
    const bool haveGs = !QStandardPaths::findExecutable(QStringLiteral("gs")).isEmpty();
    for (const QString &pdf : pdfs) {
        QElapsedTimer t;
        t.start();
        auto r = DocumentConverter::convert({pdf}, tmp + QStringLiteral("/ours.tif"), ConvertOptions());
        const double ours = t.elapsed() / 1000.0;
        if (!r) {
            line(QStringLiteral("  %1: error: %2").arg(QFileInfo(pdf).fileName(), r.error().message));
            continue;
        }
        const double gs = haveGs ? timeGhostscript(pdf, tmp + QStringLiteral("/gs.tif")) : -1;
        line(QStringLiteral("  %1: %2 pages  ours %3 s (%4 ms/page, %5 KiB)  gs %6 s (%7 KiB)  ratio %8")
                 .arg(QFileInfo(pdf).fileName())
                 .arg(r->pages)
                 .arg(ours, 0, 'f', 2)
                 .arg(ours * 1000 / r->pages, 0, 'f', 1)
                 .arg(QFileInfo(tmp + QStringLiteral("/ours.tif")).size() / 1024)
                 .arg(gs, 0, 'f', 2)
                 .arg(QFileInfo(tmp + QStringLiteral("/gs.tif")).size() / 1024)
                 .arg(gs > 0 ? QString::number(ours / gs, 'f', 2) : QStringLiteral("n/a (no gs)")));
    }
}

void benchMemory(const QString &self, const QString &pdf200, const QString &tmp)
{
    line(QStringLiteral("== Peak memory converting a 200-page PDF (target <= 100 MiB)"));
    QProcess p;
    p.start(self, {QStringLiteral("--convert-only"), pdf200, tmp + QStringLiteral("/mem.tif")});
    p.waitForFinished(-1);
    const QStringList parts = QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char(' '));
    if (parts.size() == 2)
        line(QStringLiteral("  %1 pages, peak RSS %2 MiB").arg(parts[0].trimmed()).arg(parts[1].toLong() / 1024.0, 0, 'f', 1));
    else
        line(QStringLiteral("  child failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError())));
}

void benchCodec()
{
    line(QStringLiteral("== T.4/T.6 throughput on ITU charts 1-8, fine, 1728 px (target: decode >= 500 pages/s)"));
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
                 .arg(decRate >= 500 ? QStringLiteral("(meets target)") : QStringLiteral("(BELOW target)"))
                 .arg(bytes / pages / 1024.0, 0, 'f', 1));
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == QLatin1String("--convert-only"))
        return convertOnly(args[1], args[2]);
    int pages = 200;
    if (args.size() >= 2 && args[0] == QLatin1String("--pages")) {
        pages = args[1].toInt();
        args = args.mid(2);
    }
    QTemporaryDir tmp;
    line(QStringLiteral("bench_imaging: making a %1-page PDF...").arg(pages));
    const QString pdf200 = makeTextPdf(tmp.filePath(QStringLiteral("bench-%1.pdf").arg(pages)), pages);
    QStringList pdfs = args;
    if (pdfs.isEmpty()) {
        // Debian documentation PDFs when present, then ours.
        QProcess find;
        find.start(QStringLiteral("find"), {QStringLiteral("/usr/share/doc"), QStringLiteral("-name"), QStringLiteral("*.pdf")});
        find.waitForFinished();
        for (const QString &f : QString::fromLocal8Bit(find.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (pdfs.size() < 4)
                pdfs << f;
        pdfs << pdf200;
    }
    benchPdf(pdfs, tmp.path());
    benchMemory(app.applicationFilePath(), pdf200, tmp.path());
    benchCodec();
    return 0;
}
