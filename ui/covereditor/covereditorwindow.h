// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cover/coverlibrary.h"
#include "cover/coverpage.h"
#include "covericons.h"

#include <QHash>
#include <QMainWindow>

class QActionGroup;
class QLabel;
class QUndoStack;

namespace Fax {

class CoverDocument;
class CoverPropertiesPanel;
class CoverScene;
class CoverView;
class MessageSink;

/// The Cover Page Editor: a window of its own (from the console's Tools menu, or alone with
/// `faxconsole --cover-editor [FILE]`) that draws cover pages on a QGraphicsScene over the
/// engine's cover page model. Menus: File (new, from a template, open, save, preview), Edit
/// (undo, redo, clipboard, delete), Insert (tools and fields), Format, Arrange and View.
class CoverEditorWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverEditorWindow)
public:
    /// messages: where message boxes go (nullptr: real dialogs). dataDirectory: the engine's
    /// data folder whose covers/ holds personal cover pages (empty: the default).
    explicit CoverEditorWindow(MessageSink *messages = nullptr,
                               const QString &dataDirectory = QString(), QWidget *parent = nullptr);
    ~CoverEditorWindow() override;

    /// Opens a cover page file; a failure is shown and leaves the open page as it was.
    bool openFile(const QString &path);
    /// Saves to path (and works on that file from then on); a failure is shown.
    bool saveTo(const QString &path);
    /// An empty, untitled page of this size.
    void newPage(const QSizeF &size = CoverPage::a4Size());
    /// An untitled page with page's content (a template).
    void newFromPage(const CoverPage &page);
    QString filePath() const { return m_path; }
    bool isModified() const;

    CoverDocument *document() const { return m_document; }
    CoverScene *scene() const { return m_scene; }
    CoverView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    CoverPropertiesPanel *properties() const { return m_properties; }
    const CoverLibrary &library() const { return m_library; }
    /// The action with this object name (e.g. "saveAction", "toolText", "field:recipient.name").
    QAction *action(const QString &name) const;

    /// Puts a field in: at the cursor of the text being edited, or as a new text box.
    void insertField(const QString &key);
    /// Embeds the image file in rect (page points); a failure is shown.
    bool insertImage(const QString &path, const QRectF &rect);

public Q_SLOTS:
    void newFromTemplate();
    void open();
    bool save();
    bool saveAs();
    void showPreview();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createEditActions();
    void createArrangeActions();
    void createMenus();
    void createToolBars();
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                        const QIcon &icon = QIcon());
    void updateTitle();
    void updateActions();
    void showToolHint(CoverTool tool);
    bool maybeSave();
    void startOver(const CoverPage &page, const QString &path);
    void copySelection();
    void paste();
    void duplicate();
    void pasteData(const QByteArray &data, const QPointF &offset);
    void applyToTexts(const QString &text, const std::function<void(CoverObject &)> &change);
    /// Reads an image file for embedding; a failure is shown.
    bool readImage(const QString &path, QByteArray *data, QImage *image);
    void askForImage(const QRectF &rect);
    void replaceImage();
    QString saveFolder() const;

    MessageSink *m_messages;
    CoverLibrary m_library;
    CoverDocument *m_document;
    QUndoStack *m_undo;
    CoverScene *m_scene;
    CoverView *m_view;
    CoverPropertiesPanel *m_properties;
    QLabel *m_hintLabel;
    QLabel *m_positionLabel;
    QLabel *m_zoomLabel;
    QString m_path;
    QHash<QString, QAction *> m_actions;
    QActionGroup *m_tools = nullptr;
    int m_pastes = 0;
};

} // namespace Fax
