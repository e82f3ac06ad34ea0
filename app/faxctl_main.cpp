// faxctl: the command-line face of the fax server.
#include "faxctl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("faxctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAX_VERSION));
    Fax::FaxCtl ctl;
    return ctl.run(QCoreApplication::arguments().mid(1));
}
