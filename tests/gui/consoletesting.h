// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the console's GUI tests share (header only: every GUI test is its own program): a
// message sink that records, a dialog runner that answers as a script says, fax files to look
// at, screenshots, and reading back the PDFs the console writes.

#include "dialogrunner.h"
#include "joblistpanel.h"
#include "messagesink.h"
#include "modelroles.h"

#include "imaging/faxtiff.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QTableView>
#include <QTest>

#include <deque>
#include <functional>

namespace Fax::Test {

/// Records what would have been shown in message boxes; answers questions as told.
class RecordingSink final : public MessageSink
{
public:
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    bool confirm(QWidget *, const QString &title, const QString &text) override
    {
        questions << title + QStringLiteral(": ") + text;
        return answer;
    }
    QStringList errors;
    QStringList questions;
    bool answer = true;
};

/// Answers the console's dialogs from a script: each modal dialog is handed to the next handler
/// (which fills it in, presses its buttons and returns its result), file and folder questions
/// take the next answer, printing goes to a PDF file.
class ScriptedDialogs final : public DialogRunner
{
public:
    int exec(QDialog *dialog) override
    {
        asked << dialog->windowTitle();
        if (handlers.empty())
            return QDialog::Rejected;
        const auto handler = std::move(handlers.front());
        handlers.pop_front();
        dialog->show();
        return handler(dialog);
    }
    QString openFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked << title;
        return next(files);
    }
    QString saveFileName(QWidget *, const QString &title, const QString &suggested,
                         const QString &) override
    {
        asked << title;
        suggestions << suggested;
        return next(files);
    }
    QString existingFolder(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return next(folders);
    }
    bool choosePrinter(QPrinter *printer, QWidget *, int pages) override
    {
        asked << QStringLiteral("print");
        printedPages = pages;
        if (printTo.isEmpty())
            return false;
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(printTo);
        return true;
    }

    std::deque<std::function<int(QDialog *)>> handlers;
    QStringList files;   ///< answers to open and save questions, in order
    QStringList folders; ///< answers to folder questions
    QString printTo;     ///< the PDF printing goes to (empty: the user cancels)
    QStringList asked;
    QStringList suggestions;
    int printedPages = 0;

private:
    static QString next(QStringList &answers)
    {
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }
};

inline QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(FAX_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    // Let pending layout requests settle so the picture shows the final geometry: a nested
    // layout that changes (a line shown or hidden) posts its parent's request while handling its
    // own, so a few rounds.
    for (int round = 0; round < 4; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents();
    return widget->grab().save(screenshotPath(name));
}

/// The job with id as a job list's view shows it (after its search and filter), or std::nullopt.
inline std::optional<Job> jobInView(const JobListPanel *panel, JobId id)
{
    const QAbstractItemModel *model = panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(JobIdRole).toLongLong() == id)
            return index.data(JobRole).value<Job>();
    }
    return std::nullopt;
}

/// Writes a fax TIFF of the ITU charts given (1-8) at yDpi each (196 fine, 98 normal, 391
/// superfine), as received from tsid; false when it cannot.
inline bool writeChartFax(const QString &path, const QList<int> &charts, const QList<int> &yDpis,
                          const QString &tsid = QStringLiteral("+49 30 1234567"));

/// The page sizes of a PDF in points, or empty when it cannot be read.
inline QList<QSizeF> pdfPageSizes(const QString &path)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QList<QSizeF> sizes;
    for (int i = 0; i < pdf.pageCount(); ++i)
        sizes << pdf.pagePointSize(i);
    return sizes;
}

/// Saves the first page of a PDF as a screenshot (at about 100 dpi), to look at what was written.
inline bool savePdfScreenshot(const QString &pdfPath, const QString &name)
{
    QPdfDocument pdf;
    if (pdf.load(pdfPath) != QPdfDocument::Error::None || pdf.pageCount() < 1)
        return false;
    const QSizeF points = pdf.pagePointSize(0);
    QImage page = pdf.render(0, (points * 100.0 / 72.0).toSize());
    QImage white(page.size(), QImage::Format_RGB32);
    white.fill(Qt::white);
    QPainter(&white).drawImage(0, 0, page);
    return white.save(screenshotPath(name));
}

/// All the text of a PDF.
inline QString pdfText(const QString &path)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int i = 0; i < pdf.pageCount(); ++i)
        text += pdf.getAllText(i).text() + u'\n';
    return text;
}

} // namespace Fax::Test

#include "ituchart.h"

namespace Fax::Test {

inline bool writeChartFax(const QString &path, const QList<int> &charts, const QList<int> &yDpis,
                          const QString &tsid)
{
    FaxTiffProperties properties;
    properties.received = true;
    properties.tsid = tsid;
    properties.csid = QStringLiteral("+1 555 0100");
    properties.callerId = QStringLiteral("0301234567");
    properties.port = QStringLiteral("front");
    properties.routing = QStringLiteral("stored in the Inbox");
    properties.time = QDateTime(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC);
    FaxTiffWriter writer(path);
    if (!writer.open(properties, int(charts.size())))
        return false;
    for (int i = 0; i < charts.size(); ++i) {
        FaxPage page;
        page.yDpi = yDpis.value(i, 196);
        page.image = atResolution(ituChart(charts.at(i)), page.yDpi);
        if (page.image.isNull() || !writer.addPage(page, FaxCompression::Mmr))
            return false;
    }
    return bool(writer.finish());
}

} // namespace Fax::Test
