// SPDX-License-Identifier: GPL-3.0-or-later
// The forked page worker: results come back in order and intact, both processes take pages
// as they get free, errors keep their kind and text, a child that dies leaves the remaining
// pages to the parent, and a process with other threads does not fork unless told it may.
#include "imaging/pageworker.h"

#include <QTest>

#include <chrono>
#include <climits>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace Fax;

namespace {

/// A page whose size and bytes follow from the item, so each result can be checked.
CodedFaxPage pageFor(int item)
{
    CodedFaxPage p;
    p.info.width = 1728;
    p.info.lines = 1000 + item;
    p.info.xDpi = 204;
    p.info.yDpi = item % 2 ? 98 : 196;
    p.info.compression = 3 + item % 2;
    p.info.t4TwoD = item % 3 == 0;
    p.info.t4FillBits = true;
    p.info.badLines = item;
    p.info.consecutiveBadLines = item / 2;
    // Large enough to fill the pipe several times over: the child must wait for the reader.
    p.data = QByteArray(300000 + item, char('a' + item % 26));
    p.data[0] = char(item);
    return p;
}

} // namespace

class TestPageWorker : public QObject
{
    Q_OBJECT

private slots:
    void resultsInOrder()
    {
        const QList<int> items{1, 3, 5, 8, 13};
        // QtTest runs a watchdog thread, which holds no lock the child uses.
        auto worker = PageWorker::start(
            items, [](int item) -> Expected<CodedFaxPage> { return pageFor(item); },
            PageWorker::Threads::MayRun);
        QVERIFY(worker);
        for (int item : items) {
            const auto r = worker->next();
            QVERIFY2(r.has_value(), qPrintable(QStringLiteral("item %1").arg(item)));
            QVERIFY(r->ok());
            const CodedFaxPage expected = pageFor(item);
            const CodedFaxPage &got = r->value();
            QCOMPARE(got.data, expected.data);
            QCOMPARE(got.info.lines, expected.info.lines);
            QCOMPARE(got.info.yDpi, expected.info.yDpi);
            QCOMPARE(got.info.compression, expected.info.compression);
            QCOMPARE(got.info.t4TwoD, expected.info.t4TwoD);
            QCOMPARE(got.info.t4FillBits, expected.info.t4FillBits);
            QCOMPARE(got.info.badLines, expected.info.badLines);
            QCOMPARE(got.info.consecutiveBadLines, expected.info.consecutiveBadLines);
            QCOMPARE(got.info.dataBytes, qint64(expected.data.size()));
        }
        QVERIFY(!worker->next().has_value()); // all delivered: the child has ended
    }

    void bothSidesTakeTurns()
    {
        // This process takes a page whenever it comes to one nobody has taken, as the
        // converter's renderer does. Every page comes once, from one side, in order.
        QList<int> items;
        for (int i = 0; i < 12; ++i)
            items << 100 + i;
        auto worker = PageWorker::start(
            items,
            [](int item) -> Expected<CodedFaxPage> {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                return pageFor(item);
            },
            PageWorker::Threads::MayRun);
        QVERIFY(worker);
        int mine = 0, childs = 0, held = -1;
        for (int position = 0; position < items.size(); ++position) {
            if (held < position) {
                held = worker->claim();
                if (held == -1)
                    held = INT_MAX;
            }
            if (held == position) {
                ++mine; // this process makes it (here: nothing to do)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                continue;
            }
            QVERIFY2(worker->takenByChild(position),
                     qPrintable(QStringLiteral("position %1").arg(position)));
            const auto r = worker->next();
            QVERIFY(r.has_value() && r->ok());
            QCOMPARE(r->value().info.lines, 1000 + items[position]);
            ++childs;
        }
        QCOMPARE(mine + childs, 12);
        QVERIFY2(mine > 0 && childs > 0,
                 qPrintable(QStringLiteral("mine %1, child's %2").arg(mine).arg(childs)));
        QCOMPARE(worker->claim(), -1);
    }

    void errorsKeepKindAndText()
    {
        auto worker = PageWorker::start(
            {0, 1},
            [](int item) -> Expected<CodedFaxPage> {
                if (item == 1)
                    return Error::make(Error::Kind::InvalidArgument,
                                       QStringLiteral("doc.pdf: page 2: bröken"));
                return pageFor(item);
            },
            PageWorker::Threads::MayRun);
        QVERIFY(worker);
        QVERIFY(worker->next().value().ok());
        const auto r = worker->next();
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind, Error::Kind::InvalidArgument);
        QCOMPARE(r->error().message, QStringLiteral("doc.pdf: page 2: bröken"));
    }

    void deadChildLeavesTheRestToTheCaller()
    {
        auto worker = PageWorker::start(
            {0, 1, 2, 3},
            [](int item) -> Expected<CodedFaxPage> {
                if (item == 2)
                    ::raise(SIGKILL); // a renderer crash
                return pageFor(item);
            },
            PageWorker::Threads::MayRun);
        QVERIFY(worker);
        for (int position = 0; position < 2; ++position) {
            QVERIFY(worker->takenByChild(position));
            QCOMPARE(worker->next().value().value().info.lines, 1000 + position);
        }
        // It took item 2 and died: no result comes, and item 3 is left for this process.
        QVERIFY(worker->takenByChild(2));
        QVERIFY(!worker->next().has_value());
        QCOMPARE(worker->claim(), 3);
        QCOMPARE(worker->claim(), -1);
    }

    void stoppingEarlyEndsTheChild()
    {
        pid_t child = 0;
        {
            auto worker = PageWorker::start(
                {0, 1, 2, 3, 4, 5},
                [](int item) -> Expected<CodedFaxPage> {
                    if (item == 0)
                        return pageFor(getpid()); // tells the parent who the child is
                    return pageFor(item);
                },
                PageWorker::Threads::MayRun);
            QVERIFY(worker);
            child = worker->next().value().value().info.lines - 1000;
            QVERIFY(child > 0);
            QCOMPARE(::kill(child, 0), 0); // still running, blocked on the full pipe
        }
        // Ended and reaped by the destructor: no such process any more.
        QCOMPARE(::kill(child, 0), -1);
    }

    void declinesWhileAnotherThreadRuns()
    {
        QVERIFY(!PageWorker::singleThreaded()); // QtTest's watchdog, at least
        std::mutex m;
        std::condition_variable cv;
        bool stop = false;
        std::thread other([&] {
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return stop; });
        });
        auto worker = PageWorker::start(
            {0}, [](int item) -> Expected<CodedFaxPage> { return pageFor(item); });
        {
            std::lock_guard lock(m);
            stop = true;
        }
        cv.notify_all();
        other.join();
        QVERIFY(!worker);
    }
};

QTEST_GUILESS_MAIN(TestPageWorker)
#include "tst_pageworker.moc"
