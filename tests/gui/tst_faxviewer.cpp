// SPDX-License-Identifier: GPL-3.0-or-later
// The Fax Viewer offscreen: a fax of ITU charts at normal, fine and superfine resolution opens to
// its first page with thumbnails of all, each page in its true proportions, zoom, fit width and
// page, rotation, paging by keyboard, the fax's properties beside it, PDF export keeping each
// page's size, printing (to a PDF printer), and files that cannot be read said so in the window.
// `faxconsole --view` opens it alone. Screenshots go to <build>/screenshots/.
#include "consoletesting.h"
#include "faxoutput.h"
#include "faxraster.h"
#include "faxviewerwindow.h"
#include "processrun.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <csignal>

using namespace Fax;
using namespace Fax::Test;

class TestFaxViewer : public QObject
{
    Q_OBJECT

    QString file(const QString &name) const { return m_dir.filePath(name); }

    /// Opens path and waits until its first page is on screen.
    bool openAndWait(FaxViewerWindow &viewer, const QString &path)
    {
        QSignalSpy shown(&viewer, &FaxViewerWindow::pageShown);
        if (!viewer.openFile(path))
            return false;
        return shown.count() > 0 || shown.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Page 1 fine, page 2 normal, page 3 superfine: three proportions in one fax.
        QVERIFY(writeChartFax(file(QStringLiteral("mixed.tif")), {1, 2, 3}, {196, 98, 391}));
        QVERIFY(writeChartFax(file(QStringLiteral("long.tif")), {1, 4, 5, 6, 7, 8},
                              {196, 196, 196, 196, 196, 196}));
    }

    void opensToTheFirstPageWithThumbnails()
    {
        FaxViewerWindow viewer(&m_sink, &m_dialogs);
        viewer.resize(1060, 760);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.windowTitle(), QStringLiteral("Fax Viewer"));
        QSignalSpy thumbs(&viewer, &FaxViewerWindow::thumbnailsReady);
        QVERIFY(openAndWait(viewer, file(QStringLiteral("long.tif"))));
        QVERIFY(viewer.windowTitle().contains(QStringLiteral("Fax Viewer")));
        QVERIFY(viewer.windowTitle().contains(QStringLiteral("long.tif")));
        QCOMPARE(viewer.pageCount(), 6);
        QCOMPARE(viewer.currentPage(), 0);
        QCOMPARE(viewer.thumbnails()->count(), 6);
        QVERIFY(thumbs.wait(20000));
        QVERIFY(!viewer.shownImage().isNull());
        QVERIFY(m_sink.errors.isEmpty());
        // The properties of the received fax.
        QStringList labels;
        QString tsid;
        for (const auto &[label, value] : viewer.propertyRows()) {
            labels << label;
            if (label == QLatin1String("Sender (TSID)"))
                tsid = value;
        }
        QCOMPARE(tsid, QStringLiteral("+49 30 1234567"));
        for (const char *label : {"Direction", "Received", "Caller ID", "Our id (CSID)", "Port",
                                  "Pages", "Resolution", "Page size", "Routing"})
            QVERIFY2(labels.contains(QLatin1String(label)), label);
        QVERIFY(saveScreenshot(&viewer, QStringLiteral("viewer.png")));

        // Paging by keyboard and by thumbnail.
        QSignalSpy shown(&viewer, &FaxViewerWindow::pageShown);
        QTest::keyClick(&viewer, Qt::Key_PageDown);
        QCOMPARE(viewer.currentPage(), 1);
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.last().at(0).toInt(), 1);
        QTest::keyClick(&viewer, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(viewer.currentPage(), 5);
        QVERIFY(!viewer.action(QStringLiteral("nextPage"))->isEnabled());
        QTest::keyClick(&viewer, Qt::Key_PageDown); // at the end: stays
        QCOMPARE(viewer.currentPage(), 5);
        viewer.thumbnails()->setCurrentRow(2);
        QCOMPARE(viewer.currentPage(), 2);
        QCOMPARE(viewer.findChild<QSpinBox *>(QStringLiteral("pageBox"))->value(), 3);
    }

    // A normal page is as tall as a fine one on screen: half the lines, twice as high each.
    void pagesInTheirTrueProportions()
    {
        FaxViewerWindow viewer(&m_sink, &m_dialogs);
        viewer.show();
        QVERIFY(openAndWait(viewer, file(QStringLiteral("mixed.tif"))));
        viewer.setZoomPercent(50);
        QSignalSpy shown(&viewer, &FaxViewerWindow::pageShown);
        QTRY_VERIFY(!viewer.shownImage().isNull());
        QTRY_COMPARE(viewer.shownImage().size(), viewer.pageSizeOnScreen() * devicePixelRatio());
        const QSize fine = viewer.shownImage().size();
        for (int page : {1, 2}) {
            viewer.setCurrentPage(page);
            QVERIFY(shown.wait(10000));
            const QSize other = viewer.shownImage().size();
            QCOMPARE(other.width(), fine.width());
            QVERIFY2(std::abs(other.height() - fine.height()) <= 2,
                     qPrintable(QStringLiteral("page %1: %2 x %3, fine %4 x %5")
                                    .arg(page + 1)
                                    .arg(other.width())
                                    .arg(other.height())
                                    .arg(fine.width())
                                    .arg(fine.height())));
        }
        // An A4 chart at 50 % of its real size: 8.5 x 11.6 inches at half the screen's dpi.
        const double dpi = viewer.logicalDpiX() * devicePixelRatio() / 2;
        QVERIFY(std::abs(fine.width() - 1728.0 / 204 * dpi) <= 2);
        // Thin lines survive the reduction as grey, not as nothing: the chart is not blank.
        const QImage page = viewer.shownImage().convertToFormat(QImage::Format_Grayscale8);
        int dark = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                dark += qGray(page.pixel(x, y)) < 200;
        QVERIFY(dark > page.width() * page.height() / 200);
    }

    void zoomFitAndRotate()
    {
        FaxViewerWindow viewer(&m_sink, &m_dialogs);
        viewer.resize(900, 700);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(openAndWait(viewer, file(QStringLiteral("long.tif"))));
        QCOMPARE(viewer.zoomMode(), FaxViewerWindow::ZoomMode::FitWidth);
        QSignalSpy shown(&viewer, &FaxViewerWindow::pageShown);
        viewer.setZoomMode(FaxViewerWindow::ZoomMode::FitPage);
        QVERIFY(shown.wait(10000));
        const double fitPage = viewer.zoomPercent();
        QVERIFY(fitPage > 5 && fitPage < 100);
        // Ctrl+0: real size; Ctrl++ one step up; Ctrl+- back.
        QTest::keyClick(&viewer, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(viewer.zoomPercent(), 100.0);
        viewer.zoomIn();
        QCOMPARE(viewer.zoomPercent(), 125.0);
        viewer.zoomOut();
        QCOMPARE(viewer.zoomPercent(), 100.0);
        QCOMPARE(viewer.findChild<QComboBox *>(QStringLiteral("zoomBox"))->currentText(),
                 QStringLiteral("100 %"));
        QVERIFY(shown.wait(10000));
        const QSize upright = viewer.shownImage().size();
        QTest::keyClick(&viewer, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(viewer.quarterTurns(), 1);
        QTRY_COMPARE(viewer.shownImage().size(), upright.transposed());
        QTest::keyClick(&viewer, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(viewer.quarterTurns(), 0);
        QTRY_COMPARE(viewer.shownImage().size(), upright);
    }

    // The PDF keeps each page's own size: a normal and a superfine page of A4 are A4 too.
    void exportsPdfWithEachPagesSize()
    {
        FaxViewerWindow viewer(&m_sink, &m_dialogs);
        QVERIFY(openAndWait(viewer, file(QStringLiteral("mixed.tif"))));
        const QString pdf = file(QStringLiteral("mixed.pdf"));
        m_dialogs.files = {pdf};
        QVERIFY(viewer.saveAsPdf());
        QVERIFY(m_dialogs.suggestions.last().endsWith(QStringLiteral("mixed.pdf")));
        const QList<QSizeF> sizes = pdfPageSizes(pdf);
        QCOMPARE(sizes.size(), 3);
        FaxTiffReader reader;
        QVERIFY(reader.open(file(QStringLiteral("mixed.tif"))));
        for (int i = 0; i < 3; ++i) {
            const QSizeF inches = FaxRaster::pageInches(reader.pageInfo(i));
            QVERIFY2(std::abs(sizes.at(i).width() - inches.width() * 72) < 1.0,
                     qPrintable(QString::number(sizes.at(i).width())));
            QVERIFY2(std::abs(sizes.at(i).height() - inches.height() * 72) < 1.0,
                     qPrintable(QString::number(sizes.at(i).height())));
        }
        // A short page stays short.
        const QString shortFax = file(QStringLiteral("short.tif"));
        {
            FaxTiffWriter writer(shortFax);
            QVERIFY(writer.open(FaxTiffProperties(), 1));
            FaxPage page;
            page.image = ituChart(1).copy(0, 0, 1728, 700);
            QVERIFY(writer.addPage(page, FaxCompression::Mh));
            QVERIFY(writer.finish());
        }
        const QString shortPdf = file(QStringLiteral("short.pdf"));
        QVERIFY(FaxOutput::writePdf(shortFax, shortPdf));
        QCOMPARE(pdfPageSizes(shortPdf).size(), 1);
        QVERIFY(std::abs(pdfPageSizes(shortPdf).at(0).height() - 700.0 / 196 * 72) < 1.0);
        // Rotated in the viewer: exported as shown.
        viewer.rotate(1);
        m_dialogs.files = {file(QStringLiteral("turned.pdf"))};
        QVERIFY(viewer.saveAsPdf());
        const QList<QSizeF> turned = pdfPageSizes(file(QStringLiteral("turned.pdf")));
        QCOMPARE(turned.size(), 3);
        QVERIFY(turned.at(0).width() > turned.at(0).height());
        QVERIFY(m_sink.errors.isEmpty());
    }

    void printsEveryPage()
    {
        FaxViewerWindow viewer(&m_sink, &m_dialogs);
        QVERIFY(openAndWait(viewer, file(QStringLiteral("mixed.tif"))));
        m_dialogs.printTo = file(QStringLiteral("printed.pdf"));
        QVERIFY(viewer.print());
        QCOMPARE(m_dialogs.printedPages, 3);
        QCOMPARE(pdfPageSizes(m_dialogs.printTo).size(), 3);
        // Canceled in the print dialog: nothing printed, nothing said.
        m_dialogs.printTo.clear();
        QVERIFY(!viewer.print());
        QVERIFY(m_sink.errors.isEmpty());
    }

    void unreadableFilesAreSaidSo()
    {
        // A file that is no TIFF at all.
        const QString junk = file(QStringLiteral("junk.tif"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a fax");
        f.close();
        FaxViewerWindow viewer(&m_sink, &m_dialogs);
        viewer.show();
        m_sink.errors.clear();
        QVERIFY(!viewer.openFile(junk));
        QCOMPARE(m_sink.errors.size(), 1);
        QVERIFY2(m_sink.errors.first().contains(junk), qPrintable(m_sink.errors.first()));
        QVERIFY(viewer.problemText().contains(QStringLiteral("cannot be shown")));
        QVERIFY(!viewer.action(QStringLiteral("print"))->isEnabled());
        QVERIFY(saveScreenshot(&viewer, QStringLiteral("viewer-unreadable.png")));

        // A fax cut off in its second page: the first shows, the second says why it does not.
        QFile whole(file(QStringLiteral("long.tif")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QByteArray data = whole.readAll();
        FaxTiffReader reader;
        QVERIFY(reader.open(whole.fileName()));
        const QString cut = file(QStringLiteral("cut.tif"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        // Overwrite the coded data of page 2 with zeros (no MMR code), keeping the directories.
        const QByteArray page2 = *reader.rawPage(1);
        const qsizetype at = data.indexOf(page2.left(64));
        QVERIFY(at > 0);
        for (qsizetype i = at; i < at + page2.size(); ++i)
            data[i] = char(0x00);
        out.write(data);
        out.close();
        m_sink.errors.clear();
        QVERIFY(openAndWait(viewer, cut));
        QSignalSpy shown(&viewer, &FaxViewerWindow::pageShown);
        viewer.setCurrentPage(1);
        QTRY_VERIFY(viewer.problemText().contains(QStringLiteral("Page 2 cannot be shown")));
        viewer.setCurrentPage(2);
        QVERIFY(shown.wait(10000));
        QVERIFY(viewer.problemText().isEmpty());
    }

    void commandLine()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // A file that is not there is a mistake on the command line.
        const ProcessRun missing =
            runProcess(QStringLiteral(FAXCONSOLE_PATH),
                       {QStringLiteral("--view"), file(QStringLiteral("nothing.tif"))}, env, 60000);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("nothing.tif: there is no such file")),
                 qPrintable(missing.err));
        // A real one opens and runs until stopped.
        RunningProcess viewer;
        viewer.process.setProcessEnvironment(env);
        viewer.process.start(QStringLiteral(FAXCONSOLE_PATH),
                             {QStringLiteral("--view"), file(QStringLiteral("long.tif"))});
        QVERIFY(viewer.process.waitForStarted(10000));
        QVERIFY2(!viewer.process.waitForFinished(1500), qPrintable(viewer.describe()));
        QCOMPARE(::kill(pid_t(viewer.process.processId()), SIGTERM), 0);
        QVERIFY2(viewer.finish(20000), qPrintable(viewer.describe()));
        QCOMPARE(viewer.process.exitCode(), 0);
    }

private:
    static double devicePixelRatio() { return qApp->devicePixelRatio(); }

    QTemporaryDir m_dir;
    RecordingSink m_sink;
    ScriptedDialogs m_dialogs;
};

QTEST_MAIN(TestFaxViewer)
#include "tst_faxviewer.moc"
