// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxdocument.h"
#include "core/result.h"
#include "core/serversettings.h"
#include "hylafax/hylafaxsession.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace Fax {

/// One submission to a HylaFAX server, all or nothing: the documents made ready (PDF,
/// PostScript and TIFF go as they are; text and pictures become a fax TIFF here), a cover page
/// rendered here for each recipient, everything uploaded in a session of its own (STOT, MODE Z
/// for PostScript), one job per recipient in one group with every JPARM the fax and its
/// schedule need, and only then every job submitted (JSUBM). Whatever fails before the last
/// JSUBM removes the jobs made so far (JKILL, JDELE; hfaxd also drops the unsubmitted jobs of a
/// session that ends), so that no half-submitted fax is left.
class HylafaxSubmission final : public QObject
{
    Q_OBJECT
public:
    struct Input
    {
        FaxDocument document;
        ServerSettings settings; ///< the job defaults (HylafaxJobDefaults)
        HylafaxAccount account;
        QString dataDirectory; ///< for personal cover pages
        QString submittingUser;
    };

    explicit HylafaxSubmission(const Input &input, QObject *parent = nullptr);
    ~HylafaxSubmission() override;

    void start();
    /// Stops it while no job is submitted yet; it then fails with Canceled once what it made on
    /// the server is removed. False (nothing happens) once the jobs are being submitted.
    bool cancel();
    bool canCancel() const { return !m_submitting && !m_finished; }
    /// Total bytes the documents and cover pages have, once prepared.
    qint64 totalBytes() const { return m_total; }
    /// Bytes the job of recipient index holds on the server: the documents and its cover page.
    qint64 jobBytes(int index) const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString &text);
    /// The jobs are being submitted now: it can no longer be canceled.
    void submitting();
    /// The jobs are submitted: their ids in the order of the recipients, and their group.
    void succeeded(const QList<Fax::JobId> &ids, Fax::JobId group);
    void failed(const Fax::Error &error);

private:
    struct Upload
    {
        QString path;
        QByteArray form; ///< FORM: PS, PDF or TIFF
        bool compress = false;
        qint64 size = 0;
        QString remote; ///< the server's name for it after STOT
    };
    struct Prepared;

    void prepared(const std::shared_ptr<Prepared> &prepared);
    void uploadNext();
    void makeJobs();
    void makeJob(int index);
    void sendParameters(int index, QList<QByteArray> lines);
    void submitJobs(int index);
    void finish(const Error &error);
    void removeJobs(const Error &why);
    Error refusal(const QString &what, const Expected<HylafaxReply> &reply) const;

    Input m_input;
    HylafaxSession *m_session = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Prepared> m_prepared;
    QList<Upload> m_shared; ///< the documents, for every job
    QList<Upload> m_covers; ///< one per recipient (or none)
    int m_nextUpload = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    QList<JobId> m_ids;
    JobId m_group = 0;
    int m_submitted = 0;
    bool m_submitting = false;
    bool m_finished = false;
    bool m_canceled = false;
};

} // namespace Fax
