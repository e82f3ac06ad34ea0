// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imaging/faxtiff.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QTimer;

namespace Fax {

class DialogRunner;
class FaxPageLoader;
class MessageSink;

/// The Fax Viewer: a window of its own for a received, sent or any fax TIFF. Pages with
/// thumbnails, zoom, fit width and fit page, rotation, the pages in their true proportions
/// (normal, fine and superfine), the fax's properties beside them, printing and PDF export.
/// Pages are decoded and scaled on a thread of their own; a file or page that cannot be read is
/// said so in the window, and the window stays usable.
class FaxViewerWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaxViewerWindow)
public:
    /// How the page is sized in the window.
    enum class ZoomMode { FitWidth, FitPage, Percent };
    Q_ENUM(ZoomMode)

    /// messages, dialogs: where message boxes and dialogs go (nullptr: real ones).
    explicit FaxViewerWindow(MessageSink *messages = nullptr, DialogRunner *dialogs = nullptr,
                             QWidget *parent = nullptr);
    ~FaxViewerWindow() override;

    /// Opens a fax TIFF; a file that cannot be read is shown and said so (false).
    bool openFile(const QString &path);
    QString filePath() const { return m_path; }
    int pageCount() const { return m_reader ? m_reader->pageCount() : 0; }
    const FaxTiffReader *reader() const { return m_reader.get(); }

    int currentPage() const { return m_page; }
    void setCurrentPage(int page);
    ZoomMode zoomMode() const { return m_zoomMode; }
    /// The zoom in percent of the page's real size (at the screen's resolution).
    double zoomPercent() const;
    void setZoomMode(ZoomMode mode);
    void setZoomPercent(double percent);
    /// Quarter turns clockwise the pages are shown (and printed and exported) with.
    int quarterTurns() const { return m_turns; }
    void rotate(int quarterTurns);
    /// The picture of the page as shown now (null while it loads or failed).
    QImage shownImage() const { return m_image; }
    /// The page size asked for at the current zoom, in screen pixels.
    QSize pageSizeOnScreen() const;
    /// The properties as the pane lists them: label and value.
    QList<QPair<QString, QString>> propertyRows() const { return m_rows; }
    /// What the page area says instead of a page (an unreadable file or page), else empty.
    QString problemText() const;
    QListWidget *thumbnails() const { return m_thumbnails; }
    QAction *action(const QString &name) const;

public Q_SLOTS:
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    bool saveAsPdf();
    bool print();
    void open();

Q_SIGNALS:
    /// A page's picture is on screen (page from 0).
    void pageShown(int page);
    void thumbnailsReady();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    QAction *makeAction(const QString &name, const QString &text, const QString &icon,
                        const QKeySequence &shortcut);
    void requestPage();
    void pageReady(int page, const QImage &image, int ticket);
    void pageFailed(int page, const QString &message, int ticket);
    void thumbnailReady(int page, const QImage &image);
    void showProblem(const QString &text);
    void fillProperties();
    void updateActions();
    void updateZoomBox();
    double fitPercent(ZoomMode mode) const;
    double screenDpi() const;

    MessageSink *m_messages;
    DialogRunner *m_dialogs;
    std::unique_ptr<FaxTiffReader> m_reader;
    FaxPageLoader *m_loader;
    QString m_path;
    int m_page = 0;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    double m_percent = 100;
    int m_turns = 0;
    int m_ticket = 0;
    int m_thumbnailsShown = 0;
    QImage m_image;
    QList<QPair<QString, QString>> m_rows;

    QSplitter *m_splitter;
    QListWidget *m_thumbnails;
    QScrollArea *m_scroll;
    QLabel *m_pageLabel;
    QWidget *m_propertiesPanel;
    QFormLayout *m_properties;
    QSpinBox *m_pageBox;
    QLabel *m_pageCountLabel;
    QComboBox *m_zoomBox;
    QLabel *m_statusLabel;
    QTimer *m_resizeTimer;
    QHash<QString, QAction *> m_actions;
};

} // namespace Fax
