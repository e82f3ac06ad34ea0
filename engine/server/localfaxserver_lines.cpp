// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatching role of the local engine: taking the engine lock, recovering what a dead
// dispatcher left, sweeping orphans, keeping one line per port and publishing port states.
#include "localfaxserver_p.h"

#include "imaging/faxtiff.h"

#include "modem/modemline.h"
#include "queue/spool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Fax {

using namespace LocalServerDetail;

namespace {

// What a line is made from: a change to any of it needs a new line.
bool sameLineConfig(const Port &a, const Port &b)
{
    return a.devicePath == b.devicePath && a.rings == b.rings && a.csid == b.csid &&
           a.receiveMode == b.receiveMode && a.baudRate == b.baudRate &&
           a.flowControl == b.flowControl && a.initString == b.initString &&
           a.modemClass == b.modemClass;
}

} // namespace

LineFactory *LocalFaxServer::Private::lineFactory()
{
    if (opt.lineFactory)
        return opt.lineFactory;
    if (!defaultLineFactory) {
        auto modems = std::make_unique<ModemLineFactory>();
        modems->setUsePortSettings(true);
        defaultLineFactory = std::move(modems);
    }
    return defaultLineFactory.get();
}

QString LocalFaxServer::Private::receivedDirectory() const
{
    return dataDir + QStringLiteral("/received");
}

void LocalFaxServer::Private::tryBecomeDispatcher()
{
    if (dispatcher || !opt.runScheduler || state != ConnectionState::Connected)
        return;
    if (!lock) {
        lock = std::make_unique<QLockFile>(dataDir + QStringLiteral("/engine.lock"));
        lock->setStaleLockTime(0); // a live holder keeps it; a dead one is detected by pid
    }
    if (!lock->tryLock(0))
        return;
    dispatcher = true;
    pollChanges(true);
    recoverInterrupted();
    syncLines();
    deviceRecheck.start();
    sweepOrphans();
    schedulePass();
}

Result LocalFaxServer::Private::interruptJob(Job &job, bool &cancel)
{
    if (job.queueStatus != QueueStatus::InProgress)
        return Error::make(Error::Kind::NotPermitted, QString());
    const QDateTime t = now();
    if (cancel) {
        job.queueStatus = QueueStatus::Canceled;
        job.finished = t;
        job.lastError =
            trFax(QT_TRANSLATE_NOOP("Fax", "Canceled. The call was interrupted; %1 of %2 "
                                           "pages were confirmed, delivery of the remaining "
                                           "pages is unconfirmed."))
                .arg(job.pagesSent)
                .arg(job.pagesTotal);
    } else {
        job.lastError =
            trFax(QT_TRANSLATE_NOOP("Fax", "The call on port %1 was interrupted before it "
                                           "finished; %2 of %3 pages were confirmed, delivery "
                                           "of the remaining pages is unconfirmed."))
                .arg(job.port)
                .arg(job.pagesSent)
                .arg(job.pagesTotal);
        if (job.tries >= settings().retries + 1) {
            job.queueStatus = QueueStatus::RetriesExceeded;
            job.finished = t;
        } else {
            job.queueStatus = QueueStatus::Retrying;
            job.nextAttempt = t.addSecs(qint64(settings().retryDelay) * 60);
        }
    }
    job.deviceStatus = DeviceStatus::Disconnected;
    cancel = false;
    return {};
}

// Jobs a dead dispatcher left in progress: never silently sent twice, never lost.
void LocalFaxServer::Private::recoverInterrupted()
{
    QList<JobId> ids;
    for (const Job &job : jobs()) {
        if (job.queueStatus == QueueStatus::InProgress && !calls.contains(job.id))
            ids << job.id;
    }
    if (ids.isEmpty())
        return;
    const auto changed = store->modifyJobs(
        ids, [this](Job &job, bool &cancel) { return interruptJob(job, cancel); }, false);
    if (!changed)
        report(changed.error());
    applyJobs(changed);
}

void LocalFaxServer::Private::sweepOrphans()
{
    orphanSweep.restart();
    const Expected<QSet<QString>> referenced = store->referencedSpoolFolders();
    if (referenced)
        Spool::removeOrphans(store->spoolDirectory(), *referenced, OrphanAgeSecs);
    // Records of removals only help readers catch up; a reader further behind reloads all.
    if (const Expected<int> pruned = store->pruneTombstones(KeptTombstones); !pruned)
        report(pruned.error());
}

bool LocalFaxServer::Private::portBusy(const QString &name) const
{
    for (const CallInfo &info : calls) {
        if (info.port == name)
            return true;
    }
    return false;
}

void LocalFaxServer::Private::syncLines()
{
    if (!dispatcher)
        return;
    for (auto it = lines.begin(); it != lines.end();) {
        const bool gone = !ports().contains(it->first);
        const bool changed = !gone && !sameLineConfig(it->second.config, ports().value(it->first));
        if ((gone || changed) && !portBusy(it->first))
            it = discardLine(it);
        else
            ++it;
    }
    for (const Port &port : ports()) {
        if (lines.find(port.name) != lines.end())
            continue;
        LineInfo info;
        info.devicePath = port.devicePath;
        info.config = port;
        QString why;
        info.line = lineFactory()->create(port, &why);
        if (!info.line) {
            info.why = why.isEmpty() ? trFax(QT_TRANSLATE_NOOP("Fax", "No driver can run "
                                                                      "this port"))
                                     : why;
        } else {
            const QString name = port.name;
            QObject::connect(info.line.get(), &FaxLine::stateChanged, q,
                             [this, name](PortState, const QString &) {
                                 updatePortLiveState(name);
                                 schedulePass();
                             });
            QObject::connect(info.line.get(), &FaxLine::faxReceived, q,
                             [this, name](const ReceivedFax &fax, const QString &message) {
                                 storeReceived(name, fax, message);
                             });
            info.line->setReceiveDirectory(receivedDirectory());
        }
        lines[port.name] = std::move(info);
    }
    const QStringList names = ports().keys();
    for (const QString &name : names)
        updatePortLiveState(name);
}

void LocalFaxServer::Private::recheckMissingDevices()
{
    deviceRecheck.restart();
    bool appeared = false;
    for (auto it = lines.begin(); it != lines.end();) {
        const LineInfo &info = it->second;
        if (!info.line && !info.devicePath.isEmpty() && QFileInfo::exists(info.devicePath) &&
            !portBusy(it->first)) {
            it = lines.erase(it);
            appeared = true;
        } else {
            ++it;
        }
    }
    if (appeared) {
        syncLines();
        schedulePass();
    }
}

void LocalFaxServer::Private::updatePortLiveState(const QString &name)
{
    if (!dispatcher || !ports().contains(name))
        return;
    PortState s = PortState::Offline;
    QString text;
    const auto line = lines.find(name);
    bool callFound = false;
    for (const CallInfo &info : std::as_const(calls)) {
        if (info.port == name) {
            s = info.portState;
            text = info.portText;
            callFound = true;
        }
    }
    if (!callFound) {
        if (line == lines.end()) {
            text = trFax(QT_TRANSLATE_NOOP("Fax", "Not started"));
        } else if (!line->second.line) {
            // No device configured is not set up yet; a device that is not there is an error.
            text = line->second.why;
            if (!line->second.devicePath.isEmpty())
                s = PortState::Error;
        } else {
            s = line->second.line->state();
            text = line->second.line->stateText();
        }
    }
    setPortLiveState(name, s, text);
}

void LocalFaxServer::Private::setPortLiveState(const QString &name, PortState s,
                                               const QString &text)
{
    const Port cached = ports().value(name);
    if (cached.state == s && cached.stateText == text)
        return;
    const Expected<Port> stored = store->modifyPort(name, [&](Port &port) {
        port.state = s;
        port.stateText = text;
        return Result();
    });
    if (stored)
        applyPort(*stored);
    else
        report(stored.error());
}

void LocalFaxServer::Private::stopDispatching(bool emitting)
{
    if (!dispatcher)
        return;
    finishRouting(emitting);
    // Running calls are aborted; their jobs are retried as interrupted, not lost.
    const QList<JobId> running = calls.keys();
    for (JobId id : running) {
        CallInfo info = calls.take(id);
        if (info.call) {
            QObject::disconnect(info.call, nullptr, q, nullptr);
            info.call->abort();
        }
        const auto changed = store->modifyJobs(
            {id}, [this](Job &job, bool &cancel) { return interruptJob(job, cancel); }, false);
        if (emitting)
            applyJobs(changed);
    }
    const QStringList names = ports().keys();
    for (const QString &name : names) {
        const Expected<Port> stored = store->modifyPort(name, [](Port &port) {
            port.state = PortState::Offline;
            port.stateText = trFax(QT_TRANSLATE_NOOP("Fax", "No process is dispatching "
                                                            "fax jobs"));
            return Result();
        });
        if (stored && emitting)
            applyPort(*stored);
    }
    if (emitting) {
        for (auto it = lines.begin(); it != lines.end();)
            it = discardLine(it);
    }
    lines.clear(); // from the destructor: at once, there may be no event loop after it
    dispatcher = false;
    if (lock)
        lock->unlock();
}

// A line received a fax (its TIFF is already in received/): route it, store it, announce it.
// Printing and e-mail run as programs; the fax is stored once they have ended (or their time
// ran out), so its routing text tells what they did.
void LocalFaxServer::Private::storeReceived(const QString &portName, ReceivedFax fax,
                                            const QString &message)
{
    Q_UNUSED(message);
    fax.id = 0;
    if (fax.port.isEmpty())
        fax.port = portName;
    fax.routing = routeReceived(fax);
    const InboundRouting &r = settings().routing;
    if (!InboundRouter::wanted(r)) {
        insertReceived(fax);
        return;
    }
    auto *router = new InboundRouter(fax, r, InboundRouter::Programs::fromEnvironment(), q);
    routers << router;
    QObject::connect(router, &InboundRouter::finished, q,
                     [this, router, fax](const QStringList &outcomes) mutable {
                         routers.removeAll(router);
                         router->deleteLater();
                         fax.routing += QStringLiteral("; ") + outcomes.join(QStringLiteral("; "));
                         insertReceived(fax, !routingQuietly);
                     });
    router->start();
}

void LocalFaxServer::Private::insertReceived(const ReceivedFax &fax, bool announce)
{
    if (!store)
        return;
    // The fax TIFF carries what routing did with it too, for whoever gets the file alone. A
    // failure here loses nothing: the Inbox has the text, and the file stays as received.
    if (!fax.routing.isEmpty() && QFileInfo::exists(fax.file)) {
        if (Result r =
                FaxTiffWriter::rewriteProperties(fax.file, FaxTiffProperties::fromReceivedFax(fax));
            !r)
            report(r.error());
    }
    const Expected<ReceivedFax> stored = store->insertReceived(fax);
    if (!stored) {
        report(stored.error());
        return;
    }
    if (announce && !cache().receivedFax(stored->id))
        cache().applyReceivedFax(*stored);
}

// The engine stops: faxes whose printing or mailing still runs are stored now, saying so.
void LocalFaxServer::Private::finishRouting(bool emitting)
{
    routingQuietly = !emitting; // from the destructor: stored, not announced
    const QList<QPointer<InboundRouter>> pending = routers;
    for (const QPointer<InboundRouter> &router : pending) {
        if (!router)
            continue;
        router->abort();
    }
    routers.clear();
    routingQuietly = false;
}

// Inbound routing: copying to a folder is done here; printing and e-mail by InboundRouter.
QString LocalFaxServer::Private::routeReceived(const ReceivedFax &fax) const
{
    const InboundRouting &r = settings().routing;
    QStringList done;
    done << trFax(QT_TRANSLATE_NOOP("Fax", "Stored in the Inbox"));
    if (r.storeInFolder) {
        if (r.folder.isEmpty()) {
            done << trFax(QT_TRANSLATE_NOOP("Fax", "not copied to a folder: no folder is set"));
        } else {
            const QString target = QDir(r.folder).filePath(QFileInfo(fax.file).fileName());
            QFile source(fax.file);
            if (!QDir().mkpath(r.folder)) {
                done << trFax(QT_TRANSLATE_NOOP("Fax", "not copied to %1: the folder cannot be "
                                                       "created"))
                            .arg(r.folder);
            } else if (!source.copy(target)) {
                done << trFax(QT_TRANSLATE_NOOP("Fax", "not copied to %1: %2"))
                            .arg(target, source.errorString());
            } else {
                done << trFax(QT_TRANSLATE_NOOP("Fax", "copied to %1")).arg(target);
            }
        }
    }
    return done.join(QStringLiteral("; "));
}

void LocalFaxServer::startAnswerCall(FaxOperation *op, const QString &portName)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    if (!d->ports().contains(portName))
        return fail(
            op, Error::make(
                    Error::Kind::NotFound,
                    trFax(QT_TRANSLATE_NOOP("Fax", "There is no port named %1")).arg(portName)));
    if (!d->dispatcher)
        return fail(op,
                    Error::make(Error::Kind::NotPermitted,
                                trFax(QT_TRANSLATE_NOOP("Fax", "Port %1 is driven by another "
                                                               "process (the one dispatching fax "
                                                               "jobs); answer the call there"))
                                    .arg(portName)));
    const auto line = d->lines.find(portName);
    if (line == d->lines.end() || !line->second.line)
        return fail(
            op, Error::make(Error::Kind::NotPermitted,
                            trFax(QT_TRANSLATE_NOOP("Fax", "Port %1 cannot answer: %2"))
                                .arg(portName, line == d->lines.end()
                                                   ? trFax(QT_TRANSLATE_NOOP("Fax", "not started"))
                                                   : line->second.why)));
    if (!line->second.line->answer())
        return fail(
            op,
            Error::make(
                Error::Kind::NotPermitted,
                trFax(QT_TRANSLATE_NOOP("Fax", "No call is ringing on port %1")).arg(portName)));
    succeed(op);
}

} // namespace Fax
