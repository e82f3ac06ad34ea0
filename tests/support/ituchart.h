// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

namespace Fax::Test {

/// ITU-T test chart n (1-8) from tests/data, as a fine-resolution fax image; a null
/// image when it cannot be read.
QImage ituChart(int n);
/// A page of random pixels: each is black with probability density / 256 (seeded, repeatable).
QImage noisePage(int width, int lines, quint32 seed, quint32 density);
/// A fine-resolution page at another line density: 98 lpi drops every second line, 391 repeats
/// each line.
QImage atResolution(const QImage &fine, int yDpi);

} // namespace Fax::Test
