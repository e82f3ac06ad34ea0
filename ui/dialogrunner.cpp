// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogrunner.h"

#include <QDialog>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>

namespace Fax {

int DialogRunner::exec(QDialog *dialog)
{
    return dialog->exec();
}

QString DialogRunner::openFileName(QWidget *parent, const QString &title, const QString &folder,
                                   const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString DialogRunner::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                   const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString DialogRunner::existingFolder(QWidget *parent, const QString &title, const QString &folder)
{
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

bool DialogRunner::choosePrinter(QPrinter *printer, QWidget *parent, int pages)
{
    QPrintDialog dialog(printer, parent);
    dialog.setMinMax(1, std::max(1, pages));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, pages > 1);
    return dialog.exec() == QDialog::Accepted;
}

DialogRunner *DialogRunner::standard()
{
    static DialogRunner runner;
    return &runner;
}

} // namespace Fax
