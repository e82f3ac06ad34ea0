// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/serversettings.h"

namespace Fax {

/// Which server settings a server accepts: one check for the local engine and the fake server,
/// so both refuse the same values with the same words.
namespace SettingsRules {

/// Fails (InvalidArgument, naming the setting, the value and the range) when settings holds a
/// value no server setting may have.
Result check(const ServerSettings &settings);

} // namespace SettingsRules
} // namespace Fax
