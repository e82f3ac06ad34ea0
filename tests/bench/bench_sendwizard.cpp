// SPDX-License-Identifier: GPL-3.0-or-later
// Send Fax Wizard benchmark: prints figures against the target, never fails.
//   bench_sendwizard [--pages N]
// The time from opening the Preview page to the first page shown, for a --pages (40) page PDF
// with the branding line, with a cover page and without one (target for both: 1 s), and to all
// pages. With a cover page the cover shows first, drawn while the documents are converted;
// without one the converter hands each page over as soon as it has made it.
#include "cover/coverlibrary.h"
#include "imaging/boundedconverter.h"
#include "previewpage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using namespace Fax;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

bool writePdf(const QString &path, int pages)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    QPainter painter(&pdf);
    if (!painter.isActive())
        return false;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        for (int l = 0; l < 40; ++l)
            painter.drawText(QPoint(100, 120 + l * 40),
                             QStringLiteral("Page %1, line %2: the quick brown fox jumps over "
                                            "the lazy dog.")
                                 .arg(i + 1)
                                 .arg(l + 1));
    }
    return painter.end();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int pages = 40;
    const QStringList args = QCoreApplication::arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--pages"))); i > 0 && i + 1 < args.size())
        pages = std::max(1, args.at(i + 1).toInt());
    // The preview converts off the GUI thread, so through the helper beside the build's programs.
    if (qEnvironmentVariableIsEmpty("FAXCONSOLE_RENDER_HELPER"))
        BoundedConverter::setHelperProgram(QDir(QCoreApplication::applicationDirPath())
                                               .filePath(QStringLiteral("../bin/faxrender")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    if (!writePdf(pdf, pages)) {
        line(QStringLiteral("cannot write %1").arg(pdf));
        return 1;
    }
    QString cover;
    for (const CoverEntry &entry : CoverLibrary().entries())
        if (entry.name == QLatin1String("general"))
            cover = entry.path;

    SendDocument document;
    document.files = {pdf};
    document.recipient.name = QStringLiteral("Alice Example");
    document.recipient.faxNumber = QStringLiteral("+49 30 1234567");
    document.sender.name = QStringLiteral("Bench");
    document.brandingFormat = QStringLiteral("%d %t  From %s  To %r  P. %p/%P");
    for (const QString &coverPage : {cover, QString()}) {
        document.coverPage = coverPage;
        // The Documents page knows the documents' pages from its checks; so does the bench.
        PreviewPage page(
            [&document](int recipient) { return recipient == 0 ? document : SendDocument(); },
            [pages] { return pages; });
        page.resize(800, 500);
        page.show();

        QSignalSpy finished(&page, &PreviewPage::finished);
        QElapsedTimer timer;
        timer.start();
        page.initializePage();
        qint64 first = -1;
        while (finished.isEmpty() && timer.elapsed() < 600000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
            if (first < 0 && page.pageList()->count() > 0)
                first = timer.elapsed();
        }
        const qint64 all = timer.elapsed();
        if (first < 0 && page.pageList()->count() > 0)
            first = all;
        line(QStringLiteral("preview of a %1-page PDF %2 and branding (%3 pages made)")
                 .arg(pages)
                 .arg(coverPage.isEmpty() ? QStringLiteral("without a cover page")
                                          : QStringLiteral("with a cover page"))
                 .arg(page.result().pages()));
        line(QStringLiteral("  first page shown: %1 ms (target 1000 ms)").arg(first));
        line(QStringLiteral("  all pages shown:  %1 ms").arg(all));
        if (!page.result().error.isEmpty())
            line(QStringLiteral("  error: %1").arg(page.result().error));
    }
    return 0;
}
