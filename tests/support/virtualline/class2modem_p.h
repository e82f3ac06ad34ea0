// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What both halves of the Class 2 modem share: the control characters and limits.

#include <cstdint>

namespace Fax::VirtualLine::Class2Codes {

inline constexpr uint8_t kDle = 0x10;
inline constexpr uint8_t kEtx = 0x03;
inline constexpr uint8_t kXon = 0x11;
inline constexpr uint8_t kDc2 = 0x12;
inline constexpr uint8_t kXoff = 0x13;
inline constexpr uint8_t kSub = 0x1A;
inline constexpr int kWidths[3] = {1728, 2048, 2432};
inline constexpr int kBitRates[6] = {2400, 4800, 7200, 9600, 12000, 14400};
inline constexpr double kHostTimeoutSeconds = 120.0;

} // namespace Fax::VirtualLine::Class2Codes
