// SPDX-License-Identifier: GPL-3.0-or-later
#include "t30/t30session.h"

#include <QCoreApplication>
#include <iterator>

namespace Fax::T30 {

T30Sender::T30Sender(const QString &localId, const SendPreferences &prefs)
    : m_localId(localId), m_prefs(prefs)
{
    m_x = true; // the calling sender is the one that receives DIS
}

QString T30Sender::stateName() const
{
    static const char *const names[] = {
        "Idle", "WaitDis", "WaitCfr", "WaitPage", "WaitPostResponse", "WaitCtr", "WaitErr", "Done"};
    static_assert(std::size(names) == std::size_t(State::Done) + 1);
    return QLatin1String(names[int(m_state)]);
}

QList<Action> T30Sender::start()
{
    QList<Action> out;
    m_state = State::WaitDis;
    awaitFrames(out, Timer::T1);
    return out;
}

QList<Action> T30Sender::handle(const Event &event)
{
    QList<Action> out;
    if (m_finished)
        return out;
    switch (event.kind) {
    case Event::Kind::FrameReceived:
        onFrame(event.frame, out);
        break;
    case Event::Kind::FrameError:
        if (m_state == State::WaitDis) {
            ++m_garbledBeforeDis;
            listen(out);
        } else if (m_state == State::WaitCfr || m_state == State::WaitPostResponse ||
                   m_state == State::WaitCtr || m_state == State::WaitErr) {
            stopTimer(out, Timer::T4);
            repeatLastCommand(out, QCoreApplication::translate("Fax", "a garbled response"));
        }
        break;
    case Event::Kind::Timeout:
        onTimeout(event.timer, out);
        break;
    case Event::Kind::PageReady:
        if (m_state == State::WaitPage) {
            m_pageData = event.data;
            m_pageEnd = event.pageEnd;
            m_pageAttempts = 0;
            sendPage(out);
        }
        break;
    case Event::Kind::Abort:
        finish(out, false, QCoreApplication::translate("Fax", "sending stopped by the user"),
               m_state != State::WaitDis);
        break;
    default:
        break; // receiver events mean nothing here
    }
    if (m_finished)
        m_state = State::Done;
    return out;
}

void T30Sender::onFrame(const Frame &f, QList<Action> &out)
{
    if (f.is(Fcf::DCN)) {
        finish(out, false,
               QCoreApplication::translate(
                   "Fax", "the far end disconnected (DCN) after %1 confirmed page(s)")
                   .arg(m_outcome.pages),
               false);
        return;
    }
    if (f.is(Fcf::CSI))
        m_outcome.remoteId = decodeStationId(f.fif);
    if (!f.final || !f.known || f.is(Fcf::CSI) || f.is(Fcf::NSF)) {
        // NSF, CSI and anything unknown come before the frame that matters: keep listening.
        listen(out);
        return;
    }

    switch (m_state) {
    case State::WaitDis:
        if (f.is(Fcf::DIS)) {
            stopTimer(out, Timer::T1);
            const auto caps = Capabilities::fromDis(f.fif);
            if (!caps) {
                finish(out, false, caps.error().message, true);
                return;
            }
            m_remote = *caps;
            const auto n = negotiate(m_prefs, m_remote);
            if (!n) {
                finish(out, false, n.error().message, true, false);
                return;
            }
            m_params = n->params;
            m_tries = 0;
            sendDcsAndTraining(out);
            return;
        }
        listen(out);
        return;
    case State::WaitCfr:
        if (f.is(Fcf::CFR)) {
            stopTimer(out, Timer::T4);
            m_tries = 0;
            if (m_retrainBeforePage && !m_pageData.isEmpty()) {
                m_retrainBeforePage = false;
                sendPage(out);
            } else {
                requestPage(out);
            }
        } else if (f.is(Fcf::FTT)) {
            stopTimer(out, Timer::T4);
            const auto lower = stepDown(m_params.rate, m_prefs.local, m_remote);
            if (!lower) {
                finish(out, false,
                       QCoreApplication::translate("Fax",
                                                   "training failed (FTT) at every rate down to %1")
                           .arg(m_params.rate.name()),
                       true);
                return;
            }
            m_params.rate = *lower;
            m_tries = 0;
            sendDcsAndTraining(out);
        } else if (f.is(Fcf::DIS) || f.is(Fcf::CRP)) {
            // DIS again: our DCS was lost. CRP: it was garbled.
            repeatAfter(f, out);
        } else {
            listen(out);
        }
        return;
    case State::WaitCtr:
        if (f.is(Fcf::CTR)) {
            stopTimer(out, Timer::T4);
            m_pprCount = 0;
            m_tries = 0;
            sendBlock(m_resend, out);
        } else if (f.is(Fcf::CRP)) {
            repeatAfter(f, out);
        } else {
            listen(out);
        }
        return;
    case State::WaitErr:
        if (f.is(Fcf::ERR)) {
            stopTimer(out, Timer::T4);
            pageDone(true, out);
        } else if (f.is(Fcf::CRP)) {
            repeatAfter(f, out);
        } else {
            listen(out);
        }
        return;
    case State::WaitPostResponse:
        break;
    default:
        listen(out);
        return;
    }

    // Phase D responses.
    const std::uint8_t type = f.type();
    if (type != Fcf::RNR && m_t5Running) {
        stopTimer(out, Timer::T5);
        m_t5Running = false;
    }
    switch (type) {
    case Fcf::MCF:
        stopTimer(out, Timer::T4);
        if (m_params.ecm) {
            ++m_block;
            m_pprCount = 0;
            m_tries = 0;
            if (m_block < m_blocks.size()) {
                sendWholeBlock(out);
                return;
            }
        }
        pageDone(true, out);
        return;
    case Fcf::RTP:
        stopTimer(out, Timer::T4);
        m_retrainBeforePage = true;
        pageDone(true, out);
        return;
    case Fcf::RTN: {
        stopTimer(out, Timer::T4);
        if (m_pageAttempts >= MaxTries) {
            finish(out, false,
                   QCoreApplication::translate("Fax",
                                               "page %1 was rejected by the far end (RTN) %2 times")
                       .arg(m_page + 1)
                       .arg(m_pageAttempts),
                   true);
            return;
        }
        // A bad page: retrain one rate lower if there is one, then send it again.
        if (const auto lower = stepDown(m_params.rate, m_prefs.local, m_remote))
            m_params.rate = *lower;
        m_retrainBeforePage = true;
        m_tries = 0;
        sendDcsAndTraining(out);
        return;
    }
    case Fcf::PIP:
        stopTimer(out, Timer::T4);
        confirmPage(out);
        finish(
            out, m_pageEnd == PageEnd::LastPage,
            QCoreApplication::translate(
                "Fax", "the far end asked for an operator (PIP) after page %1; none is available")
                .arg(m_page + 1),
            true);
        return;
    case Fcf::PIN:
        stopTimer(out, Timer::T4);
        finish(out, false,
               QCoreApplication::translate(
                   "Fax", "the far end rejected page %1 and asked for an operator (PIN)")
                   .arg(m_page + 1),
               true);
        return;
    case Fcf::PPR: {
        stopTimer(out, Timer::T4);
        if (!m_params.ecm || m_block >= m_blocks.size()) {
            listen(out);
            return;
        }
        const QList<int> bad = framesFromPpr(f.fif, int(m_blocks.at(m_block).frames.size()));
        m_tries = 0;
        if (bad.isEmpty()) {
            // A PPR that asks for nothing: the block arrived after all.
            ++m_block;
            if (m_block < m_blocks.size()) {
                sendWholeBlock(out);
            } else {
                pageDone(true, out);
            }
            return;
        }
        m_resend = bad;
        if (++m_pprCount < 4) {
            sendBlock(bad, out);
            return;
        }
        // Four PPRs for one block: continue at a lower rate (CTC) or give up on it (EOR).
        if (const auto lower = stepDown(m_params.rate, m_prefs.local, m_remote)) {
            m_params.rate = *lower;
            m_lastCommand = {Frame::make(Fcf::CTC, ctcFif(*lower), m_x)};
            m_state = State::WaitCtr;
        } else {
            QByteArray fif(1, char(m_block + 1 < m_blocks.size() ? Fcf::Null : postMessageFcf()));
            m_lastCommand = {Frame::make(Fcf::EOR, fif, m_x)};
            m_state = State::WaitErr;
        }
        m_tries = 1;
        sendCommand(out);
        return;
    }
    case Fcf::RNR:
        stopTimer(out, Timer::T4);
        if (!m_t5Running) {
            out.append(timerAction(Action::Kind::StartTimer, Timer::T5));
            m_t5Running = true;
        }
        out.append(sendFrames({Frame::make(Fcf::RR, {}, m_x)}));
        awaitFrames(out, Timer::T4);
        return;
    case Fcf::CRP:
        repeatAfter(f, out);
        return;
    default:
        listen(out);
        return;
    }
}

void T30Sender::onTimeout(Timer t, QList<Action> &out)
{
    switch (t) {
    case Timer::T1:
        if (m_state == State::WaitDis) {
            // Frames that came but failed their check mean a fax machine did answer, over a
            // line too noisy to understand it: say so rather than "nobody answered".
            finish(out, false,
                   m_garbledBeforeDis > 0
                       ? QCoreApplication::translate(
                             "Fax", "no DIS from the far end within %1 s (T1): a fax "
                                    "machine answered, but none of its %2 frame(s) "
                                    "arrived intact (a noisy or bad line)")
                             .arg(timerMs(Timer::T1) / 1000)
                             .arg(m_garbledBeforeDis)
                       : QCoreApplication::translate(
                             "Fax",
                             "no DIS from the far end within %1 s (T1): no fax machine answered")
                             .arg(timerMs(Timer::T1) / 1000),
                   false);
        }
        return;
    case Timer::T4:
        if (m_state == State::WaitCfr || m_state == State::WaitPostResponse ||
            m_state == State::WaitCtr || m_state == State::WaitErr)
            repeatLastCommand(out, QCoreApplication::translate("Fax", "no response (T4)"));
        return;
    case Timer::T5:
        if (m_t5Running) {
            m_t5Running = false;
            finish(out, false,
                   QCoreApplication::translate("Fax",
                                               "the far end stayed not ready (RNR) for %1 s (T5)")
                       .arg(timerMs(Timer::T5) / 1000),
                   true);
        }
        return;
    case Timer::T2:
        return;
    }
}

void T30Sender::sendDcsAndTraining(QList<Action> &out)
{
    // TSI is optional (T.30 5.3.6.1.4): a blank one would only cost ~0.7 s of V.21 line time.
    m_lastCommand.clear();
    if (!m_localId.trimmed().isEmpty())
        m_lastCommand << Frame::make(Fcf::TSI, encodeStationId(m_localId), m_x, false);
    m_lastCommand << Frame::make(Fcf::DCS, m_params.toDcs(), m_x);
    ++m_tries;
    m_state = State::WaitCfr;
    out.append(sendFrames(m_lastCommand));
    Action tcf;
    tcf.kind = Action::Kind::SendTcf;
    tcf.rate = m_params.rate;
    tcf.params = m_params;
    out.append(tcf);
    awaitFrames(out, Timer::T4);
}

void T30Sender::repeatLastCommand(QList<Action> &out, const QString &what)
{
    if (m_tries >= MaxTries) {
        const QString command =
            m_lastCommand.isEmpty() ? QString() : fcfName(m_lastCommand.last().fcf);
        finish(
            out, false,
            QCoreApplication::translate("Fax", "no valid response to %1 after %2 tries (last: %3)")
                .arg(command)
                .arg(m_tries)
                .arg(what),
            true);
        return;
    }
    if (m_state == State::WaitCfr) {
        sendDcsAndTraining(out);
        return;
    }
    ++m_tries;
    sendCommand(out);
}

void T30Sender::repeatAfter(const Frame &response, QList<Action> &out)
{
    stopTimer(out, Timer::T4);
    repeatLastCommand(out, fcfName(response.fcf));
}

void T30Sender::requestPage(QList<Action> &out)
{
    m_state = State::WaitPage;
    Action a;
    a.kind = Action::Kind::RequestPage;
    a.page = m_page;
    a.params = m_params;
    a.ecm = m_params.ecm;
    out.append(a);
}

void T30Sender::sendPage(QList<Action> &out)
{
    ++m_pageAttempts;
    if (m_params.ecm) {
        m_blocks = splitEcmPage(m_pageData, m_params.ecmFrameSize, m_page);
        m_block = 0;
        m_pprCount = 0;
        sendWholeBlock(out);
        return;
    }
    Action page;
    page.kind = Action::Kind::SendPage;
    page.rate = m_params.rate;
    page.params = m_params;
    page.page = m_page;
    page.data = m_pageData;
    out.append(page);
    sendPostCommand(out);
}

void T30Sender::sendBlock(const QList<int> &frames, QList<Action> &out)
{
    const EcmBlock &block = m_blocks.at(m_block);
    Action page;
    page.kind = Action::Kind::SendPage;
    page.rate = m_params.rate;
    page.params = m_params;
    page.page = m_page;
    page.ecm = true;
    page.data = encodeEcmBurst(block, frames);
    out.append(page);
    sendPostCommand(out);
}

std::uint8_t T30Sender::postMessageFcf() const
{
    switch (m_pageEnd) {
    case PageEnd::MorePages:
        return Fcf::MPS;
    case PageEnd::NewDocument:
        return Fcf::EOM;
    case PageEnd::LastPage:
        return Fcf::EOP;
    }
    return Fcf::EOP;
}

void T30Sender::sendPostCommand(QList<Action> &out)
{
    if (m_params.ecm) {
        const EcmBlock &block = m_blocks.at(m_block);
        PpsInfo info;
        info.postMessage = block.lastOfPage ? postMessageFcf() : Fcf::Null;
        info.page = m_page;
        info.block = block.block;
        info.frames = int(block.frames.size());
        m_lastCommand = {Frame::make(Fcf::PPS, ppsFif(info, m_x), m_x)};
    } else {
        m_lastCommand = {Frame::make(postMessageFcf(), {}, m_x)};
    }
    m_tries = 1;
    m_state = State::WaitPostResponse;
    sendCommand(out);
}

void T30Sender::sendCommand(QList<Action> &out)
{
    out.append(sendFrames(m_lastCommand));
    awaitFrames(out, Timer::T4);
}

void T30Sender::sendWholeBlock(QList<Action> &out)
{
    QList<int> all;
    for (int i = 0; i < m_blocks.at(m_block).frames.size(); ++i)
        all.append(i);
    sendBlock(all, out);
}

void T30Sender::confirmPage(QList<Action> &out)
{
    Action a;
    a.kind = Action::Kind::PageConfirmed;
    a.page = m_page;
    out.append(a);
    ++m_outcome.pages;
}

void T30Sender::pageDone(bool confirmed, QList<Action> &out)
{
    if (confirmed)
        confirmPage(out);
    m_tries = 0;
    m_pageData.clear();
    m_pageAttempts = 0;
    switch (m_pageEnd) {
    case PageEnd::LastPage:
        finish(out, true,
               QCoreApplication::translate("Fax", "%1 page(s) sent").arg(m_outcome.pages), true);
        return;
    case PageEnd::MorePages:
        ++m_page;
        if (m_retrainBeforePage) {
            // RTP: the page was good but the far end wants new training first.
            m_retrainBeforePage = false;
            sendDcsAndTraining(out);
        } else {
            requestPage(out);
        }
        return;
    case PageEnd::NewDocument:
        ++m_page;
        m_retrainBeforePage = false;
        m_state = State::WaitDis;
        awaitFrames(out, Timer::T1);
        return;
    }
}

} // namespace Fax::T30
