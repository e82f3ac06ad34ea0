// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxformat.h"

#include <cmath>

namespace Fax {

int linesPerInch(FaxResolution resolution)
{
    switch (resolution) {
    case FaxResolution::Normal:
        return 98;
    case FaxResolution::Fine:
        return 196;
    case FaxResolution::Superfine:
        return 391;
    }
    return 196;
}

FaxResolution resolutionFromLpi(double lpi)
{
    // TIFF files from other fax programs say 3.85/7.7 (per centimetre: 98/196 per inch) too.
    if (lpi < 20)
        lpi *= 25.4;
    if (lpi < 147)
        return FaxResolution::Normal;
    if (lpi < 293)
        return FaxResolution::Fine;
    return FaxResolution::Superfine;
}

int pageWidthPixels(PaperSize paper)
{
    switch (paper) {
    case PaperSize::B4:
        return 2048;
    case PaperSize::A3:
        return 2432;
    default:
        return 1728;
    }
}

double paperWidthInches(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4:
        return 210 / 25.4;
    case PaperSize::Letter:
    case PaperSize::Legal:
        return 8.5;
    case PaperSize::B4:
        return 250 / 25.4;
    case PaperSize::A3:
        return 297 / 25.4;
    }
    return 210 / 25.4;
}

double paperHeightInches(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4:
        return 297 / 25.4;
    case PaperSize::Letter:
        return 11;
    case PaperSize::Legal:
        return 14;
    case PaperSize::B4:
        return 353 / 25.4;
    case PaperSize::A3:
        return 420 / 25.4;
    }
    return 297 / 25.4;
}

int pageLengthLines(PaperSize paper, FaxResolution resolution)
{
    return int(std::lround(paperHeightInches(paper) * linesPerInch(resolution)));
}

QString compressionKey(FaxCompression c)
{
    switch (c) {
    case FaxCompression::Mh:
        return QStringLiteral("mh");
    case FaxCompression::Mr:
        return QStringLiteral("mr");
    case FaxCompression::Mmr:
        return QStringLiteral("mmr");
    case FaxCompression::T85:
        return QStringLiteral("t85");
    }
    return {};
}

QString resolutionKey(FaxResolution r)
{
    switch (r) {
    case FaxResolution::Normal:
        return QStringLiteral("normal");
    case FaxResolution::Fine:
        return QStringLiteral("fine");
    case FaxResolution::Superfine:
        return QStringLiteral("superfine");
    }
    return {};
}

QString paperKey(PaperSize p)
{
    switch (p) {
    case PaperSize::A4:
        return QStringLiteral("a4");
    case PaperSize::Letter:
        return QStringLiteral("letter");
    case PaperSize::Legal:
        return QStringLiteral("legal");
    case PaperSize::B4:
        return QStringLiteral("b4");
    case PaperSize::A3:
        return QStringLiteral("a3");
    }
    return {};
}

QStringList compressionKeys()
{
    return {QStringLiteral("mh"), QStringLiteral("mr"), QStringLiteral("mmr")};
}

QStringList resolutionKeys()
{
    return {QStringLiteral("normal"), QStringLiteral("fine"), QStringLiteral("superfine")};
}

QStringList paperKeys()
{
    return {QStringLiteral("a4"), QStringLiteral("letter"), QStringLiteral("legal"),
            QStringLiteral("b4"), QStringLiteral("a3")};
}

bool compressionFromKey(const QString &key, FaxCompression *out)
{
    const QString k = key.toLower();
    for (FaxCompression c : {FaxCompression::Mh, FaxCompression::Mr, FaxCompression::Mmr}) {
        if (compressionKey(c) == k) {
            *out = c;
            return true;
        }
    }
    return false;
}

bool resolutionFromKey(const QString &key, FaxResolution *out)
{
    const QString k = key.toLower();
    for (FaxResolution r : {FaxResolution::Normal, FaxResolution::Fine, FaxResolution::Superfine}) {
        if (resolutionKey(r) == k) {
            *out = r;
            return true;
        }
    }
    return false;
}

bool paperFromKey(const QString &key, PaperSize *out)
{
    const QString k = key.toLower();
    for (PaperSize p :
         {PaperSize::A4, PaperSize::Letter, PaperSize::Legal, PaperSize::B4, PaperSize::A3}) {
        if (paperKey(p) == k) {
            *out = p;
            return true;
        }
    }
    return false;
}

} // namespace Fax
