// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how fast a HylaFAX server's doneq of 10,000 jobs reaches JobQueueModel (connect, list,
// parse, cache, model) and how long the event loop is blocked meanwhile, and the latency from a
// server event (SITE TRIGGER) to the job in the model. The server is the scripted hfaxd of the
// tests (tests/support/fakehfaxd) on 127.0.0.1, on a thread of its own as a real server is in a
// process of its own: the figures are the client's share.
// Not a pass/fail test: run a Release build, e.g. `build-release/tests/bench_hylafax`.
#include "fakehfaxd.h"
#include "jobqueuemodel.h"
#include "server/hylafaxserver.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Fax;
using Fax::Test::FakeHfaxd;

namespace {

constexpr int kDoneJobs = 10000;
constexpr int kEvents = 20;

void report(const char *what, double value, const char *unit, double target)
{
    std::printf("%-48s %10.3f %-6s (target <= %g %s) %s\n", what, value, unit, target, unit,
                value <= target ? "ok" : "OVER TARGET");
}

/// Runs the event loop until done() or timeoutMs; false on time-out.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/// The longest time the event loop did not run a 5 ms timer, while it runs.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_since.restart()); });
        m_since.start();
        m_timer.start();
    }
    qint64 longestMs() const { return std::max(m_longest, m_since.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};

/// The thread the scripted server runs on; it ends (and the server goes) with this.
class ServerThread
{
public:
    explicit ServerThread(FakeHfaxd *fake) : m_fake(fake)
    {
        QObject::connect(&m_thread, &QThread::finished, fake, &QObject::deleteLater);
        fake->moveToThread(&m_thread);
        m_thread.start();
    }
    ~ServerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    /// Runs change on the server's thread and returns when it is done.
    void run(const std::function<void(FakeHfaxd *)> &change)
    {
        QMetaObject::invokeMethod(
            m_fake, [this, change] { change(m_fake); }, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    FakeHfaxd *m_fake;
};

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
#ifndef NDEBUG
    std::printf("note: this is not a Release build; figures are pessimistic\n");
#endif
    QTemporaryDir dir;
    auto *server = new FakeHfaxd;
    FakeHfaxd &fake = *server;
    if (!dir.isValid() || !fake.listen()) {
        std::printf("cannot set up the scripted server\n");
        return 1;
    }
    fake.addUser("alice", "secret");
    for (int i = 1; i <= kDoneJobs; ++i)
        fake.jobs().insert(i, FakeHfaxd::doneJob(i));
    std::printf("HylafaxServer, doneq of %d jobs, %d events\n", kDoneJobs, kEvents);
    const quint16 port = fake.port();
    ServerThread serverThread(server);

    ConnectionSettings s;
    s.kind = ServerKind::Hylafax;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.user = QStringLiteral("alice");
    s.password = QStringLiteral("secret");
    HylafaxServer::Options o;
    o.settingsFile = dir.filePath(QStringLiteral("hylafax.ini"));
    o.downloadDirectory = dir.filePath(QStringLiteral("downloads"));
    o.dataDirectory = dir.filePath(QStringLiteral("data"));
    HylafaxServer client(s, o);
    JobQueueModel model;
    model.setServer(&client);

    {
        StallMeter stalls;
        QElapsedTimer timer;
        timer.start();
        client.connectToServer();
        if (!spinUntil([&] { return model.rowCount() == kDoneJobs; }, 60000)) {
            std::printf("the model did not get the jobs (%d rows)\n", model.rowCount());
            return 1;
        }
        report("doneq listed into the model (s)", timer.nsecsElapsed() / 1e9, "s", 2.0);
        report("longest event loop stall meanwhile (ms)", double(stalls.longestMs()), "ms", 100);
    }

    if (!spinUntil([&] { return client.hasLiveEvents(); }, 10000)) {
        std::printf("no event stream\n");
        return 1;
    }
    QList<double> latencies;
    for (int i = 0; i < kEvents; ++i) {
        FakeHfaxd::Job job;
        job.id = kDoneJobs + 1 + i;
        job.group = job.id;
        job.state = 'P';
        job.owner = "bob";
        job.params.insert("DIALSTRING", "5550199");
        const int rows = model.rowCount();
        QElapsedTimer timer;
        timer.start();
        serverThread.run([job](FakeHfaxd *f) {
            f->jobs().insert(job.id, job);
            f->pushEvent("120000 107 JOB " + QByteArray::number(job.id) +
                         " (dest 5550199 owner bob): Job activated");
        });
        if (!spinUntil([&] { return model.rowCount() == rows + 1; }, 10000)) {
            std::printf("event %d did not reach the model\n", i);
            return 1;
        }
        latencies << timer.nsecsElapsed() / 1e6;
    }
    std::sort(latencies.begin(), latencies.end());
    report("event to model, median (ms)", latencies.at(latencies.size() / 2), "ms", 1000);
    report("event to model, worst (ms)", latencies.constLast(), "ms", 1000);
    return 0;
}
