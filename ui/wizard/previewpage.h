// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/senddocument.h"

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QTemporaryDir>
#include <QWizardPage>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Fax {

/// The pages of one recipient's fax as the preview made them.
struct PreviewPages
{
    QString error;            ///< why they could not be made; empty on success
    bool canceled = false;    ///< the user stopped it
    QList<QImage> pictures;   ///< each page in grey at its true proportions
    QList<qint64> codedBytes; ///< each page's coded (MMR) size
    int pages() const { return int(pictures.size()); }
};

/// The Send Fax Wizard's Preview page: the pages that go on the line for a chosen recipient,
/// cover page and branding line included, made by SendPreparation off the GUI thread with
/// progress and a Stop button, each page shown as soon as it is made; the page count and the
/// estimated transmission time. Finish queues the fax.
class PreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)
public:
    /// document: the fax for a recipient (index into the wizard's recipients; an empty
    /// recipient past the last). documentPages: the documents' pages when they are known
    /// (else -1), so that the cover page shows before the documents are converted.
    explicit PreviewPage(std::function<SendDocument(int recipient)> document,
                         std::function<int()> documentPages = {}, QWidget *parent = nullptr);
    ~PreviewPage() override;

    /// Makes the pages for recipient (index) again.
    void start(int recipient);
    /// Stops making the pages (within a second).
    void stop();
    bool isRunning() const;
    /// What the last run made.
    const PreviewPages &result() const { return m_result; }
    /// The text under the pages: count and estimated time, progress, or what went wrong.
    QString statusText() const;

    /// Estimated seconds to send pages of these coded sizes at 14400 bit/s.
    static int estimatedSeconds(const QList<qint64> &codedBytes);

    QComboBox *recipientBox() const { return m_recipient; }
    QListWidget *pageList() const { return m_pages; }
    QPushButton *stopButton() const { return m_stop; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

Q_SIGNALS:
    /// The first page is shown, while the others are still being made.
    void firstPageShown();
    /// A run ended (made, failed or stopped).
    void finished();

private:
    void progress(int done, int total);
    void showPage(int index, const QImage &picture);
    void showFirst(const QImage &picture);
    void showStreamed(int index, const QImage &picture);
    void done();

    std::function<SendDocument(int)> m_document;
    std::function<int()> m_documentPages;
    QComboBox *m_recipient;
    QListWidget *m_pages;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QLabel *m_status;
    QFutureWatcher<PreviewPages> *m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    PreviewPages m_result;
    QTemporaryDir m_work;
    int m_run = 0;
};

} // namespace Fax
