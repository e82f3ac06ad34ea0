// SPDX-License-Identifier: GPL-3.0-or-later
// The T.30 state machines driven by scripted events (no modem), and a sender talking to a
// receiver over a simulated line.
#include "imaging/faxcodec.h"
#include "ituchart.h"
#include "t30session_loop.h"

#include <QTest>

using namespace Fax;
using namespace Fax::T30;
using namespace Fax::T30::Test;

namespace {

QStringList L(std::initializer_list<const char *> lines)
{
    QStringList out;
    for (const char *l : lines)
        out << QLatin1String(l);
    return out;
}

Capabilities fullCaps()
{
    Capabilities c;
    c.v27ter = c.v29 = c.v17 = true;
    c.fine = c.superfine = true;
    c.mr = c.mmr = c.ecm = true;
    c.minScanMs = 0;
    return c;
}

Capabilities plainCaps()
{
    Capabilities c;
    c.v27ter = c.v29 = c.v17 = true;
    c.fine = true;
    c.mr = true;
    return c;
}

SendPreferences prefs(bool ecm = false)
{
    SendPreferences p;
    p.local = fullCaps();
    p.allowEcm = ecm;
    p.resolution = FaxResolution::Fine;
    return p;
}

Frame dis(const Capabilities &c)
{
    return Frame::make(Fcf::DIS, c.toDis());
}

Frame resp(std::uint8_t fcf, const QByteArray &fif = {})
{
    return Frame::make(fcf, fif, false);
}

Event rx(const Frame &f)
{
    return Event::received(f);
}

QByteArray pageData(int n, int size = 700)
{
    QByteArray d(size, '\0');
    for (int i = 0; i < size; ++i)
        d[i] = char((i * 31 + n * 7) & 0xFF);
    return d;
}

/// A sender that has got DIS and CFR and waits for page 0.
std::unique_ptr<T30Sender> senderAtPage(const Capabilities &remote, bool ecm = false)
{
    auto s = std::make_unique<T30Sender>(QStringLiteral("+1 555 1234"), prefs(ecm));
    s->start();
    s->handle(rx(dis(remote)));
    s->handle(rx(resp(Fcf::CFR)));
    return s;
}

const Action *findAction(const QList<Action> &actions, Action::Kind kind)
{
    for (const Action &a : actions) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}

} // namespace

class TestT30Session : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void senderHappyPathWithStepDown();
    void senderFramesOnTheWire();
    void senderNoDis();
    void senderDcsTimeouts();
    void senderPostPageTimeouts();
    void senderCrpRepeats();
    void senderDisRepeatedMeansDcsLost();
    void senderRtnRetrainsAndResends();
    void senderRtnGivesUp();
    void senderRtp();
    void senderPipPin();
    void senderFarEndCannotReceive();
    void senderTrainingFailsEverywhere();
    void senderDcnFromFarEnd();
    void senderIgnoresUnknownAndGarbled();
    void senderEcmPprAndMcf();
    void senderEcmCtcAfterFourPpr();
    void senderEcmRnr();
    void receiverHappyPath();
    void receiverRepeatsDisAndGivesUp();
    void receiverRepeatedCommandGetsSameAnswer();
    void receiverBadPageGetsRtn();
    void receiverGarbledCommandGetsCrp();
    void receiverEcmPpr();
    void loopNonEcm();
    void loopStepDown();
    void loopEcmWithErrors();
    void loopEcmMultiBlock64();
    void loopT85WithErrors();
    void loopRtnThenGood();
    void loopEomRenegotiates();
    void loopSilentReceiver();
    void tcfHelpers();
    void loopLostResponses();
    void loopLostDcn();
};

void TestT30Session::senderHappyPathWithStepDown()
{
    T30Sender s(QStringLiteral("+1 555 1234"), prefs());
    QCOMPARE(describe(s.start()), L({"start T1", "listen"}));
    QCOMPARE(s.stateName(), QStringLiteral("WaitDis"));
    // NSF is tolerated, CSI names the far end; both are non-final.
    QCOMPARE(describe(s.handle(
                 rx(Frame::make(Fcf::NSF, QByteArray("\x00\x00\x0e\x12", 4), false, false)))),
             L({"listen"}));
    QCOMPARE(describe(s.handle(rx(Frame::make(Fcf::CSI, encodeStationId(QStringLiteral("+49 89 7")),
                                              false, false)))),
             L({"listen"}));
    QCOMPARE(describe(s.handle(rx(dis(fullCaps())))),
             L({"stop T1", "send TSI DCS", "tcf V.17 14400", "start T4", "listen"}));
    QCOMPARE(s.outcome().remoteId, QStringLiteral("+49 89 7"));
    QCOMPARE(describe(s.handle(rx(resp(Fcf::FTT)))),
             L({"stop T4", "send TSI DCS", "tcf V.17 12000", "start T4", "listen"}));
    QCOMPARE(s.params().rate, (Rate{Modulation::V17, 12000}));
    QCOMPARE(describe(s.handle(rx(resp(Fcf::CFR)))), L({"stop T4", "request 0"}));
    QCOMPARE(describe(s.handle(Event::pageReady(pageData(0), PageEnd::MorePages))),
             L({"page V.17 12000", "send MPS", "start T4", "listen"}));
    QCOMPARE(describe(s.handle(rx(resp(Fcf::MCF)))), L({"stop T4", "confirmed 0", "request 1"}));
    QCOMPARE(describe(s.handle(Event::pageReady(pageData(1), PageEnd::LastPage))),
             L({"page V.17 12000", "send EOP", "start T4", "listen"}));
    QCOMPARE(describe(s.handle(rx(resp(Fcf::MCF)))),
             L({"stop T4", "confirmed 1", "send DCN", "hangup", "finished ok"}));
    QVERIFY(s.finished());
    QVERIFY(s.outcome().success);
    QCOMPARE(s.outcome().pages, 2);
    QVERIFY(s.handle(rx(resp(Fcf::MCF))).isEmpty()); // nothing after the end
}

void TestT30Session::senderFramesOnTheWire()
{
    T30Sender s(QStringLiteral("+1 555 1234"), prefs());
    s.start();
    const QList<Action> out = s.handle(rx(dis(plainCaps())));
    const Action *send = findAction(out, Action::Kind::SendFrames);
    QVERIFY(send);
    QCOMPARE(send->frames.size(), 2);
    const Frame &tsi = send->frames.at(0);
    QCOMPARE(tsi.fcf, std::uint8_t(0x43)); // X bit set: we received DIS
    QVERIFY(!tsi.final);
    QCOMPARE(tsi.fif, QByteArray("4321 555 1+         "));
    const Frame &dcs = send->frames.at(1);
    QCOMPARE(dcs.fcf, std::uint8_t(0x83));
    QVERIFY(dcs.final);
    const auto p = SessionParams::fromDcs(dcs.fif);
    QVERIFY(p.ok());
    QCOMPARE(p->compression, FaxCompression::Mr);
    QCOMPARE(p->resolution, FaxResolution::Fine);
    QCOMPARE(p->minScanMs, 20);
    const Action *tcf = findAction(out, Action::Kind::SendTcf);
    QCOMPARE(tcf->rate.class1Code(), 145);
}

void TestT30Session::senderNoDis()
{
    T30Sender s(QString(), prefs());
    s.start();
    QCOMPARE(describe(s.handle(Event::timeout(Timer::T1))), L({"hangup", "finished fail"}));
    QVERIFY(s.outcome().message.contains(QStringLiteral("no DIS")));
    QVERIFY(s.outcome().message.contains(QStringLiteral("no fax machine answered")));
    QVERIFY(s.outcome().retryable);

    // Frames came but none passed its check: a fax machine answered over a noisy line.
    T30Sender noisy(QString(), prefs());
    noisy.start();
    noisy.handle(Event::frameError());
    noisy.handle(Event::frameError());
    describe(noisy.handle(Event::timeout(Timer::T1)));
    QVERIFY2(noisy.outcome().message.contains(
                 QStringLiteral("a fax machine answered, but none of its 2 frame(s) "
                                "arrived intact")),
             qPrintable(noisy.outcome().message));
    QVERIFY(noisy.outcome().retryable);
}

void TestT30Session::senderDcsTimeouts()
{
    T30Sender s(QString(), prefs());
    s.start();
    s.handle(rx(dis(fullCaps())));
    // Sent once; two repeats; the third timeout ends the call.
    QCOMPARE(describe(s.handle(Event::timeout(Timer::T4))),
             L({"send DCS", "tcf V.17 14400", "start T4", "listen"}));
    QCOMPARE(describe(s.handle(Event::timeout(Timer::T4))),
             L({"send DCS", "tcf V.17 14400", "start T4", "listen"}));
    QCOMPARE(describe(s.handle(Event::timeout(Timer::T4))),
             L({"send DCN", "hangup", "finished fail"}));
    QVERIFY(!s.outcome().success);
    QVERIFY2(s.outcome().message.contains(QStringLiteral("no valid response to DCS after 3 tries")),
             qPrintable(s.outcome().message));
}

void TestT30Session::senderPostPageTimeouts()
{
    auto s = senderAtPage(fullCaps());
    s->handle(Event::pageReady(pageData(0), PageEnd::LastPage));
    QCOMPARE(describe(s->handle(Event::timeout(Timer::T4))), L({"send EOP", "start T4", "listen"}));
    QCOMPARE(describe(s->handle(Event::timeout(Timer::T4))), L({"send EOP", "start T4", "listen"}));
    QCOMPARE(describe(s->handle(Event::timeout(Timer::T4))),
             L({"send DCN", "hangup", "finished fail"}));
    QVERIFY(s->outcome().message.contains(QStringLiteral("EOP")));
    QCOMPARE(s->outcome().pages, 0);
}

void TestT30Session::senderCrpRepeats()
{
    auto s = senderAtPage(fullCaps());
    s->handle(Event::pageReady(pageData(0), PageEnd::MorePages));
    QCOMPARE(describe(s->handle(rx(resp(Fcf::CRP)))),
             L({"stop T4", "send MPS", "start T4", "listen"}));
    QCOMPARE(describe(s->handle(Event::frameError())),
             L({"stop T4", "send MPS", "start T4", "listen"}));
    // Three sends of MPS so far: one more CRP is too many.
    QCOMPARE(describe(s->handle(rx(resp(Fcf::CRP)))),
             L({"stop T4", "send DCN", "hangup", "finished fail"}));
}

void TestT30Session::senderDisRepeatedMeansDcsLost()
{
    T30Sender s(QString(), prefs());
    s.start();
    s.handle(rx(dis(fullCaps())));
    QCOMPARE(describe(s.handle(rx(dis(fullCaps())))),
             L({"stop T4", "send DCS", "tcf V.17 14400", "start T4", "listen"}));
}

void TestT30Session::senderRtnRetrainsAndResends()
{
    auto s = senderAtPage(fullCaps());
    const QByteArray data = pageData(0);
    s->handle(Event::pageReady(data, PageEnd::LastPage));
    QCOMPARE(describe(s->handle(rx(resp(Fcf::RTN)))),
             L({"stop T4", "send TSI DCS", "tcf V.17 12000", "start T4", "listen"}));
    const QList<Action> again = s->handle(rx(resp(Fcf::CFR)));
    QCOMPARE(describe(again), L({"stop T4", "page V.17 12000", "send EOP", "start T4", "listen"}));
    QCOMPARE(findAction(again, Action::Kind::SendPage)->data, data);
    QCOMPARE(describe(s->handle(rx(resp(Fcf::MCF)))),
             L({"stop T4", "confirmed 0", "send DCN", "hangup", "finished ok"}));
}

void TestT30Session::senderRtnGivesUp()
{
    auto s = senderAtPage(fullCaps());
    s->handle(Event::pageReady(pageData(0), PageEnd::LastPage));
    for (int i = 0; i < 2; ++i) {
        s->handle(rx(resp(Fcf::RTN)));
        s->handle(rx(resp(Fcf::CFR)));
    }
    QCOMPARE(describe(s->handle(rx(resp(Fcf::RTN)))),
             L({"stop T4", "send DCN", "hangup", "finished fail"}));
    QVERIFY(s->outcome().message.contains(QStringLiteral("page 1 was rejected")));
}

void TestT30Session::senderRtp()
{
    auto s = senderAtPage(fullCaps());
    s->handle(Event::pageReady(pageData(0), PageEnd::MorePages));
    QCOMPARE(describe(s->handle(rx(resp(Fcf::RTP)))),
             L({"stop T4", "confirmed 0", "send TSI DCS", "tcf V.17 14400", "start T4", "listen"}));
    QCOMPARE(describe(s->handle(rx(resp(Fcf::CFR)))), L({"stop T4", "request 1"}));
}

void TestT30Session::senderPipPin()
{
    auto pip = senderAtPage(fullCaps());
    pip->handle(Event::pageReady(pageData(0), PageEnd::MorePages));
    QCOMPARE(describe(pip->handle(rx(resp(Fcf::PIP)))),
             L({"stop T4", "confirmed 0", "send DCN", "hangup", "finished fail"}));
    QVERIFY(pip->outcome().message.contains(QStringLiteral("PIP")));
    QCOMPARE(pip->outcome().pages, 1);

    auto pin = senderAtPage(fullCaps());
    pin->handle(Event::pageReady(pageData(0), PageEnd::LastPage));
    QCOMPARE(describe(pin->handle(rx(resp(Fcf::PIN)))),
             L({"stop T4", "send DCN", "hangup", "finished fail"}));
    QVERIFY(pin->outcome().message.contains(QStringLiteral("PIN")));
    QCOMPARE(pin->outcome().pages, 0);
}

void TestT30Session::senderFarEndCannotReceive()
{
    T30Sender s(QString(), prefs());
    s.start();
    Capabilities c = fullCaps();
    c.readyToReceive = false;
    QCOMPARE(describe(s.handle(rx(dis(c)))), L({"stop T1", "send DCN", "hangup", "finished fail"}));
    QVERIFY(!s.outcome().retryable);
    QVERIFY(s.outcome().message.contains(QStringLiteral("not ready to receive")));

    T30Sender shortDis(QString(), prefs());
    shortDis.start();
    shortDis.handle(rx(Frame::make(Fcf::DIS, QByteArray(1, '\0'))));
    QVERIFY(shortDis.finished());
    QVERIFY(shortDis.outcome().message.contains(QStringLiteral("too short")));
}

void TestT30Session::senderTrainingFailsEverywhere()
{
    Capabilities v27;
    v27.v27ter = true;
    T30Sender s(QString(), prefs());
    s.start();
    s.handle(rx(dis(v27)));
    QCOMPARE(s.params().rate, (Rate{Modulation::V27ter, 4800}));
    QCOMPARE(describe(s.handle(rx(resp(Fcf::FTT)))),
             L({"stop T4", "send DCS", "tcf V.27ter 2400", "start T4", "listen"}));
    QCOMPARE(describe(s.handle(rx(resp(Fcf::FTT)))),
             L({"stop T4", "send DCN", "hangup", "finished fail"}));
    QVERIFY(s.outcome().message.contains(QStringLiteral("V.27ter 2400")));
}

void TestT30Session::senderDcnFromFarEnd()
{
    auto s = senderAtPage(fullCaps());
    s->handle(Event::pageReady(pageData(0), PageEnd::MorePages));
    QCOMPARE(describe(s->handle(rx(resp(Fcf::DCN)))), L({"hangup", "finished fail"}));
    QVERIFY(s->outcome().message.contains(QStringLiteral("DCN")));
}

void TestT30Session::senderIgnoresUnknownAndGarbled()
{
    T30Sender s(QString(), prefs());
    s.start();
    const ParseResult unknown = parseFrame(QByteArray::fromHex("ff1336aabb"));
    QVERIFY(unknown.ok());
    QCOMPARE(describe(s.handle(rx(unknown.frame))), L({"listen"}));
    QCOMPARE(describe(s.handle(Event::frameError())), L({"listen"}));
    // Receiver-only events mean nothing to a sender.
    QVERIFY(s.handle(Event::training(true)).isEmpty());
    QVERIFY(s.handle(Event::pageReceived(QByteArray("x"))).isEmpty());
    QCOMPARE(s.stateName(), QStringLiteral("WaitDis"));
}

void TestT30Session::senderEcmPprAndMcf()
{
    auto s = senderAtPage(fullCaps(), true);
    QVERIFY(s->params().ecm);
    QCOMPARE(s->params().compression, FaxCompression::Mmr);
    const QByteArray data = pageData(0, 700); // 3 frames of 256
    QList<Action> out = s->handle(Event::pageReady(data, PageEnd::LastPage));
    QCOMPARE(describe(out), L({"page ecm V.17 14400", "send PPS", "start T4", "listen"}));
    const Action *send = findAction(out, Action::Kind::SendFrames);
    QCOMPARE(send->frames.first().fif, QByteArray::fromHex("2f000002")); // EOP, page 0, block 0, 3
    HdlcDecoder d;
    int fcd = 0, rcp = 0;
    for (const HdlcEvent &e : d.push(findAction(out, Action::Kind::SendPage)->data)) {
        const auto f = parseEcmFrame(e.data);
        QVERIFY(f);
        f->rcp ? ++rcp : ++fcd;
    }
    QCOMPARE(fcd, 3);
    QCOMPARE(rcp, 3);

    out = s->handle(rx(resp(Fcf::PPR, pprFif({1}))));
    QCOMPARE(describe(out),
             L({"stop T4", "page ecm V.17 14400", "send PPS", "start T4", "listen"}));
    QList<int> numbers;
    for (const HdlcEvent &e : HdlcDecoder().push(findAction(out, Action::Kind::SendPage)->data)) {
        const auto f = parseEcmFrame(e.data);
        if (!f->rcp)
            numbers << f->number;
    }
    QCOMPARE(numbers, QList<int>{1});
    QCOMPARE(describe(s->handle(rx(resp(Fcf::MCF)))),
             L({"stop T4", "confirmed 0", "send DCN", "hangup", "finished ok"}));
}

void TestT30Session::senderEcmCtcAfterFourPpr()
{
    auto s = senderAtPage(fullCaps(), true);
    s->handle(Event::pageReady(pageData(0, 300), PageEnd::LastPage));
    for (int i = 0; i < 3; ++i)
        s->handle(rx(resp(Fcf::PPR, pprFif({0}))));
    QList<Action> out = s->handle(rx(resp(Fcf::PPR, pprFif({0}))));
    QCOMPARE(describe(out), L({"stop T4", "send CTC", "start T4", "listen"}));
    QCOMPARE(rateFromCtc(findAction(out, Action::Kind::SendFrames)->frames.first().fif),
             (Rate{Modulation::V17, 12000}));
    QCOMPARE(describe(s->handle(rx(resp(Fcf::CTR)))),
             L({"stop T4", "page ecm V.17 12000", "send PPS", "start T4", "listen"}));
    QCOMPARE(describe(s->handle(rx(resp(Fcf::MCF)))),
             L({"stop T4", "confirmed 0", "send DCN", "hangup", "finished ok"}));
}

void TestT30Session::senderEcmRnr()
{
    auto s = senderAtPage(fullCaps(), true);
    s->handle(Event::pageReady(pageData(0, 100), PageEnd::LastPage));
    QCOMPARE(describe(s->handle(rx(resp(Fcf::RNR)))),
             L({"stop T4", "start T5", "send RR", "start T4", "listen"}));
    QCOMPARE(describe(s->handle(rx(resp(Fcf::RNR)))),
             L({"stop T4", "send RR", "start T4", "listen"}));
    QCOMPARE(describe(s->handle(Event::timeout(Timer::T5))),
             L({"send DCN", "hangup", "finished fail"}));
    QVERIFY(s->outcome().message.contains(QStringLiteral("RNR")));
}

void TestT30Session::receiverHappyPath()
{
    T30Receiver r(QStringLiteral("+44 20 1"), plainCaps());
    QList<Action> out = r.start();
    QCOMPARE(describe(out), L({"start T1", "send CSI DIS", "start T4", "listen"}));
    const Action *send = findAction(out, Action::Kind::SendFrames);
    QCOMPARE(send->frames.at(0).fif, encodeStationId(QStringLiteral("+44 20 1")));
    QVERIFY(!send->frames.at(0).final);
    QCOMPARE(send->frames.at(1).fcf, Fcf::DIS);
    QCOMPARE(*Capabilities::fromDis(send->frames.at(1).fif), plainCaps());

    SessionParams p;
    p.rate = {Modulation::V17, 9600};
    p.resolution = FaxResolution::Fine;
    p.compression = FaxCompression::Mr;
    QCOMPARE(describe(r.handle(
                 rx(Frame::make(Fcf::TSI, encodeStationId(QStringLiteral("123")), true, false)))),
             L({"listen"}));
    QCOMPARE(describe(r.handle(rx(Frame::make(Fcf::DCS, p.toDcs(), true)))),
             L({"stop T1", "stop T4", "stop T2", "rxtcf V.17 9600"}));
    QCOMPARE(r.outcome().remoteId, QStringLiteral("123"));
    QCOMPARE(r.params(), p);
    QCOMPARE(describe(r.handle(Event::training(true))), L({"send CFR", "rxpage V.17 9600"}));
    QCOMPARE(describe(r.handle(Event::pageReceived(pageData(0)))), L({"start T2", "listen"}));
    out = r.handle(rx(Frame::make(Fcf::MPS, {}, true)));
    QCOMPARE(describe(out), L({"stop T2", "deliver 0", "send MCF", "rxpage V.17 9600"}));
    QCOMPARE(findAction(out, Action::Kind::DeliverPage)->data, pageData(0));
    QCOMPARE(findAction(out, Action::Kind::DeliverPage)->params, p);
    r.handle(Event::pageReceived(pageData(1)));
    QCOMPARE(describe(r.handle(rx(Frame::make(Fcf::EOP, {}, true)))),
             L({"stop T2", "deliver 1", "send MCF", "start T2", "listen"}));
    QCOMPARE(describe(r.handle(rx(Frame::make(Fcf::DCN, {}, true)))), L({"hangup", "finished ok"}));
    QVERIFY(r.outcome().success);
    QCOMPARE(r.outcome().pages, 2);
}

void TestT30Session::receiverRepeatsDisAndGivesUp()
{
    T30Receiver r(QString(), plainCaps());
    r.start();
    QCOMPARE(describe(r.handle(Event::timeout(Timer::T4))), L({"send DIS", "start T4", "listen"}));
    QCOMPARE(describe(r.handle(Event::timeout(Timer::T1))), L({"hangup", "finished fail"}));
    QVERIFY(r.outcome().message.contains(QStringLiteral("T1")));
}

void TestT30Session::receiverRepeatedCommandGetsSameAnswer()
{
    T30Receiver r(QString(), plainCaps());
    r.start();
    SessionParams p;
    r.handle(rx(Frame::make(Fcf::DCS, p.toDcs(), true)));
    r.handle(Event::training(true));
    r.handle(Event::pageReceived(pageData(0)));
    r.handle(rx(Frame::make(Fcf::EOP, {}, true)));
    // Our MCF was lost: EOP comes again. Same answer, no second page.
    QCOMPARE(describe(r.handle(rx(Frame::make(Fcf::EOP, {}, true)))),
             L({"stop T2", "send MCF", "start T2", "listen"}));
    QCOMPARE(describe(r.handle(rx(Frame::make(Fcf::CRP, {}, true)))), L({"send MCF", "listen"}));
    QCOMPARE(r.outcome().pages, 1);
    // No DCN: T2 ends the call, still a success (every page was confirmed).
    QCOMPARE(describe(r.handle(Event::timeout(Timer::T2))), L({"hangup", "finished ok"}));
}

void TestT30Session::receiverBadPageGetsRtn()
{
    T30Receiver r(QString(), plainCaps());
    r.start();
    SessionParams p;
    r.handle(rx(Frame::make(Fcf::DCS, p.toDcs(), true)));
    QCOMPARE(describe(r.handle(Event::training(false))), L({"send FTT", "start T2", "listen"}));
    r.handle(rx(Frame::make(Fcf::DCS, p.toDcs(), true)));
    r.handle(Event::training(true));
    r.handle(Event::pageReceived(pageData(0), false));
    QCOMPARE(describe(r.handle(rx(Frame::make(Fcf::MPS, {}, true)))),
             L({"stop T2", "send RTN", "start T2", "listen"}));
    QCOMPARE(r.outcome().pages, 0);
    QCOMPARE(r.stateName(), QStringLiteral("WaitCommand"));
    QCOMPARE(describe(r.handle(rx(Frame::make(Fcf::DCN, {}, true)))),
             L({"hangup", "finished fail"}));
    QVERIFY(r.outcome().message.contains(QStringLiteral("before EOP")));
}

void TestT30Session::receiverGarbledCommandGetsCrp()
{
    T30Receiver r(QString(), plainCaps());
    r.start();
    QCOMPARE(describe(r.handle(Event::frameError())), L({"send CRP", "listen"}));
    const auto bad = r.handle(rx(Frame::make(Fcf::DCS, QByteArray(2, '\0'), true)));
    QCOMPARE(describe(bad), L({"send DCN", "hangup", "finished fail"}));
    QVERIFY(r.outcome().message.contains(QStringLiteral("DCS")));
}

void TestT30Session::receiverEcmPpr()
{
    T30Receiver r(QString(), fullCaps());
    r.start();
    SessionParams p;
    p.rate = {Modulation::V17, 14400};
    p.ecm = true;
    p.compression = FaxCompression::Mmr;
    p.minScanMs = 0;
    r.handle(rx(Frame::make(Fcf::DCS, p.toDcs(), true)));
    QCOMPARE(describe(r.handle(Event::training(true))), L({"send CFR", "rxpage ecm V.17 14400"}));

    const QByteArray data = pageData(0, 600);
    const EcmBlock block = splitEcmPage(data, 256).first();
    // Frames 0 and 2 arrive; frame 1 is missing.
    r.handle(Event::pageReceived(encodeEcmBurst(block, {0, 2})));
    PpsInfo info;
    info.postMessage = Fcf::EOP;
    info.frames = 3;
    QList<Action> out = r.handle(rx(Frame::make(Fcf::PPS, ppsFif(info, true), true)));
    QCOMPARE(describe(out), L({"stop T2", "send PPR", "rxpage ecm V.17 14400"}));
    QCOMPARE(framesFromPpr(findAction(out, Action::Kind::SendFrames)->frames.first().fif),
             QList<int>{1});
    r.handle(Event::pageReceived(encodeEcmBurst(block, {1})));
    out = r.handle(rx(Frame::make(Fcf::PPS, ppsFif(info, true), true)));
    QCOMPARE(describe(out), L({"stop T2", "deliver 0", "send MCF", "start T2", "listen"}));
    const QByteArray got = findAction(out, Action::Kind::DeliverPage)->data;
    QCOMPARE(got.left(600), data);
    QCOMPARE(got.mid(600), QByteArray(168, '\0'));
    // PPS again (our MCF was lost): MCF again, no second delivery.
    QCOMPARE(describe(r.handle(rx(Frame::make(Fcf::PPS, ppsFif(info, true), true)))),
             L({"stop T2", "send MCF", "start T2", "listen"}));
}

void TestT30Session::loopNonEcm()
{
    Capabilities rxCaps = plainCaps();
    Loop loop(std::make_unique<T30Sender>(QStringLiteral("+1 555 1234"), prefs()),
              std::make_unique<T30Receiver>(QStringLiteral("+44 20 7946"), rxCaps));
    loop.pages = {pageData(0), pageData(1), pageData(2)};
    QVERIFY2(loop.run(), qPrintable(loop.log.join(QLatin1Char('\n'))));
    QVERIFY2(loop.sender().outcome().success, qPrintable(loop.sender().outcome().message));
    QVERIFY2(loop.receiver().outcome().success, qPrintable(loop.receiver().outcome().message));
    QCOMPARE(loop.sender().outcome().pages, 3);
    QCOMPARE(loop.receiver().outcome().pages, 3);
    QCOMPARE(loop.delivered, loop.pages);
    QCOMPARE(loop.sender().outcome().remoteId, QStringLiteral("+44 20 7946"));
    QCOMPARE(loop.receiver().outcome().remoteId, QStringLiteral("+1 555 1234"));
    QCOMPARE(loop.receiver().params().compression, FaxCompression::Mr);
    QVERIFY(!loop.receiver().params().ecm);
    QVERIFY2(loop.now == 0, qPrintable(loop.log.join(QLatin1Char('\n')))); // no timer fired
}

void TestT30Session::loopStepDown()
{
    Loop loop(std::make_unique<T30Sender>(QStringLiteral("1"), prefs()),
              std::make_unique<T30Receiver>(QStringLiteral("2"), plainCaps()));
    loop.pages = {pageData(0)};
    loop.trainingOk = [](const Rate &r) { return r.bitsPerSecond <= 9600; };
    QVERIFY(loop.run());
    QVERIFY(loop.sender().outcome().success);
    QCOMPARE(loop.sender().params().rate, (Rate{Modulation::V17, 9600}));
    QCOMPARE(loop.log.filter(QStringLiteral("S: tcf")),
             L({"S: tcf V.17 14400", "S: tcf V.17 12000", "S: tcf V.17 9600"}));
    QCOMPARE(loop.log.filter(QStringLiteral("R: send FTT")).size(), 2);
}

void TestT30Session::loopEcmWithErrors()
{
    Loop loop(std::make_unique<T30Sender>(QStringLiteral("1"), prefs(true)),
              std::make_unique<T30Receiver>(QStringLiteral("2"), fullCaps()));
    loop.pages = {pageData(0, 5000), pageData(1, 3000)};
    // Damage the first burst of each page in several places; retransmissions arrive clean.
    loop.corruptPage = [](const QByteArray &data, int burst) {
        if (burst != 0 && burst != 2)
            return data;
        QByteArray bad = data;
        for (int pos = 400; pos < bad.size(); pos += 1500)
            bad[pos] = char(bad.at(pos) ^ 0x10);
        return bad;
    };
    QVERIFY2(loop.run(), qPrintable(loop.log.join(QLatin1Char('\n'))));
    QVERIFY2(loop.sender().outcome().success, qPrintable(loop.sender().outcome().message));
    QVERIFY(loop.receiver().outcome().success);
    QVERIFY(loop.receiver().params().ecm);
    QCOMPARE(loop.receiver().params().compression, FaxCompression::Mmr);
    QCOMPARE(loop.delivered.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(loop.delivered.at(i).left(loop.pages.at(i).size()), loop.pages.at(i));
        QCOMPARE(loop.delivered.at(i).size() % 256, 0);
    }
    QVERIFY(loop.log.filter(QStringLiteral("R: send PPR")).size() >= 1);
    QCOMPARE(loop.pageTransmissions, 4);
}

void TestT30Session::loopEcmMultiBlock64()
{
    SendPreferences p = prefs(true);
    p.ecmFrameSize = 64;
    Loop loop(std::make_unique<T30Sender>(QStringLiteral("1"), p),
              std::make_unique<T30Receiver>(QStringLiteral("2"), fullCaps()));
    loop.pages = {pageData(0, 64 * 300 + 10)}; // 301 frames: blocks of 256 and 45
    QVERIFY2(loop.run(), qPrintable(loop.log.join(QLatin1Char('\n'))));
    QVERIFY(loop.sender().outcome().success);
    QCOMPARE(loop.receiver().params().ecmFrameSize, 64);
    QCOMPARE(loop.delivered.size(), 1);
    QCOMPARE(loop.delivered.first().left(loop.pages.first().size()), loop.pages.first());
    QCOMPARE(loop.delivered.first().size(), 301 * 64);
    QCOMPARE(loop.log.filter(QStringLiteral("S: send PPS")).size(), 2);
}

void TestT30Session::loopT85WithErrors()
{
    // Both ends offer T.85: a real BIE of ITU chart 1 crosses in ECM frames, damaged bursts are
    // repeated, and the page decodes pixel for pixel after the last frame's zero fill.
    SendPreferences p = prefs(true);
    p.local.t85 = true;
    Capabilities receiver = fullCaps();
    receiver.t85 = true;
    Loop loop(std::make_unique<T30Sender>(QStringLiteral("1"), p),
              std::make_unique<T30Receiver>(QStringLiteral("2"), receiver));
    const QImage chart = Fax::Test::ituChart(1);
    FaxCodec::EncodeOptions eo;
    eo.compression = FaxCompression::T85;
    loop.pages = {*FaxCodec::encode(chart, eo)};
    loop.corruptPage = [](const QByteArray &data, int burst) {
        if (burst != 0)
            return data;
        QByteArray bad = data;
        for (int pos = 300; pos < bad.size(); pos += 2000)
            bad[pos] = char(bad.at(pos) ^ 0x01);
        return bad;
    };
    QVERIFY2(loop.run(), qPrintable(loop.log.join(QLatin1Char('\n'))));
    QVERIFY2(loop.sender().outcome().success, qPrintable(loop.sender().outcome().message));
    QCOMPARE(loop.sender().params().compression, FaxCompression::T85);
    QCOMPARE(loop.receiver().params().compression, FaxCompression::T85);
    QVERIFY(loop.log.filter(QStringLiteral("R: send PPR")).size() >= 1);
    QCOMPARE(loop.delivered.size(), 1);
    FaxCodec::DecodeOptions dopt;
    dopt.compression = loop.receiver().params().compression;
    dopt.width = loop.receiver().params().width;
    const auto decoded = FaxCodec::decode(loop.delivered.first(), dopt);
    QVERIFY2(decoded, qPrintable(decoded.error().message));
    QCOMPARE(decoded->image, chart);
}

void TestT30Session::loopRtnThenGood()
{
    Loop loop(std::make_unique<T30Sender>(QStringLiteral("1"), prefs()),
              std::make_unique<T30Receiver>(QStringLiteral("2"), plainCaps()));
    loop.pages = {pageData(0), pageData(1)};
    loop.pageQualityOk = [](int burst) { return burst != 1; }; // page 2's first try is bad
    QVERIFY2(loop.run(), qPrintable(loop.log.join(QLatin1Char('\n'))));
    QVERIFY(loop.sender().outcome().success);
    QCOMPARE(loop.delivered, loop.pages);
    QCOMPARE(loop.log.filter(QStringLiteral("R: send RTN")).size(), 1);
    QCOMPARE(loop.sender().params().rate, (Rate{Modulation::V17, 12000}));
}

void TestT30Session::loopEomRenegotiates()
{
    Loop loop(std::make_unique<T30Sender>(QStringLiteral("1"), prefs(true)),
              std::make_unique<T30Receiver>(QStringLiteral("2"), fullCaps()));
    loop.pages = {pageData(0), pageData(1), pageData(2)};
    loop.pageEnds = {PageEnd::NewDocument, PageEnd::MorePages, PageEnd::LastPage};
    QVERIFY2(loop.run(), qPrintable(loop.log.join(QLatin1Char('\n'))));
    QVERIFY(loop.sender().outcome().success);
    QVERIFY(loop.receiver().outcome().success);
    QCOMPARE(loop.delivered.size(), 3);
    // Phase B twice: two DIS, two DCS.
    QCOMPARE(loop.log.filter(QStringLiteral("R: send CSI DIS")).size(), 2);
    QCOMPARE(loop.log.filter(QStringLiteral("S: send TSI DCS")).size(), 2);
    QCOMPARE(loop.now, 0);
}

void TestT30Session::loopSilentReceiver()
{
    // Training never succeeds: the sender steps down through every rate, then gives up.
    Loop loop(std::make_unique<T30Sender>(QStringLiteral("1"), prefs()),
              std::make_unique<T30Receiver>(QStringLiteral("2"), plainCaps()));
    loop.pages = {pageData(0)};
    loop.trainingOk = [](const Rate &) { return false; };
    QVERIFY(loop.run());
    QVERIFY(!loop.sender().outcome().success);
    QVERIFY(!loop.receiver().outcome().success);
    QCOMPARE(loop.log.filter(QStringLiteral("S: tcf")).size(), 8); // every rate once
    QVERIFY(loop.sender().outcome().message.contains(QStringLiteral("V.27ter 2400")));
}

void TestT30Session::tcfHelpers()
{
    const Rate v17{Modulation::V17, 14400};
    QCOMPARE(tcfLength(v17), 2700);
    QCOMPARE(tcfLength(Rate{Modulation::V27ter, 2400}), 450);
    QVERIFY(tcfGood(QByteArray(2700, '\0'), v17));
    QVERIFY(tcfGood(QByteArray(100, 'x') + QByteArray(1800, '\0') + QByteArray(10, 'y'), v17));
    QVERIFY(!tcfGood(QByteArray(1799, '\0'), v17));
    // Noise every 500 octets breaks the run.
    QByteArray noisy(2700, '\0');
    for (int i = 0; i < noisy.size(); i += 500)
        noisy[i] = char(0x10);
    QVERIFY(!tcfGood(noisy, v17));
    QVERIFY(!tcfGood(QByteArray(), v17));
}

void TestT30Session::loopLostResponses()
{
    for (const bool ecm : {false, true}) {
        Loop loop(std::make_unique<T30Sender>(QStringLiteral("1"), prefs(ecm)),
                  std::make_unique<T30Receiver>(QStringLiteral("2"), fullCaps()));
        loop.pages = {pageData(0), pageData(1)};
        // The first CFR and the first MCF get lost on the line.
        int cfr = 0, mcf = 0;
        loop.dropFrame = [&](int side, const Frame &f) {
            if (side != 1)
                return false;
            if (f.is(Fcf::CFR))
                return cfr++ == 0;
            if (f.is(Fcf::MCF))
                return mcf++ == 0;
            return false;
        };
        QVERIFY2(loop.run(), qPrintable(loop.log.join(QLatin1Char('\n'))));
        QVERIFY2(loop.sender().outcome().success, qPrintable(loop.log.join(QLatin1Char('\n'))));
        QVERIFY(loop.receiver().outcome().success);
        QCOMPARE(loop.delivered.size(), 2); // no page twice
        QCOMPARE(loop.receiver().outcome().pages, 2);
        QCOMPARE(loop.now, 2 * timerMs(Timer::T4)); // two T4 expiries on the sender
        QCOMPARE(loop.log.filter(QStringLiteral("S: send TSI DCS")).size(), 2);
    }
}

void TestT30Session::loopLostDcn()
{
    Loop loop(std::make_unique<T30Sender>(QStringLiteral("1"), prefs()),
              std::make_unique<T30Receiver>(QStringLiteral("2"), plainCaps()));
    loop.pages = {pageData(0)};
    loop.dropFrame = [](int, const Frame &f) { return f.is(Fcf::DCN); };
    QVERIFY(loop.run());
    QVERIFY(loop.sender().outcome().success);
    QVERIFY(loop.receiver().outcome().success); // T2 after EOP/MCF: all pages are in
    QCOMPARE(loop.now, timerMs(Timer::T2));
    QCOMPARE(loop.delivered.size(), 1);
}

QTEST_GUILESS_MAIN(TestT30Session)
#include "tst_t30session.moc"
