// SPDX-License-Identifier: GPL-3.0-or-later
// PrintToFax in the console: printed documents open the session's send flow one at a time with
// the job's title as subject; without a send flow they wait (the activity log says so); a
// document leaves the inbox only when settled, so the next start offers the rest again.
#include "consolesession.h"
#include "consoletesting.h"
#include "fakefaxserver.h"
#include "printtofax.h"
#include "sendfaxlauncher.h"

#include "printing/handover.h"
#include "printing/printinbox.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Fax;
using namespace Fax::Test;

namespace {

bool drop(const QString &folder, const QString &stem, const QString &title)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    Handover::PrintInfo info;
    info.title = title.toStdString();
    std::string why;
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\ntrailer\n<< >>\n%%EOF\n");
    const bool ok =
        Handover::writeFileAtomically(fd, QString(stem + QStringLiteral(".info")).toStdString(),
                                      Handover::formatInfo(info), &why) &&
        Handover::writeFileAtomically(fd, QString(stem + QStringLiteral(".pdf")).toStdString(),
                                      {pdf.constData(), size_t(pdf.size())}, &why);
    ::close(fd);
    return ok;
}

} // namespace

class TestPrintToFax final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void opensTheSendFlowForEachDocument();
    void waitsWithoutASendFlow();
    void settledDocumentsAreNotOfferedAgain();
    void refusedInboxIsReported();
    void aWizardSettlesItsPrintedDocuments();
    void twoConsolesOfferEachDocumentOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    RecordingSink m_sink;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<ConsoleSession> m_session;
    QWidget m_window;
};

void TestPrintToFax::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->path() + QStringLiteral("/printed");
    QVERIFY(QDir().mkpath(m_folder));
    ::chmod(QFile::encodeName(m_folder).constData(), 0700);
    m_session = std::make_unique<ConsoleSession>(&m_sink, &m_dialogs, nullptr,
                                                 m_dir->filePath(QStringLiteral("c.ini")));
}

void TestPrintToFax::opensTheSendFlowForEachDocument()
{
    QList<FaxDocument> opened;
    QList<QWidget *> parents;
    m_session->setSendFlow([&](const FaxDocument &d, QWidget *parent) {
        opened << d;
        parents << parent;
    });
    QVERIFY(drop(m_folder, QStringLiteral("print-1-100"), QStringLiteral("Waiting letter")));
    PrintToFax printToFax(m_session.get(), &m_window, m_folder);
    QVERIFY(printToFax.start());
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).files, QStringList{m_folder + QStringLiteral("/print-1-100.pdf")});
    QCOMPARE(opened.at(0).subject, QStringLiteral("Waiting letter"));
    QCOMPARE(parents.at(0), &m_window);
    QVERIFY(printToFax.isPrinted(opened.at(0).files.constFirst()));

    QVERIFY(drop(m_folder, QStringLiteral("print-2-200"), QStringLiteral("New report")));
    QTRY_COMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).subject, QStringLiteral("New report"));
    QTest::qWait(50);
    QCOMPARE(opened.size(), 2); // each once
    // Offered is not sent: both stay until settled.
    QCOMPARE(printToFax.inbox()->documents().size(), 2);
    QVERIFY(m_sink.errors.isEmpty());
}

void TestPrintToFax::waitsWithoutASendFlow()
{
    QVERIFY(drop(m_folder, QStringLiteral("print-3-300"), QStringLiteral("Before the wizard")));
    PrintToFax printToFax(m_session.get(), &m_window, m_folder);
    QVERIFY(printToFax.start());
    QTRY_COMPARE(printToFax.queued().size(), 1);
    // No confirmation of a fax without recipients: the document waits, the log tells.
    QTest::qWait(20);
    QVERIFY(m_sink.questions.isEmpty());
    QCOMPARE(m_session->activityModel()->rowCount(), 1);
    QVERIFY(
        m_session->activityModel()->entryAt(0)->text.contains(QStringLiteral("Before the wizard")));
    QCOMPARE(printToFax.inbox()->documents().size(), 1);
}

void TestPrintToFax::settledDocumentsAreNotOfferedAgain()
{
    QStringList opened;
    m_session->setSendFlow([&](const FaxDocument &d, QWidget *) { opened << d.files.value(0); });
    QVERIFY(drop(m_folder, QStringLiteral("print-4-400"), QStringLiteral("Sent")));
    QVERIFY(drop(m_folder, QStringLiteral("print-5-500"), QStringLiteral("Not yet")));
    {
        PrintToFax first(m_session.get(), &m_window, m_folder);
        QVERIFY(first.start());
        QTRY_COMPARE(opened.size(), 2);
        QVERIFY(first.settle(m_folder + QStringLiteral("/print-4-400.pdf")));
        QVERIFY(!QFileInfo::exists(m_folder + QStringLiteral("/print-4-400.pdf")));
        // Only what it offered.
        QFile other(m_dir->path() + QStringLiteral("/other.pdf"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY(!first.settle(other.fileName()));
        QVERIFY(other.exists());
    }
    // The next start of the console.
    opened.clear();
    PrintToFax second(m_session.get(), &m_window, m_folder);
    QVERIFY(second.start());
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0), m_folder + QStringLiteral("/print-5-500.pdf"));
}

void TestPrintToFax::refusedInboxIsReported()
{
    ::chmod(QFile::encodeName(m_folder).constData(), 0777);
    PrintToFax printToFax(m_session.get(), &m_window, m_folder);
    QVERIFY(!printToFax.start());
    QCOMPARE(m_session->activityModel()->rowCount(), 1);
    QVERIFY2(m_session->activityModel()->entryAt(0)->text.contains(m_folder),
             qPrintable(m_session->activityModel()->entryAt(0)->text));
}


// The console's wiring: the Send Fax Wizard that a printed document opens settles it when its
// fax is queued or when the user closes the wizard without sending; until then it stays.
void TestPrintToFax::aWizardSettlesItsPrintedDocuments()
{
    m_session->setServer(std::make_unique<FakeFaxServer>());
    QTRY_VERIFY(m_session->isConnected());
    SendFaxLauncher launcher(m_session.get(), &m_window);
    QHash<QString, QPointer<SendFaxWizard>> wizards;
    connect(&launcher, &SendFaxLauncher::opened, this, [&](SendFaxWizard *wizard) {
        wizards.insert(QFileInfo(wizard->document().files.value(0)).completeBaseName(), wizard);
    });
    QVERIFY(drop(m_folder, QStringLiteral("print-6-600"), QStringLiteral("Queued")));
    QVERIFY(drop(m_folder, QStringLiteral("print-7-700"), QStringLiteral("Closed")));
    QVERIFY(drop(m_folder, QStringLiteral("print-8-800"), QStringLiteral("Still open")));
    PrintToFax printToFax(m_session.get(), &m_window, m_folder);
    printToFax.followWizards(&launcher);
    QVERIFY(printToFax.start());
    QTRY_COMPARE(wizards.size(), 3);
    const QString queued = m_folder + QStringLiteral("/print-6-600.pdf");
    const QString closed = m_folder + QStringLiteral("/print-7-700.pdf");
    const QString open = m_folder + QStringLiteral("/print-8-800.pdf");
    QVERIFY(wizards.value(QStringLiteral("print-6-600")));
    Q_EMIT wizards.value(QStringLiteral("print-6-600"))->submitted({1}, 1);
    QVERIFY(!QFileInfo::exists(queued));
    QVERIFY(wizards.value(QStringLiteral("print-7-700")));
    wizards.value(QStringLiteral("print-7-700"))->reject();
    QVERIFY(!QFileInfo::exists(closed));
    QVERIFY(QFileInfo::exists(open));
    QCOMPARE(printToFax.inbox()->documents().size(), 1);
    for (const auto &wizard : std::as_const(wizards))
        delete wizard.data();
}

// Two consoles of one user: each printed document opens the send flow of exactly one of them;
// when the console that has it ends before settling it, the next console to start offers it.
void TestPrintToFax::twoConsolesOfferEachDocumentOnce()
{
    ConsoleSession otherSession(&m_sink, &m_dialogs, nullptr,
                                m_dir->filePath(QStringLiteral("other.ini")));
    QStringList firstOpened;
    QStringList secondOpened;
    m_session->setSendFlow(
        [&](const FaxDocument &d, QWidget *) { firstOpened << d.files.value(0); });
    otherSession.setSendFlow(
        [&](const FaxDocument &d, QWidget *) { secondOpened << d.files.value(0); });
    QVERIFY(drop(m_folder, QStringLiteral("print-1-100"), QStringLiteral("Waiting")));
    const QString waiting = m_folder + QStringLiteral("/print-1-100.pdf");
    auto first = std::make_unique<PrintToFax>(m_session.get(), &m_window, m_folder);
    PrintToFax second(&otherSession, &m_window, m_folder);
    QVERIFY(first->start());
    QVERIFY(second.start());
    QTRY_COMPARE(firstOpened.size() + secondOpened.size(), 1);
    QCOMPARE(firstOpened, QStringList{waiting});

    QVERIFY(drop(m_folder, QStringLiteral("print-2-200"), QStringLiteral("New")));
    QVERIFY(drop(m_folder, QStringLiteral("print-3-300"), QStringLiteral("Newer")));
    QTRY_COMPARE(firstOpened.size() + secondOpened.size(), 3);
    QTest::qWait(200);
    QCOMPARE(firstOpened.size() + secondOpened.size(), 3);
    QStringList all = firstOpened + secondOpened;
    all.removeDuplicates();
    QCOMPARE(all.size(), 3);
    for (const QString &path : std::as_const(secondOpened))
        QVERIFY(!first->isPrinted(path));

    // The first console ends with its documents unsettled: the next start offers them again.
    const QStringList unsettled = firstOpened;
    first.reset();
    QStringList nextOpened;
    m_session->setSendFlow(
        [&](const FaxDocument &d, QWidget *) { nextOpened << d.files.value(0); });
    PrintToFax next(m_session.get(), &m_window, m_folder);
    QVERIFY(next.start());
    QTRY_COMPARE(nextOpened.size(), unsettled.size());
    QCOMPARE(QSet<QString>(nextOpened.begin(), nextOpened.end()),
             QSet<QString>(unsettled.begin(), unsettled.end()));
    QTest::qWait(100);
    QCOMPARE(secondOpened.size(), 3 - unsettled.size()); // the running one took nothing twice
}

QTEST_MAIN(TestPrintToFax)
#include "tst_printtofax.moc"
