// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folderview.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace Fax {

/// The details pane under a folder's list: the current item's fields, label and value, as text
/// a user can select and a screen reader can read, in two columns side by side (the pane is wide
/// and low). It changes only what changed (no flicker).
class DetailsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    /// Shows title and fields; empty fields: placeholder instead (nothing selected).
    void show(const QString &title, const QList<DetailField> &fields, const QString &placeholder);
    QString title() const;
    QList<DetailField> fields() const { return m_fields; }

private:
    /// Makes a label and a value for each field, in two columns.
    void layOut(const QList<DetailField> &fields);

    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_form;
    QGridLayout *m_grid;
    QList<QLabel *> m_values; ///< the value labels, in the order of m_fields
    QList<DetailField> m_fields;
};

} // namespace Fax
