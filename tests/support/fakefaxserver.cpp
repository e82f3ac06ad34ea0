// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakefaxserver.h"

#include "core/jobrules.h"
#include "core/settingsschema.h"
#include "server/submissionrules.h"

#include <QFileInfo>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Fax {

FakeFaxServer::FakeFaxServer(QObject *parent) : FaxServer(parent)
{
    m_connection.profileName = QStringLiteral("Fake");
    m_connection.dataDirectory = QStringLiteral("(in memory)");
}

FakeFaxServer::~FakeFaxServer()
{
    abandonOperations(Error::make(Error::Kind::Canceled,
                                  QStringLiteral("The fake server went away before this finished")),
                      true);
}

void FakeFaxServer::setCapabilities(const ServerCapabilities &capabilities)
{
    m_capabilities = capabilities;
    Q_EMIT capabilitiesChanged();
}

bool FakeFaxServer::logAndFail(FaxOperation *op, const QString &entry)
{
    m_commandLog << entry;
    if (!m_nextError.isError())
        return false;
    fail(op, std::exchange(m_nextError, Error()));
    return true;
}

Result FakeFaxServer::checkConnected() const
{
    if (m_state == ConnectionState::Connected)
        return {};
    return Error::make(Error::Kind::Connection, QStringLiteral("The fake server is not connected"));
}

void FakeFaxServer::startConnect(FaxOperation *op)
{
    if (logAndFail(op, QStringLiteral("connect"))) {
        Q_EMIT errorOccurred(op->error());
        return;
    }
    m_state = ConnectionState::Connected;
    Q_EMIT stateChanged(m_state);
    Q_EMIT connected();
    succeed(op);
}

void FakeFaxServer::disconnectFromServer()
{
    if (m_state == ConnectionState::Disconnected)
        return;
    abandonOperations(Error::make(Error::Kind::Canceled,
                                  QStringLiteral("The fake server was disconnected before this "
                                                 "finished")),
                      false);
    m_state = ConnectionState::Disconnected;
    Q_EMIT stateChanged(m_state);
    Q_EMIT disconnected();
}

void FakeFaxServer::startSetSettings(FaxOperation *op, const ServerSettings &settings)
{
    if (logAndFail(op, QStringLiteral("settings")))
        return;
    Result r = checkConnected();
    if (r)
        r = SettingsSchema::validate(settings);
    if (r)
        cache().applySettings(settings);
    finish(op, r);
}

void FakeFaxServer::startSubmit(SubmitOperation *op, const FaxDocument &document)
{
    if (logAndFail(op, QStringLiteral("submit")))
        return;
    Result r = checkConnected();
    if (r)
        r = SubmissionRules::check(document);
    qint64 size = 0;
    for (const QString &file : document.files) {
        if (!r)
            break;
        const QFileInfo info(file);
        if (!info.isFile())
            r = Error::make(Error::Kind::Io,
                            QStringLiteral("Cannot read the document %1: %2")
                                .arg(file, info.exists() ? QStringLiteral("it is a folder")
                                                         : QStringLiteral("the file does not "
                                                                          "exist")));
        size += info.size();
    }
    if (!r)
        return fail(op, r.error());
    // The "upload" ends from the event loop, like a network backend's; until then it can be
    // canceled.
    auto canceled = std::make_shared<bool>(false);
    setCancelHandler(op, [canceled] { *canceled = true; });
    reportProgress(op, 0, size, QStringLiteral("Uploading"));
    QTimer::singleShot(0, this,
                       [this, op = QPointer<SubmitOperation>(op), document, size, canceled] {
                           if (op && !*canceled)
                               finishSubmit(op, document, size);
                       });
}

void FakeFaxServer::finishSubmit(SubmitOperation *op, const FaxDocument &document, qint64 size)
{
    if (Result r = checkConnected(); !r)
        return fail(op, r.error());
    reportProgress(op, size, size, QStringLiteral("Uploaded"));
    if (!cache().jobMap().isEmpty())
        m_nextId = std::max(m_nextId, cache().jobMap().lastKey() + 1);
    const JobId group = m_nextId;
    QList<JobId> ids;
    for (const Party &to : document.recipients) {
        Job job;
        job.id = m_nextId++;
        job.groupId = group;
        job.owner = QStringLiteral("tester");
        job.size = size;
        job.recipientNumber = to.faxNumber.trimmed();
        job.recipientName = to.name;
        job.recipientCompany = to.company;
        job.senderName = document.sender.name;
        job.senderCompany = document.sender.company;
        job.senderDepartment = document.sender.department;
        job.tsid = document.tsid;
        job.billingCode = document.sender.billingCode;
        job.subject = document.subject;
        job.schedule = document.discountSend ? ScheduleType::DiscountPeriod : document.schedule;
        if (job.schedule == ScheduleType::SpecificTime)
            job.scheduleTime = document.scheduleTime;
        job.priority = document.priority;
        job.submitted = QDateTime::currentDateTime();
        ids << job.id;
        cache().applyJob(job);
    }
    m_groupDocuments.insert(group, document);
    succeed(op, ids, group);
}

void FakeFaxServer::startJobCommand(FaxOperation *op, JobId id, JobCommand command)
{
    if (logAndFail(op, enumKey(command) + u' ' + QString::number(id)))
        return;
    if (Result r = checkConnected(); !r)
        return fail(op, r.error());
    std::optional<Job> job = cache().job(id);
    if (!job)
        return fail(
            op, Error::make(Error::Kind::NotFound, QStringLiteral("There is no job %1").arg(id)));
    const Expected<JobRules::Effect> effect =
        JobRules::apply(command, &*job, QDateTime::currentDateTime());
    if (!effect)
        return fail(op, effect.error());
    cache().applyJob(*job);
    succeed(op);
}

void FakeFaxServer::startRemoveJob(FaxOperation *op, JobId id)
{
    if (logAndFail(op, QStringLiteral("remove %1").arg(id)))
        return;
    if (Result r = checkConnected(); !r)
        return fail(op, r.error());
    const std::optional<Job> job = cache().job(id);
    if (!job)
        return fail(
            op, Error::make(Error::Kind::NotFound, QStringLiteral("There is no job %1").arg(id)));
    if (!JobRules::canRemove(*job))
        return fail(op, Error::make(Error::Kind::NotPermitted,
                                    QStringLiteral("Job %1 cannot be removed while it is %2; "
                                                   "cancel it first")
                                        .arg(id)
                                        .arg(displayName(job->queueStatus))));
    cache().removeJob(id);
    succeed(op);
}

void FakeFaxServer::startAddPort(FaxOperation *op, const Port &port)
{
    if (logAndFail(op, QStringLiteral("add-port ") + port.name))
        return;
    if (Result r = checkConnected(); !r)
        return fail(op, r.error());
    Port p = port;
    p.name = p.name.trimmed();
    if (Result r = SettingsSchema::validate(p); !r)
        return fail(op, r.error());
    if (cache().port(p.name))
        return fail(op, Error::make(Error::Kind::InvalidArgument,
                                    QStringLiteral("A port named %1 already exists").arg(p.name)));
    cache().applyPort(p);
    succeed(op);
}

void FakeFaxServer::startUpdatePort(FaxOperation *op, const Port &port)
{
    if (logAndFail(op, QStringLiteral("update-port ") + port.name))
        return;
    if (Result r = checkConnected(); !r)
        return fail(op, r.error());
    const std::optional<Port> before = cache().port(port.name);
    if (!before)
        return fail(op, Error::make(Error::Kind::NotFound,
                                    QStringLiteral("There is no port named %1").arg(port.name)));
    // Configuration only: the live state is the line's.
    Port after = *before;
    SettingsSchema::copyStoredFields(port, &after);
    if (Result r = SettingsSchema::validate(after); !r)
        return fail(op, r.error());
    cache().applyPort(after);
    succeed(op);
}

void FakeFaxServer::startRemovePort(FaxOperation *op, const QString &name)
{
    if (logAndFail(op, QStringLiteral("remove-port ") + name))
        return;
    if (Result r = checkConnected(); !r)
        return fail(op, r.error());
    if (!cache().removePort(name))
        return fail(op, Error::make(Error::Kind::NotFound,
                                    QStringLiteral("There is no port named %1").arg(name)));
    succeed(op);
}

void FakeFaxServer::startAnswerCall(FaxOperation *op, const QString &portName)
{
    if (logAndFail(op, QStringLiteral("answer ") + portName))
        return;
    if (Result r = checkConnected(); !r)
        return fail(op, r.error());
    std::optional<Port> port = cache().port(portName);
    if (!port)
        return fail(op, Error::make(Error::Kind::NotFound,
                                    QStringLiteral("There is no port named %1").arg(portName)));
    if (port->state != PortState::Ringing)
        return fail(op, Error::make(Error::Kind::NotPermitted,
                                    QStringLiteral("No call is ringing on port %1").arg(portName)));
    port->state = PortState::Answered;
    cache().applyPort(*port);
    succeed(op);
}

void FakeFaxServer::startFetchReceivedFax(FetchOperation *op, qint64 id)
{
    if (logAndFail(op, QStringLiteral("fetch %1").arg(id)))
        return;
    if (Result r = checkConnected(); !r)
        return fail(op, r.error());
    const std::optional<ReceivedFax> fax = cache().receivedFax(id);
    if (!fax)
        return fail(op, Error::make(Error::Kind::NotFound,
                                    QStringLiteral("There is no received fax %1").arg(id)));
    if (!QFileInfo(fax->file).isFile())
        return fail(op, Error::make(Error::Kind::Io,
                                    QStringLiteral("The file %1 of received fax %2 is missing")
                                        .arg(fax->file)
                                        .arg(id)));
    succeed(op, fax->file);
}

void FakeFaxServer::startFetchJobDocument(JobDocumentOperation *op, JobId id)
{
    if (logAndFail(op, QStringLiteral("documents %1").arg(id)))
        return;
    if (Result r = checkConnected(); !r)
        return fail(op, r.error());
    const std::optional<Job> job = cache().job(id);
    if (!job || job->type != JobType::Send || !m_groupDocuments.contains(job->groupId))
        return fail(op, Error::make(Error::Kind::NotFound,
                                    QStringLiteral("There is no send job %1").arg(id)));
    FaxDocument document = m_groupDocuments.value(job->groupId);
    for (const QString &file : std::as_const(document.files)) {
        if (!QFileInfo(file).isFile())
            return fail(
                op, Error::make(
                        Error::Kind::Io,
                        QStringLiteral("The document %1 of job %2 is missing").arg(file).arg(id)));
    }
    Party recipient;
    recipient.name = job->recipientName;
    recipient.faxNumber = job->recipientNumber;
    recipient.company = job->recipientCompany;
    for (const Party &p : std::as_const(document.recipients)) {
        if (p.faxNumber.trimmed() == job->recipientNumber)
            recipient = p;
    }
    document.recipients = {recipient};
    succeed(op, document);
}

void FakeFaxServer::emitJobAdded(const Job &job)
{
    cache().storeJob(job);
    Q_EMIT jobAdded(job);
}

void FakeFaxServer::emitJobChanged(const Job &job)
{
    cache().storeJob(job);
    Q_EMIT jobChanged(job);
}

void FakeFaxServer::emitJobRemoved(JobId id)
{
    cache().forgetJob(id);
    Q_EMIT jobRemoved(id);
}

void FakeFaxServer::emitPortAdded(const Port &port)
{
    cache().storePort(port);
    Q_EMIT portAdded(port);
}

void FakeFaxServer::emitPortChanged(const Port &port)
{
    cache().storePort(port);
    Q_EMIT portChanged(port);
}

void FakeFaxServer::emitPortRemoved(const QString &name)
{
    cache().forgetPort(name);
    Q_EMIT portRemoved(name);
}

void FakeFaxServer::emitReceivedFaxAdded(const ReceivedFax &fax)
{
    cache().storeReceivedFax(fax);
    Q_EMIT receivedFaxAdded(fax);
}

void FakeFaxServer::emitReceivedFaxRemoved(qint64 id)
{
    cache().forgetReceivedFax(id);
    Q_EMIT receivedFaxRemoved(id);
}

Job FakeFaxServer::makeJob(JobId id, QueueStatus status, JobType type)
{
    Job job;
    job.id = id;
    job.groupId = id;
    job.type = type;
    job.owner = QStringLiteral("tester");
    job.queueStatus = status;
    job.pagesTotal = 3;
    job.size = 40000 + id % 1000;
    job.recipientNumber = QStringLiteral("555%1").arg(id % 10000000, 7, 10, QLatin1Char('0'));
    job.recipientName = QStringLiteral("Recipient %1").arg(id);
    job.recipientCompany = QStringLiteral("Company %1").arg(id % 100);
    job.senderName = QStringLiteral("Sender");
    job.submitted = QDateTime(QDate(2026, 1, 1), QTime(9, 0)).addSecs(id);
    return job;
}

Port FakeFaxServer::makePort(const QString &name)
{
    Port port;
    port.name = name;
    port.devicePath = QStringLiteral("/dev/") + name;
    port.manufacturer = QStringLiteral("Acme");
    port.model = QStringLiteral("FaxModem 14400");
    port.csid = QStringLiteral("+1 555 0100");
    port.tsid = QStringLiteral("+1 555 0100");
    return port;
}

} // namespace Fax
