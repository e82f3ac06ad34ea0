// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "faxpage.h"

#include <QDateTime>
#include <QString>

namespace Fax {

/// What a branding line can say about the page it is on.
struct BrandingInfo
{
    QDateTime time;       ///< when the fax is sent
    QString tsid;         ///< transmitting station id
    QString sender;       ///< sender's name (used for %s when there is no TSID)
    QString senderFax;    ///< sender's fax number
    QString recipient;    ///< recipient's name
    QString recipientFax; ///< recipient's fax number
    qint64 jobId = 0;
    int page = 1;
    int pages = 1;
};

/// The header line at the top of each sent page (Windows' Branding, HylaFAX's tag line).
/// Format directives: %d date (yyyy-MM-dd), %t time (HH:mm), %s TSID or else sender,
/// %S sender fax number, %r recipient, %R recipient fax number, %j job id, %p page, %n pages,
/// %% a percent sign; anything else is kept as written.
class Branding
{
public:
    static QString defaultFormat();
    static QString expand(const QString &format, const BrandingInfo &info);
    /// Draws text into a white band across the top of the page (about 0.16 inch).
    /// Draws with fonts: the application must be a QGuiApplication (offscreen is fine).
    static Result stamp(FaxPage &page, const QString &text);
    /// Lines the band takes at a line density.
    static int bandLines(int yDpi);
};

} // namespace Fax
