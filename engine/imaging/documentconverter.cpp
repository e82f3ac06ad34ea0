// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentconverter.h"

#include "pageworker.h"

#include <QCoreApplication>

#include <climits>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace Fax {

namespace {

/// One page on its way from the rendering thread to the writing thread.
struct PipelineItem
{
    int source = 0;
    bool raw = false; ///< pass-through: data + info
    QByteArray data;
    FaxTiffPageInfo info;
    QImage picture;
    Error error;
};

/// A small bounded queue: the renderer stays one page ahead. A page counts until the writer
/// has binarised it and released its picture (a rendered PDF page is 15 MB of ARGB32 at A4
/// fine), so at most two pictures exist at a time and memory stays flat.
class PageQueue
{
public:
    void push(PipelineItem item)
    {
        QImage spent;
        {
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [&] { return m_inFlight < 1 || m_cancel; });
            if (m_cancel)
                return;
            spent = std::move(m_spent);
            m_items.push_back(std::move(item));
            ++m_inFlight;
            m_ready.notify_one();
        }
        // The picture the writer finished with is freed here (spent goes out of scope), on the
        // rendering thread between two pages: the thread that allocates the pictures also
        // frees them, in an order that does not depend on the coding thread's timing.
    }
    bool pop(PipelineItem *item)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_items.empty() || m_done; });
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        return true;
    }
    /// The writer is done with picture: the renderer may hand over the next one (and frees
    /// this one, see push()).
    void release(QImage picture = QImage())
    {
        std::lock_guard lock(m_mutex);
        --m_inFlight;
        m_spent = std::move(picture);
        m_space.notify_one();
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_ready.notify_all();
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancel = true;
        m_space.notify_all();
    }
    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancel;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<PipelineItem> m_items;
    int m_inFlight = 0;
    QImage m_spent; ///< the last picture the writer finished with, freed by the renderer
    bool m_done = false;
    bool m_cancel = false;
};

} // namespace

Expected<ConvertSummary> DocumentConverter::convert(const QStringList &inputs,
                                                    const QString &outputTiff,
                                                    const ConvertOptions &options,
                                                    const FaxTiffProperties &properties,
                                                    const Progress &progress)
{
    if (inputs.isEmpty())
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: no documents to convert").arg(outputTiff));
    // Open everything first: a bad document fails before any work, and the page total is known
    // for page numbers and the branding line. Pages themselves are rendered one at a time.
    std::vector<std::unique_ptr<DocumentSource>> sources;
    ConvertSummary summary;
    int total = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QString &file = inputs.at(i);
        if (options.opening)
            options.opening(int(i), summary.pagesPerFile);
        if (options.cancel && options.cancel->load())
            return Error::make(
                Error::Kind::NotPermitted,
                QCoreApplication::translate("Fax", "stopped while opening %1; nothing was written")
                    .arg(file));
        auto src =
            openDocument(file, options.geometry, options.halftone, options.limits, options.cancel);
        if (!src)
            return src.error();
        src.value()->setDamagedPages(options.damagedPages);
        total += src.value()->pageCount();
        summary.pagesPerFile << src.value()->pageCount();
        sources.push_back(std::move(src.value()));
    }
    if (options.opening)
        options.opening(int(inputs.size()), summary.pagesPerFile);
    if (total > options.maxPages)
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate("Fax", "%1: %2 pages exceed the limit of %3")
                               .arg(inputs.join(QStringLiteral(", ")))
                               .arg(total)
                               .arg(options.maxPages));

    FaxTiffWriter writer(outputTiff);
    if (auto r = writer.open(properties, total); !r)
        return r.error();
    const bool brand = !options.brandingFormat.isEmpty();

    // The pages in output order. With renderProcesses > 1, the PDF pages are shared with a
    // forked copy of this process (PageWorker): PDFium renders behind one process-wide lock, so
    // only a second process renders in parallel. Each side takes the next PDF page nobody has
    // taken, so the faster one does more.
    struct Slot
    {
        int source = 0;
        int index = 0;
        int shared = -1; ///< position among the pages shared with the worker, or -1
    };
    std::vector<Slot> plan;
    for (size_t s = 0; s < sources.size(); ++s) {
        for (int i = 0; i < sources[s]->pageCount(); ++i)
            plan.push_back({int(s), i, -1});
    }
    // The header line of output page k (0-based), when there is one.
    auto stampBranding = [&](FaxPage &page, int k) -> Result {
        if (!brand)
            return {};
        BrandingInfo b = options.branding;
        b.page = k + 1;
        b.pages = total;
        return Branding::stamp(page, Branding::expand(options.brandingFormat, b));
    };
    // One page rendered, branded and coded in one go: the worker's pages (in the child), and
    // the fallback when the child is gone.
    auto codePage = [&](int k) -> Expected<CodedFaxPage> {
        DocumentSource &src = *sources[size_t(plan[size_t(k)].source)];
        auto picture = src.renderPicture(plan[size_t(k)].index);
        if (!picture)
            return picture.error();
        FaxPage page = src.finishPicture(picture.value());
        picture = QImage();
        if (auto r = stampBranding(page, k); !r)
            return r.error();
        return FaxTiffWriter::encodePage(page, options.compression);
    };
    std::unique_ptr<PageWorker> worker;
    if (options.renderProcesses > 1) {
        QList<int> share;
        for (size_t k = 0; k < plan.size(); ++k) {
            const DocumentType type = sources[size_t(plan[k].source)]->type();
            if (type == DocumentType::Pdf || type == DocumentType::PostScript)
                share << int(k);
        }
        // Under four PDF pages the child's start costs more than it saves.
        if (share.size() >= 4)
            worker = PageWorker::start(share, codePage);
        if (worker) {
            for (int i = 0; i < share.size(); ++i)
                plan[size_t(share[i])].shared = i;
        }
    }

    // In this process, two stages on two threads: rendering (PDFium, fonts, decoding input)
    // ahead, and binarising, branding, coding and writing here. PDFium is the slowest stage and
    // runs behind a process-wide mutex, so its thread does nothing but render.
    PageQueue queue;
    std::thread renderer([&] {
        int held = -1; // a shared page this process took and has not come to yet
        for (size_t k = 0; k < plan.size() && !queue.cancelled(); ++k) {
            const Slot &slot = plan[k];
            if (slot.shared >= 0) {
                if (held == -1) {
                    held = worker->claim();
                    if (held == -1)
                        held = INT_MAX; // all taken: the rest are the child's
                }
                if (slot.shared != held)
                    continue; // the child took it
                held = -1;
            }
            if (options.cancel && options.cancel->load())
                break;
            DocumentSource &src = *sources[size_t(slot.source)];
            PipelineItem item;
            item.source = slot.source;
            if (!brand &&
                src.passThrough(slot.index, options.compression, &item.data, &item.info)) {
                item.raw = true;
            } else {
                auto picture = src.renderPicture(slot.index);
                if (picture)
                    item.picture = std::move(picture.value());
                else
                    item.error = picture.error();
            }
            const bool failed = item.error.isError();
            queue.push(std::move(item));
            if (failed)
                break;
        }
        queue.finish();
    });
    Error failure;
    int done = 0;
    PipelineItem item;
    const auto stopped = [&](size_t k) {
        return Error::make(
            Error::Kind::NotPermitted,
            QCoreApplication::translate("Fax", "stopped at page %1 of %2; nothing was written")
                .arg(k + 1)
                .arg(total));
    };
    for (size_t k = 0; k < plan.size() && !failure.isError(); ++k) {
        if (options.cancel && options.cancel->load()) {
            failure = stopped(k);
            break;
        }
        if (plan[k].shared >= 0 && worker->takenByChild(plan[k].shared)) {
            std::optional<Expected<CodedFaxPage>> coded = worker->next();
            if (coded) // else the child is gone: this process makes the page
                ++summary.workerPages;
            else
                coded.emplace(codePage(int(k)));
            if (!coded->ok())
                failure = coded->error();
            else if (auto r = writer.addRawPage(coded->value().data, coded->value().info); !r)
                failure = r.error();
            else if (options.pageStored)
                options.pageStored(int(k), coded->value());
        } else {
            if (!queue.pop(&item)) { // the renderer stopped early: only a cancel does that
                failure = stopped(k);
                break;
            }
            if (item.error.isError()) {
                failure = item.error;
                break;
            }
            if (item.raw) {
                queue.release();
                if (auto r = writer.addRawPage(item.data, item.info); !r) {
                    failure = r.error();
                } else {
                    ++summary.passedThrough;
                    if (options.pageStored)
                        options.pageStored(int(k), CodedFaxPage{item.data, item.info});
                }
            } else {
                FaxPage page = sources[size_t(item.source)]->finishPicture(item.picture);
                queue.release(std::move(item.picture));
                item.picture = QImage();
                if (auto r = stampBranding(page, int(k)); !r)
                    failure = r.error();
                if (!failure.isError() && !options.pageStored) {
                    if (auto r = writer.addPage(page, options.compression); !r)
                        failure = r.error();
                } else if (!failure.isError()) {
                    // Coded here rather than in addPage(), so that the page stored is handed on.
                    auto coded = FaxTiffWriter::encodePage(page, options.compression);
                    if (!coded)
                        failure = Error::make(coded.error().kind,
                                              QCoreApplication::translate("Fax", "page %1: %2")
                                                  .arg(k + 1)
                                                  .arg(coded.error().message));
                    else if (auto r = writer.addRawPage(coded->data, coded->info); !r)
                        failure = r.error();
                    else
                        options.pageStored(int(k), *coded);
                }
            }
        }
        if (failure.isError())
            break;
        ++done;
        if (progress)
            progress(done, total);
    }
    queue.cancel();
    renderer.join();
    worker.reset(); // ends the child if a failure left it running
    if (failure.isError())
        return failure; // the writer removes its temporary file
    if (auto r = writer.finish(); !r)
        return r.error();
    summary.pages = done;
    for (const auto &src : sources)
        summary.recoded += src->notes();
    return summary;
}

} // namespace Fax
