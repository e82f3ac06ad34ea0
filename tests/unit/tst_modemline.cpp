// SPDX-License-Identifier: GPL-3.0-or-later
// The logic of the engine's modem line (ModemLineLogic) on scripted fake modems in virtual time:
// listening, ringing with caller ID, answering after the port's rings or on request, a caller
// who gives up, a port that cannot be opened or a modem that does not answer, a send taking the
// port from listening, a cancelled send, and Auto's class asked once. No thread, no timer: the
// test runs each step and moves the virtual clock to the time the step asks for.

#include "imaging/faxtiff.h"
#include "modem/modemlinelogic.h"
#include "modemscripts.h"
#include "scriptedmodemfactory.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Fax;
using namespace Fax::Test;
namespace Scripts = Fax::Test::ModemScripts;

namespace {

const QString Device = QStringLiteral("/dev/ttyFAKE0");
const QString Csid = QStringLiteral("+49 30 999");
const QString Caller = QStringLiteral("+1 555 1234");

QString chartOne()
{
    return QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
}

Port port(FaxClass cls, ReceiveMode mode = ReceiveMode::Auto, int rings = 2)
{
    Port p;
    p.name = QStringLiteral("front");
    p.devicePath = Device;
    p.csid = Csid;
    p.rings = rings;
    p.receiveMode = mode;
    p.modemClass = cls;
    return p;
}

SendRequest request()
{
    SendRequest r;
    r.job.id = 7;
    r.job.recipientNumber = QStringLiteral("555 1234");
    r.dialString = QStringLiteral("5551234");
    r.document.files = {chartOne()};
    r.tsid = QStringLiteral("+49 30 1234");
    return r;
}

/// A line's logic with what it reported.
struct LineRun
{
    LineRun(const Port &port, ScriptedModemFactory &modems) : modems(modems)
    {
        ModemConfig config;
        config.modemClass = port.modemClass;
        ModemLineLogic::Events events;
        events.stateChanged = [this](PortState s, const QString &text) {
            states << qMakePair(s, text);
        };
        events.ringing = [this](int n, const QString &callerId) {
            rings << n;
            callerIds << callerId;
        };
        events.faxReceived = [this](const ReceivedFax &fax, const QString &message) {
            faxes << fax;
            messages << message;
        };
        logic = std::make_unique<ModemLineLogic>(
            port, config, std::shared_ptr<ModemTransportFactory>(&modems, [](auto *) {}), events);
    }

    /// Runs one step now; next is when the logic wants the one after it.
    qint64 step()
    {
        next = logic->step();
        return next;
    }
    /// Something changed (a send ended): a step is due now, as the line's thread would run it.
    void wake() { next = modems.nowMs(); }
    /// Runs steps, moving the clock to each one's time, until done() holds (true), nothing is
    /// due any more or maxMs of virtual time have passed (false).
    bool runUntil(const std::function<bool()> &done, qint64 maxMs = 120 * 1000)
    {
        const qint64 end = modems.nowMs() + maxMs;
        for (;;) {
            if (done())
                return true;
            if (next == ModemLineLogic::NoStep || modems.nowMs() > end)
                return false;
            modems.advanceTo(next);
            step();
        }
    }

    PortState state() const { return states.isEmpty() ? PortState::Idle : states.last().first; }
    QString text() const { return states.isEmpty() ? QString() : states.last().second; }
    bool reached(PortState s) const
    {
        return std::any_of(states.cbegin(), states.cend(),
                           [s](const auto &entry) { return entry.first == s; });
    }
    QString describe() const
    {
        QStringList out;
        for (const auto &s : states)
            out << enumKey(s.first) + QStringLiteral(": ") + s.second;
        const QStringList errors = modems.errors();
        if (!errors.isEmpty())
            out << QStringLiteral("script errors:") << errors;
        if (!modems.unplayed().isEmpty())
            out << QStringLiteral("unplayed:") << modems.unplayed();
        return out.join(QLatin1Char('\n'));
    }

    ScriptedModemFactory &modems;
    std::unique_ptr<ModemLineLogic> logic;
    QList<QPair<PortState, QString>> states;
    QList<int> rings;
    QStringList callerIds;
    QList<ReceivedFax> faxes;
    QStringList messages;
    qint64 next = 0;
};

int count(const QByteArray &haystack, const QByteArray &needle)
{
    int n = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++n;
    return n;
}

} // namespace

class TestModemLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void autoAnswerAfterRingsKeepsCallerId();
    void manualAnswerOnlyWhileRinging();
    void callerWhoHangsUpBeforeTheAnswer();
    void portThatCannotBeOpenedIsRetried();
    void modemThatDoesNotAnswerItsInitialisation();
    void sendWhileListening();
    void abortedSendHangsUp();
    void autoClassIsAskedOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString inbox() const { return m_dir->filePath(QStringLiteral("inbox")); }
};

void TestModemLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestModemLine::autoAnswerAfterRingsKeepsCallerId()
{
    ScriptedModemFactory modems(Device);
    ScriptedModem &m = modems.add();
    Scripts::class20Listen(m);
    Scripts::ring(m, 2000, "5551234", "ACME LAB");
    Scripts::ring(m, 6000);
    Scripts::class20Receive(m, Csid, Caller, {Scripts::mhPage(300)});
    LineRun run(port(FaxClass::Class20), modems);
    run.logic->setReceiveDirectory(inbox());
    QVERIFY2(run.runUntil([&] { return !run.faxes.isEmpty(); }), qPrintable(run.describe()));
    QVERIFY2(modems.errors().isEmpty() && modems.unplayed().isEmpty(), qPrintable(run.describe()));

    QCOMPARE(run.states.first(),
             qMakePair(PortState::Idle,
                       QStringLiteral("waiting for calls on %1 (fax Class 2.0)").arg(Device)));
    // Answered on the second ring, not on the first.
    QCOMPARE(run.rings, (QList<int>{1, 2}));
    QCOMPARE(run.callerIds, (QStringList{QString(), QStringLiteral("5551234 (ACME LAB)")}));
    const auto answered = std::find_if(run.states.cbegin(), run.states.cend(), [](const auto &s) {
        return s.first == PortState::Answered;
    });
    QVERIFY(answered != run.states.cend());
    QCOMPARE(*(answered - 1), qMakePair(PortState::Ringing, QStringLiteral("ringing (2)")));
    QCOMPARE(answered->second, QStringLiteral("answering on %1").arg(Device));
    QVERIFY(run.reached(PortState::Receiving));
    QCOMPARE(run.state(), PortState::Idle);
    QCOMPARE(run.text(), QStringLiteral("Received 1 pages from %1 on port front").arg(Caller));
    // The next step, a second after the call, listens again.
    QCOMPARE(run.next, modems.nowMs() + ModemLineLogic::SettleMs);

    const ReceivedFax fax = run.faxes.first();
    QCOMPARE(run.messages.first(), run.text());
    QCOMPARE(fax.callerId, QStringLiteral("5551234 (ACME LAB)"));
    QCOMPARE(fax.csid, Csid);
    QCOMPARE(fax.tsid, Caller);
    QCOMPARE(fax.port, QStringLiteral("front"));
    QCOMPARE(fax.pages, 1);
    QVERIFY(!fax.partial);
    QVERIFY2(fax.file.startsWith(inbox() + QStringLiteral("/fax-")), qPrintable(fax.file));
    QVERIFY2(fax.file.endsWith(QStringLiteral("-front.tif")), qPrintable(fax.file));
    FaxTiffReader reader;
    QVERIFY(reader.open(fax.file));
    QCOMPARE(reader.pageCount(), 1);
    QCOMPARE(reader.properties().callerId, QStringLiteral("5551234 (ACME LAB)"));
    QCOMPARE(reader.properties().tsid, Caller);
    QCOMPARE(reader.pageInfo(0).lines, 300);
    QVERIFY(m.events.contains(QStringLiteral("close"))); // the port is given back after the call
}

void TestModemLine::manualAnswerOnlyWhileRinging()
{
    ScriptedModemFactory modems(Device);
    ScriptedModem &m = modems.add();
    Scripts::class20Listen(m);
    Scripts::ring(m, 3000, "5550100");
    Scripts::ring(m, 6000);
    Scripts::ring(m, 6000);
    Scripts::class20Receive(m, Csid, Caller, {Scripts::mhPage(200)});
    LineRun run(port(FaxClass::Class20, ReceiveMode::Manual, 1), modems);
    run.logic->setReceiveDirectory(inbox());
    QVERIFY(run.runUntil([&] { return !run.states.isEmpty(); }));
    QCOMPARE(run.state(), PortState::Idle);
    QVERIFY(!run.logic->answer()); // nothing rings yet
    QVERIFY2(run.runUntil([&] { return run.rings.size() == 3; }), qPrintable(run.describe()));
    // A manual port does not answer by itself, however often it rings.
    QVERIFY(!run.reached(PortState::Answered));
    QCOMPARE(run.state(), PortState::Ringing);
    QVERIFY(run.logic->answer());
    QVERIFY2(run.runUntil([&] { return !run.faxes.isEmpty(); }), qPrintable(run.describe()));
    QCOMPARE(run.rings, (QList<int>{1, 2, 3}));
    QCOMPARE(run.faxes.first().callerId, QStringLiteral("5550100"));
    QVERIFY2(modems.errors().isEmpty() && modems.unplayed().isEmpty(), qPrintable(run.describe()));
    // The call is over: there is nothing to answer any more.
    QVERIFY(!run.logic->answer());
}

void TestModemLine::callerWhoHangsUpBeforeTheAnswer()
{
    ScriptedModemFactory modems(Device);
    ScriptedModem &m = modems.add();
    Scripts::class20Listen(m);
    Scripts::ring(m, 2000, "5550100", "FIRST");
    Scripts::ring(m, 6000);
    // Silence: the first caller has given up. A second call rings three times.
    Scripts::ring(m, 30000, "5550199", "SECOND");
    Scripts::ring(m, 6000);
    Scripts::ring(m, 6000);
    Scripts::class20Receive(m, Csid, Caller, {Scripts::mhPage(200)});
    LineRun run(port(FaxClass::Class20, ReceiveMode::Auto, 3), modems);
    run.logic->setReceiveDirectory(inbox());
    QVERIFY2(run.runUntil([&] { return run.text().contains(QStringLiteral("hung up")); }),
             qPrintable(run.describe()));
    QCOMPARE(run.states.last(),
             qMakePair(PortState::Idle,
                       QStringLiteral("the caller hung up before the call was answered")));
    QVERIFY(!run.logic->answer());
    QVERIFY2(run.runUntil([&] { return !run.faxes.isEmpty(); }), qPrintable(run.describe()));
    // The rings of the second call count from one again, and the fax has its caller ID.
    QCOMPARE(run.rings, (QList<int>{1, 2, 1, 2, 3}));
    QCOMPARE(run.faxes.first().callerId, QStringLiteral("5550199 (SECOND)"));
    QVERIFY2(modems.errors().isEmpty() && modems.unplayed().isEmpty(), qPrintable(run.describe()));
}

void TestModemLine::portThatCannotBeOpenedIsRetried()
{
    ScriptedModemFactory modems(Device);
    modems.add().failOpen = true;
    Scripts::class1Listen(modems.add());
    LineRun run(port(FaxClass::Class1), modems);
    run.logic->setReceiveDirectory(inbox());
    const qint64 next = run.step();
    QCOMPARE(run.state(), PortState::Error);
    QVERIFY2(run.text().startsWith(
                 QStringLiteral("Port front cannot use the modem on %1: ").arg(Device)),
             qPrintable(run.text()));
    QCOMPARE(next, modems.nowMs() + ModemLineLogic::OpenRetryMs);
    QVERIFY(run.runUntil([&] { return run.state() == PortState::Idle; }));
    QCOMPARE(modems.created(), 2);
    QCOMPARE(modems.createTimes().at(1) - modems.createTimes().at(0),
             qint64(ModemLineLogic::OpenRetryMs));
    QCOMPARE(run.text(), QStringLiteral("waiting for calls on %1 (fax Class 1)").arg(Device));
    QVERIFY2(modems.errors().isEmpty() && modems.unplayed().isEmpty(), qPrintable(run.describe()));
}

void TestModemLine::modemThatDoesNotAnswerItsInitialisation()
{
    ScriptedModemFactory modems(Device);
    modems.add().expectSent("ATE0V1Q0\r"); // and then nothing
    Scripts::class1Listen(modems.add());
    LineRun run(port(FaxClass::Class1), modems);
    run.logic->setReceiveDirectory(inbox());
    const qint64 next = run.step();
    QCOMPARE(run.state(), PortState::Error);
    QCOMPARE(run.text(),
             QStringLiteral("Port front cannot use the modem on %1: the modem does not answer its "
                            "initialisation: Modem on %1 did not answer ATE0V1Q0 within 3 s")
                 .arg(Device));
    QVERIFY(modems.modems().first()->events.contains(QStringLiteral("close")));
    QCOMPARE(next, modems.nowMs() + ModemLineLogic::OpenRetryMs);
    QVERIFY(run.runUntil([&] { return run.state() == PortState::Idle; }));
    QCOMPARE(modems.created(), 2);
    QVERIFY2(modems.errors().isEmpty() && modems.unplayed().isEmpty(), qPrintable(run.describe()));
}

void TestModemLine::sendWhileListening()
{
    ScriptedModemFactory modems(Device);
    ScriptedModem &listening = modems.add();
    Scripts::class1Listen(listening);
    ScriptedModem &sending = modems.add();
    Scripts::class1Dial(sending);
    sending.reply("\r\nBUSY\r\n");
    ScriptedModem &again = modems.add();
    Scripts::class1Listen(again);
    LineRun run(port(FaxClass::Class1), modems);
    run.logic->setReceiveDirectory(inbox());
    QVERIFY(run.runUntil([&] { return modems.nowMs() >= 5000; }));
    QCOMPARE(run.state(), PortState::Idle);
    QVERIFY(listening.isOpen());

    QList<DeviceStatus> progress;
    const CallOutcome out =
        run.logic->send(request(), nullptr, [&](DeviceStatus s, int, int total, const QString &) {
            progress << s;
            QCOMPARE(total, 1);
        });
    QCOMPARE(out.deviceStatus, DeviceStatus::Busy);
    QCOMPARE(out.message, QStringLiteral("The line to 5551234 was busy"));
    QVERIFY(progress.contains(DeviceStatus::Dialing));
    run.wake();
    // The listening port was let go before the send opened it, and the send closed it again.
    QCOMPARE(listening.events.last(), QStringLiteral("close"));
    QVERIFY(!listening.isOpen());
    QCOMPARE(sending.events.first(), QStringLiteral("open"));
    QCOMPARE(sending.events.last(), QStringLiteral("close"));
    // Listening resumes with the next step.
    QVERIFY(run.runUntil([&] { return modems.created() == 3 && run.state() == PortState::Idle; }));
    QVERIFY(again.isOpen());
    QCOMPARE(run.text(), QStringLiteral("waiting for calls on %1 (fax Class 1)").arg(Device));
    QVERIFY2(modems.errors().isEmpty() && modems.unplayed().isEmpty(), qPrintable(run.describe()));
}

void TestModemLine::abortedSendHangsUp()
{
    ScriptedModemFactory modems(Device);
    ScriptedModem &check = modems.add(); // a port that receives nothing is only checked
    ScriptedModem &sending = modems.add();
    Scripts::class1Dial(sending); // dialling, with no answer yet, when the user cancels
    sending.expectSent("\r").reply("\r\nNO CARRIER\r\n");
    sending.exchange("ATH0", "OK");
    LineRun run(port(FaxClass::Class1, ReceiveMode::Off), modems);
    QCOMPARE(run.step(), ModemLineLogic::NoStep);
    QCOMPARE(run.state(), PortState::Idle);
    QCOMPARE(check.events, (QStringList{QStringLiteral("open"), QStringLiteral("close")}));

    std::atomic_bool abort = false;
    qint64 abortedAt = -1;
    sending.onIdle = [&](qint64 now) {
        if (abortedAt < 0 && sending.sent.contains("ATDT")) {
            abortedAt = now + 2000; // two seconds into the dialling
        } else if (abortedAt >= 0 && now >= abortedAt && !abort) {
            abortedAt = now;
            abort = true;
        }
    };
    const CallOutcome out = run.logic->send(request(), &abort, {});
    QVERIFY2(modems.errors().isEmpty() && modems.unplayed().isEmpty(), qPrintable(run.describe()));
    QVERIFY(abort);
    QCOMPARE(out.deviceStatus, DeviceStatus::Disconnected);
    QCOMPARE(out.message, QStringLiteral("Sending stopped by the user while dialling 5551234"));
    QVERIFY(sending.events.contains(QStringLiteral("DTR off")));
    // The dialling was stopped within a quarter second of the cancel.
    const auto stop = std::find_if(sending.writes.cbegin(), sending.writes.cend(),
                                   [](const auto &w) { return w.second == "\r"; });
    QVERIFY(stop != sending.writes.cend());
    QVERIFY2(stop->first - abortedAt <= 250, qPrintable(QString::number(stop->first - abortedAt)));
}

void TestModemLine::autoClassIsAskedOnce()
{
    ScriptedModemFactory modems(Device);
    ScriptedModem &first = modems.add();
    first.exchange("AT+FCLASS=?", "0,2.0\r\nOK");
    Scripts::class20Listen(first);
    Scripts::ring(first, 2000);
    Scripts::class20Receive(first, Csid, Caller, {Scripts::mhPage(100)});
    ScriptedModem &second = modems.add();
    Scripts::class20Listen(second);
    ScriptedModem &sending = modems.add();
    Scripts::class20Dial(sending, QStringLiteral("+49 30 1234"));
    sending.reply("\r\nBUSY\r\n");
    ScriptedModem &third = modems.add();
    Scripts::class20Listen(third);

    LineRun run(port(FaxClass::Auto, ReceiveMode::Auto, 1), modems);
    run.logic->setReceiveDirectory(inbox());
    QVERIFY2(run.runUntil([&] { return !run.faxes.isEmpty(); }), qPrintable(run.describe()));
    QCOMPARE(run.logic->faxClass(), FaxClass::Class20);
    QVERIFY(run.runUntil([&] { return modems.created() == 2 && run.state() == PortState::Idle; }));
    QCOMPARE(run.text(), QStringLiteral("waiting for calls on %1 (fax Class 2.0)").arg(Device));
    const CallOutcome out = run.logic->send(request(), nullptr, {});
    QCOMPARE(out.deviceStatus, DeviceStatus::Busy);
    run.wake();
    QVERIFY(run.runUntil([&] { return modems.created() == 4 && run.state() == PortState::Idle; }));
    QVERIFY2(modems.errors().isEmpty() && modems.unplayed().isEmpty(), qPrintable(run.describe()));
    int asked = 0;
    for (const auto &m : modems.modems())
        asked += count(m->sent, "AT+FCLASS=?");
    QCOMPARE(asked, 1);
}

QTEST_GUILESS_MAIN(TestModemLine)
#include "tst_modemline.moc"
