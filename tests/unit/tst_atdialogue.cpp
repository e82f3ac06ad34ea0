// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/atdialogue.h"
#include "modem/serialtransport.h"
#include "scriptedmodem.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace Fax;
using Fax::Test::ScriptedModem;

class TestAtDialogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void okWithEchoAndInformation();
    void resultCodes_data();
    void resultCodes();
    void ringIsUnsolicited();
    void waitForRing();
    void silentModemNamesDeviceAndTime();
    void garbageIsReported();
    void unfinishedAnswerIsReported();
    void errorReplyNamesCommand();
    void dataAfterConnectIsUnstuffed();
    void dataSplitAcrossReadsAndSubstitution();
    void dataTimeout();
    void recoverDropsDtrResetsAndInitialises();
    void recoverFailsNamingTheStep();
    void hangUpDropsDtr();
    void callerIdBetweenRings();
    void callerIdForms_data();
    void callerIdForms();
    void callerIdOfANewCall();
    void callerIdDuringACommand();
    void lookalikeLinesStayInformation();
    void hangUpForgetsCallerId();
    void enableCallerIdTriesBothCommands();
    void enableCallerIdToleratesErrors();
    void serialTransportOverPty();
};

void TestAtDialogue::okWithEchoAndInformation()
{
    ScriptedModem m;
    m.expectSent("ATI3\r").reply("ATI3\r\r\nFaxModem 1.0\r\n\r\nOK\r\n");
    AtDialogue at(&m);
    const auto r = at.command("ATI3");
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->code, AtResponse::Code::Ok);
    QCOMPARE(r->lines, QStringList{QStringLiteral("FaxModem 1.0")});
    QVERIFY(m.errors.isEmpty());
    QVERIFY(m.done());
}

void TestAtDialogue::resultCodes_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<AtResponse::Code>("code");
    QTest::newRow("ok") << QByteArray("OK") << AtResponse::Code::Ok;
    QTest::newRow("connect") << QByteArray("CONNECT") << AtResponse::Code::Connect;
    QTest::newRow("connect rate") << QByteArray("CONNECT 14400") << AtResponse::Code::Connect;
    QTest::newRow("error") << QByteArray("ERROR") << AtResponse::Code::Error;
    QTest::newRow("no carrier") << QByteArray("NO CARRIER") << AtResponse::Code::NoCarrier;
    QTest::newRow("busy") << QByteArray("BUSY") << AtResponse::Code::Busy;
    QTest::newRow("no dialtone") << QByteArray("NO DIALTONE") << AtResponse::Code::NoDialTone;
    QTest::newRow("no dial tone") << QByteArray("NO DIAL TONE") << AtResponse::Code::NoDialTone;
    QTest::newRow("no answer") << QByteArray("NO ANSWER") << AtResponse::Code::NoAnswer;
    QTest::newRow("fcerror") << QByteArray("+FCERROR") << AtResponse::Code::FcError;
}

void TestAtDialogue::resultCodes()
{
    QFETCH(QByteArray, answer);
    QFETCH(AtResponse::Code, code);
    ScriptedModem m;
    m.exchange("ATD123", answer);
    AtDialogue at(&m);
    const auto r = at.command("ATD123", 60000);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->code, code);
    QCOMPARE(r->text, QString::fromLatin1(answer));
}

void TestAtDialogue::ringIsUnsolicited()
{
    ScriptedModem m;
    m.reply("\r\nRING\r\n").expectSent("AT\r").reply("\r\nRING\r\n\r\nOK\r\n");
    AtDialogue at(&m);
    const auto r = at.command("AT");
    QVERIFY(r.ok());
    QCOMPARE(r->code, AtResponse::Code::Ok);
    QVERIFY(r->lines.isEmpty());
    QCOMPARE(at.takeRings(), 2);
    QCOMPARE(at.takeRings(), 0);
}

void TestAtDialogue::waitForRing()
{
    ScriptedModem m;
    AtDialogue at(&m);
    QVERIFY(!at.waitForRing(2000)); // nobody calls
    QVERIFY(m.nowMs() >= 2000);
    m.reply("\r\nRING\r\n");
    QVERIFY(at.waitForRing(2000));
    QCOMPARE(at.takeRings(), 1);
}

void TestAtDialogue::silentModemNamesDeviceAndTime()
{
    ScriptedModem m(QStringLiteral("/dev/ttyS7"));
    m.expectSent("AT\r");
    AtDialogue at(&m);
    const qint64 before = m.nowMs();
    const auto r = at.command("AT", 5000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Connection);
    QCOMPARE(r.error().message, QStringLiteral("Modem on /dev/ttyS7 did not answer AT within 5 s"));
    QVERIFY(m.nowMs() - before >= 5000); // it really waited the whole time (virtual clock)
}

void TestAtDialogue::garbageIsReported()
{
    ScriptedModem m;
    m.expectSent("AT\r").reply(QByteArray("\xff\xfe\x80\x81\r\n", 6));
    AtDialogue at(&m);
    const auto r = at.command("AT");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("/dev/ttyFAKE0 answered AT with unreadable "
                                                       "data (ff fe 80 81)")),
             qPrintable(r.error().message));
}

void TestAtDialogue::unfinishedAnswerIsReported()
{
    ScriptedModem m;
    m.expectSent("ATI0\r").reply("\r\n56000\r\n");
    AtDialogue at(&m);
    const auto r = at.command("ATI0", 2000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message,
             QStringLiteral("Modem on /dev/ttyFAKE0 did not finish its answer to ATI0 within 2 s "
                            "(got \"56000\")"));
}

void TestAtDialogue::errorReplyNamesCommand()
{
    ScriptedModem m;
    m.exchange("AT+FCLASS=1", "ERROR");
    AtDialogue at(&m);
    const Result r = at.expectOk("AT+FCLASS=1");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message,
             QStringLiteral("Modem on /dev/ttyFAKE0 answered AT+FCLASS=1 with ERROR"));
}

void TestAtDialogue::dataAfterConnectIsUnstuffed()
{
    ScriptedModem m;
    m.expectSent("AT+FRH=3\r")
        .reply(QByteArray("\r\nCONNECT\r\n\xff\x13\x10\x10\x80\x10\x03\r\nOK\r\n", 24));
    AtDialogue at(&m);
    const auto r = at.command("AT+FRH=3");
    QVERIFY(r.ok());
    QCOMPARE(r->code, AtResponse::Code::Connect);
    bool ok = false;
    const QByteArray data = at.readData(3000, 1000, &ok);
    QVERIFY(ok);
    QCOMPARE(data, QByteArray("\xff\x13\x10\x80", 4));
    const auto status = at.waitResult(1000, "AT+FRH=3");
    QVERIFY(status.ok());
    QCOMPARE(status->code, AtResponse::Code::Ok);
}

void TestAtDialogue::dataSplitAcrossReadsAndSubstitution()
{
    ScriptedModem m;
    // "CONNECT\r" and its "\n" arrive apart; <DLE><SUB> stands for two DLEs (T.31).
    m.expectSent("AT+FRM=96\r").reply("\r\nCONNECT\r");
    AtDialogue at(&m);
    const auto r = at.command("AT+FRM=96");
    QVERIFY(r.ok());
    QCOMPARE(r->code, AtResponse::Code::Connect);
    m.reply(QByteArray("\n\x01\x10", 3));
    m.reply(QByteArray("\x1a\x02\x10\x03\r\nNO CARRIER\r\n", 17));
    bool ok = false;
    const QByteArray data = at.readData(3000, 1000, &ok);
    QVERIFY(ok);
    QCOMPARE(data, QByteArray("\x01\x10\x10\x02", 4));
    const auto status = at.waitResult(1000, "AT+FRM=96");
    QVERIFY(status.ok());
    QCOMPARE(status->code, AtResponse::Code::NoCarrier);
}

void TestAtDialogue::dataTimeout()
{
    ScriptedModem m;
    m.reply(QByteArray("\x00\x00\x00", 3));
    AtDialogue at(&m);
    bool ok = true;
    const QByteArray data = at.readData(2000, 1000, &ok);
    QVERIFY(!ok);
    QCOMPARE(data.size(), 3);
}

void TestAtDialogue::recoverDropsDtrResetsAndInitialises()
{
    ScriptedModem m;
    m.expectSent("AT\r"); // no answer: the modem is stuck
    m.exchange("ATZ", "OK").exchange("ATE0V1Q0", "OK").exchange("AT+FCLASS=1", "OK");
    AtDialogue at(&m);
    QVERIFY(!at.command("AT").ok());
    const Result r = at.recover("ATZ", {"ATE0V1Q0", "AT+FCLASS=1"});
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(m.done());
    QVERIFY(m.errors.isEmpty());
    QCOMPARE(m.events.mid(0, 3),
             (QStringList{QStringLiteral("DTR off"), QStringLiteral("pause 500"),
                          QStringLiteral("DTR on")}));
}

void TestAtDialogue::recoverFailsNamingTheStep()
{
    ScriptedModem m(QStringLiteral("/dev/ttyUSB0"));
    m.expectSent("ATZ\r").expectSent("+++").expectSent("ATZ\r");
    AtDialogue at(&m);
    const Result r = at.recover("ATZ", {"ATE0V1Q0"}, 1000);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(QStringLiteral(
                 "Modem on /dev/ttyUSB0 does not respond even after a DTR drop and ATZ: Modem on "
                 "/dev/ttyUSB0 did not answer ATZ within 2 s")),
             qPrintable(r.error().message));
    QVERIFY(m.errors.isEmpty());
}

void TestAtDialogue::hangUpDropsDtr()
{
    ScriptedModem m;
    m.exchange("ATH0", "OK");
    AtDialogue at(&m);
    at.hangUp();
    QVERIFY(m.done());
    QCOMPARE(m.events, (QStringList{QStringLiteral("DTR off"), QStringLiteral("pause 500"),
                                    QStringLiteral("DTR on")}));
}

// The real transport: QSerialPort on a pseudo-terminal, used from its own thread, locked.
void TestAtDialogue::serialTransportOverPty()
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    QTemporaryDir lockDir;
    QVERIFY(lockDir.isValid());

    SerialConfig config;
    config.device = slave;
    config.baudRate = 19200;
    config.flow = FlowControl::None;
    config.lockDirectory = lockDir.path();

    QString failure;
    QStringList lines;
    bool lockSeen = false;
    QString secondOpen;
    QThread *port = QThread::create([&] {
        SerialTransport transport(config);
        if (Result r = transport.open(); !r) {
            failure = r.error().message;
            return;
        }
        lockSeen = QFile::exists(lockDir.filePath(UucpLock::lockFileName(slave)));
        SerialTransport second(config);
        const Result again = second.open();
        secondOpen = again ? QString() : again.error().message;
        AtDialogue at(&transport);
        const auto r = at.command("ATI0", 5000);
        if (!r)
            failure = r.error().message;
        else
            lines = r->lines;
    });
    port->start();
    // Play the modem on the master side.
    QByteArray got;
    for (int i = 0; i < 100 && !got.contains('\r'); ++i) {
        pollfd p{master, POLLIN, 0};
        if (::poll(&p, 1, 100) > 0 && (p.revents & POLLIN)) {
            char buf[64];
            const ssize_t n = ::read(master, buf, sizeof buf);
            if (n > 0)
                got.append(buf, int(n));
        }
    }
    QCOMPARE(got, QByteArray("ATI0\r"));
    const QByteArray answer("\r\nPTY modem\r\n\r\nOK\r\n");
    QCOMPARE(::write(master, answer.constData(), size_t(answer.size())), ssize_t(answer.size()));
    QTRY_VERIFY_WITH_TIMEOUT(port->isFinished(), 10000);
    delete port;
    ::close(master);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(lockSeen);
    QVERIFY2(secondOpen.contains(slave) &&
                 secondOpen.contains(QStringLiteral("PID %1").arg(::getpid())),
             qPrintable(secondOpen));
    QCOMPARE(lines, QStringList{QStringLiteral("PTY modem")});
    // Closing released the lock.
    QVERIFY(!QFile::exists(lockDir.filePath(UucpLock::lockFileName(slave))));
}

void TestAtDialogue::callerIdBetweenRings()
{
    ScriptedModem m;
    m.reply("\r\nRING\r\n\r\nDATE = 1126\r\nTIME = 0915\r\nNMBR = 5551234\r\n"
            "NAME = JOHN DOE\r\n\r\nRING\r\n");
    AtDialogue at(&m);
    QVERIFY(at.callerId().isEmpty());
    QVERIFY(at.waitForRing(2000));
    QCOMPARE(at.takeRings(), 2);
    QCOMPARE(at.callerId(), QStringLiteral("5551234 (JOHN DOE)"));
    // Further rings of the same call keep it.
    m.reply("\r\nRING\r\n");
    QVERIFY(at.waitForRing(6000));
    QCOMPARE(at.callerId(), QStringLiteral("5551234 (JOHN DOE)"));
}

void TestAtDialogue::callerIdForms_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("expected");
    QTest::newRow("number only") << QByteArray("NMBR = 5551234\r\n") << "5551234";
    QTest::newRow("no spaces (spandsp)")
        << QByteArray("DATE=1126\r\nTIME=0915\r\nNMBR=+49301234567\r\nNAME=Alice\r\n")
        << "+49301234567 (Alice)";
    QTest::newRow("name before number")
        << QByteArray("NAME = BOB\r\nNMBR = 5550100\r\n") << "5550100 (BOB)";
    QTest::newRow("private") << QByteArray("NMBR = P\r\nNAME = P\r\n") << "private";
    QTest::newRow("out of area") << QByteArray("NMBR = O\r\nNAME = O\r\n") << "unavailable";
    QTest::newRow("private number, known name")
        << QByteArray("NMBR = P\r\nNAME = CAROL\r\n") << "private (CAROL)";
    QTest::newRow("name only") << QByteArray("NAME = DAVE\r\n") << "DAVE";
    QTest::newRow("dialable directory number")
        << QByteArray("DDN_NMBR = 18005550100\r\n") << "18005550100";
    QTest::newRow("colon form") << QByteArray("CALLER NUMBER: 5550199\r\nCALLER NAME: EVE\r\n")
                                << "5550199 (EVE)";
    // MDMF parameters: 02 number "5551234", 07 name "ANNA".
    QTest::newRow("MESG block") << QByteArray("MESG = 020735353531323334070441"
                                              "4E4E41\r\n")
                                << "5551234 (ANNA)";
    QTest::newRow("MESG private") << QByteArray("MESG = 040150\r\n") << "private";
    QTest::newRow("MESG that is not MDMF")
        << QByteArray("NMBR = 5550100\r\nMESG = 0C\r\n") << "5550100";
}

void TestAtDialogue::callerIdForms()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, expected);
    ScriptedModem m;
    m.reply("\r\n" + lines + "\r\nRING\r\n");
    AtDialogue at(&m);
    QVERIFY(at.waitForRing(2000));
    QCOMPARE(at.callerId(), expected);
}

void TestAtDialogue::callerIdOfANewCall()
{
    ScriptedModem m;
    m.reply("\r\nRING\r\n\r\nNMBR = 5551234\r\n\r\nRING\r\n");
    AtDialogue at(&m);
    while (at.waitForRing(100))
        at.takeRings();
    QCOMPARE(at.callerId(), QStringLiteral("5551234"));
    // The caller gives up; much later another call rings without caller ID.
    QVERIFY(!at.waitForRing(int(AtDialogue::CallGapMs) + 2000));
    m.reply("\r\nRING\r\n");
    QVERIFY(at.waitForRing(2000));
    at.takeRings();
    QVERIFY2(at.callerId().isEmpty(), qPrintable(at.callerId()));
    // A later call with caller ID gets its own.
    QVERIFY(!at.waitForRing(int(AtDialogue::CallGapMs) + 2000));
    m.reply("\r\nNMBR = 5550100\r\n\r\nRING\r\n");
    QVERIFY(at.waitForRing(2000));
    QCOMPARE(at.callerId(), QStringLiteral("5550100"));
}

void TestAtDialogue::callerIdDuringACommand()
{
    ScriptedModem m;
    m.expectSent("AT\r").reply("\r\nRING\r\n\r\nNMBR = 5551234\r\nNAME = JOHN\r\n\r\nOK\r\n");
    AtDialogue at(&m);
    const auto r = at.command("AT");
    QVERIFY(r.ok());
    QCOMPARE(r->code, AtResponse::Code::Ok);
    QVERIFY2(r->lines.isEmpty(), qPrintable(r->lines.join(QLatin1Char('|'))));
    QCOMPARE(at.callerId(), QStringLiteral("5551234 (JOHN)"));
    QCOMPARE(at.takeRings(), 1);
}

void TestAtDialogue::lookalikeLinesStayInformation()
{
    ScriptedModem m;
    m.expectSent("ATI7\r").reply("\r\nDate: 2003-05-01\r\nTIME = unknown\r\nOK\r\n");
    AtDialogue at(&m);
    const auto r = at.command("ATI7");
    QVERIFY(r.ok());
    QCOMPARE(r->lines,
             (QStringList{QStringLiteral("Date: 2003-05-01"), QStringLiteral("TIME = unknown")}));
    QVERIFY(at.callerId().isEmpty());
}

void TestAtDialogue::hangUpForgetsCallerId()
{
    ScriptedModem m;
    m.reply("\r\nNMBR = 5551234\r\n\r\nRING\r\n").exchange("ATH0", "OK");
    AtDialogue at(&m);
    QVERIFY(at.waitForRing(2000));
    QCOMPARE(at.callerId(), QStringLiteral("5551234"));
    at.hangUp();
    QVERIFY(at.callerId().isEmpty());
}

void TestAtDialogue::enableCallerIdTriesBothCommands()
{
    ScriptedModem m;
    m.exchange("AT+VCID=1", "ERROR").exchange("AT#CID=1", "OK");
    AtDialogue at(&m);
    QVERIFY(at.enableCallerId());
    QVERIFY2(m.done(), qPrintable(m.nextStep()));
    QVERIFY(m.errors.isEmpty());

    ScriptedModem first;
    first.exchange("AT+VCID=1", "OK");
    AtDialogue at2(&first);
    QVERIFY(at2.enableCallerId());
    QVERIFY(first.done());
    QVERIFY(!first.sent.contains("#CID"));
}

void TestAtDialogue::enableCallerIdToleratesErrors()
{
    // A modem without caller ID answers ERROR to both; the dialogue stays usable.
    ScriptedModem m;
    m.exchange("AT+VCID=1", "ERROR").exchange("AT#CID=1", "ERROR").exchange("AT", "OK");
    AtDialogue at(&m);
    QVERIFY(!at.enableCallerId());
    QVERIFY(at.expectOk("AT").ok());
    QVERIFY2(m.done(), qPrintable(m.nextStep()));
}

QTEST_GUILESS_MAIN(TestAtDialogue)
#include "tst_atdialogue.moc"
