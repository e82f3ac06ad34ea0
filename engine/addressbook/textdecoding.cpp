// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoding.h"

#include <QStringDecoder>

namespace Fax {

namespace {

/// Windows-1252 0x80..0x9F; 0 where the code page leaves a byte undefined (read as Latin-1).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromCp1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b < 0xA0 && kCp1252High[b - 0x80] != 0)
            text.append(QChar(kCp1252High[b - 0x80]));
        else
            text.append(QChar(char16_t(b)));
    }
    return text;
}

bool validUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString fromUtf16(const QByteArray &bytes, QStringDecoder::Encoding encoding)
{
    QStringDecoder decoder(encoding);
    return decoder.decode(bytes);
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {fromUtf16(bytes.mid(3), QStringDecoder::Utf8), QStringLiteral("UTF-8")};
    if (bytes.startsWith("\xFF\xFE"))
        return {fromUtf16(bytes.mid(2), QStringDecoder::Utf16LE), QStringLiteral("UTF-16LE")};
    if (bytes.startsWith("\xFE\xFF"))
        return {fromUtf16(bytes.mid(2), QStringDecoder::Utf16BE), QStringLiteral("UTF-16BE")};
    // UTF-16 without a mark: ASCII text has a zero in every other byte.
    const qsizetype sample = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    int zeroEven = 0;
    int zeroOdd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes.at(i) == 0)
            ++(i % 2 ? zeroOdd : zeroEven);
    }
    if (sample >= 4 && zeroOdd > sample / 4 && zeroEven == 0)
        return {fromUtf16(bytes, QStringDecoder::Utf16LE), QStringLiteral("UTF-16LE")};
    if (sample >= 4 && zeroEven > sample / 4 && zeroOdd == 0)
        return {fromUtf16(bytes, QStringDecoder::Utf16BE), QStringLiteral("UTF-16BE")};
    QString text;
    if (validUtf8(bytes, &text))
        return {text, QStringLiteral("UTF-8")};
    return {fromCp1252(bytes), QStringLiteral("Windows-1252")};
}

QString decodeAs(const QByteArray &bytes, const QString &charset)
{
    const QString name = charset.trimmed().toUpper();
    if (name == QLatin1String("UTF-8") || name == QLatin1String("UTF8")) {
        QString text;
        if (validUtf8(bytes, &text))
            return text;
        return fromCp1252(bytes);
    }
    if (name == QLatin1String("WINDOWS-1252") || name == QLatin1String("CP1252") ||
        name == QLatin1String("ISO-8859-1") || name == QLatin1String("ISO-8859-15") ||
        name == QLatin1String("LATIN1"))
        return fromCp1252(bytes);
    QString text;
    if (validUtf8(bytes, &text))
        return text;
    return fromCp1252(bytes);
}

QStringList textEncodings()
{
    return {QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
            QStringLiteral("Windows-1252")};
}

QString decodeIn(const QByteArray &bytes, const QString &encoding)
{
    const auto withoutMark = [&bytes](const char *mark) {
        return bytes.startsWith(mark) ? bytes.mid(qsizetype(qstrlen(mark))) : bytes;
    };
    if (encoding == QLatin1String("UTF-16LE"))
        return fromUtf16(withoutMark("\xFF\xFE"), QStringDecoder::Utf16LE);
    if (encoding == QLatin1String("UTF-16BE"))
        return fromUtf16(withoutMark("\xFE\xFF"), QStringDecoder::Utf16BE);
    if (encoding == QLatin1String("Windows-1252"))
        return fromCp1252(bytes);
    return fromUtf16(withoutMark("\xEF\xBB\xBF"), QStringDecoder::Utf8);
}

bool looksBinary(const QString &text)
{
    if (text.contains(QChar(0)))
        return true;
    const qsizetype sample = std::min<qsizetype>(text.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    return control * 20 > sample; // more than 5 % control characters
}

} // namespace Fax
