// SPDX-License-Identifier: GPL-3.0-or-later
// The Cover Page Editor driven offscreen like a user: draw a text box with the mouse, type,
// insert a field, drag it, undo, redo, save, reload and render it as the fax page; the
// keyboard (Delete, arrows, shortcuts), the arrange commands, polygons and images, hostile
// files; screenshots of the editor with a template, its preview and the template list go to
// <build>/screenshots/.
#include "cover/coverfile.h"
#include "cover/coverrenderer.h"
#include "covereditorwindow.h"
#include "coveritem.h"
#include "coverpreviewdialog.h"
#include "coverpropertiespanel.h"
#include "coverscene.h"
#include "covertemplatedialog.h"
#include "coverview.h"
#include "messagesink.h"
#include "processrun.h"

#include <QAction>
#include <QDir>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Fax;

namespace {

class RecordingSink final : public MessageSink
{
public:
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    bool confirm(QWidget *, const QString &, const QString &) override { return true; }
    SaveChoice askToSave(QWidget *, const QString &, const QString &) override
    {
        ++saveQuestions;
        return SaveChoice::Discard;
    }
    QStringList errors;
    int saveQuestions = 0;
};

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(FAX_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents();
    QVERIFY(widget->grab().save(dir + u'/' + name));
}

int ink(const QImage &image, const QRect &r)
{
    int n = 0;
    for (int y = std::max(0, r.top()); y <= std::min(r.bottom(), image.height() - 1); ++y)
        for (int x = std::max(0, r.left()); x <= std::min(r.right(), image.width() - 1); ++x)
            n += image.pixelIndex(x, y);
    return n;
}

} // namespace

class TestCoverEditor : public QObject
{
    Q_OBJECT

    QPoint viewPoint(const QPointF &page) const { return m_window->view()->mapFromScene(page); }
    void drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget *viewport = m_window->view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, modifiers, viewPoint(from));
        // In steps, as a hand moves: the scene starts a drag after a few pixels.
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport, viewPoint(from + (to - from) * i / 4.0));
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, viewPoint(to));
    }
    void click(const QPointF &at, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseClick(m_window->view()->viewport(), Qt::LeftButton, modifiers, viewPoint(at));
    }
    const CoverObject &onlyObject() const { return m_window->document()->page().objects.first(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<CoverEditorWindow>(&m_sink, m_dir.path());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->view()->setZoom(1.0);
    }
    void cleanupTestCase() { m_window.reset(); }
    void init()
    {
        m_window->newPage();
        m_window->view()->setZoom(1.0);
        m_window->view()->centerOn(QPointF(150, 150));
        m_sink.errors.clear();
    }

    void menusAndShortcuts()
    {
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Cover Page Editor")));
        QStringList menus;
        for (QAction *a : m_window->menuBar()->actions())
            menus << a->text().remove(u'&');
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                     QStringLiteral("Insert"), QStringLiteral("Format"),
                                     QStringLiteral("Arrange"), QStringLiteral("View")}));
        // Every command in a menu, the common ones with a shortcut.
        for (const char *name : {"newAction",
                                 "newFromTemplateAction",
                                 "openAction",
                                 "saveAction",
                                 "saveAsAction",
                                 "previewAction",
                                 "undoAction",
                                 "redoAction",
                                 "cutAction",
                                 "copyAction",
                                 "pasteAction",
                                 "duplicateAction",
                                 "deleteAction",
                                 "selectAllAction",
                                 "toolSelect",
                                 "toolText",
                                 "toolLine",
                                 "toolRectangle",
                                 "toolEllipse",
                                 "toolPolygon",
                                 "toolImage",
                                 "boldAction",
                                 "italicAction",
                                 "alignLeftAction",
                                 "alignCentreAction",
                                 "alignRightAction",
                                 "alignTopAction",
                                 "alignMiddleAction",
                                 "alignBottomAction",
                                 "distributeAcrossAction",
                                 "distributeDownAction",
                                 "centreAcrossAction",
                                 "centreDownAction",
                                 "bringToFrontAction",
                                 "sendToBackAction",
                                 "zoomInAction",
                                 "zoomOutAction",
                                 "snapAction",
                                 "showGridAction"}) {
            QAction *a = m_window->action(QLatin1String(name));
            QVERIFY2(a, name);
            QVERIFY2(!a->shortcut().isEmpty(), name);
            QVERIFY2(!a->associatedObjects().isEmpty(), name);
        }
        // The Insert menu has every field, in three groups.
        int fields = 0;
        for (const CoverFieldInfo &f : CoverFields::catalogue()) {
            QAction *a = m_window->action(QStringLiteral("field:") + f.key);
            QVERIFY2(a, qPrintable(f.key));
            QCOMPARE(a->text(), f.displayName());
            fields += !a->associatedObjects().isEmpty();
        }
        QCOMPARE(fields, CoverFields::catalogue().size());
    }

    void textFieldMoveUndoRedoSaveReloadRender()
    {
        QUndoStack *undo = m_window->undoStack();
        // Add a text: the Text tool and a drag on the page.
        m_window->action(QStringLiteral("toolText"))->trigger();
        QCOMPARE(m_window->scene()->tool(), CoverTool::Text);
        drag(QPointF(100, 100), QPointF(320, 130));
        QCOMPARE(m_window->scene()->tool(), CoverTool::Select);
        QCOMPARE(m_window->document()->page().objects.size(), 1);
        QCOMPARE(onlyObject().shape, CoverShape::Text);
        QCOMPARE(onlyObject().rect, QRectF(100, 100, 220, 30));
        QCOMPARE(m_window->scene()->selectedIds(), QList<quint32>{onlyObject().id});

        // Type over the proposed text, then insert a field at the cursor.
        QPlainTextEdit *edit = m_window->properties()->textEdit();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("To: "));
        m_window->action(QStringLiteral("field:recipient.name"))->trigger();
        QCOMPARE(onlyObject().text, QStringLiteral("To: {recipient.name}"));
        QCOMPARE(undo->count(), 2); // the text box, and the typing with the field in it
        // The canvas shows the field by name.
        QCOMPARE(m_window->scene()->itemFor(onlyObject().id)->object().text,
                 QStringLiteral("To: [Recipient Name]"));

        // Move it: one drag, one undo step, on the grid.
        drag(QPointF(150, 115), QPointF(201, 146));
        QCOMPARE(onlyObject().rect, QRectF(150, 130, 220, 30));
        QCOMPARE(undo->count(), 3);
        undo->undo();
        QCOMPARE(onlyObject().rect, QRectF(100, 100, 220, 30));
        undo->redo();
        QCOMPARE(onlyObject().rect, QRectF(150, 130, 220, 30));
        QVERIFY(m_window->isModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")) ||
                m_window->isWindowModified());

        // Save, then reload into a fresh page.
        const QString path = m_dir.filePath(QStringLiteral("memo.coverpage"));
        QVERIFY(m_window->saveTo(path));
        QVERIFY(!m_window->isModified());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("memo.coverpage")));
        const CoverPage saved = m_window->document()->page();
        m_window->newPage();
        QVERIFY(m_window->document()->page().objects.isEmpty());
        QVERIFY(m_window->openFile(path));
        QCOMPARE(m_window->filePath(), path);
        QVERIFY(m_window->document()->page().sameContent(saved));
        QCOMPARE(m_window->undoStack()->count(), 0);

        // Render it as the fax: the field filled, exactly as if the name had been typed.
        CoverFields fields;
        fields.recipient.name = QStringLiteral("Dr. Maria Reyes");
        const Expected<FaxPage> fax =
            CoverRenderer::renderFax(m_window->document()->page(), fields, FaxResolution::Fine);
        QVERIFY(fax);
        CoverPage typed = m_window->document()->page();
        typed.objects[0].text = QStringLiteral("To: Dr. Maria Reyes");
        QCOMPARE(fax->image, CoverRenderer::renderFax(typed, {}, FaxResolution::Fine)->image);
        const double sx = 204 / 72.0, sy = 196 / 72.0, x0 = (1728 - 595.276 * sx) / 2;
        const QRect box = QRectF(x0 + 150 * sx, 130 * sy, 220 * sx, 30 * sy).toAlignedRect();
        QVERIFY(ink(fax->image, box) > 300);
        QCOMPARE(ink(fax->image, fax->image.rect()), ink(fax->image, box.adjusted(-1, -1, 1, 1)));
    }

    void fieldsWithoutATextBeingEdited()
    {
        m_window->view()->setFocus();
        m_window->insertField(QStringLiteral("message.subject"));
        QCOMPARE(m_window->document()->page().objects.size(), 1);
        QCOMPARE(onlyObject().text, QStringLiteral("{message.subject}"));
        QVERIFY(m_window->document()->page().pageRect().contains(onlyObject().rect));
    }

    void keyboard()
    {
        const quint32 a = m_window->scene()->addObject(
            CoverScene::defaultObject(CoverShape::Rectangle, QRectF(100, 100, 50, 50)),
            QStringLiteral("add"));
        m_window->view()->setFocus();
        QTRY_VERIFY(m_window->view()->hasFocus());
        QTest::keyClick(m_window->view(), Qt::Key_Right);
        QCOMPARE(m_window->document()->object(a)->rect.topLeft(), QPointF(105, 100));
        QTest::keyClick(m_window->view(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_window->document()->object(a)->rect.topLeft(), QPointF(105, 110));
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->document()->object(a)->rect.topLeft(), QPointF(105, 100));
        QTest::keyClick(m_window->view(), Qt::Key_Delete);
        QVERIFY(m_window->document()->page().objects.isEmpty());
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->document()->ids(), QList<quint32>{a});
        // A tool by its key on the canvas; Esc goes back to selecting.
        QTest::keyClick(m_window->view(), Qt::Key_E);
        QCOMPARE(m_window->scene()->tool(), CoverTool::Ellipse);
        QTest::keyClick(m_window->view(), Qt::Key_Escape);
        QCOMPARE(m_window->scene()->tool(), CoverTool::Select);
    }

    void selectAlignAndOrder()
    {
        CoverScene *scene = m_window->scene();
        const quint32 a = scene->addObject(
            CoverScene::defaultObject(CoverShape::Rectangle, QRectF(100, 100, 50, 50)),
            QStringLiteral("add"));
        const quint32 b = scene->addObject(
            CoverScene::defaultObject(CoverShape::Ellipse, QRectF(200, 180, 40, 40)),
            QStringLiteral("add"));
        // Click one, Ctrl+click the other.
        click(QPointF(100, 125));
        QCOMPARE(scene->selectedIds(), QList<quint32>{a});
        click(QPointF(200, 200), Qt::ControlModifier); // the ellipse's outline: it has no fill
        QCOMPARE(scene->selectedIds(), (QList<quint32>{a, b}));
        m_window->action(QStringLiteral("alignTopAction"))->trigger();
        QCOMPARE(m_window->document()->object(b)->rect.top(), 100.0);
        m_window->action(QStringLiteral("sendToBackAction"))->trigger();
        QCOMPARE(m_window->document()->ids(), (QList<quint32>{a, b}));
        scene->selectIds({b});
        m_window->action(QStringLiteral("sendToBackAction"))->trigger();
        QCOMPARE(m_window->document()->ids(), (QList<quint32>{b, a}));
        // Rubber band around both.
        click(QPointF(400, 400));
        QVERIFY(scene->selectedIds().isEmpty());
        drag(QPointF(80, 80), QPointF(300, 260));
        QCOMPARE(scene->selectedIds().size(), 2);
        // Resize by the bottom-right handle of a single selection.
        scene->selectIds({a});
        drag(QPointF(150, 150), QPointF(180, 170));
        QCOMPARE(m_window->document()->object(a)->rect, QRectF(100, 100, 80, 70));
        m_window->undoStack()->undo();
        QCOMPARE(m_window->document()->object(a)->rect, QRectF(100, 100, 50, 50));
    }

    void undoInTheMiddleOfADrag()
    {
        // Ctrl+Z while the mouse still holds a new object: the drag ends, nothing dangles.
        m_window->scene()->addObject(
            CoverScene::defaultObject(CoverShape::Rectangle, QRectF(100, 100, 50, 50)),
            QStringLiteral("add"));
        QWidget *viewport = m_window->view()->viewport();
        m_window->view()->setFocus();
        QTest::mousePress(viewport, Qt::LeftButton, {}, viewPoint(QPointF(150, 150)));
        QTest::mouseMove(viewport, viewPoint(QPointF(170, 170)));
        QTest::mouseMove(viewport, viewPoint(QPointF(190, 190)));
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_window->document()->page().objects.isEmpty());
        QTest::mouseMove(viewport, viewPoint(QPointF(200, 200)));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewPoint(QPointF(200, 200)));
        QVERIFY(m_window->document()->page().objects.isEmpty());
        QCOMPARE(m_window->undoStack()->index(), 0);
    }

    void polygonsAndImages()
    {
        m_window->action(QStringLiteral("toolPolygon"))->trigger();
        click(QPointF(100, 100));
        click(QPointF(200, 100));
        click(QPointF(150, 180));
        QTest::mouseDClick(m_window->view()->viewport(), Qt::LeftButton, {},
                           viewPoint(QPointF(150, 180)));
        QCOMPARE(m_window->document()->page().objects.size(), 1);
        QCOMPARE(onlyObject().shape, CoverShape::Polygon);
        QCOMPARE(onlyObject().points,
                 (QList<QPointF>{QPointF(100, 100), QPointF(200, 100), QPointF(150, 180)}));

        QImage logo(60, 30, QImage::Format_RGB32);
        logo.fill(Qt::black);
        const QString png = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(png));
        QVERIFY(m_window->insertImage(png, QRectF(300, 50, 120, 120)));
        const CoverObject &image = m_window->document()->page().objects.last();
        QCOMPARE(image.shape, CoverShape::Image);
        QCOMPARE(image.rect, QRectF(300, 50, 120, 60)); // the picture's proportions
        QVERIFY(!m_window->insertImage(m_dir.filePath(QStringLiteral("none.png")), QRectF()));
        QCOMPARE(m_sink.errors.size(), 1);
    }

    void refusesHostileFiles()
    {
        m_window->scene()->addObject(
            CoverScene::defaultObject(CoverShape::Rectangle, QRectF(10, 10, 20, 20)),
            QStringLiteral("add"));
        const CoverPage before = m_window->document()->page();
        const QString bad = m_dir.filePath(QStringLiteral("bad.coverpage"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "faxconsole-coverpage", "version": 7})");
        f.close();
        QVERIFY(!m_window->openFile(bad));
        QCOMPARE(m_sink.errors,
                 QStringList{QStringLiteral("Cannot Open Cover Page: ") + bad +
                             QStringLiteral(": made by a newer version of Fax Console (cover "
                                            "page format 7; this version reads format 1 and "
                                            "older)")});
        QVERIFY(m_window->document()->page().sameContent(before));
    }

    void closingAsksAboutChanges()
    {
        m_window->scene()->addObject(
            CoverScene::defaultObject(CoverShape::Rectangle, QRectF(10, 10, 20, 20)),
            QStringLiteral("add"));
        const int asked = m_sink.saveQuestions;
        m_window->action(QStringLiteral("newAction"))->trigger();
        QCOMPARE(m_sink.saveQuestions, asked + 1);
        QVERIFY(m_window->document()->page().objects.isEmpty());
    }

    void screenshots()
    {
        const Expected<CoverPage> general =
            CoverFile::read(QStringLiteral(FAX_SOURCE_DIR "/resources/covers/general.coverpage"));
        QVERIFY(general);
        m_window->newFromPage(*general);
        m_window->view()->fitWidth();
        m_window->scene()->selectIds({m_window->document()->page().objects.at(8).id});
        saveScreenshot(m_window.get(), QStringLiteral("covereditor.png"));

        CoverPreviewDialog preview(*general, m_window.get());
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        // Square pixels: 2292 fine lines shown as 2386 rows of 1/204 inch.
        QCOMPARE(preview.previewImage().size(), QSize(1728, 2386));
        preview.setResolution(FaxResolution::Normal);
        QCOMPARE(preview.previewImage().size(), QSize(1728, 2386));
        preview.setResolution(FaxResolution::Fine);
        saveScreenshot(&preview, QStringLiteral("covereditor-preview.png"));
        // A recipient's own fields instead of the sample ones: what is shown changes.
        const QImage sample = preview.previewImage();
        CoverFields fields;
        fields.recipient.name = QStringLiteral("Somebody Else");
        preview.setFields(fields);
        QCOMPARE(preview.previewImage().size(), sample.size());
        QVERIFY(preview.previewImage() != sample);

        CoverTemplateDialog templates(m_window->library(), m_window.get());
        templates.show();
        QVERIFY(QTest::qWaitForWindowExposed(&templates));
        QVERIFY(templates.list()->count() >= 6); // two blank pages and the four templates
        saveScreenshot(&templates, QStringLiteral("covereditor-templates.png"));
    }

    void commandLine()
    {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const Test::ProcessRun r =
            Test::runProcess(QStringLiteral(FAXCONSOLE_PATH),
                             {QStringLiteral("--cover-editor"), QStringLiteral("a.coverpage"),
                              QStringLiteral("b.coverpage")},
                             env, 60000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unexpected argument 'b.coverpage'")),
                 qPrintable(r.err));
        const Test::ProcessRun plain = Test::runProcess(
            QStringLiteral(FAXCONSOLE_PATH), {QStringLiteral("a.coverpage")}, env, 60000);
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(plain.err.contains(QStringLiteral("unexpected argument 'a.coverpage'")),
                 qPrintable(plain.err));
    }

private:
    QTemporaryDir m_dir;
    RecordingSink m_sink;
    std::unique_ptr<CoverEditorWindow> m_window;
};

QTEST_MAIN(TestCoverEditor)
#include "tst_covereditor.moc"
