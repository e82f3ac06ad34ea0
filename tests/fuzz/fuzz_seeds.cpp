// Writes the seed corpora for the fuzz targets: small crops of the ITU charts coded in every
// way (t4/), and small fax TIFF files (tiff/). Usage: fuzz_seeds <testdata-dir> <out-dir>
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"

#include <QDir>
#include <QFile>

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
    for (const char *sub : {"t4", "tiff", "t4-work", "tiff-work", "artifacts"})
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
    std::printf("fuzz_seeds: %d seeds in %s\n", written, argv[2]);
    return 0;
}
