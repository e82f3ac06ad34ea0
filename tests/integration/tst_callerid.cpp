// SPDX-License-Identifier: GPL-3.0-or-later
// Caller ID end to end: spandsp's T.31 modem (tests/support/virtualline --caller-id) reports
// DATE/TIME/NMBR/NAME before its RINGs once the engine's line has sent AT+VCID=1; the local
// engine answers, and the caller ID reaches the ReceivedFax, the fax TIFF and the e-mail that
// inbound routing sends. Real time.

#include "imaging/faxtiff.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"
#include "virtuallineprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Fax;
using Fax::VirtualLineTest::VirtualLineProcess;

namespace {

const int kSessionMs = 240 * 1000;

QString chartOne()
{
    return QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
}

bool writeScript(const QString &path, const QByteArray &body)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("#!/bin/sh\n" + body);
    f.close();
    return f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

} // namespace

class TestCallerId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!VirtualLineProcess::isBuilt())
            QSKIP("fax_virtualline is not built");
        QVERIFY(QFileInfo::exists(chartOne()));
        QVERIFY(m_dir.isValid());
        Fax::VirtualLineTest::keepLogsIfAsked(m_dir);
    }

    void cleanup()
    {
        m_line.reset();
        qunsetenv("FAXCONSOLE_SENDMAIL");
    }

    void callerIdReachesTheInbox()
    {
        const QString link = m_dir.filePath(QStringLiteral("ttyFAXcid"));
        m_line = std::make_unique<VirtualLineProcess>();
        QVERIFY2(
            m_line->start({QStringLiteral("--modem-to-terminal"), QStringLiteral("--pty-link"),
                           link, QStringLiteral("--terminal"), QStringLiteral("send"), chartOne(),
                           QStringLiteral("--ident"), QStringLiteral("+1 555 1234"),
                           QStringLiteral("--caller-id"), QStringLiteral("5551234,JOHN DOE"),
                           QStringLiteral("--ring-period"), QStringLiteral("1"),
                           QStringLiteral("--timeout"), QStringLiteral("300")},
                          m_dir.filePath(QStringLiteral("virtualline.log"))),
            qPrintable(m_line->errorString()));

        // The received fax is also mailed, through a script that records the message.
        const QString mail = m_dir.filePath(QStringLiteral("mail.txt"));
        const QString sendmail = m_dir.filePath(QStringLiteral("sendmail"));
        QVERIFY(writeScript(sendmail, "cat > '" + QFile::encodeName(mail) + "'\n"));
        qputenv("FAXCONSOLE_SENDMAIL", QFile::encodeName(sendmail));

        LocalFaxServer::Options o;
        o.dataDirectory = m_dir.filePath(QStringLiteral("data"));
        o.pollIntervalMs = 100;
        auto server = std::make_unique<LocalFaxServer>(ConnectionSettings(), o);
        server->connectToServer();
        ServerSettings s = server->settings();
        s.routing.email = true;
        s.routing.emailAddress = QStringLiteral("fax@example.org");
        QVERIFY(waitFor(server->setSettings(s)));

        Port p;
        p.name = QStringLiteral("virtual");
        p.devicePath = link;
        p.flowControl = QStringLiteral("none");
        p.csid = QStringLiteral("+49 30 999");
        p.rings = 2;
        QSignalSpy added(server.get(), &FaxServer::receivedFaxAdded);
        QVERIFY(waitFor(server->addPort(p)));
        QVERIFY2(added.wait(kSessionMs), qPrintable(server->ports().at(0).stateText));
        m_line->waitForResult(30000);

        const ReceivedFax fax = added.first().first().value<ReceivedFax>();
        QVERIFY2(!fax.partial, qPrintable(m_line->describe()));
        QCOMPARE(fax.pages, 1);
        QCOMPARE(fax.tsid, QStringLiteral("+1 555 1234"));
        QCOMPARE(fax.callerId, QStringLiteral("5551234 (JOHN DOE)"));
        QCOMPARE(server->receivedFaxes().size(), 1);
        QCOMPARE(server->receivedFaxes().at(0).callerId, QStringLiteral("5551234 (JOHN DOE)"));

        FaxTiffReader reader;
        QVERIFY2(reader.open(fax.file).ok(), qPrintable(fax.file));
        QCOMPARE(reader.properties().callerId, QStringLiteral("5551234 (JOHN DOE)"));

        QVERIFY2(fax.routing.contains(QStringLiteral("mailed to fax@example.org")),
                 qPrintable(fax.routing));
        QFile message(mail);
        QVERIFY(message.open(QIODevice::ReadOnly));
        const QByteArray text = message.readAll();
        QVERIFY2(text.contains("Caller ID: 5551234 (JOHN DOE)"), text.left(2000).constData());
        QVERIFY(text.contains("Subject: Fax from +1 555 1234, 1 page(s), port virtual"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<VirtualLineProcess> m_line;
};

QTEST_GUILESS_MAIN(TestCallerId)
#include "tst_callerid.moc"
