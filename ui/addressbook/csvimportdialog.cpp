// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Fax {

namespace {

constexpr int kPreviewRows = 5;

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char(';'))
        return CsvImportDialog::tr("Semicolon (;)");
    if (separator == QLatin1Char('\t'))
        return CsvImportDialog::tr("Tab");
    return CsvImportDialog::tr("Comma (,)");
}

/// One line of a cell: the preview rows stay one line high.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return line;
}

} // namespace

CsvImportDialog::CsvImportDialog(const ContactFile &file, QWidget *parent)
    : QDialog(parent), m_file(file), m_columns(new QTableWidget(this)),
      m_preview(new QTableWidget(this)), m_summary(new QLabel(this)), m_import(nullptr)
{
    setWindowTitle(tr("Import Contacts"));
    auto *facts = new QFormLayout;
    facts->addRow(tr("File:"), new QLabel(QFileInfo(file.fileName).fileName(), this));
    auto *separator = new QLabel(separatorName(file.csv.separator), this);
    separator->setObjectName(QStringLiteral("separator"));
    facts->addRow(tr("Separator:"), separator);
    auto *encoding = new QLabel(file.encoding, this);
    encoding->setObjectName(QStringLiteral("encoding"));
    facts->addRow(tr("Character set:"), encoding);

    const QStringList &header = file.csv.header;
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First row"), tr("Imported as")});
    m_columns->setRowCount(int(header.size()));
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QStringList first = file.csv.rows.value(0);
    for (int column = 0; column < header.size(); ++column) {
        m_columns->setItem(column, 0, new QTableWidgetItem(header.at(column)));
        m_columns->setItem(column, 1, new QTableWidgetItem(oneLine(first.value(column))));
        auto *chooser = new QComboBox(m_columns);
        for (int f = 0; f < int(ContactField::Count); ++f)
            chooser->addItem(contactFieldName(ContactField(f)), f);
        chooser->setCurrentIndex(int(file.csvMapping.value(column, ContactField::Ignore)));
        connect(chooser, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updatePreview);
        m_columns->setCellWidget(column, 2, chooser);
    }
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setColumnCount(4);
    m_preview->setHorizontalHeaderLabels(
        {tr("Name"), tr("Fax Number"), tr("Company"), tr("E-mail")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->setFixedHeight(m_preview->horizontalHeader()->sizeHint().height() +
                              kPreviewRows * m_preview->verticalHeader()->defaultSectionSize() + 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(new QLabel(tr("Choose which field each column fills:"), this));
    layout->addWidget(m_columns, 1);
    layout->addWidget(new QLabel(tr("Preview of the first contacts:"), this));
    layout->addWidget(m_preview);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(680, 640);
    updatePreview();
}

CsvImportDialog::~CsvImportDialog() = default;

QComboBox *CsvImportDialog::fieldChooser(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
}

QList<ContactField> CsvImportDialog::mapping() const
{
    QList<ContactField> fields;
    for (int column = 0; column < m_columns->rowCount(); ++column)
        fields.append(ContactField(fieldChooser(column)->currentData().toInt()));
    return fields;
}

void CsvImportDialog::updatePreview()
{
    const QList<Contact> all = contacts();
    const int shown = int(std::min<qsizetype>(all.size(), kPreviewRows));
    m_preview->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const Party &p = all.at(row).party;
        const QStringList values = {p.name, p.faxNumber, p.company, p.email};
        for (int column = 0; column < values.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(oneLine(values.at(column))));
    }
    int withoutFax = 0;
    for (const Contact &c : all)
        withoutFax += c.party.faxNumber.isEmpty();
    QString summary = tr("Contacts to import: %1.").arg(all.size());
    if (withoutFax > 0)
        summary += QLatin1Char(' ') + tr("Without a fax number: %1.").arg(withoutFax);
    m_summary->setText(summary);
    m_import->setEnabled(!all.isEmpty());
}

} // namespace Fax
