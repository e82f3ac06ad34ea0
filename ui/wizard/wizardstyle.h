// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;

namespace Fax::WizardStyle {

/// The label a wizard page shows what is wrong in: word-wrapped, in the error colour, hidden
/// while empty.
QLabel *problemLabel();

} // namespace Fax::WizardStyle
