// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageworker.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <new>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
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
        s << qint32(i.width) << qint32(i.lines) << qint32(i.xDpi) << qint32(i.yDpi)
          << qint32(i.compression) << i.lsbFirst << i.t4TwoD << i.t4FillBits << qint32(i.badLines)
          << qint32(i.consecutiveBadLines) << result.value().data;
    } else {
        s << qint32(result.error().kind) << result.error().message;
    }
    QByteArray framed(sizeof(quint32), '\0');
    const quint32 size = quint32(body.size());
    memcpy(framed.data(), &size, sizeof size);
    return framed + body;
}

/// Moves all size bytes through io (::read or ::write) despite signals and short transfers;
/// false at the end of the pipe or on an error.
template <typename Io, typename Byte> bool transferFully(Io io, int fd, Byte *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = io(fd, data, size_t(size));
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
    if (!transferFully(::write, fd, r.constData(), r.size()))
        _exit(1);
}

} // namespace

/// Lives in a shared anonymous mapping, followed by one owner byte per item (zero as mapped).
struct PageWorker::Shared
{
    enum Owner : quint8 { Unclaimed = 0, Parent = 1, Child = 2 };

    std::atomic<int> next{0};

    static size_t bytes(int count) { return sizeof(Shared) + size_t(count); }
    std::atomic<quint8> *owners() { return reinterpret_cast<std::atomic<quint8> *>(this + 1); }
    /// Takes the next position for who; -1 when none is left.
    int claim(int count, Owner who)
    {
        const int position = next.fetch_add(1);
        if (position >= count)
            return -1;
        owners()[position].store(who);
        return position;
    }
};
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<quint8>::is_always_lock_free &&
                  sizeof(std::atomic<quint8>) == 1,
              "the claim counter is shared between processes");

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

std::unique_ptr<PageWorker> PageWorker::start(const QList<int> &items, const Produce &produce,
                                              Threads threads)
{
    if (items.isEmpty() || (threads == Threads::MustBeSingle && !singleThreaded()))
        return nullptr;
    const int count = int(items.size());
    void *memory = mmap(nullptr, Shared::bytes(count), PROT_READ | PROT_WRITE,
                        MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        return nullptr;
    auto *shared = new (memory) Shared; // the owners are zero (Unclaimed) as mapped
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        munmap(memory, Shared::bytes(count));
        return nullptr;
    }
    // A roomy pipe lets the child run a page or two ahead (a coded page is 20-500 KB).
    fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);
    const pid_t parent = getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        munmap(memory, Shared::bytes(count));
        return nullptr;
    }
    if (pid == 0) {
        // Die with the parent, whatever ends it; the parent reaps us.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) // it ended before the line above took effect
            _exit(1);
        ::close(fds[0]);
        for (int position; (position = shared->claim(count, Shared::Child)) >= 0;)
            send(fds[1], items[position], produce(items[position]));
        // _exit, not exit: no static destructors, no atexit handlers and no flushing of
        // buffers that belong to the parent (its temporary files, its stdio).
        _exit(0);
    }
    ::close(fds[1]);
    return std::unique_ptr<PageWorker>(new PageWorker(pid, fds[0], shared, count));
}

int PageWorker::claim()
{
    return m_shared->claim(m_count, Shared::Parent);
}

bool PageWorker::childAlive()
{
    if (!m_reaped && waitpid(m_pid, nullptr, WNOHANG) == m_pid)
        m_reaped = true;
    return !m_reaped;
}

bool PageWorker::takenByChild(int position)
{
    // Someone takes every position soon after the one before: the child as it finishes a page,
    // or this process's renderer. Polling is cheap next to a page's work.
    for (;;) {
        const quint8 owner = m_shared->owners()[position].load();
        if (owner != Shared::Unclaimed)
            return owner == Shared::Child;
        // The child took it and died before saying so: its result never comes (next() tells).
        if (m_shared->next.load() > position && !childAlive())
            return true;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
}

PageWorker::~PageWorker()
{
    ::close(m_fd);
    if (!m_reaped) {
        ::kill(m_pid, SIGKILL); // harmless when it has exited already
        while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
    munmap(m_shared, Shared::bytes(m_count));
}

std::optional<Expected<CodedFaxPage>> PageWorker::next()
{
    quint32 size = 0;
    if (m_fd < 0 || !transferFully(::read, m_fd, reinterpret_cast<char *>(&size), sizeof size) ||
        size > (1u << 30))
        return std::nullopt;
    QByteArray body(qsizetype(size), Qt::Uninitialized);
    if (!transferFully(::read, m_fd, body.data(), body.size()))
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
    s >> width >> lines >> xDpi >> yDpi >> compression >> i.lsbFirst >> i.t4TwoD >> i.t4FillBits >>
        badLines >> consecutiveBadLines >> page.data;
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
