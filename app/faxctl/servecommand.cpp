// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl serve: the local engine as the dispatcher in the foreground, until SIGINT/SIGTERM.
#include "../quitsignals.h"
#include "ctlcommand.h"
#include "ctlformat.h"

#include "core/connectionsettings.h"
#include "server/localfaxserver.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>

namespace Fax {

namespace {

QString now()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString jobState(const Job &job)
{
    QString s = displayName(job.queueStatus);
    if (job.deviceStatus != DeviceStatus::None)
        s += QStringLiteral(" (") + displayName(job.deviceStatus) + QLatin1Char(')');
    return s;
}

} // namespace

namespace {

class ServeCommand final : public CtlCommand
{
    // tr() looks up "FaxCtl" (the base class); this tells lupdate so.
    Q_DECLARE_TR_FUNCTIONS(FaxCtl)

public:
    ServeCommand()
        : CtlCommand(
              {"serve",
               "",
               QT_TRANSLATE_NOOP("FaxCtl",
                                 "Run the local engine in the foreground and dispatch jobs"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl", "Runs the local fax engine as the dispatcher (the process that sends "
                             "queued jobs through the ports) until SIGINT or SIGTERM, printing job "
                             "and port events as they happen (--json: one JSON object per line)."),
               {},
               {true, false, true},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

} // namespace

int ServeCommand::run(const CtlArgs &args)
{
    if (!args.positional().isEmpty()) {
        return usageError(tr("serve: unexpected argument '%1'").arg(args.positional().constFirst()),
                          "serve");
    }
    // FaxCtl refused a HylaFAX server already: serve is not a remote command (Traits).
    QuitSignals quitSignals;
    if (!quitSignals.isWatching())
        return fail(
            tr("serve: cannot watch for SIGINT/SIGTERM: %1").arg(quitSignals.errorString()));

    auto *server = static_cast<LocalFaxServer *>(openServer(true));
    if (!server)
        return Failure;
    if (!server->isDispatcher())
        server->poll();
    if (!server->isDispatcher()) {
        return fail(tr("serve: another process already dispatches the jobs of %1 (it holds %2)")
                        .arg(server->dataDirectory(),
                             server->dataDirectory() + QStringLiteral("/engine.lock")));
    }

    QObject receiver; // owns the connections below; the server's own stay untouched
    QHash<JobId, Job> jobs;
    for (const Job &job : server->jobs())
        jobs.insert(job.id, job);
    QHash<QString, Port> ports;
    for (const Port &port : server->ports())
        ports.insert(port.name, port);

    const auto emitJson = [this](const QString &event, const QString &key, const QJsonValue &v) {
        QJsonObject o{{QStringLiteral("event"), event},
                      {QStringLiteral("time"), CtlFormat::jsonTime(QDateTime::currentDateTime())}};
        if (!key.isEmpty())
            o[key] = v;
        printLine(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    const auto say = [this](const QString &text) {
        printLine(now() + QStringLiteral("  ") + text);
    };

    if (json()) {
        emitJson(QStringLiteral("started"), QStringLiteral("dataDirectory"),
                 server->dataDirectory());
    } else {
        say(tr("serving %1 as the dispatcher (%2 jobs, %3 ports); stop with Ctrl+C")
                .arg(server->dataDirectory())
                .arg(jobs.size())
                .arg(ports.size()));
    }

    QObject::connect(server, &FaxServer::jobAdded, &receiver, [&](const Job &job) {
        jobs.insert(job.id, job);
        if (json())
            return emitJson(QStringLiteral("job-added"), QStringLiteral("job"),
                            CtlFormat::jobToJson(job));
        say(tr("job %1 added: %2, to %3")
                .arg(job.id)
                .arg(jobState(job), CtlFormat::recipient(job)));
    });
    QObject::connect(server, &FaxServer::jobChanged, &receiver, [&](const Job &job) {
        const Job before = jobs.value(job.id, job);
        jobs.insert(job.id, job);
        if (json())
            return emitJson(QStringLiteral("job-changed"), QStringLiteral("job"),
                            CtlFormat::jobToJson(job));
        QString text = tr("job %1: %2").arg(job.id).arg(jobState(job));
        if (jobState(before) != jobState(job))
            text = tr("job %1: %2 -> %3").arg(job.id).arg(jobState(before), jobState(job));
        if (!job.port.isEmpty())
            text += tr(" on %1").arg(job.port);
        if (job.pagesTotal > 0)
            text += tr(", page %1 of %2").arg(job.pagesSent).arg(job.pagesTotal);
        if (!job.lastError.isEmpty() && job.lastError != before.lastError)
            text += QStringLiteral(": ") + job.lastError;
        say(text);
    });
    QObject::connect(server, &FaxServer::jobRemoved, &receiver, [&](JobId id) {
        jobs.remove(id);
        if (json())
            return emitJson(QStringLiteral("job-removed"), QStringLiteral("id"), id);
        say(tr("job %1 removed").arg(id));
    });
    QObject::connect(server, &FaxServer::portAdded, &receiver, [&](const Port &port) {
        ports.insert(port.name, port);
        if (json())
            return emitJson(QStringLiteral("port-added"), QStringLiteral("port"),
                            CtlFormat::portToJson(port));
        say(tr("port '%1' added on %2").arg(port.name, port.devicePath));
    });
    QObject::connect(server, &FaxServer::portChanged, &receiver, [&](const Port &port) {
        ports.insert(port.name, port);
        if (json())
            return emitJson(QStringLiteral("port-changed"), QStringLiteral("port"),
                            CtlFormat::portToJson(port));
        QString text = tr("port '%1': %2").arg(port.name, displayName(port.state));
        if (!port.stateText.isEmpty())
            text += QStringLiteral(" (") + port.stateText + QLatin1Char(')');
        say(text);
    });
    QObject::connect(server, &FaxServer::portRemoved, &receiver, [&](const QString &name) {
        ports.remove(name);
        if (json())
            return emitJson(QStringLiteral("port-removed"), QStringLiteral("name"), name);
        say(tr("port '%1' removed").arg(name));
    });
    QObject::connect(server, &FaxServer::settingsChanged, &receiver, [&](const ServerSettings &) {
        if (json())
            return emitJson(QStringLiteral("settings-changed"), QString(), QJsonValue());
        say(tr("server settings changed"));
    });
    QObject::connect(server, &FaxServer::receivedFaxAdded, &receiver, [&](const ReceivedFax &fax) {
        if (json())
            return emitJson(QStringLiteral("fax-received"), QStringLiteral("file"), fax.file);
        say(tr("fax received from '%1' on %2: %3 pages, %4")
                .arg(fax.tsid, fax.port)
                .arg(fax.pages)
                .arg(fax.file));
    });
    QObject::connect(server, &FaxServer::errorOccurred, &receiver, [&](const Error &error) {
        err() << now() << QStringLiteral("  faxctl: ") << error.message << '\n';
        err().flush();
    });

    QEventLoop loop;
    int caught = 0;
    QObject::connect(&quitSignals, &QuitSignals::received, &loop, [&](int signal) {
        caught = signal;
        loop.quit();
    });
    loop.exec();

    QObject::disconnect(server, nullptr, &receiver, nullptr);
    server->disconnectFromServer();
    context().closeServer();
    if (json())
        emitJson(QStringLiteral("stopped"), QStringLiteral("signal"), caught);
    else
        say(tr("stopped on %1").arg(QuitSignals::signalName(caught)));
    return Success;
}

void addServeCommand(CtlCommandList &list)
{
    list.push_back(std::make_unique<ServeCommand>());
}

} // namespace Fax
