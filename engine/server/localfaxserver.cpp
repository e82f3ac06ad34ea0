// The local engine's public API; its parts are described in localfaxserver_p.h.
#include "localfaxserver_p.h"

#include <QDir>

#include <algorithm>

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
    jobs.clear();
    jobListDirty = true;
    ports.clear();
    received.clear();
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
    d->disconnect(false);
}

ConnectionSettings LocalFaxServer::connectionSettings() const
{
    ConnectionSettings s = d->conn;
    s.dataDirectory = d->dataDir;
    return s;
}

ConnectionState LocalFaxServer::state() const
{
    return d->state;
}

void LocalFaxServer::connectToServer()
{
    if (d->state != ConnectionState::Disconnected)
        return;
    d->setState(ConnectionState::Connecting);
    d->store = std::make_unique<JobStore>(d->dataDir, d->opt.busyTimeoutMs);
    Result r = d->store->open();
    if (r)
        r = d->load();
    if (!r) {
        d->store.reset();
        d->setState(ConnectionState::Disconnected);
        Q_EMIT errorOccurred(r.error());
        return;
    }
    d->lastReportedError.clear();
    d->setState(ConnectionState::Connected);
    d->pollTimer.start();
    d->lockRetry.start();
    Q_EMIT connected();
    d->tryBecomeDispatcher();
}

void LocalFaxServer::disconnectFromServer()
{
    d->disconnect(true);
}

ServerSettings LocalFaxServer::settings() const
{
    return d->settings;
}

Result LocalFaxServer::setSettings(const ServerSettings &s)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    auto invalid = [](const QString &message) {
        return Error::make(Error::Kind::InvalidArgument, message);
    };
    if (s.retries < 0 || s.retries > 99)
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "Retries must be between 0 and 99, not %1"))
                           .arg(s.retries));
    if (s.retryDelay < 0 || s.retryDelay > 1440)
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "RetryDelay must be between 0 and 1440 "
                                                      "minutes, not %1"))
                           .arg(s.retryDelay));
    if (s.dirtyDays < 0 || s.dirtyDays > 3650)
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "DirtyDays must be between 0 (never) and "
                                                      "3650 days, not %1"))
                           .arg(s.dirtyDays));
    if (!s.discountRateStart.isValid())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "DiscountRateStart is not a valid time")));
    if (!s.discountRateEnd.isValid())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "DiscountRateEnd is not a valid time")));
    // An empty ArchiveDirectory means "archive" in the data directory.
    if (!s.archiveDirectory.trimmed().isEmpty() && QDir::isRelativePath(s.archiveDirectory))
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "ArchiveDirectory must be an absolute "
                                                      "path, not %1"))
                           .arg(s.archiveDirectory));
    if (s.routing.storeInFolder && s.routing.folder.trimmed().isEmpty())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The inbound routing folder is required "
                                                      "when storing received faxes in a folder "
                                                      "is on")));
    const Expected<ServerSettings> stored = d->store->saveSettings(s);
    if (!stored)
        return stored.error();
    d->applySettings(*stored);
    d->schedulePass();
    return {};
}

QList<Job> LocalFaxServer::jobs() const
{
    if (d->jobListDirty) {
        d->jobList = d->jobs.values();
        d->jobListDirty = false;
    }
    return d->jobList;
}

std::optional<Job> LocalFaxServer::job(JobId id) const
{
    const auto it = d->jobs.constFind(id);
    if (it == d->jobs.constEnd())
        return std::nullopt;
    return *it;
}

QList<Port> LocalFaxServer::ports() const
{
    QList<Port> list = d->ports.values();
    std::stable_sort(list.begin(), list.end(), [](const Port &a, const Port &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.name < b.name;
    });
    return list;
}

Result LocalFaxServer::addPort(const Port &port)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    Port p = port;
    p.name = p.name.trimmed();
    if (p.name.isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "A port needs a name")));
    p.state = PortState::Offline;
    p.stateText = trFax(QT_TRANSLATE_NOOP("Fax", "No process is dispatching fax jobs"));
    const Expected<Port> stored = d->store->insertPort(p);
    if (!stored)
        return stored.error();
    d->applyPort(*stored);
    d->syncLines();
    d->schedulePass();
    return {};
}

Result LocalFaxServer::updatePort(const Port &port)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    const Expected<Port> stored = d->store->modifyPort(port.name, [&](Port &p) {
        p.devicePath = port.devicePath;
        p.manufacturer = port.manufacturer;
        p.model = port.model;
        p.rings = port.rings;
        p.csid = port.csid;
        p.tsid = port.tsid;
        p.sendEnabled = port.sendEnabled;
        p.receiveMode = port.receiveMode;
        p.priority = port.priority;
        p.baudRate = port.baudRate;
        p.flowControl = port.flowControl;
        p.initString = port.initString;
        p.modemClass = port.modemClass;
        return Result();
    });
    if (!stored)
        return stored.error();
    d->applyPort(*stored);
    d->syncLines();
    d->schedulePass();
    return {};
}

Result LocalFaxServer::removePort(const QString &name)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    if (d->portBusy(name))
        return Error::make(Error::Kind::NotPermitted,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Port %1 cannot be removed while a "
                                                          "call runs on it"))
                               .arg(name));
    if (Result r = d->store->removePort(name); !r)
        return r;
    d->applyPortRemoved(name);
    d->schedulePass();
    return {};
}

QList<ReceivedFax> LocalFaxServer::receivedFaxes() const
{
    return d->received.values();
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
    const auto it = d->jobs.constFind(id);
    if (it == d->jobs.constEnd() || !d->store)
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
