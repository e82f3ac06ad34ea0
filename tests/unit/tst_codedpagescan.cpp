// SPDX-License-Identifier: GPL-3.0-or-later
// CodedPageScan, the quick check of pages to be stored unchanged: clean data of every coding,
// made by our MMR encoder and by libtiff, passes; damaged, short, cut and wrongly sized data does
// not; and whatever it passes, libtiff's decoder (FaxPageCheck) decodes without a complaint.
#include "imaging/codedpagescan.h"
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"
#include "ituchart.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Fax;

Q_DECLARE_METATYPE(Fax::FaxCompression)

namespace {

/// page coded as a fax TIFF stores it.
CodedFaxPage coded(const QImage &image, int yDpi, FaxCompression c)
{
    FaxPage page;
    page.image = image;
    page.yDpi = yDpi;
    return FaxTiffWriter::encodePage(page, c).value();
}

/// What libtiff's decoder says about data stored as a page of width x lines.
FaxPageDamage libtiffVerdict(const CodedFaxPage &page, int width, int lines, const QString &dir)
{
    const QString path = dir + QStringLiteral("/page.tif");
    FaxTiffPageInfo info = page.info;
    info.width = width;
    info.lines = lines;
    {
        FaxTiffWriter w(path);
        if (!w.open({}) || !w.addRawPage(page.data, info) || !w.finish())
            return {};
    }
    FaxTiffReader r;
    if (!r.open(path))
        return {};
    const auto d = r.checkPage(0);
    return d ? d.value() : FaxPageDamage();
}

} // namespace

class TestCodedPageScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanChartsPass_data();
    void cleanChartsPass();
    void libtiffsOwnMmrPasses();
    void wrongGeometryFails();
    void damageNeverPasses_data();
    void damageNeverPasses();
    void notFaxDataFails();

private:
    QTemporaryDir m_dir;
};

void TestCodedPageScan::cleanChartsPass_data()
{
    QTest::addColumn<FaxCompression>("compression");
    QTest::addColumn<int>("yDpi");
    for (const auto c : {FaxCompression::Mh, FaxCompression::Mr, FaxCompression::Mmr}) {
        for (int dpi : {98, 196, 391})
            QTest::addRow("%s-%d", qPrintable(compressionKey(c)), dpi) << c << dpi;
    }
}

void TestCodedPageScan::cleanChartsPass()
{
    QFETCH(FaxCompression, compression);
    QFETCH(int, yDpi);
    for (int n = 1; n <= 8; ++n) {
        const QImage page = Test::atResolution(Test::ituChart(n), yDpi);
        QVERIFY(!page.isNull());
        const CodedFaxPage c = coded(page, yDpi, compression);
        QVERIFY2(CodedPageScan::clean(c.data, compression, page.width(), page.height()),
                 qPrintable(QStringLiteral("chart %1").arg(n)));
        // Fewer lines than coded: the rest of the data is never read.
        QVERIFY(CodedPageScan::clean(c.data, compression, page.width(), page.height() / 2));
    }
    // Noise: short runs of both colours everywhere, many horizontal modes.
    const QImage noise = Test::noisePage(1728, 400, 7, 90);
    const CodedFaxPage c = coded(noise, yDpi, compression);
    QVERIFY(CodedPageScan::clean(c.data, compression, 1728, 400));
}

void TestCodedPageScan::libtiffsOwnMmrPasses()
{
    for (int n = 1; n <= 8; ++n) {
        const QImage chart = Test::ituChart(n);
        const QByteArray g4 = FaxCodec::encodeMmrWithLibtiff(chart).value();
        QVERIFY(CodedPageScan::clean(g4, FaxCompression::Mmr, chart.width(), chart.height()));
    }
}

void TestCodedPageScan::wrongGeometryFails()
{
    const QImage chart = Test::ituChart(1);
    for (const auto c : {FaxCompression::Mh, FaxCompression::Mr, FaxCompression::Mmr}) {
        const CodedFaxPage page = coded(chart, 196, c);
        // More lines than the data holds, another width: no.
        QVERIFY(!CodedPageScan::clean(page.data, c, chart.width(), chart.height() + 1));
        QVERIFY(!CodedPageScan::clean(page.data, c, 2048, chart.height()));
        QVERIFY(!CodedPageScan::clean(page.data, c, 1700, chart.height()));
        // Cut short.
        QVERIFY(!CodedPageScan::clean(page.data.left(page.data.size() / 2), c, chart.width(),
                                      chart.height()));
        // libtiff agrees each time.
        QVERIFY(libtiffVerdict(page, chart.width(), chart.height() + 1, m_dir.path()).damaged());
        QVERIFY(libtiffVerdict(page, 2048, chart.height(), m_dir.path()).damaged());
    }
}

void TestCodedPageScan::damageNeverPasses_data()
{
    QTest::addColumn<FaxCompression>("compression");
    QTest::newRow("MH") << FaxCompression::Mh;
    QTest::newRow("MR") << FaxCompression::Mr;
    QTest::newRow("MMR") << FaxCompression::Mmr;
}

// Bytes of chart data changed at random: the scan passes only what libtiff decodes without a
// complaint (and almost never anything).
void TestCodedPageScan::damageNeverPasses()
{
    QFETCH(FaxCompression, compression);
    const QImage chart = Test::ituChart(4).copy(0, 0, 1728, 600);
    const CodedFaxPage page = coded(chart, 196, compression);
    QRandomGenerator rng(11);
    int passed = 0;
    for (int trial = 0; trial < 150; ++trial) {
        CodedFaxPage damaged = page;
        for (int k = 0; k < 1 + trial % 3; ++k)
            damaged.data[qsizetype(rng.bounded(quint32(damaged.data.size())))] =
                char(rng.bounded(256));
        if (damaged.data == page.data ||
            !CodedPageScan::clean(damaged.data, compression, 1728, 600))
            continue;
        ++passed;
        const FaxPageDamage d = libtiffVerdict(damaged, 1728, 600, m_dir.path());
        QVERIFY2(!d.damaged(),
                 qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(d.describe())));
    }
    QVERIFY2(passed < 30, qPrintable(QString::number(passed)));
}

void TestCodedPageScan::notFaxDataFails()
{
    QVERIFY(!CodedPageScan::clean(QByteArray(), FaxCompression::Mmr, 1728, 1));
    QVERIFY(!CodedPageScan::clean(QByteArray(4000, '\0'), FaxCompression::Mmr, 1728, 10));
    QVERIFY(!CodedPageScan::clean(QByteArray(4000, '\xff'), FaxCompression::Mh, 1728, 10));
    const CodedFaxPage page = coded(Test::ituChart(1), 196, FaxCompression::Mmr);
    QVERIFY(!CodedPageScan::clean(page.data, FaxCompression::T85, 1728, 2376));
    QVERIFY(!CodedPageScan::clean(page.data, FaxCompression::Mmr, 0, 2376));
}

QTEST_MAIN(TestCodedPageScan)
#include "tst_codedpagescan.moc"
