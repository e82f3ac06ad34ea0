// SPDX-License-Identifier: GPL-3.0-or-later
// The FaxServer contract: the same cases against every backend (servercontract_backends.h) —
// connecting, operations that end once and after the call that made them, submissions, job
// commands exactly as JobRules say, removal, settings, ports, answering by hand, fetching a
// received fax, and what a connection may not do failing as Unsupported. Each backend declares
// what it cannot do (capabilities, job statuses it cannot reach): the cases check that instead.
#include "servercontract_backends.h"
#include "servercontract_support.h"

#include "core/jobrules.h"

#include <QFile>
#include <QMetaEnum>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using namespace Fax;
using namespace Fax::Contract;
using Feature = ServerCapabilities::Feature;

class TestServerContract : public QObject
{
    Q_OBJECT

private:
    void backendRows(bool readOnly = false)
    {
        QTest::addColumn<QString>("backend");
        for (const QString &name : backendNames(readOnly))
            QTest::newRow(qPrintable(name)) << name;
    }

    /// A backend and a connected server of it.
    [[nodiscard]] bool open()
    {
        QFETCH(QString, backend);
        m_backend = makeBackend(backend);
        m_server = m_backend->makeServer();
        const Outcome o = run(m_server->connectToServer());
        if (!o.ok() || m_server->state() != ConnectionState::Connected) {
            qWarning() << "cannot connect:" << describe(o);
            return false;
        }
        return true;
    }

    FaxDocument document(QList<Party> recipients, QList<qint64> sizes = {5000, 70000})
    {
        FaxDocument d;
        for (qint64 size : sizes)
            d.files << m_backend->document(size);
        d.recipients = std::move(recipients);
        d.subject = QStringLiteral("Quarterly report");
        d.sender.name = QStringLiteral("Bob");
        return d;
    }

    /// Jobs submitted in one group (the test fails when the backend cannot submit).
    QList<JobId> submit(int count)
    {
        QList<Party> to;
        for (int i = 0; i < count; ++i)
            to << recipient(QStringLiteral("555 01%1").arg(i, 2, 10, QLatin1Char('0')));
        QList<JobId> ids;
        SubmitOperation *op = m_server->submit(document(to));
        const Outcome o = run(op, [&] { ids = op->jobIds(); });
        if (!o.ok())
            qWarning() << describe(o);
        return ids;
    }

    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<FaxServer> m_server;

    /// The statuses of the list this backend can put a job into.
    QList<QueueStatus> reachable(const QList<QueueStatus> &statuses) const
    {
        QList<QueueStatus> out;
        for (QueueStatus status : statuses) {
            const QString why = m_backend->unreachable(status);
            if (why.isEmpty())
                out << status;
            else
                qInfo("%s left out: %s", qPrintable(enumKey(status)), qPrintable(why));
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        QFETCH(QString, backend);
        const QString unavailable = unavailableReason(backend);
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void cleanup()
    {
        m_server.reset();
        m_backend.reset();
    }

    void connectAndDisconnect_data() { backendRows(true); }
    void connectAndDisconnect()
    {
        QFETCH(QString, backend);
        m_backend = makeBackend(backend);
        m_server = m_backend->makeServer();
        QCOMPARE(m_server->state(), ConnectionState::Disconnected);
        QSignalSpy states(m_server.get(), &FaxServer::stateChanged);
        QSignalSpy connected(m_server.get(), &FaxServer::connected);
        QSignalSpy disconnected(m_server.get(), &FaxServer::disconnected);
        QSignalSpy errors(m_server.get(), &FaxServer::errorOccurred);

        const Outcome first = run(m_server->connectToServer());
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QVERIFY(!first.finishedOnReturn);
        QCOMPARE(connected.count(), 1);
        QCOMPARE(states.last().at(0).value<ConnectionState>(), ConnectionState::Connected);
        QCOMPARE(m_server->state(), ConnectionState::Connected);
        QVERIFY(!m_server->displayLocation().isEmpty());
        // Connecting a connected server changes nothing.
        QVERIFY(run(m_server->connectToServer()).ok());
        QCOMPARE(connected.count(), 1);

        m_server->disconnectFromServer();
        QCOMPARE(disconnected.count(), 1);
        QCOMPARE(states.last().at(0).value<ConnectionState>(), ConnectionState::Disconnected);
        QVERIFY(m_server->jobs().isEmpty());
        m_server->disconnectFromServer();
        QCOMPARE(disconnected.count(), 1);

        // Disconnected, what it could do fails as not connected.
        const auto expected = [this](Feature f) {
            return m_server->capabilities().can(f) ? Error::Kind::Connection
                                                   : Error::Kind::Unsupported;
        };
        Outcome o = run(m_server->submit(document({recipient(QStringLiteral("5550100"))})));
        QVERIFY2(o.failedWith(expected(Feature::Submit)), qPrintable(describe(o)));
        o = run(m_server->jobCommand(1, JobCommand::Pause));
        QVERIFY2(o.failedWith(expected(Feature::JobControl)), qPrintable(describe(o)));

        QVERIFY(run(m_server->connectToServer()).ok());
        QCOMPARE(connected.count(), 2);
        QCOMPARE(errors.count(), 0);
    }

    void operationsEndOnceAfterTheCall_data() { backendRows(true); }
    void operationsEndOnceAfterTheCall()
    {
        QVERIFY(open());
        ChangeSpies changes(m_server.get());
        const QList<FaxOperation *> ops = {
            m_server->setSettings(m_server->settings()),
            m_server->jobCommand(424242, JobCommand::Pause),
            m_server->removeJob(424242),
            m_server->submit(document({recipient(QStringLiteral("5550100"))})),
            m_server->answerCall(QStringLiteral("no-such-port")),
            m_server->fetchReceivedFax(424242),
        };
        std::vector<std::unique_ptr<Watch>> watches;
        QStringList names;
        for (FaxOperation *op : ops) {
            QVERIFY(!op->isFinished());
            QCOMPARE(op->state(), FaxOperation::State::Running);
            watches.push_back(std::make_unique<Watch>(op));
            names << op->description();
        }
        for (size_t i = 0; i < watches.size(); ++i) {
            const Outcome o = watches.at(i)->wait();
            const QString what = names.at(qsizetype(i));
            QVERIFY2(o.succeeded + o.failed == 1, qPrintable(what + u' ' + describe(o)));
            QCOMPARE(o.finished, 1);
            QVERIFY2(o.deletedItself, qPrintable(what));
        }
    }

    void submitQueuesOneJobPerRecipient_data() { backendRows(); }
    void submitQueuesOneJobPerRecipient()
    {
        QVERIFY(open());
        ChangeSpies changes(m_server.get());
        const FaxDocument d =
            document({recipient(QStringLiteral("+49 (30) 123-45.6"), QStringLiteral("Alice")),
                      recipient(QStringLiteral("555 0100"), QStringLiteral("Carol"))},
                     {5000, 700000});
        SubmitOperation *op = m_server->submit(d);
        QList<JobId> ids;
        JobId group = 0;
        const Outcome o = run(op, [&] {
            ids = op->jobIds();
            group = op->groupId();
        });
        QVERIFY2(o.ok(), qPrintable(describe(o)));
        QVERIFY(!o.finishedOnReturn);
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.at(0) != ids.at(1));
        QCOMPARE(changes.jobAdded.count(), 2);
        QCOMPARE(changes.total(), 2);
        QCOMPARE(changes.jobAdded.at(0).at(0).value<Job>().id, ids.at(0));
        QCOMPARE(changes.jobAdded.at(1).at(0).value<Job>().id, ids.at(1));
        // Progress counts the documents' bytes up to all of them.
        QVERIFY(!o.progress.isEmpty());
        for (qsizetype i = 1; i < o.progress.size(); ++i)
            QVERIFY(o.progress.at(i).first >= o.progress.at(i - 1).first);
        QCOMPARE(o.progress.last(), qMakePair(qint64(705000), qint64(705000)));
        for (int i = 0; i < 2; ++i) {
            const std::optional<Job> job = m_server->job(ids.at(i));
            QVERIFY(job);
            QCOMPARE(job->groupId, group);
            QCOMPARE(job->type, JobType::Send);
            QCOMPARE(job->queueStatus, QueueStatus::Pending);
            QCOMPARE(job->size, qint64(705000));
            QCOMPARE(job->pagesSent, 0);
            QCOMPARE(job->recipientNumber, d.recipients.at(i).faxNumber);
            QCOMPARE(job->recipientName, d.recipients.at(i).name);
            QCOMPARE(job->subject, d.subject);
            QCOMPARE(job->senderName, d.sender.name);
        }
        QCOMPARE(m_server->jobs().size(), 2);
    }

    void submitRefusesBadInput_data() { backendRows(); }
    void submitRefusesBadInput()
    {
        QVERIFY(open());
        ChangeSpies changes(m_server.get());
        const QString missing = m_backend->path(QStringLiteral("nope.pdf"));
        struct Case
        {
            const char *what;
            FaxDocument document;
            Error::Kind kind;
            QString named;
        };
        FaxDocument noFile = document({recipient(QStringLiteral("5550100"))});
        noFile.files << missing;
        const QList<Case> cases = {
            {"no recipient", document({}), Error::Kind::InvalidArgument,
             QStringLiteral("recipient")},
            {"undialable",
             document({recipient(QStringLiteral("555-CALL-NOW"), QStringLiteral("Eve"))}),
             Error::Kind::InvalidArgument, QStringLiteral("Eve")},
            {"no number", document({recipient(QStringLiteral("  "), QStringLiteral("Dave"))}),
             Error::Kind::InvalidArgument, QStringLiteral("Dave")},
            {"missing file", noFile, Error::Kind::Io, missing},
        };
        for (const Case &c : cases) {
            const Outcome o = run(m_server->submit(c.document));
            QVERIFY2(o.failedWith(c.kind), qPrintable(QLatin1String(c.what) + u' ' + describe(o)));
            QVERIFY2(o.error.message.contains(c.named), qPrintable(o.error.message));
        }
        QCOMPARE(changes.total(), 0);
        QVERIFY(m_server->jobs().isEmpty());

        // An upload canceled before it is stored leaves nothing.
        SubmitOperation *op = m_server->submit(document({recipient(QStringLiteral("5550100"))}));
        QVERIFY(op->canCancel());
        op->cancel();
        const Outcome canceled = run(op);
        QVERIFY2(canceled.failedWith(Error::Kind::Canceled), qPrintable(describe(canceled)));
        QCOMPARE(changes.total(), 0);
        QVERIFY(m_server->jobs().isEmpty());
    }

    void jobCommandsFollowJobRules_data() { backendRows(); }
    void jobCommandsFollowJobRules()
    {
        QVERIFY(open());
        const QList<QueueStatus> statuses = reachable(
            {QueueStatus::Pending, QueueStatus::Paused, QueueStatus::Retrying, QueueStatus::NoLine,
             QueueStatus::InProgress, QueueStatus::Failed, QueueStatus::Canceled,
             QueueStatus::RetriesExceeded, QueueStatus::Completed});
        const ServerCapabilities caps = m_server->capabilities();
        const QList<JobCommand> commands = {JobCommand::Pause, JobCommand::Resume,
                                            JobCommand::Cancel, JobCommand::Restart};
        const QList<JobId> ids = submit(int(statuses.size() * commands.size()));
        QCOMPARE(ids.size(), statuses.size() * commands.size());
        int next = 0;
        for (QueueStatus status : statuses) {
            for (JobCommand command : commands) {
                const JobId id = ids.at(next++);
                if (status != QueueStatus::Pending)
                    m_backend->setJobStatus(m_server.get(), id, status);
                const Job before = m_server->job(id).value();
                QCOMPARE(before.queueStatus, status);
                const QString what = enumKey(command) + QStringLiteral(" when ") + enumKey(status);
                ChangeSpies changes(m_server.get());
                const Outcome o = run(m_server->jobCommand(id, command));
                if (!caps.canRunJobCommand(command)) {
                    // Whatever the job's status: the connection cannot do it at all.
                    QVERIFY2(o.failedWith(Error::Kind::Unsupported),
                             qPrintable(what + u' ' + describe(o)));
                    QVERIFY2(o.error.message.contains(caps.jobCommandReason(command)),
                             qPrintable(o.error.message));
                    QCOMPARE(changes.total(), 0);
                    QCOMPARE(m_server->job(id).value(), before);
                    continue;
                }
                if (!JobRules::allows(command, before)) {
                    QVERIFY2(o.failedWith(Error::Kind::NotPermitted),
                             qPrintable(what + u' ' + describe(o)));
                    QVERIFY2(o.error.message.contains(QString::number(id)),
                             qPrintable(o.error.message));
                    QCOMPARE(changes.total(), 0);
                    QCOMPARE(m_server->job(id).value(), before);
                    continue;
                }
                QVERIFY2(o.ok(), qPrintable(what + u' ' + describe(o)));
                QVERIFY2(changes.jobChanged.count() == 1, qPrintable(what));
                QCOMPARE(changes.total(), 1);
                const Job after = changes.jobChanged.at(0).at(0).value<Job>();
                Job expected = before;
                QVERIFY(JobRules::apply(command, &expected, QDateTime::currentDateTime()));
                QCOMPARE(after.id, id);
                QCOMPARE(after.queueStatus, expected.queueStatus);
                QCOMPARE(after.deviceStatus, expected.deviceStatus);
                QCOMPARE(after.tries, expected.tries);
                QCOMPARE(after.pagesSent, expected.pagesSent);
                QCOMPARE(after.finished.isValid(), expected.finished.isValid());
                QCOMPARE(m_server->job(id).value(), after);
            }
        }
        const Outcome unknown = run(m_server->jobCommand(424242, JobCommand::Pause));
        QVERIFY2(unknown.failedWith(Error::Kind::NotFound), qPrintable(describe(unknown)));
        QVERIFY(unknown.error.message.contains(QStringLiteral("424242")));
    }

    void removeTakesOnlyFinishedJobs_data() { backendRows(); }
    void removeTakesOnlyFinishedJobs()
    {
        QVERIFY(open());
        const QList<QueueStatus> statuses =
            reachable({QueueStatus::Pending, QueueStatus::InProgress, QueueStatus::Paused,
                       QueueStatus::Completed, QueueStatus::Failed, QueueStatus::Canceled,
                       QueueStatus::RetriesExceeded});
        const QList<JobId> ids = submit(int(statuses.size()));
        QCOMPARE(ids.size(), statuses.size());
        for (int i = 0; i < statuses.size(); ++i) {
            if (statuses.at(i) != QueueStatus::Pending)
                m_backend->setJobStatus(m_server.get(), ids.at(i), statuses.at(i));
        }
        for (int i = 0; i < statuses.size(); ++i) {
            const JobId id = ids.at(i);
            ChangeSpies changes(m_server.get());
            const Outcome o = run(m_server->removeJob(id));
            if (!JobRules::canRemove(statuses.at(i))) {
                QVERIFY2(o.failedWith(Error::Kind::NotPermitted), qPrintable(describe(o)));
                QCOMPARE(changes.total(), 0);
                QVERIFY(m_server->job(id));
                continue;
            }
            QVERIFY2(o.ok(), qPrintable(enumKey(statuses.at(i)) + u' ' + describe(o)));
            QCOMPARE(changes.jobRemoved.count(), 1);
            QCOMPARE(changes.total(), 1);
            QCOMPARE(changes.jobRemoved.at(0).at(0).value<JobId>(), id);
            QVERIFY(!m_server->job(id));
        }
        const Outcome unknown = run(m_server->removeJob(424242));
        QVERIFY2(unknown.failedWith(Error::Kind::NotFound), qPrintable(describe(unknown)));
    }

    void settingsRoundTrip_data() { backendRows(); }
    void settingsRoundTrip()
    {
        QVERIFY(open());
        const ServerCapabilities caps = m_server->capabilities();
        ChangeSpies changes(m_server.get());
        const ServerSettings before = m_server->settings();
        ServerSettings wanted = before;
        QStringList assignments;
        for (const QString &a : {QStringLiteral("retries=5"), QStringLiteral("retry-delay=15"),
                                 QStringLiteral("dialing.area-code=30"),
                                 QStringLiteral("discount-rate-start=19:30")}) {
            if (caps.canChangeSetting(a.section(u'=', 0, 0)))
                assignments << a;
        }
        QVERIFY(SettingsKeys::applyAssignments(&wanted, assignments));
        Outcome o = run(m_server->setSettings(wanted));
        QVERIFY2(o.ok(), qPrintable(describe(o)));
        QCOMPARE(changes.settingsChanged.count(), 1);
        QCOMPARE(changes.total(), 1);
        QCOMPARE(m_server->settings(), wanted);
        // The same settings again change nothing.
        QVERIFY(run(m_server->setSettings(wanted)).ok());
        QCOMPARE(changes.settingsChanged.count(), 1);

        // A bad value is refused whole, naming the setting.
        ServerSettings bad = wanted;
        bad.retryDelay = 5000;
        if (caps.canChangeSetting(QStringLiteral("dialing.area-code")))
            bad.dialing.areaCode = QStringLiteral("40");
        o = run(m_server->setSettings(bad));
        QVERIFY2(o.failedWith(Error::Kind::InvalidArgument), qPrintable(describe(o)));
        QVERIFY2(o.error.message.contains(QStringLiteral("(retry-delay)")),
                 qPrintable(o.error.message));
        QCOMPARE(changes.settingsChanged.count(), 1);
        QCOMPARE(m_server->settings(), wanted);

        // A setting the connection may not change is refused, naming it and why.
        for (const QString &key : caps.deniedSettings()) {
            ServerSettings changed = wanted;
            QVERIFY2(changeSetting(&changed, key), qPrintable(key));
            o = run(m_server->setSettings(changed));
            QVERIFY2(o.failedWith(Error::Kind::Unsupported), qPrintable(describe(o)));
            QVERIFY2(o.error.message.contains(key), qPrintable(o.error.message));
            QVERIFY2(o.error.message.contains(caps.settingReason(key)),
                     qPrintable(o.error.message));
        }
        QCOMPARE(changes.settingsChanged.count(), 1);

        m_server->disconnectFromServer();
        QVERIFY(run(m_server->connectToServer()).ok());
        QCOMPARE(m_server->settings(), wanted);
    }

    void portsWhereCapable_data() { backendRows(); }
    void portsWhereCapable()
    {
        QVERIFY(open());
        const ServerCapabilities caps = m_server->capabilities();
        ChangeSpies changes(m_server.get());
        Port port;
        port.name = QStringLiteral("front");
        port.devicePath = QStringLiteral("/dev/ttyS9");
        port.rings = 3;
        Outcome o = run(m_server->addPort(port));
        if (!caps.can(Feature::AddPorts)) {
            QVERIFY2(o.failedWith(Error::Kind::Unsupported), qPrintable(describe(o)));
            QVERIFY(o.error.message.contains(caps.reason(Feature::AddPorts)));
            QCOMPARE(changes.total(), 0);
        } else {
            QVERIFY2(o.ok(), qPrintable(describe(o)));
            QCOMPARE(changes.portAdded.count(), 1);
            QCOMPARE(changes.portAdded.at(0).at(0).value<Port>().name, port.name);
            QCOMPARE(m_server->ports().size(), 1);
            QCOMPARE(m_server->ports().at(0).devicePath, port.devicePath);
            QCOMPARE(m_server->ports().at(0).rings, 3);
            o = run(m_server->addPort(port));
            QVERIFY2(o.failedWith(Error::Kind::InvalidArgument), qPrintable(describe(o)));
            QVERIFY(o.error.message.contains(port.name));
            Port blank = port;
            blank.name = QStringLiteral("  ");
            QVERIFY(run(m_server->addPort(blank)).failedWith(Error::Kind::InvalidArgument));
            // Every backend checks a port with the settings schema, as faxctl does.
            Port badId = port;
            badId.name = QStringLiteral("back");
            badId.tsid = QStringLiteral("ACME");
            o = run(m_server->addPort(badId));
            QVERIFY2(o.failedWith(Error::Kind::InvalidArgument), qPrintable(describe(o)));
            QVERIFY2(o.error.message.contains(QStringLiteral("(tsid)")), qPrintable(describe(o)));
            QCOMPARE(changes.portAdded.count(), 1);
        }

        changes.clear();
        // What the connection lets change, changes.
        const Port original = m_server->ports().value(0, port);
        Port changed = original;
        if (caps.canChangePortSetting(QStringLiteral("rings")))
            changed.rings = 5;
        if (caps.canChangePortSetting(QStringLiteral("csid")))
            changed.csid = QStringLiteral("+1 555 0100");
        if (caps.canChangePortSetting(QStringLiteral("modem-class")))
            changed.modemClass = FaxClass::Class20;
        if (caps.canChangePortSetting(QStringLiteral("send-enabled")))
            changed.sendEnabled = !changed.sendEnabled;
        QVERIFY(!caps.can(Feature::ConfigurePorts) || !(changed == original));
        changed.state = PortState::Sending; // the live state is not the caller's to set
        o = run(m_server->updatePort(changed));
        if (!caps.can(Feature::ConfigurePorts)) {
            QVERIFY2(o.failedWith(Error::Kind::Unsupported), qPrintable(describe(o)));
            QCOMPARE(changes.total(), 0);
        } else {
            QVERIFY2(o.ok(), qPrintable(describe(o)));
            QCOMPARE(changes.portChanged.count(), 1);
            QCOMPARE(changes.total(), 1);
            const Port now = m_server->ports().at(0);
            QCOMPARE(now.rings, changed.rings);
            QCOMPARE(now.csid, changed.csid);
            QCOMPARE(now.modemClass, changed.modemClass);
            QCOMPARE(now.sendEnabled, changed.sendEnabled);
            QVERIFY(now.state != PortState::Sending);
            // A setting the connection may not change is refused, naming it and why.
            for (const QString &key : caps.deniedPortSettings()) {
                Port denied = now;
                QVERIFY2(changeSetting(&denied, key), qPrintable(key));
                o = run(m_server->updatePort(denied));
                QVERIFY2(o.failedWith(Error::Kind::Unsupported), qPrintable(describe(o)));
                QVERIFY2(o.error.message.contains(key), qPrintable(o.error.message));
                QVERIFY2(o.error.message.contains(caps.portSettingReason(key)),
                         qPrintable(o.error.message));
            }
            QCOMPARE(changes.total(), 1);
            Port ghost = changed;
            ghost.name = QStringLiteral("ghost");
            o = run(m_server->updatePort(ghost));
            QVERIFY2(o.failedWith(Error::Kind::NotFound), qPrintable(describe(o)));
            QVERIFY(o.error.message.contains(QStringLiteral("ghost")));
        }

        changes.clear();
        o = run(m_server->removePort(port.name));
        if (!caps.can(Feature::RemovePorts)) {
            QVERIFY2(o.failedWith(Error::Kind::Unsupported), qPrintable(describe(o)));
            QCOMPARE(changes.total(), 0);
        } else {
            QVERIFY2(o.ok(), qPrintable(describe(o)));
            QCOMPARE(changes.portRemoved.count(), 1);
            QCOMPARE(changes.total(), 1);
            QVERIFY(m_server->ports().isEmpty());
            o = run(m_server->removePort(QStringLiteral("ghost")));
            QVERIFY2(o.failedWith(Error::Kind::NotFound), qPrintable(describe(o)));
        }
    }

    void answerByHand_data() { backendRows(); }
    void answerByHand()
    {
        QVERIFY(open());
        const ServerCapabilities caps = m_server->capabilities();
        if (!caps.can(Feature::AnswerCall)) {
            const Outcome o = run(m_server->answerCall(QStringLiteral("line")));
            QVERIFY2(o.failedWith(Error::Kind::Unsupported), qPrintable(describe(o)));
            QVERIFY(o.error.message.contains(QStringLiteral("line")));
            QVERIFY(o.error.message.contains(caps.reason(Feature::AnswerCall)));
            return;
        }
        Port port;
        port.name = QStringLiteral("line");
        port.devicePath = QStringLiteral("/dev/ttyS8");
        port.receiveMode = ReceiveMode::Manual;
        port.sendEnabled = false;
        QVERIFY(run(m_server->addPort(port)).ok());
        Outcome o = run(m_server->answerCall(QStringLiteral("nope")));
        QVERIFY2(o.failedWith(Error::Kind::NotFound), qPrintable(describe(o)));
        o = run(m_server->answerCall(port.name));
        QVERIFY2(o.failedWith(Error::Kind::NotPermitted), qPrintable(describe(o)));
        QVERIFY(o.error.message.contains(port.name));

        m_backend->ring(m_server.get(), port.name);
        QTRY_COMPARE(m_server->ports().at(0).state, PortState::Ringing);
        o = run(m_server->answerCall(port.name));
        QVERIFY2(o.ok(), qPrintable(describe(o)));
        QTRY_COMPARE(m_server->ports().at(0).state, PortState::Answered);
    }

    void fetchReceivedFax_data() { backendRows(); }
    void fetchReceivedFax()
    {
        QVERIFY(open());
        ChangeSpies changes(m_server.get());
        QFile chart(QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif"));
        QVERIFY(chart.open(QIODevice::ReadOnly));
        const QByteArray content = chart.readAll();
        const ReceivedFax fax = m_backend->receiveFax(m_server.get(), content);
        QCOMPARE(changes.receivedFaxAdded.count(), 1);
        QCOMPARE(changes.receivedFaxAdded.at(0).at(0).value<ReceivedFax>().id, fax.id);
        QCOMPARE(m_server->receivedFaxes().size(), 1);

        const ServerCapabilities caps = m_server->capabilities();
        FetchOperation *op = m_server->fetchReceivedFax(fax.id);
        QString file;
        Outcome o = run(op, [&] { file = op->filePath(); });
        if (!caps.can(Feature::FetchReceivedFaxes)) {
            QVERIFY2(o.failedWith(Error::Kind::Unsupported), qPrintable(describe(o)));
            QVERIFY(o.error.message.contains(caps.reason(Feature::FetchReceivedFaxes)));
            return;
        }
        QVERIFY2(o.ok(), qPrintable(describe(o)));
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        QCOMPARE(f.readAll(), content);
        o = run(m_server->fetchReceivedFax(fax.id + 1000));
        QVERIFY2(o.failedWith(Error::Kind::NotFound), qPrintable(describe(o)));
        QCOMPARE(changes.total(), 1);
    }

    // A job's documents come back with what it was submitted with, for its own recipient; the
    // files read as submitted.
    void fetchJobDocument_data() { backendRows(true); }
    void fetchJobDocument()
    {
        QVERIFY(open());
        const ServerCapabilities caps = m_server->capabilities();
        if (!caps.can(Feature::Submit))
            return;
        FaxDocument submitted =
            document({recipient(QStringLiteral("555 0100"), QStringLiteral("Ann")),
                      recipient(QStringLiteral("555 0101"), QStringLiteral("Ben"))},
                     {3000, 4000});
        submitted.note = QStringLiteral("Please call back");
        submitted.sender.company = QStringLiteral("Acme");
        submitted.priority = Priority::High;
        QList<JobId> ids;
        SubmitOperation *submit = m_server->submit(submitted);
        QVERIFY(run(submit, [&] { ids = submit->jobIds(); }).ok());
        QCOMPARE(ids.size(), 2);

        ChangeSpies changes(m_server.get());
        JobDocumentOperation *op = m_server->fetchJobDocument(ids.at(1));
        QCOMPARE(op->jobId(), ids.at(1));
        FaxDocument fetched;
        const Outcome o = run(op, [&] { fetched = op->document(); });
        if (!caps.can(Feature::FetchJobDocuments)) {
            QVERIFY2(o.failedWith(Error::Kind::Unsupported), qPrintable(describe(o)));
            QVERIFY(o.error.message.contains(caps.reason(Feature::FetchJobDocuments)));
            return;
        }
        QVERIFY2(o.ok(), qPrintable(describe(o)));
        QCOMPARE(fetched.files.size(), submitted.files.size());
        for (int i = 0; i < fetched.files.size(); ++i) {
            QFile a(fetched.files.at(i));
            QFile b(submitted.files.at(i));
            QVERIFY2(a.open(QIODevice::ReadOnly), qPrintable(a.fileName()));
            QVERIFY(b.open(QIODevice::ReadOnly));
            QCOMPARE(a.readAll(), b.readAll());
        }
        QCOMPARE(fetched.recipients.size(), 1);
        QCOMPARE(fetched.recipients.at(0).faxNumber, QStringLiteral("555 0101"));
        QCOMPARE(fetched.recipients.at(0).name, QStringLiteral("Ben"));
        QCOMPARE(fetched.subject, submitted.subject);
        QCOMPARE(fetched.note, submitted.note);
        QCOMPARE(fetched.sender.name, submitted.sender.name);
        QCOMPARE(fetched.sender.company, submitted.sender.company);
        QCOMPARE(fetched.priority, Priority::High);
        QCOMPARE(changes.total(), 0);

        const Outcome missing = run(m_server->fetchJobDocument(ids.at(1) + 1000));
        QVERIFY2(missing.failedWith(Error::Kind::NotFound), qPrintable(describe(missing)));
    }

    void deniedOperationsAreUnsupported_data() { backendRows(true); }
    void deniedOperationsAreUnsupported()
    {
        QVERIFY(open());
        const ServerCapabilities caps = m_server->capabilities();
        ChangeSpies changes(m_server.get());
        const QString url = m_server->connectionSettings().toUrl();
        Port port;
        port.name = QStringLiteral("front");
        ServerSettings settings = m_server->settings();
        settings.retryDelay += 1;
        const QMetaEnum features = QMetaEnum::fromType<Feature>();
        for (int i = 0; i < features.keyCount(); ++i) {
            const auto feature = Feature(features.value(i));
            if (caps.can(feature))
                continue;
            FaxOperation *op = nullptr;
            switch (feature) {
            case Feature::Submit:
                op = m_server->submit(document({recipient(QStringLiteral("5550100"))}));
                break;
            case Feature::JobControl:
                op = m_server->jobCommand(1, JobCommand::Pause);
                break;
            case Feature::RemoveJobs:
                op = m_server->removeJob(1);
                break;
            case Feature::AddPorts:
                op = m_server->addPort(port);
                break;
            case Feature::RemovePorts:
                op = m_server->removePort(port.name);
                break;
            case Feature::ConfigurePorts:
                op = m_server->updatePort(port);
                break;
            case Feature::AnswerCall:
                op = m_server->answerCall(port.name);
                break;
            case Feature::FetchReceivedFaxes:
                op = m_server->fetchReceivedFax(1);
                break;
            case Feature::ChangeSettings:
                op = m_server->setSettings(settings);
                break;
            case Feature::FetchJobDocuments:
                op = m_server->fetchJobDocument(1);
                break;
            }
            const QString what = op->description();
            const Outcome o = run(op);
            QVERIFY2(!o.finishedOnReturn, features.key(i));
            QVERIFY2(o.failedWith(Error::Kind::Unsupported), qPrintable(describe(o)));
            for (const QString &part : {url, what, caps.reason(feature)})
                QVERIFY2(o.error.message.contains(part), qPrintable(o.error.message));
        }
        QCOMPARE(changes.total(), 0);
    }

    void serverGoingAwayEndsItsOperations_data() { backendRows(); }
    void serverGoingAwayEndsItsOperations()
    {
        QVERIFY(open());
        const QList<JobId> ids = submit(1);
        QCOMPARE(ids.size(), 1);
        FaxOperation *pause = m_server->jobCommand(ids.at(0), JobCommand::Pause);
        FaxOperation *upload = m_server->submit(document({recipient(QStringLiteral("5550100"))}));
        QSignalSpy pauseOk(pause, &FaxOperation::succeeded);
        QSignalSpy pauseDone(pause, &FaxOperation::finished);
        QSignalSpy uploadFailed(upload, &FaxOperation::failed);
        QSignalSpy uploadDone(upload, &FaxOperation::finished);
        QSignalSpy uploadGone(upload, &QObject::destroyed);
        QSignalSpy pauseFailed(pause, &FaxOperation::failed);
        m_server.reset();
        // What was done is told as done; what was not, as canceled: once, and then they go. A
        // command on its way to a server may not have reached it.
        if (m_backend->commandsTakeEffectAtOnce()) {
            QCOMPARE(pauseOk.count(), 1);
        } else {
            QCOMPARE(pauseOk.count() + pauseFailed.count(), 1);
            if (!pauseFailed.isEmpty())
                QCOMPARE(pauseFailed.at(0).at(0).value<Error>().kind, Error::Kind::Canceled);
        }
        QCOMPARE(pauseDone.count(), 1);
        QCOMPARE(uploadFailed.count(), 1);
        QCOMPARE(uploadFailed.at(0).at(0).value<Error>().kind, Error::Kind::Canceled);
        QCOMPARE(uploadDone.count(), 1);
        QCOMPARE(uploadGone.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerContract)
#include "tst_servercontract.moc"
