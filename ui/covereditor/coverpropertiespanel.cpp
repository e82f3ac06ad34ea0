// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverpropertiespanel.h"

#include "covercommands.h"
#include "coverscene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace Fax {

namespace {

const Qt::Alignment kHAlign[] = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignRight, Qt::AlignJustify};
const Qt::Alignment kVAlign[] = {Qt::AlignTop, Qt::AlignVCenter, Qt::AlignBottom};

int indexOf(Qt::Alignment alignment, const Qt::Alignment *flags, int n)
{
    for (int i = 0; i < n; ++i)
        if (alignment & flags[i])
            return i;
    return 0;
}

QComboBox *combo(const QStringList &items, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItems(items);
    return box;
}

} // namespace

CoverPropertiesPanel::CoverPropertiesPanel(CoverScene *scene, QWidget *parent)
    : QWidget(parent), m_scene(scene),
      m_metric(QLocale().measurementSystem() == QLocale::MetricSystem)
{
    setObjectName(QStringLiteral("coverProperties"));
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(tr("Select an object to change how it looks. Double-click a text to "
                           "edit it."),
                        this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    buildPageGroup();
    buildGeometryGroup();
    buildTextGroup();
    buildLineGroup();
    buildOtherGroups();
    for (QGroupBox *group :
         {m_pageGroup, m_geometryGroup, m_textGroup, m_lineGroup, m_imageGroup, m_hideGroup})
        layout->addWidget(group);
    layout->addStretch(1);

    connect(scene, &QGraphicsScene::selectionChanged, this, &CoverPropertiesPanel::refresh);
    connect(scene->document(), &CoverDocument::changed, this, &CoverPropertiesPanel::refresh);
    refresh();
}

QDoubleSpinBox *CoverPropertiesPanel::lengthBox(double maximum)
{
    auto *box = new QDoubleSpinBox(this);
    box->setDecimals(m_metric ? 1 : 2);
    box->setRange(-toUnit(maximum), toUnit(maximum));
    box->setSingleStep(m_metric ? 1.0 : 0.05);
    box->setSuffix(m_metric ? tr(" mm") : tr(" in"));
    box->setKeyboardTracking(false);
    return box;
}

double CoverPropertiesPanel::toUnit(double points) const
{
    return m_metric ? points * 25.4 / 72 : points / 72;
}

double CoverPropertiesPanel::fromUnit(double value) const
{
    return m_metric ? value * 72 / 25.4 : value * 72;
}

void CoverPropertiesPanel::buildPageGroup()
{
    m_pageGroup = new QGroupBox(tr("Page"), this);
    auto *form = new QFormLayout(m_pageGroup);
    m_title = new QLineEdit(m_pageGroup);
    m_title->setPlaceholderText(tr("For the template list"));
    m_description = new QLineEdit(m_pageGroup);
    m_paper = combo({tr("A4 (210 × 297 mm)"), tr("Letter (8.5 × 11 in)")}, m_pageGroup);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Paper:"), m_paper);
    connect(m_title, &QLineEdit::editingFinished, this, &CoverPropertiesPanel::applyPage);
    connect(m_description, &QLineEdit::editingFinished, this, &CoverPropertiesPanel::applyPage);
    connect(m_paper, &QComboBox::activated, this, &CoverPropertiesPanel::applyPage);
}

void CoverPropertiesPanel::buildGeometryGroup()
{
    m_geometryGroup = new QGroupBox(tr("Position and Size"), this);
    auto *form = new QFormLayout(m_geometryGroup);
    m_x = lengthBox(14400);
    m_y = lengthBox(14400);
    m_width = lengthBox(14400);
    m_height = lengthBox(14400);
    m_width->setMinimum(0);
    m_height->setMinimum(0);
    form->addRow(tr("&Left:"), m_x);
    form->addRow(tr("To&p:"), m_y);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    for (QDoubleSpinBox *box : {m_x, m_y, m_width, m_height})
        connect(box, &QDoubleSpinBox::valueChanged, this, &CoverPropertiesPanel::applyGeometry);
}

void CoverPropertiesPanel::buildTextGroup()
{
    m_textGroup = new QGroupBox(tr("Text"), this);
    auto *form = new QFormLayout(m_textGroup);
    m_text = new QPlainTextEdit(m_textGroup);
    m_text->setObjectName(QStringLiteral("coverTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
    m_text->setToolTip(tr("Fields from the Insert menu appear as {recipient.name}; they are "
                          "filled in for each recipient."));
    m_family = new QFontComboBox(m_textGroup);
    m_family->setWritingSystem(QFontDatabase::Latin);
    // As wide as a usual family name, not as the longest one installed.
    m_family->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_family->setMinimumContentsLength(14);
    m_size = new QDoubleSpinBox(m_textGroup);
    m_size->setRange(1, 500);
    m_size->setDecimals(1);
    m_size->setSuffix(tr(" pt"));
    m_size->setKeyboardTracking(false);
    m_bold = new QCheckBox(tr("&Bold"), m_textGroup);
    m_italic = new QCheckBox(tr("&Italic"), m_textGroup);
    auto *style = new QHBoxLayout;
    style->addWidget(m_bold);
    style->addWidget(m_italic);
    style->addStretch(1);
    m_align = combo({tr("Left"), tr("Centre"), tr("Right"), tr("Justified")}, m_textGroup);
    m_valign = combo({tr("Top"), tr("Middle"), tr("Bottom")}, m_textGroup);
    m_textColor = combo({tr("Black"), tr("White")}, m_textGroup);
    m_shrink = new QCheckBox(tr("Shrink long text to fit"), m_textGroup);
    m_shrink->setToolTip(tr("Text that does not fit its box gets smaller, down to the smallest "
                            "size; the cover page stays one page."));
    m_minimumSize = new QDoubleSpinBox(m_textGroup);
    m_minimumSize->setRange(1, 500);
    m_minimumSize->setDecimals(1);
    m_minimumSize->setSuffix(tr(" pt"));
    m_minimumSize->setKeyboardTracking(false);
    form->addRow(m_text);
    form->addRow(tr("&Font:"), m_family);
    form->addRow(tr("Si&ze:"), m_size);
    form->addRow(tr("Style:"), style);
    form->addRow(tr("&Align:"), m_align);
    form->addRow(tr("&Vertical:"), m_valign);
    form->addRow(tr("&Colour:"), m_textColor);
    form->addRow(m_shrink);
    form->addRow(tr("&Smallest size:"), m_minimumSize);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_text->toPlainText();
        apply(tr("Edit Text"), QStringLiteral("text"), [&](CoverObject &o) {
            if (o.shape != CoverShape::Text)
                return false;
            o.text = text;
            return true;
        });
    });
    connect(m_family, &QFontComboBox::currentFontChanged, this, [this](const QFont &font) {
        apply(tr("Change Font"), QString(), [&](CoverObject &o) {
            o.font.family = font.family();
            return o.shape == CoverShape::Text;
        });
    });
    connect(m_size, &QDoubleSpinBox::valueChanged, this, [this](double size) {
        apply(tr("Change Font Size"), QStringLiteral("size"), [&](CoverObject &o) {
            o.font.size = size;
            o.minimumSize = std::min(o.minimumSize, size);
            return o.shape == CoverShape::Text;
        });
    });
    connect(m_bold, &QCheckBox::toggled, this, [this](bool on) {
        apply(tr("Bold"), QString(), [&](CoverObject &o) {
            o.font.bold = on;
            return o.shape == CoverShape::Text;
        });
    });
    connect(m_italic, &QCheckBox::toggled, this, [this](bool on) {
        apply(tr("Italic"), QString(), [&](CoverObject &o) {
            o.font.italic = on;
            return o.shape == CoverShape::Text;
        });
    });
    const auto alignment = [this] {
        apply(tr("Align Text"), QString(), [&](CoverObject &o) {
            o.alignment = kHAlign[m_align->currentIndex()] | kVAlign[m_valign->currentIndex()];
            return o.shape == CoverShape::Text;
        });
    };
    connect(m_align, &QComboBox::activated, this, alignment);
    connect(m_valign, &QComboBox::activated, this, alignment);
    connect(m_textColor, &QComboBox::activated, this, [this](int index) {
        apply(tr("Text Colour"), QString(), [&](CoverObject &o) {
            o.textColor = CoverInk(index);
            return o.shape == CoverShape::Text;
        });
    });
    connect(m_shrink, &QCheckBox::toggled, this, [this](bool on) {
        apply(tr("Shrink to Fit"), QString(), [&](CoverObject &o) {
            o.shrinkToFit = on;
            return o.shape == CoverShape::Text;
        });
    });
    connect(m_minimumSize, &QDoubleSpinBox::valueChanged, this, [this](double size) {
        apply(tr("Smallest Size"), QStringLiteral("minimumSize"), [&](CoverObject &o) {
            o.minimumSize = std::min(size, o.font.size);
            return o.shape == CoverShape::Text;
        });
    });
}

void CoverPropertiesPanel::buildLineGroup()
{
    m_lineGroup = new QGroupBox(tr("Line and Fill"), this);
    auto *form = new QFormLayout(m_lineGroup);
    m_lineWidth = new QDoubleSpinBox(m_lineGroup);
    m_lineWidth->setRange(0, 100);
    m_lineWidth->setDecimals(2);
    m_lineWidth->setSingleStep(0.25);
    m_lineWidth->setSuffix(tr(" pt"));
    m_lineWidth->setSpecialValueText(tr("No line"));
    m_lineWidth->setKeyboardTracking(false);
    m_lineColor = combo({tr("Black"), tr("White")}, m_lineGroup);
    m_fill = combo({tr("None"), tr("White"), tr("Black"), tr("Gray shading")}, m_lineGroup);
    m_radius = new QDoubleSpinBox(m_lineGroup);
    m_radius->setRange(0, 500);
    m_radius->setDecimals(1);
    m_radius->setSuffix(tr(" pt"));
    m_radius->setSpecialValueText(tr("Square"));
    m_radius->setKeyboardTracking(false);
    form->addRow(tr("Line &width:"), m_lineWidth);
    form->addRow(tr("Line c&olour:"), m_lineColor);
    m_fillLabel = new QLabel(tr("F&ill:"), m_lineGroup);
    m_fillLabel->setBuddy(m_fill);
    form->addRow(m_fillLabel, m_fill);
    m_radiusLabel = new QLabel(tr("&Rounded corners:"), m_lineGroup);
    m_radiusLabel->setBuddy(m_radius);
    form->addRow(m_radiusLabel, m_radius);

    connect(m_lineWidth, &QDoubleSpinBox::valueChanged, this, [this](double width) {
        apply(tr("Line Width"), QStringLiteral("lineWidth"), [&](CoverObject &o) {
            o.lineWidth = width;
            return true;
        });
    });
    connect(m_lineColor, &QComboBox::activated, this, [this](int index) {
        apply(tr("Line Colour"), QString(), [&](CoverObject &o) {
            o.lineColor = CoverInk(index);
            return true;
        });
    });
    connect(m_fill, &QComboBox::activated, this, [this](int index) {
        apply(tr("Fill"), QString(), [&](CoverObject &o) {
            o.fill = CoverFill(index);
            return o.shape != CoverShape::Line && o.shape != CoverShape::Image;
        });
    });
    connect(m_radius, &QDoubleSpinBox::valueChanged, this, [this](double radius) {
        apply(tr("Rounded Corners"), QStringLiteral("radius"), [&](CoverObject &o) {
            o.cornerRadius = radius;
            return o.shape == CoverShape::Rectangle;
        });
    });
}

void CoverPropertiesPanel::buildOtherGroups()
{
    m_imageGroup = new QGroupBox(tr("Image"), this);
    auto *imageLayout = new QVBoxLayout(m_imageGroup);
    m_keepAspect = new QCheckBox(tr("&Keep proportions"), m_imageGroup);
    m_replaceImage = new QPushButton(tr("Replace Ima&ge…"), m_imageGroup);
    imageLayout->addWidget(m_keepAspect);
    imageLayout->addWidget(m_replaceImage);
    connect(m_keepAspect, &QCheckBox::toggled, this, [this](bool on) {
        apply(tr("Keep Proportions"), QString(), [&](CoverObject &o) {
            o.keepAspectRatio = on;
            return o.shape == CoverShape::Image;
        });
    });
    connect(m_replaceImage, &QPushButton::clicked, this,
            &CoverPropertiesPanel::replaceImageRequested);

    m_hideGroup = new QGroupBox(tr("When Fields Are Empty"), this);
    auto *form = new QFormLayout(m_hideGroup);
    m_hideWhenEmpty = new QCheckBox(tr("&Hide when its fields are empty"), m_hideGroup);
    m_hideWhenEmpty->setObjectName(QStringLiteral("hideWhenEmpty"));
    m_block = new QComboBox(m_hideGroup);
    m_block->setEditable(true);
    m_block->setInsertPolicy(QComboBox::NoInsert);
    m_block->setToolTip(tr("Objects with the same block name are hidden together, e.g. a "
                           "label with the field next to it."));
    auto *help = new QLabel(tr("Objects with the same block hide together when all their fields "
                               "are empty."),
                            m_hideGroup);
    help->setWordWrap(true);
    QPalette muted = help->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    help->setPalette(muted);
    form->addRow(m_hideWhenEmpty);
    form->addRow(tr("Bl&ock:"), m_block);
    form->addRow(help);
    connect(m_hideWhenEmpty, &QCheckBox::toggled, this, [this](bool on) {
        apply(tr("Hide When Empty"), QString(), [&](CoverObject &o) {
            o.hideWhenEmpty = on;
            return true;
        });
    });
    connect(m_block->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString block = m_block->currentText().trimmed();
        apply(tr("Block"), QString(), [&](CoverObject &o) {
            o.block = block;
            return true;
        });
    });
}

void CoverPropertiesPanel::apply(const QString &text, const QString &mergeKey,
                                 const std::function<bool(CoverObject &)> &change)
{
    if (m_updating)
        return;
    CoverDocument *doc = m_scene->document();
    QList<CoverObject> before, after;
    for (quint32 id : m_scene->selectedIds()) {
        CoverObject o = *doc->object(id);
        CoverObject changed = o;
        if (!change(changed) || changed.sameContent(o))
            continue;
        before << o;
        after << changed;
    }
    if (after.isEmpty())
        return;
    m_scene->undoStack()->push(new CoverRestyleCommand(doc, before, after, text, mergeKey));
}

void CoverPropertiesPanel::applyGeometry()
{
    const QRectF r(fromUnit(m_x->value()), fromUnit(m_y->value()), fromUnit(m_width->value()),
                   fromUnit(m_height->value()));
    apply(tr("Position and Size"), QStringLiteral("geometry"), [&](CoverObject &o) {
        // Spin boxes round: leave what they did not change as it was.
        const QRectF b = o.bounds();
        QRectF target = b;
        if (std::abs(toUnit(b.x()) - m_x->value()) > 1e-6)
            target.moveLeft(r.x());
        if (std::abs(toUnit(b.y()) - m_y->value()) > 1e-6)
            target.moveTop(r.y());
        if (std::abs(toUnit(b.width()) - m_width->value()) > 1e-6)
            target.setWidth(r.width());
        if (std::abs(toUnit(b.height()) - m_height->value()) > 1e-6)
            target.setHeight(r.height());
        o.setBounds(target);
        return true;
    });
}

void CoverPropertiesPanel::applyPage()
{
    if (m_updating)
        return;
    const CoverPage &page = m_scene->document()->page();
    QSizeF size = page.size;
    if (m_paper->currentIndex() == 0)
        size = CoverPage::a4Size();
    else if (m_paper->currentIndex() == 1)
        size = CoverPage::letterSize();
    const QString title = m_title->text().trimmed();
    const QString description = m_description->text().trimmed();
    if (size == page.size && title == page.title && description == page.description)
        return;
    m_scene->undoStack()->push(
        new CoverPageCommand(m_scene->document(), size, title, description, tr("Page Settings")));
}

void CoverPropertiesPanel::editText()
{
    refresh();
    if (!m_textGroup->isVisible())
        return;
    m_text->setFocus(Qt::OtherFocusReason);
    m_text->selectAll();
}

void CoverPropertiesPanel::refresh()
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_family), QSignalBlocker(m_bold),       QSignalBlocker(m_italic),
        QSignalBlocker(m_shrink), QSignalBlocker(m_keepAspect), QSignalBlocker(m_hideWhenEmpty)};
    m_updating = true;
    const CoverDocument *doc = m_scene->document();
    const QList<quint32> ids = m_scene->selectedIds();
    const CoverObject *first = ids.isEmpty() ? nullptr : doc->object(ids.first());
    const auto any = [&](const std::function<bool(const CoverObject &)> &test) {
        for (quint32 id : ids)
            if (test(*doc->object(id)))
                return true;
        return false;
    };
    const auto firstOf = [&](CoverShape shape) -> const CoverObject * {
        for (quint32 id : ids)
            if (doc->object(id)->shape == shape)
                return doc->object(id);
        return nullptr;
    };

    m_hint->setVisible(!first);
    m_pageGroup->setVisible(!first);
    const CoverPage &page = doc->page();
    if (m_title->text() != page.title)
        m_title->setText(page.title);
    if (m_description->text() != page.description)
        m_description->setText(page.description);
    if (m_paper->count() > 2)
        m_paper->removeItem(2);
    if (page.size == CoverPage::a4Size()) {
        m_paper->setCurrentIndex(0);
    } else if (page.size == CoverPage::letterSize()) {
        m_paper->setCurrentIndex(1);
    } else {
        m_paper->addItem(tr("Other (%1 × %2 mm)")
                             .arg(std::lround(page.size.width() * 25.4 / 72))
                             .arg(std::lround(page.size.height() * 25.4 / 72)));
        m_paper->setCurrentIndex(2);
    }

    m_geometryGroup->setVisible(ids.size() == 1);
    if (first) {
        const QRectF b = first->bounds();
        m_x->setValue(toUnit(b.x()));
        m_y->setValue(toUnit(b.y()));
        m_width->setValue(toUnit(b.width()));
        m_height->setValue(toUnit(b.height()));
    }

    const CoverObject *text = firstOf(CoverShape::Text);
    m_textGroup->setVisible(text);
    if (text) {
        m_text->setEnabled(ids.size() == 1);
        if (m_text->toPlainText() != text->text)
            m_text->setPlainText(text->text);
        m_family->setCurrentFont(QFont(text->font.family));
        m_size->setValue(text->font.size);
        m_bold->setChecked(text->font.bold);
        m_italic->setChecked(text->font.italic);
        m_align->setCurrentIndex(indexOf(text->alignment, kHAlign, 4));
        m_valign->setCurrentIndex(indexOf(text->alignment, kVAlign, 3));
        m_textColor->setCurrentIndex(int(text->textColor));
        m_shrink->setChecked(text->shrinkToFit);
        m_minimumSize->setValue(text->minimumSize);
        m_minimumSize->setEnabled(text->shrinkToFit);
    }

    m_lineGroup->setVisible(first);
    if (first) {
        m_lineWidth->setValue(first->lineWidth);
        m_lineColor->setCurrentIndex(int(first->lineColor));
        const bool fills = any([](const CoverObject &o) {
            return o.shape != CoverShape::Line && o.shape != CoverShape::Image;
        });
        m_fill->setVisible(fills);
        m_fillLabel->setVisible(fills);
        m_fill->setCurrentIndex(int(first->fill));
        const CoverObject *rect = firstOf(CoverShape::Rectangle);
        m_radius->setVisible(rect);
        m_radiusLabel->setVisible(rect);
        if (rect)
            m_radius->setValue(rect->cornerRadius);
    }

    const CoverObject *image = firstOf(CoverShape::Image);
    m_imageGroup->setVisible(image);
    if (image) {
        m_keepAspect->setChecked(image->keepAspectRatio);
        m_replaceImage->setEnabled(ids.size() == 1);
    }

    m_hideGroup->setVisible(first);
    if (first) {
        m_hideWhenEmpty->setChecked(first->hideWhenEmpty);
        QStringList blocks;
        for (const CoverObject &o : page.objects)
            if (!o.block.isEmpty() && !blocks.contains(o.block))
                blocks << o.block;
        blocks.sort(Qt::CaseInsensitive);
        m_block->clear();
        m_block->addItems(blocks);
        m_block->setCurrentText(first->block);
    }
    m_updating = false;
}

} // namespace Fax
