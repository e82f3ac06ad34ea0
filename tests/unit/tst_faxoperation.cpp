// SPDX-License-Identifier: GPL-3.0-or-later
// FaxOperation's promises, on a backend whose operations end when the test says: nothing before
// the call returns, progress before the outcome, one outcome then finished(), self-deletion
// unless kept, cancel, the server going away, refusal of what the capabilities deny, and
// waitFor() for synchronous callers.
#include "server/faxserver.h"
#include "server/operationwait.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Fax;
using Feature = ServerCapabilities::Feature;

namespace {

/// A backend that keeps its operations running until the test ends them.
class ManualServer final : public FaxServer
{
    Q_OBJECT
public:
    ConnectionSettings connectionSettings() const override { return ConnectionSettings(); }
    ConnectionState state() const override { return m_state; }
    ServerCapabilities capabilities() const override { return caps; }
    void disconnectFromServer() override
    {
        abandonOperations(Error::make(Error::Kind::Canceled, QStringLiteral("closed")), false);
        m_state = ConnectionState::Disconnected;
    }

    void end(FaxOperation *op, const Result &result) { finish(op, result); }
    void endSubmit(SubmitOperation *op, const QList<JobId> &ids) { succeed(op, ids, ids.value(0)); }
    void progress(FaxOperation *op, qint64 done, qint64 total)
    {
        reportProgress(op, done, total, QStringLiteral("%1 of %2").arg(done).arg(total));
    }

    ServerCapabilities caps;
    QList<QPointer<FaxOperation>> started;
    int cancelRequests = 0;
    bool endAtOnce = false; ///< end job commands inside the call

protected:
    void startConnect(FaxOperation *op) override
    {
        m_state = ConnectionState::Connected;
        succeed(op);
    }
    void startSetSettings(FaxOperation *op, const ServerSettings &) override { started << op; }
    void startSubmit(SubmitOperation *op, const FaxDocument &) override
    {
        started << op;
        setCancelHandler(op, [this] { ++cancelRequests; });
    }
    void startJobCommand(FaxOperation *op, JobId, JobCommand) override
    {
        started << op;
        if (endAtOnce)
            succeed(op);
    }
    void startRemoveJob(FaxOperation *op, JobId) override { started << op; }
    void startFetchReceivedFax(FetchOperation *op, qint64) override { started << op; }

private:
    ConnectionState m_state = ConnectionState::Connected;
};

/// Writes the order of op's signals into log.
void record(FaxOperation *op, QStringList *log)
{
    QObject::connect(op, &FaxOperation::progress, op, [log](qint64 done, qint64 total) {
        *log << QStringLiteral("progress %1/%2").arg(done).arg(total);
    });
    QObject::connect(op, &FaxOperation::succeeded, op, [log] { *log << QStringLiteral("ok"); });
    QObject::connect(op, &FaxOperation::failed, op,
                     [log](const Error &e) { *log << QStringLiteral("failed ") + e.message; });
    QObject::connect(op, &FaxOperation::finished, op,
                     [log] { *log << QStringLiteral("finished"); });
}

} // namespace

class TestFaxOperation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endsAfterTheCallOnce()
    {
        ManualServer server;
        server.endAtOnce = true;
        FaxOperation *op = server.jobCommand(7, JobCommand::Pause);
        QStringList log;
        record(op, &log);
        // Ended inside the call, it still tells nothing until the caller is back.
        QCOMPARE(op->state(), FaxOperation::State::Running);
        QVERIFY(!op->isFinished());
        op->setAutoDelete(false);
        QSignalSpy finished(op, &FaxOperation::finished);
        QVERIFY(finished.wait());
        QCOMPARE(log, (QStringList{QStringLiteral("ok"), QStringLiteral("finished")}));
        QCOMPARE(op->state(), FaxOperation::State::Succeeded);
        QVERIFY(!op->error().isError());
        QCOMPARE(op->description(), QStringLiteral("pause job 7"));
        // A second outcome is ignored.
        server.end(op, Error::make(Error::Kind::Io, QStringLiteral("late")));
        QCoreApplication::sendPostedEvents(op);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(op->state(), FaxOperation::State::Succeeded);
        delete op;
    }

    void progressComesBeforeTheOutcome()
    {
        ManualServer server;
        FaxOperation *op = server.removeJob(3);
        QStringList log;
        record(op, &log);
        op->setAutoDelete(false);
        server.progress(op, 1, 10);
        server.progress(op, 10, 10);
        server.end(op, Error::make(Error::Kind::NotFound, QStringLiteral("no job 3")));
        server.progress(op, 11, 10); // after the outcome: dropped
        QSignalSpy finished(op, &FaxOperation::finished);
        QVERIFY(finished.wait());
        QCOMPARE(log,
                 (QStringList{QStringLiteral("progress 1/10"), QStringLiteral("progress 10/10"),
                              QStringLiteral("failed no job 3"), QStringLiteral("finished")}));
        QCOMPARE(op->progressDone(), 10);
        QCOMPARE(op->progressTotal(), 10);
        QCOMPARE(op->progressText(), QStringLiteral("10 of 10"));
        QCOMPARE(op->error().kind, Error::Kind::NotFound);
        delete op;
    }

    void deletesItselfUnlessKept()
    {
        ManualServer server;
        QPointer<FaxOperation> gone = server.removeJob(1);
        QSignalSpy destroyed(gone.data(), &QObject::destroyed);
        server.end(gone, Result());
        QVERIFY(destroyed.wait());

        QPointer<FaxOperation> kept = server.removeJob(2);
        kept->setAutoDelete(false);
        QSignalSpy finished(kept.data(), &FaxOperation::finished);
        server.end(kept, Result());
        QVERIFY(finished.wait());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(kept);
        // Let go of it later: it goes.
        QSignalSpy keptDestroyed(kept.data(), &QObject::destroyed);
        kept->setAutoDelete(true);
        QVERIFY(keptDestroyed.wait());
    }

    void cancelStopsWhatCanBeStopped()
    {
        ManualServer server;
        SubmitOperation *op = server.submit(FaxDocument());
        op->setAutoDelete(false);
        QVERIFY(op->canCancel());
        QSignalSpy failed(op, &FaxOperation::failed);
        op->cancel();
        QCOMPARE(server.cancelRequests, 1);
        QVERIFY(!op->canCancel());
        op->cancel();
        QCOMPARE(server.cancelRequests, 1);
        server.endSubmit(op, {1, 2}); // too late: it was canceled
        QVERIFY(failed.wait());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(op->error().kind, Error::Kind::Canceled);
        QVERIFY(op->jobIds().isEmpty());
        delete op;

        // An operation without a way to stop it ends as it would have.
        FaxOperation *command = server.jobCommand(1, JobCommand::Cancel);
        QVERIFY(!command->canCancel());
        command->cancel();
        QVERIFY(!command->isFinished());
        server.end(command, Result());
        QCOMPARE(waitFor(command).error().kind, Error::Kind::None);

        // Deleting a running upload stops it.
        delete server.submit(FaxDocument());
        QCOMPARE(server.cancelRequests, 2);
    }

    void serverGoingAwayEndsEveryOperation()
    {
        auto server = std::make_unique<ManualServer>();
        FaxOperation *done = server->jobCommand(1, JobCommand::Pause);
        FaxOperation *running = server->submit(FaxDocument());
        server->end(done, Result());
        QSignalSpy doneOk(done, &FaxOperation::succeeded);
        QSignalSpy doneFinished(done, &FaxOperation::finished);
        QSignalSpy runningFailed(running, &FaxOperation::failed);
        QSignalSpy runningFinished(running, &FaxOperation::finished);
        server.reset();
        QCOMPARE(doneOk.count(), 1);
        QCOMPARE(doneFinished.count(), 1);
        QCOMPARE(runningFailed.count(), 1);
        QCOMPARE(runningFailed.at(0).at(0).value<Error>().kind, Error::Kind::Canceled);
        QCOMPARE(runningFinished.count(), 1);
    }

    void disconnectEndsRunningOperationsLater()
    {
        ManualServer server;
        FaxOperation *op = server.removeJob(1);
        QSignalSpy failed(op, &FaxOperation::failed);
        server.disconnectFromServer();
        QCOMPARE(failed.count(), 0); // not inside the caller's disconnect
        QVERIFY(failed.wait());
        QCOMPARE(failed.at(0).at(0).value<Error>().kind, Error::Kind::Canceled);
    }

    void deniedFeaturesNeverReachTheBackend()
    {
        ManualServer server;
        server.caps.deny(Feature::JobControl, QStringLiteral("not an administrator"));
        server.caps.denySetting(QStringLiteral("Retries"), QStringLiteral("read-only"));
        Result r = waitFor(server.jobCommand(5, JobCommand::Resume));
        QCOMPARE(r.error().kind, Error::Kind::Unsupported);
        QVERIFY2(r.error().message.contains(QStringLiteral("resume job 5")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("not an administrator")));
        QVERIFY(server.started.isEmpty());

        ServerSettings s;
        s.retries += 1;
        r = waitFor(server.setSettings(s));
        QCOMPARE(r.error().kind, Error::Kind::Unsupported);
        QVERIFY2(r.error().message.contains(QStringLiteral("retries")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("read-only")));
        QVERIFY(server.started.isEmpty());
        // Settings that leave the read-only one alone go through.
        s = ServerSettings();
        s.retryDelay += 1;
        FaxOperation *op = server.setSettings(s);
        QCOMPARE(server.started.size(), 1);
        server.end(op, Result());
        QVERIFY(waitFor(op));
        QVERIFY(!server.caps.canChangeSetting(QStringLiteral("retries")));
        QVERIFY(server.caps.canChangeSetting(QStringLiteral("retry-delay")));
        QCOMPARE(server.caps.deniedSettings(), QStringList{QStringLiteral("Retries")});
    }

    void waitForHandsBackTheResult()
    {
        ManualServer server;
        SubmitOperation *submit = server.submit(FaxDocument());
        QTimer::singleShot(0, &server, [&] { server.endSubmit(submit, {4, 5}); });
        const Expected<QList<JobId>> ids = waitFor(submit);
        QVERIFY(ids);
        QCOMPARE(*ids, (QList<JobId>{4, 5}));

        FetchOperation *fetch = server.fetchReceivedFax(9);
        server.end(fetch, Error::make(Error::Kind::NotFound, QStringLiteral("no fax 9")));
        const Expected<QString> file = waitFor(fetch);
        QVERIFY(!file);
        QCOMPARE(file.error().message, QStringLiteral("no fax 9"));
    }

    void waitForGivesUpWithoutProgress()
    {
        ManualServer server;
        QPointer<SubmitOperation> silent = server.submit(FaxDocument());
        const Expected<QList<JobId>> ids = waitFor(silent.data(), 50);
        QVERIFY(!ids);
        QCOMPARE(ids.error().kind, Error::Kind::Connection);
        QVERIFY2(ids.error().message.contains(QStringLiteral("no answer")),
                 qPrintable(ids.error().message));
        QCOMPARE(server.cancelRequests, 1); // stopped, and it goes by itself
        QSignalSpy gone(silent.data(), &QObject::destroyed);
        QVERIFY(gone.wait());

        // Progress keeps it waiting past the limit.
        FaxOperation *slow = server.removeJob(1);
        int steps = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &server, [&] {
            if (++steps < 12)
                server.progress(slow, steps, 12);
            else
                server.end(slow, Result());
        });
        ticker.start(100);
        QVERIFY(waitFor(slow, 1000));
        QCOMPARE(steps, 12);
    }

    void waitForSurvivesTheServerGoing()
    {
        auto server = std::make_unique<ManualServer>();
        FaxOperation *op = server->removeJob(1);
        QTimer::singleShot(0, [&server] { server.reset(); });
        const Result r = waitFor(op);
        QCOMPARE(r.error().kind, Error::Kind::Canceled);
        QVERIFY(!server);
    }
};

QTEST_GUILESS_MAIN(TestFaxOperation)
#include "tst_faxoperation.moc"
