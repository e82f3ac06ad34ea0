// SPDX-License-Identifier: GPL-3.0-or-later
#include "covereditorwindow.h"

#include "cover/coverfields.h"
#include "cover/coverfile.h"
#include "coveritem.h"
#include "coverpreviewdialog.h"
#include "coverpropertiespanel.h"
#include "coverscene.h"
#include "covertemplatedialog.h"
#include "coverview.h"
#include "messagesink.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace Fax {

namespace {

const QString kMimeType = QStringLiteral("application/x-faxconsole-coverpage");

} // namespace

CoverEditorWindow::CoverEditorWindow(MessageSink *messages, const QString &dataDirectory,
                                     QWidget *parent)
    : QMainWindow(parent), m_messages(messages ? messages : DialogMessageSink::instance()),
      m_library(dataDirectory), m_document(new CoverDocument(this)), m_undo(new QUndoStack(this)),
      m_scene(new CoverScene(m_document, m_undo, this)), m_view(new CoverView(m_scene, this)),
      m_properties(new CoverPropertiesPanel(m_scene, this)), m_hintLabel(new QLabel(this)),
      m_positionLabel(new QLabel(this)), m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("coverEditor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/faxconsole.svg")));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setCentralWidget(m_view);

    auto *dock = new QDockWidget(tr("Properties"), this);
    dock->setObjectName(QStringLiteral("propertiesDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto *scroll = new QScrollArea(dock);
    scroll->setWidget(m_properties);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for every field of the panel: nothing cut off on the right.
    scroll->setMinimumWidth(m_properties->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width() +
                            2 * scroll->frameWidth() + 4);
    dock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    statusBar()->addWidget(m_hintLabel, 1);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    m_positionLabel->setMinimumWidth(
        m_positionLabel->fontMetrics().horizontalAdvance(QStringLiteral("000.0 mm, 000.0 mm")));

    m_actions.insert(QStringLiteral("propertiesAction"), dock->toggleViewAction());
    dock->toggleViewAction()->setObjectName(QStringLiteral("propertiesAction"));
    createActions();
    createMenus();
    createToolBars();

    connect(m_undo, &QUndoStack::cleanChanged, this, &CoverEditorWindow::updateTitle);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CoverEditorWindow::updateActions);
    connect(m_document, &CoverDocument::changed, this, &CoverEditorWindow::updateActions);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            &CoverEditorWindow::updateActions);
    connect(m_scene, &CoverScene::toolChanged, this, [this](CoverTool tool) {
        m_tools->actions().at(int(tool))->setChecked(true);
        showToolHint(tool);
    });
    connect(m_scene, &CoverScene::imageRequested, this, &CoverEditorWindow::askForImage);
    connect(m_scene, &CoverScene::textEditRequested, this,
            [this](quint32) { m_properties->editText(); });
    connect(m_properties, &CoverPropertiesPanel::replaceImageRequested, this,
            &CoverEditorWindow::replaceImage);
    connect(m_scene, &CoverScene::cursorMoved, this, [this](const QPointF &p) {
        const bool metric = QLocale().measurementSystem() == QLocale::MetricSystem;
        const double f = metric ? 25.4 / 72 : 1 / 72.0;
        m_positionLabel->setText(
            metric ? tr("%1 mm, %2 mm").arg(p.x() * f, 0, 'f', 1).arg(p.y() * f, 0, 'f', 1)
                   : tr("%1 in, %2 in").arg(p.x() * f, 0, 'f', 2).arg(p.y() * f, 0, 'f', 2));
    });
    connect(m_view, &CoverView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1 %").arg(std::lround(zoom * 100))); });

    resize(1180, 860);
    newPage();
    showToolHint(CoverTool::Select);
    // Once the window has its size, show the whole page.
    QTimer::singleShot(0, m_view, &CoverView::fitWidth);
}

CoverEditorWindow::~CoverEditorWindow()
{
    // The scene's items go before the document they show.
    m_undo->clear();
    delete m_view;
    delete m_scene;
}

QAction *CoverEditorWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

bool CoverEditorWindow::isModified() const
{
    return !m_undo->isClean();
}

void CoverEditorWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1[*] — Cover Page Editor").arg(name));
    setWindowModified(isModified());
}

void CoverEditorWindow::startOver(const CoverPage &page, const QString &path)
{
    m_scene->setTool(CoverTool::Select);
    m_undo->clear();
    m_document->setPage(page);
    m_path = path;
    m_pastes = 0;
    m_undo->setClean();
    updateTitle();
    updateActions();
}

void CoverEditorWindow::newPage(const QSizeF &size)
{
    CoverPage page;
    page.size = size;
    startOver(page, QString());
}

void CoverEditorWindow::newFromPage(const CoverPage &page)
{
    startOver(page, QString());
}

bool CoverEditorWindow::openFile(const QString &path)
{
    const Expected<CoverPage> page = CoverFile::read(path);
    if (!page) {
        m_messages->showError(this, tr("Cannot Open Cover Page"), page.error().message);
        return false;
    }
    startOver(*page, QFileInfo(path).absoluteFilePath());
    m_view->fitWidth();
    return true;
}

bool CoverEditorWindow::saveTo(const QString &path)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += u'.' + CoverFile::suffix();
    const Result written = CoverFile::write(m_document->page(), target);
    if (!written) {
        m_messages->showError(this, tr("Cannot Save Cover Page"), written.error().message);
        return false;
    }
    m_path = QFileInfo(target).absoluteFilePath();
    m_undo->setClean();
    updateTitle();
    return true;
}

QString CoverEditorWindow::saveFolder() const
{
    if (!m_path.isEmpty() && !m_library.commonFolders().contains(QFileInfo(m_path).absolutePath()))
        return QFileInfo(m_path).absolutePath();
    // New pages and copies of the common ones go to the personal folder by default.
    QDir().mkpath(m_library.personalFolder());
    return m_library.personalFolder();
}

bool CoverEditorWindow::save()
{
    const bool common =
        !m_path.isEmpty() && m_library.commonFolders().contains(QFileInfo(m_path).absolutePath());
    if (m_path.isEmpty() || common || !QFileInfo(m_path).isWritable())
        return saveAs();
    return saveTo(m_path);
}

bool CoverEditorWindow::saveAs()
{
    const QString suggestion =
        m_path.isEmpty() ? QDir(saveFolder()).filePath(tr("cover") + u'.' + CoverFile::suffix())
                         : QDir(saveFolder()).filePath(QFileInfo(m_path).fileName());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Cover Page"), suggestion, tr("Cover pages (*.%1)").arg(CoverFile::suffix()));
    return !path.isEmpty() && saveTo(path);
}

void CoverEditorWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Cover Page"), saveFolder(),
        tr("Cover pages (*.%1);;All files (*)").arg(CoverFile::suffix()));
    if (!path.isEmpty())
        openFile(path);
}

void CoverEditorWindow::newFromTemplate()
{
    if (!maybeSave())
        return;
    CoverTemplateDialog dialog(m_library, this);
    if (dialog.exec() == QDialog::Accepted) {
        newFromPage(dialog.page());
        m_view->fitWidth();
    }
}

void CoverEditorWindow::showPreview()
{
    CoverPreviewDialog dialog(m_document->page(), this);
    dialog.exec();
}

bool CoverEditorWindow::maybeSave()
{
    if (!isModified())
        return true;
    const QString name = m_path.isEmpty() ? tr("The new cover page") : QFileInfo(m_path).fileName();
    switch (m_messages->askToSave(this, tr("Save Changes?"),
                                  tr("%1 has changes that are not saved. Save them?").arg(name))) {
    case MessageSink::SaveChoice::Save:
        return save();
    case MessageSink::SaveChoice::Discard:
        return true;
    case MessageSink::SaveChoice::Cancel:
        return false;
    }
    return false;
}

void CoverEditorWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void CoverEditorWindow::insertField(const QString &key)
{
    const CoverFieldInfo *field = CoverFields::find(key);
    if (!field)
        return;
    QPlainTextEdit *edit = m_properties->textEdit();
    const QList<quint32> selected = m_scene->selectedIds();
    if (edit->hasFocus() && edit->isEnabled() && selected.size() == 1) {
        edit->insertPlainText(CoverText::placeholder(key));
        return;
    }
    // A new text box in the middle of what the window shows, on the page.
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF page = m_document->page().pageRect();
    QPointF at = m_scene->snap(visible.intersected(page).center() - QPointF(90, 11));
    at.setX(std::clamp(at.x(), page.left(), std::max(page.left(), page.right() - 180)));
    at.setY(std::clamp(at.y(), page.top(), std::max(page.top(), page.bottom() - 22)));
    CoverObject text = CoverScene::defaultObject(CoverShape::Text, QRectF(at, QSizeF(180, 22)));
    text.text = CoverText::placeholder(key);
    m_scene->addObject(text, tr("Insert %1").arg(field->displayName()));
}

bool CoverEditorWindow::readImage(const QString &path, QByteArray *data, QImage *image)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messages->showError(this, tr("Cannot Insert Image"),
                              tr("%1: cannot read (%2)").arg(path, file.errorString()));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    const Expected<QByteArray> embeddable =
        CoverFile::embeddableImage(file.read(CoverFile::kMaxFileBytes), name);
    QString why;
    *image = embeddable ? CoverFile::decodeImage(*embeddable, &why) : QImage();
    if (image->isNull()) {
        m_messages->showError(this, tr("Cannot Insert Image"),
                              embeddable ? name + QStringLiteral(": ") + why
                                         : embeddable.error().message);
        return false;
    }
    *data = *embeddable;
    return true;
}

bool CoverEditorWindow::insertImage(const QString &path, const QRectF &rect)
{
    CoverObject o = CoverScene::defaultObject(CoverShape::Image, rect);
    if (!readImage(path, &o.imageData, &o.image))
        return false;
    // The box takes the picture's proportions, within the box drawn.
    o.rect =
        QRectF(rect.topLeft(), QSizeF(o.image.size()).scaled(rect.size(), Qt::KeepAspectRatio));
    m_scene->addObject(o, tr("Insert Image"));
    return true;
}

void CoverEditorWindow::askForImage(const QRectF &rect)
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Insert Image"), QDir::homePath(),
                                     tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"));
    if (!path.isEmpty())
        insertImage(path, rect);
}

void CoverEditorWindow::replaceImage()
{
    const QList<quint32> ids = m_scene->selectedIds();
    if (ids.size() != 1 || m_document->object(ids.first())->shape != CoverShape::Image)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Replace Image"), QDir::homePath(),
                                     tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"));
    const CoverObject before = *m_document->object(ids.first());
    CoverObject after = before;
    if (path.isEmpty() || !readImage(path, &after.imageData, &after.image))
        return;
    m_undo->push(new CoverRestyleCommand(m_document, {before}, {after}, tr("Replace Image")));
}

void CoverEditorWindow::copySelection()
{
    CoverPage clip;
    clip.size = m_document->page().size;
    for (quint32 id : m_scene->selectedIds())
        clip.objects << *m_document->object(id);
    if (clip.objects.isEmpty())
        return;
    auto *mime = new QMimeData;
    const QByteArray data = CoverFile::serialize(clip);
    mime->setData(kMimeType, data);
    mime->setText(QString::fromUtf8(data));
    QApplication::clipboard()->setMimeData(mime);
    m_pastes = 0;
}

void CoverEditorWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QByteArray data =
        mime->hasFormat(kMimeType) ? mime->data(kMimeType) : mime->text().toUtf8();
    ++m_pastes;
    pasteData(data, QPointF(10, 10) * m_pastes);
}

void CoverEditorWindow::duplicate()
{
    CoverPage copy;
    copy.size = m_document->page().size;
    for (quint32 id : m_scene->selectedIds())
        copy.objects << *m_document->object(id);
    if (!copy.objects.isEmpty())
        pasteData(CoverFile::serialize(copy), QPointF(10, 10));
}

void CoverEditorWindow::pasteData(const QByteArray &data, const QPointF &offset)
{
    // The clipboard is outside data like any file: read it with the same checks.
    const Expected<CoverPage> clip = CoverFile::parse(data, tr("the clipboard"));
    if (!clip) {
        m_messages->showError(this, tr("Cannot Paste"), clip.error().message);
        return;
    }
    QList<quint32> added;
    m_scene->edit(tr("Paste"), [&](CoverDocument &d) {
        for (CoverObject o : clip->objects) {
            o.id = 0;
            o.translate(offset);
            added << d.addObject(o);
        }
    });
    m_scene->selectIds(added);
}

} // namespace Fax
