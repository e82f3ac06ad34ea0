// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;

namespace Fax {

class ActionRegistry;
class FolderView;

/// The wiring every folder view's list shares.
namespace ListViewSetup {

/// Context menu from panel's action ids, Enter and double-click for its default action, the
/// Delete key while the list has focus, and currentChanged() whenever the selection or what it
/// shows changes.
void connect(FolderView *panel, QAbstractItemView *view, ActionRegistry *actions);

} // namespace ListViewSetup
} // namespace Fax
