// SPDX-License-Identifier: GPL-3.0-or-later
// faxrender: the helper program BoundedConverter starts by exec to convert documents in a
// process of their own, under the limits its parent set (in processes that run threads, such as
// the console and `faxctl serve`, forking a copy is not safe). Not for running by hand.
#include "imaging/conversionchild.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <malloc.h>

namespace {

QtMessageHandler previousHandler = nullptr;

/// The offscreen platform asks for the session's runtime folder, which a service lacks; the
/// helper never uses it.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2 || std::strcmp(argv[1], "--serve=3") != 0) {
        std::fprintf(stderr, "faxrender: Fax Console's conversion helper; Fax Console starts it, "
                             "with a request on file descriptor 3\n");
        return 2;
    }
    // As faxctl convert: a page's picture reuses the last one's heap instead of fresh mappings.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
    QGuiApplication app(argc, argv);
    // Its messages reach the user through the caller: in the user's language.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("faxconsole"), QStringLiteral("_"),
                        QStringLiteral(":/translations")))
        QCoreApplication::installTranslator(&translator);
    return Fax::ConversionChild::serve(3);
}
