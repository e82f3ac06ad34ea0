// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/modemtransportfactory.h"

#include <QFileInfo>

namespace Fax {

std::shared_ptr<ModemTransportFactory> ModemTransportFactory::serial()
{
    return std::make_shared<SerialTransportFactory>();
}

std::unique_ptr<ModemTransport> SerialTransportFactory::create(const SerialConfig &config)
{
    return std::make_unique<SerialTransport>(config);
}

qint64 SerialTransportFactory::nowMs() const
{
    return SerialTransport::monotonicMs();
}

bool SerialTransportFactory::deviceExists(const QString &device) const
{
    return QFileInfo::exists(device);
}

} // namespace Fax
