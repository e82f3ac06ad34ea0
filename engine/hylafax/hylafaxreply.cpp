// SPDX-License-Identifier: GPL-3.0-or-later
#include "hylafaxreply.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Fax {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The code of a line that starts like a reply ("123 " or "123-" or a bare "123"), else 0.
int lineCode(const QByteArray &line, char *separator)
{
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]))
        return 0;
    *separator = line.size() > 3 ? line[3] : ' ';
    if (*separator != ' ' && *separator != '-')
        return 0;
    return (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
}

QString textAfterCode(const QString &line)
{
    // Continuation lines of a multi-line reply need not carry the code ("    SENDTIME: NOW").
    if (line.size() >= 4 && line.at(0).isDigit() && line.at(1).isDigit() && line.at(2).isDigit() &&
        (line.at(3) == QLatin1Char(' ') || line.at(3) == QLatin1Char('-')))
        return line.mid(4);
    if (line.size() == 3 && line.at(0).isDigit() && line.at(1).isDigit() && line.at(2).isDigit())
        return QString();
    return line;
}

} // namespace

QString HylafaxReply::text() const
{
    return lines.isEmpty() ? QString() : textAfterCode(lines.constFirst());
}

QString HylafaxReply::message() const
{
    QStringList texts;
    for (const QString &line : lines)
        texts << textAfterCode(line).trimmed();
    texts.removeAll(QString());
    return QString::number(code) + QLatin1Char(' ') + texts.join(QLatin1Char(' '));
}

QString HylafaxReplyParser::decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

void HylafaxReplyParser::reset()
{
    m_buffer.clear();
    m_current = HylafaxReply();
    m_replies.clear();
    m_error.clear();
}

bool HylafaxReplyParser::fail(const QString &why)
{
    m_error = why;
    m_buffer.clear();
    return false;
}

bool HylafaxReplyParser::feed(const QByteArray &data)
{
    if (!m_error.isEmpty())
        return false;
    m_buffer += data;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        qsizetype stop = end;
        if (stop > start && m_buffer.at(stop - 1) == '\r')
            --stop;
        if (stop - start > MaxLineBytes)
            return fail(QCoreApplication::translate("Fax", "a reply line is longer than %1 bytes")
                            .arg(MaxLineBytes));
        if (!takeLine(m_buffer.mid(start, stop - start)))
            return false;
        start = end + 1;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > MaxLineBytes)
        return fail(QCoreApplication::translate("Fax", "a reply line is longer than %1 bytes")
                        .arg(MaxLineBytes));
    return true;
}

bool HylafaxReplyParser::takeLine(const QByteArray &line)
{
    if (line.contains('\0'))
        return fail(QCoreApplication::translate("Fax", "a reply holds a NUL byte"));
    char separator = 0;
    const int code = lineCode(line, &separator);
    if (m_current.code == 0) {
        // A new reply must start with a code from 100 to 599.
        if (code < 100 || code > 599)
            return fail(QCoreApplication::translate("Fax", "'%1' is no reply of a HylaFAX server")
                            .arg(decode(line.left(80)).toHtmlEscaped()));
        m_current.code = code;
        m_current.lines << decode(line);
        if (separator == ' ') {
            m_replies << std::exchange(m_current, HylafaxReply());
        }
        return true;
    }
    // Inside a multi-line reply: it ends at the first line with the same code and a space.
    if (m_current.lines.size() >= MaxLines)
        return fail(
            QCoreApplication::translate("Fax", "a reply has more than %1 lines").arg(MaxLines));
    m_current.lines << decode(line);
    if (code == m_current.code && separator == ' ')
        m_replies << std::exchange(m_current, HylafaxReply());
    return true;
}

} // namespace Fax
