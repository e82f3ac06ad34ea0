// SPDX-License-Identifier: GPL-3.0-or-later
// Cover page benchmarks: prints figures against the targets, never fails.
//   bench_coverpage [--runs N] [--pages N]
// 1. Rendering each template with its fields as a fax page at fine resolution (target: 20 ms),
//    median of --runs; normal and superfine for comparison.
// 2. The send preparation of a --pages (20) page PDF with a cover page, exactly as the engine
//    makes a job's pages before dialling (SendPreparation): the PDF converted under the limits in
//    a child process, the cover rendered for the recipient with the page count, and both made
//    into one fine MMR fax TIFF with a branding line on every page. Reported, no target.
#include "cover/coverfile.h"
#include "cover/coverlibrary.h"
#include "cover/coverrenderer.h"
#include "cover/sendpreparation.h"
#include "imaging/documentconverter.h"
#include "imaging/faxtiff.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Fax;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

double medianMs(int runs, const std::function<void()> &work)
{
    work(); // warm up: fonts, glyph caches
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

QString makePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter p(&writer);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSize(10);
    p.setFont(font);
    for (int i = 0; i < pages; ++i) {
        if (i)
            writer.newPage();
        p.drawText(QPointF(150, 200),
                   QStringLiteral("Contract page %1 of %2").arg(i + 1).arg(pages));
        for (int l = 0; l < 55; ++l)
            p.drawText(QPointF(150, 300 + l * 60),
                       QStringLiteral("%1. The parties agree that the lease runs for five years "
                                      "from the first of the month.")
                           .arg(l + 1));
    }
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 25;
    int pdfPages = 20;
    while (args.size() >= 2) {
        if (args[0] == QLatin1String("--runs"))
            runs = std::max(1, args[1].toInt());
        else if (args[0] == QLatin1String("--pages"))
            pdfPages = std::max(1, args[1].toInt());
        args = args.mid(2);
    }

    const CoverLibrary library;
    const QList<CoverEntry> entries = library.entries();
    if (entries.isEmpty()) {
        line(QStringLiteral("bench_coverpage: no cover page templates found"));
        return 1;
    }
    CoverFields fields = CoverFields::sample();
    fields.note = QStringLiteral("Please find the signed lease agreement attached. ").repeated(12);
    line(QStringLiteral("1. cover page rendered as a fax page, median of %1 runs").arg(runs));
    double worst = 0;
    CoverPage general;
    for (const CoverEntry &entry : entries) {
        const Expected<CoverPage> page = CoverFile::read(entry.path);
        if (!page) {
            line(page.error().message);
            continue;
        }
        if (entry.name == QLatin1String("general"))
            general = *page;
        QStringList figures;
        for (FaxResolution r :
             {FaxResolution::Normal, FaxResolution::Fine, FaxResolution::Superfine}) {
            const double ms =
                medianMs(runs, [&] { (void)CoverRenderer::renderFax(*page, fields, r); });
            if (r == FaxResolution::Fine)
                worst = std::max(worst, ms);
            figures << QStringLiteral("%1 %2 ms").arg(resolutionKey(r)).arg(ms, 0, 'f', 1);
        }
        line(QStringLiteral("   %1: %2")
                 .arg(entry.name, -14)
                 .arg(figures.join(QStringLiteral(", "))));
    }
    line(QStringLiteral("   fine, slowest template: %1 ms (target <= 20 ms): %2")
             .arg(worst, 0, 'f', 1)
             .arg(worst <= 20 ? QStringLiteral("met") : QStringLiteral("NOT met")));

    QTemporaryDir tmp;
    const QString pdf = makePdf(tmp.filePath(QStringLiteral("contract.pdf")), pdfPages);
    line(QStringLiteral("2. send preparation: cover page + %1-page PDF -> fine MMR fax TIFF with "
                        "branding")
             .arg(pdfPages));
    const int prepRuns = std::max(1, runs / 5);
    SendDocument document;
    document.files = {pdf};
    document.coverPage = tmp.filePath(QStringLiteral("general.coverpage"));
    CoverFile::write(general, document.coverPage);
    document.recipient = fields.recipient;
    document.sender = fields.sender;
    document.subject = fields.subject;
    document.note = fields.note;
    document.brandingFormat = Branding::defaultFormat();
    document.stationId = fields.sender.faxNumber;
    const double prep = medianMs(prepRuns, [&] {
        const auto result =
            SendPreparation::prepare(document, tmp.filePath(QStringLiteral("send.tif")));
        if (!result)
            line(result.error().message);
    });
    line(QStringLiteral("   %1 pages: %2 ms (median of %3; %4 ms per page)")
             .arg(pdfPages + 1)
             .arg(prep, 0, 'f', 0)
             .arg(prepRuns)
             .arg(prep / (pdfPages + 1), 0, 'f', 1));
    return 0;
}
