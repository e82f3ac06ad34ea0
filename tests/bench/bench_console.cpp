// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how quickly the console is there for its user: from start to the first window shown
// (on a fresh local engine), sorting and filtering a folder of 100,000 jobs in the window, and
// opening a 100-page fax in the Fax Viewer to its first page. Not a pass/fail test: run a
// Release build (scripts/bench), offscreen.
#include "consolesession.h"
#include "fakefaxserver.h"
#include "faxviewerwindow.h"
#include "ituchart.h"
#include "joblistpanel.h"
#include "mainwindow.h"
#include "messagesink.h"
#include "modelroles.h"

#include "imaging/faxtiff.h"
#include "server/localfaxserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Fax;

namespace {

constexpr int kJobs = 100000;
constexpr int kPages = 100;

void report(const char *what, double value, const char *unit, double target)
{
    std::printf("%-52s %10.3f %-3s (target <= %g %s) %s\n", what, value, unit, target, unit,
                value <= target ? "ok" : "OVER TARGET");
}

/// Runs the event loop until done() or timeoutMs.
template <typename F> bool spinUntil(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

/// Messages go nowhere: a benchmark has nobody to read them.
class QuietSink final : public MessageSink
{
public:
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        std::fprintf(stderr, "error: %s: %s\n", qPrintable(title), qPrintable(text));
    }
    bool confirm(QWidget *, const QString &, const QString &) override { return true; }
};

void startToFirstWindow(const QTemporaryDir &dir)
{
    QuietSink sink;
    QElapsedTimer timer;
    timer.start();
    ConsoleSession session(&sink, nullptr, nullptr, dir.filePath(QStringLiteral("console.ini")));
    MainWindow window(&session);
    bool painted = false;
    window.show();
    ConnectionSettings settings;
    settings.dataDirectory = dir.filePath(QStringLiteral("engine"));
    window.connectTo(settings);
    // Shown means exposed and painted once, connected to its engine.
    QTimer::singleShot(0, &window, [&] { painted = true; });
    spinUntil([&] { return painted && session.isConnected(); }, 10000);
    report("start to first window shown, local engine (s)", timer.nsecsElapsed() / 1e9, "s", 0.5);
}

void sortAndFilter()
{
    QuietSink sink;
    QTemporaryDir dir;
    ConsoleSession session(&sink, nullptr, nullptr, dir.filePath(QStringLiteral("console.ini")));
    MainWindow window(&session);
    window.resize(1100, 700);
    window.show();
    auto fake = std::make_unique<FakeFaxServer>();
    QList<Job> jobs;
    jobs.reserve(kJobs);
    const QList<QueueStatus> statuses = {QueueStatus::Pending, QueueStatus::Retrying,
                                         QueueStatus::Failed, QueueStatus::Paused};
    for (int i = 1; i <= kJobs; ++i)
        jobs.append(FakeFaxServer::makeJob(i, statuses.at(i % statuses.size())));
    fake->setJobs(jobs);
    window.setServer(std::move(fake));
    window.showFolder(ConsoleFolder::Outbox);
    JobListPanel *outbox = window.jobPanel(ConsoleFolder::Outbox);
    QCoreApplication::processEvents();
    std::printf("Outbox of %d jobs in the main window\n", outbox->view()->model()->rowCount());

    QElapsedTimer timer;
    timer.start();
    outbox->view()->sortByColumn(int(JobColumn::Recipient), Qt::DescendingOrder);
    QCoreApplication::processEvents();
    report("sort by recipient (s)", timer.nsecsElapsed() / 1e9, "s", 0.3);
    timer.restart();
    outbox->view()->sortByColumn(int(JobColumn::Submitted), Qt::AscendingOrder);
    QCoreApplication::processEvents();
    report("sort by submission time (s)", timer.nsecsElapsed() / 1e9, "s", 0.3);
    timer.restart();
    outbox->setSearchText(QStringLiteral("company 42"));
    QCoreApplication::processEvents();
    report("search 'company 42' (s)", timer.nsecsElapsed() / 1e9, "s", 0.3);
    std::printf("  %d jobs found\n", outbox->view()->model()->rowCount());
    timer.restart();
    outbox->setSearchText(QString());
    QCoreApplication::processEvents();
    report("clear the search (s)", timer.nsecsElapsed() / 1e9, "s", 0.3);
    timer.restart();
    outbox->setFilter(ListFilter::Failed);
    QCoreApplication::processEvents();
    report("quick filter 'Needs attention' (s)", timer.nsecsElapsed() / 1e9, "s", 0.3);
    std::printf("  %d jobs shown\n", outbox->view()->model()->rowCount());
}

void openLargeFax(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("100-pages.tif"));
    {
        FaxTiffWriter writer(path);
        FaxTiffProperties properties;
        properties.tsid = QStringLiteral("+49 30 1234567");
        if (!writer.open(properties, kPages)) {
            std::printf("cannot write %s\n", qPrintable(path));
            return;
        }
        QList<QImage> charts;
        for (int n = 1; n <= 8; ++n)
            charts << Test::ituChart(n);
        for (int i = 0; i < kPages; ++i) {
            FaxPage page;
            page.image = charts.at(i % charts.size());
            if (!writer.addPage(page, FaxCompression::Mmr))
                return;
        }
        if (!writer.finish())
            return;
    }
    QuietSink sink;
    FaxViewerWindow viewer(&sink);
    viewer.resize(1060, 760);
    viewer.show();
    QCoreApplication::processEvents();
    bool first = false;
    bool thumbnails = false;
    QObject::connect(&viewer, &FaxViewerWindow::pageShown, &viewer, [&] { first = true; });
    QObject::connect(&viewer, &FaxViewerWindow::thumbnailsReady, &viewer,
                     [&] { thumbnails = true; });
    QElapsedTimer timer;
    timer.start();
    viewer.openFile(path);
    spinUntil([&] { return first; }, 20000);
    report("100-page fax: open to its first page (s)", timer.nsecsElapsed() / 1e9, "s", 0.3);
    spinUntil([&] { return thumbnails; }, 120000);
    std::printf("%-52s %10.3f s   (reported)\n", "100-page fax: all thumbnails (s)",
                timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
#ifndef NDEBUG
    std::printf("note: this is not a Release build; figures are pessimistic\n");
#endif
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    startToFirstWindow(dir);
    sortAndFilter();
    openLargeFax(dir);
    return 0;
}
