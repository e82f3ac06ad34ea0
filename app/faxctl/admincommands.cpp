// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl ports, port and settings: administration through SettingsKeys.
#include "ctlcommand.h"
#include "ctlformat.h"

#include "server/faxserver.h"
#include "server/operationwait.h"

#include <QJsonArray>

#include <algorithm>

namespace Fax {

namespace {

std::optional<Port> portNamed(const QList<Port> &ports, const QString &name)
{
    for (const Port &p : ports) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QJsonValue jsonValue(const SettingKey &key)
{
    return QJsonValue::fromVariant(key.value);
}

} // namespace

namespace {

/// A command that shows settings as KEY=VALUE lines.
class KeysCommand : public CtlCommand
{
public:
    using CtlCommand::CtlCommand;

protected:
    int printKeys(const QList<SettingKey> &keys, const QString &heading);
};

class PortsCommand final : public CtlCommand
{
    // tr() looks up "FaxCtl" (the base class); this tells lupdate so.
    Q_DECLARE_TR_FUNCTIONS(FaxCtl)

public:
    PortsCommand()
        : CtlCommand(
              {"ports",
               "",
               QT_TRANSLATE_NOOP("FaxCtl", "List the fax ports (modems)"),
               QT_TRANSLATE_NOOP("FaxCtl", "Lists every port with its device, state and settings."),
               {},
               {true, true, false},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

class PortCommand final : public KeysCommand
{
    // tr() looks up "FaxCtl" (the base class); this tells lupdate so.
    Q_DECLARE_TR_FUNCTIONS(FaxCtl)

public:
    PortCommand()
        : KeysCommand({"port",
                       "NAME [add DEVICE [KEY=VALUE...] | remove | set KEY=VALUE...]",
                       QT_TRANSLATE_NOOP("FaxCtl", "Show, add, remove or configure a port"),
                       QT_TRANSLATE_NOOP(
                           "FaxCtl",
                           "Without an action, shows the port's settings. 'add' creates port NAME "
                           "on serial device DEVICE, 'set' changes its settings (the keys below). "
                           "A bad key or value changes nothing."),
                       {},
                       {true, true, false},
                       [] { return SettingsKeys::list(Port()); }})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

class SettingsCommand final : public KeysCommand
{
    // tr() looks up "FaxCtl" (the base class); this tells lupdate so.
    Q_DECLARE_TR_FUNCTIONS(FaxCtl)

public:
    SettingsCommand()
        : KeysCommand(
              {"settings",
               "[get KEY | set KEY=VALUE...]",
               QT_TRANSLATE_NOOP("FaxCtl", "Show or change the server settings"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl", "Without an action, lists every server setting as KEY=VALUE with a "
                             "short description and what it accepts. 'set' changes settings all "
                             "or nothing."),
               {},
               {true, true, false},
               [] { return SettingsKeys::list(ServerSettings()); }})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

} // namespace

int KeysCommand::printKeys(const QList<SettingKey> &keys, const QString &heading)
{
    if (json()) {
        QJsonObject o;
        for (const SettingKey &k : keys)
            o[k.key] = jsonValue(k);
        printJson(o);
        return Success;
    }
    if (!heading.isEmpty())
        printLine(heading);
    QList<QStringList> rows;
    for (const SettingKey &k : keys) {
        rows << QStringList{k.key + QLatin1Char('=') + k.text,
                            QStringLiteral("# ") + k.description + QStringLiteral(" [") + k.type +
                                QLatin1Char(']')};
    }
    out() << CtlFormat::table({}, rows);
    out().flush();
    return Success;
}

int PortsCommand::run(const CtlArgs &args)
{
    if (!args.positional().isEmpty()) {
        return usageError(tr("ports: unexpected argument '%1'").arg(args.positional().constFirst()),
                          "ports");
    }
    FaxServer *server = openServer(false);
    if (!server)
        return Failure;
    QList<Port> ports = server->ports();
    std::sort(ports.begin(), ports.end(), [](const Port &a, const Port &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.name < b.name;
    });
    if (json()) {
        QJsonArray list;
        for (const Port &p : ports)
            list << CtlFormat::portToJson(p);
        printJson({{QStringLiteral("ports"), list}});
        return Success;
    }
    if (ports.isEmpty()) {
        printLine(tr("No ports. Add one with 'faxctl port NAME add DEVICE'."));
        return Success;
    }
    QList<QStringList> rows;
    for (const Port &p : ports) {
        QString state = displayName(p.state);
        if (!p.stateText.isEmpty())
            state += QStringLiteral(" (") + p.stateText + QLatin1Char(')');
        rows << QStringList{p.name,
                            p.devicePath,
                            state,
                            p.sendEnabled ? tr("yes") : tr("no"),
                            displayName(p.receiveMode),
                            QString::number(p.rings),
                            QString::number(p.priority),
                            p.tsid,
                            p.csid,
                            QStringList{p.manufacturer, p.model}.join(QLatin1Char(' ')).trimmed()};
    }
    out() << CtlFormat::table({tr("NAME"), tr("DEVICE"), tr("STATE"), tr("SEND"), tr("RECEIVE"),
                               tr("RINGS"), tr("PRIORITY"), tr("TSID"), tr("CSID"), tr("MODEM")},
                              rows);
    out().flush();
    return Success;
}

int PortCommand::run(const CtlArgs &args)
{
    const QStringList &pos = args.positional();
    if (pos.isEmpty())
        return usageError(tr("port: give a port NAME"), "port");
    const QString name = pos.at(0);
    const QString action = pos.value(1);
    if (name.trimmed().isEmpty())
        return usageError(tr("port: the port name is empty"), "port");

    if (action == QLatin1String("add")) {
        if (pos.size() < 3)
            return usageError(tr("port %1 add: give the DEVICE of the modem").arg(name), "port");
        Port port;
        port.name = name;
        // The device goes through the same check as 'device=...'.
        QStringList assignments{QStringLiteral("device=") + pos.at(2)};
        assignments << pos.mid(3);
        if (const Result r = SettingsKeys::applyAssignments(&port, assignments); !r)
            return usageError(r.error().message, "port");
        FaxServer *server = openServer(false);
        if (!server)
            return Failure;
        if (const Result r = waitFor(server->addPort(port)); !r)
            return fail(tr("cannot add port '%1': %2").arg(name, r.error().message));
        if (!json())
            printLine(tr("Port '%1' added on %2.").arg(name, port.devicePath));
        else
            printJson(CtlFormat::portToJson(portNamed(server->ports(), name).value_or(port)));
        return Success;
    }
    if (!action.isEmpty() && action != QLatin1String("remove") && action != QLatin1String("set")) {
        return usageError(tr("port: unknown action '%1' (use add, remove or set)").arg(action),
                          "port");
    }
    if (action == QLatin1String("remove") && pos.size() > 2)
        return usageError(tr("port %1 remove: unexpected argument '%2'").arg(name, pos.at(2)),
                          "port");
    if (action == QLatin1String("set") && pos.size() < 3)
        return usageError(tr("port %1 set: give at least one KEY=VALUE").arg(name), "port");
    if (action.isEmpty() && pos.size() > 1)
        return usageError(tr("port: unexpected argument '%1'").arg(pos.at(1)), "port");

    FaxServer *server = openServer(false);
    if (!server)
        return Failure;
    std::optional<Port> port = portNamed(server->ports(), name);
    if (!port)
        return fail(tr("port '%1': there is no such port").arg(name));

    if (action.isEmpty())
        return printKeys(SettingsKeys::list(*port), QString());
    if (action == QLatin1String("remove")) {
        if (const Result r = waitFor(server->removePort(name)); !r)
            return fail(tr("cannot remove port '%1': %2").arg(name, r.error().message));
        if (json())
            printJson({{QStringLiteral("removed"), name}});
        else
            printLine(tr("Port '%1' removed.").arg(name));
        return Success;
    }
    if (const Result r = SettingsKeys::applyAssignments(&*port, pos.mid(2)); !r)
        return usageError(r.error().message, "port");
    if (const Result r = waitFor(server->updatePort(*port)); !r)
        return fail(tr("cannot change port '%1': %2").arg(name, r.error().message));
    const Port after = portNamed(server->ports(), name).value_or(*port);
    return printKeys(SettingsKeys::list(after), QString());
}

int SettingsCommand::run(const CtlArgs &args)
{
    const QStringList &pos = args.positional();
    const QString action = pos.value(0);
    if (action.isEmpty()) {
        // Nothing to check.
    } else if (action == QLatin1String("get")) {
        if (pos.size() != 2)
            return usageError(tr("settings get: give exactly one KEY"), "settings");
    } else if (action == QLatin1String("set")) {
        if (pos.size() < 2)
            return usageError(tr("settings set: give at least one KEY=VALUE"), "settings");
    } else {
        return usageError(tr("settings: unknown action '%1' (use get or set)").arg(action),
                          "settings");
    }
    FaxServer *server = openServer(false);
    if (!server)
        return Failure;
    ServerSettings settings = server->settings();
    if (action.isEmpty())
        return printKeys(SettingsKeys::list(settings), QString());
    if (action == QLatin1String("get")) {
        const std::optional<SettingKey> k =
            SettingsKeys::find(SettingsKeys::list(settings), pos.at(1));
        if (!k) {
            // apply() words the error with the list of known keys.
            ServerSettings probe;
            return usageError(SettingsKeys::apply(&probe, pos.at(1), QString()).error().message,
                              "settings");
        }
        if (json())
            printJson({{k->key, jsonValue(*k)}});
        else
            printLine(k->text);
        return Success;
    }
    if (const Result r = SettingsKeys::applyAssignments(&settings, pos.mid(1)); !r)
        return usageError(r.error().message, "settings");
    if (const Result r = waitFor(server->setSettings(settings)); !r)
        return fail(tr("cannot change the server settings: %1").arg(r.error().message));
    // Show what was set, as the server now has it.
    const QList<SettingKey> all = SettingsKeys::list(server->settings());
    QList<SettingKey> changed;
    for (const QString &assignment : pos.mid(1)) {
        QString key;
        QString value;
        SettingsKeys::splitAssignment(assignment, &key, &value);
        if (const std::optional<SettingKey> k = SettingsKeys::find(all, key))
            changed << *k;
    }
    if (json())
        return printKeys(changed, QString());
    for (const SettingKey &k : changed)
        printLine(k.key + QLatin1Char('=') + k.text);
    return Success;
}

void addAdminCommands(CtlCommandList &list)
{
    list.push_back(std::make_unique<PortsCommand>());
    list.push_back(std::make_unique<PortCommand>());
    list.push_back(std::make_unique<SettingsCommand>());
}

} // namespace Fax
