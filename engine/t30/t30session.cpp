#include "t30/t30session.h"

#include <QCoreApplication>
#include <QStringList>

namespace Fax::T30 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

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

int timerMs(Timer timer)
{
    switch (timer) {
    case Timer::T1:
        return 35000;
    case Timer::T2:
        return 6000;
    case Timer::T4:
        return 3000;
    case Timer::T5:
        return 60000;
    }
    return 3000;
}

int tcfLength(const Rate &rate)
{
    return rate.bitsPerSecond * 3 / 16; // 1.5 s
}

bool tcfGood(const QByteArray &received, const Rate &rate)
{
    const int needed = rate.bitsPerSecond / 8; // 1 s of octets
    int run = 0;
    for (const char ch : received) {
        run = ch == 0 ? run + 1 : 0;
        if (run >= needed)
            return true;
    }
    return false;
}

QString actionText(const Action &a)
{
    auto timerName = [](Timer t) {
        switch (t) {
        case Timer::T1:
            return QStringLiteral("T1");
        case Timer::T2:
            return QStringLiteral("T2");
        case Timer::T4:
            return QStringLiteral("T4");
        case Timer::T5:
            return QStringLiteral("T5");
        }
        return QString();
    };
    const QString ecm = a.ecm ? QStringLiteral("ecm ") : QString();
    switch (a.kind) {
    case Action::Kind::SendFrames: {
        QStringList names;
        for (const Frame &f : a.frames)
            names << fcfName(f.fcf);
        return QStringLiteral("send ") + names.join(QLatin1Char(' '));
    }
    case Action::Kind::SendTcf:
        return QStringLiteral("tcf ") + a.rate.name();
    case Action::Kind::SendPage:
        return QStringLiteral("page ") + ecm + a.rate.name();
    case Action::Kind::ReceiveFrames:
        return QStringLiteral("listen");
    case Action::Kind::ReceiveTcf:
        return QStringLiteral("rxtcf ") + a.rate.name();
    case Action::Kind::ReceivePage:
        return QStringLiteral("rxpage ") + ecm + a.rate.name();
    case Action::Kind::RequestPage:
        return QStringLiteral("request %1").arg(a.page);
    case Action::Kind::DeliverPage:
        return QStringLiteral("deliver %1").arg(a.page);
    case Action::Kind::PageConfirmed:
        return QStringLiteral("confirmed %1").arg(a.page);
    case Action::Kind::StartTimer:
        return QStringLiteral("start ") + timerName(a.timer);
    case Action::Kind::StopTimer:
        return QStringLiteral("stop ") + timerName(a.timer);
    case Action::Kind::HangUp:
        return QStringLiteral("hangup");
    case Action::Kind::Finished:
        return a.outcome.success ? QStringLiteral("finished ok") : QStringLiteral("finished fail");
    }
    return QString();
}

// ---------------------------------------------------------------------------------------------

Action T30Session::timerAction(Action::Kind kind, Timer timer)
{
    Action a;
    a.kind = kind;
    a.timer = timer;
    return a;
}

Action T30Session::sendFrames(const QList<Frame> &frames)
{
    Action a;
    a.kind = Action::Kind::SendFrames;
    a.frames = frames;
    return a;
}

void T30Session::finish(QList<Action> &out, bool success, const QString &message, bool sendDcn,
                        bool retryable)
{
    if (m_finished)
        return;
    if (sendDcn)
        out.append(sendFrames({Frame::make(Fcf::DCN, {}, m_x)}));
    Action hang;
    hang.kind = Action::Kind::HangUp;
    out.append(hang);
    m_outcome.success = success;
    m_outcome.retryable = !success && retryable;
    m_outcome.message = message;
    Action done;
    done.kind = Action::Kind::Finished;
    done.outcome = m_outcome;
    out.append(done);
    m_finished = true;
}

// --- sender ----------------------------------------------------------------------------------

T30Sender::T30Sender(const QString &localId, const SendPreferences &prefs)
    : m_localId(localId), m_prefs(prefs)
{
    m_x = true; // the calling sender is the one that receives DIS
}

QString T30Sender::stateName() const
{
    switch (m_state) {
    case State::Idle:
        return QStringLiteral("Idle");
    case State::WaitDis:
        return QStringLiteral("WaitDis");
    case State::WaitCfr:
        return QStringLiteral("WaitCfr");
    case State::WaitPage:
        return QStringLiteral("WaitPage");
    case State::WaitPostResponse:
        return QStringLiteral("WaitPostResponse");
    case State::WaitCtr:
        return QStringLiteral("WaitCtr");
    case State::WaitErr:
        return QStringLiteral("WaitErr");
    case State::Done:
        return QStringLiteral("Done");
    }
    return {};
}

QList<Action> T30Sender::start()
{
    QList<Action> out;
    m_state = State::WaitDis;
    out.append(timerAction(Action::Kind::StartTimer, Timer::T1));
    out.append(Action(Action::Kind::ReceiveFrames));
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
            out.append(Action(Action::Kind::ReceiveFrames));
        } else if (m_state == State::WaitCfr || m_state == State::WaitPostResponse ||
                   m_state == State::WaitCtr || m_state == State::WaitErr) {
            out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
            repeatLastCommand(out, tr("a garbled response"));
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
        finish(out, false, tr("sending stopped by the user"), m_state != State::WaitDis);
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
               tr("the far end disconnected (DCN) after %1 confirmed page(s)").arg(m_outcome.pages),
               false);
        return;
    }
    if (f.is(Fcf::CSI))
        m_outcome.remoteId = decodeStationId(f.fif);
    if (!f.final || !f.known || f.is(Fcf::CSI) || f.is(Fcf::NSF)) {
        // NSF, CSI and anything unknown come before the frame that matters: keep listening.
        out.append(Action(Action::Kind::ReceiveFrames));
        return;
    }

    switch (m_state) {
    case State::WaitDis:
        if (f.is(Fcf::DIS)) {
            out.append(timerAction(Action::Kind::StopTimer, Timer::T1));
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
        out.append(Action(Action::Kind::ReceiveFrames));
        return;
    case State::WaitCfr:
        if (f.is(Fcf::CFR)) {
            out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
            m_tries = 0;
            if (m_retrainBeforePage && !m_pageData.isEmpty()) {
                m_retrainBeforePage = false;
                sendPage(out);
            } else {
                requestPage(out);
            }
        } else if (f.is(Fcf::FTT)) {
            out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
            const auto lower = stepDown(m_params.rate, m_prefs.local, m_remote);
            if (!lower) {
                finish(
                    out, false,
                    tr("training failed (FTT) at every rate down to %1").arg(m_params.rate.name()),
                    true);
                return;
            }
            m_params.rate = *lower;
            m_tries = 0;
            sendDcsAndTraining(out);
        } else if (f.is(Fcf::DIS) || f.is(Fcf::CRP)) {
            // DIS again: our DCS was lost. CRP: it was garbled.
            out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
            repeatLastCommand(out, fcfName(f.fcf));
        } else {
            out.append(Action(Action::Kind::ReceiveFrames));
        }
        return;
    case State::WaitCtr:
        if (f.is(Fcf::CTR)) {
            out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
            m_pprCount = 0;
            m_tries = 0;
            sendBlock(m_resend, out);
        } else if (f.is(Fcf::CRP)) {
            out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
            repeatLastCommand(out, fcfName(f.fcf));
        } else {
            out.append(Action(Action::Kind::ReceiveFrames));
        }
        return;
    case State::WaitErr:
        if (f.is(Fcf::ERR)) {
            out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
            pageDone(true, out);
        } else if (f.is(Fcf::CRP)) {
            out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
            repeatLastCommand(out, fcfName(f.fcf));
        } else {
            out.append(Action(Action::Kind::ReceiveFrames));
        }
        return;
    case State::WaitPostResponse:
        break;
    default:
        out.append(Action(Action::Kind::ReceiveFrames));
        return;
    }

    // Phase D responses.
    const std::uint8_t type = f.type();
    if (type != Fcf::RNR && m_t5Running) {
        out.append(timerAction(Action::Kind::StopTimer, Timer::T5));
        m_t5Running = false;
    }
    switch (type) {
    case Fcf::MCF:
        out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
        if (m_params.ecm) {
            ++m_block;
            m_pprCount = 0;
            m_tries = 0;
            if (m_block < m_blocks.size()) {
                QList<int> all;
                for (int i = 0; i < m_blocks.at(m_block).frames.size(); ++i)
                    all.append(i);
                sendBlock(all, out);
                return;
            }
        }
        pageDone(true, out);
        return;
    case Fcf::RTP:
        out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
        m_retrainBeforePage = true;
        pageDone(true, out);
        return;
    case Fcf::RTN: {
        out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
        if (m_pageAttempts >= MaxTries) {
            finish(out, false,
                   tr("page %1 was rejected by the far end (RTN) %2 times")
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
        out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
        {
            Action confirmed;
            confirmed.kind = Action::Kind::PageConfirmed;
            confirmed.page = m_page;
            out.append(confirmed);
            ++m_outcome.pages;
        }
        finish(out, m_pageEnd == PageEnd::LastPage,
               tr("the far end asked for an operator (PIP) after page %1; none is available")
                   .arg(m_page + 1),
               true);
        return;
    case Fcf::PIN:
        out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
        finish(out, false,
               tr("the far end rejected page %1 and asked for an operator (PIN)").arg(m_page + 1),
               true);
        return;
    case Fcf::PPR: {
        out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
        if (!m_params.ecm || m_block >= m_blocks.size()) {
            out.append(Action(Action::Kind::ReceiveFrames));
            return;
        }
        const QList<int> bad = framesFromPpr(f.fif, int(m_blocks.at(m_block).frames.size()));
        m_tries = 0;
        if (bad.isEmpty()) {
            // A PPR that asks for nothing: the block arrived after all.
            ++m_block;
            if (m_block < m_blocks.size()) {
                QList<int> all;
                for (int i = 0; i < m_blocks.at(m_block).frames.size(); ++i)
                    all.append(i);
                sendBlock(all, out);
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
        out.append(sendFrames(m_lastCommand));
        out.append(timerAction(Action::Kind::StartTimer, Timer::T4));
        out.append(Action(Action::Kind::ReceiveFrames));
        return;
    }
    case Fcf::RNR:
        out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
        if (!m_t5Running) {
            out.append(timerAction(Action::Kind::StartTimer, Timer::T5));
            m_t5Running = true;
        }
        out.append(sendFrames({Frame::make(Fcf::RR, {}, m_x)}));
        out.append(timerAction(Action::Kind::StartTimer, Timer::T4));
        out.append(Action(Action::Kind::ReceiveFrames));
        return;
    case Fcf::CRP:
        out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
        repeatLastCommand(out, fcfName(f.fcf));
        return;
    default:
        out.append(Action(Action::Kind::ReceiveFrames));
        return;
    }
}

void T30Sender::onTimeout(Timer t, QList<Action> &out)
{
    switch (t) {
    case Timer::T1:
        if (m_state == State::WaitDis) {
            finish(out, false,
                   tr("no DIS from the far end within %1 s (T1): no fax machine answered")
                       .arg(timerMs(Timer::T1) / 1000),
                   false);
        }
        return;
    case Timer::T4:
        if (m_state == State::WaitCfr || m_state == State::WaitPostResponse ||
            m_state == State::WaitCtr || m_state == State::WaitErr)
            repeatLastCommand(out, tr("no response (T4)"));
        return;
    case Timer::T5:
        if (m_t5Running) {
            m_t5Running = false;
            finish(out, false,
                   tr("the far end stayed not ready (RNR) for %1 s (T5)")
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
    m_lastCommand = {Frame::make(Fcf::TSI, encodeStationId(m_localId), m_x, false),
                     Frame::make(Fcf::DCS, m_params.toDcs(), m_x)};
    ++m_tries;
    m_state = State::WaitCfr;
    out.append(sendFrames(m_lastCommand));
    Action tcf;
    tcf.kind = Action::Kind::SendTcf;
    tcf.rate = m_params.rate;
    tcf.params = m_params;
    out.append(tcf);
    out.append(timerAction(Action::Kind::StartTimer, Timer::T4));
    out.append(Action(Action::Kind::ReceiveFrames));
}

void T30Sender::repeatLastCommand(QList<Action> &out, const QString &what)
{
    if (m_tries >= MaxTries) {
        const QString command =
            m_lastCommand.isEmpty() ? QString() : fcfName(m_lastCommand.last().fcf);
        finish(out, false,
               tr("no valid response to %1 after %2 tries (last: %3)")
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
    out.append(sendFrames(m_lastCommand));
    out.append(timerAction(Action::Kind::StartTimer, Timer::T4));
    out.append(Action(Action::Kind::ReceiveFrames));
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
        QList<int> all;
        for (int i = 0; i < m_blocks.first().frames.size(); ++i)
            all.append(i);
        sendBlock(all, out);
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
    out.append(sendFrames(m_lastCommand));
    out.append(timerAction(Action::Kind::StartTimer, Timer::T4));
    out.append(Action(Action::Kind::ReceiveFrames));
}

void T30Sender::pageDone(bool confirmed, QList<Action> &out)
{
    if (confirmed) {
        Action a;
        a.kind = Action::Kind::PageConfirmed;
        a.page = m_page;
        out.append(a);
        ++m_outcome.pages;
    }
    m_tries = 0;
    m_pageData.clear();
    m_pageAttempts = 0;
    switch (m_pageEnd) {
    case PageEnd::LastPage:
        finish(out, true, tr("%1 page(s) sent").arg(m_outcome.pages), true);
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
        out.append(timerAction(Action::Kind::StartTimer, Timer::T1));
        out.append(Action(Action::Kind::ReceiveFrames));
        return;
    }
}

// --- receiver --------------------------------------------------------------------------------

T30Receiver::T30Receiver(const QString &localId, const Capabilities &local)
    : m_localId(localId), m_local(local)
{
    m_x = false; // the called station sent DIS
}

QString T30Receiver::stateName() const
{
    switch (m_state) {
    case State::Idle:
        return QStringLiteral("Idle");
    case State::WaitCommand:
        return QStringLiteral("WaitCommand");
    case State::WaitTcf:
        return QStringLiteral("WaitTcf");
    case State::WaitPage:
        return QStringLiteral("WaitPage");
    case State::WaitPostPage:
        return QStringLiteral("WaitPostPage");
    case State::WaitDcn:
        return QStringLiteral("WaitDcn");
    case State::Done:
        return QStringLiteral("Done");
    }
    return {};
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
    out.append(sendFrames({Frame::make(Fcf::CSI, encodeStationId(m_localId), m_x, false),
                           Frame::make(Fcf::DIS, caps.toDis(), m_x)}));
    out.append(timerAction(Action::Kind::StartTimer, Timer::T4));
    out.append(Action(Action::Kind::ReceiveFrames));
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
            out.append(Action(Action::Kind::ReceiveFrames));
        }
        break;
    case Event::Kind::CarrierMismatch:
        // The sender talks V.21 (it missed our CFR/MCF and repeats): listen to it.
        if (m_state == State::WaitPage)
            out.append(Action(Action::Kind::ReceiveFrames));
        break;
    case Event::Kind::TrainingResult:
        if (m_state != State::WaitTcf)
            break;
        if (event.ok) {
            respond(Frame::make(Fcf::CFR, {}, m_x), out);
            m_ecmFrames.clear();
            m_blockFrames = -1;
            receivePage(out);
        } else {
            respond(Frame::make(Fcf::FTT, {}, m_x), out);
            m_state = State::WaitCommand;
            out.append(timerAction(Action::Kind::StartTimer, Timer::T2));
            out.append(Action(Action::Kind::ReceiveFrames));
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
        out.append(timerAction(Action::Kind::StartTimer, Timer::T2));
        out.append(Action(Action::Kind::ReceiveFrames));
        break;
    case Event::Kind::Timeout:
        if (event.timer == Timer::T1 && m_state == State::WaitCommand && !m_outcome.pages) {
            finish(out, false,
                   tr("no command from the calling station within %1 s (T1)")
                       .arg(timerMs(Timer::T1) / 1000),
                   false);
        } else if (event.timer == Timer::T4 && m_state == State::WaitCommand) {
            sendDis(out);
        } else if (event.timer == Timer::T2) {
            if (m_state == State::WaitDcn) {
                finish(out, true,
                       tr("%1 page(s) received; the sender left without DCN").arg(m_outcome.pages),
                       false);
            } else if (m_state == State::WaitPostPage || m_state == State::WaitCommand ||
                       m_state == State::WaitPage) {
                finish(out, false,
                       tr("the sender went silent (T2) after %1 page(s)").arg(m_outcome.pages),
                       true);
            }
        }
        break;
    case Event::Kind::Abort:
        finish(out, false, tr("receiving stopped by the user"), true);
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
            finish(out, true, tr("%1 page(s) received").arg(m_outcome.pages), false);
        else
            finish(out, false,
                   tr("the sender disconnected (DCN) after %1 page(s), before EOP")
                       .arg(m_outcome.pages),
                   false);
        return;
    }
    if (f.is(Fcf::TSI))
        m_outcome.remoteId = decodeStationId(f.fif);
    if (!f.final || !f.known) {
        out.append(Action(Action::Kind::ReceiveFrames));
        return;
    }
    if (f.is(Fcf::DCS)) {
        const auto p = SessionParams::fromDcs(f.fif);
        if (!p) {
            finish(out, false, p.error().message, true);
            return;
        }
        out.append(timerAction(Action::Kind::StopTimer, Timer::T1));
        out.append(timerAction(Action::Kind::StopTimer, Timer::T4));
        out.append(timerAction(Action::Kind::StopTimer, Timer::T2));
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
        out.append(Action(Action::Kind::ReceiveFrames));
        return;
    }
    if (f.is(Fcf::CTC)) {
        out.append(timerAction(Action::Kind::StopTimer, Timer::T2));
        if (const auto rate = rateFromCtc(f.fif))
            m_params.rate = *rate;
        respond(Frame::make(Fcf::CTR, {}, m_x), out);
        receivePage(out);
        return;
    }
    if (f.is(Fcf::PPS)) {
        out.append(timerAction(Action::Kind::StopTimer, Timer::T2));
        onPps(f, out);
        return;
    }
    if (f.is(Fcf::EOR)) {
        out.append(timerAction(Action::Kind::StopTimer, Timer::T2));
        const std::uint8_t post = f.fif.isEmpty() ? Fcf::Null : plainPostCommand(f.fif.at(0));
        // Keep what arrived of the block; the missing frames are lost.
        for (auto it = m_ecmFrames.cbegin(); it != m_ecmFrames.cend(); ++it)
            m_pageData.append(it.value());
        m_ecmFrames.clear();
        m_blockFrames = -1;
        respond(Frame::make(Fcf::ERR, {}, m_x), out);
        if (post != Fcf::Null) {
            Action deliver;
            deliver.kind = Action::Kind::DeliverPage;
            deliver.page = m_outcome.pages++;
            deliver.data = m_pageData;
            deliver.params = m_params;
            out.append(deliver);
            m_pageData.clear();
            afterPostPage(post, out);
        } else {
            receivePage(out);
        }
        return;
    }
    if (isPostPageCommand(f)) {
        out.append(timerAction(Action::Kind::StopTimer, Timer::T2));
        const std::uint8_t command = plainPostCommand(f.fcf);
        if (m_params.ecm) {
            // A post-page command in ECM is not expected; answer as T.30 asks for a repeat.
            respond(Frame::make(Fcf::CRP, {}, m_x), out);
            out.append(Action(Action::Kind::ReceiveFrames));
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
                m_state = State::WaitCommand;
                out.append(timerAction(Action::Kind::StartTimer, Timer::T2));
                out.append(Action(Action::Kind::ReceiveFrames));
            }
            return;
        }
        m_havePageData = false;
        m_lastPostCommand = command;
        if (m_pageOk) {
            Action deliver;
            deliver.kind = Action::Kind::DeliverPage;
            deliver.page = m_outcome.pages++;
            deliver.data = m_pageData;
            deliver.params = m_params;
            out.append(deliver);
            respond(Frame::make(Fcf::MCF, {}, m_x), out);
        } else {
            respond(Frame::make(Fcf::RTN, {}, m_x), out);
        }
        m_pageData.clear();
        afterPostPage(command, out);
        return;
    }
    // Anything else (DIS from a confused peer, NSS, unknown): keep listening.
    out.append(Action(Action::Kind::ReceiveFrames));
}

void T30Receiver::afterPostPage(std::uint8_t command, QList<Action> &out)
{
    if (m_lastResponse.is(Fcf::RTN)) {
        // The sender retrains (DCS + TCF) and sends the page again, or gives up.
        m_state = State::WaitCommand;
        out.append(timerAction(Action::Kind::StartTimer, Timer::T2));
        out.append(Action(Action::Kind::ReceiveFrames));
        return;
    }
    switch (command) {
    case Fcf::MPS:
        m_ecmFrames.clear();
        m_blockFrames = -1;
        receivePage(out);
        return;
    case Fcf::EOP:
        m_sawEop = true;
        m_state = State::WaitDcn;
        out.append(timerAction(Action::Kind::StartTimer, Timer::T2));
        out.append(Action(Action::Kind::ReceiveFrames));
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
        out.append(Action(Action::Kind::ReceiveFrames));
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
    m_ecmFrames.clear();
    m_blockFrames = -1;
    m_lastBlockDone = true;
    if (post != Fcf::Null) {
        Action deliver;
        deliver.kind = Action::Kind::DeliverPage;
        deliver.page = m_outcome.pages++;
        deliver.data = m_pageData;
        deliver.params = m_params;
        out.append(deliver);
        m_pageData.clear();
    }
    respond(Frame::make(Fcf::MCF, {}, m_x), out);
    afterPostPage(post, out);
}

} // namespace Fax::T30
