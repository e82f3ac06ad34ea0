// SPDX-License-Identifier: GPL-3.0-or-later
// ModemSession, the one component for a modem call: the fax class settled once, rings with
// caller ID and a caller who gives up, a stop within a quarter second, the receive path (pages
// decoded and written as a fax TIFF, an undecodable page reported and the fax partial, nothing
// half-written when the folder cannot be written), and the clear errors of opening a serial
// port. Scripted fake modems in virtual time, except for the real serial ports.

#include "imaging/faxtiff.h"
#include "modem/modemsession.h"
#include "modem/uucplock.h"
#include "modemscripts.h"
#include "scriptedmodemfactory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Fax;
using namespace Fax::Test;
namespace Scripts = Fax::Test::ModemScripts;

namespace {

const QString Device = QStringLiteral("/dev/ttyFAKE0");
const QString Csid = QStringLiteral("+49 30 999");
const QString Caller = QStringLiteral("+1 555 1234");

std::shared_ptr<ModemTransportFactory> borrowed(ScriptedModemFactory &modems)
{
    return std::shared_ptr<ModemTransportFactory>(&modems, [](ModemTransportFactory *) {});
}

ModemConfig config(FaxClass cls)
{
    ModemConfig c;
    c.serial.device = Device;
    c.modemClass = cls;
    return c;
}

} // namespace

class TestModemSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void faxClassesByKey();
    void autoClassIsAskedOnce();
    void autoClassOfAModemWithoutFax();
    void ringsAndACallerWhoGivesUp();
    void stopEndsTheWaitForRing();
    void receiveWritesTheFax();
    void undecodablePageMakesTheFaxPartial();
    void nothingHalfWrittenWhenTheFolderCannotBeMade();
    void openErrorsNameTheDeviceAndWhy();

private:
    struct Received
    {
        ModemSession::ReceiveResult result;
        QStringList errors;
    };
    Received receive(const QList<QByteArray> &pages, const QString &directory);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestModemSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestModemSession::faxClassesByKey()
{
    QCOMPARE(faxClassKeys(), (QStringList{QStringLiteral("auto"), QStringLiteral("1"),
                                          QStringLiteral("2"), QStringLiteral("2.0")}));
    for (const FaxClass c : {FaxClass::Auto, FaxClass::Class1, FaxClass::Class2, FaxClass::Class20})
        QCOMPARE(faxClassFromKey(faxClassKey(c)), c);
    bool ok = false;
    QCOMPARE(faxClassFromKey(QStringLiteral("1.0"), &ok), FaxClass::Class1);
    QVERIFY(ok);
    QCOMPARE(faxClassFromKey(QStringLiteral("AUTO"), &ok), FaxClass::Auto);
    QVERIFY(ok);
    QCOMPARE(faxClassFromKey(QStringLiteral("3"), &ok), FaxClass::Auto);
    QVERIFY(!ok);
    QCOMPARE(displayName(FaxClass::Class20), QStringLiteral("Class 2.0"));
    // Which class a modem is driven in, by what it lists.
    const QStringList class1 = {QStringLiteral("0"), QStringLiteral("1.0")};
    const QStringList class2 = {QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("2.0")};
    QCOMPARE(FaxModemDriver::drivenClass(FaxClass::Auto, class1), FaxClass::Class1);
    QCOMPARE(FaxModemDriver::drivenClass(FaxClass::Auto, class2), FaxClass::Class20);
    QCOMPARE(FaxModemDriver::drivenClass(FaxClass::Class2, class2), FaxClass::Class2);
    QCOMPARE(FaxModemDriver::drivenClass(FaxClass::Class2, class1), FaxClass::Auto);
    QCOMPARE(FaxModemDriver::drivenClass(FaxClass::Class1, class1), FaxClass::Class1);
    QCOMPARE(FaxModemDriver::drivenClass(FaxClass::Auto, {QStringLiteral("0")}), FaxClass::Auto);
}

void TestModemSession::autoClassIsAskedOnce()
{
    ScriptedModemFactory modems(Device);
    ScriptedModem &m = modems.add();
    m.exchange("AT+FCLASS=?", "0,1,1.0,2\r\nOK");
    Scripts::class1Listen(m);
    ModemSession session(config(FaxClass::Auto), borrowed(modems));
    QVERIFY(session.open());
    QCOMPARE(session.faxClass(), FaxClass::Auto);
    QCOMPARE(session.callClass(), FaxClass::Class1);
    const auto first = session.chooseClass();
    QVERIFY(first);
    QCOMPARE(*first, FaxClass::Class1);
    const auto second = session.chooseClass(); // kept: the modem is not asked again
    QVERIFY(second);
    QCOMPARE(*second, FaxClass::Class1);
    QVERIFY(session.prepareToListen());
    QVERIFY2(modems.errors().isEmpty() && modems.unplayed().isEmpty(),
             qPrintable(modems.errors().join(QLatin1Char('\n')) + modems.unplayed()));
}

void TestModemSession::autoClassOfAModemWithoutFax()
{
    ScriptedModemFactory modems(Device);
    modems.add().exchange("AT+FCLASS=?", "0,8\r\nOK");
    ModemSession session(config(FaxClass::Auto), borrowed(modems));
    QVERIFY(session.open());
    const auto chosen = session.chooseClass();
    QVERIFY(!chosen);
    QCOMPARE(chosen.error().message,
             QStringLiteral("The modem on %1 offers no fax class this program drives (it lists "
                            "0,8; wanted 1, 2.0 or 2)")
                 .arg(Device));
    QCOMPARE(session.faxClass(), FaxClass::Auto);
    QCOMPARE(session.callClass(), FaxClass::Class1); // its calls get Class 1's errors
}

void TestModemSession::ringsAndACallerWhoGivesUp()
{
    ScriptedModemFactory modems(Device);
    ScriptedModem &m = modems.add();
    Scripts::class1Listen(m);
    Scripts::ring(m, 1000, "5551234", "ACME LAB");
    Scripts::ring(m, 6000);
    ModemSession session(config(FaxClass::Class1), borrowed(modems));
    QVERIFY(session.open());
    QVERIFY(session.prepareToListen());
    QList<ModemSession::RingEvent> events;
    QList<int> rings;
    QStringList callerIds;
    while (modems.nowMs() < 30000) {
        const auto e = session.waitForRing(250);
        if (e == ModemSession::RingEvent::None)
            continue;
        events << e;
        rings << session.rings();
        callerIds << session.callerId();
    }
    using E = ModemSession::RingEvent;
    QCOMPARE(events, (QList<E>{E::Ring, E::Ring, E::CallerGone}));
    QCOMPARE(rings, (QList<int>{1, 2, 0}));
    QCOMPARE(callerIds.at(1), QStringLiteral("5551234 (ACME LAB)"));
    QCOMPARE(session.rings(), 0);
}

void TestModemSession::stopEndsTheWaitForRing()
{
    ScriptedModemFactory modems(Device);
    ScriptedModem &m = modems.add();
    std::atomic_bool stop = false;
    m.onIdle = [&](qint64 now) {
        if (now >= 5000)
            stop = true;
    };
    ModemSession session(config(FaxClass::Class1), borrowed(modems));
    session.setAbortFlag(&stop);
    QVERIFY(session.open());
    QCOMPARE(session.waitForRing(60000), ModemSession::RingEvent::None);
    QVERIFY(stop);
    QVERIFY2(modems.nowMs() <= 5000 + 250, qPrintable(QString::number(modems.nowMs())));
}

TestModemSession::Received TestModemSession::receive(const QList<QByteArray> &pages,
                                                     const QString &directory)
{
    ScriptedModemFactory modems(Device);
    ScriptedModem &m = modems.add();
    Scripts::class20Listen(m);
    Scripts::ring(m, 1000, "5551234", "ACME LAB");
    Scripts::class20Receive(m, Csid, Caller, pages);
    ModemSession session(config(FaxClass::Class20), borrowed(modems));
    Received r;
    if (Result o = session.open(); !o) {
        r.errors << o.error().message;
        return r;
    }
    if (Result p = session.prepareToListen(); !p)
        r.errors << p.error().message;
    while ((session.rings() < 1 || session.callerId().isEmpty()) && modems.nowMs() < 10000)
        session.waitForRing(250);
    ModemSession::ReceiveOptions options;
    options.directory = directory;
    options.csid = Csid;
    options.station = QStringLiteral("front");
    QStringList negotiated;
    ModemSession::CallObserver observer;
    observer.negotiated = [&](const QString &remote, const T30::SessionParams &) {
        negotiated << remote;
    };
    r.result = session.receive(options, observer);
    if (negotiated != QStringList{Caller})
        r.errors << QStringLiteral("negotiated: ") + negotiated.join(QLatin1Char(','));
    r.errors << modems.errors();
    if (!modems.unplayed().isEmpty())
        r.errors << modems.unplayed();
    return r;
}

void TestModemSession::receiveWritesTheFax()
{
    const QString inbox = m_dir->filePath(QStringLiteral("inbox"));
    const Received r = receive({Scripts::mhPage(300), Scripts::mhPage(200)}, inbox);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    const ModemSession::ReceiveResult &result = r.result;
    QVERIFY2(result.outcome.success, qPrintable(result.outcome.message));
    QCOMPARE(result.pagesReceived, 2);
    QCOMPARE(result.callerId, QStringLiteral("5551234 (ACME LAB)"));
    QVERIFY(result.session);
    QCOMPARE(result.session->compression, FaxCompression::Mh);
    QCOMPARE(result.stored.decodedPages, 2);
    QVERIFY(result.stored.problems.isEmpty());
    QVERIFY(result.stored.error.isEmpty());
    const ReceivedFax &fax = result.stored.fax;
    QVERIFY(!fax.partial);
    QCOMPARE(fax.pages, 2);
    QCOMPARE(fax.yResolution, 196);
    QCOMPARE(QFileInfo(fax.file).dir().path(), inbox);
    FaxTiffReader reader;
    QVERIFY(reader.open(fax.file));
    QCOMPARE(reader.pageCount(), 2);
    QCOMPARE(reader.pageInfo(0).lines, 300);
    QCOMPARE(reader.pageInfo(1).lines, 200);
    const FaxTiffProperties p = reader.properties();
    QVERIFY(p.received);
    QCOMPARE(p.csid, Csid);
    QCOMPARE(p.tsid, Caller);
    QCOMPARE(p.callerId, QStringLiteral("5551234 (ACME LAB)"));
    QCOMPARE(p.port, QStringLiteral("front"));
    QVERIFY(!p.partial);
    QCOMPARE(QDir(inbox).entryList(QDir::Files), QStringList{QFileInfo(fax.file).fileName()});
}

void TestModemSession::undecodablePageMakesTheFaxPartial()
{
    const QString inbox = m_dir->filePath(QStringLiteral("inbox"));
    // Page 2 is no T.4 data at all: not one line decodes.
    const Received r =
        receive({Scripts::mhPage(300), QByteArray(400, '\0'), Scripts::mhPage(100)}, inbox);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    const ModemSession::ReceiveResult &result = r.result;
    QVERIFY(result.outcome.success); // the call itself went well
    QCOMPARE(result.pagesReceived, 3);
    QCOMPARE(result.stored.decodedPages, 2);
    QCOMPARE(result.stored.problems.size(), 1);
    QCOMPARE(result.stored.problems.first().page, 1);
    QVERIFY(!result.stored.problems.first().message.isEmpty());
    const ReceivedFax &fax = result.stored.fax;
    QVERIFY(fax.partial);
    QCOMPARE(fax.pages, 2);
    FaxTiffReader reader;
    QVERIFY(reader.open(fax.file));
    QCOMPARE(reader.pageCount(), 2);
    QCOMPARE(reader.pageInfo(1).lines, 100);
    QVERIFY(reader.properties().partial); // the file says so too
}

void TestModemSession::nothingHalfWrittenWhenTheFolderCannotBeMade()
{
    // The folder would have to be made inside a plain file.
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString inbox = blocker + QStringLiteral("/inbox");
    const Received r = receive({Scripts::mhPage(300)}, inbox);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    const ModemSession::ReceiveResult &result = r.result;
    QVERIFY(result.outcome.success);
    QCOMPARE(result.pagesReceived, 1);
    QCOMPARE(result.stored.error,
             QStringLiteral("Cannot create the folder %1 for received faxes").arg(inbox));
    QVERIFY(result.stored.fax.file.isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("not-a-folder")});
    QCOMPARE(QFileInfo(blocker).size(), 0);
}

void TestModemSession::openErrorsNameTheDeviceAndWhy()
{
    const QString locks = m_dir->filePath(QStringLiteral("locks"));
    QVERIFY(QDir().mkpath(locks));
    auto openError = [&](const QString &device) {
        ModemConfig c;
        c.serial.device = device;
        c.serial.flow = FlowControl::None;
        c.serial.lockDirectory = locks;
        ModemSession session(c);
        const Result r = session.open();
        return r ? QString() : r.error().message;
    };
    const QString missing = m_dir->filePath(QStringLiteral("ttyMissing"));
    QCOMPARE(openError(missing), QStringLiteral("The modem device %1 does not exist").arg(missing));
    const QString plain = m_dir->filePath(QStringLiteral("plain"));
    {
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY2(openError(plain).startsWith(
                 QStringLiteral("%1 is not a modem: it is no serial device (Cannot open modem "
                                "port %1: ")
                     .arg(plain)),
             qPrintable(openError(plain)));
    UucpLock holder(locks);
    QVERIFY(holder.acquire(QStringLiteral("/dev/null")));
    QVERIFY2(openError(QStringLiteral("/dev/null"))
                 .startsWith(
                     QStringLiteral("/dev/null is in use by this program (PID %1").arg(::getpid())),
             qPrintable(openError(QStringLiteral("/dev/null"))));
    holder.release();
    QVERIFY(QDir(locks).entryList(QDir::Files).isEmpty()); // no lock left by the failures
}

QTEST_GUILESS_MAIN(TestModemSession)
#include "tst_modemsession.moc"
