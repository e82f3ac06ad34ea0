// The forked page worker: results come back in order and intact, errors keep their kind and
// text, a child that dies leaves the remaining pages to the parent, and a process with other
// threads does not fork unless told it may.
#include "imaging/pageworker.h"

#include <QTest>

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
        auto worker = PageWorker::start(items, [](int item) -> Expected<CodedFaxPage> { return pageFor(item); },
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

    void pipelinedStagesInOrderUntilARenderError()
    {
        const QList<int> items{2, 4, 6, 7, 9};
        auto worker = PageWorker::start(
            items,
            [](int item) -> Expected<QImage> {
                if (item == 7)
                    return Error::make(Error::Kind::InvalidArgument, QStringLiteral("page 8: cannot render"));
                QImage picture(item + 1, 3, QImage::Format_Grayscale8);
                picture.fill(item);
                return picture;
            },
            [](int item, QImage picture) -> Expected<CodedFaxPage> {
                // The picture that arrives is this item's, rendered by the other thread.
                if (picture.width() != item + 1 || picture.constScanLine(0)[0] != item)
                    return Error::make(Error::Kind::Io, QStringLiteral("wrong picture for %1").arg(item));
                return pageFor(item);
            },
            PageWorker::Threads::MayRun);
        QVERIFY(worker);
        for (int item : {2, 4, 6}) {
            const auto r = worker->next();
            QVERIFY(r.has_value());
            QVERIFY2(r->ok(), qPrintable(r->error().message));
            QCOMPARE(r->value().data, pageFor(item).data);
        }
        const auto failed = worker->next();
        QVERIFY(failed.has_value());
        QVERIFY(!failed->ok());
        QCOMPARE(failed->error().message, QStringLiteral("page 8: cannot render"));
        QVERIFY(!worker->next().has_value()); // nothing after the failure
    }

    void errorsKeepKindAndText()
    {
        auto worker = PageWorker::start(
            {0, 1},
            [](int item) -> Expected<CodedFaxPage> {
                if (item == 1)
                    return Error::make(Error::Kind::InvalidArgument, QStringLiteral("doc.pdf: page 2: bröken"));
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
        QCOMPARE(worker->next().value().value().info.lines, 1000);
        QCOMPARE(worker->next().value().value().info.lines, 1001);
        QVERIFY(!worker->next().has_value());
        QVERIFY(!worker->next().has_value());
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
        auto worker = PageWorker::start({0}, [](int item) -> Expected<CodedFaxPage> { return pageFor(item); });
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
