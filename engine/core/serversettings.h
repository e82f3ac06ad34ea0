#pragma once

#include <QString>
#include <QTime>

namespace Fax {

/// Where received faxes go besides the Inbox (in place of Windows' ServerMapiProfile).
struct InboundRouting
{
    bool storeInFolder = false;
    QString folder;
    bool print = false;
    QString printer;
    bool email = false;
    QString emailAddress;

    bool operator==(const InboundRouting &) const = default;
};

/// The settable properties of a fax server (FaxServer properties).
struct ServerSettings
{
    int retries = 3;        ///< redials after the first attempt
    int retryDelay = 10;    ///< minutes between attempts
    int dirtyDays = 30;     ///< failed jobs are removed after this many days
    bool branding = true;   ///< header line on each sent page
    bool useDeviceTsid = true;
    bool serverCoverpage = false; ///< only the server's common cover pages
    bool archiveOutboundFaxes = false;
    QString archiveDirectory;
    QTime discountRateStart = QTime(20, 0);
    QTime discountRateEnd = QTime(7, 0);
    bool pauseServerQueue = false;
    InboundRouting routing;

    bool operator==(const ServerSettings &) const = default;
};

} // namespace Fax
