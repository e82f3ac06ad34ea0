// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sample documents and file helpers for integration_faxctlimaging: what the tests convert and
// read back, apart from the tests themselves.
#include <QByteArray>
#include <QString>

QByteArray readAll(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);
/// A PDF of the given number of A4 pages, each with a heading, text and a grey box.
bool makePdf(const QString &path, int pages);
/// A 1200 x 900 colour PNG with black and blue boxes and an ellipse.
bool makePng(const QString &path);
/// What libtiff's tiffinfo prints for path (empty when it did not finish).
QString tiffinfo(const QString &path);
