// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Fax::VirtualLineTest {

/// The key=value pairs of the last FAXVLINE_RESULT line in fax_virtualline's output (quoted
/// values without their quotes); empty when there is none.
QMap<QString, QString> parseResult(const QByteArray &output);

} // namespace Fax::VirtualLineTest
