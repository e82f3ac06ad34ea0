// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpora for the fuzz targets: small crops of the ITU charts coded in every
// way (t4/, and scan/ for fuzz_pagescan), small fax TIFF files (tiff/), and documents of every kind
// (doc/): the broken documents corpus (testdata/broken, whose fax TIFFs also seed tiff/), a fax
// TIFF, a PNG and a text. Usage: fuzz_seeds <testdata-dir> <out-dir>
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>

#include <cstdio>

using namespace Fax;

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds <testdata-dir> <out-dir>\n");
        return 2;
    }
    const QString testdata = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    for (const char *sub : {"t4", "tiff", "doc", "scan", "t4-work", "tiff-work", "doc-work",
                            "scan-work", "artifacts"})
        out.mkpath(QString::fromLatin1(sub));
    int written = 0;
    auto save = [&](const QString &path, const QByteArray &data) {
        QFile f(out.filePath(path));
        if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size())
            ++written;
    };
    for (int n = 1; n <= 8; ++n) {
        FaxTiffReader r;
        if (!r.open(testdata + QStringLiteral("/itu%1.tif").arg(n))) {
            std::fprintf(stderr, "fuzz_seeds: cannot read chart %d in %s\n", n, argv[1]);
            return 1;
        }
        FaxPage page = r.readPage(0).value();
        // 48 lines from the middle of the chart keep the seeds small.
        page.image = page.image.copy(0, page.lines() / 2, page.width(), 48);
        for (int c = 0; c < 3; ++c) {
            FaxCodec::EncodeOptions eo;
            eo.compression = FaxCompression(c);
            eo.lsbFirst = n % 2;
            eo.alignEol = n % 3 == 0;
            QByteArray seed = FaxCodec::encode(page.image, eo).value();
            const char sel = char(c | (eo.lsbFirst ? 4 : 0) | (n & 1 ? 16 : 0));
            save(QStringLiteral("t4/itu%1-%2").arg(n).arg(c), sel + seed);
            // fuzz_pagescan: coding, 48 lines, the data as a fax TIFF stores it (MSB first).
            FaxCodec::EncodeOptions msb = eo;
            msb.lsbFirst = false;
            save(QStringLiteral("scan/itu%1-%2").arg(n).arg(c),
                 QByteArray(1, char(c)) + char(47) + FaxCodec::encode(page.image, msb).value());
        }
        FaxCodec::EncodeOptions t85;
        t85.compression = FaxCompression::T85;
        save(QStringLiteral("t4/itu%1-t85").arg(n),
             char(64 | (n & 1 ? 16 : 0)) + FaxCodec::encode(page.image, t85).value());
        const QString tif = out.filePath(QStringLiteral("tiff/itu%1.tif").arg(n));
        FaxTiffWriter w(tif);
        FaxTiffProperties props;
        props.csid = QStringLiteral("seed");
        props.time = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        if (!w.open(props) || !w.addPage(page, FaxCompression(n % 3)) ||
            !w.addPage(page, FaxCompression((n + 1) % 3)) || !w.finish())
            return 1;
        ++written;
    }
    // The broken documents, as they are.
    const QDir broken(testdata + QStringLiteral("/broken"));
    const QStringList corpus = broken.entryList(QDir::Files);
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "fuzz_seeds: no broken documents in %s/broken\n", argv[1]);
        return 1;
    }
    for (const QString &name : corpus) {
        if (name == QLatin1String("README.md") || name == QLatin1String("make.py"))
            continue;
        QFile f(broken.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray data = f.readAll();
        save(QStringLiteral("doc/") + name, data);
        if (name.endsWith(QLatin1String(".tif")))
            save(QStringLiteral("tiff/") + name, data);
    }
    // Good documents of the other kinds: a small fax TIFF, a PNG, UTF-8 text.
    {
        QFile f(out.filePath(QStringLiteral("tiff/itu1.tif")));
        if (f.open(QIODevice::ReadOnly))
            save(QStringLiteral("doc/itu1-crop.tif"), f.readAll());
    }
    QImage picture(120, 80, QImage::Format_RGB32);
    picture.fill(Qt::white);
    for (int y = 20; y < 60; ++y)
        for (int x = 10; x < 110; x += 3)
            picture.setPixel(x, y, qRgb(x * 2, 40, 200 - y));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    save(QStringLiteral("doc/picture.png"), png);
    save(QStringLiteral("doc/letter.txt"),
         QByteArray("Dear reader,\n\n\tthis letter is UTF-8: \xc3\xa4\xc3\xb6\xc3\xbc "
                    "\xe2\x82\xac.\n\fA second page.\n"));
    std::printf("fuzz_seeds: %d seeds in %s\n", written, argv[2]);
    return 0;
}
