// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxdocument.h"
#include "core/result.h"

namespace Fax {

/// What a fax needs before any server takes it: one check for every backend, so they refuse the
/// same submissions with the same words.
namespace SubmissionRules {

/// Fails (InvalidArgument, naming the recipient and the reason) without a recipient, with a
/// recipient whose number cannot be dialled, without a document or cover page, or with a
/// specific send time that is not valid. The files themselves are the backend's to read.
Result check(const FaxDocument &document);

} // namespace SubmissionRules
} // namespace Fax
