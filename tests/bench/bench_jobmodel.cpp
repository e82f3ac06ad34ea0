// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how fast JobQueueModel loads and follows a large queue and how much memory a job costs.
// Not a pass/fail test: run a Release build, e.g. `build-release/tests/bench_jobmodel`.
#include "fakefaxserver.h"
#include "jobfoldermodel.h"
#include "jobqueuemodel.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>
#include <malloc.h>
#include <unistd.h>

using namespace Fax;

namespace {

constexpr int kJobs = 100000;
constexpr int kChanges = 10000;

// Resident set size in bytes, from /proc/self/statm.
qint64 residentBytes()
{
    FILE *f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return -1;
    long pages = 0;
    long resident = 0;
    const int n = std::fscanf(f, "%ld %ld", &pages, &resident);
    std::fclose(f);
    return n == 2 ? qint64(resident) * sysconf(_SC_PAGESIZE) : -1;
}

// Bytes of heap in use (glibc), exact where RSS keeps freed pages.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd); // small chunks + mmapped blocks
}

void report(const char *what, double value, const char *unit, double target)
{
    std::printf("%-48s %10.3f %-6s (target <= %g %s) %s\n", what, value, unit, target, unit,
                value <= target ? "ok" : "OVER TARGET");
}

QList<Job> makeJobs()
{
    QList<Job> jobs;
    jobs.reserve(kJobs);
    for (int i = 1; i <= kJobs; ++i)
        jobs.append(FakeFaxServer::makeJob(i));
    return jobs;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
#ifndef NDEBUG
    std::printf("note: this is not a Release build; figures are pessimistic\n");
#endif
    std::printf("JobQueueModel, %d jobs, %d status changes\n", kJobs, kChanges);

    // Load through setServer(): the server already holds the jobs.
    {
        const qint64 heapBefore = heapInUse();
        const qint64 rssBefore = residentBytes();
        FakeFaxServer server;
        server.setJobs(makeJobs());
        JobQueueModel model;
        QElapsedTimer timer;
        timer.start();
        model.setServer(&server);
        const double seconds = timer.nsecsElapsed() / 1e9;
        report("load via setServer() (s)", seconds, "s", 0.5);
        // Drop the server's copy: what is left is what the model keeps alive per job (its Job
        // structs, the strings they now own alone, the id index).
        server.setJobs({});
        report("memory per job held by the model, heap (B)",
               double(heapInUse() - heapBefore) / kJobs, "B", 1024);
        std::printf("  RSS growth per job (includes freed but unreturned heap): %.0f B;"
                    " sizeof(Job) = %zu B\n",
                    double(residentBytes() - rssBefore) / kJobs, sizeof(Job));
    }

    // Load through one jobAdded signal per job, with an Outbox proxy attached as in the console.
    {
        FakeFaxServer server;
        const QList<Job> jobs = makeJobs();
        JobQueueModel model;
        model.setServer(&server);
        JobFolderModel outbox(JobFolderModel::Folder::Outbox);
        outbox.setSourceModel(&model);
        const qint64 rssBefore = residentBytes();
        QElapsedTimer timer;
        timer.start();
        for (const Job &job : jobs)
            Q_EMIT server.jobAdded(job);
        const double seconds = timer.nsecsElapsed() / 1e9;
        report("load via jobAdded x100000, Outbox proxy (s)", seconds, "s", 0.5);
        std::printf(
            "  model + proxy growth per job: %.0f B (strings shared with the source list)\n",
            double(residentBytes() - rssBefore) / kJobs);

        // Status changes spread over the queue: progress, pause, completion (leaves the Outbox).
        QList<Job> changed;
        changed.reserve(kChanges);
        static const QueueStatus cycle[] = {QueueStatus::InProgress, QueueStatus::Paused,
                                            QueueStatus::Retrying, QueueStatus::Completed};
        for (int i = 0; i < kChanges; ++i) {
            Job job = jobs.at((i * 7919) % kJobs);
            job.queueStatus = cycle[i % 4];
            job.tries = 1 + i % 3;
            changed.append(job);
        }
        timer.restart();
        for (const Job &job : changed)
            Q_EMIT server.jobChanged(job);
        report("10000 status changes, Outbox proxy (s)", timer.nsecsElapsed() / 1e9, "s", 0.2);
        std::printf("  Outbox rows after the changes: %d of %d\n", outbox.rowCount(),
                    model.rowCount());

        // The same number of changes when no job leaves the folder: what is left above is the
        // proxy's cost of removing rows (QSortFilterProxyModel renumbers its mapping per row).
        for (int i = 0; i < kChanges; ++i) {
            Job &job = changed[i];
            if (job.queueStatus == QueueStatus::Completed)
                continue;
            job.queueStatus = cycle[(i + 1) % 3];
            job.tries += 1;
        }
        timer.restart();
        for (const Job &job : changed) {
            if (job.queueStatus != QueueStatus::Completed)
                Q_EMIT server.jobChanged(job);
        }
        report("7500 status changes within the Outbox (s)", timer.nsecsElapsed() / 1e9, "s", 0.2);

        timer.restart();
        for (int i = 0; i < 1000; ++i)
            Q_EMIT server.jobRemoved(JobId(kJobs - 2 * i));
        std::printf("%-48s %10.3f s      (no target; near the end of the list)\n",
                    "1000 removals, Outbox proxy (s)", timer.nsecsElapsed() / 1e9);
        timer.restart();
        for (int i = 1; i <= 100; ++i)
            Q_EMIT server.jobRemoved(JobId(i));
        std::printf("%-48s %10.3f s      (no target; worst case: front of the list)\n",
                    "100 removals at the front, Outbox proxy (s)", timer.nsecsElapsed() / 1e9);
    }

    // Changes with no proxy, the model alone.
    {
        FakeFaxServer server;
        server.setJobs(makeJobs());
        JobQueueModel model;
        model.setServer(&server);
        QList<Job> changed;
        for (int i = 0; i < kChanges; ++i) {
            Job job = server.jobs().at((i * 7919) % kJobs);
            job.queueStatus = i % 2 ? QueueStatus::InProgress : QueueStatus::Paused;
            changed.append(job);
        }
        QElapsedTimer timer;
        timer.start();
        for (const Job &job : changed)
            Q_EMIT server.jobChanged(job);
        report("10000 status changes, model alone (s)", timer.nsecsElapsed() / 1e9, "s", 0.2);
        timer.restart();
        for (int i = 0; i < 1000; ++i)
            Q_EMIT server.jobRemoved(JobId(kJobs - 2 * i));
        std::printf("%-48s %10.3f s      (no target; near the end of the list)\n",
                    "1000 removals, model alone (s)", timer.nsecsElapsed() / 1e9);
        timer.restart();
        for (int i = 1; i <= 100; ++i)
            Q_EMIT server.jobRemoved(JobId(i));
        std::printf("%-48s %10.3f s      (no target; worst case: front of the list)\n",
                    "100 removals at the front, model alone (s)", timer.nsecsElapsed() / 1e9);
    }
    return 0;
}
