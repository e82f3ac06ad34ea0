// SPDX-License-Identifier: GPL-3.0-or-later
// Print-to-fax's checks of what a print job brings (engine/printing/handover): the PDF check of
// the printed document (the CUPS backend runs it as root) and the info file the console reads.
// The input's first byte picks which; the invariants hold for every input.
#include "handover.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view input(reinterpret_cast<const char *>(data) + 1, size - 1);
    if (data[0] & 1) {
        const std::string problem = Fax::Handover::checkPdf(input);
        // Accepted means a header near the start and an end marker near the end.
        if (problem.empty() && (input.substr(0, 1024).find("%PDF-") == std::string_view::npos ||
                                input.find("%%EOF") == std::string_view::npos))
            std::abort();
        return 0;
    }
    // The info file: whatever it holds, what is parsed survives a round trip unchanged and
    // holds no line breaks a title could use to forge other keys.
    const Fax::Handover::PrintInfo info = Fax::Handover::parseInfo(input);
    if (info.title.find('\n') != std::string::npos || info.user.find('\n') != std::string::npos)
        std::abort();
    const Fax::Handover::PrintInfo back = Fax::Handover::parseInfo(Fax::Handover::formatInfo(info));
    if (back.title != info.title || back.user != info.user || back.job != info.job)
        std::abort();
    return 0;
}
