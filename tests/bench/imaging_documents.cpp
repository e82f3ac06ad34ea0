// SPDX-License-Identifier: GPL-3.0-or-later
#include "imaging_documents.h"

#include "imaging/boundedconverter.h"
#include "imaging/codedpagescan.h"
#include "imaging/documentconverter.h"
#include "imaging/faxtiff.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Fax;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

/// Median wall milliseconds of runs calls of work.
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

QString verdict(double value, double target)
{
    if (value < 0)
        return QStringLiteral("(n/a: the check took longer than the whole)");
    return value <= target ? QStringLiteral("(meets target)") : QStringLiteral("(ABOVE target)");
}

/// part as a percentage of whole, or "n/a".
QString percent(double part, double whole)
{
    return whole > 0 ? QString::number(100 * part / whole, 'f', 1) + QStringLiteral(" %")
                     : QStringLiteral("n/a");
}

/// A 100-page fine MMR fax TIFF: ITU charts 1-8 in turn, or 100 pages of text.
QString makeHundredPages(const QString &tmp, const QString &testData, bool charts)
{
    const QString out =
        tmp + (charts ? QStringLiteral("/charts-100.tif") : QStringLiteral("/text-100.tif"));
    if (charts) {
        QList<CodedFaxPage> pages;
        for (int n = 1; n <= 8; ++n) {
            FaxTiffReader r;
            if (!r.open(testData + QStringLiteral("/itu%1.tif").arg(n)))
                return QString();
            pages << CodedFaxPage{r.rawPage(0).value(), r.pageInfo(0)};
        }
        FaxTiffWriter w(out);
        if (!w.open({}, 100))
            return QString();
        for (int i = 0; i < 100; ++i) {
            if (!w.addRawPage(pages[i % 8].data, pages[i % 8].info))
                return QString();
        }
        return w.finish() ? out : QString();
    }
    QByteArray text;
    for (int p = 0; p < 100; ++p) {
        text += QStringLiteral("Page %1 of a hundred-page letter\n\n").arg(p + 1).toUtf8();
        for (int l = 0; l < 50; ++l)
            text += QStringLiteral("%1. Lorem ipsum dolor sit amet, consectetur adipiscing elit, "
                                   "sed do eiusmod tempor.\n")
                        .arg(l + 1)
                        .toUtf8();
        text += '\f';
    }
    const QString txt = tmp + QStringLiteral("/text-100.txt");
    QFile f(txt);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return QString();
    f.close();
    auto r = DocumentConverter::convert({txt}, out, ConvertOptions());
    return r && r->pages == 100 ? out : QString();
}

} // namespace

void benchPassThroughCheck(const QString &tmp, const QString &testData, const QString &faxctl)
{
    line(QStringLiteral("== Checking fax TIFF pages before they pass through, 100 fine MMR pages "
                        "(target: the check under 10 % of the conversion without it; median of "
                        "5, wall ms)"));
    for (const bool charts : {false, true}) {
        const QString tiff = makeHundredPages(tmp, testData, charts);
        if (tiff.isEmpty()) {
            line(QStringLiteral("  cannot make the 100-page fax TIFF"));
            continue;
        }
        FaxTiffReader reader;
        if (!reader.open(tiff))
            continue;
        QList<QByteArray> raw;
        for (int i = 0; i < reader.pageCount(); ++i)
            raw << reader.rawPage(i).value();
        const QString out = tmp + QStringLiteral("/checked.tif");
        int passed = 0;
        const double conversion = medianMs(5, [&] {
            auto r = DocumentConverter::convert({tiff}, out, ConvertOptions());
            passed = r ? r->passedThrough : -1;
        });
        bool allClean = true;
        const double scan = medianMs(5, [&] {
            for (int i = 0; i < raw.size(); ++i)
                allClean = allClean && CodedPageScan::clean(raw[i], FaxCompression::Mmr, 1728,
                                                            reader.pageInfo(i).lines);
        });
        const double libtiff = medianMs(3, [&] {
            for (int i = 0; i < reader.pageCount(); ++i)
                (void)reader.checkPage(i);
        });
        const double recode = medianMs(3, [&] {
            for (int i = 0; i < reader.pageCount(); ++i)
                (void)FaxTiffWriter::encodePage(reader.readPage(i).value(), FaxCompression::Mmr);
        });
        const double without = conversion - scan;
        line(QStringLiteral("  %1 (%2 KiB, %3 of 100 pages stored unchanged, quick scan %4):")
                 .arg(charts ? QStringLiteral("ITU charts 1-8 in turn")
                             : QStringLiteral("100 pages of text"))
                 .arg(QFileInfo(tiff).size() / 1024)
                 .arg(passed)
                 .arg(allClean ? QStringLiteral("passes every page")
                               : QStringLiteral("FAILS a page")));
        line(
            QStringLiteral("    in-process conversion %1 ms, of it the check (CodedPageScan) %2 ms "
                           "= %3 of the conversion without it (%4 ms) %5")
                .arg(conversion, 0, 'f', 1)
                .arg(scan, 0, 'f', 1)
                .arg(percent(scan, without))
                .arg(without, 0, 'f', 1)
                .arg(verdict(without > 0 ? scan / without : -1, 0.10)));
        line(QStringLiteral("    libtiff's decoder alone (FaxPageCheck, what decides when the scan "
                            "cannot) %1 ms; decoding and re-coding every page instead of passing "
                            "it through %2 ms (the check is %3 of that)")
                 .arg(libtiff, 0, 'f', 1)
                 .arg(recode, 0, 'f', 1)
                 .arg(percent(scan, recode)));
        if (!faxctl.isEmpty()) {
            const double whole = medianMs(3, [&] {
                QProcess p;
                p.start(faxctl, {QStringLiteral("convert"), tiff, QStringLiteral("-o"), out,
                                 QStringLiteral("--quiet")});
                p.waitForFinished(-1);
            });
            line(
                QStringLiteral("    faxctl convert (a process, the conversion in its child) %1 ms: "
                               "the check is %2 of the rest %3")
                    .arg(whole, 0, 'f', 1)
                    .arg(percent(scan, whole - scan))
                    .arg(verdict(whole > scan ? scan / (whole - scan) : -1, 0.10)));
        }
    }
}

void benchEndlessPostScript(const QString &tmp, const QString &testData, const QString &faxctl)
{
    line(QStringLiteral("== Refusing PostScript that never ends (tests/data/broken/endless.ps; "
                        "target: the time limit plus at most 1 s)"));
    const QString endless = testData + QStringLiteral("/broken/endless.ps");
    if (QStandardPaths::findExecutable(QStringLiteral("gs")).isEmpty() ||
        !QFileInfo::exists(endless)) {
        line(QStringLiteral("  needs Ghostscript and %1").arg(endless));
        return;
    }
    const QString out = tmp + QStringLiteral("/never-written.tif");
    for (const int limit : {2, 5}) {
        if (!faxctl.isEmpty()) {
            QString message;
            const double ms = medianMs(3, [&] {
                QProcess p;
                p.start(faxctl, {QStringLiteral("convert"), endless, QStringLiteral("-o"), out,
                                 QStringLiteral("--quiet"), QStringLiteral("--time-limit"),
                                 QString::number(limit)});
                p.waitForFinished(-1);
                message = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
            });
            line(QStringLiteral("  limit %1 s: faxctl convert refuses it after %2 s %3: %4")
                     .arg(limit)
                     .arg(ms / 1000, 0, 'f', 2)
                     .arg(verdict(ms, limit * 1000 + 1000))
                     .arg(message));
        }
        ConvertOptions o;
        o.limits.stepSeconds = limit;
        QString message;
        const double ms = medianMs(3, [&] {
            auto r = BoundedConverter::convert({endless}, out, o, {}, {},
                                               BoundedConverter::Isolation::Helper);
            message = r ? QStringLiteral("it converted") : r.error().message;
        });
        line(
            QStringLiteral("  limit %1 s: the engine's helper process refuses it after %2 s %3: %4")
                .arg(limit)
                .arg(ms / 1000, 0, 'f', 2)
                .arg(verdict(ms, limit * 1000 + 1000))
                .arg(message));
    }
}
