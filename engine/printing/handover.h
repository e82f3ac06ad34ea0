// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Print-to-fax hand-over between the CUPS backend (running as root, acting for the printing
// user in a child that dropped to that user) and the user's console: the per-user folder the
// printed documents wait in, its checks, the document check and the atomic write. Plain POSIX
// and the standard library, no Qt: the backend that runs as root links only this.

#include <sys/types.h>

#include <string>
#include <string_view>

namespace Fax::Handover {

/// Where a user's printed documents wait, relative to the user's home (the backend cannot know
/// the user's XDG_DATA_HOME, so this does not follow it).
inline constexpr const char *inboxRelativePath = ".local/share/faxconsole/printed";
/// The console's socket in the inbox folder.
inline constexpr const char *socketName = "console.socket";
/// The largest printed document accepted (bytes).
inline constexpr size_t maxDocumentSize = 256u * 1024u * 1024u;

/// Whether the open directory dirFd is a folder of uid's that nobody else may write (private:
/// mode 0700 exactly); false with why. name: the folder as messages call it.
bool checkFolder(int dirFd, uid_t uid, bool exactPrivate, const std::string &name,
                 std::string *why);

/// Opens (creating missing parts with mode 0700 when create is set) the folder relative under
/// the directory baseFd, one component at a time and never through a symlink. Every component
/// must be a directory owned by uid that neither group nor others may write; the last one must
/// have mode 0700 exactly. Returns an fd (the caller closes it) or -1 with why.
int openPrivateFolder(int baseFd, std::string_view relative, uid_t uid, bool create,
                      std::string *why);

/// Opens the user's inbox folder under home (which must be a directory owned by uid, not a
/// symlink). Returns an fd or -1 with why.
int openInbox(const char *home, uid_t uid, bool create, std::string *why);

/// Why data is not a document the console can fax (empty, not PDF, cut short, too large), or
/// an empty string when it looks like a whole PDF file.
std::string checkPdf(std::string_view data);

/// What the console shows of a printed document: the CUPS job's title and number.
struct PrintInfo
{
    std::string title;
    std::string user;
    long long job = 0;
};

/// The info file's text for info, and back (a title with control characters or too long is
/// cleaned up: a line per key, UTF-8).
std::string formatInfo(const PrintInfo &info);
PrintInfo parseInfo(std::string_view text);

/// Writes name (a plain file name) into folderFd atomically: a hidden temporary file (O_EXCL,
/// mode 0600), written whole and synced, renamed to name, the folder synced. Nothing of it is
/// left on failure. Returns false with why.
bool writeFileAtomically(int folderFd, const std::string &name, std::string_view data,
                         std::string *why);

/// The uid of the process at the other end of a connected Unix socket, or -1.
long long peerUid(int socketFd);

/// Tells the console listening on the inbox's socket that name arrived: the socket must be a
/// socket owned by uid and its peer must run as uid. Returns false with why (no console running
/// is a reason too: the document then waits for the console's next start).
bool notifyConsole(int folderFd, uid_t uid, const std::string &name, std::string *why);

} // namespace Fax::Handover
