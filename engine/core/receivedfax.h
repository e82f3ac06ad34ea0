// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Fax {

/// A received fax file and its properties (FaxTiff).
struct ReceivedFax
{
    qint64 id = 0;
    QString file; ///< the fax TIFF
    QString csid; ///< our id as announced to the caller
    QString tsid; ///< the caller's id
    QDateTime receiveTime;
    QString callerId;
    QString port;
    int pages = 0;
    int xResolution = 204; ///< dots per inch across
    int yResolution = 196; ///< lines per inch
    QString routing;       ///< what inbound routing did with it
    bool partial = false;

    bool operator==(const ReceivedFax &) const = default;
};

} // namespace Fax

Q_DECLARE_METATYPE(Fax::ReceivedFax)
