// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "t30/t30session.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace Fax::T30::Test {

/// One line per action, e.g. "send TSI DCS", "tcf V.17 14400", "listen", "start T4".
QString describe(const Action &action);
QStringList describe(const QList<Action> &actions);

/// Two sessions on a simulated line. Each side runs its actions in order until it blocks on a
/// receive; what one side sends reaches the other only if that side is listening for it.
/// Timers run on simulated time and fire when both sides are blocked.
class Loop
{
public:
    Loop(std::unique_ptr<T30Session> sender, std::unique_ptr<T30Session> receiver);

    QList<QByteArray> pages;                      ///< what the sender's driver supplies
    QList<PageEnd> pageEnds;                      ///< how each page ends (default: MPS ... EOP)
    std::function<bool(const Rate &)> trainingOk; ///< TCF result per rate (default: good)
    std::function<QByteArray(const QByteArray &, int)> corruptPage; ///< (data, transmission)
    std::function<bool(int)> pageQualityOk;            ///< receiver's verdict per page burst
    std::function<bool(int, const Frame &)> dropFrame; ///< (sending side 0/1, frame): lose it

    /// Runs until both sides have finished (or a step limit); false if it did not finish.
    bool run(int maxSteps = 20000);

    T30Session &sender() { return *m_side[0].session; }
    T30Session &receiver() { return *m_side[1].session; }
    QList<QByteArray> delivered; ///< pages the receiver delivered
    QStringList log;             ///< "S: ..." / "R: ..." per executed action
    qint64 now = 0;              ///< simulated ms
    int pageTransmissions = 0;

private:
    struct Side
    {
        std::unique_ptr<T30Session> session;
        QList<Action> queue;
        QMap<Timer, qint64> timers;
        bool hungUp = false;
    };
    void advance(int index, bool deliverToPeer);
    void execute(int index, const Action &a);
    void feed(int index, const Event &e);
    bool blocked(int index) const;

    Side m_side[2];
    int m_burst = 0;
};

} // namespace Fax::T30::Test
