// SPDX-License-Identifier: GPL-3.0-or-later
#include "t30/t30session.h"

#include <QCoreApplication>
#include <iterator>

namespace Fax::T30 {

namespace {

bool isPostPageCommand(const Frame &f)
{
    return f.is(Fcf::MPS) || f.is(Fcf::EOP) || f.is(Fcf::EOM) || f.is(Fcf::PRI_MPS) ||
           f.is(Fcf::PRI_EOP) || f.is(Fcf::PRI_EOM);
}

// PRI-xxx asks for an operator we do not have: treat it as the plain command.
std::uint8_t plainPostCommand(std::uint8_t fcf)
{
    switch (baseFcf(fcf)) {
    case Fcf::PRI_MPS:
        return Fcf::MPS;
    case Fcf::PRI_EOP:
        return Fcf::EOP;
    case Fcf::PRI_EOM:
        return Fcf::EOM;
    default:
        return baseFcf(fcf);
    }
}

} // namespace

T30Receiver::T30Receiver(const QString &localId, const Capabilities &local)
    : m_localId(localId), m_local(local)
{
    m_x = false; // the called station sent DIS
}

QString T30Receiver::stateName() const
{
    static const char *const names[] = {"Idle",         "WaitCommand", "WaitTcf", "WaitPage",
                                        "WaitPostPage", "WaitDcn",     "Done"};
    static_assert(std::size(names) == std::size_t(State::Done) + 1);
    return QLatin1String(names[int(m_state)]);
}

QList<Action> T30Receiver::start()
{
    QList<Action> out;
    m_state = State::WaitCommand;
    out.append(timerAction(Action::Kind::StartTimer, Timer::T1));
    sendDis(out);
    return out;
}

void T30Receiver::sendDis(QList<Action> &out)
{
    Capabilities caps = m_local;
    caps.readyToReceive = true;
    // CSI is optional like TSI: a blank one is not sent.
    QList<Frame> frames;
    if (!m_localId.trimmed().isEmpty())
        frames << Frame::make(Fcf::CSI, encodeStationId(m_localId), m_x, false);
    frames << Frame::make(Fcf::DIS, caps.toDis(), m_x);
    out.append(sendFrames(frames));
    awaitFrames(out, Timer::T4);
}

void T30Receiver::respond(const Frame &response, QList<Action> &out)
{
    m_lastResponse = response;
    out.append(sendFrames({response}));
}

void T30Receiver::receivePage(QList<Action> &out)
{
    m_state = State::WaitPage;
    Action a;
    a.kind = Action::Kind::ReceivePage;
    a.rate = m_params.rate;
    a.params = m_params;
    a.ecm = m_params.ecm;
    a.page = m_outcome.pages;
    out.append(a);
}

QList<Action> T30Receiver::handle(const Event &event)
{
    QList<Action> out;
    if (m_finished)
        return out;
    switch (event.kind) {
    case Event::Kind::FrameReceived:
        onFrame(event.frame, out);
        break;
    case Event::Kind::FrameError:
        // A garbled command: ask for it again.
        if (m_state != State::WaitTcf) {
            out.append(sendFrames({Frame::make(Fcf::CRP, {}, m_x)}));
            listen(out);
        }
        break;
    case Event::Kind::CarrierMismatch:
        // The sender talks V.21 (it missed our CFR/MCF and repeats): listen to it.
        if (m_state == State::WaitPage)
            listen(out);
        break;
    case Event::Kind::TrainingResult:
        if (m_state != State::WaitTcf)
            break;
        if (event.ok) {
            respond(Frame::make(Fcf::CFR, {}, m_x), out);
            resetBlock();
            receivePage(out);
        } else {
            respond(Frame::make(Fcf::FTT, {}, m_x), out);
            waitCommand(out);
        }
        break;
    case Event::Kind::PageReceived:
        if (m_state != State::WaitPage)
            break;
        if (m_params.ecm) {
            absorbEcm(event.data);
        } else {
            m_pageData = event.data;
            m_pageOk = event.ok && !event.data.isEmpty();
            m_havePageData = true;
        }
        m_state = State::WaitPostPage;
        awaitFrames(out, Timer::T2);
        break;
    case Event::Kind::Timeout:
        if (event.timer == Timer::T1 && m_state == State::WaitCommand && !m_outcome.pages) {
            finish(out, false,
                   QCoreApplication::translate(
                       "Fax", "no command from the calling station within %1 s (T1)")
                       .arg(timerMs(Timer::T1) / 1000),
                   false);
        } else if (event.timer == Timer::T4 && m_state == State::WaitCommand) {
            sendDis(out);
        } else if (event.timer == Timer::T2) {
            if (m_state == State::WaitDcn) {
                finish(out, true,
                       QCoreApplication::translate(
                           "Fax", "%1 page(s) received; the sender left without DCN")
                           .arg(m_outcome.pages),
                       false);
            } else if (m_state == State::WaitPostPage || m_state == State::WaitCommand ||
                       m_state == State::WaitPage) {
                finish(out, false,
                       QCoreApplication::translate("Fax",
                                                   "the sender went silent (T2) after %1 page(s)")
                           .arg(m_outcome.pages),
                       true);
            }
        }
        break;
    case Event::Kind::Abort:
        finish(out, false, QCoreApplication::translate("Fax", "receiving stopped by the user"),
               true);
        break;
    case Event::Kind::PageReady:
        break;
    }
    if (m_finished)
        m_state = State::Done;
    return out;
}

void T30Receiver::onFrame(const Frame &f, QList<Action> &out)
{
    if (f.is(Fcf::DCN)) {
        if (m_sawEop)
            finish(out, true,
                   QCoreApplication::translate("Fax", "%1 page(s) received").arg(m_outcome.pages),
                   false);
        else
            finish(out, false,
                   QCoreApplication::translate(
                       "Fax", "the sender disconnected (DCN) after %1 page(s), before EOP")
                       .arg(m_outcome.pages),
                   false);
        return;
    }
    if (f.is(Fcf::TSI))
        m_outcome.remoteId = decodeStationId(f.fif);
    if (!f.final || !f.known) {
        listen(out);
        return;
    }
    if (f.is(Fcf::DCS)) {
        const auto p = SessionParams::fromDcs(f.fif);
        if (!p) {
            finish(out, false, p.error().message, true);
            return;
        }
        stopTimer(out, Timer::T1);
        stopTimer(out, Timer::T4);
        stopTimer(out, Timer::T2);
        m_params = *p;
        m_state = State::WaitTcf;
        Action tcf;
        tcf.kind = Action::Kind::ReceiveTcf;
        tcf.rate = m_params.rate;
        tcf.params = m_params;
        out.append(tcf);
        return;
    }
    if (f.is(Fcf::CRP) || f.is(Fcf::RR)) {
        if (m_lastResponse.fcf != 0)
            respond(m_lastResponse, out);
        listen(out);
        return;
    }
    if (f.is(Fcf::CTC)) {
        stopTimer(out, Timer::T2);
        if (const auto rate = rateFromCtc(f.fif))
            m_params.rate = *rate;
        respond(Frame::make(Fcf::CTR, {}, m_x), out);
        receivePage(out);
        return;
    }
    if (f.is(Fcf::PPS)) {
        stopTimer(out, Timer::T2);
        onPps(f, out);
        return;
    }
    if (f.is(Fcf::EOR)) {
        stopTimer(out, Timer::T2);
        const std::uint8_t post = f.fif.isEmpty() ? Fcf::Null : plainPostCommand(f.fif.at(0));
        // Keep what arrived of the block; the missing frames are lost.
        for (auto it = m_ecmFrames.cbegin(); it != m_ecmFrames.cend(); ++it)
            m_pageData.append(it.value());
        resetBlock();
        respond(Frame::make(Fcf::ERR, {}, m_x), out);
        if (post != Fcf::Null) {
            deliverPage(out);
            m_pageData.clear();
            afterPostPage(post, out);
        } else {
            receivePage(out);
        }
        return;
    }
    if (isPostPageCommand(f)) {
        stopTimer(out, Timer::T2);
        const std::uint8_t command = plainPostCommand(f.fcf);
        if (m_params.ecm) {
            // A post-page command in ECM is not expected; answer as T.30 asks for a repeat.
            respond(Frame::make(Fcf::CRP, {}, m_x), out);
            listen(out);
            return;
        }
        if (!m_havePageData) {
            // The sender repeats because it missed our answer: answer the same again.
            if (m_lastResponse.fcf != 0 && command == m_lastPostCommand) {
                respond(m_lastResponse, out);
                afterPostPage(command, out);
            } else {
                respond(Frame::make(Fcf::RTN, {}, m_x), out);
                m_lastPostCommand = command;
                waitCommand(out);
            }
            return;
        }
        m_havePageData = false;
        m_lastPostCommand = command;
        if (m_pageOk) {
            deliverPage(out);
            respond(Frame::make(Fcf::MCF, {}, m_x), out);
        } else {
            respond(Frame::make(Fcf::RTN, {}, m_x), out);
        }
        m_pageData.clear();
        afterPostPage(command, out);
        return;
    }
    // Anything else (DIS from a confused peer, NSS, unknown): keep listening.
    listen(out);
}

void T30Receiver::afterPostPage(std::uint8_t command, QList<Action> &out)
{
    if (m_lastResponse.is(Fcf::RTN)) {
        // The sender retrains (DCS + TCF) and sends the page again, or gives up.
        waitCommand(out);
        return;
    }
    switch (command) {
    case Fcf::MPS:
        resetBlock();
        receivePage(out);
        return;
    case Fcf::EOP:
        m_sawEop = true;
        m_state = State::WaitDcn;
        awaitFrames(out, Timer::T2);
        return;
    case Fcf::EOM:
        m_state = State::WaitCommand;
        sendDis(out);
        return;
    default:
        // PPS-NULL: the next block of the same page.
        receivePage(out);
        return;
    }
}

void T30Receiver::waitCommand(QList<Action> &out)
{
    m_state = State::WaitCommand;
    awaitFrames(out, Timer::T2);
}

void T30Receiver::deliverPage(QList<Action> &out)
{
    Action deliver;
    deliver.kind = Action::Kind::DeliverPage;
    deliver.page = m_outcome.pages++;
    deliver.data = m_pageData;
    deliver.params = m_params;
    out.append(deliver);
}

void T30Receiver::resetBlock()
{
    m_ecmFrames.clear();
    m_blockFrames = -1;
}

void T30Receiver::absorbEcm(const QByteArray &stream)
{
    HdlcDecoder decoder(m_params.ecmFrameSize + 16);
    for (const HdlcEvent &e : decoder.push(stream)) {
        if (e.kind != HdlcEvent::Kind::Frame)
            continue; // a bad frame is simply missing: PPR asks for it again
        const auto frame = parseEcmFrame(e.data);
        if (!frame || frame->rcp)
            continue;
        if (frame->data.size() > m_params.ecmFrameSize)
            continue;
        m_ecmFrames.insert(frame->number, frame->data);
    }
}

QList<int> T30Receiver::missingFrames() const
{
    QList<int> missing;
    for (int i = 0; i < m_blockFrames; ++i) {
        if (!m_ecmFrames.contains(i))
            missing.append(i);
    }
    return missing;
}

void T30Receiver::onPps(const Frame &f, QList<Action> &out)
{
    const auto info = parsePps(f.fif);
    if (!info || !m_params.ecm) {
        respond(Frame::make(Fcf::CRP, {}, m_x), out);
        listen(out);
        return;
    }
    const std::uint8_t post = plainPostCommand(info->postMessage);
    if (m_lastBlockDone && info->page == m_lastPpsPage && info->block == m_lastPpsBlock &&
        m_ecmFrames.isEmpty()) {
        // The sender missed our MCF for a block we already have.
        respond(Frame::make(Fcf::MCF, {}, m_x), out);
        afterPostPage(post, out);
        return;
    }
    if (m_blockFrames < 0)
        m_blockFrames = info->frames;
    m_lastPpsPage = info->page;
    m_lastPpsBlock = info->block;
    const QList<int> missing = missingFrames();
    if (!missing.isEmpty()) {
        m_lastBlockDone = false;
        respond(Frame::make(Fcf::PPR, pprFif(missing), m_x), out);
        receivePage(out);
        return;
    }
    for (int i = 0; i < m_blockFrames; ++i)
        m_pageData.append(m_ecmFrames.value(i));
    resetBlock();
    m_lastBlockDone = true;
    if (post != Fcf::Null) {
        deliverPage(out);
        m_pageData.clear();
    }
    respond(Frame::make(Fcf::MCF, {}, m_x), out);
    afterPostPage(post, out);
}

} // namespace Fax::T30
