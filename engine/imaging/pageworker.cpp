#include "pageworker.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Fax {

namespace {

// A record on the pipe: quint32 length, then a QDataStream of
//   qint32 item, bool ok, and either the page (info fields, data) or the error (kind, message).

QByteArray record(int item, const Expected<CodedFaxPage> &result)
{
    QByteArray body;
    QDataStream s(&body, QIODevice::WriteOnly);
    s << qint32(item) << result.ok();
    if (result) {
        const FaxTiffPageInfo &i = result.value().info;
        s << qint32(i.width) << qint32(i.lines) << qint32(i.xDpi) << qint32(i.yDpi) << qint32(i.compression)
          << i.lsbFirst << i.t4TwoD << i.t4FillBits << qint32(i.badLines) << qint32(i.consecutiveBadLines)
          << result.value().data;
    } else {
        s << qint32(result.error().kind) << result.error().message;
    }
    QByteArray framed(sizeof(quint32), '\0');
    const quint32 size = quint32(body.size());
    memcpy(framed.data(), &size, sizeof size);
    return framed + body;
}

bool writeFully(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

/// Writes one result, or ends the child when the parent stopped reading.
void send(int fd, int item, const Expected<CodedFaxPage> &result)
{
    const QByteArray r = record(item, result);
    if (!writeFully(fd, r.constData(), r.size()))
        _exit(1);
}

/// The child's two stages: a thread renders one item ahead while this one codes and sends.
void runPipelined(int fd, const QList<int> &items, const PageWorker::Render &render, const PageWorker::Code &code)
{
    std::mutex m;
    std::condition_variable cv;
    std::optional<Expected<QImage>> ready; // at most one rendered picture waits
    bool stop = false;
    std::thread renderer([&] {
        for (int item : items) {
            Expected<QImage> picture = render(item);
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return !ready || stop; });
            if (stop)
                return;
            ready.emplace(std::move(picture));
            cv.notify_all();
        }
    });
    for (int item : items) {
        std::optional<Expected<QImage>> picture;
        {
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return ready.has_value(); });
            picture.swap(ready);
            cv.notify_all();
        }
        if (!picture->ok()) {
            send(fd, item, picture->error());
            break;
        }
        send(fd, item, code(item, std::move(picture->value())));
    }
    {
        std::lock_guard lock(m);
        stop = true;
    }
    cv.notify_all();
    renderer.join();
}

} // namespace

bool PageWorker::singleThreaded()
{
    DIR *d = opendir("/proc/self/task");
    if (!d)
        return false;
    int threads = 0;
    while (const dirent *e = readdir(d)) {
        if (e->d_name[0] != '.')
            ++threads;
    }
    closedir(d);
    return threads == 1;
}

std::unique_ptr<PageWorker> PageWorker::start(const QList<int> &items, const Produce &produce, Threads threads)
{
    return fork(items, threads, [&](int fd) {
        for (int item : items)
            send(fd, item, produce(item));
    });
}

std::unique_ptr<PageWorker> PageWorker::start(const QList<int> &items, const Render &render, const Code &code,
                                              Threads threads)
{
    return fork(items, threads, [&](int fd) { runPipelined(fd, items, render, code); });
}

std::unique_ptr<PageWorker> PageWorker::fork(const QList<int> &items, Threads threads,
                                             const std::function<void(int fd)> &run)
{
    if (items.isEmpty() || (threads == Threads::MustBeSingle && !singleThreaded()))
        return nullptr;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return nullptr;
    // A roomy pipe lets the child run a page or two ahead (a coded page is 20-500 KB).
    fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);
    const pid_t parent = getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return nullptr;
    }
    if (pid == 0) {
        // Die with the parent, whatever ends it; the parent reaps us.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) // it ended before the line above took effect
            _exit(1);
        ::close(fds[0]);
        run(fds[1]);
        // _exit, not exit: no static destructors, no atexit handlers and no flushing of
        // buffers that belong to the parent (its temporary files, its stdio).
        _exit(0);
    }
    ::close(fds[1]);
    return std::unique_ptr<PageWorker>(new PageWorker(pid, fds[0]));
}

PageWorker::~PageWorker()
{
    ::close(m_fd);
    ::kill(m_pid, SIGKILL); // harmless when it has exited already
    while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
    }
}

bool PageWorker::readFully(char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::read(m_fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

std::optional<Expected<CodedFaxPage>> PageWorker::next()
{
    quint32 size = 0;
    if (m_fd < 0 || !readFully(reinterpret_cast<char *>(&size), sizeof size) || size > (1u << 30))
        return std::nullopt;
    QByteArray body(qsizetype(size), Qt::Uninitialized);
    if (!readFully(body.data(), body.size()))
        return std::nullopt;
    QDataStream s(body);
    qint32 item = 0;
    bool ok = false;
    s >> item >> ok;
    if (!ok) {
        qint32 kind = 0;
        QString message;
        s >> kind >> message;
        if (s.status() != QDataStream::Ok)
            return std::nullopt;
        return Expected<CodedFaxPage>(Error::make(Error::Kind(kind), message));
    }
    CodedFaxPage page;
    FaxTiffPageInfo &i = page.info;
    qint32 width, lines, xDpi, yDpi, compression, badLines, consecutiveBadLines;
    s >> width >> lines >> xDpi >> yDpi >> compression >> i.lsbFirst >> i.t4TwoD >> i.t4FillBits >> badLines
        >> consecutiveBadLines >> page.data;
    if (s.status() != QDataStream::Ok)
        return std::nullopt;
    i.width = width;
    i.lines = lines;
    i.xDpi = xDpi;
    i.yDpi = yDpi;
    i.compression = compression;
    i.badLines = badLines;
    i.consecutiveBadLines = consecutiveBadLines;
    i.dataBytes = page.data.size();
    return Expected<CodedFaxPage>(std::move(page));
}

} // namespace Fax
