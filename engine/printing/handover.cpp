// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Fax::Handover {

namespace {

std::string errnoText(int error)
{
    return std::strerror(error);
}

std::string octal(mode_t mode)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04o", unsigned(mode & 07777));
    return text;
}

bool fail(std::string *why, const std::string &message)
{
    if (why)
        *why = message;
    return false;
}

void closeQuietly(int fd)
{
    if (fd >= 0)
        ::close(fd);
}

/// Writes all of data to fd.
bool writeAll(int fd, std::string_view data)
{
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data.remove_prefix(size_t(n));
    }
    return true;
}

/// Opens component under dirFd as a directory, never through a symlink.
int openComponent(int dirFd, const std::string &component, const std::string &shown,
                  std::string *why)
{
    const int fd =
        ::openat(dirFd, component.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0)
        return fd;
    const int error = errno;
    struct stat st = {};
    if (::fstatat(dirFd, component.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISLNK(st.st_mode))
            fail(why, shown + " is a symbolic link, which is never followed");
        else if (!S_ISDIR(st.st_mode))
            fail(why, shown + " is not a folder");
        else
            fail(why, "cannot open " + shown + ": " + errnoText(error));
    } else {
        fail(why, "cannot open " + shown + ": " + errnoText(error));
    }
    errno = error;
    return -1;
}

} // namespace

bool checkFolder(int dirFd, uid_t uid, bool exactPrivate, const std::string &name, std::string *why)
{
    struct stat st = {};
    if (::fstat(dirFd, &st) != 0)
        return fail(why, "cannot check " + name + ": " + errnoText(errno));
    if (!S_ISDIR(st.st_mode))
        return fail(why, name + " is not a folder");
    if (st.st_uid != uid) {
        return fail(why, name + " belongs to user id " + std::to_string(st.st_uid) +
                             ", not to the printing user (id " + std::to_string(uid) + ")");
    }
    if (exactPrivate && (st.st_mode & 07777) != 0700) {
        return fail(why, name + " has mode " + octal(st.st_mode) +
                             "; it must be 0700 (only its owner may use it)");
    }
    if (!exactPrivate && (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return fail(why, name + " has mode " + octal(st.st_mode) +
                             "; others than its owner may write to it");
    }
    return true;
}

int openPrivateFolder(int baseFd, std::string_view relative, uid_t uid, bool create,
                      std::string *why)
{
    int current = ::fcntl(baseFd, F_DUPFD_CLOEXEC, 0);
    if (current < 0) {
        fail(why, "cannot use the base folder: " + errnoText(errno));
        return -1;
    }
    std::string shown;
    while (!relative.empty()) {
        const size_t slash = relative.find('/');
        const std::string component(relative.substr(0, slash));
        relative =
            slash == std::string_view::npos ? std::string_view() : relative.substr(slash + 1);
        if (component.empty() || component == "." || component == "..")
            continue;
        shown += (shown.empty() ? "" : "/") + component;
        const bool last = relative.empty();
        int next = openComponent(current, component, shown, nullptr);
        if (next < 0 && errno == ENOENT && create) {
            if (::mkdirat(current, component.c_str(), 0700) != 0 && errno != EEXIST) {
                fail(why, "cannot create " + shown + ": " + errnoText(errno));
                closeQuietly(current);
                return -1;
            }
            next = openComponent(current, component, shown, why);
        } else if (next < 0) {
            openComponent(current, component, shown, why);
        }
        closeQuietly(current);
        if (next < 0)
            return -1;
        if (!checkFolder(next, uid, last, shown, why)) {
            closeQuietly(next);
            return -1;
        }
        current = next;
    }
    return current;
}

int openInbox(const char *home, uid_t uid, bool create, std::string *why)
{
    const std::string shown = std::string("the home folder ") + home;
    if (home == nullptr || home[0] != '/') {
        fail(why, "the user has no home folder");
        return -1;
    }
    const int homeFd = ::open(home, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (homeFd < 0) {
        fail(why, "cannot open " + shown + ": " + errnoText(errno));
        return -1;
    }
    if (!checkFolder(homeFd, uid, false, shown, why)) {
        closeQuietly(homeFd);
        return -1;
    }
    const int fd = openPrivateFolder(homeFd, inboxRelativePath, uid, create, why);
    closeQuietly(homeFd);
    return fd;
}

std::string checkPdf(std::string_view data)
{
    if (data.empty())
        return "the printed document is empty";
    if (data.size() > maxDocumentSize) {
        return "the printed document is too large (" + std::to_string(data.size() / 1048576) +
               " MB; at most " + std::to_string(maxDocumentSize / 1048576) + " MB)";
    }
    // PDF readers accept a little garbage before the header; CUPS' filters write none.
    if (data.substr(0, 1024).find("%PDF-") == std::string_view::npos)
        return "the printed document is not a PDF document (it does not start with %PDF-)";
    const std::string_view tail = data.size() > 1024 ? data.substr(data.size() - 1024) : data;
    if (tail.find("%%EOF") == std::string_view::npos)
        return "the printed PDF document is cut short (it does not end with %%EOF)";
    return {};
}

namespace {

/// value without control characters, at most limit bytes, not cut inside a UTF-8 sequence.
std::string cleanValue(std::string_view value, size_t limit)
{
    std::string clean;
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        clean += (u < 0x20 || u == 0x7f) ? ' ' : c;
    }
    if (clean.size() > limit) {
        size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(clean[cut]) & 0xc0) == 0x80)
            --cut;
        clean.resize(cut);
    }
    return clean;
}

} // namespace

std::string formatInfo(const PrintInfo &info)
{
    return "title=" + cleanValue(info.title, 256) + "\nuser=" + cleanValue(info.user, 64) +
           "\njob=" + std::to_string(info.job) + "\n";
}

PrintInfo parseInfo(std::string_view text)
{
    PrintInfo info;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos)
            continue;
        const std::string_view key = line.substr(0, eq);
        const std::string_view value = line.substr(eq + 1);
        if (key == "title")
            info.title = cleanValue(value, 256);
        else if (key == "user")
            info.user = cleanValue(value, 64);
        else if (key == "job")
            info.job = std::strtoll(std::string(value).c_str(), nullptr, 10);
    }
    return info;
}

bool writeFileAtomically(int folderFd, const std::string &name, std::string_view data,
                         std::string *why)
{
    if (name.empty() || name.find('/') != std::string::npos || name[0] == '.')
        return fail(why, "'" + name + "' is not a plain file name");
    std::string temporary;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        temporary =
            ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(attempt) + "-" + name;
        fd = ::openat(folderFd, temporary.c_str(),
                      O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return fail(why, "cannot create " + temporary + ": " + errnoText(errno));
    }
    if (fd < 0)
        return fail(why, "cannot create a temporary file for " + name);
    const auto drop = [&](const std::string &message) {
        const int error = errno;
        closeQuietly(fd);
        ::unlinkat(folderFd, temporary.c_str(), 0);
        return fail(why, message + ": " + errnoText(error));
    };
    if (!writeAll(fd, data))
        return drop("cannot write " + name);
    if (::fsync(fd) != 0)
        return drop("cannot write " + name + " to disk");
    if (::close(fd) != 0) {
        fd = -1;
        return drop("cannot write " + name);
    }
    fd = -1;
    if (::renameat(folderFd, temporary.c_str(), folderFd, name.c_str()) != 0)
        return drop("cannot rename the temporary file to " + name);
    ::fsync(folderFd);
    return true;
}

long long peerUid(int socketFd)
{
    struct ucred credentials = {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(socketFd, SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0 ||
        size != sizeof credentials)
        return -1;
    return credentials.uid;
}

bool notifyConsole(int folderFd, uid_t uid, const std::string &name, std::string *why)
{
    struct stat st = {};
    if (::fstatat(folderFd, socketName, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return fail(why, "no Fax Console is running for the user");
    if (!S_ISSOCK(st.st_mode))
        return fail(why, std::string(socketName) + " in the folder is not a socket");
    if (st.st_uid != uid)
        return fail(why, std::string(socketName) + " belongs to user id " +
                             std::to_string(st.st_uid) + ", not to the printing user");
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(why, "cannot make a socket: " + errnoText(errno));
    const struct timeval timeout = {5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    // The checked folder through its descriptor, not its path again (which could change).
    struct sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    std::snprintf(address.sun_path, sizeof address.sun_path, "/proc/self/fd/%d/%s", folderFd,
                  socketName);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        closeQuietly(fd);
        if (error == ECONNREFUSED || error == ENOENT)
            return fail(why, "no Fax Console is running for the user");
        return fail(why, "cannot reach the Fax Console: " + errnoText(error));
    }
    const long long peer = peerUid(fd);
    if (peer != static_cast<long long>(uid)) {
        closeQuietly(fd);
        return fail(why, "the program on the console's socket runs as user id " +
                             std::to_string(peer) + ", not as the printing user");
    }
    char reply[8] = {};
    const bool sent = writeAll(fd, name + "\n");
    const ssize_t got = sent ? ::read(fd, reply, sizeof reply - 1) : -1;
    closeQuietly(fd);
    if (!sent || got < 2 || std::strncmp(reply, "ok", 2) != 0)
        return fail(why, "the Fax Console did not answer");
    return true;
}

} // namespace Fax::Handover
