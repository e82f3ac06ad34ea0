// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversionchild.h"

#include <QDataStream>
#include <QFileInfo>
#include <QIODevice>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <exception>
#include <new>
#include <unistd.h>

namespace Fax {

namespace {

constexpr quint32 kRequestMagic = 0x46415852; // "FAXR"
constexpr quint32 kRequestVersion = 2;

/// The event socket, for the handlers below (which may only use async-signal-safe calls).
int g_eventFd = -1;

void writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        data += n;
        size -= size_t(n);
    }
}

void send(int fd, const QByteArray &line)
{
    writeAll(fd, line.constData(), size_t(line.size()));
}

[[noreturn]] void outOfMemory()
{
    static const char text[] = "memory\n";
    writeAll(g_eventFd, text, sizeof text - 1);
    _exit(3);
}

void onNoMemory()
{
    outOfMemory();
}

void onTerminate()
{
    // std::bad_alloc escaping (Qt's containers throw it when malloc fails) is the memory limit.
    if (const std::exception_ptr e = std::current_exception()) {
        try {
            std::rethrow_exception(e);
        } catch (const std::bad_alloc &) {
            outOfMemory();
        } catch (...) {
        }
    }
    std::abort();
}

/// A fatal signal: foreign code crashed. Right after a failed allocation errno is ENOMEM (the
/// allocators of PDFium and libtiff crash on purpose when they run out): that is the memory
/// limit, anything else a crash.
extern "C" void onFatalSignal(int signal)
{
    const int error = errno;
    if (error == ENOMEM) {
        static const char text[] = "memory\n";
        writeAll(g_eventFd, text, sizeof text - 1);
    } else {
        char text[] = "crash 00\n";
        text[6] = char('0' + (signal / 10) % 10);
        text[7] = char('0' + signal % 10);
        writeAll(g_eventFd, text, sizeof text - 1);
    }
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

void installHandlers(int fd)
{
    g_eventFd = fd;
    std::set_new_handler(&onNoMemory);
    std::set_terminate(&onTerminate);
    // A stack of its own, so that a stack overflow is reported too.
    static char altStack[64 * 1024];
    stack_t stack{};
    stack.ss_sp = altStack;
    stack.ss_size = sizeof altStack;
    sigaltstack(&stack, nullptr);
    struct sigaction action = {};
    action.sa_handler = &onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK | SA_RESETHAND;
    for (int s : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP})
        sigaction(s, &action, nullptr);
    // The parent stops a conversion by killing it; terminal signals are not for this process.
    ::signal(SIGINT, SIG_IGN);
    ::signal(SIGPIPE, SIG_DFL);
}

QDataStream &operator<<(QDataStream &s, const PageGeometry &g)
{
    return s << qint32(g.paper) << qint32(g.resolution) << g.autoRotate;
}

QDataStream &operator>>(QDataStream &s, PageGeometry &g)
{
    qint32 paper = 0, resolution = 0;
    s >> paper >> resolution >> g.autoRotate;
    g.paper = PaperSize(paper);
    g.resolution = FaxResolution(resolution);
    return s;
}

QDataStream &operator<<(QDataStream &s, const BrandingInfo &b)
{
    return s << b.time << b.tsid << b.sender << b.senderFax << b.recipient << b.recipientFax
             << b.jobId << qint32(b.page) << qint32(b.pages);
}

QDataStream &operator>>(QDataStream &s, BrandingInfo &b)
{
    qint32 page = 0, pages = 0;
    s >> b.time >> b.tsid >> b.sender >> b.senderFax >> b.recipient >> b.recipientFax >> b.jobId >>
        page >> pages;
    b.page = page;
    b.pages = pages;
    return s;
}

QDataStream &operator<<(QDataStream &s, const FaxTiffProperties &p)
{
    return s << p.received << p.csid << p.tsid << p.callerId << p.routing << p.port << p.sender
             << p.recipient << p.subject << p.jobId << p.time << p.partial;
}

QDataStream &operator>>(QDataStream &s, FaxTiffProperties &p)
{
    return s >> p.received >> p.csid >> p.tsid >> p.callerId >> p.routing >> p.port >> p.sender >>
           p.recipient >> p.subject >> p.jobId >> p.time >> p.partial;
}

QString joined(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QLatin1Char(' '));
}

} // namespace

QByteArray ConversionRequest::serialize() const
{
    QByteArray data;
    QDataStream s(&data, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    const ConvertOptions &o = options;
    s << kRequestMagic << kRequestVersion << inputs << output << o.geometry << qint32(o.compression)
      << qint32(o.halftone) << qint32(o.maxPages) << o.brandingFormat << o.branding
      << qint32(o.renderProcesses) << qint32(o.limits.stepSeconds) << qint32(o.limits.memoryMiB)
      << qint32(o.damagedPages) << properties << streamPages;
    return data;
}

bool ConversionRequest::deserialize(const QByteArray &data, ConversionRequest *r)
{
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    qint32 compression = 0, halftone = 0, maxPages = 0, processes = 0, seconds = 0, memory = 0,
           damaged = 0;
    ConvertOptions &o = r->options;
    s >> magic >> version;
    if (magic != kRequestMagic || version != kRequestVersion)
        return false;
    s >> r->inputs >> r->output >> o.geometry >> compression >> halftone >> maxPages >>
        o.brandingFormat >> o.branding >> processes >> seconds >> memory >> damaged >>
        r->properties >> r->streamPages;
    o.compression = FaxCompression(compression);
    o.halftone = Halftone(halftone);
    o.maxPages = maxPages;
    o.renderProcesses = processes;
    o.limits.stepSeconds = seconds;
    o.limits.memoryMiB = memory;
    o.damagedPages = DamagedPages(damaged);
    return s.status() == QDataStream::Ok;
}

QString ConversionRequest::pageFile(int index) const
{
    return QFileInfo(output).absolutePath() + QStringLiteral("/page-%1.tif").arg(index);
}

QByteArray ConversionChild::line(const char *event, const QString &text)
{
    return QByteArray(event) + ' ' + text.toUtf8().toPercentEncoding() + '\n';
}

int ConversionChild::run(const ConversionRequest &request, int fd)
{
    installHandlers(fd);
    ConvertOptions options = request.options;
    options.cancel = nullptr; // the parent stops this process by killing it
    const int inputs = int(request.inputs.size());
    options.opening = [fd, inputs](int file, const QList<int> &pagesPerFile) {
        if (file < inputs)
            send(fd, QByteArray("open ") + QByteArray::number(file) + '\n');
        else
            send(fd, "pages " + joined(pagesPerFile).toLatin1() + '\n');
    };
    if (request.streamPages) {
        // Written whole (FaxTiffWriter renames at finish) before the page is reported: the
        // parent never sees half a file. A page that cannot be written is only not streamed.
        options.pageStored = [&request](int index, const CodedFaxPage &page) {
            FaxTiffWriter writer(request.pageFile(index));
            if (writer.open(request.properties, 1) && writer.addRawPage(page.data, page.info))
                (void)writer.finish();
        };
    }
    const auto progress = [fd](int done, int total) {
        send(fd, "page " + QByteArray::number(done) + ' ' + QByteArray::number(total) + '\n');
    };
    const auto result = DocumentConverter::convert(request.inputs, request.output, options,
                                                   request.properties, progress);
    if (!result) {
        send(fd,
             line(QByteArray("fail " + QByteArray::number(int(result.error().kind))).constData(),
                  result.error().message));
        return 0;
    }
    for (const QString &note : result->recoded)
        send(fd, line("note", note));
    send(fd, "ok " + QByteArray::number(result->pages) + ' ' +
                 QByteArray::number(result->passedThrough) + ' ' +
                 QByteArray::number(result->workerPages) + '\n');
    return 0;
}

int ConversionChild::serve(int fd)
{
    quint32 size = 0;
    QByteArray request;
    for (qsizetype got = 0; got < qsizetype(sizeof size);) {
        const ssize_t n = ::read(fd, reinterpret_cast<char *>(&size) + got, sizeof size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return 2;
        got += n;
    }
    if (size > (64u << 20))
        return 2;
    request.resize(qsizetype(size));
    for (qsizetype got = 0; got < request.size();) {
        const ssize_t n = ::read(fd, request.data() + got, size_t(request.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return 2;
        got += n;
    }
    ConversionRequest r;
    if (!ConversionRequest::deserialize(request, &r))
        return 2;
    return run(r, fd);
}

} // namespace Fax
