// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cover/coverobject.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Fax {

class CoverScene;

/// The Cover Page Editor's properties: what the selected objects look like (position and size,
/// text and font, line and fill, image, hiding when empty) or, with nothing selected, the
/// page's paper and name. Every change is one undo command; typing a text or stepping a value
/// merges into one.
class CoverPropertiesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverPropertiesPanel)
public:
    explicit CoverPropertiesPanel(CoverScene *scene, QWidget *parent = nullptr);

    /// The text editor of the selected text box.
    QPlainTextEdit *textEdit() const { return m_text; }
    /// Puts the cursor in the text editor with the whole text selected.
    void editText();

public Q_SLOTS:
    /// Shows the selection's values again.
    void refresh();

Q_SIGNALS:
    void replaceImageRequested();

private:
    QDoubleSpinBox *lengthBox(double maximum);
    double toUnit(double points) const;
    double fromUnit(double value) const;
    /// Changes every selected object for which change returns true, as one undo command.
    void apply(const QString &text, const QString &mergeKey,
               const std::function<bool(CoverObject &)> &change);
    void applyGeometry();
    void applyPage();
    void buildPageGroup();
    void buildGeometryGroup();
    void buildTextGroup();
    void buildLineGroup();
    void buildOtherGroups();

    CoverScene *m_scene;
    bool m_updating = false;
    bool m_metric = true;

    QLabel *m_hint;
    QGroupBox *m_pageGroup;
    QLineEdit *m_title;
    QLineEdit *m_description;
    QComboBox *m_paper;

    QGroupBox *m_geometryGroup;
    QDoubleSpinBox *m_x, *m_y, *m_width, *m_height;

    QGroupBox *m_textGroup;
    QPlainTextEdit *m_text;
    QFontComboBox *m_family;
    QDoubleSpinBox *m_size;
    QCheckBox *m_bold, *m_italic;
    QComboBox *m_align, *m_valign, *m_textColor;
    QCheckBox *m_shrink;
    QDoubleSpinBox *m_minimumSize;

    QGroupBox *m_lineGroup;
    QDoubleSpinBox *m_lineWidth;
    QComboBox *m_lineColor, *m_fill;
    QDoubleSpinBox *m_radius;
    QLabel *m_radiusLabel;
    QLabel *m_fillLabel;

    QGroupBox *m_imageGroup;
    QCheckBox *m_keepAspect;
    QPushButton *m_replaceImage;

    QGroupBox *m_hideGroup;
    QCheckBox *m_hideWhenEmpty;
    QComboBox *m_block;
};

} // namespace Fax
