// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolesession.h"

#include "actionregistry.h"
#include "connectionprofiles.h"
#include "dialogrunner.h"
#include "jobqueuemodel.h"
#include "messagesink.h"
#include "modelformat.h"
#include "operationfeedback.h"
#include "portlistmodel.h"
#include "receivedfaxmodel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QPointer>
#include <QScopedValueRollback>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace Fax {

namespace {

QString recipientText(const Job &job)
{
    return ModelFormat::recipient(job);
}

QString senderText(const ReceivedFax &fax)
{
    if (!fax.tsid.isEmpty())
        return fax.tsid;
    if (!fax.callerId.isEmpty())
        return fax.callerId;
    return ConsoleSession::tr("an unknown sender");
}

} // namespace

ConsoleSession::ConsoleSession(MessageSink *messages, DialogRunner *dialogs,
                               ConnectionProfiles *profiles, const QString &settingsFile,
                               QObject *parent)
    : QObject(parent), m_messages(messages ? messages : DialogMessageSink::instance()),
      m_dialogs(dialogs ? dialogs : DialogRunner::standard()),
      m_ownProfiles(profiles ? nullptr : std::make_unique<ConnectionProfiles>()),
      m_profiles(profiles ? profiles : m_ownProfiles.get()),
      m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat)),
      m_actions(new ActionRegistry(this)), m_jobModel(new JobQueueModel(this)),
      m_portModel(new PortListModel(this)), m_faxModel(new ReceivedFaxModel(this)),
      m_activity(new ActivityLogModel(this))
{
    qRegisterMetaType<Fax::ConsoleNotification>();
    connect(m_faxModel, &QAbstractItemModel::modelReset, this, &ConsoleSession::restoreUnread);
    connect(m_faxModel, &ReceivedFaxModel::unreadChanged, this, &ConsoleSession::storeUnread);
}

ConsoleSession::~ConsoleSession()
{
    // Detach the models first so the server's last signals reach no half-destroyed view; the
    // Inbox emptied on the way is not what the user left unread.
    m_quietUnread = true;
    m_jobModel->setServer(nullptr);
    m_portModel->setServer(nullptr);
    m_faxModel->setServer(nullptr);
    if (m_server) {
        disconnect(m_server.get(), nullptr, this, nullptr);
        // Operations still running end with the server; nobody is left to hear how.
        for (FaxOperation *op : m_server->findChildren<FaxOperation *>())
            op->disconnect();
    }
    m_server.reset();
}

bool ConsoleSession::connectTo(const ConnectionSettings &settings, QWidget *parent)
{
    Error error;
    std::unique_ptr<FaxServer> server = createServer(settings, &error);
    if (!server) {
        const QString name =
            settings.profileName.isEmpty() ? settings.toUrl() : settings.profileName;
        m_messages->showError(parent, tr("Cannot connect to %1").arg(name),
                              error.message.isEmpty()
                                  ? tr("%1: this kind of server is not available.").arg(name)
                                  : error.message);
        return false;
    }
    setServer(std::move(server));
    return m_server && m_server->state() != ConnectionState::Disconnected;
}

void ConsoleSession::setServer(std::unique_ptr<FaxServer> server)
{
    {
        // The old server's unread faxes stay remembered as they were.
        const QScopedValueRollback quiet(m_quietUnread, true);
        m_jobModel->setServer(nullptr);
        m_portModel->setServer(nullptr);
        m_faxModel->setServer(nullptr);
    }
    if (m_server) {
        disconnect(m_server.get(), nullptr, this, nullptr);
        if (m_lastState != ConnectionState::Disconnected)
            m_activity->add(ActivityKind::Info, tr("Disconnected from %1").arg(serverName()));
    }
    m_server = std::move(server);
    m_jobStatus.clear();
    m_portStates.clear();
    m_lastState = ConnectionState::Disconnected;
    if (m_server)
        followServer(m_server.get());
    Q_EMIT serverChanged();
    Q_EMIT connectionChanged();
}

void ConsoleSession::followServer(FaxServer *s)
{
    connect(s, &FaxServer::stateChanged, this, &ConsoleSession::serverStateChanged);
    connect(s, &FaxServer::errorOccurred, this, [this, s](const Error &error) {
        m_activity->add(ActivityKind::Error, error.message);
        bool handled = false;
        if (s->state() != ConnectionState::Connected) {
            m_connectionError = error.message;
            Q_EMIT connectionFailed(error, &handled);
        }
        if (!handled)
            m_messages->showError(nullptr, tr("Fax server %1").arg(serverName()), error.message);
    });
    connect(s, &FaxServer::jobAdded, this, &ConsoleSession::jobAdded);
    connect(s, &FaxServer::jobChanged, this, &ConsoleSession::jobChanged);
    connect(s, &FaxServer::jobRemoved, this, &ConsoleSession::jobRemoved);
    connect(s, &FaxServer::receivedFaxAdded, this, &ConsoleSession::faxAdded);
    connect(s, &FaxServer::portAdded, this, &ConsoleSession::portChanged);
    connect(s, &FaxServer::portChanged, this, &ConsoleSession::portChanged);
    connect(s, &FaxServer::capabilitiesChanged, m_actions, &ActionRegistry::updateRouted);
    m_jobModel->setServer(s);
    m_portModel->setServer(s);
    m_faxModel->setServer(s);
    if (s->state() == ConnectionState::Disconnected)
        s->connectToServer();
    else
        serverStateChanged(s->state());
}

void ConsoleSession::disconnectFromServer()
{
    if (m_server)
        m_server->disconnectFromServer();
    setServer(nullptr);
}

bool ConsoleSession::isConnected() const
{
    return m_server && m_server->state() == ConnectionState::Connected;
}

QString ConsoleSession::serverName() const
{
    if (!m_server)
        return {};
    return ConnectionProfiles::displayName(m_server->connectionSettings());
}

void ConsoleSession::serverStateChanged(ConnectionState state)
{
    if (state == m_lastState)
        return;
    m_lastState = state;
    if (state == ConnectionState::Connected) {
        m_connectionError.clear();
        rememberJobs();
        m_activity->add(ActivityKind::Info,
                        tr("Connected to %1 — %2").arg(serverName(), m_server->displayLocation()));
    } else if (state == ConnectionState::Disconnected) {
        m_activity->add(ActivityKind::Warning, tr("Disconnected from %1").arg(serverName()));
    }
    m_actions->updateRouted();
    Q_EMIT connectionChanged();
}

void ConsoleSession::rememberJobs()
{
    m_jobStatus.clear();
    m_portStates.clear();
    if (!m_server)
        return;
    for (const Job &job : m_server->jobs())
        m_jobStatus.insert(job.id, job.queueStatus);
    for (const Port &port : m_server->ports())
        m_portStates.insert(port.name, port.state);
}

void ConsoleSession::jobAdded(const Job &job)
{
    m_jobStatus.insert(job.id, job.queueStatus);
    if (job.type == JobType::Send)
        m_activity->add(ActivityKind::Info,
                        tr("Job %1 to %2 was queued").arg(job.id).arg(recipientText(job)),
                        ActivityTarget::job(job.id));
}

void ConsoleSession::jobChanged(const Job &job)
{
    const auto it = m_jobStatus.find(job.id);
    const bool known = it != m_jobStatus.end();
    const QueueStatus before = known ? *it : QueueStatus::Pending;
    m_jobStatus.insert(job.id, job.queueStatus);
    if ((known && before == job.queueStatus) || job.type != JobType::Send)
        return;
    const QString to = recipientText(job);
    const ActivityTarget target = ActivityTarget::job(job.id);
    switch (job.queueStatus) {
    case QueueStatus::Completed:
        notify(ActivityKind::Success, tr("Fax sent"),
               job.pagesTotal == 1
                   ? tr("Job %1 to %2: 1 page sent").arg(job.id).arg(to)
                   : tr("Job %1 to %2: %3 pages sent").arg(job.id).arg(to).arg(job.pagesTotal),
               target);
        break;
    case QueueStatus::Failed:
    case QueueStatus::RetriesExceeded:
        notify(ActivityKind::Error, tr("Fax not sent"),
               job.lastError.isEmpty()
                   ? tr("Job %1 to %2: %3").arg(job.id).arg(to, displayName(job.queueStatus))
                   : tr("Job %1 to %2: %3 (%4)")
                         .arg(job.id)
                         .arg(to, displayName(job.queueStatus), job.lastError),
               target);
        break;
    case QueueStatus::Retrying:
        m_activity->add(
            ActivityKind::Warning,
            job.nextAttempt.isValid()
                ? tr("Job %1 to %2 will be tried again at %3: %4")
                      .arg(job.id)
                      .arg(to, ModelFormat::dateTime(job.nextAttempt), job.lastError)
                : tr("Job %1 to %2 will be tried again: %3").arg(job.id).arg(to, job.lastError),
            target);
        break;
    case QueueStatus::InProgress:
        m_activity->add(ActivityKind::Info,
                        job.port.isEmpty()
                            ? tr("Sending job %1 to %2").arg(job.id).arg(to)
                            : tr("Sending job %1 to %2 on port %3").arg(job.id).arg(to, job.port),
                        target);
        break;
    case QueueStatus::Canceled:
        m_activity->add(ActivityKind::Info, tr("Job %1 to %2 was canceled").arg(job.id).arg(to),
                        target);
        break;
    case QueueStatus::Paused:
        m_activity->add(ActivityKind::Info, tr("Job %1 to %2 was paused").arg(job.id).arg(to),
                        target);
        break;
    default:
        break;
    }
}

void ConsoleSession::jobRemoved(JobId id)
{
    if (m_jobStatus.remove(id))
        m_activity->add(ActivityKind::Info, tr("Job %1 was deleted").arg(id));
}

void ConsoleSession::faxAdded(const ReceivedFax &fax)
{
    const QString from = senderText(fax);
    const QString pages = fax.pages == 1 ? tr("1 page") : tr("%1 pages").arg(fax.pages);
    // A HylaFAX server does not say which of its modems took a fax.
    const bool port = !fax.port.isEmpty();
    if (fax.partial)
        notify(ActivityKind::Warning, tr("Fax received in part"),
               port ? tr("From %1 on port %2: %3; the call ended early").arg(from, fax.port, pages)
                    : tr("From %1: %2; the call ended early").arg(from, pages),
               ActivityTarget::fax(fax.id),
               port
                   ? tr("Fax received in part from %1 on port %2: %3; the call ended early")
                         .arg(from, fax.port, pages)
                   : tr("Fax received in part from %1: %2; the call ended early").arg(from, pages));
    else
        notify(ActivityKind::Success, tr("Fax received"),
               port ? tr("From %1 on port %2: %3").arg(from, fax.port, pages)
                    : tr("From %1: %2").arg(from, pages),
               ActivityTarget::fax(fax.id),
               port ? tr("Fax received from %1 on port %2: %3").arg(from, fax.port, pages)
                    : tr("Fax received from %1: %2").arg(from, pages));
}

void ConsoleSession::portChanged(const Port &port)
{
    const PortState before = m_portStates.value(port.name, PortState::Idle);
    m_portStates.insert(port.name, port.state);
    if (before == port.state)
        return;
    if (port.state == PortState::Error)
        m_activity->add(ActivityKind::Error,
                        tr("Port %1: %2")
                            .arg(port.name, port.stateText.isEmpty() ? displayName(port.state)
                                                                     : port.stateText),
                        ActivityTarget::port(port.name));
    else if (port.state == PortState::Ringing)
        m_activity->add(ActivityKind::Info, tr("Port %1 is ringing").arg(port.name),
                        ActivityTarget::port(port.name));
    else if (before == PortState::Error)
        m_activity->add(ActivityKind::Info,
                        tr("Port %1 is %2 again").arg(port.name, displayName(port.state).toLower()),
                        ActivityTarget::port(port.name));
}

void ConsoleSession::notify(ActivityKind kind, const QString &title, const QString &text,
                            const ActivityTarget &target, const QString &logText)
{
    m_activity->add(kind, logText.isEmpty() ? text : logText, target);
    Q_EMIT notification(ConsoleNotification{kind, title, text, target});
}

void ConsoleSession::startSend(const FaxDocument &document, QWidget *parent)
{
    if (m_sendFlow) {
        m_sendFlow(document, parent);
        return;
    }
    // Until the Send Fax Wizard is there: the document as it is, after the user agreed.
    if (!isConnected()) {
        m_messages->showError(parent, tr("Cannot send the fax"),
                              tr("The console is not connected to a fax server."));
        return;
    }
    QStringList to;
    for (const Party &p : document.recipients)
        to << (p.name.isEmpty() ? p.faxNumber : tr("%1 (%2)").arg(p.name, p.faxNumber));
    if (!m_messages->confirm(
            parent, tr("Send fax"),
            tr("Send %n document(s) again to %1 now?", nullptr, int(document.files.size()))
                .arg(to.join(QStringLiteral(", ")))))
        return;
    SubmitOperation *op = m_server->submit(document);
    OperationFeedback::reportFailure(op, parent, m_messages, tr("Cannot send the fax"));
    connect(op, &FaxOperation::failed, this, [this](const Error &error) {
        if (error.kind != Error::Kind::Canceled)
            m_activity->add(ActivityKind::Error,
                            tr("The fax was not queued: %1").arg(error.message));
    });
}

void ConsoleSession::setRead(qint64 faxId, bool read)
{
    m_faxModel->setUnread(faxId, !read);
}

QString ConsoleSession::unreadKey() const
{
    if (!m_server)
        return {};
    const QByteArray where =
        (m_server->connectionSettings().toUrl() + u'|' + m_server->displayLocation()).toUtf8();
    return QStringLiteral("inbox/") +
           QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha1).toHex());
}

void ConsoleSession::restoreUnread()
{
    // An Inbox emptied while the session goes or changes servers says nothing of what was read.
    if (!isConnected() || m_quietUnread)
        return;
    const QString key = unreadKey();
    QSet<qint64> unread;
    if (m_settings->contains(key + QStringLiteral("/lastSeen"))) {
        // Faxes that came while the console was away are new to its user, and what was left
        // unread stays so.
        const qint64 lastSeen = m_settings->value(key + QStringLiteral("/lastSeen")).toLongLong();
        const QStringList ids = m_settings->value(key + QStringLiteral("/unread")).toStringList();
        for (const QString &id : ids)
            unread.insert(id.toLongLong());
        for (int row = 0; row < m_faxModel->rowCount(); ++row) {
            if (m_faxModel->faxAt(row)->id > lastSeen)
                unread.insert(m_faxModel->faxAt(row)->id);
        }
    }
    // The first time a server is seen, what it holds counts as read.
    {
        const QScopedValueRollback quiet(m_quietUnread, true);
        m_faxModel->setUnreadIds(unread);
    }
    storeUnread();
}

void ConsoleSession::storeUnread()
{
    if (!isConnected() || m_quietUnread)
        return;
    const QString key = unreadKey();
    qint64 lastSeen = m_settings->value(key + QStringLiteral("/lastSeen"), 0).toLongLong();
    for (int row = 0; row < m_faxModel->rowCount(); ++row)
        lastSeen = std::max(lastSeen, m_faxModel->faxAt(row)->id);
    QStringList ids;
    for (qint64 id : m_faxModel->unreadIds())
        ids << QString::number(id);
    ids.sort();
    m_settings->setValue(key + QStringLiteral("/lastSeen"), lastSeen);
    m_settings->setValue(key + QStringLiteral("/unread"), ids);
}

QString ConsoleSession::workFolder() const
{
    if (!m_work) {
        m_work = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                 QStringLiteral("/faxconsole-XXXXXX"));
    }
    return m_work->isValid() ? m_work->path() : QDir::tempPath();
}

} // namespace Fax
