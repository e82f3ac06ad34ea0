// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// bench_imaging's figures for broken and hostile documents: what checking fax TIFF pages before
// they pass through costs, and how soon an endless PostScript file is refused.
#include <QString>

/// The check of a 100-page fax TIFF's pages against the conversion without it (target < 10 %).
void benchPassThroughCheck(const QString &tmp, const QString &testData, const QString &faxctl);
/// Time to refuse tests/data/broken/endless.ps under a time limit (target: limit + 1 s).
void benchEndlessPostScript(const QString &tmp, const QString &testData, const QString &faxctl);
