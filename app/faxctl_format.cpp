// Human tables and JSON objects for faxctl's output.
#include "faxctl.h"

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
    const auto tr = [](const char *s) { return QCoreApplication::translate("FaxCtl", s); };
    QString schedule = displayName(job.schedule);
    if (job.schedule == ScheduleType::SpecificTime)
        schedule += QLatin1Char(' ') + humanTime(job.scheduleTime);
    return {
        {tr("Job"), QString::number(job.id)},
        {tr("Group"), QString::number(job.groupId)},
        {tr("Type"), displayName(job.type)},
        {tr("Owner"), job.owner},
        {tr("Status"), displayName(job.queueStatus)},
        {tr("Device status"), displayName(job.deviceStatus)},
        {tr("Port"), job.port},
        {tr("Pages"), QStringLiteral("%1/%2").arg(job.pagesSent).arg(job.pagesTotal)},
        {tr("Size"), tr("%1 bytes").arg(job.size)},
        {tr("Recipient number"), job.recipientNumber},
        {tr("Recipient name"), job.recipientName},
        {tr("Recipient company"), job.recipientCompany},
        {tr("Sender name"), job.senderName},
        {tr("Sender company"), job.senderCompany},
        {tr("Sender department"), job.senderDepartment},
        {tr("TSID"), job.tsid},
        {tr("Billing code"), job.billingCode},
        {tr("Subject"), job.subject},
        {tr("Schedule"), schedule},
        {tr("Priority"), displayName(job.priority)},
        {tr("Tries"), QString::number(job.tries)},
        {tr("Submitted"), humanTime(job.submitted)},
        {tr("Started"), humanTime(job.started)},
        {tr("Finished"), humanTime(job.finished)},
        {tr("Next attempt"), humanTime(job.nextAttempt)},
        {tr("Last error"), job.lastError},
    };
}

} // namespace Fax::CtlFormat
