// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Fax {

class ActionRegistry;

/// The console's routed actions, made once: texts, icons, shortcuts and tips for the job, fax,
/// port and log commands that the folder view shown carries out.
namespace ConsoleActions {

/// Registers every routed action in actions (those already there are kept).
void registerAll(ActionRegistry *actions);

} // namespace ConsoleActions
} // namespace Fax
