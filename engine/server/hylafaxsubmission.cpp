// SPDX-License-Identifier: GPL-3.0-or-later
#include "hylafaxsubmission.h"

#include "cover/coverfields.h"
#include "cover/coverfile.h"
#include "cover/coverlibrary.h"
#include "cover/coverrenderer.h"
#include "hylafax/hylafaxlisting.h"
#include "hylafaxjobdefaults.h"
#include "imaging/documentconverter.h"
#include "imaging/documentsource.h"
#include "imaging/faxtiff.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThreadPool>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

bool canDraw()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

struct HylafaxSubmission::Prepared
{
    QTemporaryDir dir;
    QList<Upload> shared;
    QList<Upload> covers;
    Error error;
};

HylafaxSubmission::HylafaxSubmission(const Input &input, QObject *parent)
    : QObject(parent), m_input(input), m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

HylafaxSubmission::~HylafaxSubmission()
{
    *m_cancel = true;
    if (m_session) {
        // Unsubmitted jobs go with the session (hfaxd removes them when it ends).
        m_session->disconnect(this);
        m_session->close(Error::make(Error::Kind::Canceled, QString()));
    }
}

void HylafaxSubmission::start()
{
    const FaxDocument &doc = m_input.document;
    // What cannot be read fails now, naming the file.
    bool needsDrawing = !doc.coverPage.isEmpty();
    for (const QString &file : doc.files) {
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable())
            return finish(Error::make(Error::Kind::Io,
                                      trFax(QT_TRANSLATE_NOOP("Fax", "Cannot read the document "
                                                                     "%1"))
                                          .arg(file)));
        const DocumentType type = detectDocumentType(file);
        needsDrawing = needsDrawing || type == DocumentType::Text || type == DocumentType::Image;
    }
    if (needsDrawing && !canDraw())
        return finish(Error::make(
            Error::Kind::Unsupported,
            trFax(QT_TRANSLATE_NOOP("Fax", "Cover pages, text and pictures are made into fax "
                                           "pages here before they go to the HylaFAX server, "
                                           "and this program cannot draw (it has no "
                                           "QGuiApplication)"))));
    Q_EMIT progress(0, 0, trFax(QT_TRANSLATE_NOOP("Fax", "Preparing the documents")));
    auto prepared = std::make_shared<Prepared>();
    const Input input = m_input;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<HylafaxSubmission> self(this);
    QThreadPool::globalInstance()->start([prepared, input, cancel, self] {
        Prepared &p = *prepared;
        const auto failWith = [&p](const Error &e) { p.error = e; };
        if (!p.dir.isValid()) {
            failWith(Error::make(Error::Kind::Io,
                                 trFax(QT_TRANSLATE_NOOP("Fax", "Cannot make a temporary "
                                                                "folder"))));
        }
        const FaxDocument &doc = input.document;
        for (int i = 0; i < doc.files.size() && !p.error.isError() && !*cancel; ++i) {
            const QString &file = doc.files.at(i);
            Upload u;
            u.path = file;
            switch (detectDocumentType(file)) {
            case DocumentType::Pdf:
                u.form = "PDF";
                break;
            case DocumentType::PostScript:
                u.form = "PS";
                u.compress = true;
                break;
            case DocumentType::Tiff:
                u.form = "TIFF";
                break;
            case DocumentType::Text:
            case DocumentType::Image: {
                // HylaFAX takes neither: they go as a fax TIFF, as faxctl convert makes it.
                u.path = p.dir.filePath(QStringLiteral("document-%1.tif").arg(i + 1));
                u.form = "TIFF";
                ConvertOptions options;
                options.cancel = cancel.get();
                const Expected<ConvertSummary> made =
                    DocumentConverter::convert({file}, u.path, options);
                if (!made)
                    failWith(made.error());
                break;
            }
            case DocumentType::Unknown:
                failWith(Error::make(Error::Kind::InvalidArgument,
                                     trFax(QT_TRANSLATE_NOOP("Fax", "%1 is no document a fax "
                                                                    "can be made of (PDF, "
                                                                    "PostScript, TIFF, a picture "
                                                                    "or text)"))
                                         .arg(file)));
                break;
            }
            u.size = QFileInfo(u.path).size();
            p.shared << u;
        }
        if (!doc.coverPage.isEmpty() && !p.error.isError() && !*cancel) {
            const CoverLibrary library(input.dataDirectory);
            const Expected<CoverEntry> entry =
                library.resolve(doc.coverPage, input.settings.serverCoverpage);
            const Expected<CoverPage> page =
                entry ? CoverFile::read(entry->path) : Expected<CoverPage>(entry.error());
            if (!page)
                failWith(page.error());
            const QDateTime now = QDateTime::currentDateTime();
            for (int r = 0; r < doc.recipients.size() && !p.error.isError() && !*cancel; ++r) {
                const CoverFields fields =
                    CoverFields::forRecipient(doc, doc.recipients.at(r), now, 0);
                const Expected<FaxPage> fax =
                    CoverRenderer::renderFax(*page, fields, FaxResolution::Fine);
                if (!fax) {
                    failWith(fax.error());
                    break;
                }
                Upload u;
                u.path = p.dir.filePath(QStringLiteral("cover-%1.tif").arg(r + 1));
                u.form = "TIFF";
                FaxTiffWriter writer(u.path);
                FaxTiffProperties props;
                props.received = false;
                props.subject = doc.subject;
                props.recipient = doc.recipients.at(r).name;
                props.sender = doc.sender.name;
                props.time = now;
                Result written = writer.open(props, 1);
                if (written)
                    written = writer.addPage(*fax, FaxCompression::Mmr);
                if (written)
                    written = writer.finish();
                if (!written) {
                    failWith(written.error());
                    break;
                }
                u.size = QFileInfo(u.path).size();
                p.covers << u;
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, prepared] {
                if (self)
                    self->prepared(prepared);
            },
            Qt::QueuedConnection);
    });
}

void HylafaxSubmission::prepared(const std::shared_ptr<Prepared> &prepared)
{
    if (m_finished)
        return;
    if (m_canceled)
        return finish(Error::make(Error::Kind::Canceled, QString()));
    if (prepared->error.isError())
        return finish(prepared->error);
    m_prepared = prepared;
    m_shared = prepared->shared;
    m_covers = prepared->covers;
    m_total = 0;
    for (const Upload &u : std::as_const(m_shared))
        m_total += u.size;
    for (const Upload &u : std::as_const(m_covers))
        m_total += u.size;
    m_session = new HylafaxSession(m_input.account, this);
    connect(m_session, &HylafaxSession::failed, this, [this](const Error &e) {
        if (!m_finished)
            removeJobs(e);
    });
    connect(m_session, &HylafaxSession::ready, this, [this] { uploadNext(); });
    m_session->open();
}

Error HylafaxSubmission::refusal(const QString &what, const Expected<HylafaxReply> &reply) const
{
    if (!reply)
        return reply.error();
    return m_session->refusal(what, *reply);
}

void HylafaxSubmission::uploadNext()
{
    if (m_canceled)
        return removeJobs(Error::make(Error::Kind::Canceled, QString()));
    const qsizetype count = m_shared.size() + m_covers.size();
    if (m_nextUpload >= count)
        return makeJobs();
    const bool isCover = m_nextUpload >= m_shared.size();
    Upload &u = isCover ? m_covers[m_nextUpload - m_shared.size()] : m_shared[m_nextUpload];
    auto file = std::make_shared<QFile>(u.path);
    if (!file->open(QIODevice::ReadOnly))
        return finish(Error::make(Error::Kind::Io,
                                  trFax(QT_TRANSLATE_NOOP("Fax", "Cannot read the document %1: "
                                                                 "%2"))
                                      .arg(u.path, file->errorString())));
    std::shared_ptr<QIODevice> source = file;
    qint64 streamSize = u.size;
    if (u.compress) {
        // MODE Z is a zlib stream: what qCompress makes after its 4-byte length.
        auto buffer = std::make_shared<QBuffer>();
        buffer->setData(qCompress(file->readAll(), 6).mid(4));
        buffer->open(QIODevice::ReadOnly);
        streamSize = buffer->size();
        source = buffer;
    }
    HylafaxConnection *c = m_session->connection();
    const QString name = QFileInfo(m_input.document.files.value(m_nextUpload, u.path)).fileName();
    c->command("FORM " + u.form, {});
    c->command(u.compress ? "MODE Z" : "MODE S", {});
    HylafaxConnection::Transfer t;
    t.command = "STOT";
    t.upload = source.get();
    const qint64 before = m_done;
    const qint64 raw = u.size;
    t.progress = [this, before, raw, streamSize, name](qint64 bytes) {
        const qint64 done = before + (streamSize > 0 ? bytes * raw / streamSize : raw);
        Q_EMIT progress(done, m_total,
                        trFax(QT_TRANSLATE_NOOP("Fax", "Uploading %1: %2 of %3"))
                            .arg(name, QLocale().formattedDataSize(done),
                                 QLocale().formattedDataSize(m_total)));
    };
    const int index = m_nextUpload;
    c->transfer(t, [this, source, index, raw, name](const Expected<HylafaxReply> &reply,
                                                    const QByteArray &) {
        if (m_finished)
            return;
        if (!reply || !reply->isSuccess())
            return removeJobs(
                refusal(trFax(QT_TRANSLATE_NOOP("Fax", "take the document %1")).arg(name), reply));
        static const QRegularExpression fileName(QStringLiteral("FILE: ([^ )]+)"));
        const QRegularExpressionMatch m = fileName.match(reply->message());
        if (!m.hasMatch())
            return removeJobs(Error::make(
                Error::Kind::Connection,
                trFax(QT_TRANSLATE_NOOP("Fax", "The HylaFAX server %1 did not say where it "
                                               "stored the document %2 (%3)"))
                    .arg(m_input.account.display(), name, reply->message())));
        Upload &u = index >= m_shared.size() ? m_covers[index - m_shared.size()] : m_shared[index];
        u.remote = m.captured(1);
        m_done += raw;
        Q_EMIT progress(
            m_done, m_total,
            trFax(QT_TRANSLATE_NOOP("Fax", "Uploaded %1 of %2"))
                .arg(QLocale().formattedDataSize(m_done), QLocale().formattedDataSize(m_total)));
        ++m_nextUpload;
        uploadNext();
    });
}

void HylafaxSubmission::makeJobs()
{
    // The first job starts from the default job, so that it gets a group of its own; the
    // others are made from it (JNEW inherits the current job's group).
    m_session->connection()->command("JOB default", [this](const Expected<HylafaxReply> &r) {
        if (m_finished)
            return;
        if (!r || !r->isSuccess())
            return removeJobs(refusal(trFax(QT_TRANSLATE_NOOP("Fax", "start a new job")), r));
        makeJob(0);
    });
}

void HylafaxSubmission::makeJob(int index)
{
    if (m_canceled)
        return removeJobs(Error::make(Error::Kind::Canceled, QString()));
    const FaxDocument &doc = m_input.document;
    if (index >= doc.recipients.size()) {
        m_submitting = true; // from here on it is all or nothing at the server
        Q_EMIT submitting();
        return submitJobs(0);
    }
    m_session->connection()->command("JNEW", [this, index](const Expected<HylafaxReply> &r) {
        if (m_finished)
            return;
        static const QRegularExpression ids(QStringLiteral("jobid: (\\d+) groupid: (\\d+)"));
        const QRegularExpressionMatch m = r ? ids.match(r->text()) : QRegularExpressionMatch();
        if (!r || !r->isSuccess() || !m.hasMatch())
            return removeJobs(refusal(trFax(QT_TRANSLATE_NOOP("Fax", "make a job")), r));
        m_ids << m.captured(1).toLongLong();
        if (index == 0)
            m_group = m.captured(2).toLongLong();
        const FaxDocument &doc = m_input.document;
        QList<QByteArray> lines =
            HylafaxJobDefaults::jobParameters(doc, doc.recipients.at(index), m_input.settings,
                                              QDateTime::currentDateTime(), m_input.submittingUser);
        if (index < m_covers.size())
            lines << "DOCUMENT " + m_covers.at(index).remote.toUtf8();
        for (const Upload &u : std::as_const(m_shared))
            lines << "DOCUMENT " + u.remote.toUtf8();
        sendParameters(index, lines);
    });
}

void HylafaxSubmission::sendParameters(int index, QList<QByteArray> lines)
{
    if (m_canceled)
        return removeJobs(Error::make(Error::Kind::Canceled, QString()));
    if (lines.isEmpty())
        return makeJob(index + 1);
    const QByteArray line = lines.takeFirst();
    m_session->connection()->command(
        "JPARM " + line, [this, index, lines, line](const Expected<HylafaxReply> &r) {
            if (m_finished)
                return;
            if (!r || !r->isSuccess())
                return removeJobs(refusal(
                    trFax(QT_TRANSLATE_NOOP("Fax", "set %1 of job %2"))
                        .arg(QString::fromUtf8(line.left(qMax<qsizetype>(0, line.indexOf(' ')))))
                        .arg(m_ids.value(index)),
                    r));
            sendParameters(index, lines);
        });
}

void HylafaxSubmission::submitJobs(int index)
{
    if (index >= m_ids.size()) {
        m_finished = true;
        const QList<JobId> ids = m_ids;
        const JobId group = m_group;
        m_session->disconnect(this);
        m_session->close(Error::make(Error::Kind::Canceled, QString()));
        Q_EMIT succeeded(ids, group);
        return;
    }
    const JobId id = m_ids.at(index);
    m_session->connection()->command(
        "JSUBM " + QByteArray::number(id), [this, index, id](const Expected<HylafaxReply> &r) {
            if (m_finished)
                return;
            if (!r || !r->isSuccess())
                return removeJobs(
                    refusal(trFax(QT_TRANSLATE_NOOP("Fax", "submit job %1")).arg(id), r));
            m_submitted = index + 1;
            submitJobs(index + 1);
        });
}

qint64 HylafaxSubmission::jobBytes(int index) const
{
    qint64 bytes = index >= 0 && index < m_covers.size() ? m_covers.at(index).size : 0;
    for (const Upload &u : m_shared)
        bytes += u.size;
    return bytes;
}

bool HylafaxSubmission::cancel()
{
    if (!canCancel())
        return false;
    m_canceled = true;
    *m_cancel = true;
    return true;
}

void HylafaxSubmission::removeJobs(const Error &why)
{
    if (m_finished)
        return;
    m_finished = true;
    const QList<JobId> ids = m_ids;
    const int submitted = m_submitted;
    // Over the submission's own session when it lives, else over a new one; submitted jobs are
    // killed first (JDELE takes only done or suspended ones).
    auto cleanup = std::make_shared<std::function<void(HylafaxConnection *)>>(
        [ids, submitted](HylafaxConnection *c) {
            for (int i = 0; i < ids.size(); ++i) {
                if (i < submitted)
                    c->command("JKILL " + QByteArray::number(ids.at(i)), {});
                c->command("JDELE " + QByteArray::number(ids.at(i)), {});
            }
        });
    const auto report = [this, why] {
        Q_EMIT failed(why.kind == Error::Kind::Canceled && why.message.isEmpty()
                          ? Error::make(Error::Kind::Canceled,
                                        trFax(QT_TRANSLATE_NOOP("Fax", "The fax was not "
                                                                       "submitted: canceled")))
                          : why);
    };
    if (ids.isEmpty()) {
        if (m_session) {
            m_session->disconnect(this);
            m_session->close(why);
        }
        return report();
    }
    HylafaxSession *session = m_session;
    if (session && session->connection()->isOpen()) {
        session->disconnect(this);
        (*cleanup)(session->connection());
        session->connection()->command(
            "NOOP", [this, session, report](const Expected<HylafaxReply> &) {
                session->close(Error::make(Error::Kind::Canceled, QString()));
                report();
            });
        return;
    }
    // The session is gone: hfaxd dropped its unsubmitted jobs; a new one removes the rest.
    if (session)
        session->disconnect(this);
    auto *fresh = new HylafaxSession(m_input.account, this);
    connect(fresh, &HylafaxSession::ready, this, [fresh, cleanup, report] {
        (*cleanup)(fresh->connection());
        fresh->connection()->command("NOOP", [fresh, report](const Expected<HylafaxReply> &) {
            fresh->close(Error::make(Error::Kind::Canceled, QString()));
            report();
        });
    });
    connect(fresh, &HylafaxSession::failed, this, [report](const Error &) { report(); });
    fresh->open();
}

void HylafaxSubmission::finish(const Error &error)
{
    removeJobs(error);
}

} // namespace Fax
