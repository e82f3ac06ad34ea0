// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>

#include <memory>

class QThread;

namespace Fax {

class FaxPageLoaderWorker;

/// Decodes and scales the pages of one fax TIFF on a thread of its own, so that a large fax
/// never holds up the window: the page in view first, then the thumbnails. Answers come as
/// signals on the thread that made the loader.
class FaxPageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaxPageLoader)
public:
    explicit FaxPageLoader(QObject *parent = nullptr);
    ~FaxPageLoader() override;

    /// Reads path from now on; requests for the previous file are dropped.
    void setFile(const QString &path);
    /// Asks for page as a grey picture of size, turned by quarterTurns; only the latest page
    /// request is answered (pageReady with its ticket).
    void requestPage(int page, const QSize &size, int quarterTurns, int ticket);
    /// Asks for thumbnails of pages 0 to count - 1 fitting box (thumbnailReady each).
    void requestThumbnails(int count, const QSize &box);

Q_SIGNALS:
    void pageReady(int page, const QImage &image, int ticket);
    void pageFailed(int page, const QString &message, int ticket);
    void thumbnailReady(int page, const QImage &image);

private:
    std::unique_ptr<QThread> m_thread;
    FaxPageLoaderWorker *m_worker;
};

} // namespace Fax
