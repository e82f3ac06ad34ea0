// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxitemactions.h"

#include "consolesession.h"
#include "dialogrunner.h"
#include "faxoutput.h"
#include "faxviewerwindow.h"
#include "messagesink.h"
#include "modelformat.h"
#include "transmissionreport.h"

#include "imaging/documentconverter.h"
#include "server/faxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPrinter>
#include <QStandardPaths>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace Fax {

namespace {

QString safeName(QString text)
{
    for (QChar &c : text) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    }
    return text;
}

QString documentsFolder()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

} // namespace

QString FaxItem::baseName() const
{
    if (isJob()) {
        const QDateTime when = job.finished.isValid() ? job.finished : job.submitted;
        return safeName(QStringLiteral("fax-%1-job%2-%3")
                            .arg(when.toString(QStringLiteral("yyyyMMdd-HHmm")))
                            .arg(job.id)
                            .arg(job.recipientNumber));
    }
    return safeName(QStringLiteral("fax-%1-%2")
                        .arg(fax.receiveTime.toString(QStringLiteral("yyyyMMdd-HHmm")),
                             fax.tsid.isEmpty() ? fax.callerId : fax.tsid));
}

FaxItemActions::FaxItemActions(ConsoleSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

FaxItemActions::~FaxItemActions() = default;

QString FaxItemActions::convertedFile(const Job &job) const
{
    return QDir(m_session->workFolder()).filePath(QStringLiteral("job-%1.tif").arg(job.id));
}

void FaxItemActions::withFaxFile(
    const FaxItem &item, QWidget *parent,
    const std::function<void(const QString &file, const Error &error)> &done)
{
    FaxServer *server = m_session->server();
    QPointer<QWidget> owner = parent;
    if (!server) {
        done(QString(), Error::make(Error::Kind::Connection,
                                    tr("The console is not connected to a fax server.")));
        return;
    }
    if (!item.isJob()) {
        FetchOperation *op = server->fetchReceivedFax(item.fax.id);
        connect(op, &FaxOperation::succeeded, this, [op, done] { done(op->filePath(), Error()); });
        connect(op, &FaxOperation::failed, this,
                [done](const Error &error) { done(QString(), error); });
        return;
    }
    const Job job = item.job;
    const QString target = convertedFile(job);
    if (m_converted.contains(job.id) && QFileInfo::exists(target)) {
        done(target, Error());
        return;
    }
    JobDocumentOperation *op = server->fetchJobDocument(job.id);
    connect(op, &FaxOperation::failed, this,
            [done](const Error &error) { done(QString(), error); });
    connect(op, &FaxOperation::succeeded, this, [this, op, job, target, done] {
        const QStringList files = op->document().files;
        if (files.isEmpty()) {
            done(
                QString(),
                Error::make(Error::Kind::NotFound,
                            tr("Job %1 has no documents to show (only a cover page)").arg(job.id)));
            return;
        }
        // Converted the way the line sends them, off the window's thread.
        FaxTiffProperties properties;
        properties.received = false;
        properties.recipient = ModelFormat::recipient(job);
        properties.sender = job.senderName;
        properties.subject = job.subject;
        properties.tsid = job.tsid;
        properties.port = job.port;
        properties.jobId = job.id;
        properties.time = (job.finished.isValid() ? job.finished : job.submitted).toUTC();
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcher<Result>::finished, this,
                [this, watcher, job, target, done] {
                    const Result r = watcher->result();
                    watcher->deleteLater();
                    if (!r) {
                        done(QString(), r.error());
                        return;
                    }
                    m_converted.insert(job.id, target);
                    done(target, Error());
                });
        watcher->setFuture(QtConcurrent::run([files, target, properties]() -> Result {
            ConvertOptions options;
            options.compression = FaxCompression::Mmr;
            const auto converted = DocumentConverter::convert(files, target, options, properties);
            if (!converted)
                return converted.error();
            return {};
        }));
    });
}

void FaxItemActions::view(const FaxItem &item, QWidget *parent)
{
    QPointer<QWidget> owner = parent;
    withFaxFile(item, parent, [this, item, owner](const QString &file, const Error &error) {
        if (error.isError()) {
            if (error.kind != Error::Kind::Canceled)
                m_session->messages()->showError(owner, tr("Cannot open the fax"), error.message);
            return;
        }
        auto *viewer = new FaxViewerWindow(m_session->messages(), m_session->dialogs());
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
        viewer->openFile(file);
        if (!item.isJob())
            m_session->setRead(item.fax.id, true);
        Q_EMIT viewerOpened(viewer);
    });
}

void FaxItemActions::saveAsPdf(const FaxItem &item, QWidget *parent)
{
    const QString pdf = m_session->dialogs()->saveFileName(
        parent, tr("Save Fax as PDF"),
        QDir(documentsFolder()).filePath(item.baseName() + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    QPointer<QWidget> owner = parent;
    withFaxFile(item, parent, [this, pdf, owner](const QString &file, const Error &error) {
        Result r = error.isError() ? Result(error) : FaxOutput::writePdf(file, pdf);
        if (!r) {
            if (r.error().kind != Error::Kind::Canceled)
                m_session->messages()->showError(owner, tr("Cannot save the fax as PDF"),
                                                 r.error().message);
            return;
        }
        m_session->activityModel()->add(ActivityKind::Info, tr("The fax was saved as %1").arg(pdf));
        Q_EMIT finished(QStringLiteral("pdf"), pdf);
    });
}

void FaxItemActions::print(const FaxItem &item, QWidget *parent)
{
    QPointer<QWidget> owner = parent;
    withFaxFile(item, parent, [this, owner](const QString &file, const Error &error) {
        if (error.isError()) {
            if (error.kind != Error::Kind::Canceled)
                m_session->messages()->showError(owner, tr("Cannot print the fax"), error.message);
            return;
        }
        FaxTiffReader reader;
        const Result opened = reader.open(file);
        if (!opened) {
            m_session->messages()->showError(owner, tr("Cannot print the fax"),
                                             opened.error().message);
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        if (!m_session->dialogs()->choosePrinter(&printer, owner, reader.pageCount()))
            return;
        const Result printed = FaxOutput::print(file, &printer);
        if (!printed) {
            m_session->messages()->showError(owner, tr("Cannot print the fax"),
                                             printed.error().message);
            return;
        }
        Q_EMIT finished(QStringLiteral("print"), QString());
    });
}

void FaxItemActions::report(const FaxItem &item, QWidget *parent)
{
    const QString pdf = m_session->dialogs()->saveFileName(
        parent, item.isJob() ? tr("Save Transmission Report") : tr("Save Reception Report"),
        QDir(documentsFolder()).filePath(item.baseName() + QStringLiteral("-report.pdf")),
        tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    QPointer<QWidget> owner = parent;
    const auto write = [this, item, pdf, owner](const QString &file) {
        const TransmissionReport report = item.isJob() ? TransmissionReport::forJob(item.job)
                                                       : TransmissionReport::forFax(item.fax);
        const Result r = report.write(pdf, file);
        if (!r) {
            m_session->messages()->showError(owner, tr("Cannot write the report"),
                                             r.error().message);
            return;
        }
        m_session->activityModel()->add(ActivityKind::Info,
                                        tr("The report was saved as %1").arg(pdf));
        Q_EMIT finished(QStringLiteral("report"), pdf);
    };
    // A report without its page image is still a report: a job's documents may be gone.
    const FaxServer *server = m_session->server();
    const bool canFetch =
        server &&
        server->capabilities().can(item.isJob() ? ServerCapabilities::Feature::FetchJobDocuments
                                                : ServerCapabilities::Feature::FetchReceivedFaxes);
    if (!canFetch) {
        write(QString());
        return;
    }
    withFaxFile(item, parent, [write](const QString &file, const Error &) { write(file); });
}

void FaxItemActions::resend(const Job &job, QWidget *parent)
{
    FaxServer *server = m_session->server();
    if (!server)
        return;
    QPointer<QWidget> owner = parent;
    JobDocumentOperation *op = server->fetchJobDocument(job.id);
    connect(op, &FaxOperation::failed, this, [this, job, owner](const Error &error) {
        if (error.kind != Error::Kind::Canceled)
            m_session->messages()->showError(owner, tr("Cannot send job %1 again").arg(job.id),
                                             error.message);
    });
    connect(op, &FaxOperation::succeeded, this, [this, op, owner] {
        FaxDocument document = op->document();
        // Again means now, whatever the first schedule was.
        document.schedule = ScheduleType::Now;
        document.scheduleTime = QDateTime();
        document.discountSend = false;
        m_session->startSend(document, owner);
    });
}

} // namespace Fax
