// SPDX-License-Identifier: GPL-3.0-or-later
// JobStore's row mapping: jobs, ports and received faxes to and from SQL rows, and the
// settings as stored key/value pairs.
#include "jobstore_p.h"

namespace Fax {

using namespace JobStoreDetail;

namespace {

QString boolText(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

namespace JobStoreDetail {

Job readJob(const QSqlQuery &q, bool *cancel)
{
    Job j;
    j.id = q.value(0).toLongLong();
    j.groupId = q.value(1).toLongLong();
    j.type = keyed<JobType>(q.value(2).toString());
    j.owner = q.value(3).toString();
    j.queueStatus = keyed<QueueStatus>(q.value(4).toString());
    j.deviceStatus = keyed<DeviceStatus>(q.value(5).toString());
    j.port = q.value(6).toString();
    j.pagesSent = q.value(7).toInt();
    j.pagesTotal = q.value(8).toInt();
    j.size = q.value(9).toLongLong();
    j.recipientNumber = q.value(10).toString();
    j.recipientName = q.value(11).toString();
    j.recipientCompany = q.value(12).toString();
    j.senderName = q.value(13).toString();
    j.senderCompany = q.value(14).toString();
    j.senderDepartment = q.value(15).toString();
    j.tsid = q.value(16).toString();
    j.billingCode = q.value(17).toString();
    j.subject = q.value(18).toString();
    j.schedule = keyed<ScheduleType>(q.value(19).toString());
    j.scheduleTime = toTime(q.value(20));
    j.priority = keyed<Priority>(q.value(21).toString());
    j.tries = q.value(22).toInt();
    j.submitted = toTime(q.value(23));
    j.started = toTime(q.value(24));
    j.finished = toTime(q.value(25));
    j.nextAttempt = toTime(q.value(26));
    j.lastError = q.value(27).toString();
    if (cancel)
        *cancel = q.value(28).toBool();
    return j;
}

void bindJob(QSqlQuery &q, const Job &j, bool cancel)
{
    q.addBindValue(j.groupId);
    q.addBindValue(enumKey(j.type));
    q.addBindValue(j.owner);
    q.addBindValue(enumKey(j.queueStatus));
    q.addBindValue(enumKey(j.deviceStatus));
    q.addBindValue(j.port);
    q.addBindValue(j.pagesSent);
    q.addBindValue(j.pagesTotal);
    q.addBindValue(j.size);
    q.addBindValue(j.recipientNumber);
    q.addBindValue(j.recipientName);
    q.addBindValue(j.recipientCompany);
    q.addBindValue(j.senderName);
    q.addBindValue(j.senderCompany);
    q.addBindValue(j.senderDepartment);
    q.addBindValue(j.tsid);
    q.addBindValue(j.billingCode);
    q.addBindValue(j.subject);
    q.addBindValue(enumKey(j.schedule));
    q.addBindValue(fromTime(j.scheduleTime));
    q.addBindValue(enumKey(j.priority));
    q.addBindValue(j.tries);
    q.addBindValue(fromTime(j.submitted));
    q.addBindValue(fromTime(j.started));
    q.addBindValue(fromTime(j.finished));
    q.addBindValue(fromTime(j.nextAttempt));
    q.addBindValue(j.lastError);
    q.addBindValue(cancel ? 1 : 0);
}

Port readPort(const QSqlQuery &q)
{
    Port p;
    p.name = q.value(0).toString();
    p.devicePath = q.value(1).toString();
    p.manufacturer = q.value(2).toString();
    p.model = q.value(3).toString();
    p.rings = q.value(4).toInt();
    p.csid = q.value(5).toString();
    p.tsid = q.value(6).toString();
    p.sendEnabled = q.value(7).toBool();
    p.receiveMode = keyed<ReceiveMode>(q.value(8).toString());
    p.priority = q.value(9).toInt();
    p.state = keyed<PortState>(q.value(10).toString());
    p.stateText = q.value(11).toString();
    p.baudRate = q.value(12).toInt();
    p.flowControl = q.value(13).toString();
    p.initString = q.value(14).toString();
    p.modemClass = faxClassFromKey(q.value(15).toString()); // anything unknown: auto
    return p;
}

void bindPort(QSqlQuery &q, const Port &p)
{
    q.addBindValue(p.name);
    q.addBindValue(p.devicePath);
    q.addBindValue(p.manufacturer);
    q.addBindValue(p.model);
    q.addBindValue(p.rings);
    q.addBindValue(p.csid);
    q.addBindValue(p.tsid);
    q.addBindValue(p.sendEnabled ? 1 : 0);
    q.addBindValue(enumKey(p.receiveMode));
    q.addBindValue(p.priority);
    q.addBindValue(enumKey(p.state));
    q.addBindValue(p.stateText);
    q.addBindValue(p.baudRate);
    // Never NULL: a null QString binds as NULL and these columns are NOT NULL.
    q.addBindValue(p.flowControl.isNull() ? QStringLiteral("rts-cts") : p.flowControl);
    q.addBindValue(p.initString.isNull() ? QStringLiteral("") : p.initString);
    q.addBindValue(faxClassKey(p.modemClass));
}

ReceivedFax readReceived(const QSqlQuery &q)
{
    ReceivedFax f;
    f.id = q.value(0).toLongLong();
    f.file = q.value(1).toString();
    f.csid = q.value(2).toString();
    f.tsid = q.value(3).toString();
    f.receiveTime = toTime(q.value(4));
    f.callerId = q.value(5).toString();
    f.port = q.value(6).toString();
    f.pages = q.value(7).toInt();
    f.xResolution = q.value(8).toInt();
    f.yResolution = q.value(9).toInt();
    f.routing = q.value(10).toString();
    f.partial = q.value(11).toBool();
    return f;
}

} // namespace JobStoreDetail

ServerSettings settingsFromMap(const QHash<QString, QString> &map)
{
    ServerSettings s;
    auto intOf = [&](const char *key, int def) {
        const QString v = map.value(QLatin1String(key));
        bool ok = false;
        const int n = v.toInt(&ok);
        return ok ? n : def;
    };
    auto boolOf = [&](const char *key, bool def) {
        const auto it = map.constFind(QLatin1String(key));
        return it == map.constEnd() ? def : *it == QLatin1String("1");
    };
    auto timeOf = [&](const char *key, QTime def) {
        const QTime t = QTime::fromString(map.value(QLatin1String(key)), QStringLiteral("HH:mm"));
        return t.isValid() ? t : def;
    };
    s.retries = intOf("retries", s.retries);
    s.retryDelay = intOf("retryDelay", s.retryDelay);
    s.dirtyDays = intOf("dirtyDays", s.dirtyDays);
    s.branding = boolOf("branding", s.branding);
    s.useDeviceTsid = boolOf("useDeviceTsid", s.useDeviceTsid);
    s.serverCoverpage = boolOf("serverCoverpage", s.serverCoverpage);
    s.archiveOutboundFaxes = boolOf("archiveOutboundFaxes", s.archiveOutboundFaxes);
    s.archiveDirectory = map.value(QStringLiteral("archiveDirectory"));
    s.discountRateStart = timeOf("discountRateStart", s.discountRateStart);
    s.discountRateEnd = timeOf("discountRateEnd", s.discountRateEnd);
    s.pauseServerQueue = boolOf("pauseServerQueue", s.pauseServerQueue);
    s.routing.storeInFolder = boolOf("routing.storeInFolder", false);
    s.routing.folder = map.value(QStringLiteral("routing.folder"));
    s.routing.print = boolOf("routing.print", false);
    s.routing.printer = map.value(QStringLiteral("routing.printer"));
    s.routing.email = boolOf("routing.email", false);
    s.routing.emailAddress = map.value(QStringLiteral("routing.emailAddress"));
    // An empty prefix is a choice ("no long-distance prefix"), not a missing value.
    auto textOf = [&](const char *key, const QString &def) {
        const auto it = map.constFind(QLatin1String(key));
        return it == map.constEnd() ? def : *it;
    };
    s.dialing.outsideLinePrefix = textOf("dialing.outsideLinePrefix", s.dialing.outsideLinePrefix);
    s.dialing.countryCode = textOf("dialing.countryCode", s.dialing.countryCode);
    s.dialing.areaCode = textOf("dialing.areaCode", s.dialing.areaCode);
    s.dialing.longDistancePrefix =
        textOf("dialing.longDistancePrefix", s.dialing.longDistancePrefix);
    s.dialing.internationalPrefix =
        textOf("dialing.internationalPrefix", s.dialing.internationalPrefix);
    s.dialing.pulseDialing = boolOf("dialing.pulseDialing", s.dialing.pulseDialing);
    return s;
}

QHash<QString, QString> settingsToMap(const ServerSettings &s)
{
    QHash<QString, QString> m;
    m.insert(QStringLiteral("retries"), QString::number(s.retries));
    m.insert(QStringLiteral("retryDelay"), QString::number(s.retryDelay));
    m.insert(QStringLiteral("dirtyDays"), QString::number(s.dirtyDays));
    m.insert(QStringLiteral("branding"), boolText(s.branding));
    m.insert(QStringLiteral("useDeviceTsid"), boolText(s.useDeviceTsid));
    m.insert(QStringLiteral("serverCoverpage"), boolText(s.serverCoverpage));
    m.insert(QStringLiteral("archiveOutboundFaxes"), boolText(s.archiveOutboundFaxes));
    m.insert(QStringLiteral("archiveDirectory"), s.archiveDirectory);
    m.insert(QStringLiteral("discountRateStart"),
             s.discountRateStart.toString(QStringLiteral("HH:mm")));
    m.insert(QStringLiteral("discountRateEnd"),
             s.discountRateEnd.toString(QStringLiteral("HH:mm")));
    m.insert(QStringLiteral("pauseServerQueue"), boolText(s.pauseServerQueue));
    m.insert(QStringLiteral("routing.storeInFolder"), boolText(s.routing.storeInFolder));
    m.insert(QStringLiteral("routing.folder"), s.routing.folder);
    m.insert(QStringLiteral("routing.print"), boolText(s.routing.print));
    m.insert(QStringLiteral("routing.printer"), s.routing.printer);
    m.insert(QStringLiteral("routing.email"), boolText(s.routing.email));
    m.insert(QStringLiteral("routing.emailAddress"), s.routing.emailAddress);
    m.insert(QStringLiteral("dialing.outsideLinePrefix"), s.dialing.outsideLinePrefix);
    m.insert(QStringLiteral("dialing.countryCode"), s.dialing.countryCode);
    m.insert(QStringLiteral("dialing.areaCode"), s.dialing.areaCode);
    m.insert(QStringLiteral("dialing.longDistancePrefix"), s.dialing.longDistancePrefix);
    m.insert(QStringLiteral("dialing.internationalPrefix"), s.dialing.internationalPrefix);
    m.insert(QStringLiteral("dialing.pulseDialing"), boolText(s.dialing.pulseDialing));
    return m;
}

} // namespace Fax
