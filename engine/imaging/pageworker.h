// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "faxtiff.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <sys/types.h>

namespace Fax {

/// A forked copy of this process that codes pages of a conversion in parallel with it. QtPdf
/// runs PDFium behind one process-wide lock, so a second rendering thread gains nothing; a
/// second process has its own PDFium. Forking (rather than starting a helper program) shares
/// the opened documents and costs no start-up, but is only safe while this process has a
/// single thread: start() checks that and declines otherwise.
///
/// The items are shared out as the work goes: the child and this process each take the next
/// item nobody has taken (claim()), so whichever runs faster does more and both end together.
class PageWorker final
{
public:
    /// Makes the coded page for one item (the child calls it, in its own address space).
    using Produce = std::function<Expected<CodedFaxPage>(int item)>;

    enum class Threads {
        MustBeSingle, ///< decline when another thread runs (it might hold a lock the child needs)
        MayRun        ///< the caller vouches its other threads hold nothing the child uses
    };

    /// Forks a child that takes items (in order, see claim()) and streams each result back.
    /// nullptr when it cannot: another thread is running (see Threads), or fork() failed.
    static std::unique_ptr<PageWorker> start(const QList<int> &items, const Produce &produce,
                                             Threads threads = Threads::MustBeSingle);
    ~PageWorker(); ///< ends the child if it still runs, and reaps it
    Q_DISABLE_COPY_MOVE(PageWorker)

    /// Takes the next item nobody has taken, for this process: its position in items, or -1
    /// when all are taken. Positions only grow.
    int claim();
    /// Whether the child took the item at position (waits until one side has taken it).
    bool takenByChild(int position);
    /// The child's result for the next item it took, in order (blocks until it has it).
    /// std::nullopt when the child ended early (killed, crashed): the caller makes the page.
    std::optional<Expected<CodedFaxPage>> next();

    /// True when the calling process runs no thread but the calling one.
    static bool singleThreaded();

    struct Shared; ///< the claim counter and owners, in memory both processes share

private:
    PageWorker(pid_t pid, int fd, Shared *shared, int count)
        : m_pid(pid), m_fd(fd), m_shared(shared), m_count(count)
    {
    }
    bool childAlive();

    pid_t m_pid = -1;
    int m_fd = -1;
    Shared *m_shared = nullptr;
    int m_count = 0;
    bool m_reaped = false;
};

} // namespace Fax
