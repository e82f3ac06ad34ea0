// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtuallineresult.h"

#include <QList>
#include <QRegularExpression>

namespace Fax::VirtualLineTest {

QMap<QString, QString> parseResult(const QByteArray &output)
{
    QMap<QString, QString> result;
    const QList<QByteArray> lines = output.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->startsWith("FAXVLINE_RESULT "))
            continue;
        static const QRegularExpression pair(QStringLiteral(R"re((\w+)=("[^"]*"|\S*))re"));
        const QString line = QString::fromUtf8(*it);
        for (auto match = pair.globalMatch(line); match.hasNext();) {
            const auto m = match.next();
            QString value = m.captured(2);
            if (value.startsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            result.insert(m.captured(1), value);
        }
        break;
    }
    return result;
}

} // namespace Fax::VirtualLineTest
