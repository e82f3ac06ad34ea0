// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxviewerwindow.h"

#include "dialogrunner.h"
#include "faxoutput.h"
#include "faxpageloader.h"
#include "faxraster.h"
#include "messagesink.h"
#include "modelformat.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPainter>
#include <QPrinter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QWheelEvent>

#include <cmath>

namespace Fax {

namespace {

const QList<double> kZoomSteps = {25, 33, 50, 67, 75, 100, 125, 150, 200, 300, 400, 600, 800};
const QSize kThumbnailBox(100, 130);

/// A blank page of the right proportions while its thumbnail is made.
QPixmap blankThumbnail(const QSizeF &inches)
{
    const QSize size = inches.scaled(kThumbnailBox, Qt::KeepAspectRatio).toSize();
    QPixmap pixmap(size.expandedTo(QSize(8, 8)));
    pixmap.fill(Qt::white);
    QPainter p(&pixmap);
    p.setPen(QColor(160, 160, 160));
    p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return pixmap;
}

QPixmap framedThumbnail(const QImage &image)
{
    QPixmap pixmap = QPixmap::fromImage(image);
    QPainter p(&pixmap);
    p.setPen(QColor(120, 120, 120));
    p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return pixmap;
}

QString resolutionName(int yDpi)
{
    if (yDpi <= 120)
        return FaxViewerWindow::tr("Normal");
    if (yDpi <= 250)
        return FaxViewerWindow::tr("Fine");
    return FaxViewerWindow::tr("Superfine");
}

/// "A4", "Letter", "Legal" when a page is one of them, else its size.
QString paperName(const QSizeF &inches)
{
    const auto near = [&inches](double w, double h) {
        return std::abs(inches.width() - w) < 0.35 && std::abs(inches.height() - h) < 0.3;
    };
    QString name;
    if (near(8.27, 11.69))
        name = FaxViewerWindow::tr("A4");
    else if (near(8.5, 11.0))
        name = FaxViewerWindow::tr("Letter");
    else if (near(8.5, 14.0))
        name = FaxViewerWindow::tr("Legal");
    else if (near(10.12, 14.33))
        name = FaxViewerWindow::tr("B4");
    else if (near(11.69, 16.54))
        name = FaxViewerWindow::tr("A3");
    const bool metric = QLocale().measurementSystem() == QLocale::MetricSystem;
    const QString size = metric ? FaxViewerWindow::tr("%1 × %2 mm")
                                      .arg(std::lround(inches.width() * 25.4))
                                      .arg(std::lround(inches.height() * 25.4))
                                : FaxViewerWindow::tr("%1 × %2 in")
                                      .arg(QLocale().toString(inches.width(), 'f', 1),
                                           QLocale().toString(inches.height(), 'f', 1));
    return name.isEmpty() ? size : FaxViewerWindow::tr("%1 (%2)").arg(name, size);
}

} // namespace

FaxViewerWindow::FaxViewerWindow(MessageSink *messages, DialogRunner *dialogs, QWidget *parent)
    : QMainWindow(parent), m_messages(messages ? messages : DialogMessageSink::instance()),
      m_dialogs(dialogs ? dialogs : DialogRunner::standard()), m_loader(new FaxPageLoader(this)),
      m_splitter(new QSplitter(this)), m_thumbnails(new QListWidget(this)),
      m_scroll(new QScrollArea(this)), m_pageLabel(new QLabel), m_propertiesPanel(new QWidget),
      m_properties(new QFormLayout(m_propertiesPanel)), m_pageBox(new QSpinBox(this)),
      m_pageCountLabel(new QLabel(this)), m_zoomBox(new QComboBox(this)),
      m_statusLabel(new QLabel(this)), m_resizeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("faxViewer"));
    setWindowTitle(tr("Fax Viewer"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/faxconsole.svg")));

    m_thumbnails->setObjectName(QStringLiteral("thumbnails"));
    m_thumbnails->setAccessibleName(tr("Pages"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setIconSize(kThumbnailBox);
    m_thumbnails->setSpacing(6);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setMinimumWidth(kThumbnailBox.width() + 40);
    m_thumbnails->setMaximumWidth(kThumbnailBox.width() + 60);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setCurrentPage(row);
    });

    m_pageLabel->setObjectName(QStringLiteral("pageView"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_pageLabel->setWordWrap(true);
    m_pageLabel->setMargin(12);
    m_pageLabel->setBackgroundRole(QPalette::Dark);
    m_pageLabel->setAutoFillBackground(true);
    m_scroll->setObjectName(QStringLiteral("pageArea"));
    m_scroll->setWidget(m_pageLabel);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->viewport()->installEventFilter(this);

    m_propertiesPanel->setObjectName(QStringLiteral("faxProperties"));
    m_propertiesPanel->setAccessibleName(tr("Properties"));
    m_properties->setLabelAlignment(Qt::AlignRight);
    m_properties->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *propertiesScroll = new QScrollArea(this);
    propertiesScroll->setWidget(m_propertiesPanel);
    propertiesScroll->setWidgetResizable(true);
    propertiesScroll->setMinimumWidth(230);

    m_splitter->addWidget(m_thumbnails);
    m_splitter->addWidget(m_scroll);
    m_splitter->addWidget(propertiesScroll);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({150, 620, 270});
    setCentralWidget(m_splitter);

    m_pageBox->setObjectName(QStringLiteral("pageBox"));
    m_pageBox->setAccessibleName(tr("Page"));
    m_pageBox->setRange(1, 1);
    m_pageBox->setKeyboardTracking(false);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int v) { setCurrentPage(v - 1); });
    m_zoomBox->setObjectName(QStringLiteral("zoomBox"));
    m_zoomBox->setAccessibleName(tr("Zoom"));
    m_zoomBox->addItem(tr("Fit Width"), -1);
    m_zoomBox->addItem(tr("Fit Page"), -2);
    for (double step : {50.0, 75.0, 100.0, 150.0, 200.0, 400.0})
        m_zoomBox->addItem(tr("%1 %").arg(step), step);
    connect(m_zoomBox, &QComboBox::activated, this, [this](int index) {
        const double v = m_zoomBox->itemData(index).toDouble();
        if (v == -1)
            setZoomMode(ZoomMode::FitWidth);
        else if (v == -2)
            setZoomMode(ZoomMode::FitPage);
        else
            setZoomPercent(v);
    });

    statusBar()->addWidget(m_statusLabel, 1);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(60);
    connect(m_resizeTimer, &QTimer::timeout, this, &FaxViewerWindow::requestPage);

    connect(m_loader, &FaxPageLoader::pageReady, this, &FaxViewerWindow::pageReady);
    connect(m_loader, &FaxPageLoader::pageFailed, this, &FaxViewerWindow::pageFailed);
    connect(m_loader, &FaxPageLoader::thumbnailReady, this, &FaxViewerWindow::thumbnailReady);

    createActions();
    createMenusAndToolBar();
    showProblem(tr("No fax is open."));
    updateActions();
    resize(1060, 760);
}

FaxViewerWindow::~FaxViewerWindow() = default;

QAction *FaxViewerWindow::makeAction(const QString &name, const QString &text, const QString &icon,
                                     const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_actions.insert(name, action);
    addAction(action);
    return action;
}

QAction *FaxViewerWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void FaxViewerWindow::createActions()
{
    connect(makeAction(QStringLiteral("open"), tr("&Open…"), QString(), QKeySequence::Open),
            &QAction::triggered, this, &FaxViewerWindow::open);
    connect(makeAction(QStringLiteral("savePdf"), tr("Save as P&DF…"), QStringLiteral("action-pdf"),
                       QKeySequence(tr("Ctrl+Shift+S"))),
            &QAction::triggered, this, &FaxViewerWindow::saveAsPdf);
    connect(makeAction(QStringLiteral("print"), tr("&Print…"), QStringLiteral("action-print"),
                       QKeySequence::Print),
            &QAction::triggered, this, &FaxViewerWindow::print);
    connect(makeAction(QStringLiteral("close"), tr("&Close"), QString(), QKeySequence::Close),
            &QAction::triggered, this, &QWidget::close);
    connect(makeAction(QStringLiteral("zoomIn"), tr("Zoom &In"), QStringLiteral("zoom-in"),
                       QKeySequence::ZoomIn),
            &QAction::triggered, this, &FaxViewerWindow::zoomIn);
    connect(makeAction(QStringLiteral("zoomOut"), tr("Zoom &Out"), QStringLiteral("zoom-out"),
                       QKeySequence::ZoomOut),
            &QAction::triggered, this, &FaxViewerWindow::zoomOut);
    connect(makeAction(QStringLiteral("actualSize"), tr("&Actual Size"), QString(),
                       QKeySequence(tr("Ctrl+0"))),
            &QAction::triggered, this, [this] { setZoomPercent(100); });
    QAction *fitWidth = makeAction(QStringLiteral("fitWidth"), tr("Fit &Width"),
                                   QStringLiteral("zoom-fit-width"), QKeySequence(tr("Ctrl+1")));
    QAction *fitPage = makeAction(QStringLiteral("fitPage"), tr("Fit &Page"),
                                  QStringLiteral("zoom-fit-page"), QKeySequence(tr("Ctrl+2")));
    fitWidth->setCheckable(true);
    fitPage->setCheckable(true);
    connect(fitWidth, &QAction::triggered, this, [this] { setZoomMode(ZoomMode::FitWidth); });
    connect(fitPage, &QAction::triggered, this, [this] { setZoomMode(ZoomMode::FitPage); });
    connect(makeAction(QStringLiteral("rotateLeft"), tr("Rotate &Left"),
                       QStringLiteral("rotate-left"), QKeySequence(tr("Ctrl+L"))),
            &QAction::triggered, this, [this] { rotate(-1); });
    connect(makeAction(QStringLiteral("rotateRight"), tr("Rotate &Right"),
                       QStringLiteral("rotate-right"), QKeySequence(tr("Ctrl+R"))),
            &QAction::triggered, this, [this] { rotate(1); });
    connect(makeAction(QStringLiteral("nextPage"), tr("&Next Page"), QString(),
                       QKeySequence(Qt::Key_PageDown)),
            &QAction::triggered, this, &FaxViewerWindow::nextPage);
    connect(makeAction(QStringLiteral("previousPage"), tr("P&revious Page"), QString(),
                       QKeySequence(Qt::Key_PageUp)),
            &QAction::triggered, this, &FaxViewerWindow::previousPage);
    connect(makeAction(QStringLiteral("firstPage"), tr("&First Page"), QString(),
                       QKeySequence(Qt::CTRL | Qt::Key_Home)),
            &QAction::triggered, this, [this] { setCurrentPage(0); });
    connect(makeAction(QStringLiteral("lastPage"), tr("&Last Page"), QString(),
                       QKeySequence(Qt::CTRL | Qt::Key_End)),
            &QAction::triggered, this, [this] { setCurrentPage(pageCount() - 1); });
}

void FaxViewerWindow::createMenusAndToolBar()
{
    const auto a = [this](const char *name) { return m_actions.value(QLatin1String(name)); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a("open"), a("savePdf"), a("print")});
    file->addSeparator();
    file->addAction(a("close"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a("zoomIn"), a("zoomOut"), a("actualSize"), a("fitWidth"), a("fitPage")});
    view->addSeparator();
    view->addActions({a("rotateLeft"), a("rotateRight")});
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions({a("previousPage"), a("nextPage"), a("firstPage"), a("lastPage")});

    QToolBar *bar = addToolBar(tr("Viewer toolbar"));
    bar->setObjectName(QStringLiteral("viewerToolBar"));
    bar->setIconSize(QSize(20, 20));
    bar->addActions({a("savePdf"), a("print")});
    bar->addSeparator();
    auto *pageLabel = new QLabel(tr("Pa&ge"), bar);
    pageLabel->setBuddy(m_pageBox);
    pageLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(pageLabel);
    bar->addWidget(m_pageBox);
    m_pageCountLabel->setContentsMargins(4, 0, 6, 0);
    bar->addWidget(m_pageCountLabel);
    bar->addSeparator();
    bar->addActions({a("zoomOut"), a("zoomIn")});
    bar->addWidget(m_zoomBox);
    bar->addActions({a("fitWidth"), a("fitPage")});
    bar->addSeparator();
    bar->addActions({a("rotateLeft"), a("rotateRight")});
}

bool FaxViewerWindow::openFile(const QString &path)
{
    auto reader = std::make_unique<FaxTiffReader>();
    const Result opened = reader->open(path);
    m_path = path;
    m_page = 0;
    m_image = QImage();
    m_thumbnails->clear();
    m_thumbnailsShown = 0;
    setWindowTitle(tr("%1 — Fax Viewer").arg(QFileInfo(path).fileName()));
    QString problem;
    if (!opened)
        problem = opened.error().message;
    else if (reader->pageCount() == 0)
        problem = tr("%1 has no pages").arg(path);
    if (!problem.isEmpty()) {
        m_reader.reset();
        m_loader->setFile(QString());
        fillProperties();
        showProblem(tr("This fax cannot be shown.\n\n%1").arg(problem));
        updateActions();
        m_messages->showError(this, tr("Cannot open the fax"), problem);
        return false;
    }
    m_reader = std::move(reader);
    m_loader->setFile(path);
    m_pageBox->blockSignals(true);
    m_pageBox->setRange(1, pageCount());
    m_pageBox->setValue(1);
    m_pageBox->blockSignals(false);
    m_pageCountLabel->setText(tr("of %1").arg(pageCount()));
    m_thumbnails->blockSignals(true);
    for (int i = 0; i < pageCount(); ++i) {
        auto *item =
            new QListWidgetItem(QIcon(blankThumbnail(FaxRaster::pageInches(m_reader->pageInfo(i)))),
                                QString::number(i + 1), m_thumbnails);
        item->setTextAlignment(Qt::AlignHCenter);
        item->setToolTip(tr("Page %1").arg(i + 1));
        item->setData(Qt::AccessibleTextRole, tr("Page %1").arg(i + 1));
    }
    m_thumbnails->setCurrentRow(0);
    m_thumbnails->blockSignals(false);
    fillProperties();
    updateActions();
    requestPage();
    m_loader->requestThumbnails(pageCount(), kThumbnailBox);
    return true;
}

void FaxViewerWindow::open()
{
    const QString file = m_dialogs->openFileName(
        this, tr("Open Fax File"), m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath(),
        tr("Fax files (*.tif *.tiff *.TIF *.TIFF);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

void FaxViewerWindow::setCurrentPage(int page)
{
    if (!m_reader)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_page && !m_image.isNull())
        return;
    m_page = page;
    m_pageBox->blockSignals(true);
    m_pageBox->setValue(page + 1);
    m_pageBox->blockSignals(false);
    m_thumbnails->blockSignals(true);
    m_thumbnails->setCurrentRow(page);
    m_thumbnails->blockSignals(false);
    updateActions();
    requestPage();
    m_scroll->verticalScrollBar()->setValue(0);
}

void FaxViewerWindow::nextPage()
{
    setCurrentPage(m_page + 1);
}

void FaxViewerWindow::previousPage()
{
    setCurrentPage(m_page - 1);
}

double FaxViewerWindow::screenDpi() const
{
    return logicalDpiX() > 0 ? logicalDpiX() : 96.0;
}

double FaxViewerWindow::fitPercent(ZoomMode mode) const
{
    if (!m_reader)
        return 100;
    QSizeF inches = FaxRaster::pageInches(m_reader->pageInfo(m_page));
    if (m_turns % 2)
        inches.transpose();
    const QSize room = m_scroll->viewport()->size() - QSize(28, 28);
    const double byWidth = room.width() / (inches.width() * screenDpi()) * 100;
    if (mode == ZoomMode::FitWidth)
        return std::max(5.0, byWidth);
    const double byHeight = room.height() / (inches.height() * screenDpi()) * 100;
    return std::max(5.0, std::min(byWidth, byHeight));
}

double FaxViewerWindow::zoomPercent() const
{
    return m_zoomMode == ZoomMode::Percent ? m_percent : fitPercent(m_zoomMode);
}

void FaxViewerWindow::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    updateZoomBox();
    updateActions();
    requestPage();
}

void FaxViewerWindow::setZoomPercent(double percent)
{
    m_percent = std::clamp(percent, 10.0, 800.0);
    m_zoomMode = ZoomMode::Percent;
    updateZoomBox();
    updateActions();
    requestPage();
}

void FaxViewerWindow::zoomIn()
{
    const double now = zoomPercent();
    for (double step : kZoomSteps) {
        if (step > now + 0.5) {
            setZoomPercent(step);
            return;
        }
    }
    setZoomPercent(kZoomSteps.last());
}

void FaxViewerWindow::zoomOut()
{
    const double now = zoomPercent();
    for (auto it = kZoomSteps.crbegin(); it != kZoomSteps.crend(); ++it) {
        if (*it < now - 0.5) {
            setZoomPercent(*it);
            return;
        }
    }
    setZoomPercent(kZoomSteps.first());
}

void FaxViewerWindow::rotate(int quarterTurns)
{
    m_turns = ((m_turns + quarterTurns) % 4 + 4) % 4;
    requestPage();
}

void FaxViewerWindow::updateZoomBox()
{
    int index = -1;
    if (m_zoomMode == ZoomMode::FitWidth)
        index = 0;
    else if (m_zoomMode == ZoomMode::FitPage)
        index = 1;
    else
        index = m_zoomBox->findData(m_percent);
    if (index < 0) {
        // A zoom between the listed ones is shown as its own entry.
        while (m_zoomBox->count() > 8)
            m_zoomBox->removeItem(8);
        m_zoomBox->addItem(tr("%1 %").arg(std::lround(m_percent)), m_percent);
        index = m_zoomBox->count() - 1;
    }
    m_zoomBox->setCurrentIndex(index);
}

QSize FaxViewerWindow::pageSizeOnScreen() const
{
    if (!m_reader)
        return QSize();
    QSizeF inches = FaxRaster::pageInches(m_reader->pageInfo(m_page));
    if (m_turns % 2)
        inches.transpose();
    return FaxRaster::sizeAt(inches, screenDpi() * zoomPercent() / 100);
}

void FaxViewerWindow::requestPage()
{
    if (!m_reader)
        return;
    const qreal ratio = devicePixelRatioF();
    QSize size = pageSizeOnScreen();
    size = QSize(int(size.width() * ratio), int(size.height() * ratio));
    m_loader->requestPage(m_page, size, m_turns, ++m_ticket);
    m_statusLabel->setText(tr("Page %1 of %2 — %3 %")
                               .arg(m_page + 1)
                               .arg(pageCount())
                               .arg(std::lround(zoomPercent())));
}

void FaxViewerWindow::pageReady(int page, const QImage &image, int ticket)
{
    if (ticket != m_ticket || page != m_page)
        return;
    m_image = image;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_pageLabel->setPixmap(pixmap);
    m_pageLabel->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    Q_EMIT pageShown(page);
}

void FaxViewerWindow::pageFailed(int page, const QString &message, int ticket)
{
    if (ticket != m_ticket || page != m_page)
        return;
    m_image = QImage();
    showProblem(tr("Page %1 cannot be shown.\n\n%2").arg(page + 1).arg(message));
}

void FaxViewerWindow::thumbnailReady(int page, const QImage &image)
{
    if (QListWidgetItem *item = m_thumbnails->item(page))
        item->setIcon(QIcon(framedThumbnail(image)));
    if (++m_thumbnailsShown == pageCount())
        Q_EMIT thumbnailsReady();
}

void FaxViewerWindow::showProblem(const QString &text)
{
    m_pageLabel->setPixmap(QPixmap());
    m_pageLabel->setText(text);
    m_pageLabel->setAccessibleName(text);
}

QString FaxViewerWindow::problemText() const
{
    return m_pageLabel->pixmap().isNull() ? m_pageLabel->text() : QString();
}

void FaxViewerWindow::fillProperties()
{
    while (m_properties->rowCount() > 0)
        m_properties->removeRow(0);
    m_rows.clear();
    const auto add = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        m_rows << qMakePair(label, value);
        auto *field = new QLabel(value);
        field->setWordWrap(true);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(label);
        auto *caption = new QLabel(label + u':');
        caption->setBuddy(field);
        m_properties->addRow(caption, field);
    };
    const QFileInfo info(m_path);
    add(tr("File"), info.fileName());
    add(tr("Folder"), QDir::toNativeSeparators(info.absolutePath()));
    if (!m_reader)
        return;
    const FaxTiffProperties &p = m_reader->properties();
    const bool known = m_reader->directionKnown();
    add(tr("Direction"), !known ? tr("Unknown") : p.received ? tr("Received") : tr("Sent"));
    const QString time = ModelFormat::dateTime(p.time.toLocalTime());
    if (!known || p.received) {
        add(known ? tr("Received") : tr("Time"), time);
        add(tr("Sender (TSID)"), p.tsid);
        add(tr("Caller ID"), p.callerId);
        add(tr("Our id (CSID)"), p.csid);
        add(tr("Routing"), p.routing);
    } else {
        add(tr("Sent"), time);
        add(tr("Recipient"), p.recipient);
        add(tr("Sender"), p.sender);
        add(tr("TSID"), p.tsid);
        if (p.jobId > 0)
            add(tr("Job"), QString::number(p.jobId));
    }
    add(tr("Subject"), p.subject);
    add(tr("Port"), p.port);
    add(tr("Pages"), QString::number(pageCount()));
    if (p.partial)
        add(tr("Complete"), tr("No: the call ended before the fax was complete"));
    if (pageCount() > 0) {
        const FaxTiffPageInfo &first = m_reader->pageInfo(0);
        bool mixed = false;
        for (int i = 1; i < pageCount(); ++i)
            mixed = mixed || m_reader->pageInfo(i).yDpi != first.yDpi;
        add(tr("Resolution"), mixed ? tr("Mixed")
                                    : tr("%1 (%2 × %3 dpi)")
                                          .arg(resolutionName(first.yDpi))
                                          .arg(first.xDpi)
                                          .arg(first.yDpi));
        add(tr("Page size"), paperName(FaxRaster::pageInches(first)));
        add(tr("Compression"), first.compressionName());
    }
    if (!m_reader->fromFaxConsole())
        add(tr("Written by"), m_reader->software());
}

void FaxViewerWindow::updateActions()
{
    const bool open = m_reader != nullptr;
    for (const char *name : {"savePdf", "print", "zoomIn", "zoomOut", "actualSize", "fitWidth",
                             "fitPage", "rotateLeft", "rotateRight", "firstPage", "lastPage"})
        m_actions.value(QLatin1String(name))->setEnabled(open);
    m_actions.value(QStringLiteral("nextPage"))->setEnabled(open && m_page + 1 < pageCount());
    m_actions.value(QStringLiteral("previousPage"))->setEnabled(open && m_page > 0);
    m_actions.value(QStringLiteral("fitWidth"))->setChecked(m_zoomMode == ZoomMode::FitWidth);
    m_actions.value(QStringLiteral("fitPage"))->setChecked(m_zoomMode == ZoomMode::FitPage);
    m_pageBox->setEnabled(open);
    m_zoomBox->setEnabled(open);
}

bool FaxViewerWindow::saveAsPdf()
{
    if (!m_reader)
        return false;
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString pdf = m_dialogs->saveFileName(
        this, tr("Save Fax as PDF"),
        QDir(docs.isEmpty() ? QDir::homePath() : docs)
            .filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return false;
    const Result r = FaxOutput::writePdf(m_path, pdf, m_turns);
    if (!r) {
        m_messages->showError(this, tr("Cannot save the fax as PDF"), r.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Saved as %1").arg(pdf), 5000);
    return true;
}

bool FaxViewerWindow::print()
{
    if (!m_reader)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    if (!m_dialogs->choosePrinter(&printer, this, pageCount()))
        return false;
    const Result r = FaxOutput::print(m_path, &printer, m_turns);
    if (!r) {
        m_messages->showError(this, tr("Cannot print the fax"), r.error().message);
        return false;
    }
    return true;
}

void FaxViewerWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_zoomMode != ZoomMode::Percent)
        m_resizeTimer->start();
}

bool FaxViewerWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl + wheel zooms, as in every viewer.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    }
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize &&
        m_zoomMode != ZoomMode::Percent)
        m_resizeTimer->start();
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Fax
