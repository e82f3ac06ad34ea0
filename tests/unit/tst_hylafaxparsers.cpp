// SPDX-License-Identifier: GPL-3.0-or-later
// The HylaFAX reply and listing parsers (engine/hylafax) with good and hostile input, and the
// mapping of HylaFAX's job and modem states onto the object model.
#include "hylafax/hylafaxlisting.h"
#include "hylafax/hylafaxmapping.h"
#include "hylafax/hylafaxreply.h"

#include <QtTest>

using namespace Fax;

namespace {

constexpr char Sep = '\x1f';

QByteArray jobLine(const QList<QByteArray> &fields)
{
    return fields.join(Sep);
}

/// A sendq/doneq line in Fax Console's JOBFMT field order.
QByteArray job(qint64 id, char state, const QByteArray &status = QByteArray(), int dials = 0,
               int maxDials = 12, const QByteArray &receiver = "Carol")
{
    return jobLine({QByteArray::number(id),
                    QByteArray::number(id),
                    QByteArray(1, state),
                    "alice",
                    "+1 (555) 010-0",
                    "+15550100",
                    receiver,
                    "ACME",
                    "Bob",
                    "Quarterly",
                    "any",
                    "",
                    "F",
                    "1",
                    "3",
                    "0",
                    "3",
                    QByteArray::number(dials),
                    QByteArray::number(maxDials),
                    "63",
                    "1700000000",
                    status});
}

} // namespace

class TestHylafaxParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repliesInPieces()
    {
        HylafaxReplyParser p;
        const QByteArray stream = "220 fax server (HylaFAX (tm) Version 6.0.7) ready.\r\n"
                                  "217-Job state: jobid 5 groupid 4\r\n"
                                  "    SENDTIME: 20231114221320\r\n"
                                  "    STATE: SUSPENDED\r\n"
                                  "217 End of job 5 state.\r\n"
                                  "530 Login incorrect.\n";
        // Byte by byte: a reply may arrive in any pieces.
        for (char c : stream)
            QVERIFY(p.feed(QByteArray(1, c)));
        QVERIFY(p.hasReply());
        HylafaxReply r = p.takeReply();
        QCOMPARE(r.code, 220);
        QVERIFY(r.isSuccess());
        QVERIFY(r.text().startsWith(QStringLiteral("fax server")));
        r = p.takeReply();
        QCOMPARE(r.code, 217);
        QCOMPARE(r.lines.size(), 4);
        QCOMPARE(r.lines.at(2), QStringLiteral("    STATE: SUSPENDED"));
        r = p.takeReply();
        QCOMPARE(r.code, 530);
        QCOMPARE(r.message(), QStringLiteral("530 Login incorrect."));
        QVERIFY(!p.hasReply());
        QVERIFY(!p.inReply());
        // Half a reply is a reply in progress (a stalled server).
        QVERIFY(p.feed("226-Transfer"));
        QVERIFY(p.inReply());
    }

    void repliesAreDecodedAsUtf8OrLatin1()
    {
        HylafaxReplyParser p;
        QVERIFY(
            p.feed("213 TOUSER set to \"J\xc3\xbcrgen\".\r\n213 TOUSER set to \"J\xfcrgen\".\r\n"));
        QCOMPARE(p.takeReply().text(), QStringLiteral("TOUSER set to \"Jürgen\"."));
        QCOMPARE(p.takeReply().text(), QStringLiteral("TOUSER set to \"Jürgen\"."));
    }

    void hostileReplies_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("named");
        QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << QStringLiteral("SSH-2.0");
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n")
                              << QStringLiteral("HTTP");
        QTest::newRow("code out of range")
            << QByteArray("999 nine nine nine\r\n") << QStringLiteral("999");
        QTest::newRow("no separator") << QByteArray("220xready\r\n") << QStringLiteral("220x");
        QTest::newRow("NUL") << QByteArray("220 ready\0\r\n", 12) << QStringLiteral("NUL");
        QTest::newRow("endless line") << QByteArray(100000, 'x') << QStringLiteral("longer");
        QByteArray many = "217-start\r\n";
        for (int i = 0; i < 5000; ++i)
            many += "    KEY: value\r\n";
        QTest::newRow("endless reply") << many << QStringLiteral("more than");
    }
    void hostileReplies()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, named);
        HylafaxReplyParser p;
        QVERIFY(!p.feed(bytes));
        QVERIFY2(p.error().contains(named), qPrintable(p.error()));
        // Broken stays broken.
        QVERIFY(!p.feed("220 fine\r\n"));
        QVERIFY(!p.hasReply());
    }

    void jobListing()
    {
        const QByteArray data = job(12, 'T') + "\r\n" + job(13, 'F', "Job aborted by request") +
                                "\r\n\r\n" + job(14, 'S', "Busy signal detected", 1) + "\n";
        const auto r = HylafaxListing::parseJobs(data);
        QVERIFY(r.isComplete());
        QCOMPARE(r.records.size(), 3);
        const HylafaxJobRecord &a = r.records.at(0);
        QCOMPARE(a.id, JobId(12));
        QCOMPARE(a.state, 'T');
        QCOMPARE(a.owner, QStringLiteral("alice"));
        QCOMPARE(a.number, QStringLiteral("+1 (555) 010-0"));
        QCOMPARE(a.receiver, QStringLiteral("Carol"));
        QCOMPARE(a.tag, QStringLiteral("Quarterly"));
        QCOMPARE(a.pagesDone, 1);
        QCOMPARE(a.pagesTotal, 3);
        QCOMPARE(a.userPriority, 63);
        QCOMPARE(a.timeToSend, qint64(1700000000));
        QCOMPARE(r.records.at(1).status, QStringLiteral("Job aborted by request"));
    }

    void malformedJobLinesAreCountedNotGuessed()
    {
        QByteArray data = job(1, 'W') + "\r\n";
        data += job(2, 'W', "", 0, 12, "Eve\x1fMallory") + "\r\n"; // one field too many
        data += "garbage\r\n";
        data += job(3, 'X') + "\r\n"; // no such state
        QByteArray noId = job(4, 'W');
        noId.replace(0, 1, "x");
        data += noId + "\r\n";
        QByteArray badCount = job(5, 'W');
        badCount.replace("1700000000", "soon");
        data += badCount + "\r\n";
        data += QByteArray(20000, 'z') + "\r\n";
        const auto r = HylafaxListing::parseJobs(data);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.at(0).id, JobId(1));
        QCOMPARE(r.malformed, 6);
        QVERIFY(!r.isComplete());
        QVERIFY(r.problem.contains(QStringLiteral("fields")));
    }

    void receivedAndModemListings()
    {
        const QByteArray recv =
            jobLine({"fax00012.tif", "1700000000", "2", "+1 555 0199", "196", "1728", "40321", " ",
                     "5550199", "Dr Who", "uucp", ""}) +
            "\r\n" +
            jobLine({"fax00013.tif", "1700000100", "1", "", "98", "1728", "1000", "*", "", "",
                     "uucp", ""}) +
            "\r\n" +
            jobLine({"notafax.txt", "1", "1", "", "98", "1728", "1", " ", "", "", "uucp", ""});
        const auto r = HylafaxListing::parseReceived(recv);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.malformed, 1);
        QCOMPARE(HylafaxListing::receivedFaxId(r.records.at(0).file), qint64(12));
        QVERIFY(!r.records.at(0).receiving);
        QVERIFY(r.records.at(1).receiving);
        const ReceivedFax fax = HylafaxMapping::toReceivedFax(r.records.at(0));
        QCOMPARE(fax.id, qint64(12));
        QCOMPARE(fax.tsid, QStringLiteral("+1 555 0199"));
        QCOMPARE(fax.pages, 2);
        QCOMPARE(fax.yResolution, 196);
        QCOMPARE(fax.callerId, QStringLiteral("5550199 (Dr Who)"));
        QCOMPARE(fax.receiveTime.toSecsSinceEpoch(), qint64(1700000000));
        QVERIFY(!fax.partial);

        QString scheduler;
        const QByteArray status =
            "HylaFAX scheduler on fax: Running\r\n" +
            jobLine({"ttyS0", "+1.555.0100", "+1 555 0100", "*", "Running and idle"}) + "\r\n" +
            jobLine({"ttyS1", "", "", " ", "Sending job 12"}) + "\r\n" + "bad\r\n";
        const auto m = HylafaxListing::parseModems(status, &scheduler);
        QCOMPARE(scheduler, QStringLiteral("HylaFAX scheduler on fax: Running"));
        QCOMPARE(m.records.size(), 2);
        QCOMPARE(m.malformed, 1);
        const Port idle = HylafaxMapping::toPort(m.records.at(0));
        QCOMPARE(idle.name, QStringLiteral("ttyS0"));
        QCOMPARE(idle.devicePath, QStringLiteral("/dev/ttyS0"));
        QCOMPARE(idle.state, PortState::Idle);
        QCOMPARE(idle.csid, QStringLiteral("+1 555 0100"));
        QCOMPARE(idle.receiveMode, ReceiveMode::Auto);
        QCOMPARE(HylafaxMapping::toPort(m.records.at(1)).state, PortState::Sending);
        QCOMPARE(HylafaxMapping::portState(QString(), false), PortState::Offline);
        QCOMPARE(HylafaxMapping::portState(QStringLiteral("Receiving from \"x\""), true),
                 PortState::Receiving);
        QCOMPARE(HylafaxMapping::portState(QStringLiteral("Initializing server"), true),
                 PortState::Initializing);
    }

    void documentSizes()
    {
        const QByteArray docq = "doc3.ps.3\x1f"
                                "100\r\ndoc4.pdf.3\x1f"
                                "50\r\n"
                                "doc4.pdf.4\x1f"
                                "50\r\ndoc3.ps.3;41\x1f"
                                "9999\r\n"
                                "seqf\x1f"
                                "1\r\ndoc5.ps.x\x1f"
                                "1\r\ndoc6.ps.6\x1f"
                                "-4\r\n";
        const QHash<JobId, qint64> sizes = HylafaxListing::parseDocumentSizes(docq);
        QCOMPARE(sizes.size(), 2);
        QCOMPARE(sizes.value(3), qint64(150));
        QCOMPARE(sizes.value(4), qint64(50));
    }

    void jobStateDump()
    {
        HylafaxReply reply;
        reply.code = 217;
        reply.lines =
            QStringList{QStringLiteral("217-Job state: jobid 5 groupid 4"),
                        QStringLiteral("    SENDTIME: 20231114221320"),
                        QStringLiteral("    STATE: FAILED"),
                        QStringLiteral("    STATUS: REJECT: Too many attempts to dial: 4, max 4"),
                        QStringLiteral("    EXTERNAL: +1 (555) 010-0"),
                        QStringLiteral("    TOUSER: Carol"),
                        QStringLiteral("    JOBINFO: Quarterly"),
                        QStringLiteral("    OWNER: alice"),
                        QStringLiteral("    GROUPID: 4"),
                        QStringLiteral("    JOBID: 5"),
                        QStringLiteral("    TOTDIALS: 4"),
                        QStringLiteral("    MAXDIALS: 4"),
                        QStringLiteral("    SCHEDPRI: 191"),
                        QStringLiteral("    DOCUMENT: PS docq/doc5.ps.5"),
                        QStringLiteral("217 End of job 5 state.")};
        HylafaxJobRecord r;
        QString problem;
        QVERIFY2(HylafaxListing::parseJobState(reply, &r, &problem), qPrintable(problem));
        QCOMPARE(r.id, JobId(5));
        QCOMPARE(r.group, JobId(4));
        QCOMPARE(r.state, 'F');
        QCOMPARE(r.timeToSend, qint64(1700000000));
        QCOMPARE(r.jobType, QString());
        const Job j = HylafaxMapping::toJob(r);
        QCOMPARE(j.queueStatus, QueueStatus::RetriesExceeded);
        QCOMPARE(j.priority, Priority::Low);
        QCOMPARE(j.subject, QStringLiteral("Quarterly"));
        QCOMPARE(j.recipientNumber, QStringLiteral("+1 (555) 010-0"));
        QVERIFY(j.finished.isValid());

        // Not a dump, a dump without an id: refused with a reason.
        HylafaxReply other;
        other.code = 500;
        other.lines = QStringList{QStringLiteral("500 Cannot set job 9")};
        QVERIFY(!HylafaxListing::parseJobState(other, &r, &problem));
        QVERIFY(!problem.isEmpty());
        reply.lines.removeAt(9);
        QVERIFY(!HylafaxListing::parseJobState(reply, &r, &problem));
    }

    void listingAndDumpGiveTheSameJob()
    {
        // The same job read by a listing or one by one must not look changed.
        const auto listed = HylafaxListing::parseJobs(job(7, 'S', "Busy signal detected", 2, 4));
        QCOMPARE(listed.records.size(), 1);
        HylafaxReply reply;
        reply.code = 217;
        reply.lines = QStringList{QStringLiteral("217-Job state: jobid 7 groupid 7"),
                                  QStringLiteral("    SENDTIME: 20231114221320"),
                                  QStringLiteral("    STATE: SLEEPING"),
                                  QStringLiteral("    STATUS: Busy signal detected"),
                                  QStringLiteral("    JOBTYPE: facsimile"),
                                  QStringLiteral("    EXTERNAL: +1 (555) 010-0"),
                                  QStringLiteral("    DIALSTRING: +15550100"),
                                  QStringLiteral("    TOUSER: Carol"),
                                  QStringLiteral("    TOCOMPANY: ACME"),
                                  QStringLiteral("    FROMUSER: Bob"),
                                  QStringLiteral("    JOBINFO: Quarterly"),
                                  QStringLiteral("    MODEM: any"),
                                  QStringLiteral("    COMMID: "),
                                  QStringLiteral("    OWNER: alice"),
                                  QStringLiteral("    GROUPID: 7"),
                                  QStringLiteral("    JOBID: 7"),
                                  QStringLiteral("    NPAGES: 1"),
                                  QStringLiteral("    TOTPAGES: 3"),
                                  QStringLiteral("    TOTTRIES: 0"),
                                  QStringLiteral("    MAXTRIES: 3"),
                                  QStringLiteral("    TOTDIALS: 2"),
                                  QStringLiteral("    MAXDIALS: 4"),
                                  QStringLiteral("    SCHEDPRI: 63"),
                                  QStringLiteral("217 End of job 7 state.")};
        HylafaxJobRecord dumped;
        QString problem;
        QVERIFY(HylafaxListing::parseJobState(reply, &dumped, &problem));
        QCOMPARE(HylafaxMapping::toJob(dumped), HylafaxMapping::toJob(listed.records.at(0)));
        const Job j = HylafaxMapping::toJob(dumped);
        QCOMPARE(j.queueStatus, QueueStatus::Retrying);
        QCOMPARE(j.deviceStatus, DeviceStatus::Busy);
        QCOMPARE(j.tries, 2);
        QVERIFY(j.nextAttempt.isValid());
    }

    void statesMapOntoTheQueue_data()
    {
        QTest::addColumn<char>("state");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("dials");
        QTest::addColumn<QueueStatus>("queue");
        QTest::addColumn<DeviceStatus>("device");
        QTest::newRow("suspended")
            << 'T' << QString() << 0 << QueueStatus::Paused << DeviceStatus::None;
        QTest::newRow("pending") << 'P' << QString() << 0 << QueueStatus::Pending
                                 << DeviceStatus::None;
        QTest::newRow("waiting for a modem")
            << 'W' << QString() << 0 << QueueStatus::Pending << DeviceStatus::None;
        QTest::newRow("blocked") << 'B' << QString() << 0 << QueueStatus::Pending
                                 << DeviceStatus::None;
        QTest::newRow("sleeping, untried")
            << 'S' << QString() << 0 << QueueStatus::Pending << DeviceStatus::None;
        QTest::newRow("sleeping after no answer")
            << 'S' << QStringLiteral("No answer from remote") << 1 << QueueStatus::Retrying
            << DeviceStatus::NoAnswer;
        QTest::newRow("active") << 'R' << QString() << 1 << QueueStatus::InProgress
                                << DeviceStatus::Sending;
        QTest::newRow("done") << 'D' << QString() << 1 << QueueStatus::Completed
                              << DeviceStatus::Completed;
        QTest::newRow("killed") << 'F' << QStringLiteral("Job aborted by request") << 0
                                << QueueStatus::Canceled << DeviceStatus::None;
        QTest::newRow("too many dials")
            << 'F' << QStringLiteral("REJECT: Too many attempts to dial: 12, max 12") << 12
            << QueueStatus::RetriesExceeded << DeviceStatus::None;
        QTest::newRow("kill time") << 'F' << QStringLiteral("Kill time expired") << 1
                                   << QueueStatus::Failed << DeviceStatus::None;
        QTest::newRow("no dial tone") << 'F' << QStringLiteral("No local dialtone") << 1
                                      << QueueStatus::Failed << DeviceStatus::NoDialTone;
    }
    void statesMapOntoTheQueue()
    {
        QFETCH(char, state);
        QFETCH(QString, status);
        QFETCH(int, dials);
        QFETCH(QueueStatus, queue);
        QFETCH(DeviceStatus, device);
        HylafaxJobRecord r;
        r.id = 1;
        r.state = state;
        r.status = status;
        r.dials = dials;
        r.maxDials = 12;
        r.maxTries = 3;
        r.pagesDone = state == 'R' ? 1 : 0;
        r.timeToSend = 1700000000;
        QCOMPARE(HylafaxMapping::queueStatus(r), queue);
        QCOMPARE(HylafaxMapping::deviceStatus(r), device);
        QCOMPARE(HylafaxMapping::toJob(r).finished.isValid(), isFinal(queue));
    }

    void priorities()
    {
        for (Priority p : {Priority::Low, Priority::Normal, Priority::High})
            QCOMPARE(HylafaxMapping::priority(HylafaxMapping::userPriority(p)), p);
    }

    void events_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("klass");
        QTest::addColumn<int>("event");
        QTest::addColumn<qint64>("job");
        QTest::addColumn<QString>("modem");
        QTest::addColumn<QString>("file");
        using C = HylafaxEvent::Class;
        QTest::newRow("job") << QByteArray(
                                    "031357 101 JOB 3 (dest 5550100 pri 127 com ): Suspended\r\n")
                             << int(C::Job) << 1 << qint64(3) << QString() << QString();
        QTest::newRow("page") << QByteArray(
                                     "031400 119 JOB 12 (dest 5550100 pri 127 com 00000042): "
                                     "SEND FAX: Page 2 sent in 0:12 (file docq/doc1.ps.12) "
                                     "<A4, 7.7 line/mm, 2-D MMR, 14400 bit/s, 0ms>")
                              << int(C::Send) << 19 << qint64(12) << QString() << QString();
        QTest::newRow("modem") << QByteArray("031401 150 MODEM ttyS0: Marked down") << int(C::Modem)
                               << 50 << qint64(0) << QStringLiteral("ttyS0") << QString();
        QTest::newRow("received") << QByteArray("031402 135 RECV FAX: From +1 555 0199 (com 7), 2 "
                                                "pages in 0:45, file recvq/fax00012.tif")
                                  << int(C::Receive) << 35 << qint64(0) << QString()
                                  << QStringLiteral("recvq/fax00012.tif");
        QTest::newRow("garbage") << QByteArray("hello") << int(C::Unknown) << -1 << qint64(0)
                                 << QString() << QString();
        QTest::newRow("binary") << QByteArray("!\0\x01\x02\x03", 5) << int(C::Unknown) << -1
                                << qint64(0) << QString() << QString();
        QTest::newRow("event out of range")
            << QByteArray("031357 199 JOB 3 (x): y") << int(C::Unknown) << -1 << qint64(0)
            << QString() << QString();
        QTest::newRow("job without number")
            << QByteArray("031357 101 JOB x (x): y") << int(C::Unknown) << -1 << qint64(0)
            << QString() << QString();
    }
    void events()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, klass);
        QFETCH(int, event);
        QFETCH(qint64, job);
        QFETCH(QString, modem);
        QFETCH(QString, file);
        const HylafaxEvent e = HylafaxListing::parseEvent(line);
        QCOMPARE(int(e.eventClass), klass);
        QCOMPARE(e.event, event);
        QCOMPARE(e.job, job);
        QCOMPARE(e.modem, modem);
        QCOMPARE(e.file, file);
    }

    void quotingForCommandLines()
    {
        QCOMPARE(HylafaxListing::quoted("Carol \"C\" Smith"),
                 QByteArray("\"Carol \\\"C\\\" Smith\""));
        QCOMPARE(HylafaxListing::quoted("a\\b"), QByteArray("\"a\\\\b\""));
        QCOMPARE(HylafaxListing::quoted("line\nbreak\x1f"), QByteArray("\"line\\012break\\037\""));
        QVERIFY(!HylafaxListing::jobFormat().contains('\n'));
        QCOMPARE(HylafaxListing::jobFormat().count('%'), 22);
        QVERIFY(!HylafaxListing::modemFormat().contains("%r")); // hfaxd 6.0.7 crashes on it
    }
};

QTEST_GUILESS_MAIN(TestHylafaxParsers)
#include "tst_hylafaxparsers.moc"
