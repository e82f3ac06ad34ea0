// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folderview.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace Fax {

/// The details pane under a folder's list: the current item's fields, label and value, as text
/// a user can select and a screen reader can read. It changes only what changed (no flicker).
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
    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_form;
    QFormLayout *m_layout;
    QList<DetailField> m_fields;
};

} // namespace Fax
