// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the parts of Class2Driver (class2driver*.cpp) share: control characters and time limits.

namespace Fax::Class2Detail {

inline constexpr char DLE = 0x10;
inline constexpr char ETX = 0x03;
inline constexpr char DC1 = 0x11; // XON: a Class 2 modem is ready for page data
inline constexpr char DC2 = 0x12; // the host is ready for received page data

/// +FDT, the page end, +FDR: training, retries and the far end's answer take this long at most.
inline constexpr int PhaseTimeoutMs = 90000;
inline constexpr int XonTimeoutMs = 5000;
/// After the last page's OK: time for the modem to send DCN and report the hang-up.
inline constexpr int ClearingMs = 5000;
inline constexpr int ClearingSliceMs = 250;
/// A page the far end rejected (RTN) goes out at most 3 times.
inline constexpr int MaxResends = 2;

} // namespace Fax::Class2Detail
