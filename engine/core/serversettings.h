// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
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

/// How a job's number becomes what the modem dials (like Windows' dialing rules). A number
/// written with a leading '+' is international ("+49 30 1234567"); others are dialled as
/// written, after the outside-line prefix.
struct DialingRules
{
    QString outsideLinePrefix; ///< dialled first for an outside line ("0", "9"); empty: none
    QString countryCode;       ///< this line's country code ("49"); empty: '+' numbers keep it
    QString areaCode;          ///< this line's area code without the trunk prefix ("30")
    QString longDistancePrefix = QStringLiteral("0");   ///< before an area code in the country
    QString internationalPrefix = QStringLiteral("00"); ///< before a foreign country code
    bool pulseDialing = false;                          ///< pulse (ATDP) instead of tone (ATDT)

    bool operator==(const DialingRules &) const = default;
};

/// The settable properties of a fax server (FaxServer properties).
struct ServerSettings
{
    int retries = 3;      ///< redials after the first attempt
    int retryDelay = 10;  ///< minutes between attempts
    int dirtyDays = 30;   ///< failed jobs are removed after this many days
    bool branding = true; ///< header line on each sent page
    bool useDeviceTsid = true;
    bool serverCoverpage = false; ///< only the server's common cover pages
    bool archiveOutboundFaxes = false;
    QString archiveDirectory;
    QTime discountRateStart = QTime(20, 0);
    QTime discountRateEnd = QTime(7, 0);
    bool pauseServerQueue = false;
    InboundRouting routing;
    DialingRules dialing;

    bool operator==(const ServerSettings &) const = default;
};

} // namespace Fax

Q_DECLARE_METATYPE(Fax::ServerSettings)
