// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl: the command-line face of the fax server.
#include "faxctl.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <memory>

namespace {

QtMessageHandler previousHandler = nullptr;

/// The offscreen platform asks for the session's runtime folder, which a cron job or a root
/// shell lacks; faxctl never uses it, so that one warning is only noise on stderr.
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
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only 'convert' draws with fonts (text documents, branding); it gets a QGuiApplication on
    // the offscreen platform unless the user chose one, so it works without a display.
    std::unique_ptr<QCoreApplication> app;
    if (Fax::FaxCtl::needsGui(arguments)) {
        // Rendering allocates a 16 MB picture per page, one after another. From the heap, and
        // kept there, each reuses the last one's memory; by default glibc maps each anew and
        // the kernel zeroes it page by page (about a tenth of the CPU time of a conversion).
        mallopt(M_MMAP_THRESHOLD, 64 << 20);
        mallopt(M_TRIM_THRESHOLD, 256 << 20);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("faxctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAX_VERSION));
    // The user's language, like the console (the messages are compiled into the engine).
    auto *translator = new QTranslator(app.get());
    if (translator->load(QLocale(), QStringLiteral("faxconsole"), QStringLiteral("_"),
                         QStringLiteral(":/translations")))
        QCoreApplication::installTranslator(translator);
    int status = 0;
    {
        Fax::FaxCtl ctl;
        status = ctl.run(QCoreApplication::arguments().mid(1));
    }
    if (qobject_cast<QGuiApplication *>(app.get())) {
        // The work is done and written. QGuiApplication's teardown would now load the whole
        // fontconfig configuration only to release it again (QFontconfigDatabase's destructor),
        // a tenth of a short conversion's time: leave without it.
        std::fflush(nullptr);
        std::_Exit(status);
    }
    return status;
}
