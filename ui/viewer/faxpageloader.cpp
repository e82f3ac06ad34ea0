// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxpageloader.h"

#include "faxraster.h"

#include "imaging/faxtiff.h"

#include <QHash>
#include <QMutex>
#include <QThread>

#include <deque>
#include <optional>

namespace Fax {

/// The loader's side on its thread: one reader of the file and the queue of what is asked.
class FaxPageLoaderWorker final : public QObject
{
    Q_OBJECT
public:
    struct PageRequest
    {
        int page = 0;
        QSize size;
        int quarterTurns = 0;
        int ticket = 0;
    };

    void setFile(const QString &path)
    {
        QMutexLocker lock(&m_mutex);
        m_path = path;
        m_generation++;
        m_page.reset();
        m_thumbnails.clear();
        schedule(lock);
    }

    void requestPage(const PageRequest &request)
    {
        QMutexLocker lock(&m_mutex);
        m_page = request;
        schedule(lock);
    }

    void requestThumbnails(int count, const QSize &box)
    {
        QMutexLocker lock(&m_mutex);
        m_thumbnails.clear();
        for (int page = 0; page < count; ++page)
            m_thumbnails.push_back(page);
        m_thumbnailBox = box;
        schedule(lock);
    }

Q_SIGNALS:
    void pageReady(int page, const QImage &image, int ticket);
    void pageFailed(int page, const QString &message, int ticket);
    void thumbnailReady(int page, const QImage &image);

private:
    /// Makes sure one work() is queued while there is work.
    void schedule(QMutexLocker<QMutex> &)
    {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &FaxPageLoaderWorker::work, Qt::QueuedConnection);
    }

    /// One piece of work per call, the page in view first: requests made meanwhile are seen
    /// before the next piece.
    void work()
    {
        QMutexLocker lock(&m_mutex);
        m_scheduled = false;
        if (m_path != m_openPath || m_generation != m_openGeneration) {
            m_openPath = m_path;
            m_openGeneration = m_generation;
            m_decoded.clear();
            m_reader = std::make_unique<FaxTiffReader>();
            const Result opened = m_openPath.isEmpty() ? Result() : m_reader->open(m_openPath);
            m_openError = opened ? QString() : opened.error().message;
        }
        const int generation = m_generation;
        if (m_page) {
            const PageRequest request = *m_page;
            m_page.reset();
            lock.unlock();
            QString error;
            const QImage image = render(request.page, request.size, request.quarterTurns, &error);
            lock.relock();
            if (generation == m_generation) {
                if (image.isNull())
                    Q_EMIT pageFailed(request.page, error, request.ticket);
                else
                    Q_EMIT pageReady(request.page, image, request.ticket);
            }
        } else if (!m_thumbnails.empty()) {
            const int page = m_thumbnails.front();
            m_thumbnails.pop_front();
            const QSize box = m_thumbnailBox;
            lock.unlock();
            QImage image;
            if (const FaxPage *fax = decoded(page, nullptr)) {
                const QSizeF inches =
                    FaxRaster::pageInches(fax->width(), fax->lines(), fax->xDpi, fax->yDpi);
                image = FaxRaster::toGray(
                    fax->image,
                    inches.scaled(box, Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1)));
            }
            lock.relock();
            if (generation == m_generation && !image.isNull())
                Q_EMIT thumbnailReady(page, image);
        }
        if (m_page || !m_thumbnails.empty())
            schedule(lock);
    }

    const FaxPage *decoded(int page, QString *error)
    {
        if (!m_openError.isEmpty()) {
            if (error)
                *error = m_openError;
            return nullptr;
        }
        auto it = m_decoded.find(page);
        if (it == m_decoded.end()) {
            Expected<FaxPage> read = m_reader->readPage(page);
            if (!read) {
                if (error)
                    *error = read.error().message;
                return nullptr;
            }
            // A few decoded pages are kept: paging back and forth and zooming stay quick.
            if (m_decoded.size() >= 4)
                m_decoded.erase(m_decoded.begin());
            it = m_decoded.insert(page, *read);
        }
        return &*it;
    }

    QImage render(int page, const QSize &size, int quarterTurns, QString *error)
    {
        const FaxPage *fax = decoded(page, error);
        if (!fax)
            return QImage();
        // The size asked for is the turned page's: scale first, then turn.
        const bool sideways = quarterTurns % 2 != 0;
        const QSize upright = sideways ? size.transposed() : size;
        return FaxRaster::rotated(FaxRaster::toGray(fax->image, upright), quarterTurns);
    }

    QMutex m_mutex;
    QString m_path;
    int m_generation = 0;
    std::optional<PageRequest> m_page;
    std::deque<int> m_thumbnails;
    QSize m_thumbnailBox;
    bool m_scheduled = false;
    // Used on the worker's thread only.
    QString m_openPath;
    int m_openGeneration = -1;
    QString m_openError;
    std::unique_ptr<FaxTiffReader> m_reader;
    QHash<int, FaxPage> m_decoded;
};

FaxPageLoader::FaxPageLoader(QObject *parent)
    : QObject(parent), m_thread(std::make_unique<QThread>()), m_worker(new FaxPageLoaderWorker)
{
    m_thread->setObjectName(QStringLiteral("FaxPageLoader"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FaxPageLoaderWorker::pageReady, this, &FaxPageLoader::pageReady);
    connect(m_worker, &FaxPageLoaderWorker::pageFailed, this, &FaxPageLoader::pageFailed);
    connect(m_worker, &FaxPageLoaderWorker::thumbnailReady, this, &FaxPageLoader::thumbnailReady);
    m_thread->start();
}

FaxPageLoader::~FaxPageLoader()
{
    // Pending work is dropped; the page being decoded finishes first.
    m_worker->setFile(QString());
    m_thread->quit();
    m_thread->wait();
}

void FaxPageLoader::setFile(const QString &path)
{
    m_worker->setFile(path);
}

void FaxPageLoader::requestPage(int page, const QSize &size, int quarterTurns, int ticket)
{
    m_worker->requestPage({page, size, quarterTurns, ticket});
}

void FaxPageLoader::requestThumbnails(int count, const QSize &box)
{
    m_worker->requestThumbnails(count, box);
}

} // namespace Fax

#include "faxpageloader.moc"
