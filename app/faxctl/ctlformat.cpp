// SPDX-License-Identifier: GPL-3.0-or-later
// Human tables and JSON objects for faxctl's output.
#include "ctlformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace Fax::CtlFormat {

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<QStringList> all;
    if (!headers.isEmpty())
        all << headers;
    all << rows;
    QList<qsizetype> widths;
    for (const QStringList &row : all) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    QString out;
    for (const QStringList &row : all) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c + 1 < row.size())
                line += row.at(c).leftJustified(widths[c]) + QStringLiteral("  ");
            else
                line += row.at(c);
        }
        // Trailing blanks of empty last cells help nobody.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString humanTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QJsonValue jsonTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject jobToJson(const Job &job)
{
    QJsonObject o;
    o[QStringLiteral("id")] = job.id;
    o[QStringLiteral("group")] = job.groupId;
    o[QStringLiteral("type")] = enumKey(job.type);
    o[QStringLiteral("owner")] = job.owner;
    o[QStringLiteral("status")] = enumKey(job.queueStatus);
    o[QStringLiteral("deviceStatus")] = enumKey(job.deviceStatus);
    o[QStringLiteral("port")] = job.port;
    o[QStringLiteral("pagesSent")] = job.pagesSent;
    o[QStringLiteral("pagesTotal")] = job.pagesTotal;
    o[QStringLiteral("size")] = job.size;
    o[QStringLiteral("recipientNumber")] = job.recipientNumber;
    o[QStringLiteral("recipientName")] = job.recipientName;
    o[QStringLiteral("recipientCompany")] = job.recipientCompany;
    o[QStringLiteral("senderName")] = job.senderName;
    o[QStringLiteral("senderCompany")] = job.senderCompany;
    o[QStringLiteral("senderDepartment")] = job.senderDepartment;
    o[QStringLiteral("tsid")] = job.tsid;
    o[QStringLiteral("billingCode")] = job.billingCode;
    o[QStringLiteral("subject")] = job.subject;
    o[QStringLiteral("schedule")] = enumKey(job.schedule);
    o[QStringLiteral("scheduleTime")] = jsonTime(job.scheduleTime);
    o[QStringLiteral("priority")] = enumKey(job.priority);
    o[QStringLiteral("tries")] = job.tries;
    o[QStringLiteral("submitted")] = jsonTime(job.submitted);
    o[QStringLiteral("started")] = jsonTime(job.started);
    o[QStringLiteral("finished")] = jsonTime(job.finished);
    o[QStringLiteral("nextAttempt")] = jsonTime(job.nextAttempt);
    o[QStringLiteral("lastError")] = job.lastError;
    return o;
}

QJsonObject portToJson(const Port &port)
{
    QJsonObject o;
    o[QStringLiteral("name")] = port.name;
    o[QStringLiteral("device")] = port.devicePath;
    o[QStringLiteral("manufacturer")] = port.manufacturer;
    o[QStringLiteral("model")] = port.model;
    o[QStringLiteral("rings")] = port.rings;
    o[QStringLiteral("csid")] = port.csid;
    o[QStringLiteral("tsid")] = port.tsid;
    o[QStringLiteral("sendEnabled")] = port.sendEnabled;
    o[QStringLiteral("receiveMode")] = enumKey(port.receiveMode);
    o[QStringLiteral("priority")] = port.priority;
    o[QStringLiteral("state")] = enumKey(port.state);
    o[QStringLiteral("stateText")] = port.stateText;
    return o;
}

QString recipient(const Job &job)
{
    if (job.recipientName.isEmpty())
        return job.recipientNumber;
    return job.recipientName + QStringLiteral(" <") + job.recipientNumber + QLatin1Char('>');
}

QList<QPair<QString, QString>> jobFields(const Job &job)
{
    QString schedule = displayName(job.schedule);
    if (job.schedule == ScheduleType::SpecificTime)
        schedule += QLatin1Char(' ') + humanTime(job.scheduleTime);
    return {
        {QCoreApplication::translate("FaxCtl", "Job"), QString::number(job.id)},
        {QCoreApplication::translate("FaxCtl", "Group"), QString::number(job.groupId)},
        {QCoreApplication::translate("FaxCtl", "Type"), displayName(job.type)},
        {QCoreApplication::translate("FaxCtl", "Owner"), job.owner},
        {QCoreApplication::translate("FaxCtl", "Status"), displayName(job.queueStatus)},
        {QCoreApplication::translate("FaxCtl", "Device status"), displayName(job.deviceStatus)},
        {QCoreApplication::translate("FaxCtl", "Port"), job.port},
        {QCoreApplication::translate("FaxCtl", "Pages"),
         QStringLiteral("%1/%2").arg(job.pagesSent).arg(job.pagesTotal)},
        {QCoreApplication::translate("FaxCtl", "Size"),
         QCoreApplication::translate("FaxCtl", "%1 bytes").arg(job.size)},
        {QCoreApplication::translate("FaxCtl", "Recipient number"), job.recipientNumber},
        {QCoreApplication::translate("FaxCtl", "Recipient name"), job.recipientName},
        {QCoreApplication::translate("FaxCtl", "Recipient company"), job.recipientCompany},
        {QCoreApplication::translate("FaxCtl", "Sender name"), job.senderName},
        {QCoreApplication::translate("FaxCtl", "Sender company"), job.senderCompany},
        {QCoreApplication::translate("FaxCtl", "Sender department"), job.senderDepartment},
        {QCoreApplication::translate("FaxCtl", "TSID"), job.tsid},
        {QCoreApplication::translate("FaxCtl", "Billing code"), job.billingCode},
        {QCoreApplication::translate("FaxCtl", "Subject"), job.subject},
        {QCoreApplication::translate("FaxCtl", "Schedule"), schedule},
        {QCoreApplication::translate("FaxCtl", "Priority"), displayName(job.priority)},
        {QCoreApplication::translate("FaxCtl", "Tries"), QString::number(job.tries)},
        {QCoreApplication::translate("FaxCtl", "Submitted"), humanTime(job.submitted)},
        {QCoreApplication::translate("FaxCtl", "Started"), humanTime(job.started)},
        {QCoreApplication::translate("FaxCtl", "Finished"), humanTime(job.finished)},
        {QCoreApplication::translate("FaxCtl", "Next attempt"), humanTime(job.nextAttempt)},
        {QCoreApplication::translate("FaxCtl", "Last error"), job.lastError},
    };
}

} // namespace Fax::CtlFormat
