// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportdialog.h"

#include "addressbook/textdecoding.h"

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

/// The separators a CSV file may use, with their names for the user.
QList<QPair<QChar, QString>> separators()
{
    return {{QLatin1Char(','), CsvImportDialog::tr("Comma (,)")},
            {QLatin1Char(';'), CsvImportDialog::tr("Semicolon (;)")},
            {QLatin1Char('\t'), CsvImportDialog::tr("Tab")},
            {QLatin1Char('|'), CsvImportDialog::tr("Vertical bar (|)")}};
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
    : QDialog(parent), m_file(file), m_separator(new QComboBox(this)),
      m_encoding(new QComboBox(this)), m_columns(new QTableWidget(this)),
      m_preview(new QTableWidget(this)), m_summary(new QLabel(this)), m_import(nullptr)
{
    setWindowTitle(tr("Import Contacts"));
    auto *facts = new QFormLayout;
    facts->addRow(tr("File:"), new QLabel(QFileInfo(file.fileName).fileName(), this));
    // Detected, and the user's to correct: the table is read again at once.
    m_separator->setObjectName(QStringLiteral("separator"));
    for (const auto &[character, name] : separators())
        m_separator->addItem(name, QVariant::fromValue(character));
    m_separator->setCurrentIndex(
        std::max(0, m_separator->findData(QVariant::fromValue(file.csv.separator))));
    m_separator->setAccessibleName(tr("Separator"));
    facts->addRow(tr("&Separator:"), m_separator);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItems(textEncodings());
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findText(file.encoding)));
    m_encoding->setAccessibleName(tr("Character set"));
    facts->addRow(tr("C&haracter set:"), m_encoding);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &CsvImportDialog::reread);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &CsvImportDialog::reread);

    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First row"), tr("Imported as")});
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
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
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

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
    showColumns();
}

void CsvImportDialog::reread()
{
    Expected<ContactFile> read =
        rereadCsv(m_file, m_separator->currentData().value<QChar>(), m_encoding->currentText());
    if (!read) {
        // Nothing to import until a separator and character set fit; the file stays as it was.
        m_file.csv = CsvTable();
        m_file.csvMapping.clear();
        showColumns();
        m_summary->setText(read.error().message);
        return;
    }
    m_file = std::move(read.value());
    showColumns();
}

void CsvImportDialog::showColumns()
{
    const QStringList &header = m_file.csv.header;
    m_columns->setRowCount(0);
    m_columns->setRowCount(int(header.size()));
    const QStringList first = m_file.csv.rows.value(0);
    for (int column = 0; column < header.size(); ++column) {
        m_columns->setItem(column, 0, new QTableWidgetItem(oneLine(header.at(column))));
        m_columns->setItem(column, 1, new QTableWidgetItem(oneLine(first.value(column))));
        auto *chooser = new QComboBox(m_columns);
        for (int f = 0; f < int(ContactField::Count); ++f)
            chooser->addItem(contactFieldName(ContactField(f)), f);
        chooser->setCurrentIndex(int(m_file.csvMapping.value(column, ContactField::Ignore)));
        chooser->setAccessibleName(tr("Field for column %1").arg(header.at(column)));
        connect(chooser, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updatePreview);
        m_columns->setCellWidget(column, 2, chooser);
    }
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
    for (int column = 0; column < m_columns->rowCount() && fieldChooser(column); ++column)
        fields.append(ContactField(fieldChooser(column)->currentData().toInt()));
    return fields;
}

QList<Contact> CsvImportDialog::contacts() const
{
    if (m_file.csv.header.isEmpty())
        return {};
    return m_file.contacts(mapping());
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
