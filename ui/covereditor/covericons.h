// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cover/coverdocument.h"

#include <QIcon>

namespace Fax {

/// The tools of the Cover Page Editor.
enum class CoverTool { Select, Text, Line, Rectangle, RoundedRectangle, Ellipse, Polygon, Image };

/// Icons of the Cover Page Editor, drawn here so that they look the same with any icon theme
/// (and with none, as on the offscreen platform).
namespace CoverIcons {

QIcon tool(CoverTool tool);
QIcon align(CoverAlignment alignment);
/// Space evenly across (Qt::Horizontal) or down.
QIcon distribute(Qt::Orientation orientation);
QIcon centreOnPage(Qt::Orientation orientation);
/// Bring to front (true) or send to back.
QIcon order(bool toFront);
/// Text alignment in a box: Qt::AlignLeft, Qt::AlignHCenter or Qt::AlignRight.
QIcon textAlign(Qt::Alignment alignment);
QIcon bold();
QIcon italic();
QIcon preview();
/// A curved arrow back (undo) or forward (redo).
QIcon undo(bool redo);

} // namespace CoverIcons
} // namespace Fax
