// SPDX-License-Identifier: GPL-3.0-or-later
// HylafaxServer: reading the server's state in fresh sessions, the events that cause readings,
// and applying what was read to the cache.
#include "hylafaxserver_p.h"

#include "core/jobrules.h"
#include "hylafax/hylafaxmapping.h"

#include <QMap>
#include <QTimer>

namespace Fax {

using namespace HylafaxServerDetail;

namespace {

/// More jobs than this changed at once are read with a listing, not one by one.
constexpr int MaxLookups = 40;
/// Bytes of a job listing parsed per turn of the event loop (some 700 jobs).
constexpr qsizetype ParseChunkBytes = 128 * 1024;
/// Jobs merged per turn of the event loop while connecting.
constexpr int MergeChunk = 1000;

} // namespace

void ReadPlan::merge(const ReadPlan &other)
{
    sendq = sendq || other.sendq;
    doneq = doneq || other.doneq;
    docq = docq || other.docq;
    status = status || other.status;
    recvq = recvq || other.recvq;
    for (JobId id : other.lookups) {
        if (!lookups.contains(id))
            lookups << id;
    }
}

namespace {

/// Runs step now and then once per turn of the event loop until it returns true; not after
/// context is gone.
void inTurns(QObject *context, std::function<bool()> step)
{
    if (step())
        return;
    QTimer::singleShot(0, context, [context, step = std::move(step)]() mutable {
        inTurns(context, std::move(step));
    });
}

QList<Job> mapped(const QList<HylafaxJobRecord> &records)
{
    QList<Job> jobs;
    jobs.reserve(records.size());
    for (const HylafaxJobRecord &r : records)
        jobs << HylafaxMapping::toJob(r);
    return jobs;
}

} // namespace

ReadPlan ReadPlan::full()
{
    ReadPlan p;
    p.sendq = p.doneq = p.docq = p.status = p.recvq = true;
    return p;
}

void HylafaxServer::refresh()
{
    if (d->state == ConnectionState::Connected)
        d->read(ReadPlan::full());
}

void HylafaxServer::Private::read(const ReadPlan &plan, std::function<void(const Result &)> done)
{
    pendingPlan.merge(plan);
    if (done)
        pendingDone << std::move(done);
    if (!reading)
        runReading();
}

void HylafaxServer::Private::runReading()
{
    if (reading || (pendingPlan.isEmpty() && pendingDone.isEmpty()))
        return;
    if (state != ConnectionState::Connected) {
        pendingPlan = ReadPlan();
        const auto waiting = std::exchange(pendingDone, {});
        for (const auto &w : waiting)
            w(checkConnected());
        return;
    }
    ReadPlan plan = std::exchange(pendingPlan, ReadPlan());
    if (plan.lookups.size() > MaxLookups) {
        plan.lookups.clear();
        plan.sendq = plan.doneq = plan.docq = true;
    }
    // Jobs listed anyway need no lookup of their own: only those that may have left sendq.
    const QList<std::function<void(const Result &)>> waiting = std::exchange(pendingDone, {});
    reading = true;
    const quint64 gen = generation;
    readNow(plan, [this, gen, plan, waiting](Expected<StateRead> read) {
        if (gen != generation)
            return;
        reading = false;
        Result outcome;
        bool lookAgain = false;
        if (read) {
            apply(*read);
            // Jobs that moved while they were looked up: those who wait for this reading wait
            // for the next one, which finds them in doneq.
            lookAgain = !read->moved.isEmpty() && movedLookups < MaxMovedLookups;
            movedLookups = lookAgain ? movedLookups + 1 : 0;
            if (lookAgain) {
                ReadPlan again;
                again.lookups = read->moved;
                pendingPlan.merge(again);
                pendingDone = waiting + pendingDone;
            }
        } else {
            movedLookups = 0;
            outcome = read.error();
            if (read.error().kind == Error::Kind::Connection)
                lost(read.error());
            else
                Q_EMIT q->errorOccurred(read.error());
        }
        if (!lookAgain) {
            for (const auto &w : waiting)
                w(outcome);
        }
        if (gen != generation)
            return;
        if (plan.isFull())
            schedulePoll();
        if (read)
            Q_EMIT q->stateRead();
        runReading();
    });
}

void HylafaxServer::Private::readNow(const ReadPlan &plan,
                                     std::function<void(Expected<StateRead>)> done)
{
    // A session of its own: hfaxd caches job state per session and may show a long-lived one a
    // stale state (its file times have one-second resolution).
    auto *session = new HylafaxSession(account(admin && conn.admin), q);
    auto result = std::make_shared<StateRead>();
    result->plan = plan;
    result->number = ++readingsBegun;
    auto finished = std::make_shared<bool>(false);
    const auto finish = [session, finished, done](Expected<StateRead> r) {
        if (*finished)
            return;
        *finished = true;
        session->disconnect();
        session->close(Error::make(Error::Kind::Canceled, QString()));
        session->deleteLater();
        done(std::move(r));
    };
    QObject::connect(session, &HylafaxSession::failed, q,
                     [finish](const Error &e) { finish(Expected<StateRead>(e)); });
    // A long job listing (a doneq of 10,000 jobs takes longer to parse than a frame may last)
    // is parsed a chunk of lines per turn of the event loop, while the next listing comes; the
    // reading is complete once the server has answered everything and the last is parsed.
    auto parsing = std::make_shared<int>(0);
    auto answered = std::make_shared<bool>(false);
    const auto complete = [result, finish, parsing, answered] {
        if (!*answered || *parsing > 0)
            return;
        for (Job &j : result->sendqJobs)
            result->listed.insert(j.id, std::move(j));
        for (Job &j : result->doneqJobs)
            result->listed.insert(j.id, std::move(j)); // a job that moved on: its final state
        result->sendqJobs.clear();
        result->doneqJobs.clear();
        finish(Expected<StateRead>(std::move(*result)));
    };
    const auto parseJobs = [this, parsing, complete](
                               const QByteArray &data,
                               HylafaxListingResult<HylafaxJobRecord> *records, QList<Job> *jobs) {
        ++*parsing;
        auto from = std::make_shared<qsizetype>(0);
        inTurns(q, [data, from, records, jobs, parsing, complete] {
            qsizetype to = *from + ParseChunkBytes;
            if (to >= data.size()) {
                to = data.size();
            } else {
                const qsizetype newline = data.indexOf('\n', to);
                to = newline < 0 ? data.size() : newline + 1;
            }
            const HylafaxListingResult<HylafaxJobRecord> part = HylafaxListing::parseJobs(
                QByteArray::fromRawData(data.constData() + *from, to - *from));
            records->records += part.records;
            records->malformed += part.malformed;
            if (records->problem.isEmpty())
                records->problem = part.problem;
            *jobs += mapped(part.records);
            *from = to;
            if (to < data.size())
                return false;
            --*parsing;
            complete();
            return true;
        });
    };
    QObject::connect(
        session, &HylafaxSession::ready, q,
        [this, session, plan, result, finish, answered, complete, parseJobs] {
            HylafaxConnection *c = session->connection();
            const auto list = [c, session, finish](const QByteArray &dir,
                                                   std::function<void(const QByteArray &)> take) {
                HylafaxConnection::Transfer t;
                t.command = "LIST " + dir;
                c->transfer(t, [session, dir, take, finish](const Expected<HylafaxReply> &reply,
                                                            const QByteArray &data) {
                    if (!reply)
                        return finish(Expected<StateRead>(reply.error()));
                    if (!reply->isSuccess())
                        return finish(Expected<StateRead>(
                            session->refusal(trFax(QT_TRANSLATE_NOOP("Fax", "list %1"))
                                                 .arg(QString::fromLatin1(dir)),
                                             *reply)));
                    take(data);
                });
            };
            if (plan.status)
                list("status", [result](const QByteArray &data) {
                    result->modems = HylafaxListing::parseModems(data, &result->scheduler);
                });
            if (plan.sendq)
                list("sendq", [result, parseJobs](const QByteArray &data) {
                    parseJobs(data, &result->sendq, &result->sendqJobs);
                });
            if (plan.doneq)
                list("doneq", [result, parseJobs](const QByteArray &data) {
                    parseJobs(data, &result->doneq, &result->doneqJobs);
                });
            if (plan.recvq)
                list("recvq", [result](const QByteArray &data) {
                    result->received = HylafaxListing::parseReceived(data);
                });
            if (plan.docq)
                list("docq", [result](const QByteArray &data) {
                    result->sizes = HylafaxListing::parseDocumentSizes(data);
                });
            for (JobId id : plan.lookups) {
                // JPARM shows the current job: the one JOB made current, or (when JOB failed)
                // another one, which is told apart by its id.
                c->command("JOB " + QByteArray::number(id), [id, result, finish, session](
                                                                const Expected<HylafaxReply> &r) {
                    if (!r)
                        return finish(Expected<StateRead>(r.error()));
                    if (r->isSuccess())
                        return;
                    // "500 Cannot set job 12; job does not exist": removed.
                    if (r->message().contains(QLatin1String("does not exist")))
                        result->gone << id;
                    else
                        finish(Expected<StateRead>(session->refusal(
                            trFax(QT_TRANSLATE_NOOP("Fax", "show job %1")).arg(id), *r)));
                });
                c->command(
                    "JPARM",
                    [id, result, finish](const Expected<HylafaxReply> &p) {
                        if (!p && p.error().kind == Error::Kind::NotFound) {
                            // The job left sendq between JOB and JPARM: looked up again.
                            result->moved << id;
                            return;
                        }
                        if (!p)
                            return finish(Expected<StateRead>(p.error()));
                        HylafaxJobRecord record;
                        QString problem;
                        if (!result->gone.contains(id) &&
                            HylafaxListing::parseJobState(*p, &record, &problem) &&
                            record.id == id)
                            result->found.insert(id, record);
                    },
                    HylafaxConnection::Answer::MaybeNone);
            }
            // Everything above is answered in order: this comes last.
            c->command("NOOP", [this, session, finish, answered,
                                complete](const Expected<HylafaxReply> &r) {
                if (!r)
                    return finish(Expected<StateRead>(r.error()));
                // The session is done with; what goes wrong with it now changes nothing.
                QObject::disconnect(session, &HylafaxSession::failed, q, nullptr);
                *answered = true;
                complete();
            });
        });
    session->open();
}

Job HylafaxServer::Private::merged(Job job, const QHash<JobId, qint64> &sizes) const
{
    // Looked up in place: a reading may merge thousands of jobs on the GUI thread.
    const Job *known = nullptr;
    const QMap<JobId, Job> &cached = q->cache().jobMap();
    if (const auto it = cached.constFind(job.id); it != cached.constEnd())
        known = &*it;
    else if (const auto extra = submittedExtras.constFind(job.id);
             extra != submittedExtras.constEnd())
        known = &*extra;
    if (known) {
        // What HylaFAX does not list stays as this client knew it.
        if (known->size > 0)
            job.size = known->size;
        job.submitted = known->submitted;
        job.senderCompany = known->senderCompany;
        job.senderDepartment = known->senderDepartment;
        job.billingCode = known->billingCode;
        job.tsid = known->tsid;
        if (known->schedule != ScheduleType::Now) {
            job.schedule = known->schedule;
            job.scheduleTime = known->scheduleTime;
        }
        if (isFinal(job.queueStatus) && isFinal(known->queueStatus) && known->finished.isValid())
            job.finished = known->finished;
    }
    if (job.size <= 0)
        job.size = sizes.value(job.id);
    if (job.queueStatus == QueueStatus::InProgress) {
        if (aborting.contains(job.id))
            job.deviceStatus = DeviceStatus::Aborting;
        else if (const auto live = liveDevice.constFind(job.id); live != liveDevice.constEnd())
            job.deviceStatus = *live;
    }
    return job;
}

Port HylafaxServer::Private::portOf(const HylafaxModemRecord &record) const
{
    Port port = HylafaxMapping::toPort(record);
    port.sendEnabled = sendEnabled.value(port.name, true);
    if (!port.sendEnabled && port.state == PortState::Idle)
        port.stateText = trFax(QT_TRANSLATE_NOOP("Fax", "Sending switched off (%1)"))
                             .arg(record.status.trimmed());
    return port;
}

void HylafaxServer::Private::apply(const StateRead &read)
{
    ServerCache &cache = q->cache();
    if (read.plan.status) {
        QList<Port> ports;
        for (const HylafaxModemRecord &m : read.modems.records)
            ports << portOf(m);
        if (read.modems.isComplete()) {
            cache.applyPortSnapshot(ports);
        } else {
            for (const Port &p : std::as_const(ports))
                cache.applyPort(p);
        }
    }
    if (read.plan.recvq) {
        QList<ReceivedFax> faxes;
        bool receiving = false;
        for (const HylafaxReceivedRecord &r : read.received.records) {
            if (r.receiving) {
                receiving = true; // it is added once it is whole
                continue;
            }
            faxes << HylafaxMapping::toReceivedFax(r);
            receivedFiles.insert(faxes.constLast().id, r.file);
        }
        if (read.received.isComplete() && !receiving) {
            cache.applyReceivedSnapshot(faxes);
        } else {
            for (const ReceivedFax &f : std::as_const(faxes))
                cache.applyReceivedFax(f);
        }
    }
    QMap<JobId, Job> listed = read.listed;
    for (auto it = read.found.constBegin(); it != read.found.constEnd(); ++it)
        listed.insert(it.key(), HylafaxMapping::toJob(it.value()));
    for (auto it = removedJobs.begin(); it != removedJobs.end();) {
        if (read.number <= it.value()) {
            listed.remove(it.key()); // begun before its removal
            ++it;
        } else {
            it = removedJobs.erase(it); // later readings no longer list it
        }
    }
    QList<Job> jobs;
    jobs.reserve(listed.size());
    for (const Job &j : std::as_const(listed))
        jobs << merged(j, read.sizes);
    const bool whole =
        read.plan.sendq && read.plan.doneq && read.sendq.isComplete() && read.doneq.isComplete();
    if (whole) {
        cache.applyJobSnapshot(jobs);
    } else {
        for (const Job &j : std::as_const(jobs))
            cache.applyJob(j);
        for (JobId id : read.gone)
            cache.removeJob(id);
    }
    // What events said of calls that are over is forgotten.
    for (const Job &j : std::as_const(jobs)) {
        submittedExtras.remove(j.id);
        if (j.queueStatus != QueueStatus::InProgress) {
            liveDevice.remove(j.id);
            aborting.remove(j.id);
        }
    }
}

void HylafaxServer::Private::readAll(std::function<void(const Result &)> done)
{
    const quint64 gen = generation;
    readNow(ReadPlan::full(), [this, gen, done](Expected<StateRead> read) {
        if (gen != generation)
            return;
        if (!read)
            return done(read.error());
        auto whole = std::make_shared<const StateRead>(std::move(*read));
        mergeListed(whole, [this, gen, whole, done](QList<Job> jobs) {
            QList<Port> ports;
            for (const HylafaxModemRecord &m : whole->modems.records)
                ports << portOf(m);
            QList<ReceivedFax> faxes;
            for (const HylafaxReceivedRecord &r : whole->received.records) {
                if (r.receiving)
                    continue;
                faxes << HylafaxMapping::toReceivedFax(r);
                receivedFiles.insert(faxes.constLast().id, r.file);
            }
            q->cache().reset(jobs, ports, settings, faxes);
            // The views reload all rows on connected(): in a turn of the event loop of their
            // own. Nothing changes the cache meanwhile (not connected: no events, no commands).
            QTimer::singleShot(0, q, [this, gen, done] {
                if (gen == generation)
                    done(Result());
            });
        });
    });
}

void HylafaxServer::Private::mergeListed(const std::shared_ptr<const StateRead> &read,
                                         std::function<void(QList<Job>)> done)
{
    // A chunk of jobs per turn of the event loop, so that the GUI stays responsive while a
    // long doneq is taken in; the cache does not change meanwhile (not connected yet).
    struct Merge
    {
        std::shared_ptr<const StateRead> read;
        QMap<JobId, Job>::const_iterator next;
        QList<Job> jobs;
        quint64 generation;
        std::function<void(QList<Job>)> done;
    };
    auto m = std::make_shared<Merge>();
    m->read = read;
    m->next = read->listed.cbegin();
    m->jobs.reserve(read->listed.size());
    m->generation = generation;
    m->done = std::move(done);
    inTurns(q, [this, m] {
        if (m->generation != generation)
            return true;
        for (int n = 0; n < MergeChunk && m->next != m->read->listed.cend(); ++n, ++m->next)
            m->jobs << merged(*m->next, m->read->sizes);
        if (m->next != m->read->listed.cend())
            return false;
        m->done(std::move(m->jobs));
        return true;
    });
}

void HylafaxServer::Private::onEvent(const HylafaxEvent &e)
{
    ReadPlan plan;
    switch (e.eventClass) {
    case HylafaxEvent::Class::Job:
        plan.lookups << e.job;
        break;
    case HylafaxEvent::Class::Send:
        plan.lookups << e.job;
        switch (e.event) {
        case HylafaxEvents::SendBegin:
        case HylafaxEvents::SendCall:
            liveDevice.insert(e.job, DeviceStatus::Dialing);
            break;
        case HylafaxEvents::SendConnected:
        case HylafaxEvents::SendPage:
        case HylafaxEvents::SendDocument:
            liveDevice.insert(e.job, DeviceStatus::Sending);
            break;
        default:
            break;
        }
        plan.status = true; // the modem's status says so too
        break;
    case HylafaxEvent::Class::Receive:
        plan.status = true;
        if (e.event == HylafaxEvents::ReceiveDocument || e.event == HylafaxEvents::ReceiveEnd)
            plan.recvq = true;
        break;
    case HylafaxEvent::Class::Modem:
        if (e.event == HylafaxEvents::ModemDown)
            sendEnabled.insert(e.modem, false);
        else if (e.event == HylafaxEvents::ModemReady)
            sendEnabled.insert(e.modem, true);
        plan.status = true;
        break;
    case HylafaxEvent::Class::Unknown:
        return;
    }
    pendingPlan.merge(plan);
    if (!eventTimer.isActive() && !reading)
        eventTimer.start(opt.eventDelayMs);
}

void HylafaxServer::Private::startEvents()
{
    if (events)
        return;
    events = new HylafaxTriggerStream(account(false), q);
    HylafaxTriggerStream *stream = events;
    QObject::connect(stream, &HylafaxTriggerStream::started, q, [this] {
        live = true;
        liveSince.start();
        Q_EMIT q->liveEventsChanged(true);
        // What happened before the trigger was registered is read now.
        read(ReadPlan::full());
    });
    QObject::connect(stream, &HylafaxTriggerStream::eventReceived, q,
                     [this](const HylafaxEvent &e) { onEvent(e); });
    QObject::connect(stream, &HylafaxTriggerStream::stopped, q, [this, stream](const Error &) {
        if (stream != events)
            return;
        const bool wasLive = std::exchange(live, false);
        events = nullptr;
        stream->deleteLater();
        if (wasLive)
            Q_EMIT q->liveEventsChanged(false);
        if (state != ConnectionState::Connected)
            return;
        // The server may be gone (a reading finds out), may have dropped only this session, or
        // may refuse events: its state is polled meanwhile and events are tried again, soon
        // (as a reconnection) and then less and less often up to every 30 s. A stream that
        // flowed for a while starts the count afresh.
        if (wasLive && liveSince.isValid() && liveSince.elapsed() >= MaxEventRetryDelayMs)
            eventRetryDelay = 0;
        eventRetryDelay = eventRetryDelay == 0
                              ? qMax(1, opt.reconnectDelayMs)
                              : qMin(eventRetryDelay * 2, MaxEventRetryDelayMs);
        read(ReadPlan::full(), [this](const Result &r) {
            if (r && state == ConnectionState::Connected)
                eventRetryTimer.start(eventRetryDelay);
        });
    });
    stream->start();
}

void HylafaxServer::Private::stopEvents()
{
    if (!events)
        return;
    HylafaxTriggerStream *stream = events;
    events = nullptr;
    const bool wasLive = std::exchange(live, false);
    stream->disconnect(q);
    stream->stop();
    stream->deleteLater();
    if (wasLive)
        Q_EMIT q->liveEventsChanged(false);
}

void HylafaxServer::Private::schedulePoll()
{
    if (state != ConnectionState::Connected)
        return;
    pollTimer.start(live ? opt.safetyPollMs : opt.pollIntervalMs);
}

} // namespace Fax
