// The local engine's public API; its parts are described in localfaxserver_p.h.
#include "localfaxserver_p.h"

#include "core/settingsschema.h"

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
    if (Result r = SettingsSchema::validate(s); !r)
        return r;
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
    if (Result r = SettingsSchema::validate(p); !r)
        return r;
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
    // Every stored field comes from the caller and is checked as a whole; the live state stays.
    const Expected<Port> stored = d->store->modifyPort(port.name, [&](Port &p) {
        SettingsSchema::copyStoredFields(port, &p);
        return SettingsSchema::validate(p);
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
