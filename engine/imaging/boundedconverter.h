// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentconverter.h"

namespace Fax {

/// Converts documents like DocumentConverter, but in a child process under the limits of
/// ConvertOptions::limits, so that no document can hang, exhaust or crash the caller:
///
/// * memory: the child may allocate at most limits.memoryMiB (RLIMIT_DATA); running out is
///   reported as the memory limit, naming the file and page;
/// * time: each step (opening one document, making one page, writing the fax) must end within
///   limits.stepSeconds, or the child is killed and the step named;
/// * cancel: raising options.cancel kills the child (and Ghostscript with it) within a tenth
///   of a second.
///
/// The child is a forked copy of the caller when the caller runs a single thread (faxctl), or
/// else the helper program faxrender started by exec (the engine's send path, the console):
/// forking a process that runs threads is not safe. Either way nothing is written on failure:
/// the child writes into a private folder beside outputTiff, which replaces outputTiff only
/// when everything succeeded.
class BoundedConverter
{
public:
    enum class Isolation {
        Auto,  ///< Fork when the calling process runs a single thread, else Helper
        Fork,  ///< a forked copy of the caller (the caller must run a single thread)
        Helper ///< the helper program (helperProgram()), started by fork and exec
    };

    /// One output page as soon as the child made it: index (0-based) of total, the page as it
    /// is stored (decoded) and its stored form (coded size, resolution).
    using PageReady =
        std::function<void(int index, int total, const FaxPage &page, const FaxTiffPageInfo &info)>;

    /// As DocumentConverter::convert; progress and pageReady are called in the calling thread.
    /// With pageReady, each page is handed over while the next ones are made (a preview shows
    /// the first page of a long document at once); the limits are the same.
    static Expected<ConvertSummary> convert(const QStringList &inputs, const QString &outputTiff,
                                            const ConvertOptions &options,
                                            const FaxTiffProperties &properties = {},
                                            const DocumentConverter::Progress &progress = {},
                                            Isolation isolation = Isolation::Auto,
                                            const PageReady &pageReady = {});

    /// The helper program: $FAXCONSOLE_RENDER_HELPER, else what setHelperProgram() set, else
    /// faxrender beside the running program or in its libexec folder.
    static QString helperProgram();
    static void setHelperProgram(const QString &path);
};

} // namespace Fax
