// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a cover page file -> CoverFile::parse. What parses must survive
// a save and a load unchanged, fill its fields, and answer hit-tests and geometry questions
// (everything the engine and the editor do with a page short of drawing text, which needs
// fonts). Seeds: the templates of resources/covers; dictionary: coverpage.dict.
#include "cover/coverdocument.h"
#include "cover/coverfile.h"
#include "cover/coverrenderer.h"

#include <cstdint>
#include <cstdlib>

using namespace Fax;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected<CoverPage> page = CoverFile::parse(bytes, QStringLiteral("fuzz.coverpage"));
    if (!page) {
        check(page.error().message.startsWith(QLatin1String("fuzz.coverpage: ")));
        return 0;
    }
    // What was read is written back and read again to the same page.
    const Expected<CoverPage> again =
        CoverFile::parse(CoverFile::serialize(*page), QStringLiteral("again"));
    check(again.ok());
    check(again->sameContent(*page));

    const CoverFields sample = CoverFields::sample();
    (void)CoverRenderer::resolve(*page, &sample);
    (void)CoverRenderer::resolve(*page, nullptr);
    CoverDocument doc;
    doc.setPage(*page);
    const QList<quint32> ids = doc.ids();
    for (const CoverObject &o : page->objects) {
        (void)o.outline();
        (void)o.hit(o.bounds().center(), 2.0);
        (void)page->objectAt(o.bounds().topLeft());
    }
    if (ids.size() >= 3) {
        doc.align(ids, CoverAlignment::HCenter);
        doc.distribute(ids, Qt::Vertical);
        doc.raise(ids.mid(0, 1));
        doc.centreOnPage(ids, Qt::Horizontal | Qt::Vertical);
        check(doc.ids().size() == ids.size());
    }
    return 0;
}
