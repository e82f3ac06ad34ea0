#include "fakefaxserver.h"

#include <algorithm>

namespace Fax {

FakeFaxServer::FakeFaxServer(QObject *parent) : FaxServer(parent)
{
    m_connection.profileName = QStringLiteral("Fake");
    m_connection.dataDirectory = QStringLiteral("(in memory)");
}

FakeFaxServer::~FakeFaxServer() = default;

void FakeFaxServer::connectToServer()
{
    if (m_state == ConnectionState::Connected)
        return;
    m_state = ConnectionState::Connected;
    Q_EMIT stateChanged(m_state);
    Q_EMIT connected();
}

void FakeFaxServer::disconnectFromServer()
{
    if (m_state == ConnectionState::Disconnected)
        return;
    m_state = ConnectionState::Disconnected;
    Q_EMIT stateChanged(m_state);
    Q_EMIT disconnected();
}

Result FakeFaxServer::setSettings(const ServerSettings &settings)
{
    m_settings = settings;
    Q_EMIT settingsChanged(settings);
    return {};
}

int FakeFaxServer::indexOfJob(JobId id) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Job> FakeFaxServer::job(JobId id) const
{
    const int i = indexOfJob(id);
    if (i < 0)
        return std::nullopt;
    return m_jobs.at(i);
}

Expected<QList<JobId>> FakeFaxServer::submit(const FaxDocument &document)
{
    if (document.recipients.isEmpty())
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("no recipients"));
    QList<JobId> ids;
    const JobId group = m_nextId;
    for (const Party &to : document.recipients) {
        Job job = makeJob(m_nextId++);
        job.groupId = group;
        job.recipientName = to.name;
        job.recipientNumber = to.faxNumber;
        ids << job.id;
        emitJobAdded(job);
    }
    return ids;
}

Result FakeFaxServer::answerCall(const QString &portName)
{
    m_commandLog << QStringLiteral("answer ") + portName;
    if (m_nextError.isError())
        return std::exchange(m_nextError, Error());
    const auto it = std::find_if(m_ports.cbegin(), m_ports.cend(),
                                 [&portName](const Port &p) { return p.name == portName; });
    if (it == m_ports.cend())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("There is no port named %1").arg(portName));
    if (it->state != PortState::Ringing)
        return Error::make(Error::Kind::NotPermitted,
                           QStringLiteral("No call is ringing on port %1").arg(portName));
    Port port = *it;
    port.state = PortState::Answered;
    emitPortChanged(port);
    return {};
}

Result FakeFaxServer::jobCommand(JobId id, JobCommand command)
{
    m_commandLog << enumKey(command) + u' ' + QString::number(id);
    if (m_nextError.isError())
        return std::exchange(m_nextError, Error());
    const int i = indexOfJob(id);
    if (i < 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("job %1: no such job").arg(id));
    Job job = m_jobs.at(i);
    switch (command) {
    case JobCommand::Pause:
        job.queueStatus = QueueStatus::Paused;
        break;
    case JobCommand::Resume:
    case JobCommand::Restart:
        job.queueStatus = QueueStatus::Pending;
        break;
    case JobCommand::Cancel:
        job.queueStatus = QueueStatus::Canceled;
        break;
    }
    emitJobChanged(job);
    return {};
}

Result FakeFaxServer::removeJob(JobId id)
{
    m_commandLog << QStringLiteral("remove %1").arg(id);
    if (m_nextError.isError())
        return std::exchange(m_nextError, Error());
    if (indexOfJob(id) < 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("job %1: no such job").arg(id));
    emitJobRemoved(id);
    return {};
}

Result FakeFaxServer::addPort(const Port &port)
{
    emitPortAdded(port);
    return {};
}

Result FakeFaxServer::updatePort(const Port &port)
{
    emitPortChanged(port);
    return {};
}

Result FakeFaxServer::removePort(const QString &name)
{
    emitPortRemoved(name);
    return {};
}

void FakeFaxServer::storeJob(const Job &job)
{
    const int i = indexOfJob(job.id);
    if (i < 0)
        m_jobs.append(job);
    else
        m_jobs[i] = job;
    m_nextId = std::max(m_nextId, job.id + 1);
}

void FakeFaxServer::emitJobAdded(const Job &job)
{
    storeJob(job);
    Q_EMIT jobAdded(job);
}

void FakeFaxServer::emitJobChanged(const Job &job)
{
    storeJob(job);
    Q_EMIT jobChanged(job);
}

void FakeFaxServer::emitJobRemoved(JobId id)
{
    const int i = indexOfJob(id);
    if (i >= 0)
        m_jobs.removeAt(i);
    Q_EMIT jobRemoved(id);
}

void FakeFaxServer::emitPortAdded(const Port &port)
{
    m_ports.append(port);
    Q_EMIT portAdded(port);
}

void FakeFaxServer::emitPortChanged(const Port &port)
{
    for (Port &p : m_ports) {
        if (p.name == port.name)
            p = port;
    }
    Q_EMIT portChanged(port);
}

void FakeFaxServer::emitPortRemoved(const QString &name)
{
    m_ports.removeIf([&name](const Port &p) { return p.name == name; });
    Q_EMIT portRemoved(name);
}

void FakeFaxServer::emitReceivedFaxAdded(const ReceivedFax &fax)
{
    m_faxes.append(fax);
    Q_EMIT receivedFaxAdded(fax);
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
