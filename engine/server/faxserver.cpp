// SPDX-License-Identifier: GPL-3.0-or-later
// FaxServer's common half: operations are made here, refused here when the backend cannot do
// them, and handed to the backend's start*() otherwise.
#include "faxserver.h"

#include "core/settingskeys.h"
#include "core/settingsschema.h"

#include <QCoreApplication>
#include <QPointer>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

QString commandDescription(JobCommand command, JobId id)
{
    switch (command) {
    case JobCommand::Pause:
        return trFax(QT_TRANSLATE_NOOP("Fax", "pause job %1")).arg(id);
    case JobCommand::Resume:
        return trFax(QT_TRANSLATE_NOOP("Fax", "resume job %1")).arg(id);
    case JobCommand::Cancel:
        return trFax(QT_TRANSLATE_NOOP("Fax", "cancel job %1")).arg(id);
    case JobCommand::Restart:
        return trFax(QT_TRANSLATE_NOOP("Fax", "restart job %1")).arg(id);
    }
    return QString();
}

} // namespace

FaxServer::FaxServer(QObject *parent) : QObject(parent), m_cache(this)
{
    qRegisterMetaType<Fax::Error>();
    qRegisterMetaType<Fax::ServerCapabilities>();
}

FaxServer::~FaxServer()
{
    // Backends abandon their operations while they are still whole; this catches the rest.
    abandonOperations(Error::make(Error::Kind::Canceled,
                                  trFax(QT_TRANSLATE_NOOP("Fax", "The fax server connection was "
                                                                 "closed before this finished"))),
                      true);
}

QString FaxServer::displayLocation() const
{
    const ConnectionSettings s = connectionSettings();
    if (s.kind == ServerKind::Local)
        return s.dataDirectory.isEmpty() ? defaultDataDirectory() : s.dataDirectory;
    return QStringLiteral("%1:%2").arg(s.host).arg(s.port);
}

template <typename Op, typename... Args>
Op *FaxServer::makeOperation(const QString &what, Args... args)
{
    return new Op(what, args..., this);
}

Error FaxServer::unsupported(const FaxOperation *op, const QString &reason) const
{
    const QString who = connectionSettings().toUrl();
    return Error::make(
        Error::Kind::Unsupported,
        reason.isEmpty()
            ? trFax(QT_TRANSLATE_NOOP("Fax", "%1 cannot %2")).arg(who, op->description())
            : trFax(QT_TRANSLATE_NOOP("Fax", "%1 cannot %2: %3"))
                  .arg(who, op->description(), reason));
}

bool FaxServer::refuse(FaxOperation *op, ServerCapabilities::Feature feature)
{
    const ServerCapabilities caps = capabilities();
    if (caps.can(feature))
        return false;
    fail(op, unsupported(op, caps.reason(feature)));
    return true;
}

FaxOperation *FaxServer::connectToServer()
{
    auto *op = makeOperation<FaxOperation>(
        trFax(QT_TRANSLATE_NOOP("Fax", "connect to %1")).arg(connectionSettings().toUrl()));
    if (state() == ConnectionState::Connected)
        succeed(op);
    else
        startConnect(op);
    return op;
}

FaxOperation *FaxServer::setSettings(const ServerSettings &settings)
{
    auto *op =
        makeOperation<FaxOperation>(trFax(QT_TRANSLATE_NOOP("Fax", "change the server settings")));
    if (refuse(op, ServerCapabilities::Feature::ChangeSettings))
        return op;
    // Only what changes needs to be changeable: a settings page sends everything back.
    const ServerCapabilities caps = capabilities();
    const QList<SettingKey> before = SettingsKeys::list(this->settings());
    const QList<SettingKey> after = SettingsKeys::list(settings);
    for (const SettingKey &key : after) {
        const std::optional<SettingKey> old = SettingsKeys::find(before, key.key);
        if (old && old->text == key.text)
            continue;
        if (!caps.canChangeSetting(key.key)) {
            fail(op, Error::make(Error::Kind::Unsupported,
                                 trFax(QT_TRANSLATE_NOOP("Fax", "%1 cannot change the setting %2: "
                                                                "%3"))
                                     .arg(connectionSettings().toUrl(), key.key,
                                          caps.settingReason(key.key))));
            return op;
        }
    }
    startSetSettings(op, settings);
    return op;
}

SubmitOperation *FaxServer::submit(const FaxDocument &document)
{
    auto *op = makeOperation<SubmitOperation>(trFax(QT_TRANSLATE_NOOP("Fax", "submit a fax")));
    if (!refuse(op, ServerCapabilities::Feature::Submit))
        startSubmit(op, document);
    return op;
}

FaxOperation *FaxServer::jobCommand(JobId id, JobCommand command)
{
    auto *op = makeOperation<FaxOperation>(commandDescription(command, id));
    if (refuse(op, ServerCapabilities::Feature::JobControl))
        return op;
    const ServerCapabilities caps = capabilities();
    if (!caps.canRunJobCommand(command)) {
        fail(op, unsupported(op, caps.jobCommandReason(command)));
        return op;
    }
    startJobCommand(op, id, command);
    return op;
}

FaxOperation *FaxServer::removeJob(JobId id)
{
    auto *op =
        makeOperation<FaxOperation>(trFax(QT_TRANSLATE_NOOP("Fax", "remove job %1")).arg(id));
    if (!refuse(op, ServerCapabilities::Feature::RemoveJobs))
        startRemoveJob(op, id);
    return op;
}

FaxOperation *FaxServer::addPort(const Port &port)
{
    auto *op = makeOperation<FaxOperation>(
        trFax(QT_TRANSLATE_NOOP("Fax", "add port %1")).arg(port.name.trimmed()));
    if (!refuse(op, ServerCapabilities::Feature::AddPorts))
        startAddPort(op, port);
    return op;
}

FaxOperation *FaxServer::updatePort(const Port &port)
{
    auto *op = makeOperation<FaxOperation>(
        trFax(QT_TRANSLATE_NOOP("Fax", "change port %1")).arg(port.name));
    if (refuse(op, ServerCapabilities::Feature::ConfigurePorts))
        return op;
    // Only what changes needs to be changeable: a port page sends every field back.
    const ServerCapabilities caps = capabilities();
    if (const std::optional<Port> before = m_cache.port(port.name)) {
        for (const SettingSpec<Port> &spec : SettingsSchema::portSettings()) {
            if (spec.isReadOnly() || spec.get(port) == spec.get(*before) ||
                caps.canChangePortSetting(spec.key))
                continue;
            fail(op, Error::make(Error::Kind::Unsupported,
                                 trFax(QT_TRANSLATE_NOOP("Fax", "%1 cannot change the setting %2 "
                                                                "of port %3: %4"))
                                     .arg(connectionSettings().toUrl(), spec.key, port.name,
                                          caps.portSettingReason(spec.key))));
            return op;
        }
    }
    startUpdatePort(op, port);
    return op;
}

FaxOperation *FaxServer::removePort(const QString &name)
{
    auto *op =
        makeOperation<FaxOperation>(trFax(QT_TRANSLATE_NOOP("Fax", "remove port %1")).arg(name));
    if (!refuse(op, ServerCapabilities::Feature::RemovePorts))
        startRemovePort(op, name);
    return op;
}

FaxOperation *FaxServer::answerCall(const QString &portName)
{
    auto *op = makeOperation<FaxOperation>(
        trFax(QT_TRANSLATE_NOOP("Fax", "answer a call on port %1 by hand")).arg(portName));
    if (!refuse(op, ServerCapabilities::Feature::AnswerCall))
        startAnswerCall(op, portName);
    return op;
}

FetchOperation *FaxServer::fetchReceivedFax(qint64 id)
{
    auto *op = makeOperation<FetchOperation>(
        trFax(QT_TRANSLATE_NOOP("Fax", "fetch received fax %1")).arg(id), id);
    if (!refuse(op, ServerCapabilities::Feature::FetchReceivedFaxes))
        startFetchReceivedFax(op, id);
    return op;
}

JobDocumentOperation *FaxServer::fetchJobDocument(JobId id)
{
    auto *op = makeOperation<JobDocumentOperation>(
        trFax(QT_TRANSLATE_NOOP("Fax", "fetch the documents of job %1")).arg(id), id);
    if (!refuse(op, ServerCapabilities::Feature::FetchJobDocuments))
        startFetchJobDocument(op, id);
    return op;
}

void FaxServer::startFetchJobDocument(JobDocumentOperation *op, JobId)
{
    fail(op, unsupported(op, QString()));
}

void FaxServer::startAddPort(FaxOperation *op, const Port &)
{
    fail(op, unsupported(op, QString()));
}

void FaxServer::startUpdatePort(FaxOperation *op, const Port &)
{
    fail(op, unsupported(op, QString()));
}

void FaxServer::startRemovePort(FaxOperation *op, const QString &)
{
    fail(op, unsupported(op, QString()));
}

void FaxServer::startAnswerCall(FaxOperation *op, const QString &)
{
    fail(op, unsupported(op, QString()));
}

void FaxServer::succeed(FaxOperation *op)
{
    op->postResult(Error());
}

void FaxServer::succeed(SubmitOperation *op, const QList<JobId> &ids, JobId group)
{
    if (op->isFinished() || op->m_pending)
        return;
    op->m_ids = ids;
    op->m_group = group;
    op->postResult(Error());
}

void FaxServer::succeed(FetchOperation *op, const QString &file)
{
    if (op->isFinished() || op->m_pending)
        return;
    op->m_file = file;
    op->postResult(Error());
}

void FaxServer::succeed(JobDocumentOperation *op, const FaxDocument &document)
{
    if (op->isFinished() || op->m_pending)
        return;
    op->m_document = document;
    op->postResult(Error());
}

void FaxServer::fail(FaxOperation *op, const Error &error)
{
    op->postResult(error);
}

void FaxServer::finish(FaxOperation *op, const Result &result)
{
    op->postResult(result.error());
}

void FaxServer::reportProgress(FaxOperation *op, qint64 done, qint64 total, const QString &text)
{
    op->postProgress(done, total, text);
}

void FaxServer::setCancelHandler(FaxOperation *op, std::function<void()> handler)
{
    op->setCancelHandler(std::move(handler));
}

void FaxServer::abandonOperations(const Error &error, bool immediately)
{
    QList<QPointer<FaxOperation>> ops;
    for (FaxOperation *op : findChildren<FaxOperation *>(Qt::FindDirectChildrenOnly))
        ops << op;
    for (FaxOperation *op : std::as_const(ops)) {
        if (op->m_state != FaxOperation::State::Running)
            continue;
        if (!op->m_pending) {
            // Work that can still be stopped is stopped; nobody will take its result.
            if (op->m_cancelHandler)
                std::exchange(op->m_cancelHandler, {})();
            op->postResult(error);
        }
    }
    if (!immediately)
        return;
    for (const QPointer<FaxOperation> &op : std::as_const(ops)) {
        if (op)
            op->deliver(); // a receiver may have deleted it
    }
}

} // namespace Fax
