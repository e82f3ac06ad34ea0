// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folderview.h"

#include "core/job.h"
#include "core/receivedfax.h"
#include "core/result.h"

namespace Fax {

/// The report of one fax's transmission, as a PDF an office files away: time, number, pages,
/// duration and result, and a reduced image of the first page.
class TransmissionReport
{
public:
    /// The report of a send job ("Transmission Report").
    static TransmissionReport forJob(const Job &job);
    /// The report of a received fax ("Reception Report").
    static TransmissionReport forFax(const ReceivedFax &fax);

    QString title() const { return m_title; }
    /// The report's lines, label and value, in order.
    QList<DetailField> rows() const { return m_rows; }
    bool succeeded() const { return m_success; }
    QString resultText() const { return m_result; }

    /// Writes the report as a PDF; faxFile (may be empty) gives the first page's image. The file
    /// appears complete or not at all; the error names it and the reason.
    Result write(const QString &pdfFile, const QString &faxFile) const;

    /// "1 min 05 s", "42 s"; empty when either time is unknown.
    static QString duration(const QDateTime &from, const QDateTime &to);

private:
    QString m_title;
    QList<DetailField> m_rows;
    bool m_success = false;
    QString m_result;
};

} // namespace Fax
