// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/modemprobe.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Fax {

namespace {

// "+FMI: \"ACME\"" -> "ACME"
QString stripAnswer(QString text)
{
    static const QRegularExpression prefix(QStringLiteral("^\\+[A-Z]+[:=]?\\s*"));
    text.remove(prefix);
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    return text.trimmed();
}

} // namespace

QStringList parseModemList(const QString &answer)
{
    QString text = stripAnswer(answer);
    text.remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QLatin1Char(' '));
    QStringList out;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int dash = item.indexOf(QLatin1Char('-'));
        bool ok1 = false;
        bool ok2 = false;
        if (dash > 0) {
            const int from = item.left(dash).toInt(&ok1);
            const int to = item.mid(dash + 1).toInt(&ok2);
            if (ok1 && ok2 && to >= from && to - from < 256) {
                for (int v = from; v <= to; ++v)
                    out << QString::number(v);
                continue;
            }
        }
        out << item;
    }
    return out;
}

QString ModemProbe::ask(const QByteArray &command)
{
    const auto r = m_at.command(command, m_timeoutMs);
    if (!r || !r->ok())
        return {};
    return r->lines.join(QLatin1Char(' ')).trimmed();
}

Expected<ModemInfo> ModemProbe::run()
{
    // Wake the modem up and turn echo off; "not a modem" if nothing answers.
    auto first = m_at.command("AT", m_timeoutMs);
    if (!first) {
        // One more try: the first AT after opening the port is often swallowed (autobaud).
        const Error why = first.error();
        first = m_at.command("AT", m_timeoutMs);
        if (!first)
            return Error::make(Error::Kind::Connection,
                               QCoreApplication::translate(
                                   "Fax",
                                   "Nothing on %1 answers AT (not a modem, switched off, or a "
                                   "wrong speed): %2")
                                   .arg(m_at.device(), why.message));
    }
    if (!first->ok())
        return Error::make(Error::Kind::Connection,
                           QCoreApplication::translate(
                               "Fax", "The device on %1 answered AT with %2: not a usable modem")
                               .arg(m_at.device(), first->text));
    (void)m_at.command("ATE0V1Q0", m_timeoutMs);

    ModemInfo info;
    for (int i = 0; i <= 4; ++i) {
        const QString text = ask("ATI" + QByteArray::number(i));
        if (!text.isEmpty())
            info.identification << QStringLiteral("I%1: %2").arg(i).arg(text);
    }
    info.manufacturer = stripAnswer(ask("AT+FMI?"));
    info.model = stripAnswer(ask("AT+FMM?"));
    info.revision = stripAnswer(ask("AT+FMR?"));
    if (info.manufacturer.isEmpty())
        info.manufacturer = stripAnswer(ask("AT+GMI"));
    if (info.model.isEmpty())
        info.model = stripAnswer(ask("AT+GMM"));
    if (info.revision.isEmpty())
        info.revision = stripAnswer(ask("AT+GMR"));

    const auto classes = m_at.command("AT+FCLASS=?", m_timeoutMs);
    if (!classes)
        return classes.error();
    if (classes->ok())
        info.classes = parseModemList(classes->lines.join(QLatin1Char(',')));

    if (info.supportsClass1()) {
        if (m_at.expectOk("AT+FCLASS=1", m_timeoutMs)) {
            auto toInts = [](const QStringList &items) {
                QList<int> out;
                for (const QString &s : items) {
                    bool ok = false;
                    const int v = s.toInt(&ok);
                    if (ok)
                        out << v;
                }
                return out;
            };
            info.transmitCarriers = toInts(parseModemList(ask("AT+FTM=?")));
            info.receiveCarriers = toInts(parseModemList(ask("AT+FRM=?")));
            (void)m_at.command("AT+FCLASS=0", m_timeoutMs);
        }
    }
    // Class 2/2.0: the ranges of VR,BR,WD,LN,DF,EC,BF,ST the modem takes.
    const bool class2 = info.supportsClass2() || info.supportsClass20();
    if (info.supportsClass20() && m_at.expectOk("AT+FCLASS=2.0", m_timeoutMs))
        info.class20Capabilities = stripAnswer(ask("AT+FCC=?"));
    if (info.supportsClass2() && m_at.expectOk("AT+FCLASS=2", m_timeoutMs))
        info.class2Capabilities = stripAnswer(ask("AT+FDCC=?"));
    if (class2)
        (void)m_at.command("AT+FCLASS=0", m_timeoutMs);
    return info;
}

} // namespace Fax
