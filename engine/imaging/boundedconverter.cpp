// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedconverter.h"

#include "conversionchild.h"
#include "faxtiff.h"
#include "pageworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <numeric>
#include <optional>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace Fax {

namespace {

QMutex g_helperMutex;
QString g_helper;

/// Grace beyond the step limit before the parent kills: the child stops Ghostscript at the
/// limit itself and says so more precisely.
constexpr int kGraceMs = 500;

/// What runs in the child right after fork: async-signal-safe calls only (the caller may run
/// threads in Helper mode). Its own process group (killed as one, with Ghostscript and the
/// second renderer), death with the parent, and the memory limit.
bool prepareChild(pid_t parent, rlim_t memory)
{
    ::setpgid(0, 0);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        return false; // the parent ended before the line above took effect
    if (memory > 0) {
        const rlimit limit{memory, memory};
        ::setrlimit(RLIMIT_DATA, &limit);
    }
    return true;
}

struct Child
{
    pid_t pid = -1;
    int fd = -1;
};

Error startError(const QString &why)
{
    return Error::make(
        Error::Kind::Io,
        QCoreApplication::translate("Fax", "cannot start the conversion process (%1)").arg(why));
}

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

Expected<Child> startFork(const ConversionRequest &request)
{
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        return startError(errnoText());
    const rlim_t memory = rlim_t(request.options.limits.memoryMiB) << 20;
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        const Error e = startError(errnoText());
        ::close(sv[0]);
        ::close(sv[1]);
        return e;
    }
    if (pid == 0) {
        ::close(sv[0]);
        if (!prepareChild(parent, memory))
            _exit(1);
        // _exit, not exit: no static destructors or atexit handlers of the parent's copy.
        _exit(ConversionChild::run(request, sv[1]));
    }
    ::close(sv[1]);
    ::setpgid(pid, pid); // also here: the group exists before the parent may kill it
    return Child{pid, sv[0]};
}

Expected<Child> startHelper(const ConversionRequest &request, const QString &helper)
{
    if (helper.isEmpty() || !QFileInfo(helper).isExecutable())
        return startError(QCoreApplication::translate("Fax", "the helper program %1 is missing")
                              .arg(helper.isEmpty() ? QStringLiteral("faxrender") : helper));
    // Everything exec needs is made before fork: the child of a process with threads may only
    // make async-signal-safe calls.
    const QByteArray program = QFile::encodeName(helper);
    QByteArray arg0("faxrender");
    QByteArray arg1("--serve=3");
    std::vector<char *> argv{arg0.data(), arg1.data(), nullptr};
    std::vector<QByteArray> envStore;
    for (char **e = environ; e && *e; ++e) {
        if (std::strncmp(*e, "QT_QPA_PLATFORM=", 16) != 0)
            envStore.emplace_back(*e);
    }
    envStore.emplace_back("QT_QPA_PLATFORM=offscreen"); // no display needed, none used
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    QByteArray message = request.serialize();
    const quint32 size = quint32(message.size());
    message.prepend(reinterpret_cast<const char *>(&size), sizeof size);

    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        return startError(errnoText());
    const rlim_t memory = rlim_t(request.options.limits.memoryMiB) << 20;
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        const Error e = startError(errnoText());
        ::close(sv[0]);
        ::close(sv[1]);
        return e;
    }
    if (pid == 0) {
        if (!prepareChild(parent, memory))
            _exit(1);
        if (sv[1] == 3)
            ::fcntl(3, F_SETFD, 0);
        else if (::dup2(sv[1], 3) < 0)
            _exit(127);
        ::close_range(4, ~0U, 0); // nothing of the caller's (serial ports, databases) leaks
        ::execve(program.constData(), argv.data(), envp.data());
        static const char failed[] = "exec\n";
        (void)!::write(3, failed, sizeof failed - 1);
        _exit(127);
    }
    ::close(sv[1]);
    ::setpgid(pid, pid);
    // The request is small; MSG_NOSIGNAL: a child that died already must not kill the caller
    // with SIGPIPE.
    for (qsizetype sent = 0; sent < message.size();) {
        const ssize_t n =
            ::send(sv[0], message.constData() + sent, size_t(message.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // the child is gone: its end tells why
        sent += n;
    }
    return Child{pid, sv[0]};
}

/// What the parent knows of the child's progress, from its event lines.
struct Watch
{
    int opening = -1; ///< the input being opened, or -1 before the first
    bool paging = false;
    QList<int> pagesPerFile;
    int done = 0;
    int total = 0;
    bool memory = false;
    int crashSignal = 0;
    bool execFailed = false;
    std::optional<Error> failure;
    std::optional<ConvertSummary> summary;
    QStringList notes;
    bool newPage = false; ///< the last line reported a page

    /// Handles one line; true when it marked progress (a new step began).
    bool handle(const QByteArray &line, const DocumentConverter::Progress &progress)
    {
        const QList<QByteArray> f = line.split(' ');
        const QByteArray &event = f.constFirst();
        newPage = false;
        const auto text = [&](int from) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(f.value(from)));
        };
        if (event == "open") {
            opening = f.value(1).toInt();
            return true;
        }
        if (event == "pages") {
            paging = true;
            pagesPerFile.clear();
            for (int i = 1; i < f.size(); ++i)
                pagesPerFile << f.at(i).toInt();
            total = std::accumulate(pagesPerFile.begin(), pagesPerFile.end(), 0);
            return true;
        }
        if (event == "page") {
            done = f.value(1).toInt();
            total = f.value(2).toInt();
            newPage = true;
            if (progress)
                progress(done, total);
            return true;
        }
        if (event == "note") {
            notes << text(1);
        } else if (event == "ok") {
            ConvertSummary s;
            s.pages = f.value(1).toInt();
            s.passedThrough = f.value(2).toInt();
            s.workerPages = f.value(3).toInt();
            s.pagesPerFile = pagesPerFile;
            s.recoded = notes;
            summary = s;
        } else if (event == "fail") {
            failure = Error::make(Error::Kind(f.value(1).toInt()), text(2));
        } else if (event == "memory") {
            memory = true;
        } else if (event == "crash") {
            crashSignal = f.value(1).toInt();
        } else if (event == "exec") {
            execFailed = true;
        }
        return false;
    }
};

enum class Cause { Time, Memory, Crash, Stopped };

/// The error for the step the child was at when cause ended it: the file and the page where
/// known, and the limit.
Error stepError(const Watch &w, const QStringList &inputs, const QString &output, Cause cause,
                const ConvertLimits &limits)
{
    const QString signal = QString::fromLocal8Bit(strsignal(w.crashSignal)) +
                           QStringLiteral(", signal %1").arg(w.crashSignal);
    if (cause == Cause::Stopped) {
        if (w.paging)
            return Error::make(
                Error::Kind::NotPermitted,
                QCoreApplication::translate("Fax", "stopped at page %1 of %2; nothing was written")
                    .arg(std::min(w.done + 1, std::max(w.total, 1)))
                    .arg(w.total));
        return Error::make(
            Error::Kind::NotPermitted,
            QCoreApplication::translate("Fax", "stopped while opening %1; nothing was written")
                .arg(inputs.value(std::max(w.opening, 0))));
    }
    QString what;
    if (!w.paging && w.opening >= 0) {
        const QString file = inputs.value(w.opening);
        switch (cause) {
        case Cause::Time:
            what = QCoreApplication::translate("Fax", "%1: opening it took longer than the %2 s "
                                                      "limit")
                       .arg(file)
                       .arg(limits.stepSeconds);
            break;
        case Cause::Memory:
            what = QCoreApplication::translate("Fax", "%1: opening it needed more than the %2 MiB "
                                                      "memory limit")
                       .arg(file)
                       .arg(limits.memoryMiB);
            break;
        default:
            what = QCoreApplication::translate("Fax", "%1: the document made the converter crash "
                                                      "while opening it (%2)")
                       .arg(file, signal);
            break;
        }
    } else if (w.paging && w.done < w.total) {
        // Output page done+1 is the one not finished: find its file and its page there.
        int page = w.done;
        int file = 0;
        while (file < w.pagesPerFile.size() && page >= w.pagesPerFile.at(file))
            page -= w.pagesPerFile.at(file++);
        const QString name = inputs.value(file);
        switch (cause) {
        case Cause::Time:
            what = QCoreApplication::translate("Fax", "%1: page %2 took longer than the %3 s limit")
                       .arg(name)
                       .arg(page + 1)
                       .arg(limits.stepSeconds);
            break;
        case Cause::Memory:
            what =
                QCoreApplication::translate("Fax", "%1: page %2 needed more than the %3 MiB memory "
                                                   "limit")
                    .arg(name)
                    .arg(page + 1)
                    .arg(limits.memoryMiB);
            break;
        default:
            what = QCoreApplication::translate("Fax", "%1: page %2 made the converter crash (%3)")
                       .arg(name)
                       .arg(page + 1)
                       .arg(signal);
            break;
        }
    } else {
        // Before the first document (the helper starting) or after the last page (writing).
        switch (cause) {
        case Cause::Time:
            what = QCoreApplication::translate("Fax", "%1: writing the fax took longer than the "
                                                      "%2 s limit")
                       .arg(output)
                       .arg(limits.stepSeconds);
            break;
        case Cause::Memory:
            what = QCoreApplication::translate("Fax", "%1: writing the fax needed more than the "
                                                      "%2 MiB memory limit")
                       .arg(output)
                       .arg(limits.memoryMiB);
            break;
        default:
            what = QCoreApplication::translate("Fax", "%1: the converter crashed (%2)")
                       .arg(output, signal);
            break;
        }
    }
    return Error::make(Error::Kind::InvalidArgument, what);
}

/// Hands the page the child streamed as file on to pageReady, and removes the file. The child
/// made it from an untrusted document: it is read as any fax TIFF is (sizes checked), and a page
/// that cannot be read is only not shown early.
void handOver(const QString &file, int index, int total,
              const BoundedConverter::PageReady &pageReady)
{
    const QFileInfo info(file);
    if (info.isFile() && !info.isSymLink()) {
        FaxTiffReader reader;
        if (reader.open(file) && reader.pageCount() == 1) {
            const Expected<FaxPage> page = reader.readPage(0);
            if (page)
                pageReady(index, total, *page, reader.pageInfo(0));
        }
    }
    QFile::remove(file);
}

/// Waits for the child's events until it ends, is stopped or runs over the time limit.
Expected<ConvertSummary> supervise(const Child &child, const ConversionRequest &request,
                                   const QString &outputTiff, const ConvertOptions &options,
                                   const DocumentConverter::Progress &progress,
                                   const BoundedConverter::PageReady &pageReady)
{
    Watch w;
    std::optional<Cause> killed;
    QElapsedTimer step;
    step.start();
    const qint64 limitMs =
        options.limits.stepSeconds > 0 ? qint64(options.limits.stepSeconds) * 1000 + kGraceMs : 0;
    QByteArray pending;
    char buffer[4096];
    for (;;) {
        if (options.cancel && options.cancel->load()) {
            killed = Cause::Stopped;
            break;
        }
        if (limitMs > 0 && step.elapsed() > limitMs) {
            killed = Cause::Time;
            break;
        }
        pollfd p{child.fd, POLLIN, 0};
        const int r = ::poll(&p, 1, 100);
        if (r < 0 && errno != EINTR)
            break;
        if (r <= 0)
            continue;
        const ssize_t n = ::read(child.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // the child ended (or closed its end)
        pending.append(buffer, n);
        for (qsizetype nl; (nl = pending.indexOf('\n')) >= 0;) {
            if (w.handle(pending.left(nl), progress))
                step.restart();
            pending.remove(0, nl + 1);
            if (w.newPage && request.streamPages) {
                handOver(request.pageFile(w.done - 1), w.done - 1, w.total, pageReady);
                step.restart(); // the caller's time with the page is not the child's step
            }
        }
    }
    // Kill the whole group while the child still exists (a zombie keeps its group id from being
    // reused): Ghostscript and the second renderer go with it.
    ::kill(-child.pid, SIGKILL);
    ::kill(child.pid, SIGKILL);
    int status = 0;
    while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
    }
    ::close(child.fd);
    if (killed)
        return stepError(w, request.inputs, outputTiff, *killed, options.limits);
    if (w.summary)
        return *w.summary;
    if (w.failure)
        return *w.failure;
    if (w.execFailed)
        return startError(QCoreApplication::translate("Fax", "the helper program %1 cannot run")
                              .arg(BoundedConverter::helperProgram()));
    if (w.memory || (WIFEXITED(status) && WEXITSTATUS(status) == 3))
        return stepError(w, request.inputs, outputTiff, Cause::Memory, options.limits);
    if (w.crashSignal == 0 && WIFSIGNALED(status))
        w.crashSignal = WTERMSIG(status);
    if (w.crashSignal != 0)
        return stepError(w, request.inputs, outputTiff, Cause::Crash, options.limits);
    return Error::make(Error::Kind::Io,
                       QCoreApplication::translate(
                           "Fax", "%1: the conversion process ended unexpectedly (exit status %2)")
                           .arg(outputTiff)
                           .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1));
}

} // namespace

QString BoundedConverter::helperProgram()
{
    const QString env = qEnvironmentVariable("FAXCONSOLE_RENDER_HELPER");
    if (!env.isEmpty())
        return env;
    {
        QMutexLocker lock(&g_helperMutex);
        if (!g_helper.isEmpty())
            return g_helper;
    }
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        dir + QStringLiteral("/faxrender"),
        QDir::cleanPath(dir + QStringLiteral("/" FAX_RENDER_LIBEXEC "/faxrender"))};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QString();
}

void BoundedConverter::setHelperProgram(const QString &path)
{
    QMutexLocker lock(&g_helperMutex);
    g_helper = path;
}

Expected<ConvertSummary> BoundedConverter::convert(const QStringList &inputs,
                                                   const QString &outputTiff,
                                                   const ConvertOptions &options,
                                                   const FaxTiffProperties &properties,
                                                   const DocumentConverter::Progress &progress,
                                                   Isolation isolation, const PageReady &pageReady)
{
    if (inputs.isEmpty())
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: no documents to convert").arg(outputTiff));
    // A private folder beside the output: the child writes there, and whatever it leaves when
    // killed goes with the folder. Beside, not in /tmp: the final rename must not cross file
    // systems.
    const QFileInfo out(outputTiff);
    QTemporaryDir folder(out.absolutePath() + QStringLiteral("/.") + out.fileName() +
                         QStringLiteral(".XXXXXX"));
    if (!folder.isValid())
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Fax", "%1: cannot create the file (%2)")
                               .arg(outputTiff, folder.errorString()));
    ConversionRequest request;
    request.inputs = inputs;
    request.output = folder.filePath(QStringLiteral("fax.tif"));
    request.options = options;
    request.options.cancel = nullptr;
    request.options.opening = nullptr;
    request.options.pageStored = nullptr;
    request.properties = properties;
    request.streamPages = bool(pageReady);

    if (isolation == Isolation::Auto)
        isolation = PageWorker::singleThreaded() ? Isolation::Fork : Isolation::Helper;
    const auto child =
        isolation == Isolation::Fork ? startFork(request) : startHelper(request, helperProgram());
    if (!child)
        return child.error();
    auto result = supervise(child.value(), request, outputTiff, options, progress, pageReady);
    if (!result)
        return result;
    if (std::rename(QFile::encodeName(request.output).constData(),
                    QFile::encodeName(outputTiff).constData()) != 0)
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Fax", "%1: cannot replace the file (%2)")
                               .arg(outputTiff, errnoText()));
    return result;
}

} // namespace Fax
