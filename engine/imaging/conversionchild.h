// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentconverter.h"

#include <QByteArray>
#include <QStringList>

namespace Fax {

/// One conversion as a child process makes it for BoundedConverter: what to convert, and how.
struct ConversionRequest
{
    QStringList inputs;
    QString output; ///< in a private folder the parent made beside the real output
    ConvertOptions options;
    FaxTiffProperties properties;
    /// Hand each page over as soon as it is stored: the child writes it as the one-page fax
    /// TIFF pageFile() beside output before it reports the page.
    bool streamPages = false;

    /// The one-page fax TIFF of output page index (0-based) when pages are streamed.
    QString pageFile(int index) const;

    /// For the helper program: everything but the callbacks and the cancel flag.
    QByteArray serialize() const;
    static bool deserialize(const QByteArray &data, ConversionRequest *request);
};

/// The child's side of a bounded conversion: runs DocumentConverter::convert and reports each
/// step to the supervising parent, one line per event on a socket or pipe:
///   open FILE                  input FILE (0-based) starts to open
///   pages N1 N2 ...            all inputs are open, with their page counts
///   page DONE TOTAL            one more page is done (streamed: its file pageFile(DONE - 1)
///                              is complete)
///   note TEXT                  a damaged page that was re-coded (percent-encoded text)
///   ok PAGES PASSED WORKER     the conversion succeeded
///   fail KIND TEXT             it failed (Error::Kind as a number, percent-encoded message)
///   memory                     an allocation failed (the memory limit), just before dying
///   crash SIGNAL               a fatal signal, just before dying
/// The memory and crash lines are written by handlers the child installs before converting.
namespace ConversionChild {

/// Converts request, reporting to fd, and returns the exit status for _exit (0 when the
/// conversion succeeded or failed cleanly: the report says which).
int run(const ConversionRequest &request, int fd);

/// main() of the helper program (faxrender): reads a request from fd (a length-prefixed
/// serialize()), converts, reports on the same fd. Needs a QGuiApplication (fonts).
int serve(int fd);

/// The line for an event with a text (percent-encoded, so it stays on one line).
QByteArray line(const char *event, const QString &text);

} // namespace ConversionChild

} // namespace Fax
