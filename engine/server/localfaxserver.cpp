// SPDX-License-Identifier: GPL-3.0-or-later
// The local engine's public API; its parts are described in localfaxserver_p.h.
#include "localfaxserver_p.h"

#include "core/settingsschema.h"

#include <QFileInfo>

namespace Fax {

using namespace LocalServerDetail;

namespace {

void registerMetaTypes()
{
    static const bool done = [] {
        qRegisterMetaType<Fax::Job>();
        qRegisterMetaType<Fax::Port>();
        qRegisterMetaType<Fax::ServerSettings>();
        qRegisterMetaType<Fax::ReceivedFax>();
        qRegisterMetaType<Fax::Error>();
        qRegisterMetaType<Fax::CallOutcome>();
        qRegisterMetaType<Fax::JobId>("Fax::JobId");
        qRegisterMetaType<Fax::ServerCapabilities>();
        return true;
    }();
    Q_UNUSED(done);
}

Error notConnected(const QString &dataDir)
{
    return Error::make(Error::Kind::Connection,
                       trFax(QT_TRANSLATE_NOOP("Fax", "The local fax engine is not connected "
                                                      "(data folder %1)"))
                           .arg(dataDir));
}

Error closed(const QString &dataDir)
{
    return Error::make(Error::Kind::Canceled,
                       trFax(QT_TRANSLATE_NOOP("Fax", "The connection to the local fax engine "
                                                      "(data folder %1) was closed before this "
                                                      "finished"))
                           .arg(dataDir));
}

} // namespace

void LocalFaxServer::Private::disconnect(bool emitting)
{
    if (state == ConnectionState::Disconnected)
        return;
    pollTimer.stop();
    passTimer.stop();
    wakeTimer.stop();
    stopDispatching(emitting);
    store.reset();
    lock.reset();
    cache().clear();
    lastRev = 0;
    state = ConnectionState::Disconnected;
    if (emitting) {
        Q_EMIT q->stateChanged(state);
        Q_EMIT q->disconnected();
    }
}

Result LocalFaxServer::Private::checkConnected() const
{
    if (state != ConnectionState::Connected || !store)
        return notConnected(dataDir);
    return {};
}

LocalFaxServer::LocalFaxServer(const ConnectionSettings &settings, QObject *parent)
    : LocalFaxServer(settings, Options(), parent)
{
}

LocalFaxServer::LocalFaxServer(const ConnectionSettings &settings, const Options &options,
                               QObject *parent)
    : FaxServer(parent), d(std::make_unique<Private>(this))
{
    registerMetaTypes();
    d->conn = settings;
    d->conn.kind = ServerKind::Local;
    d->opt = options;
    d->clock = options.clock ? options.clock : &d->systemClock;
    d->dataDir = !options.dataDirectory.isEmpty()    ? options.dataDirectory
                 : !settings.dataDirectory.isEmpty() ? settings.dataDirectory
                                                     : defaultDataDirectory();
    d->pollTimer.setInterval(std::max(10, options.pollIntervalMs));
    QObject::connect(&d->pollTimer, &QTimer::timeout, this, [this] { d->tick(); });
    d->passTimer.setSingleShot(true);
    QObject::connect(&d->passTimer, &QTimer::timeout, this, [this] { d->runPass(); });
    d->wakeTimer.setSingleShot(true);
    QObject::connect(&d->wakeTimer, &QTimer::timeout, this, [this] { d->runPass(); });
}

LocalFaxServer::~LocalFaxServer()
{
    // Callers still waiting hear of it while the engine is whole.
    d->stopUploads(closed(d->dataDir));
    abandonOperations(closed(d->dataDir), true);
    d->disconnect(false);
}

ConnectionSettings LocalFaxServer::connectionSettings() const
{
    ConnectionSettings s = d->conn;
    s.dataDirectory = d->dataDir;
    return s;
}

QString LocalFaxServer::displayLocation() const
{
    return d->dataDir;
}

ConnectionState LocalFaxServer::state() const
{
    return d->state;
}

ServerCapabilities LocalFaxServer::capabilities() const
{
    return ServerCapabilities();
}

void LocalFaxServer::startConnect(FaxOperation *op)
{
    if (d->state != ConnectionState::Disconnected) {
        fail(op, Error::make(Error::Kind::Connection,
                             trFax(QT_TRANSLATE_NOOP("Fax", "The local fax engine (data folder %1) "
                                                            "is already connecting"))
                                 .arg(d->dataDir)));
        return;
    }
    d->setState(ConnectionState::Connecting);
    d->store = std::make_unique<JobStore>(d->dataDir, d->opt.busyTimeoutMs);
    Result r = d->store->open();
    if (r)
        r = d->load();
    if (!r) {
        d->store.reset();
        d->setState(ConnectionState::Disconnected);
        Q_EMIT errorOccurred(r.error());
        fail(op, r.error());
        return;
    }
    d->lastReportedError.clear();
    d->setState(ConnectionState::Connected);
    d->pollTimer.start();
    d->lockRetry.start();
    Q_EMIT connected();
    d->tryBecomeDispatcher();
    succeed(op);
}

void LocalFaxServer::disconnectFromServer()
{
    if (d->state == ConnectionState::Disconnected)
        return;
    d->stopUploads(closed(d->dataDir));
    abandonOperations(closed(d->dataDir), false);
    d->disconnect(true);
}

void LocalFaxServer::startSetSettings(FaxOperation *op, const ServerSettings &s)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    if (Result r = SettingsSchema::validate(s); !r)
        return fail(op, r.error());
    const Expected<ServerSettings> stored = d->store->saveSettings(s);
    if (!stored)
        return fail(op, stored.error());
    d->applySettings(*stored);
    d->schedulePass();
    succeed(op);
}

void LocalFaxServer::startAddPort(FaxOperation *op, const Port &port)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    Port p = port;
    p.name = p.name.trimmed();
    if (Result r = SettingsSchema::validate(p); !r)
        return fail(op, r.error());
    p.state = PortState::Offline;
    p.stateText = trFax(QT_TRANSLATE_NOOP("Fax", "No process is dispatching fax jobs"));
    const Expected<Port> stored = d->store->insertPort(p);
    if (!stored)
        return fail(op, stored.error());
    d->applyPort(*stored);
    d->syncLines();
    d->schedulePass();
    succeed(op);
}

void LocalFaxServer::startUpdatePort(FaxOperation *op, const Port &port)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    // Every stored field comes from the caller and is checked as a whole; the live state stays.
    const Expected<Port> stored = d->store->modifyPort(port.name, [&](Port &p) {
        SettingsSchema::copyStoredFields(port, &p);
        return SettingsSchema::validate(p);
    });
    if (!stored)
        return fail(op, stored.error());
    d->applyPort(*stored);
    d->syncLines();
    d->schedulePass();
    succeed(op);
}

void LocalFaxServer::startRemovePort(FaxOperation *op, const QString &name)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    if (d->portBusy(name))
        return fail(op, Error::make(Error::Kind::NotPermitted,
                                    trFax(QT_TRANSLATE_NOOP("Fax", "Port %1 cannot be removed "
                                                                   "while a call runs on it"))
                                        .arg(name)));
    if (Result r = d->store->removePort(name); !r)
        return fail(op, r.error());
    d->applyPortRemoved(name);
    d->schedulePass();
    succeed(op);
}

void LocalFaxServer::startFetchReceivedFax(FetchOperation *op, qint64 id)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    const std::optional<ReceivedFax> fax = cache().receivedFax(id);
    if (!fax)
        return fail(
            op,
            Error::make(Error::Kind::NotFound,
                        trFax(QT_TRANSLATE_NOOP("Fax", "There is no received fax %1")).arg(id)));
    if (!QFileInfo(fax->file).isFile())
        return fail(op, Error::make(Error::Kind::Io,
                                    trFax(QT_TRANSLATE_NOOP("Fax", "The file %1 of received fax "
                                                                   "%2 is missing"))
                                        .arg(fax->file)
                                        .arg(id)));
    succeed(op, fax->file);
}

void LocalFaxServer::startFetchJobDocument(JobDocumentOperation *op, JobId id)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    const std::optional<Job> job = cache().job(id);
    if (!job || job->type != JobType::Send || !d->store)
        return fail(
            op, Error::make(Error::Kind::NotFound,
                            trFax(QT_TRANSLATE_NOOP("Fax", "There is no send job %1")).arg(id)));
    const Expected<SubmissionGroup> group = d->store->group(job->groupId);
    if (!group)
        return fail(op, group.error());
    FaxDocument document;
    for (const SpooledDocument &doc : group->documents) {
        if (!QFileInfo(doc.file).isFile())
            return fail(op, Error::make(Error::Kind::Io,
                                        trFax(QT_TRANSLATE_NOOP("Fax", "The document %1 of job %2 "
                                                                       "is missing"))
                                            .arg(doc.file)
                                            .arg(id)));
        document.files << doc.file;
    }
    document.coverPage = group->coverPage;
    document.note = group->note;
    document.notifyOnCompletion = group->notify;
    document.notifyAddress = group->notifyAddress;
    document.subject = job->subject;
    document.resolution = group->resolution;
    const Expected<Party> recipient = d->store->recipient(id);
    if (!recipient)
        return fail(op, recipient.error());
    document.recipients = {*recipient};
    document.sender = group->sender;
    // Submissions stored before the whole sender was kept have these on the job.
    if (document.sender.name.isEmpty())
        document.sender.name = job->senderName;
    if (document.sender.company.isEmpty())
        document.sender.company = job->senderCompany;
    if (document.sender.department.isEmpty())
        document.sender.department = job->senderDepartment;
    if (document.sender.billingCode.isEmpty())
        document.sender.billingCode = job->billingCode;
    document.tsid = job->tsid;
    document.schedule = job->schedule;
    document.scheduleTime = job->scheduleTime;
    document.discountSend = job->schedule == ScheduleType::DiscountPeriod;
    document.priority = job->priority;
    succeed(op, document);
}

QString LocalFaxServer::dataDirectory() const
{
    return d->dataDir;
}

bool LocalFaxServer::isDispatcher() const
{
    return d->dispatcher;
}

void LocalFaxServer::poll()
{
    if (d->state != ConnectionState::Connected)
        return;
    d->pollChanges(true);
    if (d->opt.runScheduler && !d->dispatcher)
        d->tryBecomeDispatcher();
    d->passTimer.stop();
    d->runPass();
}

QStringList LocalFaxServer::spooledFiles(JobId id) const
{
    const auto it = d->jobs().constFind(id);
    if (it == d->jobs().constEnd() || !d->store)
        return {};
    const auto docs = d->store->documents(it->groupId);
    QStringList files;
    if (docs) {
        for (const SpooledDocument &doc : *docs)
            files << doc.file;
    }
    return files;
}

} // namespace Fax
