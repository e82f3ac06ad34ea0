// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl printer: the CUPS queue "Fax" of print-to-fax (install, remove, status), made with
// CUPS' own lpadmin and lpstat, so it works against whichever cupsd CUPS_SERVER names.
#include "ctlcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace Fax {

namespace {

/// The queue's name: what applications' Print dialogs show.
const QString queueName = QStringLiteral("Fax");
/// The device URI of the faxconsole backend.
const QString deviceUri = QStringLiteral("faxconsole:/");

/// What a CUPS tool said and how it ended.
struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QString out;
    QString err;
};

class PrinterCommand final : public CtlCommand
{
    // tr() looks up "FaxCtl" (the base class); this tells lupdate so.
    Q_DECLARE_TR_FUNCTIONS(FaxCtl)

public:
    PrinterCommand()
        : CtlCommand(
              {"printer",
               "install|remove|status",
               QT_TRANSLATE_NOOP("FaxCtl", "Create, remove or show the \"Fax\" printer (CUPS)"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl",
                   "'install' creates the CUPS printer \"Fax\" (device faxconsole:/, enabled and "
                   "accepting jobs, not shared): what any application prints to it opens the "
                   "printing user's Send Fax Wizard with the document. It needs the faxconsole "
                   "backend in CUPS' backend folder (cmake --install does it) and a CUPS "
                   "administrator (root or the lpadmin group). 'remove' deletes the printer, "
                   "'status' shows it. CUPS_SERVER chooses the CUPS server as for lp."),
               {},
               {},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
    int install();
    int remove();
    int status();
    /// Runs a CUPS tool (lpadmin, lpstat) in the C locale, so its words can be read.
    ToolRun runTool(const QString &tool, const QStringList &arguments);
    /// The message for a CUPS tool that could not do what was asked.
    QString toolFailure(const QString &what, const ToolRun &run) const;
    static QString ppdPath();
};

QString PrinterCommand::ppdPath()
{
    // Installed beside the programs (share/faxconsole), else the source tree's (a build tree).
    const QString installed = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../share/faxconsole/faxconsole.ppd");
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(FAX_SOURCE_PPD);
}

ToolRun PrinterCommand::runTool(const QString &tool, const QStringList &arguments)
{
    ToolRun result;
    const QString program = QStandardPaths::findExecutable(
        tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")});
    if (program.isEmpty())
        return result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return result;
    result.started = true;
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = tr("%1 did not finish within a minute").arg(tool);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    result.err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return result;
}

QString PrinterCommand::toolFailure(const QString &what, const ToolRun &run) const
{
    const QString said = run.err.isEmpty() ? run.out : run.err;
    // lpadmin's own words after its name, the last line (the first may be a deprecation note).
    const QStringList lines = said.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString reason =
        lines.isEmpty() ? QString() : lines.constLast().section(QStringLiteral(": "), 1).trimmed();
    if (reason.isEmpty())
        reason = said;
    if (reason.contains(QLatin1String("Forbidden")) ||
        reason.contains(QLatin1String("not authorized"), Qt::CaseInsensitive) ||
        reason.contains(QLatin1String("Unauthorized")))
        return tr("%1: not allowed (%2); it needs a CUPS administrator: run it as root or as a "
                  "member of the lpadmin group")
            .arg(what, reason);
    if (reason.contains(QLatin1String("Unable to connect")) ||
        reason.contains(QLatin1String("connect to server")))
        return tr("%1: CUPS is not running or not reachable (%2)").arg(what, reason);
    if (reason.contains(QLatin1String("device-uri")) || reason.contains(QLatin1String("scheme")))
        return tr("%1: CUPS has no faxconsole backend (%2); install Fax Console with cmake "
                  "--install, which puts it into CUPS' backend folder")
            .arg(what, reason);
    return tr("%1: %2").arg(what, reason.isEmpty() ? tr("the CUPS tool failed") : reason);
}

int PrinterCommand::install()
{
    const QString ppd = ppdPath();
    if (!QFileInfo::exists(ppd))
        return fail(
            tr("Cannot create the printer \"%1\": its PPD file %2 is missing").arg(queueName, ppd));
    // -E after -p enables the printer and accepts jobs (before it, it means encryption). Not
    // shared: CUPS takes the user name of a remote job on trust. abort-job: a document that
    // cannot be handed over fails its job, not the whole queue.
    const ToolRun run = runTool(
        QStringLiteral("lpadmin"),
        {QStringLiteral("-p"), queueName, QStringLiteral("-E"), QStringLiteral("-v"), deviceUri,
         QStringLiteral("-P"), ppd, QStringLiteral("-D"), QStringLiteral("Fax Console"),
         QStringLiteral("-L"), tr("Opens the Send Fax Wizard"), QStringLiteral("-o"),
         QStringLiteral("printer-error-policy=abort-job"), QStringLiteral("-o"),
         QStringLiteral("printer-is-shared=false")});
    if (!run.started)
        return fail(tr("Cannot create the printer \"%1\": CUPS is not installed (lpadmin is "
                       "missing; install the Debian packages cups and cups-client)")
                        .arg(queueName));
    if (run.exitCode != 0)
        return fail(toolFailure(tr("Cannot create the printer \"%1\"").arg(queueName), run));
    if (json()) {
        printJson({{QStringLiteral("printer"), queueName},
                   {QStringLiteral("device"), deviceUri},
                   {QStringLiteral("installed"), true}});
        return Success;
    }
    printLine(tr("Printer \"%1\" installed: printing to it opens the Send Fax Wizard of the user "
                 "who prints.")
                  .arg(queueName));
    return Success;
}

int PrinterCommand::remove()
{
    const ToolRun run = runTool(QStringLiteral("lpadmin"), {QStringLiteral("-x"), queueName});
    if (!run.started)
        return fail(tr("Cannot remove the printer \"%1\": CUPS is not installed (lpadmin is "
                       "missing)")
                        .arg(queueName));
    if (run.exitCode != 0)
        return fail(toolFailure(tr("Cannot remove the printer \"%1\"").arg(queueName), run));
    if (json()) {
        printJson({{QStringLiteral("printer"), queueName}, {QStringLiteral("removed"), true}});
        return Success;
    }
    printLine(tr("Printer \"%1\" removed.").arg(queueName));
    return Success;
}

int PrinterCommand::status()
{
    const ToolRun device = runTool(QStringLiteral("lpstat"), {QStringLiteral("-v"), queueName});
    if (!device.started)
        return fail(tr("Cannot show the printer \"%1\": CUPS is not installed (lpstat is missing)")
                        .arg(queueName));
    if (device.exitCode != 0) {
        if (device.err.contains(QLatin1String("Invalid destination name")) ||
            device.err.contains(QLatin1String("does not exist")))
            return fail(tr("There is no printer \"%1\": create it with 'faxctl printer install'")
                            .arg(queueName));
        return fail(toolFailure(tr("Cannot show the printer \"%1\"").arg(queueName), device));
    }
    const ToolRun state = runTool(QStringLiteral("lpstat"), {QStringLiteral("-p"), queueName});
    const ToolRun accepting = runTool(QStringLiteral("lpstat"), {QStringLiteral("-a"), queueName});
    // "device for Fax: faxconsole:/", "printer Fax is idle.  enabled since ...",
    // "Fax accepting requests since ...".
    const QString uri = device.out.section(QStringLiteral(": "), 1).trimmed();
    const bool enabled = state.out.contains(QLatin1String("enabled"));
    const bool accepts = accepting.out.contains(QLatin1String(" accepting requests"));
    const bool ours = uri == deviceUri;
    if (json()) {
        printJson({{QStringLiteral("printer"), queueName},
                   {QStringLiteral("device"), uri},
                   {QStringLiteral("faxConsole"), ours},
                   {QStringLiteral("enabled"), enabled},
                   {QStringLiteral("accepting"), accepts}});
    } else {
        printLine(tr("Printer \"%1\": device %2%3")
                      .arg(queueName, uri, ours ? QString() : tr(" (not Fax Console's backend)")));
        printLine(enabled ? tr("Enabled") : tr("Disabled"));
        printLine(accepts ? tr("Accepting jobs") : tr("Not accepting jobs"));
    }
    return ours && enabled && accepts ? Success : Failure;
}

int PrinterCommand::run(const CtlArgs &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 1)
        return usageError(tr("printer: give one action: install, remove or status"), "printer");
    const QString &action = pos.constFirst();
    if (action == QLatin1String("install"))
        return install();
    if (action == QLatin1String("remove"))
        return remove();
    if (action == QLatin1String("status"))
        return status();
    return usageError(tr("printer: unknown action '%1' (install, remove or status)").arg(action),
                      "printer");
}

} // namespace

void addPrinterCommands(CtlCommandList &list)
{
    list.push_back(std::make_unique<PrinterCommand>());
}

} // namespace Fax
