// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl covers: the cover pages a fax can take by name.
#include "ctlcommand.h"
#include "ctlformat.h"

#include "core/connectionsettings.h"
#include "cover/coverlibrary.h"

#include <QJsonArray>

namespace Fax {

namespace {

class CoversCommand final : public CtlCommand
{
public:
    CoversCommand()
        : CtlCommand(
              {"covers",
               "",
               QT_TRANSLATE_NOOP("FaxCtl", "List the cover pages a fax can take by name"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl",
                   "Lists the common cover pages (installed with Fax Console; with the server "
                   "setting server-coverpage only these are accepted) and the personal ones (the "
                   "covers folder in the local engine's data folder), with their names for "
                   "'submit --cover NAME' and their files. The Cover Page Editor makes new ones "
                   "(faxconsole --cover-editor)."),
               {},
               {},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

int CoversCommand::run(const CtlArgs &args)
{
    if (!args.positional().isEmpty())
        return usageError(tr("covers: unexpected argument '%1'").arg(args.positional().first()),
                          "covers");
    // The personal folder of the local engine --server names, else of the default one.
    QString dataDir = defaultDataDirectory();
    ConnectionSettings settings;
    QString why;
    if (ConnectionSettings::fromUrl(context().serverUrl(), &settings, &why) &&
        settings.kind == ServerKind::Local && !settings.dataDirectory.isEmpty())
        dataDir = settings.dataDirectory;
    const CoverLibrary library(dataDir);
    const QList<CoverEntry> entries = library.entries();
    const auto folderName = [](CoverFolder folder) {
        return folder == CoverFolder::Common ? tr("common") : tr("personal");
    };
    if (json()) {
        QJsonArray list;
        for (const CoverEntry &e : entries)
            list << QJsonObject{{QStringLiteral("name"), e.name},
                                {QStringLiteral("folder"), e.folder == CoverFolder::Common
                                                               ? QStringLiteral("common")
                                                               : QStringLiteral("personal")},
                                {QStringLiteral("path"), e.path}};
        printJson({{QStringLiteral("covers"), list},
                   {QStringLiteral("personalFolder"), library.personalFolder()},
                   {QStringLiteral("commonFolders"),
                    QJsonArray::fromStringList(library.commonFolders())}});
        return Success;
    }
    if (entries.isEmpty()) {
        printLine(tr("No cover pages: none is installed, and %1 holds none.")
                      .arg(library.personalFolder()));
        return Success;
    }
    QList<QStringList> rows;
    for (const CoverEntry &e : entries)
        rows << QStringList{e.name, folderName(e.folder), e.path};
    out() << CtlFormat::table({tr("NAME"), tr("FOLDER"), tr("FILE")}, rows);
    out().flush();
    return Success;
}

} // namespace

void addCoverCommands(CtlCommandList &list)
{
    list.push_back(std::make_unique<CoversCommand>());
}

} // namespace Fax
