// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpage.h"

#include "cover/sendpreparation.h"
#include "faxraster.h"
#include "imaging/faxtiff.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent>

#include <cmath>

namespace Fax {

namespace {

/// The pages are shown this many pixels high.
constexpr int kPageHeight = 260;

/// A fax page in grey at its true proportions, kPageHeight high, with a thin frame (white pages
/// on a white list would not show where they end).
QImage pagePicture(const QImage &fax, int xDpi, int yDpi)
{
    const QSizeF inches = FaxRaster::pageInches(fax.width(), fax.height(), xDpi, yDpi);
    const QSize size = FaxRaster::sizeAt(inches, kPageHeight / inches.height());
    QImage picture = FaxRaster::toGray(fax, size).convertToFormat(QImage::Format_RGB32);
    QPainter painter(&picture);
    painter.setPen(Qt::darkGray);
    painter.drawRect(picture.rect().adjusted(0, 0, -1, -1));
    painter.end();
    return picture;
}

/// Reads the pages of a fax TIFF as grey pictures at their true proportions.
PreviewPages readPages(const QString &path, const std::atomic_bool &cancel)
{
    PreviewPages pages;
    FaxTiffReader reader;
    if (Result r = reader.open(path); !r) {
        pages.error = r.error().message;
        return pages;
    }
    for (int i = 0; i < reader.pageCount(); ++i) {
        if (cancel.load()) {
            pages.canceled = true;
            return pages;
        }
        const FaxTiffPageInfo &info = reader.pageInfo(i);
        const Expected<FaxPage> page = reader.readPage(i);
        if (!page) {
            pages.error = page.error().message;
            return pages;
        }
        pages.pictures << pagePicture(page->image, info.xDpi, info.yDpi);
        pages.codedBytes << info.dataBytes;
    }
    return pages;
}

} // namespace

PreviewPage::PreviewPage(std::function<SendDocument(int)> document,
                         std::function<int()> documentPages, QWidget *parent)
    : QWizardPage(parent), m_document(std::move(document)),
      m_documentPages(std::move(documentPages)), m_recipient(new QComboBox),
      m_pages(new QListWidget), m_progress(new QProgressBar), m_stop(new QPushButton(tr("&Stop"))),
      m_status(new QLabel), m_watcher(new QFutureWatcher<PreviewPages>(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The pages exactly as they go on the line to the recipient chosen here. "
                   "Finish sends the fax to every recipient."));
    setFinalPage(true);
    m_recipient->setObjectName(QStringLiteral("previewRecipient"));
    m_pages->setObjectName(QStringLiteral("previewPages"));
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setViewMode(QListView::IconMode);
    m_pages->setFlow(QListView::LeftToRight);
    m_pages->setWrapping(true);
    m_pages->setResizeMode(QListView::Adjust);
    m_pages->setMovement(QListView::Static);
    m_pages->setIconSize(QSize(kPageHeight, kPageHeight));
    m_pages->setSpacing(6);
    m_stop->setObjectName(QStringLiteral("stopPreview"));
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setTextVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Pages &for:"), m_recipient);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);

    connect(m_recipient, &QComboBox::activated, this, &PreviewPage::start);
    // One button: Stop while the pages are made, Make Again after.
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (isRunning())
            stop();
        else
            start(std::max(0, m_recipient->currentIndex()));
    });
    connect(m_watcher, &QFutureWatcher<PreviewPages>::finished, this, &PreviewPage::done);
    m_progress->setVisible(false);
}

PreviewPage::~PreviewPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->waitForFinished();
}

void PreviewPage::initializePage()
{
    m_recipient->clear();
    // The document callback gives an empty recipient past the last one.
    for (int i = 0;; ++i) {
        const SendDocument document = m_document(i);
        if (document.recipient.faxNumber.isEmpty())
            break;
        const Party &p = document.recipient;
        m_recipient->addItem(p.name.isEmpty() ? p.faxNumber
                                              : tr("%1 (%2)").arg(p.name, p.faxNumber));
    }
    start(0);
}

void PreviewPage::cleanupPage()
{
    stop();
}

void PreviewPage::start(int recipient)
{
    stop();
    m_watcher->waitForFinished();
    m_pages->clear();
    m_result = PreviewPages();
    SendDocument document = m_document(recipient);
    // The cover page shown first and the whole fax made after carry the same time.
    document.sendTime = QDateTime::currentDateTime();
    const QString output = m_work.filePath(QStringLiteral("preview-%1.tif").arg(++m_run));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<PreviewPage> self(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_stop->setText(tr("&Stop"));
    m_status->setText(tr("Making the pages…"));
    Q_EMIT completeChanged();
    const int documentPages = m_documentPages ? m_documentPages() : -1;
    m_watcher->setFuture(
        QtConcurrent::run([document, documentPages, output, cancel, self, run = m_run] {
            ConvertOptions options;
            options.cancel = cancel.get();
            // Runs show on the page's thread, unless the page is gone or started another run.
            const auto post = [self, run](auto show) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, run, show] {
                        if (self && self->m_run == run)
                            show(self.data());
                    },
                    Qt::QueuedConnection);
            };
            // The cover page, drawn in moments, shows while the documents are converted.
            if (!document.coverPage.isEmpty() && documentPages >= 0) {
                const Expected<FaxPage> cover =
                    SendPreparation::coverPage(document, documentPages + 1, options);
                if (cover) {
                    const QImage picture = pagePicture(cover->image, cover->xDpi, cover->yDpi);
                    post([picture](PreviewPage *page) { page->showFirst(picture); });
                }
            }
            // Each page shows as soon as the converter has made it, while it makes the rest.
            PreviewPages streamed;
            const auto pageReady = [&streamed, &post](int index, int, const FaxPage &page,
                                                      const FaxTiffPageInfo &info) {
                const QImage picture = pagePicture(page.image, page.xDpi, page.yDpi);
                if (index == streamed.pages()) {
                    streamed.pictures << picture;
                    streamed.codedBytes << info.dataBytes;
                }
                post([index, picture](PreviewPage *p) { p->showStreamed(index, picture); });
            };
            const auto prepared = SendPreparation::prepare(
                document, output, options, {},
                [&post](int done, int total) {
                    post([done, total](PreviewPage *page) { page->progress(done, total); });
                },
                pageReady);
            PreviewPages pages;
            if (cancel->load()) {
                pages.canceled = true;
            } else if (!prepared) {
                pages.error = prepared.error().message;
            } else if (prepared->coverPages == 0 && streamed.pages() == prepared->pages) {
                pages = streamed; // exactly the pages stored: no need to read them again
            } else {
                pages = readPages(output, *cancel);
            }
            QFile::remove(output);
            return pages;
        }));
}

void PreviewPage::stop()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool PreviewPage::isRunning() const
{
    return m_watcher->isRunning();
}

QString PreviewPage::statusText() const
{
    return m_status->text();
}

void PreviewPage::progress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(tr("Making the pages: %1 of %2…").arg(done).arg(total));
}

void PreviewPage::done()
{
    m_result = m_watcher->result();
    m_progress->setVisible(false);
    m_stop->setText(tr("&Make Again"));
    if (m_result.canceled) {
        m_pages->clear(); // the pages shown while they were made are not the fax
        m_status->setText(tr("Stopped: no pages were made."));
    } else if (!m_result.error.isEmpty()) {
        m_pages->clear();
        m_status->setText(tr("The pages cannot be made: %1").arg(m_result.error));
    } else {
        const bool wasShown = m_pages->count() > 0;
        // The pages shown while they were made are replaced in place (no flicker, the
        // scroll position kept).
        while (m_pages->count() > m_result.pages())
            delete m_pages->takeItem(m_pages->count() - 1);
        for (int i = 0; i < m_result.pages(); ++i) {
            if (i < m_pages->count())
                m_pages->item(i)->setIcon(QIcon(QPixmap::fromImage(m_result.pictures.at(i))));
            else
                showPage(i, m_result.pictures.at(i));
        }
        if (!wasShown && m_result.pages() > 0)
            Q_EMIT firstPageShown();
        const int seconds = estimatedSeconds(m_result.codedBytes);
        const QString time = seconds < 90 ? tr("%1 seconds").arg(seconds)
                                          : tr("%1 minutes").arg((seconds + 30) / 60);
        m_status->setText(m_result.pages() == 1
                              ? tr("1 page; about %1 to send at 14 400 bit/s.").arg(time)
                              : tr("%1 pages; about %2 to send at 14 400 bit/s.")
                                    .arg(m_result.pages())
                                    .arg(time));
    }
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

void PreviewPage::showPage(int index, const QImage &picture)
{
    auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(picture)),
                                     tr("Page %1").arg(index + 1), m_pages);
    item->setSizeHint(QSize(kPageHeight, kPageHeight + 24));
}

void PreviewPage::showStreamed(int index, const QImage &picture)
{
    // In order only: a document page that comes before the cover page was drawn waits for the
    // end of the run.
    if (index != m_pages->count())
        return;
    showPage(index, picture);
    if (index == 0)
        Q_EMIT firstPageShown();
}

void PreviewPage::showFirst(const QImage &picture)
{
    if (m_pages->count() > 0)
        return;
    showPage(0, picture);
    Q_EMIT firstPageShown();
}

int PreviewPage::estimatedSeconds(const QList<qint64> &codedBytes)
{
    // seconds = 12 + sum over pages of (8 * codedBytes / 14400 + 2): 12 s for the call setup
    // (answer tone, capabilities, training), each page's coded bits at V.17's 14400 bit/s, and
    // 2 s per page for the end-of-page exchange. Measured: ITU chart 1 at fine resolution
    // (37.4 KB MH) took 37.5 s on the virtual line; this gives 35 s.
    double seconds = 12.0;
    for (qint64 bytes : codedBytes)
        seconds += 8.0 * double(bytes) / 14400.0 + 2.0;
    return int(std::ceil(seconds));
}

bool PreviewPage::isComplete() const
{
    // The fax may be sent while the preview is still being made, but not when it failed.
    return m_result.error.isEmpty();
}

} // namespace Fax
