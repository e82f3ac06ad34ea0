// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QStringList>
#include <QTemporaryDir>
#include <QWizardPage>

#include <atomic>
#include <list>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace Fax {

class DialogRunner;

/// The Send Fax Wizard's Documents page: the files to send, in order. Each file is checked as
/// it is added: one that is not a document Fax Console sends is refused at once, and each other
/// is converted once in the background (as the send would convert it), so a broken one is
/// refused with the converter's reason before the fax is queued.
class DocumentsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsPage)
public:
    explicit DocumentsPage(DialogRunner *dialogs, QWidget *parent = nullptr);
    ~DocumentsPage() override;

    QStringList files() const;
    void setFiles(const QStringList &files);
    /// Adds files at the end; those that cannot be sent are refused with the reason shown.
    void addFiles(const QStringList &files);
    /// Moves the selected document by delta places (-1 up, +1 down).
    void moveSelected(int delta);
    void removeSelected();
    /// The pages of all documents as the checks counted them; -1 while one is not checked.
    int pageCount() const;
    /// True while a document is being checked.
    bool isChecking() const;
    /// The message shown on the page (empty: none).
    QString problemText() const;

    QListWidget *list() const { return m_list; }

    bool isComplete() const override;

Q_SIGNALS:
    /// A check ended (the document was accepted or refused).
    void checked();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Check
    {
        QString file;
        std::shared_ptr<std::atomic_bool> cancel;
        QFutureWatcher<QString> *watcher = nullptr;
    };

    void browse();
    void startCheck(const QString &file);
    void checkDone(QFutureWatcher<QString> *watcher);
    void addProblem(const QString &text);
    void updateState();

    DialogRunner *m_dialogs;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_problem;
    QStringList m_problems;
    std::list<Check> m_checks;
    QTemporaryDir m_work;
    int m_checkCount = 0;
};

} // namespace Fax
