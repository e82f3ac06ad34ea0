#pragma once

#include "core/result.h"
#include "faxtiff.h"

#include <QImage>
#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <sys/types.h>

namespace Fax {

/// A forked copy of this process that codes some of a conversion's pages in parallel. QtPdf
/// runs PDFium behind one process-wide lock, so a second rendering thread gains nothing; a
/// second process has its own PDFium. Forking (rather than starting a helper program) shares
/// the opened documents and costs no start-up, but is only safe while this process has a
/// single thread: start() checks that and declines otherwise.
class PageWorker final
{
public:
    /// Makes the coded page for one item (the child calls it, in its own address space).
    using Produce = std::function<Expected<CodedFaxPage>(int item)>;
    /// Two stages of Produce that the child runs on two threads, rendering one item ahead of
    /// the one being coded: render(item), then code(item, picture).
    using Render = std::function<Expected<QImage>(int item)>;
    using Code = std::function<Expected<CodedFaxPage>(int item, QImage picture)>;

    enum class Threads {
        MustBeSingle, ///< decline when another thread runs (it might hold a lock the child needs)
        MayRun        ///< the caller vouches its other threads hold nothing the child uses
    };

    /// Forks a child that calls produce(item) for each of items in order and streams the
    /// results back. nullptr when it cannot: another thread is running (see Threads), or
    /// fork() failed.
    static std::unique_ptr<PageWorker> start(const QList<int> &items, const Produce &produce,
                                             Threads threads = Threads::MustBeSingle);
    /// The same, pipelined in the child.
    static std::unique_ptr<PageWorker> start(const QList<int> &items, const Render &render, const Code &code,
                                             Threads threads = Threads::MustBeSingle);
    ~PageWorker(); ///< ends the child if it still runs, and reaps it
    Q_DISABLE_COPY_MOVE(PageWorker)

    /// The result for the next item, in order (blocks until the child has it). std::nullopt
    /// when the child ended early (killed, crashed): the caller makes that page itself.
    std::optional<Expected<CodedFaxPage>> next();

    /// True when the calling process runs no thread but the calling one.
    static bool singleThreaded();

private:
    PageWorker(pid_t pid, int fd) : m_pid(pid), m_fd(fd) {}
    /// Forks; in the child, runs run(fd) and exits.
    static std::unique_ptr<PageWorker> fork(const QList<int> &items, Threads threads,
                                            const std::function<void(int fd)> &run);
    bool readFully(char *data, qsizetype size);

    pid_t m_pid = -1;
    int m_fd = -1;
};

} // namespace Fax
