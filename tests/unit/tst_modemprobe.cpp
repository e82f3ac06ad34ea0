// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/modemportprobe.h"
#include "modem/modemprobe.h"
#include "scriptedmodem.h"

#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Fax;
using Fax::Test::ScriptedModem;

class TestModemProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLists_data();
    void parseLists();
    void class1Modem();
    void class2Modem();
    void notAModem();
    void garbageIsNotAModem();
    void modemWithoutFaxIds();
    void portProbeOverPty();
    void portProbeSilentPty();
    void portProbeLockedPort();
};

namespace {

/// A pseudo-terminal whose master end answers AT commands from a table, served by the test's
/// event loop while the probe runs on its own thread.
class PtyModem
{
public:
    explicit PtyModem(QHash<QByteArray, QByteArray> answers) : m_answers(std::move(answers))
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        m_slave = QString::fromLocal8Bit(::ptsname(m_master));
        // Keep a slave open so the master never sees a hang-up between the probe's opens.
        m_keep = ::open(::ptsname(m_master), O_RDWR | O_NOCTTY);
        m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { serve(); });
    }
    ~PtyModem()
    {
        m_notifier.reset();
        if (m_keep >= 0)
            ::close(m_keep);
        if (m_master >= 0)
            ::close(m_master);
    }
    QString device() const { return m_slave; }
    QList<QByteArray> commands;

private:
    void serve()
    {
        char buf[256];
        const ssize_t n = ::read(m_master, buf, sizeof buf);
        if (n <= 0)
            return;
        m_line.append(buf, int(n));
        int cr;
        while ((cr = m_line.indexOf('\r')) >= 0) {
            const QByteArray command = m_line.left(cr).trimmed();
            m_line.remove(0, cr + 1);
            if (command.isEmpty())
                continue;
            commands << command;
            const auto it = m_answers.constFind(command);
            if (it == m_answers.constEnd() && m_answers.contains("*"))
                continue; // "*" present: unknown commands get no answer at all
            const QByteArray answer =
                "\r\n" + (it == m_answers.constEnd() ? QByteArray("ERROR") : it.value()) + "\r\n";
            (void)!::write(m_master, answer.constData(), size_t(answer.size()));
        }
    }

    QHash<QByteArray, QByteArray> m_answers;
    int m_master = -1;
    int m_keep = -1;
    QString m_slave;
    QByteArray m_line;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace

void TestModemProbe::parseLists_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("spandsp") << QStringLiteral("0,1,1.0")
                             << QStringList{QStringLiteral("0"), QStringLiteral("1"),
                                            QStringLiteral("1.0")};
    QTest::newRow("parens") << QStringLiteral("(0,1,2)")
                            << QStringList{QStringLiteral("0"), QStringLiteral("1"),
                                           QStringLiteral("2")};
    QTest::newRow("range") << QStringLiteral("+FCLASS: (0-2)")
                           << QStringList{QStringLiteral("0"), QStringLiteral("1"),
                                          QStringLiteral("2")};
    QTest::newRow("carriers") << QStringLiteral("24,48,72,96")
                              << QStringList{QStringLiteral("24"), QStringLiteral("48"),
                                             QStringLiteral("72"), QStringLiteral("96")};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestModemProbe::parseLists()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, items);
    QCOMPARE(parseModemList(answer), items);
}

void TestModemProbe::class1Modem()
{
    ScriptedModem m;
    m.exchange("AT", "OK").exchange("ATE0V1Q0", "OK");
    m.exchange("ATI0", "spandsp\r\n\r\nOK").exchange("ATI1", "OK").exchange("ATI2", "ERROR");
    m.exchange("ATI3", "T.31 modem\r\n\r\nOK").exchange("ATI4", "OK");
    m.exchange("AT+FMI?", "\"Acme\"\r\n\r\nOK");
    m.exchange("AT+FMM?", "+FMM: FaxBox 14.4\r\n\r\nOK");
    m.exchange("AT+FMR?", "0.0.6\r\n\r\nOK");
    m.exchange("AT+FCLASS=?", "0,1,1.0\r\n\r\nOK");
    m.exchange("AT+FCLASS=1", "OK");
    m.exchange("AT+FTM=?", "24,48,72,73,74,96,97,98,121,122,145,146\r\n\r\nOK");
    m.exchange("AT+FRM=?", "24,48,72,73,74,96,97,98,121,122,145,146\r\n\r\nOK");
    m.exchange("AT+FCLASS=0", "OK");
    AtDialogue at(&m);
    const auto info = ModemProbe(at).run();
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    QVERIFY2(m.errors.isEmpty(), qPrintable(m.errors.join(QLatin1Char('\n'))));
    QVERIFY2(m.done(), qPrintable(m.nextStep()));
    QCOMPARE(info->manufacturer, QStringLiteral("Acme"));
    QCOMPARE(info->model, QStringLiteral("FaxBox 14.4"));
    QCOMPARE(info->revision, QStringLiteral("0.0.6"));
    QCOMPARE(info->identification,
             (QStringList{QStringLiteral("I0: spandsp"), QStringLiteral("I3: T.31 modem")}));
    QCOMPARE(info->classes,
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1.0")}));
    QVERIFY(info->supportsClass1());
    const QList<int> carriers{24, 48, 72, 73, 74, 96, 97, 98, 121, 122, 145, 146};
    QCOMPARE(info->transmitCarriers, carriers);
    QCOMPARE(info->receiveCarriers, carriers);
}

// A Class 2/2.0 modem (no Class 1): its +FCC=?/+FDCC=? ranges are asked in each class.
void TestModemProbe::class2Modem()
{
    ScriptedModem m;
    m.exchange("AT", "OK").exchange("ATE0V1Q0", "OK");
    for (int i = 0; i <= 4; ++i)
        m.exchange("ATI" + QByteArray::number(i), "ERROR");
    m.exchange("AT+FMI?", "Acme\r\n\r\nOK");
    m.exchange("AT+FMM?", "Class2Box\r\n\r\nOK");
    m.exchange("AT+FMR?", "1.0\r\n\r\nOK");
    m.exchange("AT+FCLASS=?", "(0,2,2.0)\r\n\r\nOK");
    m.exchange("AT+FCLASS=2.0", "OK");
    m.exchange("AT+FCC=?", "+FCC:(0-3),(0-5),(0-2),(0-2),(0-3),(0-2),(0),(0-7)\r\n\r\nOK");
    m.exchange("AT+FCLASS=2", "OK");
    m.exchange("AT+FDCC=?", "+FDCC: (0,1),(0-5),(0-2),(0-2),(0,1),(0),(0),(0-7)\r\n\r\nOK");
    m.exchange("AT+FCLASS=0", "OK");
    AtDialogue at(&m);
    const auto info = ModemProbe(at).run();
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    QVERIFY2(m.errors.isEmpty(), qPrintable(m.errors.join(QLatin1Char('\n'))));
    QVERIFY2(m.done(), qPrintable(m.nextStep()));
    QCOMPARE(info->classes,
             (QStringList{QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("2.0")}));
    QVERIFY(!info->supportsClass1());
    QVERIFY(info->supportsClass2());
    QVERIFY(info->supportsClass20());
    QCOMPARE(info->class20Capabilities,
             QStringLiteral("(0-3),(0-5),(0-2),(0-2),(0-3),(0-2),(0),(0-7)"));
    QCOMPARE(info->class2Capabilities,
             QStringLiteral("(0,1),(0-5),(0-2),(0-2),(0,1),(0),(0),(0-7)"));
    QVERIFY(info->transmitCarriers.isEmpty());
}

void TestModemProbe::notAModem()
{
    ScriptedModem m(QStringLiteral("/dev/ttyS3"));
    m.expectSent("AT\r").expectSent("AT\r");
    AtDialogue at(&m);
    const auto info = ModemProbe(at, 2000).run();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().message,
             QStringLiteral("Nothing on /dev/ttyS3 answers AT (not a modem, switched off, or a "
                            "wrong speed): Modem on /dev/ttyS3 did not answer AT within 2 s"));
}

void TestModemProbe::garbageIsNotAModem()
{
    ScriptedModem m;
    m.expectSent("AT\r").reply(QByteArray("\x8f\x9e\xfe", 3)).expectSent("AT\r");
    AtDialogue at(&m);
    const auto info = ModemProbe(at, 1000).run();
    QVERIFY(!info.ok());
    QVERIFY2(info.error().message.contains(QStringLiteral("unreadable data")),
             qPrintable(info.error().message));
}

void TestModemProbe::modemWithoutFaxIds()
{
    // A data-only modem: no +FMI, falls back to +GMI; no fax class at all.
    ScriptedModem m;
    m.exchange("AT", "OK").exchange("ATE0V1Q0", "OK");
    for (int i = 0; i <= 4; ++i)
        m.exchange("ATI" + QByteArray::number(i), "ERROR");
    m.exchange("AT+FMI?", "ERROR").exchange("AT+FMM?", "ERROR").exchange("AT+FMR?", "ERROR");
    m.exchange("AT+GMI", "DataCorp\r\n\r\nOK")
        .exchange("AT+GMM", "ERROR")
        .exchange("AT+GMR", "ERROR");
    m.exchange("AT+FCLASS=?", "ERROR");
    AtDialogue at(&m);
    const auto info = ModemProbe(at).run();
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    QVERIFY(m.done());
    QCOMPARE(info->manufacturer, QStringLiteral("DataCorp"));
    QVERIFY(info->classes.isEmpty());
    QVERIFY(!info->supportsClass1());
}

void TestModemProbe::portProbeOverPty()
{
    PtyModem modem({{"AT", "OK"},
                    {"ATE0V1Q0", "OK"},
                    {"ATI0", "PtyModem\r\n\r\nOK"},
                    {"AT+FMI?", "Acme\r\n\r\nOK"},
                    {"AT+FMM?", "Pty 1\r\n\r\nOK"},
                    {"AT+FMR?", "2.0\r\n\r\nOK"},
                    {"AT+FCLASS=?", "0,1,1.0\r\n\r\nOK"},
                    {"AT+FCLASS=1", "OK"},
                    {"AT+FTM=?", "24,48,72,96\r\n\r\nOK"},
                    {"AT+FRM=?", "24,48,72,96\r\n\r\nOK"},
                    {"AT+FCLASS=0", "OK"}});
    QVERIFY(!modem.device().isEmpty());
    QTemporaryDir locks;
    SerialConfig config;
    config.device = modem.device();
    config.flow = FlowControl::None;
    config.lockDirectory = locks.path();
    ModemPortProbe probe(config, 2000);
    QSignalSpy finished(&probe, &ModemPortProbe::finished);
    probe.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(probe.info().manufacturer, QStringLiteral("Acme"));
    QCOMPARE(probe.info().model, QStringLiteral("Pty 1"));
    QVERIFY(probe.info().supportsClass1());
    QCOMPARE(probe.info().transmitCarriers, (QList<int>{24, 48, 72, 96}));
    QCOMPARE(modem.commands.first(), QByteArray("AT"));
    // The port was released: no lock file is left.
    QVERIFY(QDir(locks.path()).entryList(QDir::Files).isEmpty());
}

void TestModemProbe::portProbeSilentPty()
{
    PtyModem modem({{"*", ""}}); // answers nothing
    QTemporaryDir locks;
    SerialConfig config;
    config.device = modem.device();
    config.flow = FlowControl::None;
    config.lockDirectory = locks.path();
    ModemPortProbe probe(config, 300);
    QSignalSpy finished(&probe, &ModemPortProbe::finished);
    probe.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(
        probe.errorString(),
        QStringLiteral("Nothing on %1 answers AT (not a modem, switched off, or a wrong speed): "
                       "Modem on %1 did not answer AT within 0.3 s")
            .arg(modem.device()));
}

void TestModemProbe::portProbeLockedPort()
{
    PtyModem modem({{"AT", "OK"}});
    QTemporaryDir locks;
    UucpLock holder(locks.path());
    QVERIFY(holder.acquire(modem.device()).ok());
    SerialConfig config;
    config.device = modem.device();
    config.lockDirectory = locks.path();
    ModemPortProbe probe(config, 300);
    QSignalSpy finished(&probe, &ModemPortProbe::finished);
    probe.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(
        probe.errorString().startsWith(
            modem.device() + QStringLiteral(" is in use by this program (PID %1").arg(::getpid())),
        qPrintable(probe.errorString()));
    QVERIFY(modem.commands.isEmpty()); // nothing was sent to a port someone else holds
}

QTEST_GUILESS_MAIN(TestModemProbe)
#include "tst_modemprobe.moc"
