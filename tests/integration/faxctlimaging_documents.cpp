// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxctlimaging_documents.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool makePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter p(&writer);
    if (!p.isActive())
        return false;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        QFont font = p.font();
        font.setPointSize(24);
        p.setFont(font);
        p.drawText(QPoint(150, 200), QStringLiteral("Test page %1").arg(i + 1));
        font.setPointSize(11);
        p.setFont(font);
        for (int line = 0; line < 30; ++line)
            p.drawText(QPoint(150, 320 + line * 30),
                       QStringLiteral("Line %1 of a document converted to a fax.").arg(line + 1));
        p.fillRect(QRect(150, 1300, 600, 300), QColor(128, 128, 128));
    }
    return p.end();
}

bool makePng(const QString &path)
{
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(100, 100, 400, 300), Qt::black);
    p.fillRect(QRect(600, 100, 400, 300), QColor(90, 140, 200));
    p.drawEllipse(QRect(200, 500, 700, 300));
    p.end();
    return image.save(path, "PNG");
}

QString tiffinfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("tiffinfo"), {path});
    if (!p.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}
