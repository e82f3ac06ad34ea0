// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxsession_text.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstdio>

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString lastLines(const QString &text, int lines)
{
    const QStringList all = text.split(QLatin1Char('\n'));
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

QString tail(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log %1)").arg(path);
    return lastLines(QString::fromLocal8Bit(file.readAll()), lines);
}

QString hylafaxDcs(const QString &sessionLog)
{
    static const QRegularExpression wants(QStringLiteral("REMOTE wants ([^\n]+)"));
    QStringList items;
    for (auto it = wants.globalMatch(sessionLog); it.hasNext();) {
        const QString item = it.next().captured(1).trimmed();
        if (!items.contains(item))
            items << item;
    }
    return items.join(QStringLiteral(", "));
}
