// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxserver.h"
#include "hylafaxserver.h"
#include "localfaxserver.h"

namespace Fax {

std::unique_ptr<FaxServer> createServer(const ConnectionSettings &settings, Error *error)
{
    Q_UNUSED(error);
    if (settings.kind == ServerKind::Local)
        return std::make_unique<LocalFaxServer>(settings);
    return std::make_unique<HylafaxServer>(settings);
}

} // namespace Fax
