// SPDX-License-Identifier: GPL-3.0-or-later
// The backends of the server contract: the local engine on a temporary data folder with scripted
// lines and a manual clock, the fake server, and the fake with features taken away; the real
// HylaFAX server is in servercontract_hylafax.cpp.
#include "servercontract_backends.h"

#include "fakefaxserver.h"
#include "queue/clock.h"
#include "queue/jobstore.h"
#include "server/localfaxserver.h"
#include "testline.h"

#include <QFile>
#include <QTest>

namespace Fax::Contract {

namespace {

// A job as the server's own work leaves it in status.
void shapeJob(Job &job, QueueStatus status, const QDateTime &now)
{
    job.queueStatus = status;
    job.deviceStatus = DeviceStatus::None;
    job.port.clear();
    job.finished = QDateTime();
    job.nextAttempt = QDateTime();
    job.lastError.clear();
    switch (status) {
    case QueueStatus::InProgress:
        job.deviceStatus = DeviceStatus::Sending;
        job.port = QStringLiteral("line");
        job.tries = 1;
        job.started = now;
        job.pagesSent = 1;
        job.pagesTotal = 3;
        break;
    case QueueStatus::Retrying:
        job.deviceStatus = DeviceStatus::Busy;
        job.tries = 1;
        job.nextAttempt = now.addSecs(600);
        job.lastError = QStringLiteral("The line was busy");
        break;
    case QueueStatus::NoLine:
        job.lastError = QStringLiteral("No fax port is configured.");
        break;
    case QueueStatus::Failed:
    case QueueStatus::RetriesExceeded:
        job.deviceStatus = DeviceStatus::NoAnswer;
        job.tries = 4;
        job.finished = now;
        job.lastError = QStringLiteral("No answer");
        break;
    case QueueStatus::Completed:
        job.deviceStatus = DeviceStatus::Completed;
        job.tries = 1;
        job.pagesSent = 2;
        job.pagesTotal = 2;
        job.finished = now;
        break;
    case QueueStatus::Canceled:
        job.finished = now;
        break;
    case QueueStatus::Pending:
    case QueueStatus::Paused:
    case QueueStatus::Deleting:
        break;
    }
}

/// The local engine as the console runs it: the dispatching process, with scripted lines. Its
/// queue is held (PauseServerQueue), so it starts no call of its own and every change the
/// contract counts is one the contract made.
class LocalBackend final : public Backend
{
public:
    LocalBackend()
        : m_clock(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::LocalTime)),
          m_dataDir(path(QStringLiteral("data")))
    {
        JobStore store(m_dataDir);
        QVERIFY(store.open());
        ServerSettings held;
        held.pauseServerQueue = true;
        QVERIFY(store.saveSettings(held));
    }

    std::unique_ptr<FaxServer> makeServer() override
    {
        LocalFaxServer::Options o;
        o.dataDirectory = m_dataDir;
        o.clock = &m_clock;
        o.lineFactory = &m_factory;
        o.pollIntervalMs = 20;
        return std::make_unique<LocalFaxServer>(ConnectionSettings(), o);
    }

    void setJobStatus(FaxServer *server, JobId id, QueueStatus status) override
    {
        // Another process (the dispatcher's call, faxctl) writes the store; the server picks
        // it up.
        JobStore other(m_dataDir);
        QVERIFY(other.open());
        const auto changed = other.modifyJobs(
            {id},
            [&](Job &job, bool &cancel) {
                shapeJob(job, status, m_clock.now());
                cancel = false;
                return Result();
            },
            true);
        QVERIFY2(changed, qPrintable(changed.error().message));
        static_cast<LocalFaxServer *>(server)->poll();
    }

    ReceivedFax receiveFax(FaxServer *server, const QByteArray &content) override
    {
        ReceivedFax fax;
        fax.file = path(QStringLiteral("received-%1.tif").arg(++m_files));
        QFile f(fax.file);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(fax.file));
        f.close();
        fax.tsid = QStringLiteral("+1 555 0199");
        fax.receiveTime = m_clock.now();
        fax.port = QStringLiteral("line");
        fax.pages = 1;
        JobStore other(m_dataDir);
        if (!other.open())
            qFatal("cannot open the store");
        const Expected<ReceivedFax> stored = other.insertReceived(fax);
        if (!stored)
            qFatal("%s", qPrintable(stored.error().message));
        static_cast<LocalFaxServer *>(server)->poll();
        return *stored;
    }

    void ring(FaxServer *, const QString &port) override
    {
        Test::TestLine *line = m_factory.line(port);
        QVERIFY2(line, qPrintable(port));
        line->setState(PortState::Ringing);
    }

private:
    ManualClock m_clock;
    Test::TestLineFactory m_factory;
    QString m_dataDir;
};

/// The fake server, with the capabilities given.
class FakeBackend final : public Backend
{
public:
    explicit FakeBackend(const ServerCapabilities &capabilities) : m_capabilities(capabilities) {}

    std::unique_ptr<FaxServer> makeServer() override
    {
        auto fake = std::make_unique<FakeFaxServer>();
        fake->setCapabilities(m_capabilities);
        fake->disconnectFromServer(); // it starts connected, for model tests
        return fake;
    }

    void setJobStatus(FaxServer *server, JobId id, QueueStatus status) override
    {
        auto *fake = static_cast<FakeFaxServer *>(server);
        std::optional<Job> job = fake->job(id);
        QVERIFY(job);
        shapeJob(*job, status, QDateTime::currentDateTime());
        fake->emitJobChanged(*job);
    }

    ReceivedFax receiveFax(FaxServer *server, const QByteArray &content) override
    {
        ReceivedFax fax;
        fax.id = ++m_files;
        fax.file = path(QStringLiteral("received-%1.tif").arg(fax.id));
        QFile f(fax.file);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(fax.file));
        fax.tsid = QStringLiteral("+1 555 0199");
        fax.receiveTime = QDateTime::currentDateTime();
        fax.port = QStringLiteral("line");
        fax.pages = 1;
        static_cast<FakeFaxServer *>(server)->emitReceivedFaxAdded(fax);
        return fax;
    }

    void ring(FaxServer *server, const QString &port) override
    {
        for (Port p : server->ports()) {
            if (p.name == port) {
                p.state = PortState::Ringing;
                static_cast<FakeFaxServer *>(server)->emitPortChanged(p);
            }
        }
    }

private:
    ServerCapabilities m_capabilities;
};

using Feature = ServerCapabilities::Feature;

// A server whose modems are set up on the server itself, like HylaFAX's.
ServerCapabilities limited()
{
    ServerCapabilities c;
    const QString modems = QStringLiteral("the modems are set up on the server itself");
    c.deny(Feature::AddPorts, modems);
    c.deny(Feature::RemovePorts, modems);
    c.deny(Feature::ConfigurePorts, modems);
    c.deny(Feature::AnswerCall, QStringLiteral("the server answers by itself"));
    c.deny(Feature::FetchReceivedFaxes, QStringLiteral("received faxes stay on the server"));
    c.deny(Feature::FetchJobDocuments, QStringLiteral("documents stay on the server"));
    c.denySetting(QStringLiteral("retries"), QStringLiteral("the protocol cannot change it"));
    c.denyJobCommand(JobCommand::Restart, QStringLiteral("a finished job is submitted anew"));
    return c;
}

// A user who may look but not touch.
ServerCapabilities readOnly()
{
    ServerCapabilities c = limited();
    const QString why = QStringLiteral("the user is not an administrator");
    c.deny(Feature::Submit, why);
    c.deny(Feature::JobControl, why);
    c.deny(Feature::RemoveJobs, why);
    c.deny(Feature::ChangeSettings, why);
    return c;
}

} // namespace

Backend::Backend()
{
    if (!m_tmp.isValid())
        qFatal("no temporary folder");
}

Backend::~Backend() = default;

QString Backend::unreachable(QueueStatus) const
{
    return QString();
}

QString Backend::document(qint64 size)
{
    const QString file = path(QStringLiteral("document-%1.pdf").arg(++m_files));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file));
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char('a' + i % 26);
    f.write(data);
    return file;
}

QStringList backendNames(bool withReadOnly)
{
#ifdef FAX_CONTRACT_HYLAFAX
    QStringList names{QStringLiteral("hylafax")};
    if (withReadOnly)
        names << QStringLiteral("hylafax-user");
#else
    QStringList names{QStringLiteral("local"), QStringLiteral("fake"),
                      QStringLiteral("fake-limited")};
    if (withReadOnly)
        names << QStringLiteral("fake-readonly");
#endif
    return names;
}

QString unavailableReason(const QString &name)
{
    return name.startsWith(QLatin1String("hylafax")) ? hylafaxUnavailableReason() : QString();
}

std::unique_ptr<Backend> makeBackend(const QString &name)
{
    if (name == QLatin1String("local"))
        return std::make_unique<LocalBackend>();
    if (name == QLatin1String("fake"))
        return std::make_unique<FakeBackend>(ServerCapabilities());
    if (name == QLatin1String("fake-limited"))
        return std::make_unique<FakeBackend>(limited());
    if (name == QLatin1String("fake-readonly"))
        return std::make_unique<FakeBackend>(readOnly());
    if (name == QLatin1String("hylafax") || name == QLatin1String("hylafax-user"))
        return makeHylafaxBackend(name == QLatin1String("hylafax"));
    qFatal("unknown backend %s", qPrintable(name));
    return nullptr;
}

} // namespace Fax::Contract
