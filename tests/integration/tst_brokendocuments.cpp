// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus of broken and hostile documents (tests/data/broken, its README lists each file with
// the outcome it must get): each through the real faxctl convert and through the engine's
// bounded converter in its helper process (the send path's way), refused with the expected
// message, in bounded time, nothing written; faxctl info --verify against libtiff's own decoder;
// cancelling (Ctrl+C, another thread) within a second; the memory limit of the converter itself.
#include "imaging/boundedconverter.h"
#include "processrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <csignal>
#include <numeric>
#include <thread>
#include <unistd.h>

using namespace Fax;

namespace {

const QString kCorpus = QStringLiteral(FAX_TESTDATA_DIR "/broken");

/// One row of the corpus README's table.
struct Entry
{
    QString file;
    QStringList options;
    QString expected; ///< the error text, or empty when it converts
    int pages = -1;   ///< pages when it converts
};

QList<Entry> readTable(QString *problem)
{
    QFile f(kCorpus + QStringLiteral("/README.md"));
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = f.errorString();
        return {};
    }
    QList<Entry> entries;
    const auto unquote = [](QString s) {
        s = s.trimmed();
        if (s.startsWith(QLatin1Char('`')) && s.endsWith(QLatin1Char('`')))
            s = s.mid(1, s.size() - 2);
        return s;
    };
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("| `")))
            continue;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() != 6) {
            *problem = QStringLiteral("a table row without four cells: ") + line;
            return {};
        }
        Entry e;
        e.file = unquote(cells[1]);
        e.options = unquote(cells[3]).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString expected = unquote(cells[4]);
        static const QRegularExpression converts(QStringLiteral("^converts: (\\d+) pages?$"));
        if (const auto m = converts.match(expected); m.hasMatch())
            e.pages = m.captured(1).toInt();
        else
            e.expected = expected;
        entries << e;
    }
    return entries;
}

/// The limits an entry's options set, for the engine's own converter.
ConvertOptions optionsFor(const Entry &e)
{
    ConvertOptions o;
    for (int i = 0; i + 1 < e.options.size(); i += 2) {
        if (e.options[i] == QLatin1String("--time-limit"))
            o.limits.stepSeconds = e.options[i + 1].toInt();
        else if (e.options[i] == QLatin1String("--memory-limit"))
            o.limits.memoryMiB = e.options[i + 1].toInt();
    }
    return o;
}

int timeLimit(const Entry &e)
{
    const int i = int(e.options.indexOf(QStringLiteral("--time-limit")));
    return i >= 0 ? e.options.value(i + 1).toInt() : 0;
}

/// Processes whose command line mentions text (a unique path): what a stop must not leave.
QStringList processesMentioning(const QString &text)
{
    QStringList found;
    const QByteArray needle = text.toLocal8Bit();
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        if (pid.toInt() <= 0 || pid.toInt() == getpid())
            continue;
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmd.open(QIODevice::ReadOnly) && cmd.readAll().contains(needle))
            found << pid;
    }
    return found;
}

/// libtiff's own decoder on path (tiffinfo -D): the lines it complained about, by kind.
struct LibtiffView
{
    QList<int> invalid, wrongLength, emptyLine, endOfData;
    QStringList other;
};

LibtiffView libtiffView(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("tiffinfo"), {QStringLiteral("-D"), path});
    p.waitForFinished(60000);
    LibtiffView v;
    static const QRegularExpression at(QStringLiteral(" at line (\\d+) of strip 0"));
    for (const QString &m : QString::fromLocal8Bit(p.readAllStandardError())
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto match = at.match(m);
        const int line = match.hasMatch() ? match.captured(1).toInt() : -1;
        if (m.contains(QLatin1String("Bad code word")) ||
            m.contains(QLatin1String("Uncompressed data")))
            v.invalid << line;
        else if (m.contains(QLatin1String("Premature EOL")) && m.contains(QLatin1String("(got 0,")))
            v.emptyLine << line;
        else if (m.contains(QLatin1String("Premature EOL")) ||
                 m.contains(QLatin1String("Line length mismatch")))
            v.wrongLength << line;
        else if (m.contains(QLatin1String("Premature EOF")))
            v.endOfData << line;
        else
            v.other << m;
    }
    return v;
}

int countBelow(const QList<int> &lines, int end)
{
    return int(std::count_if(lines.begin(), lines.end(), [&](int l) { return l < end; }));
}

} // namespace

class TestBrokenDocuments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyFileIsListed();
    void faxctlConvert_data();
    void faxctlConvert();
    void helperProcess_data();
    void helperProcess();
    void verifyAgreesWithLibtiff_data();
    void verifyAgreesWithLibtiff();
    void recodeKeepsWhatDecodes();
    void ctrlCStopsGhostscriptWithinASecond();
    void cancelFromAnotherThreadWithinASecond_data();
    void cancelFromAnotherThreadWithinASecond();
    void memoryLimitOfTheConverterItself();
    void missingHelperIsNamed();

private:
    Fax::Test::ProcessRun faxctl(const QStringList &args);
    void addRows(bool tiffOnly = false);
    QStringList outFolder() const
    {
        return QDir(m_out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }

    QList<Entry> m_entries;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_out;
};

void TestBrokenDocuments::initTestCase()
{
    QString problem;
    m_entries = readTable(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_entries.size() >= 14);
    // Also when the test runs by hand, outside ctest's environment.
    if (qEnvironmentVariableIsEmpty("FAXCONSOLE_RENDER_HELPER"))
        BoundedConverter::setHelperProgram(QStringLiteral(FAXRENDER_PATH));
}

void TestBrokenDocuments::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_out = m_tmp->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_out));
}

void TestBrokenDocuments::cleanup()
{
    m_tmp.reset();
}

Fax::Test::ProcessRun TestBrokenDocuments::faxctl(const QStringList &args)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("FAXCONSOLE_DATA_DIR"), m_tmp->filePath(QStringLiteral("no-data")));
    return Fax::Test::runProcess(QStringLiteral(FAXCTL_PATH), args, e, 120000);
}

void TestBrokenDocuments::addRows(bool tiffOnly)
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!tiffOnly || m_entries[i].file.endsWith(QLatin1String(".tif")))
            QTest::newRow(qPrintable(m_entries[i].file)) << i;
    }
}

void TestBrokenDocuments::everyFileIsListed()
{
    QStringList listed;
    for (const Entry &e : m_entries) {
        listed << e.file;
        QVERIFY2(QFile::exists(kCorpus + QLatin1Char('/') + e.file), qPrintable(e.file));
        QVERIFY2(QFileInfo(kCorpus + QLatin1Char('/') + e.file).size() <= 64 * 1024,
                 qPrintable(e.file + QStringLiteral(": the corpus stays small")));
    }
    QStringList present = QDir(kCorpus).entryList(QDir::Files);
    present.removeAll(QStringLiteral("README.md"));
    present.removeAll(QStringLiteral("make.py"));
    listed.sort();
    present.sort();
    QCOMPARE(listed, present);
}

void TestBrokenDocuments::faxctlConvert_data()
{
    addRows();
}

void TestBrokenDocuments::faxctlConvert()
{
    QFETCH(int, row);
    const Entry &e = m_entries[row];
    const QString input = kCorpus + QLatin1Char('/') + e.file;
    const QString out = m_out + QStringLiteral("/OUT.tif");
    QElapsedTimer clock;
    clock.start();
    const auto r = faxctl(QStringList{QStringLiteral("convert"), input, QStringLiteral("-o"), out,
                                      QStringLiteral("--quiet")} +
                          e.options);
    const qint64 ms = clock.elapsed();
    if (e.pages >= 0) {
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(out + QStringLiteral(": %1 page").arg(e.pages)),
                 qPrintable(r.out));
        return;
    }
    QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QString expected = e.expected;
    expected.replace(0, e.file.size(), input);
    QVERIFY2(r.err.contains(QStringLiteral("cannot convert to %1: %2").arg(out, expected)),
             qPrintable(QStringLiteral("expected: %1\nbut got: %2").arg(expected, r.err)));
    QCOMPARE(outFolder(), QStringList());
    // Refused within the limit and a second, plus faxctl's start (a few tenths).
    if (const int limit = timeLimit(e); limit > 0)
        QVERIFY2(ms <= limit * 1000 + 1800, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

void TestBrokenDocuments::helperProcess_data()
{
    addRows();
}

// The engine's send path and the console run in processes with threads: their conversions go
// through the helper program, under the same limits; the same when the pages are handed over
// while they are made (the preview), which hands over exactly the pages made.
void TestBrokenDocuments::helperProcess()
{
    QFETCH(int, row);
    const Entry &e = m_entries[row];
    const QString input = kCorpus + QLatin1Char('/') + e.file;
    const QString out = m_out + QStringLiteral("/OUT.tif");
    for (const bool streamed : {false, true}) {
        QList<int> handed;
        BoundedConverter::PageReady pageReady;
        if (streamed)
            pageReady = [&handed](int index, int, const FaxPage &, const FaxTiffPageInfo &) {
                handed << index;
            };
        QElapsedTimer clock;
        clock.start();
        const auto r = BoundedConverter::convert({input}, out, optionsFor(e), {}, {},
                                                 BoundedConverter::Isolation::Helper, pageReady);
        const qint64 ms = clock.elapsed();
        if (e.pages >= 0) {
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(r->pages, e.pages);
            if (streamed) {
                QList<int> all(e.pages);
                std::iota(all.begin(), all.end(), 0);
                QCOMPARE(handed, all);
            }
            QFile::remove(out);
            continue;
        }
        QVERIFY(!r.ok());
        QString expected = e.expected;
        expected.replace(0, e.file.size(), input);
        QCOMPARE(r.error().message, expected);
        QCOMPARE(outFolder(), QStringList());
        if (const int limit = timeLimit(e); limit > 0)
            QVERIFY2(ms <= limit * 1000 + 1500, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }
}

void TestBrokenDocuments::verifyAgreesWithLibtiff_data()
{
    addRows(true);
    for (int n = 1; n <= 8; ++n)
        QTest::newRow(qPrintable(QStringLiteral("itu%1.tif").arg(n))) << -n;
}

// The damage --verify counts is the damage libtiff's decoder complains about, line for line and
// kind for kind; a clean chart is clean for both.
void TestBrokenDocuments::verifyAgreesWithLibtiff()
{
    QFETCH(int, row);
    const QString path = row >= 0 ? kCorpus + QLatin1Char('/') + m_entries[row].file
                                  : QStringLiteral(FAX_TESTDATA_DIR "/itu%1.tif").arg(-row);
    const auto r = faxctl(
        {QStringLiteral("--json"), QStringLiteral("info"), QStringLiteral("--verify"), path});
    const QJsonObject info = Fax::Test::jsonOutput(Fax::Test::ProcessRun{0, r.out, r.err},
                                                   {QStringLiteral("info"), path});
    const QJsonObject check = info.value(QStringLiteral("pages"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("check"))
                                  .toObject();
    QVERIFY2(!check.isEmpty(), qPrintable(r.out + r.err));
    const LibtiffView lib = libtiffView(path);
    const bool libtiffComplains = !lib.invalid.isEmpty() || !lib.wrongLength.isEmpty() ||
                                  !lib.emptyLine.isEmpty() || !lib.endOfData.isEmpty() ||
                                  !lib.other.isEmpty();
    QCOMPARE(check.value(QStringLiteral("damaged")).toBool(), libtiffComplains);
    QCOMPARE(r.exitCode, libtiffComplains ? 1 : 0);
    if (!libtiffComplains)
        return;
    QVERIFY2(r.err.contains(QStringLiteral("page 1: damaged: ")), qPrintable(r.err));
    // Lines up to where the data ends: T.6's EOFB (an empty line) or a cut ends it.
    const int end = check.value(QStringLiteral("decodedLines")).toInt();
    QCOMPARE(check.value(QStringLiteral("invalidCodes")).toInt(), countBelow(lib.invalid, end));
    QCOMPARE(check.value(QStringLiteral("wrongLength")).toInt(),
             countBelow(lib.wrongLength, end) + countBelow(lib.emptyLine, end));
    // Where libtiff saw the data end, so did we.
    for (int line : lib.emptyLine + lib.endOfData)
        QVERIFY2(line >= end || lib.emptyLine.contains(line), qPrintable(QString::number(line)));
    if (!lib.other.isEmpty()) // the strip cannot be read, or the page is absurdly long
        QVERIFY2(!check.value(QStringLiteral("readError")).isNull() ||
                     check.value(QStringLiteral("tooLong")).toBool(),
                 qPrintable(lib.other.join(QLatin1Char('\n'))));
}

void TestBrokenDocuments::recodeKeepsWhatDecodes()
{
    const QStringList damaged{kCorpus + QStringLiteral("/damaged-lines.tif"),
                              kCorpus + QStringLiteral("/million-lines.tif"),
                              kCorpus + QStringLiteral("/wrong-width.tif")};
    const QString out = m_out + QStringLiteral("/recoded.tif");
    const auto r =
        faxctl(QStringList{QStringLiteral("--json"), QStringLiteral("convert")} + damaged +
               QStringList{QStringLiteral("-o"), out, QStringLiteral("--quiet"),
                           QStringLiteral("--damaged"), QStringLiteral("recode")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = Fax::Test::jsonOutput(r, {QStringLiteral("convert")});
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("passedThrough")).toInt(), 0);
    const QJsonArray recoded = o.value(QStringLiteral("recoded")).toArray();
    QCOMPARE(recoded.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString note = recoded.at(i).toString();
        QVERIFY2(note.startsWith(damaged[i] + QStringLiteral(": page 1: re-coded the ")),
                 qPrintable(note));
        QVERIFY2(r.err.contains(QStringLiteral("warning: ") + note), qPrintable(r.err));
    }
    QVERIFY(recoded.at(1).toString().contains(QStringLiteral("the 200 lines that decode")));
    // What is stored decodes cleanly, with the lines that decoded.
    const auto info =
        faxctl({QStringLiteral("--json"), QStringLiteral("info"), QStringLiteral("--verify"), out});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    const QJsonArray pages = Fax::Test::jsonOutput(info, {QStringLiteral("info")})
                                 .value(QStringLiteral("pages"))
                                 .toArray();
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(1).toObject().value(QStringLiteral("lines")).toInt(), 200);
    QCOMPARE(pages.at(2).toObject().value(QStringLiteral("lines")).toInt(), 2712);
    // Nothing decodes from a cut strip: refused even so.
    const auto cut =
        faxctl({QStringLiteral("convert"), kCorpus + QStringLiteral("/truncated-strip.tif"),
                QStringLiteral("-o"), out, QStringLiteral("--damaged"), QStringLiteral("recode")});
    QCOMPARE(cut.exitCode, 1);
    QVERIFY2(cut.err.contains(QStringLiteral("the coded data is cut short")), qPrintable(cut.err));
}

void TestBrokenDocuments::ctrlCStopsGhostscriptWithinASecond()
{
    // A copy under a name of its own: Ghostscript's command line names it, so a Ghostscript left
    // running would be found.
    const QString endless = m_tmp->filePath(QStringLiteral("endless-%1.ps").arg(getpid()));
    QVERIFY(QFile::copy(kCorpus + QStringLiteral("/endless.ps"), endless));
    QProcess p;
    p.start(QStringLiteral(FAXCTL_PATH), {QStringLiteral("convert"), endless, QStringLiteral("-o"),
                                          m_out + QStringLiteral("/OUT.tif")});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        !processesMentioning(endless).isEmpty() && processesMentioning(endless).size() >= 1, 10000);
    QTest::qWait(500); // Ghostscript is looping
    QVERIFY(p.state() == QProcess::Running);
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(5000));
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QVERIFY2(
        err.contains(QStringLiteral("stopped while opening %1; nothing was written").arg(endless)),
        qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("not valid PostScript")), qPrintable(err));
    QTRY_COMPARE_WITH_TIMEOUT(processesMentioning(endless), QStringList(), 2000);
    QCOMPARE(outFolder(), QStringList());
}

void TestBrokenDocuments::cancelFromAnotherThreadWithinASecond_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Ghostscript") << QStringLiteral("endless.ps")
                                 << QStringLiteral("stopped while opening");
    QTest::newRow("PDFium") << QStringLiteral("slow-page.pdf")
                            << QStringLiteral("stopped at page 1 of 1");
}

// The console's Cancel and the engine's: a flag another thread raises.
void TestBrokenDocuments::cancelFromAnotherThreadWithinASecond()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString input = m_tmp->filePath(QStringLiteral("%1-%2").arg(getpid()).arg(file));
    QVERIFY(QFile::copy(kCorpus + QLatin1Char('/') + file, input));
    std::atomic_bool cancel{false};
    std::atomic<qint64> raisedAt{0};
    QElapsedTimer clock;
    clock.start();
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        raisedAt = clock.elapsed();
        cancel = true;
    });
    ConvertOptions o;
    o.cancel = &cancel;
    const auto r = BoundedConverter::convert({input}, m_out + QStringLiteral("/OUT.tif"), o, {}, {},
                                             BoundedConverter::Isolation::Helper);
    const qint64 ms = clock.elapsed() - raisedAt;
    canceller.join();
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("nothing was written")),
             qPrintable(r.error().message));
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms after the cancel").arg(ms)));
    // Killed with its group at once; the kernel ends Ghostscript a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(processesMentioning(input), QStringList(), 2000);
    QCOMPARE(outFolder(), QStringList());
}

void TestBrokenDocuments::memoryLimitOfTheConverterItself()
{
    // 36 MB of text: more than a 100 MiB converter can hold as text and pages.
    const QString big = m_tmp->filePath(QStringLiteral("big.txt"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line("All work and no play makes a fax a dull fax, says the test.\n");
        for (int i = 0; i < 600000; ++i)
            f.write(line);
    }
    const QString expected =
        QStringLiteral("%1: opening it needed more than the 100 MiB memory limit").arg(big);
    const auto r = faxctl({QStringLiteral("convert"), big, QStringLiteral("-o"),
                           m_out + QStringLiteral("/OUT.tif"), QStringLiteral("--memory-limit"),
                           QStringLiteral("100")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    ConvertOptions o;
    o.limits.memoryMiB = 100;
    const auto h = BoundedConverter::convert({big}, m_out + QStringLiteral("/OUT.tif"), o, {}, {},
                                             BoundedConverter::Isolation::Helper);
    QVERIFY(!h.ok());
    QCOMPARE(h.error().message, expected);
    QCOMPARE(outFolder(), QStringList());
    // Under the default limit it converts.
    const auto fine =
        faxctl({QStringLiteral("convert"), kCorpus + QStringLiteral("/broken-xref.pdf"),
                QStringLiteral("-o"), m_out + QStringLiteral("/OUT.tif")});
    QVERIFY2(fine.exitCode == 0, qPrintable(fine.err));
}

void TestBrokenDocuments::missingHelperIsNamed()
{
    const QByteArray saved = qgetenv("FAXCONSOLE_RENDER_HELPER");
    qunsetenv("FAXCONSOLE_RENDER_HELPER");
    BoundedConverter::setHelperProgram(QStringLiteral("/nonexistent/faxrender"));
    const auto r = BoundedConverter::convert({kCorpus + QStringLiteral("/broken-xref.pdf")},
                                             m_out + QStringLiteral("/OUT.tif"), ConvertOptions(),
                                             {}, {}, BoundedConverter::Isolation::Helper);
    BoundedConverter::setHelperProgram(saved.isEmpty() ? QStringLiteral(FAXRENDER_PATH)
                                                       : QString());
    if (!saved.isEmpty())
        qputenv("FAXCONSOLE_RENDER_HELPER", saved);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message,
             QStringLiteral("cannot start the conversion process (the helper program "
                            "/nonexistent/faxrender is missing)"));
    QCOMPARE(outFolder(), QStringList());
}

QTEST_MAIN(TestBrokenDocuments)
#include "tst_brokendocuments.moc"
