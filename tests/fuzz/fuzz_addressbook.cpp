// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a contacts file -> parseContactData (character set, format,
// the CSV and vCard parsers, the guessed CSV mapping), and a CSV file read again with every
// separator and character set the import dialog offers (rereadCsv). A file that is refused names itself; what
// is read makes contacts, and those survive an export to CSV and to vCard and an import again
// with the same count. Seeds: the sample exports of tests/data/addressbook.
#include "addressbook/contactimport.h"
#include "addressbook/textdecoding.h"
#include "addressbook/vcardformat.h"

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
    const Expected<ContactFile> file = parseContactData(bytes, QStringLiteral("fuzz.csv"));
    if (!file) {
        check(file.error().message.startsWith(QLatin1String("fuzz.csv")));
        return 0;
    }
    if (file->format == ContactFile::Format::Csv) {
        // Whatever the user chooses: a table or an error naming the file, never a crash.
        for (const QChar separator : {u',', u';', u'\t', u'|'}) {
            for (const QString &encoding : textEncodings()) {
                const Expected<ContactFile> again = rereadCsv(*file, separator, encoding);
                check(again ? again->csv.header.size() == again->csvMapping.size()
                            : again.error().message.startsWith(QLatin1String("fuzz.csv")));
            }
        }
    }
    const QList<Contact> contacts = file->contacts();
    for (const Contact &c : contacts)
        (void)contactSearchText(c.party);
    if (contacts.isEmpty())
        return 0;
    // Exported and read again: the same number of contacts, in either format.
    const Expected<ContactFile> csv = parseContactData(writeCsv(contacts), QStringLiteral("e.csv"));
    check(csv.ok());
    const Expected<ContactFile> vcf =
        parseContactData(writeVCards(contacts), QStringLiteral("e.vcf"));
    check(vcf.ok());
    check(vcf->contacts().size() == contacts.size());
    return 0;
}
