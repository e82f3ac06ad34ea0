// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as what a HylaFAX server sends -> the reply parser (fed in pieces
// whose sizes the input chooses), the listings of sendq/doneq, recvq, status and docq, the JPARM
// state dump, the trigger event lines, and the mapping of what parsed onto the object model.
// Nothing may crash, hang or grow without bound; what parses must be sane.
#include "hylafax/hylafaxlisting.h"
#include "hylafax/hylafaxmapping.h"
#include "hylafax/hylafaxreply.h"

#include <cstdint>
#include <cstdlib>

using namespace Fax;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void replies(const QByteArray &bytes, int chunk)
{
    HylafaxReplyParser parser;
    bool broken = false;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        const bool ok = parser.feed(bytes.mid(at, chunk));
        if (broken)
            check(!ok); // nothing is parsed after a broken stream
        broken = !ok;
        check(broken == !parser.error().isEmpty());
        while (parser.hasReply()) {
            const HylafaxReply reply = parser.takeReply();
            check(reply.code >= 100 && reply.code <= 999);
            check(!reply.lines.isEmpty() && reply.lines.size() <= HylafaxReplyParser::MaxLines);
            (void)reply.message();
            HylafaxJobRecord record;
            QString problem;
            if (HylafaxListing::parseJobState(reply, &record, &problem))
                (void)HylafaxMapping::toJob(record);
            else
                check(!problem.isEmpty());
        }
    }
}

template <typename T> void sane(const HylafaxListingResult<T> &result)
{
    check(result.malformed >= 0);
    check(result.isComplete() == result.problem.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the chunk size of the reply stream (1..64 bytes at a time).
    const int chunk = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    replies(bytes, chunk);

    const HylafaxListingResult<HylafaxJobRecord> jobs = HylafaxListing::parseJobs(bytes);
    sane(jobs);
    for (const HylafaxJobRecord &r : jobs.records) {
        const Job job = HylafaxMapping::toJob(r);
        check(job.id == r.id);
    }
    const HylafaxListingResult<HylafaxReceivedRecord> received =
        HylafaxListing::parseReceived(bytes);
    sane(received);
    for (const HylafaxReceivedRecord &r : received.records)
        (void)HylafaxMapping::toReceivedFax(r);
    QString scheduler;
    const HylafaxListingResult<HylafaxModemRecord> modems =
        HylafaxListing::parseModems(bytes, &scheduler);
    sane(modems);
    for (const HylafaxModemRecord &m : modems.records)
        (void)HylafaxMapping::toPort(m);
    for (auto size : HylafaxListing::parseDocumentSizes(bytes))
        check(size >= 0);
    for (const QByteArray &line : bytes.split('\n'))
        (void)HylafaxListing::parseEvent(line);
    (void)HylafaxListing::receivedFaxId(QString::fromLatin1(bytes));
    // A value quoted for a command line stays on one line.
    const QByteArray quoted = HylafaxListing::quoted(bytes);
    check(!quoted.contains('\n') && !quoted.contains('\r'));
    return 0;
}
