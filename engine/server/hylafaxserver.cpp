// SPDX-License-Identifier: GPL-3.0-or-later
// HylafaxServer: connecting, losing and regaining the server, capabilities and the job defaults.
#include "hylafaxserver_p.h"

#include "core/settingsschema.h"
#include "hylafaxjobdefaults.h"
#include "hylafaxsubmission.h"
#include "passwordstore.h"

#include <QDir>
#include <QStandardPaths>

namespace Fax {

using namespace HylafaxServerDetail;

namespace {

void registerMetaTypes()
{
    static const bool done = [] {
        qRegisterMetaType<Fax::Job>();
        qRegisterMetaType<Fax::Port>();
        qRegisterMetaType<Fax::ServerSettings>();
        qRegisterMetaType<Fax::ReceivedFax>();
        qRegisterMetaType<Fax::Error>();
        qRegisterMetaType<Fax::JobId>("Fax::JobId");
        return true;
    }();
    Q_UNUSED(done);
}

constexpr int MaxReconnectDelayMs = 30000;

} // namespace

HylafaxServer::Private::Private(HylafaxServer *server) : q(server) {}

HylafaxAccount HylafaxServer::Private::account(bool wantAdmin) const
{
    HylafaxAccount a;
    a.host = conn.host;
    a.port = conn.port;
    a.user = conn.user;
    a.password = password;
    a.admin = wantAdmin;
    a.timeoutMs = opt.timeoutMs;
    return a;
}

QString HylafaxServer::Private::settingsGroup() const
{
    // One group per server and user; '/' would make QSettings nest groups.
    return QString::fromLatin1(QStringLiteral("%1@%2:%3")
                                   .arg(conn.user, conn.host)
                                   .arg(conn.port)
                                   .toUtf8()
                                   .toPercentEncoding("@:.-_"));
}

void HylafaxServer::Private::loadSettings()
{
    settings = HylafaxJobDefaults::load(opt.settingsFile, settingsGroup());
}

void HylafaxServer::Private::setState(ConnectionState s)
{
    if (state == s)
        return;
    state = s;
    Q_EMIT q->stateChanged(s);
}

void HylafaxServer::Private::computeCapabilities()
{
    ServerCapabilities c;
    const QString modems = trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX's modems are set up on the "
                                                          "server itself (faxaddmodem, "
                                                          "faxgetty)"));
    c.deny(ServerCapabilities::Feature::AddPorts, modems);
    c.deny(ServerCapabilities::Feature::RemovePorts, modems);
    c.deny(ServerCapabilities::Feature::AnswerCall,
           trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX's faxgetty answers calls by itself")));
    c.deny(ServerCapabilities::Feature::FetchJobDocuments,
           trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX keeps a job's documents in its spool as "
                                          "prepared for sending; they are not fetched back")));
    c.denyJobCommand(JobCommand::Restart,
                     trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX does not send a finished job again; "
                                                    "submit the fax anew")));
    if (!admin) {
        c.deny(ServerCapabilities::Feature::ConfigurePorts,
               adminRefusal.isEmpty()
                   ? trFax(QT_TRANSLATE_NOOP("Fax", "only an administrator may switch HylaFAX's "
                                                    "modems on and off (connect as "
                                                    "administrator)"))
                   : trFax(QT_TRANSLATE_NOOP("Fax", "only an administrator may switch HylaFAX's "
                                                    "modems on and off, and %1"))
                         .arg(adminRefusal));
    }
    // A modem's configuration is in etc/config.<modem> on the server; the protocol can switch
    // it on and off (ENABLE, DISABLE) and nothing else.
    for (const SettingSpec<Port> &spec : SettingsSchema::portSettings()) {
        if (spec.isReadOnly() || spec.key == QLatin1String("send-enabled"))
            continue;
        c.denyPortSetting(spec.key,
                          trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX keeps it in the modem's "
                                                         "configuration on the server "
                                                         "(etc/config.<modem>); its client "
                                                         "protocol cannot change it")));
    }
    // Of a modem's configuration the listings tell its name, its numbers and whether it
    // sends and answers; the rest of a Port would only be Fax Console's defaults.
    for (const char *key : {"manufacturer", "model", "rings", "priority", "baud-rate",
                            "flow-control", "init-string", "modem-class"}) {
        c.hidePortSetting(QLatin1String(key),
                          trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX keeps a modem's serial "
                                                         "speed, flow control, rings and class "
                                                         "in its configuration on the server "
                                                         "(etc/config.<modem>); its client "
                                                         "protocol does not report them")));
    }
    HylafaxJobDefaults::denyServerSettings(&c);
    if (c == caps)
        return;
    caps = c;
    Q_EMIT q->capabilitiesChanged();
}

Result HylafaxServer::Private::checkConnected() const
{
    if (state == ConnectionState::Connected)
        return {};
    return Error::make(Error::Kind::Connection,
                       state == ConnectionState::Connecting && connectedOnce
                           ? trFax(QT_TRANSLATE_NOOP("Fax", "The HylaFAX server %1 is not "
                                                            "reachable now; reconnecting"))
                                 .arg(account(false).display())
                           : trFax(QT_TRANSLATE_NOOP("Fax", "Not connected to the HylaFAX "
                                                            "server %1"))
                                 .arg(account(false).display()));
}

void HylafaxServer::Private::withCommandSession(SessionUser use)
{
    if (command && command->isReady()) {
        commandIdle.restart();
        return use(command, Error());
    }
    waitingForCommand << std::move(use);
    if (command)
        return; // logging in
    command = new HylafaxSession(account(conn.admin), q);
    HylafaxSession *session = command;
    QObject::connect(session, &HylafaxSession::ready, q, [this, session] {
        if (session != command)
            return;
        admin = session->isAdmin();
        adminRefusal = session->adminRefusal();
        computeCapabilities();
        // Idle sessions are closed by hfaxd (IdleTimeout, 15 min by default); ask for an hour
        // (a user may get less) and keep it alive with NOOPs.
        session->connection()->command("IDLE 3600", {});
        commandIdle.restart();
        keepAlive.start();
        const QList<SessionUser> users = std::exchange(waitingForCommand, {});
        for (const SessionUser &u : users) {
            if (session != command)
                break;
            u(session, Error());
        }
    });
    QObject::connect(session, &HylafaxSession::failed, q, [this, session](const Error &e) {
        if (session != command)
            return;
        dropCommandSession(e);
    });
    session->open();
}

void HylafaxServer::Private::dropCommandSession(const Error &why)
{
    keepAlive.stop();
    if (command) {
        HylafaxSession *session = command;
        command = nullptr;
        session->disconnect(q);
        session->close(why);
        session->deleteLater();
    }
    const QList<SessionUser> users = std::exchange(waitingForCommand, {});
    for (const SessionUser &u : users)
        u(nullptr, why);
}

void HylafaxServer::Private::connected(FaxOperation *op)
{
    reconnectTimer.stop();
    reconnectDelay = 0;
    eventRetryDelay = 0;
    connectedOnce = true;
    setState(ConnectionState::Connected);
    Q_EMIT q->connected();
    if (op)
        succeed(op);
    if (opt.liveEvents)
        startEvents();
    schedulePoll();
}

void HylafaxServer::Private::disconnect(bool emitting)
{
    ++generation;
    pollTimer.stop();
    eventTimer.stop();
    reconnectTimer.stop();
    eventRetryTimer.stop();
    stopEvents();
    for (const QPointer<HylafaxSubmission> &s : std::as_const(submissions))
        delete s.data();
    submissions.clear();
    dropCommandSession(Error::make(Error::Kind::Canceled,
                                   trFax(QT_TRANSLATE_NOOP("Fax", "The connection to the HylaFAX "
                                                                  "server was closed"))));
    reading = false;
    pendingPlan = ReadPlan();
    const QList<std::function<void(const Result &)>> waiting = std::exchange(pendingDone, {});
    for (const auto &w : waiting)
        w(Error::make(Error::Kind::Canceled, QString()));
    liveDevice.clear();
    aborting.clear();
    submittedExtras.clear();
    sendEnabled.clear();
    connectedOnce = false;
    q->cache().clear();
    const bool was = state != ConnectionState::Disconnected;
    state = ConnectionState::Disconnected;
    if (emitting && was) {
        Q_EMIT q->stateChanged(state);
        Q_EMIT q->disconnected();
    }
}

void HylafaxServer::Private::lost(const Error &error)
{
    if (state != ConnectionState::Connected)
        return;
    // Keep what is known (the views show it) until the server is back; then read it anew.
    stopEvents();
    pollTimer.stop();
    dropCommandSession(error);
    setState(ConnectionState::Connecting);
    Q_EMIT q->errorOccurred(error);
    reconnectDelay = opt.reconnectDelayMs;
    reconnectTimer.start(reconnectDelay);
}

void HylafaxServer::Private::reconnect()
{
    if (state != ConnectionState::Connecting || !connectedOnce)
        return;
    const quint64 gen = generation;
    withCommandSession([this, gen](HylafaxSession *session, const Error &error) {
        if (gen != generation || state != ConnectionState::Connecting)
            return;
        if (!session) {
            reconnectDelay = qMin(reconnectDelay * 2, MaxReconnectDelayMs);
            reconnectTimer.start(reconnectDelay);
            Q_UNUSED(error);
            return;
        }
        readAll([this, gen](const Result &r) {
            if (gen != generation || state != ConnectionState::Connecting)
                return;
            if (!r) {
                reconnectDelay = qMin(reconnectDelay * 2, MaxReconnectDelayMs);
                reconnectTimer.start(reconnectDelay);
                return;
            }
            connected(nullptr);
        });
    });
}

HylafaxServer::HylafaxServer(const ConnectionSettings &settings, QObject *parent)
    : HylafaxServer(settings, Options(), parent)
{
}

HylafaxServer::HylafaxServer(const ConnectionSettings &settings, const Options &options,
                             QObject *parent)
    : FaxServer(parent), d(std::make_unique<Private>(this))
{
    registerMetaTypes();
    d->conn = settings;
    d->conn.kind = ServerKind::Hylafax;
    d->opt = options;
    if (d->opt.settingsFile.isEmpty())
        d->opt.settingsFile =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
            QStringLiteral("/faxconsole/hylafax.ini");
    if (d->opt.downloadDirectory.isEmpty())
        d->opt.downloadDirectory =
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
            QStringLiteral("/faxconsole/hylafax/") + d->settingsGroup();
    d->loadSettings();
    d->computeCapabilities();
    d->keepAlive.setInterval(qMax(1000, options.keepAliveMs));
    QObject::connect(&d->keepAlive, &QTimer::timeout, this, [this] {
        if (d->command && d->command->isReady() && !d->command->connection()->isBusy())
            d->command->connection()->command("NOOP", {});
    });
    d->pollTimer.setSingleShot(true);
    QObject::connect(&d->pollTimer, &QTimer::timeout, this, [this] { refresh(); });
    d->eventTimer.setSingleShot(true);
    QObject::connect(&d->eventTimer, &QTimer::timeout, this, [this] { d->runReading(); });
    d->reconnectTimer.setSingleShot(true);
    QObject::connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { d->reconnect(); });
    d->eventRetryTimer.setSingleShot(true);
    QObject::connect(&d->eventRetryTimer, &QTimer::timeout, this, [this] {
        if (d->state == ConnectionState::Connected && d->opt.liveEvents)
            d->startEvents();
    });
}

HylafaxServer::~HylafaxServer()
{
    abandonOperations(Error::make(Error::Kind::Canceled,
                                  trFax(QT_TRANSLATE_NOOP("Fax", "The connection to the HylaFAX "
                                                                 "server %1 was closed before "
                                                                 "this finished"))
                                      .arg(d->account(false).display())),
                      true);
    d->disconnect(false);
}

ConnectionSettings HylafaxServer::connectionSettings() const
{
    ConnectionSettings s = d->conn;
    s.password.clear();
    return s;
}

ConnectionState HylafaxServer::state() const
{
    return d->state;
}

ServerCapabilities HylafaxServer::capabilities() const
{
    return d->caps;
}

bool HylafaxServer::hasLiveEvents() const
{
    return d->live;
}

bool HylafaxServer::isAdministrator() const
{
    return d->admin;
}

void HylafaxServer::startConnect(FaxOperation *op)
{
    if (d->state != ConnectionState::Disconnected) {
        fail(op, Error::make(Error::Kind::Connection,
                             trFax(QT_TRANSLATE_NOOP("Fax", "The connection to the HylaFAX server "
                                                            "%1 is being made already"))
                                 .arg(d->account(false).display())));
        return;
    }
    d->setState(ConnectionState::Connecting);
    d->loadSettings();
    const quint64 gen = ++d->generation;
    QPointer<FaxOperation> operation(op);
    const auto failed = [this, gen, operation](const Error &e) {
        if (gen != d->generation)
            return;
        const bool wasConnecting = d->state != ConnectionState::Disconnected;
        d->disconnect(false);
        if (wasConnecting)
            Q_EMIT stateChanged(ConnectionState::Disconnected);
        Q_EMIT errorOccurred(e);
        if (operation)
            fail(operation, e);
    };
    PasswordStore::lookup(d->conn, [this, gen, operation, failed](const QString &password,
                                                                  PasswordStore::Source,
                                                                  const QString &) {
        if (gen != d->generation)
            return;
        d->password = password;
        d->withCommandSession(
            [this, gen, operation, failed](HylafaxSession *session, const Error &error) {
                if (gen != d->generation)
                    return;
                if (!session)
                    return failed(error);
                d->readAll([this, gen, operation, failed](const Result &r) {
                    if (gen != d->generation)
                        return;
                    if (!r)
                        return failed(r.error());
                    d->connected(operation);
                });
            });
    });
}

void HylafaxServer::disconnectFromServer()
{
    if (d->state == ConnectionState::Disconnected)
        return;
    abandonOperations(Error::make(Error::Kind::Canceled,
                                  trFax(QT_TRANSLATE_NOOP("Fax", "The connection to the HylaFAX "
                                                                 "server %1 was closed before "
                                                                 "this finished"))
                                      .arg(d->account(false).display())),
                      false);
    d->disconnect(true);
}

void HylafaxServer::startSetSettings(FaxOperation *op, const ServerSettings &settings)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    if (Result r = SettingsSchema::validate(settings); !r)
        return fail(op, r.error());
    if (Result r = HylafaxJobDefaults::check(settings); !r)
        return fail(op, r.error());
    // Only this client's job defaults change; the server's own stay as read.
    ServerSettings stored = this->settings();
    for (const QString &key : HylafaxJobDefaults::clientKeys()) {
        const SettingSpec<ServerSettings> *spec = SettingsSchema::serverSetting(key);
        if (spec)
            spec->set(stored, spec->get(settings));
    }
    if (Result r = HylafaxJobDefaults::save(d->opt.settingsFile, d->settingsGroup(), stored); !r)
        return fail(op, r.error());
    d->settings = stored;
    cache().applySettings(stored);
    succeed(op);
}

} // namespace Fax
