// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxdocument.h"
#include "core/faxtypes.h"
#include "core/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Fax {

class FaxServer;

/// One request to a fax server that ends later (like Trojita's tasks): it runs, may report
/// progress, and then succeeds or fails exactly once, followed by finished(). Nothing is emitted
/// before the call that made it has returned, so the caller can always connect first. It belongs
/// to its server and deletes itself after finished() unless setAutoDelete(false) was called; if
/// the server goes away first, a running operation fails with Error::Kind::Canceled.
class FaxOperation : public QObject
{
    Q_OBJECT
public:
    enum class State { Running, Succeeded, Failed };
    Q_ENUM(State)

    ~FaxOperation() override;

    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Running; }
    /// Why it failed; Kind::None while it runs and after a success.
    Error error() const { return m_error; }
    /// What it does, for people ("pause job 12"), translated.
    QString description() const { return m_description; }

    /// Progress as last reported: done of total units (bytes of an upload), and what happens.
    qint64 progressDone() const { return m_done; }
    qint64 progressTotal() const { return m_total; }
    QString progressText() const { return m_progressText; }

    /// True while cancel() can still stop it (an upload that is not stored yet).
    bool canCancel() const;
    /// Stops it if it can still be stopped: it then fails with Error::Kind::Canceled and leaves
    /// nothing behind. Otherwise it ends as it would have. Deleting a running operation cancels
    /// it the same way.
    void cancel();

    /// Whether it deletes itself after finished() (the default). A caller that keeps it turns
    /// this off and deletes it; the server deletes it at the latest when the server goes.
    void setAutoDelete(bool autoDelete);
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString &text);
    void succeeded();
    void failed(const Fax::Error &error);
    /// Exactly once, after succeeded() or failed().
    void finished();

protected:
    FaxOperation(const QString &description, FaxServer *server);

private:
    friend class FaxServer;
    void postProgress(qint64 done, qint64 total, const QString &text);
    /// Records the outcome (the first one counts) and delivers it from the event loop.
    void postResult(const Error &error);
    void deliver();
    void setCancelHandler(std::function<void()> handler);

    QString m_description;
    State m_state = State::Running;
    Error m_error;
    std::optional<Error> m_pending; ///< the outcome, recorded but not delivered yet
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_progressText;
    bool m_autoDelete = true;
    std::function<void()> m_cancelHandler;

    Q_DISABLE_COPY_MOVE(FaxOperation)
};

/// FaxServer::submit(): uploads the documents and queues one job per recipient (one group).
/// Progress counts the bytes of the documents stored so far.
class SubmitOperation final : public FaxOperation
{
    Q_OBJECT
public:
    /// The new jobs, in the order of the recipients (after succeeded()).
    QList<JobId> jobIds() const { return m_ids; }
    /// The group the jobs share (after succeeded()).
    JobId groupId() const { return m_group; }

private:
    friend class FaxServer;
    SubmitOperation(const QString &description, FaxServer *server)
        : FaxOperation(description, server)
    {
    }

    QList<JobId> m_ids;
    JobId m_group = 0;

    Q_DISABLE_COPY_MOVE(SubmitOperation)
};

/// FaxServer::fetchReceivedFax(): makes a received fax's file available on this machine.
class FetchOperation final : public FaxOperation
{
    Q_OBJECT
public:
    /// The fax TIFF on this machine (after succeeded()): the local engine's own file or a
    /// network backend's downloaded copy. Read it; do not change or remove it.
    QString filePath() const { return m_file; }
    qint64 faxId() const { return m_faxId; }

private:
    friend class FaxServer;
    FetchOperation(const QString &description, qint64 faxId, FaxServer *server)
        : FaxOperation(description, server), m_faxId(faxId)
    {
    }

    QString m_file;
    qint64 m_faxId = 0;

    Q_DISABLE_COPY_MOVE(FetchOperation)
};

/// FaxServer::fetchJobDocument(): what a job was submitted with, its documents available on this
/// machine, to view the fax or send it again.
class JobDocumentOperation final : public FaxOperation
{
    Q_OBJECT
public:
    JobId jobId() const { return m_jobId; }
    /// After succeeded(): the job's documents (files on this machine, in order; read them, do not
    /// change or remove them), its cover page and note, its one recipient, the sender, subject,
    /// TSID, schedule and priority, as submitted.
    FaxDocument document() const { return m_document; }

private:
    friend class FaxServer;
    JobDocumentOperation(const QString &description, JobId jobId, FaxServer *server)
        : FaxOperation(description, server), m_jobId(jobId)
    {
    }

    JobId m_jobId = 0;
    FaxDocument m_document;

    Q_DISABLE_COPY_MOVE(JobDocumentOperation)
};

} // namespace Fax
