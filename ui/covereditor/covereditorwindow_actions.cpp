// SPDX-License-Identifier: GPL-3.0-or-later
// The Cover Page Editor's actions, menus and toolbars, and what they enable when.
#include "covereditorwindow.h"

#include "cover/coverfields.h"
#include "covercommands.h"
#include "coverscene.h"
#include "coverview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace Fax {

QAction *CoverEditorWindow::makeAction(const QString &name, const QString &text,
                                       const QKeySequence &shortcut, const QIcon &icon)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&').remove(QStringLiteral("…")),
                                          shortcut.toString(QKeySequence::NativeText)));
    m_actions.insert(name, action);
    return action;
}

void CoverEditorWindow::createActions()
{
    QStyle *s = style();
    connect(makeAction(QStringLiteral("newAction"), tr("&New"), QKeySequence::New,
                       s->standardIcon(QStyle::SP_FileIcon)),
            &QAction::triggered, this, [this] {
                if (maybeSave())
                    newPage();
            });
    connect(makeAction(QStringLiteral("newFromTemplateAction"), tr("New from &Template…"),
                       QKeySequence(tr("Ctrl+Shift+N")), s->standardIcon(QStyle::SP_FileIcon)),
            &QAction::triggered, this, &CoverEditorWindow::newFromTemplate);
    connect(makeAction(QStringLiteral("openAction"), tr("&Open…"), QKeySequence::Open,
                       s->standardIcon(QStyle::SP_DialogOpenButton)),
            &QAction::triggered, this, &CoverEditorWindow::open);
    connect(makeAction(QStringLiteral("saveAction"), tr("&Save"), QKeySequence::Save,
                       s->standardIcon(QStyle::SP_DialogSaveButton)),
            &QAction::triggered, this, &CoverEditorWindow::save);
    connect(makeAction(QStringLiteral("saveAsAction"), tr("Save &As…"),
                       QKeySequence(tr("Ctrl+Shift+S"))),
            &QAction::triggered, this, &CoverEditorWindow::saveAs);
    connect(makeAction(QStringLiteral("previewAction"), tr("&Preview at Fax Resolution…"),
                       QKeySequence(tr("Ctrl+Shift+P")), CoverIcons::preview()),
            &QAction::triggered, this, &CoverEditorWindow::showPreview);
    connect(makeAction(QStringLiteral("closeAction"), tr("&Close"), QKeySequence::Close),
            &QAction::triggered, this, &QWidget::close);

    // Tools: single keys, only while the canvas has the focus (typing goes to text fields).
    m_tools = new QActionGroup(this);
    const QList<std::tuple<CoverTool, QString, QString, QString>> tools = {
        {CoverTool::Select, QStringLiteral("toolSelect"), tr("&Select"), tr("V")},
        {CoverTool::Text, QStringLiteral("toolText"), tr("&Text"), tr("T")},
        {CoverTool::Line, QStringLiteral("toolLine"), tr("&Line"), tr("L")},
        {CoverTool::Rectangle, QStringLiteral("toolRectangle"), tr("&Rectangle"), tr("R")},
        {CoverTool::RoundedRectangle, QStringLiteral("toolRoundedRectangle"),
         tr("R&ounded Rectangle"), tr("U")},
        {CoverTool::Ellipse, QStringLiteral("toolEllipse"), tr("&Ellipse"), tr("E")},
        {CoverTool::Polygon, QStringLiteral("toolPolygon"), tr("&Polygon"), tr("P")},
        {CoverTool::Image, QStringLiteral("toolImage"), tr("&Image…"), tr("I")}};
    for (const auto &[tool, name, text, key] : tools) {
        QAction *a = makeAction(name, text, QKeySequence(key), CoverIcons::tool(tool));
        a->setCheckable(true);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
        m_tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, t = tool] { m_scene->setTool(t); });
    }
    m_tools->actions().first()->setChecked(true);
    // Every field, for the Insert menu.
    for (const CoverFieldInfo &field : CoverFields::catalogue())
        connect(
            makeAction(QStringLiteral("field:") + field.key, field.displayName(), QKeySequence()),
            &QAction::triggered, this, [this, key = field.key] { insertField(key); });

    createEditActions();
    createArrangeActions();

    auto *grid = makeAction(QStringLiteral("showGridAction"), tr("Show &Grid"),
                            QKeySequence(tr("Ctrl+Shift+G")));
    grid->setCheckable(true);
    grid->setChecked(m_scene->showGrid());
    connect(grid, &QAction::toggled, m_scene, &CoverScene::setShowGrid);
    auto *snap =
        makeAction(QStringLiteral("snapAction"), tr("S&nap to Grid"), QKeySequence(tr("Ctrl+G")));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    connect(snap, &QAction::toggled, m_scene, &CoverScene::setSnapToGrid);
    connect(makeAction(QStringLiteral("zoomInAction"), tr("Zoom &In"), QKeySequence::ZoomIn),
            &QAction::triggered, m_view, &CoverView::zoomIn);
    connect(makeAction(QStringLiteral("zoomOutAction"), tr("Zoom &Out"), QKeySequence::ZoomOut),
            &QAction::triggered, m_view, &CoverView::zoomOut);
    connect(makeAction(QStringLiteral("actualSizeAction"), tr("&Actual Size"),
                       QKeySequence(tr("Ctrl+0"))),
            &QAction::triggered, m_view, &CoverView::actualSize);
    connect(
        makeAction(QStringLiteral("fitPageAction"), tr("Fit &Page"), QKeySequence(tr("Ctrl+9"))),
        &QAction::triggered, m_view, &CoverView::fitPage);
    connect(
        makeAction(QStringLiteral("fitWidthAction"), tr("Fit &Width"), QKeySequence(tr("Ctrl+8"))),
        &QAction::triggered, m_view, &CoverView::fitWidth);
}

void CoverEditorWindow::createEditActions()
{
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(CoverIcons::undo(false));
    m_actions.insert(undo->objectName(), undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(CoverIcons::undo(true));
    m_actions.insert(redo->objectName(), redo);

    connect(makeAction(QStringLiteral("cutAction"), tr("Cu&t"), QKeySequence::Cut),
            &QAction::triggered, this, [this] {
                copySelection();
                m_scene->deleteSelection();
            });
    connect(makeAction(QStringLiteral("copyAction"), tr("&Copy"), QKeySequence::Copy),
            &QAction::triggered, this, &CoverEditorWindow::copySelection);
    connect(makeAction(QStringLiteral("pasteAction"), tr("&Paste"), QKeySequence::Paste),
            &QAction::triggered, this, &CoverEditorWindow::paste);
    connect(
        makeAction(QStringLiteral("duplicateAction"), tr("D&uplicate"), QKeySequence(tr("Ctrl+D"))),
        &QAction::triggered, this, &CoverEditorWindow::duplicate);
    QAction *remove = makeAction(QStringLiteral("deleteAction"), tr("&Delete"), QKeySequence());
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    // Only on the canvas: in a text field Delete deletes characters.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(remove);
    connect(remove, &QAction::triggered, m_scene, &CoverScene::deleteSelection);
    connect(
        makeAction(QStringLiteral("selectAllAction"), tr("Select &All"), QKeySequence::SelectAll),
        &QAction::triggered, this, [this] { m_scene->selectIds(m_document->ids()); });
    // Canvas-only clipboard and select-all, so that text fields keep theirs.
    for (const char *name : {"cutAction", "copyAction", "pasteAction", "selectAllAction"}) {
        QAction *a = m_actions.value(QLatin1String(name));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }

    const auto textStyle = [this](const QString &name, const QString &text, const QKeySequence &key,
                                  const QIcon &icon) {
        QAction *a = makeAction(name, text, key, icon);
        a->setCheckable(true);
        return a;
    };
    connect(textStyle(QStringLiteral("boldAction"), tr("&Bold"), QKeySequence::Bold,
                      CoverIcons::bold()),
            &QAction::triggered, this, [this](bool on) {
                applyToTexts(tr("Bold"), [on](CoverObject &o) { o.font.bold = on; });
            });
    connect(textStyle(QStringLiteral("italicAction"), tr("&Italic"), QKeySequence::Italic,
                      CoverIcons::italic()),
            &QAction::triggered, this, [this](bool on) {
                applyToTexts(tr("Italic"), [on](CoverObject &o) { o.font.italic = on; });
            });
    auto *alignGroup = new QActionGroup(this);
    const QList<std::tuple<Qt::Alignment, QString, QString, QString>> aligns = {
        {Qt::AlignLeft, QStringLiteral("alignTextLeftAction"), tr("Align Text &Left"),
         tr("Ctrl+L")},
        {Qt::AlignHCenter, QStringLiteral("alignTextCentreAction"), tr("Centre &Text"),
         tr("Ctrl+E")},
        {Qt::AlignRight, QStringLiteral("alignTextRightAction"), tr("Align Text &Right"),
         tr("Ctrl+R")}};
    for (const auto &[flag, name, text, key] : aligns) {
        QAction *a = textStyle(name, text, QKeySequence(key), CoverIcons::textAlign(flag));
        alignGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, f = flag, t = text] {
            applyToTexts(QString(t).remove(u'&'), [f](CoverObject &o) {
                o.alignment = f | (o.alignment & Qt::AlignVertical_Mask);
            });
        });
    }
}

void CoverEditorWindow::createArrangeActions()
{
    const QList<std::tuple<CoverAlignment, QString, QString, QString>> aligns = {
        {CoverAlignment::Left, QStringLiteral("alignLeftAction"), tr("Align &Left"),
         tr("Ctrl+Shift+Left")},
        {CoverAlignment::HCenter, QStringLiteral("alignCentreAction"), tr("Align &Centre"),
         tr("Ctrl+Shift+H")},
        {CoverAlignment::Right, QStringLiteral("alignRightAction"), tr("Align &Right"),
         tr("Ctrl+Shift+Right")},
        {CoverAlignment::Top, QStringLiteral("alignTopAction"), tr("Align &Top"),
         tr("Ctrl+Shift+Up")},
        {CoverAlignment::VCenter, QStringLiteral("alignMiddleAction"), tr("Align &Middle"),
         tr("Ctrl+Shift+M")},
        {CoverAlignment::Bottom, QStringLiteral("alignBottomAction"), tr("Align &Bottom"),
         tr("Ctrl+Shift+Down")}};
    for (const auto &[how, name, text, key] : aligns)
        connect(makeAction(name, text, QKeySequence(key), CoverIcons::align(how)),
                &QAction::triggered, this, [this, h = how, t = text] {
                    const QList<quint32> ids = m_scene->selectedIds();
                    m_scene->edit(QString(t).remove(u'&'),
                                  [ids, h](CoverDocument &d) { d.align(ids, h); });
                });
    for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
        const bool across = o == Qt::Horizontal;
        const QString text = across ? tr("Space Evenly &Across") : tr("Space Evenly &Down");
        connect(makeAction(across ? QStringLiteral("distributeAcrossAction")
                                  : QStringLiteral("distributeDownAction"),
                           text, QKeySequence(across ? tr("Ctrl+Alt+A") : tr("Ctrl+Alt+D")),
                           CoverIcons::distribute(o)),
                &QAction::triggered, this, [this, o, text] {
                    const QList<quint32> ids = m_scene->selectedIds();
                    m_scene->edit(QString(text).remove(u'&'),
                                  [ids, o](CoverDocument &d) { d.distribute(ids, o); });
                });
        const QString centre = across ? tr("Centre on Page A&cross") : tr("Centre on Page D&own");
        connect(makeAction(across ? QStringLiteral("centreAcrossAction")
                                  : QStringLiteral("centreDownAction"),
                           centre, QKeySequence(across ? tr("Ctrl+Alt+H") : tr("Ctrl+Alt+V")),
                           CoverIcons::centreOnPage(o)),
                &QAction::triggered, this, [this, o, centre] {
                    const QList<quint32> ids = m_scene->selectedIds();
                    m_scene->edit(QString(centre).remove(u'&'),
                                  [ids, o](CoverDocument &d) { d.centreOnPage(ids, o); });
                });
    }
    const QList<std::tuple<QString, QString, QString, int>> orders = {
        {QStringLiteral("bringToFrontAction"), tr("Bring to &Front"), tr("Ctrl+Shift+]"), 0},
        {QStringLiteral("bringForwardAction"), tr("Bring F&orward"), tr("Ctrl+]"), 1},
        {QStringLiteral("sendBackwardAction"), tr("Send Back&ward"), tr("Ctrl+["), 2},
        {QStringLiteral("sendToBackAction"), tr("Send to &Back"), tr("Ctrl+Shift+["), 3}};
    for (const auto &[name, text, key, which] : orders) {
        const QIcon icon = which == 0   ? CoverIcons::order(true)
                           : which == 3 ? CoverIcons::order(false)
                                        : QIcon();
        connect(makeAction(name, text, QKeySequence(key), icon), &QAction::triggered, this,
                [this, w = which, t = text] {
                    const QList<quint32> ids = m_scene->selectedIds();
                    m_scene->edit(QString(t).remove(u'&'), [ids, w](CoverDocument &d) {
                        if (w == 0)
                            d.bringToFront(ids);
                        else if (w == 1)
                            d.raise(ids);
                        else if (w == 2)
                            d.lower(ids);
                        else
                            d.sendToBack(ids);
                    });
                });
    }
}

void CoverEditorWindow::createMenus()
{
    const auto add = [this](QMenu *menu, const QStringList &names) {
        for (const QString &name : names) {
            if (name.isEmpty())
                menu->addSeparator();
            else
                menu->addAction(m_actions.value(name));
        }
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, {QStringLiteral("newAction"), QStringLiteral("newFromTemplateAction"),
               QStringLiteral("openAction"), QString(), QStringLiteral("saveAction"),
               QStringLiteral("saveAsAction"), QString(), QStringLiteral("previewAction"),
               QString(), QStringLiteral("closeAction")});
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, {QStringLiteral("undoAction"), QStringLiteral("redoAction"), QString(),
               QStringLiteral("cutAction"), QStringLiteral("copyAction"),
               QStringLiteral("pasteAction"), QStringLiteral("duplicateAction"),
               QStringLiteral("deleteAction"), QString(), QStringLiteral("selectAllAction")});
    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    insert->addActions(m_tools->actions());
    insert->addSeparator();
    const QList<std::pair<CoverFieldGroup, QString>> groups = {
        {CoverFieldGroup::Recipient, tr("Re&cipient Field")},
        {CoverFieldGroup::Sender, tr("Se&nder Field")},
        {CoverFieldGroup::Message, tr("&Message Field")}};
    for (const auto &[group, title] : groups) {
        QMenu *sub = insert->addMenu(title);
        sub->setObjectName(QStringLiteral("fieldMenu%1").arg(int(group)));
        for (const CoverFieldInfo &field : CoverFields::catalogue())
            if (field.group == group)
                sub->addAction(m_actions.value(QStringLiteral("field:") + field.key));
    }
    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    add(format, {QStringLiteral("boldAction"), QStringLiteral("italicAction"), QString(),
                 QStringLiteral("alignTextLeftAction"), QStringLiteral("alignTextCentreAction"),
                 QStringLiteral("alignTextRightAction")});
    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    add(arrange,
        {QStringLiteral("alignLeftAction"), QStringLiteral("alignCentreAction"),
         QStringLiteral("alignRightAction"), QString(), QStringLiteral("alignTopAction"),
         QStringLiteral("alignMiddleAction"), QStringLiteral("alignBottomAction"), QString(),
         QStringLiteral("distributeAcrossAction"), QStringLiteral("distributeDownAction"),
         QString(), QStringLiteral("centreAcrossAction"), QStringLiteral("centreDownAction"),
         QString(), QStringLiteral("bringToFrontAction"), QStringLiteral("bringForwardAction"),
         QStringLiteral("sendBackwardAction"), QStringLiteral("sendToBackAction")});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, {QStringLiteral("zoomInAction"), QStringLiteral("zoomOutAction"),
               QStringLiteral("actualSizeAction"), QStringLiteral("fitPageAction"),
               QStringLiteral("fitWidthAction"), QString(), QStringLiteral("showGridAction"),
               QStringLiteral("snapAction"), QString(), QStringLiteral("propertiesAction")});

    // The canvas's context menu: what applies to the objects under the pointer (the scene
    // selects what a right click hits first).
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this, add](const QPoint &pos) {
        QMenu menu(this);
        add(&menu, {QStringLiteral("cutAction"), QStringLiteral("copyAction"),
                    QStringLiteral("pasteAction"), QStringLiteral("duplicateAction"),
                    QStringLiteral("deleteAction"), QString(), QStringLiteral("bringToFrontAction"),
                    QStringLiteral("sendToBackAction")});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
}

void CoverEditorWindow::createToolBars()
{
    const auto bar = [this](const QString &name, const QString &title) {
        QToolBar *toolBar = addToolBar(title);
        toolBar->setObjectName(name);
        toolBar->setIconSize(QSize(22, 22));
        return toolBar;
    };
    QToolBar *file = bar(QStringLiteral("fileToolBar"), tr("File"));
    file->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"newFromTemplateAction", "openAction", "saveAction"})
        file->addAction(m_actions.value(QLatin1String(name)));
    file->addSeparator();
    for (const char *name : {"undoAction", "redoAction"})
        file->addAction(m_actions.value(QLatin1String(name)));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("previewAction")));
    // Short labels beside the icons; the menus carry the long ones.
    static_cast<QToolButton *>(
        file->widgetForAction(m_actions.value(QStringLiteral("newFromTemplateAction"))))
        ->setText(tr("New"));
    static_cast<QToolButton *>(
        file->widgetForAction(m_actions.value(QStringLiteral("previewAction"))))
        ->setText(tr("Preview"));
    for (const char *name : {"undoAction", "redoAction"})
        static_cast<QToolButton *>(file->widgetForAction(m_actions.value(QLatin1String(name))))
            ->setToolButtonStyle(Qt::ToolButtonIconOnly);

    QToolBar *format = bar(QStringLiteral("formatToolBar"), tr("Format"));
    for (const char *name : {"boldAction", "italicAction", "", "alignTextLeftAction",
                             "alignTextCentreAction", "alignTextRightAction"}) {
        if (*name)
            format->addAction(m_actions.value(QLatin1String(name)));
        else
            format->addSeparator();
    }
    QToolBar *arrange = bar(QStringLiteral("arrangeToolBar"), tr("Arrange"));
    for (const char *name :
         {"alignLeftAction", "alignCentreAction", "alignRightAction", "alignTopAction",
          "alignMiddleAction", "alignBottomAction", "", "distributeAcrossAction",
          "distributeDownAction", "", "centreAcrossAction", "centreDownAction", "",
          "bringToFrontAction", "sendToBackAction"}) {
        if (*name)
            arrange->addAction(m_actions.value(QLatin1String(name)));
        else
            arrange->addSeparator();
    }

    // The tools down the left side, each with its name under its icon.
    QToolBar *tools = new QToolBar(tr("Tools"), this);
    tools->setObjectName(QStringLiteral("toolsToolBar"));
    tools->setIconSize(QSize(24, 24));
    tools->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    addToolBar(Qt::LeftToolBarArea, tools);
    tools->addActions(m_tools->actions());
    const QStringList shortNames = {tr("Select"),  tr("Text"),    tr("Line"),    tr("Rectangle"),
                                    tr("Rounded"), tr("Ellipse"), tr("Polygon"), tr("Image")};
    for (int i = 0; i < shortNames.size(); ++i)
        static_cast<QToolButton *>(tools->widgetForAction(m_tools->actions().at(i)))
            ->setText(shortNames.at(i));
}

void CoverEditorWindow::applyToTexts(const QString &text,
                                     const std::function<void(CoverObject &)> &change)
{
    QList<CoverObject> before, after;
    for (quint32 id : m_scene->selectedIds()) {
        const CoverObject &o = *m_document->object(id);
        if (o.shape != CoverShape::Text)
            continue;
        CoverObject changed = o;
        change(changed);
        if (changed.sameContent(o))
            continue;
        before << o;
        after << changed;
    }
    if (!after.isEmpty())
        m_undo->push(new CoverRestyleCommand(m_document, before, after, text));
    updateActions();
}

void CoverEditorWindow::updateActions()
{
    const QList<quint32> ids = m_scene->selectedIds();
    const CoverObject *text = nullptr;
    for (quint32 id : ids)
        if (!text && m_document->object(id)->shape == CoverShape::Text)
            text = m_document->object(id);
    const auto enable = [this](const QStringList &names, bool on) {
        for (const QString &name : names)
            m_actions.value(name)->setEnabled(on);
    };
    enable({QStringLiteral("cutAction"), QStringLiteral("copyAction"),
            QStringLiteral("duplicateAction"), QStringLiteral("deleteAction"),
            QStringLiteral("centreAcrossAction"), QStringLiteral("centreDownAction"),
            QStringLiteral("bringToFrontAction"), QStringLiteral("bringForwardAction"),
            QStringLiteral("sendBackwardAction"), QStringLiteral("sendToBackAction")},
           !ids.isEmpty());
    enable({QStringLiteral("alignLeftAction"), QStringLiteral("alignCentreAction"),
            QStringLiteral("alignRightAction"), QStringLiteral("alignTopAction"),
            QStringLiteral("alignMiddleAction"), QStringLiteral("alignBottomAction")},
           ids.size() >= 2);
    enable({QStringLiteral("distributeAcrossAction"), QStringLiteral("distributeDownAction")},
           ids.size() >= 3);
    enable({QStringLiteral("boldAction"), QStringLiteral("italicAction"),
            QStringLiteral("alignTextLeftAction"), QStringLiteral("alignTextCentreAction"),
            QStringLiteral("alignTextRightAction")},
           text);
    m_actions.value(QStringLiteral("boldAction"))->setChecked(text && text->font.bold);
    m_actions.value(QStringLiteral("italicAction"))->setChecked(text && text->font.italic);
    m_actions.value(QStringLiteral("alignTextLeftAction"))
        ->setChecked(text && (text->alignment & Qt::AlignLeft));
    m_actions.value(QStringLiteral("alignTextCentreAction"))
        ->setChecked(text && (text->alignment & Qt::AlignHCenter));
    m_actions.value(QStringLiteral("alignTextRightAction"))
        ->setChecked(text && (text->alignment & Qt::AlignRight));
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    m_actions.value(QStringLiteral("pasteAction"))
        ->setEnabled(mime &&
                     (mime->hasFormat(QStringLiteral("application/x-faxconsole-coverpage")) ||
                      mime->text().contains(QLatin1String("faxconsole-coverpage"))));
}

void CoverEditorWindow::showToolHint(CoverTool tool)
{
    const QStringList hints = {
        tr("Click an object to select it, Ctrl+click to add to the selection, drag to move; "
           "arrow keys nudge."),
        tr("Click or drag to place a text box."),
        tr("Drag to draw a line; hold Shift for straight and diagonal lines."),
        tr("Drag to draw a rectangle."),
        tr("Drag to draw a rectangle with rounded corners."),
        tr("Drag to draw an ellipse."),
        tr("Click for each corner; double-click or press Enter to close the polygon, Esc to "
           "cancel."),
        tr("Drag to mark where the image goes, then pick the file.")};
    m_hintLabel->setText(hints.value(int(tool)));
}

} // namespace Fax
