// SPDX-License-Identifier: GPL-3.0-or-later
// The CUPS backend of the "Fax" printer (installed as lib/cups/backend/faxconsole, mode 0700):
// hands a printed PDF to the printing user's Fax Console, which opens the Send Fax Wizard with it.
//
// CUPS runs a backend of mode 0700 as root and others as the unprivileged lp user; only root can
// write into the printing user's home, so this one runs as root and does nothing there itself:
// it checks the document, looks the printing user up, and a child that dropped to that user
// (groups, gid, uid; checked irreversible) writes the document into the user's private inbox
// folder and tells the user's console through its socket (Fax::Handover). Plain POSIX and the
// standard library, no Qt, to keep what runs as root small. Messages are CUPS' status lines
// (ERROR:, INFO:, STATE:) in English, as CUPS shows backends' messages.
#include "handover.h"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

namespace {

// CUPS' backend exit codes (cups/backend.h).
enum BackendStatus {
    BackendOk = 0,
    BackendFailed = 1, ///< the job fails; the queue's printer-error-policy says what follows
    BackendAuthRequired = 2,
    BackendHold = 3,
    BackendStop = 4,
    BackendCancel = 5,
};

void status(const char *kind, const std::string &message)
{
    std::fprintf(stderr, "%s: %s\n", kind, message.c_str());
    std::fflush(stderr);
}

int refuse(const std::string &message)
{
    status("ERROR", message);
    return BackendFailed;
}

/// Reads the whole document from fd, up to the size limit (one byte more to tell it is over).
bool readDocument(int fd, std::string *data, std::string *why)
{
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *why = std::string("cannot read the printed document: ") + std::strerror(errno);
            return false;
        }
        if (n == 0)
            return true;
        data->append(buffer, size_t(n));
        if (data->size() > Fax::Handover::maxDocumentSize)
            return true;
    }
}

/// Becomes user for good: supplementary groups, then gid, then uid; false if anything is left.
bool dropTo(const passwd &user)
{
    if (::initgroups(user.pw_name, user.pw_gid) != 0 || ::setgid(user.pw_gid) != 0 ||
        ::setuid(user.pw_uid) != 0)
        return false;
    // Root must be gone for good: no way back, real and effective ids are the user's.
    return ::getuid() == user.pw_uid && ::geteuid() == user.pw_uid && ::getgid() == user.pw_gid &&
           ::getegid() == user.pw_gid && ::setuid(0) != 0;
}

/// The child's part, as the printing user: into the inbox, then the console told.
int handOver(const passwd &user, const std::string &document, const Fax::Handover::PrintInfo &info)
{
    if (!dropTo(user))
        return refuse("cannot act as user " + info.user + ": " + std::strerror(errno));
    std::string why;
    const int folder = Fax::Handover::openInbox(user.pw_dir, user.pw_uid, true, &why);
    if (folder < 0)
        return refuse("not handed to " + info.user + "'s Fax Console: " + why);
    const std::string stem = "print-" + std::to_string(info.job) + "-" +
                             std::to_string(static_cast<long long>(std::time(nullptr))) + "-" +
                             std::to_string(::getpid());
    // The info first: the console takes a PDF as arrived, and reads its info then.
    if (!Fax::Handover::writeFileAtomically(folder, stem + ".info", Fax::Handover::formatInfo(info),
                                            &why) ||
        !Fax::Handover::writeFileAtomically(folder, stem + ".pdf", document, &why)) {
        ::unlinkat(folder, (stem + ".info").c_str(), 0);
        ::close(folder);
        return refuse("not handed to " + info.user + "'s Fax Console: " + why);
    }
    if (Fax::Handover::notifyConsole(folder, user.pw_uid, stem + ".pdf", &why)) {
        status("INFO", "Handed to " + info.user + "'s Fax Console");
    } else {
        status("INFO", "Kept for " + info.user + "'s Fax Console (" + why +
                           "): it opens the document when it starts");
    }
    ::close(folder);
    return BackendOk;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 1) {
        // Discovery: one device, the console of whoever prints.
        std::puts("direct faxconsole:/ \"Fax Console\" \"Fax Console (print to fax)\" "
                  "\"MFG:Fax Console;MDL:Print to fax;CMD:PDF;\" \"\"");
        return BackendOk;
    }
    if (argc != 6 && argc != 7) {
        std::fprintf(stderr,
                     "Usage: %s job-id user title copies options [file]\n"
                     "Run by CUPS for the \"Fax\" printer ('faxctl printer install').\n",
                     argv[0]);
        return BackendFailed;
    }
    Fax::Handover::PrintInfo info;
    info.job = std::strtoll(argv[1], nullptr, 10);
    info.user = argv[2];
    info.title = argv[3];

    errno = 0;
    const passwd *found = ::getpwnam(argv[2]);
    if (found == nullptr)
        return refuse("the printing user '" + info.user + "' is not a user of this computer");
    if (found->pw_uid == 0)
        return refuse("documents printed by root are not handed to a Fax Console; print as the "
                      "user who sends the fax");
    // getpwnam's storage is overwritten by later look-ups (initgroups): keep a copy.
    const std::string name = found->pw_name, home = found->pw_dir ? found->pw_dir : "";
    passwd user = *found;
    user.pw_name = const_cast<char *>(name.c_str());
    user.pw_dir = const_cast<char *>(home.c_str());

    int input = STDIN_FILENO;
    if (argc == 7) {
        input = ::open(argv[6], O_RDONLY | O_CLOEXEC);
        if (input < 0)
            return refuse(std::string("cannot open the printed document: ") + std::strerror(errno));
    }
    std::string document, why;
    if (!readDocument(input, &document, &why))
        return refuse(why);
    if (input != STDIN_FILENO)
        ::close(input);
    if (const std::string problem = Fax::Handover::checkPdf(document); !problem.empty())
        return refuse(problem);
    status("STATE", "+connecting-to-device");

    std::fflush(nullptr);
    const pid_t child = ::fork();
    if (child < 0)
        return refuse(std::string("cannot start the hand-over: ") + std::strerror(errno));
    if (child == 0)
        ::_exit(handOver(user, document, info));
    int childStatus = 0;
    while (::waitpid(child, &childStatus, 0) < 0) {
        if (errno != EINTR)
            return refuse(std::string("lost the hand-over: ") + std::strerror(errno));
    }
    status("STATE", "-connecting-to-device");
    if (!WIFEXITED(childStatus))
        return refuse("the hand-over ended abnormally");
    return WEXITSTATUS(childStatus);
}
