#include "faxserver.h"
#include "localfaxserver.h"

#include <QCoreApplication>

namespace Fax {

std::unique_ptr<FaxServer> createServer(const ConnectionSettings &settings, Error *error)
{
    if (settings.kind == ServerKind::Local)
        return std::make_unique<LocalFaxServer>(settings);
    if (error)
        *error = Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate("Fax", QT_TRANSLATE_NOOP("Fax", "Cannot connect to %1: the "
                                                                        "HylaFAX backend is not "
                                                                        "part of this build yet"))
                .arg(settings.toUrl()));
    return nullptr;
}

} // namespace Fax
