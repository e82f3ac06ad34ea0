// SPDX-License-Identifier: GPL-3.0-or-later
// Inbound routing by print (CUPS lp) and e-mail (sendmail): the local engine runs the programs
// without blocking, within a time limit, and the received fax's routing text says what came of
// it. The programs are small recording scripts (FAXCONSOLE_LP, FAXCONSOLE_SENDMAIL).
#include "imaging/faxtiff.h"
#include "localserverfixture.h"

#include "server/inboundrouter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Fax;
using namespace Fax::Test;

namespace {

QString chartOne()
{
    return QStringLiteral(FAX_TESTDATA_DIR "/itu1.tif");
}

bool writeScript(const QString &path, const QByteArray &body)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("#!/bin/sh\n" + body);
    f.close();
    return f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

QStringList lines(const QString &path)
{
    QString text = QString::fromUtf8(readFile(path));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.split(QLatin1Char('\n'));
}

} // namespace

class TestInboundRouting : public QObject, private LocalServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup()
    {
        qunsetenv("FAXCONSOLE_LP");
        qunsetenv("FAXCONSOLE_SENDMAIL");
        cleanupFixture();
    }

    void printsAndMails()
    {
        const QString lp = script("ok/lp", "for a in \"$@\"; do echo \"$a\"; done > \"$0.args\"\n"
                                           "echo 'request id is Laser-1 (1 file(s))'\n");
        const QString sendmail = script("ok/sendmail", "for a in \"$@\"; do echo \"$a\"; done > "
                                                       "\"$0.args\"\ncat > \"$0.mail\"\n");
        qputenv("FAXCONSOLE_LP", QFile::encodeName(lp));
        qputenv("FAXCONSOLE_SENDMAIL", QFile::encodeName(sendmail));
        auto server = routingServer(true, QStringLiteral("Laser"), true);
        const ReceivedFax fax = receive(*server);
        QCOMPARE(fax.routing, QStringLiteral("Stored in the Inbox; printed on Laser; mailed to "
                                             "fax@example.org"));
        QCOMPARE(lines(lp + QStringLiteral(".args")),
                 (QStringList{QStringLiteral("-d"), QStringLiteral("Laser"), QStringLiteral("-t"),
                              QStringLiteral("Fax from +1 555 1234"), fax.file}));
        QCOMPARE(lines(sendmail + QStringLiteral(".args")),
                 (QStringList{QStringLiteral("-t"), QStringLiteral("-oi")}));

        const QByteArray mail = readFile(sendmail + QStringLiteral(".mail"));
        QVERIFY(mail.startsWith("To: fax@example.org\r\n"));
        QVERIFY(mail.contains("\r\nSubject: Fax from +1 555 1234, 1 page(s), port modem1\r\n"));
        QVERIFY(mail.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(mail.contains("Caller ID: 5550100 (JOHN DOE)"));
        const qsizetype b = mail.indexOf("boundary=\"");
        QVERIFY(b > 0);
        const QByteArray boundary = mail.mid(b + 10, mail.indexOf('"', b + 10) - b - 10);
        QVERIFY(mail.contains(QByteArray("\r\n--" + boundary + "\r\nContent-Type: text/plain")));
        const qsizetype tiffPart = mail.indexOf("Content-Type: image/tiff");
        QVERIFY(tiffPart > 0);
        const qsizetype bodyStart = mail.indexOf("\r\n\r\n", tiffPart) + 4;
        const qsizetype bodyEnd = mail.indexOf(QByteArray("\r\n--" + boundary + "--"), bodyStart);
        QVERIFY(bodyStart > 4 && bodyEnd > bodyStart);
        QByteArray base64 = mail.mid(bodyStart, bodyEnd - bodyStart);
        for (const QByteArray &line : base64.split('\n'))
            QVERIFY(line.trimmed().size() <= 76);
        base64.replace("\r\n", "");
        // The mail carries the fax as received: the same pages as the file.
        FaxTiffReader mailed, kept;
        QVERIFY(mailed.openData(QByteArray::fromBase64(base64), QStringLiteral("attachment")));
        QVERIFY(kept.open(fax.file));
        QCOMPARE(mailed.pageCount(), kept.pageCount());
        QCOMPARE(mailed.rawPage(0).value(), kept.rawPage(0).value());
        // What the Inbox keeps says the same, and so does the file itself.
        QCOMPARE(server->receivedFaxes().at(0).routing, fax.routing);
        QCOMPARE(kept.properties().routing, fax.routing);
        QCOMPARE(kept.properties().callerId, fax.callerId);
        QVERIFY(kept.properties().received);
    }

    void missingPrograms()
    {
        qputenv("FAXCONSOLE_LP", "/nonexistent/lp");
        qputenv("FAXCONSOLE_SENDMAIL", "/nonexistent/sendmail");
        auto server = routingServer(true, QString(), true);
        const ReceivedFax fax = receive(*server);
        QVERIFY2(fax.routing.contains(QStringLiteral("not printed on the default printer: the "
                                                     "program /nonexistent/lp was not found")),
                 qPrintable(fax.routing));
        QVERIFY2(fax.routing.contains(QStringLiteral("FAXCONSOLE_LP")), qPrintable(fax.routing));
        QVERIFY2(fax.routing.contains(QStringLiteral("not e-mailed to fax@example.org: the program "
                                                     "/nonexistent/sendmail was not found")),
                 qPrintable(fax.routing));
        QVERIFY(fax.routing.startsWith(QStringLiteral("Stored in the Inbox")));
    }

    void failingPrograms()
    {
        const QString lp = script("fail/lp", "echo 'lp: The printer or class does not exist.' "
                                             ">&2\nexit 1\n");
        const QString sendmail = script("fail/sendmail", "cat > /dev/null\necho 'sendmail: "
                                                         "cannot connect to the mail server' "
                                                         ">&2\nexit 75\n");
        qputenv("FAXCONSOLE_LP", QFile::encodeName(lp));
        qputenv("FAXCONSOLE_SENDMAIL", QFile::encodeName(sendmail));
        auto server = routingServer(true, QStringLiteral("Nowhere"), true);
        const ReceivedFax fax = receive(*server);
        QVERIFY2(fax.routing.contains(QStringLiteral(
                     "not printed on Nowhere: lp exited with code 1: lp: The printer or class "
                     "does not exist.")),
                 qPrintable(fax.routing));
        QVERIFY2(fax.routing.contains(QStringLiteral(
                     "not e-mailed to fax@example.org: sendmail exited with code 75: sendmail: "
                     "cannot connect to the mail server")),
                 qPrintable(fax.routing));
    }

    void noAddressIsSaid()
    {
        auto server = routingServer(false, QString(), true, QString());
        const ReceivedFax fax = receive(*server);
        QVERIFY2(fax.routing.contains(QStringLiteral("not e-mailed: no address is set")),
                 qPrintable(fax.routing));
    }

    void engineKeepsWorkingWhileAProgramRuns()
    {
        // lp waits for the test's go-ahead: meanwhile the engine must serve everything else.
        const QString go = m_tmp->filePath(QStringLiteral("go"));
        const QString lp = script("slow/lp", "while [ ! -e '" + QFile::encodeName(go) +
                                                 "' ]; do sleep 0.05; done\n");
        qputenv("FAXCONSOLE_LP", QFile::encodeName(lp));
        auto server = routingServer(true, QString(), false);
        QSignalSpy added(server.get(), &FaxServer::receivedFaxAdded);
        emitFax(*server);
        const JobId id = submitOne(*server, doc());
        server->poll();
        QTRY_COMPARE(statusOf(*server, id), QueueStatus::Completed);
        QCOMPARE(added.count(), 0); // stored once lp has ended
        QVERIFY(writeFile(go, "go"));
        QVERIFY(added.wait(10000));
        QCOMPARE(added.first().first().value<ReceivedFax>().routing,
                 QStringLiteral("Stored in the Inbox; printed on the default printer"));
    }

    void stoppingTheEngineKeepsTheFax()
    {
        const QString lp = script("hang/lp", "exec sleep 30\n");
        qputenv("FAXCONSOLE_LP", QFile::encodeName(lp));
        {
            auto server = routingServer(true, QString(), false);
            emitFax(*server); // lp starts at once and is still running when the engine goes
        }
        auto reopened = open(false);
        QCOMPARE(reopened->receivedFaxes().size(), 1);
        const QString routing = reopened->receivedFaxes().at(0).routing;
        QVERIFY2(routing.contains(QStringLiteral("not printed on the default printer: the engine "
                                                 "stopped before lp finished")),
                 qPrintable(routing));
    }

    void programsHaveATimeLimit()
    {
        const QString lp = script("timeout/lp", "exec sleep 30\n");
        ReceivedFax fax;
        fax.file = chartOne();
        InboundRouting r;
        r.print = true;
        InboundRouter::Programs programs;
        programs.lp = lp;
        programs.timeoutMs = 300;
        InboundRouter router(fax, r, programs);
        QSignalSpy finished(&router, &InboundRouter::finished);
        router.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toStringList(),
                 QStringList{QStringLiteral("not printed on the default printer: lp did not "
                                            "finish within 0.3 s")});
    }

    void mailHeadersCannotBeInjected()
    {
        ReceivedFax fax;
        fax.file = QStringLiteral("/x/fax.tif");
        fax.tsid = QStringLiteral("evil\r\nBcc: victim@example.org");
        fax.port = QStringLiteral("modem1");
        fax.pages = 2;
        const QByteArray m = InboundRouter::mailMessage(fax, QStringLiteral("fax@example.org"),
                                                        QByteArray("II*"), "b0");
        QVERIFY(!m.contains("\r\nBcc:"));
        QVERIFY(m.contains("Subject: Fax from evil  Bcc: victim@example.org, 2 page(s), port "
                           "modem1\r\n"));
        QVERIFY(m.contains("Content-Type: multipart/mixed; boundary=\"b0\"\r\n"));
        QVERIFY(m.contains("filename=\"fax.tif\""));
        QVERIFY(m.endsWith("--b0--\r\n"));
        fax.tsid = QStringLiteral("Müller");
        const QByteArray encoded =
            InboundRouter::mailMessage(fax, QStringLiteral("a@b.c"), QByteArray(), "b1");
        QVERIFY(encoded.contains("Subject: =?UTF-8?B?"));
    }

private:
    QString script(const char *name, const QByteArray &body)
    {
        const QString path = m_tmp->filePath(QString::fromLatin1(name));
        if (!writeScript(path, body))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<LocalFaxServer>
    routingServer(bool print, const QString &printer, bool email,
                  const QString &address = QStringLiteral("fax@example.org"))
    {
        auto server = openWithLine();
        ServerSettings s = server->settings();
        s.routing.print = print;
        s.routing.printer = printer;
        s.routing.email = email;
        s.routing.emailAddress = address;
        const Result r = waitFor(server->setSettings(s));
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return server;
    }

    // A line hands the engine a received fax, as the modem driver does after a call.
    void emitFax(LocalFaxServer &server)
    {
        Q_UNUSED(server);
        const QString dir = m_dataDir + QStringLiteral("/received");
        QDir().mkpath(dir);
        const QString file = dir + QStringLiteral("/fax-20260310-120000-modem1.tif");
        QFile::remove(file);
        QVERIFY(QFile::copy(chartOne(), file));
        ReceivedFax fax;
        fax.file = file;
        fax.tsid = QStringLiteral("+1 555 1234");
        fax.callerId = QStringLiteral("5550100 (JOHN DOE)");
        fax.port = QStringLiteral("modem1");
        fax.pages = 1;
        fax.receiveTime = m_clock->now();
        TestLine *line = m_factory->line(QStringLiteral("modem1"));
        QVERIFY(line);
        Q_EMIT line->faxReceived(fax, QStringLiteral("Received 1 pages"));
    }

    ReceivedFax receive(LocalFaxServer &server)
    {
        QSignalSpy added(&server, &FaxServer::receivedFaxAdded);
        emitFax(server);
        if (!added.wait(10000))
            return {};
        return added.first().first().value<ReceivedFax>();
    }
};

QTEST_GUILESS_MAIN(TestInboundRouting)
#include "tst_inboundrouting.moc"
