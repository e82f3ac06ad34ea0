// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modem/atdialogue.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Fax {

/// The far end's answer to one page a Class 2 or Class 2.0 modem sent, settled from everything
/// the modem said about it. Modems say it in different ways: ITU-T T.32 (Class 2.0) answers
/// the post-page exchange with OK (MCF, RTP, PIP) or ERROR (RTN, PIN) and keeps the code in the
/// +FPS parameter for AT+FPS?; EIA/TIA-592 (Class 2) reports +FPTS:<ppr> before the OK to
/// AT+FET; many Class 2.0 modems volunteer +FPS: too; and a +FHS:/+FHNG: hang-up report may
/// come instead of any of it. resolve() turns these into one answer and says Unknown rather
/// than guess when they disagree or say nothing, so that a confirmed page is never counted as
/// failed and a rejected one never as sent.
class Class2PageStatus final
{
public:
    /// T.30 post-page responses as +FPS/+FPTS number them.
    enum Response { Mcf = 1, Rtn = 2, Rtp = 3, Pin = 4, Pip = 5 };

    enum class Verdict {
        Confirmed, ///< MCF, RTP or PIP: the far end has the page
        Rejected,  ///< RTN or PIN: it does not
        NotSent,   ///< the call ended in phase C (+FHS:4x): the page did not go out whole
        Unknown    ///< the page went out, its answer is not known: the far end may have it
    };

    /// What the modem said after one page (Class2Driver collects it).
    struct Evidence
    {
        bool class20 = true;
        bool lastPage = false; ///< the page was sent with EOP
        /// The final result code that ended the page (Class 2.0: the <DLE><ppm>; Class 2:
        /// AT+FET); nullopt when none came (no answer in time, the port failed).
        std::optional<AtResponse::Code> finalCode;
        std::optional<int> reported; ///< a volunteered +FPS:/+FPTS: (its first value)
        std::optional<int> queried;  ///< the answer to AT+FPS? / AT+FPTS?
        /// A +FHS:/+FHNG: that came with the page's answer, numbered the Class 2 (decimal)
        /// way; -1 when unreadable.
        std::optional<int> hangup;
    };

    struct Answer
    {
        Verdict verdict = Verdict::Unknown;
        int response = 0; ///< Response, 0 when not known
        QString reason;   ///< which evidence decided, for the call's log
    };

    /// Whether the +FPS/+FPTS parameter is worth asking for: when no report came, or one the
    /// final result contradicts; and only after the post-page exchange ended normally (the
    /// parameter may still hold the previous page's answer otherwise).
    static bool needsQuery(const Evidence &e);
    /// The one answer the evidence gives.
    static Answer resolve(const Evidence &e);
    /// The <ppr> of a +FPS/+FPTS report or of the answer to AT+FPS? ("+FPS: 1,8FC,0,0,0",
    /// "+FPTS:3", "1"); nullopt when the lines hold none.
    static std::optional<int> parseResponse(const QStringList &lines);
    /// The T.30 name of a response ("MCF"), or the number for an unknown one.
    static QString responseName(int response);
};

} // namespace Fax
