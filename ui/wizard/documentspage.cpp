// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentspage.h"

#include "dialogrunner.h"
#include "imaging/boundedconverter.h"
#include "imaging/documentsource.h"
#include "wizardstyle.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Fax {

namespace {

constexpr int FileRole = Qt::UserRole;
constexpr int CheckedRole = Qt::UserRole + 1;
constexpr int PagesRole = Qt::UserRole + 2;

} // namespace

DocumentsPage::DocumentsPage(DialogRunner *dialogs, QWidget *parent)
    : QWizardPage(parent), m_dialogs(dialogs ? dialogs : DialogRunner::standard()),
      m_list(new QListWidget), m_add(new QPushButton(tr("&Add…"))),
      m_remove(new QPushButton(tr("&Remove"))), m_up(new QPushButton(tr("Move &Up"))),
      m_down(new QPushButton(tr("Move &Down"))), m_problem(WizardStyle::problemLabel())
{
    setTitle(tr("Documents"));
    setSubTitle(tr("The documents to fax, in the order they are sent: PDF, PostScript, TIFF, "
                   "PNG, JPEG, BMP, GIF or plain text. Drop files here to add them."));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("documentList"));
    m_list->setAccessibleName(tr("Documents"));
    m_list->setAcceptDrops(false);
    m_add->setObjectName(QStringLiteral("addDocument"));
    m_remove->setObjectName(QStringLiteral("removeDocument"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_up->setToolTip(tr("Ctrl+Up"));
    m_down->setToolTip(tr("Ctrl+Down"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &DocumentsPage::browse);
    connect(m_remove, &QPushButton::clicked, this, &DocumentsPage::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &DocumentsPage::updateState);
    auto *up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_list);
    up->setContext(Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveSelected(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_list);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveSelected(1); });
    auto *del = new QShortcut(QKeySequence::Delete, m_list);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &DocumentsPage::removeSelected);
    updateState();
}

DocumentsPage::~DocumentsPage()
{
    // The checks convert in a child process; they stop within a tenth of a second.
    for (Check &c : m_checks)
        c.cancel->store(true);
    for (Check &c : m_checks)
        c.watcher->waitForFinished();
}

QStringList DocumentsPage::files() const
{
    QStringList files;
    for (int i = 0; i < m_list->count(); ++i)
        files << m_list->item(i)->data(FileRole).toString();
    return files;
}

void DocumentsPage::setFiles(const QStringList &files)
{
    for (Check &c : m_checks)
        c.cancel->store(true);
    m_list->clear();
    m_problems.clear();
    m_problem->clear();
    m_problem->setVisible(false);
    addFiles(files);
}

void DocumentsPage::browse()
{
    const QString file = m_dialogs->openFileName(
        this, tr("Add Document"), QString(),
        tr("Documents (*.pdf *.ps *.eps *.tif *.tiff *.png *.jpg *.jpeg *.bmp *.gif *.txt);;"
           "All files (*)"));
    if (!file.isEmpty())
        addFiles({file});
}

void DocumentsPage::addFiles(const QStringList &files)
{
    m_problems.clear();
    for (const QString &given : files) {
        const QFileInfo info(given);
        const QString file = info.absoluteFilePath();
        // What can be told at once is told at once; the rest by the check's conversion.
        if (!info.exists()) {
            addProblem(tr("%1: there is no such file").arg(given));
            continue;
        }
        if (!info.isFile() || !info.isReadable()) {
            addProblem(tr("%1: the file cannot be read").arg(given));
            continue;
        }
        if (detectDocumentType(file) == DocumentType::Unknown) {
            addProblem(tr("%1: not a document that can be faxed (PDF, PostScript, TIFF, PNG, "
                          "JPEG, BMP, GIF or UTF-8 text)")
                           .arg(info.fileName()));
            continue;
        }
        auto *item = new QListWidgetItem(tr("%1 (checking…)").arg(info.fileName()), m_list);
        item->setData(FileRole, file);
        item->setData(CheckedRole, false);
        item->setToolTip(file);
        m_list->setCurrentItem(item);
        startCheck(file);
    }
    updateState();
}

void DocumentsPage::startCheck(const QString &file)
{
    Check check;
    check.file = file;
    check.cancel = std::make_shared<std::atomic_bool>(false);
    check.watcher = new QFutureWatcher<QString>(this);
    const QString output = m_work.filePath(QStringLiteral("check-%1.tif").arg(++m_checkCount));
    const std::shared_ptr<std::atomic_bool> cancel = check.cancel;
    connect(check.watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher = check.watcher] { checkDone(watcher); });
    // The result: the page count as text, or the reason prefixed with '!'.
    check.watcher->setFuture(QtConcurrent::run([file, output, cancel]() -> QString {
        ConvertOptions options;
        options.cancel = cancel.get();
        const Expected<ConvertSummary> converted = BoundedConverter::convert(
            {file}, output, options, {}, {}, BoundedConverter::Isolation::Helper);
        QFile::remove(output);
        if (!converted)
            return u'!' + converted.error().message;
        return QString::number(converted->pages);
    }));
    m_checks.push_back(check);
}

void DocumentsPage::checkDone(QFutureWatcher<QString> *watcher)
{
    const auto it = std::find_if(m_checks.begin(), m_checks.end(),
                                 [watcher](const Check &c) { return c.watcher == watcher; });
    if (it == m_checks.end())
        return;
    const Check check = *it;
    m_checks.erase(it);
    watcher->deleteLater();
    if (check.cancel->load()) {
        updateState();
        return;
    }
    const QString result = watcher->result();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(FileRole).toString() != check.file || item->data(CheckedRole).toBool())
            continue;
        const QString name = QFileInfo(check.file).fileName();
        if (result.startsWith(u'!')) {
            delete m_list->takeItem(i);
            addProblem(tr("Not added: %1").arg(result.mid(1))); // the reason names the file
        } else {
            item->setData(CheckedRole, true);
            const int pages = result.toInt();
            item->setData(PagesRole, pages);
            item->setText(pages == 1 ? tr("%1 (1 page)").arg(name)
                                     : tr("%1 (%2 pages)").arg(name).arg(pages));
        }
        break;
    }
    updateState();
    Q_EMIT checked();
}

void DocumentsPage::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    updateState();
}

void DocumentsPage::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    const QString file = item->data(FileRole).toString();
    if (!item->data(CheckedRole).toBool())
        for (Check &c : m_checks)
            if (c.file == file)
                c.cancel->store(true);
    delete item;
    updateState();
}

int DocumentsPage::pageCount() const
{
    int pages = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->data(CheckedRole).toBool())
            return -1;
        pages += m_list->item(i)->data(PagesRole).toInt();
    }
    return pages;
}

bool DocumentsPage::isChecking() const
{
    return std::any_of(m_checks.begin(), m_checks.end(),
                       [](const Check &c) { return !c.cancel->load(); });
}

QString DocumentsPage::problemText() const
{
    return m_problem->text();
}

void DocumentsPage::addProblem(const QString &text)
{
    m_problems << text;
    m_problem->setText(m_problems.join(u'\n'));
    m_problem->setVisible(true);
}

void DocumentsPage::updateState()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
    if (m_list->count() == 0 && m_problems.isEmpty()) {
        m_problem->setText(tr("Add at least one document to fax."));
        m_problem->setVisible(true);
    } else if (m_problems.isEmpty()) {
        m_problem->clear();
        m_problem->setVisible(false);
    }
    Q_EMIT completeChanged();
}

bool DocumentsPage::isComplete() const
{
    if (m_list->count() == 0 || isChecking())
        return false;
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->data(CheckedRole).toBool())
            return false;
    return true;
}

void DocumentsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DocumentsPage::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

} // namespace Fax
