// SPDX-License-Identifier: GPL-3.0-or-later
// The Send Fax Wizard driven end to end on the real local engine: recipients typed and picked,
// documents, a cover page, sender, a schedule, the preview, Finish -> the jobs; bad input on
// every page; the console's New Fax action and send flow.
#include "consolesession.h"
#include "consoletesting.h"
#include "coverpagepage.h"
#include "documentspage.h"
#include "mainwindow.h"
#include "optionspage.h"
#include "previewpage.h"
#include "recipientspage.h"
#include "senderpage.h"
#include "sendfaxlauncher.h"
#include "sendfaxwizard.h"

#include "actionids.h"
#include "actionregistry.h"
#include "connectionprofiles.h"
#include "cover/sendpreparation.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace Fax;
using namespace Fax::Test;

namespace {

/// A PDF of pages pages of text, made with Qt.
bool writePdf(const QString &path, int pages)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    QPainter painter(&pdf);
    if (!painter.isActive())
        return false;
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        painter.drawText(QRect(100, 100, 1000, 200), Qt::AlignLeft,
                         QStringLiteral("Quarterly figures, page %1").arg(i + 1));
        painter.drawRect(100, 400, 1000, 1000);
    }
    return painter.end();
}

Party party(const QString &name, const QString &number)
{
    Party p;
    p.name = name;
    p.faxNumber = number;
    return p;
}

QAbstractButton *wizardButton(QWizard &wizard, QWizard::WizardButton which)
{
    return wizard.button(which);
}

} // namespace

class TestSendFaxWizard : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString data(const QString &name) { return QStringLiteral(FAX_TESTDATA_DIR "/") + name; }

    std::unique_ptr<SendFaxWizard> makeWizard()
    {
        auto wizard =
            std::make_unique<SendFaxWizard>(m_server.get(), &m_sink, &m_dialogs, m_settings.get());
        wizard->show();
        if (!QTest::qWaitForWindowActive(wizard.get()))
            qWarning("the wizard did not become active");
        return wizard;
    }

    /// A wizard for one recipient with the 40-page PDF, its documents checked; nullptr when
    /// the check does not end.
    std::unique_ptr<SendFaxWizard> longPdfWizard()
    {
        auto wizard = makeWizard();
        FaxDocument document;
        document.recipients = {party(QStringLiteral("A"), QStringLiteral("+49 30 1234567"))};
        document.files = {path(QStringLiteral("long.pdf"))};
        wizard->setDocument(document);
        if (!documentsChecked(wizard->documentsPage()))
            return nullptr;
        return wizard;
    }

    /// The picture the preview's list shows for page index.
    static QImage shownPage(PreviewPage *preview, int index)
    {
        return preview->pageList()
            ->item(index)
            ->icon()
            .pixmap(QSize(260, 260))
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
    }

    /// Waits until the documents page has checked every document.
    static bool documentsChecked(DocumentsPage *page)
    {
        QSignalSpy checked(page, &DocumentsPage::checked);
        while (page->isChecking())
            if (!checked.wait(30000))
                return false;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ConnectionSettings connection;
        connection.dataDirectory = path(QStringLiteral("engine"));
        LocalFaxServer::Options options;
        options.runScheduler = false; // the jobs stay queued
        m_server = std::make_unique<LocalFaxServer>(connection, options);
        QVERIFY(waitFor(m_server->connectToServer()));
        m_settings =
            std::make_unique<QSettings>(path(QStringLiteral("console.ini")), QSettings::IniFormat);
        QVERIFY(writePdf(path(QStringLiteral("figures.pdf")), 3));
        QVERIFY(writePdf(path(QStringLiteral("long.pdf")), 40));
    }

    void init()
    {
        m_sink.errors.clear();
        m_dialogs.asked.clear();
    }

    // The whole way: typed and picked recipients, two documents reordered, a cover page, the
    // sender, a schedule, the preview of the pages for one recipient, Finish -> two jobs in one
    // group with what the pages said.
    void endToEnd()
    {
        const int jobsBefore = int(m_server->jobs().size());
        auto wizard = makeWizard();
        QCOMPARE(wizard->windowTitle(), QStringLiteral("Send Fax"));
        wizard->setAddressBookPicker([](QWidget *) {
            Party valid;
            valid.name = QStringLiteral("Bob Builder");
            valid.faxNumber = QStringLiteral("+44 20 7946 0018");
            valid.company = QStringLiteral("Builders Ltd");
            Party invalid;
            invalid.name = QStringLiteral("Nobody");
            invalid.faxNumber = QStringLiteral("call me");
            return QList<Party>{valid, invalid};
        });

        // Recipients: one typed (Return adds it), one picked from the address book.
        RecipientsPage *recipients = wizard->recipientsPage();
        QCOMPARE(wizard->currentId(), int(SendFaxWizard::Recipients));
        QVERIFY(!wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        QVERIFY(recipients->addressBookButton()->isVisible());
        recipients->nameField()->setFocus();
        QTest::keyClicks(recipients->nameField(), QStringLiteral("Alice Example"));
        QTest::keyClick(recipients->nameField(), Qt::Key_Tab);
        QVERIFY(recipients->numberField()->hasFocus());
        QTest::keyClicks(recipients->numberField(), QStringLiteral("+49 30 1234567"));
        QTest::keyClick(recipients->numberField(), Qt::Key_Return);
        QCOMPARE(recipients->list()->topLevelItemCount(), 1);
        QCOMPARE(wizard->currentId(), int(SendFaxWizard::Recipients));
        recipients->addressBookButton()->click();
        QCOMPARE(recipients->list()->topLevelItemCount(), 2);
        QVERIFY2(recipients->problemText().contains(QStringLiteral("Nobody")),
                 qPrintable(recipients->problemText()));
        QVERIFY(wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        saveScreenshot(wizard.get(), QStringLiteral("wizard-1-recipients.png"));
        wizard->next();

        // Documents: a chart and a PDF made here; the PDF moves up with Ctrl+Up.
        DocumentsPage *documents = wizard->documentsPage();
        QCOMPARE(wizard->currentId(), int(SendFaxWizard::Documents));
        QVERIFY(!wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        QVERIFY(documents->problemText().contains(QStringLiteral("at least one document")));
        m_dialogs.files = {data(QStringLiteral("itu1.tif"))};
        documents->findChild<QAbstractButton *>(QStringLiteral("addDocument"))->click();
        documents->addFiles({path(QStringLiteral("figures.pdf"))});
        QVERIFY(!wizardButton(*wizard, QWizard::NextButton)->isEnabled()); // still checking
        QVERIFY(documentsChecked(documents));
        QVERIFY(documents->isComplete());
        QVERIFY(wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        QCOMPARE(documents->list()->item(1)->text(), QStringLiteral("figures.pdf (3 pages)"));
        documents->list()->setFocus();
        documents->list()->setCurrentRow(1);
        QTest::keyClick(documents->list(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(documents->files(), QStringList({path(QStringLiteral("figures.pdf")),
                                                  data(QStringLiteral("itu1.tif"))}));
        saveScreenshot(wizard.get(), QStringLiteral("wizard-2-documents.png"));
        wizard->next();

        // Cover page: a common template, with its thumbnail; subject and note.
        CoverPagePage *cover = wizard->coverPage();
        QCOMPARE(wizard->currentId(), int(SendFaxWizard::Cover));
        const int general = cover->templateBox()->findText(QStringLiteral("general (common)"));
        QVERIFY(general > 0);
        cover->templateBox()->setCurrentIndex(general);
        QVERIFY(!cover->thumbnail()->pixmap().isNull());
        QTest::keyClicks(cover->findChild<QLineEdit *>(QStringLiteral("subject")),
                         QStringLiteral("Quarterly figures"));
        cover->findChild<QPlainTextEdit *>(QStringLiteral("note"))
            ->setPlainText(QStringLiteral("Please check page 2."));
        saveScreenshot(wizard.get(), QStringLiteral("wizard-3-cover.png"));
        wizard->next();

        // Sender.
        SenderPage *sender = wizard->senderPage();
        sender->field(QStringLiteral("senderName"))->setText(QStringLiteral("Carol Sender"));
        sender->field(QStringLiteral("senderFaxNumber"))->setText(QStringLiteral("+49 89 555"));
        sender->field(QStringLiteral("senderCompany"))->setText(QStringLiteral("Sender GmbH"));
        sender->field(QStringLiteral("senderBillingCode"))->setText(QStringLiteral("4711"));
        sender->field(QStringLiteral("senderCity"))->setText(QStringLiteral("Munich"));
        saveScreenshot(wizard.get(), QStringLiteral("wizard-4-sender.png"));
        wizard->next();

        // Options: fine resolution, tomorrow at 09:00, high priority, notify.
        OptionsPage *options = wizard->optionsPage();
        const QDateTime when(QDate::currentDate().addDays(1), QTime(9, 0));
        options->atTimeButton()->click();
        QVERIFY(options->timeEdit()->isEnabled());
        options->timeEdit()->setDateTime(when);
        options->priorityBox()->setCurrentIndex(
            options->priorityBox()->findData(int(Priority::High)));
        options->notifyBox()->click();
        options->notifyAddressField()->setText(QStringLiteral("carol@example.org"));
        saveScreenshot(wizard.get(), QStringLiteral("wizard-5-options.png"));

        // Preview: cover + 3 + 1 pages for the first recipient. The cover page shows first,
        // before the documents are converted, and is the page the whole run makes.
        PreviewPage *preview = wizard->previewPage();
        QImage shownFirst;
        int shownWhileRunning = 0;
        connect(preview, &PreviewPage::firstPageShown, this, [&] {
            shownFirst = shownPage(preview, 0);
            shownWhileRunning += preview->isRunning();
        });
        QSignalSpy previewed(preview, &PreviewPage::finished);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SendFaxWizard::Preview));
        QVERIFY(previewed.wait(60000));
        QCOMPARE(shownWhileRunning, 1);
        QCOMPARE(shownFirst, shownPage(preview, 0));
        QVERIFY2(preview->result().error.isEmpty(), qPrintable(preview->result().error));
        QCOMPARE(preview->result().pages(), 5);
        QCOMPARE(preview->pageList()->count(), 5);
        QVERIFY2(preview->statusText().startsWith(QStringLiteral("5 pages; about ")),
                 qPrintable(preview->statusText()));
        // The cover page and the document pages are fax pages: 1728 wide, at fine resolution
        // (twice as many lines as an A4 page at 98 lpi would have), shown at true proportions.
        const QImage first = preview->result().pictures.first();
        QVERIFY(first.height() > first.width());
        QCOMPARE(preview->recipientBox()->count(), 2);
        saveScreenshot(wizard.get(), QStringLiteral("wizard-6-preview.png"));

        // Finish: two jobs in one group.
        QSignalSpy submitted(wizard.get(), &SendFaxWizard::submitted);
        QVERIFY(wizardButton(*wizard, QWizard::FinishButton)->isEnabled());
        wizardButton(*wizard, QWizard::FinishButton)->click();
        QVERIFY(submitted.wait(30000));
        QVERIFY2(m_sink.errors.isEmpty(), qPrintable(m_sink.errors.join(u'\n')));
        const auto ids = submitted.first().at(0).value<QList<JobId>>();
        const JobId group = submitted.first().at(1).value<JobId>();
        QCOMPARE(ids.size(), 2);
        QCOMPARE(int(m_server->jobs().size()), jobsBefore + 2);
        QStringList numbers;
        for (const Job &job : m_server->jobs()) {
            if (!ids.contains(job.id))
                continue;
            QCOMPARE(job.groupId, group);
            numbers << job.recipientNumber;
            QCOMPARE(job.subject, QStringLiteral("Quarterly figures"));
            QCOMPARE(job.senderName, QStringLiteral("Carol Sender"));
            QCOMPARE(job.senderCompany, QStringLiteral("Sender GmbH"));
            QCOMPARE(job.billingCode, QStringLiteral("4711"));
            QCOMPARE(job.schedule, ScheduleType::SpecificTime);
            QCOMPARE(job.scheduleTime, when);
            QCOMPARE(job.priority, Priority::High);
        }
        QCOMPARE(numbers, QStringList({QStringLiteral("+49 30 1234567"),
                                       QStringLiteral("+44 20 7946 0018")}));

        // What the job keeps, and the pages the engine makes of it: the preview's.
        JobDocumentOperation *fetch = m_server->fetchJobDocument(ids.first());
        fetch->setAutoDelete(false);
        QSignalSpy fetched(fetch, &FaxOperation::finished);
        QVERIFY(fetched.wait(30000));
        QVERIFY2(fetch->error().kind == Error::Kind::None, qPrintable(fetch->error().message));
        const FaxDocument stored = fetch->document();
        delete fetch;
        QCOMPARE(stored.files.size(), 2);
        QVERIFY(stored.coverPage.endsWith(QStringLiteral(".coverpage")));
        QCOMPARE(stored.note, QStringLiteral("Please check page 2."));
        QCOMPARE(stored.sender.city, QStringLiteral("Munich"));
        QCOMPARE(stored.resolution, FaxResolution::Fine);
        QCOMPARE(stored.notifyOnCompletion, true);
        QCOMPARE(stored.notifyAddress, QStringLiteral("carol@example.org"));
        QCOMPARE(stored.recipients.size(), 1);
        QCOMPARE(stored.recipients.first().name, QStringLiteral("Alice Example"));
        SendDocument send;
        send.files = stored.files;
        send.coverPage = stored.coverPage;
        send.resolution = stored.resolution;
        send.recipient = stored.recipients.first();
        send.sender = stored.sender;
        send.subject = stored.subject;
        send.note = stored.note;
        const auto prepared =
            SendPreparation::prepare(send, path(QStringLiteral("engine-pages.tif")));
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        QCOMPARE(prepared->pages, preview->result().pages());

        // The sender is remembered for the next fax.
        auto again = makeWizard();
        QCOMPARE(again->senderPage()->sender().name, QStringLiteral("Carol Sender"));
        QCOMPARE(again->senderPage()->sender().billingCode, QStringLiteral("4711"));
    }

    // A number the dialing rules refuse: the reason is shown and Next stays off until fixed.
    void invalidNumber()
    {
        auto wizard = makeWizard();
        RecipientsPage *recipients = wizard->recipientsPage();
        QTest::keyClicks(recipients->numberField(), QStringLiteral("0800-FAX-ME"));
        QVERIFY(!wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        QVERIFY2(recipients->problemText().contains(QStringLiteral("0800-FAX-ME")),
                 qPrintable(recipients->problemText()));
        QTest::keyClick(recipients->numberField(), Qt::Key_Return);
        QCOMPARE(recipients->list()->topLevelItemCount(), 0);
        saveScreenshot(wizard.get(), QStringLiteral("wizard-bad-number.png"));
        recipients->numberField()->setText(QStringLiteral("0800 329 63"));
        QVERIFY(recipients->problemText().isEmpty());
        QVERIFY(wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        // Next takes the number still in the field.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SendFaxWizard::Documents));
        QCOMPARE(recipients->recipients().size(), 1);
    }

    // Documents that cannot be sent are refused with the file and the reason; an empty list
    // keeps Next off.
    void badDocuments()
    {
        auto wizard = makeWizard();
        wizard->recipientsPage()->numberField()->setText(QStringLiteral("+49 30 1234567"));
        wizard->next();
        DocumentsPage *documents = wizard->documentsPage();
        // At once: no such file, not a document.
        QFile binary(path(QStringLiteral("program.bin")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x7f"
                                "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                16));
        binary.close();
        documents->addFiles({path(QStringLiteral("missing.pdf")), binary.fileName()});
        QCOMPARE(documents->list()->count(), 0);
        QVERIFY2(
            documents->problemText().contains(QStringLiteral("missing.pdf: there is no such file")),
            qPrintable(documents->problemText()));
        QVERIFY(documents->problemText().contains(QStringLiteral("program.bin: not a document")));
        // By the check's conversion: a damaged PDF.
        QSignalSpy checked(documents, &DocumentsPage::checked);
        documents->addFiles({data(QStringLiteral("broken/truncated.pdf"))});
        QCOMPARE(documents->list()->count(), 1);
        QVERIFY(!wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        QVERIFY(checked.wait(30000));
        QCOMPARE(documents->list()->count(), 0);
        QVERIFY2(documents->problemText().contains(QStringLiteral("Not added: ") +
                                                   data(QStringLiteral("broken/truncated.pdf")) +
                                                   QStringLiteral(": not a valid PDF")),
                 qPrintable(documents->problemText()));
        QVERIFY(!wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        saveScreenshot(wizard.get(), QStringLiteral("wizard-bad-document.png"));
        // A good one makes the page complete.
        documents->addFiles({data(QStringLiteral("itu2.tif"))});
        QVERIFY(documentsChecked(documents));
        QVERIFY(wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        documents->list()->setCurrentRow(0);
        QTest::keyClick(documents->list(), Qt::Key_Delete);
        QCOMPARE(documents->list()->count(), 0);
        QVERIFY(!wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        QVERIFY(documents->problemText().contains(QStringLiteral("at least one document")));
    }

    // A broken cover page file: named with the reason; Next off; nothing submitted.
    void brokenCoverPage()
    {
        const int jobsBefore = int(m_server->jobs().size());
        QFile broken(path(QStringLiteral("broken.coverpage")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<coverpage version=\"1\"><text x=");
        broken.close();
        auto wizard = makeWizard();
        FaxDocument document;
        document.recipients = {party(QStringLiteral("A"), QStringLiteral("+49 30 1234567"))};
        document.files = {data(QStringLiteral("itu3.tif"))};
        document.coverPage = broken.fileName();
        wizard->setDocument(document);
        QVERIFY(documentsChecked(wizard->documentsPage()));
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SendFaxWizard::Cover));
        CoverPagePage *cover = wizard->coverPage();
        QVERIFY2(cover->problemText().contains(QStringLiteral("broken")),
                 qPrintable(cover->problemText()));
        QVERIFY(!wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        saveScreenshot(wizard.get(), QStringLiteral("wizard-bad-cover.png"));
        // Finish cannot be reached; choosing no cover page fixes it.
        cover->templateBox()->setCurrentIndex(0);
        QVERIFY(cover->problemText().isEmpty());
        QVERIFY(wizardButton(*wizard, QWizard::NextButton)->isEnabled());
        QCOMPARE(int(m_server->jobs().size()), jobsBefore);
    }

    // Without a cover page the first page shows as soon as the converter has made it, while it
    // still makes the other 39 pages of the PDF (it used to wait for all 40), and it is the
    // page the whole run ends with.
    void firstPageWhileConverting()
    {
        auto wizard = longPdfWizard();
        QVERIFY(wizard);
        QVERIFY(wizard->coverPage()->coverPage().isEmpty());
        PreviewPage *preview = wizard->previewPage();
        bool running = false;
        int listed = -1;
        int made = -1;
        QString status;
        QImage shownFirst;
        QElapsedTimer timer;
        connect(preview, &PreviewPage::firstPageShown, this, [&] {
            running = preview->isRunning();
            listed = preview->pageList()->count();
            made = preview->result().pages();
            status = preview->statusText();
            shownFirst = shownPage(preview, 0);
            qInfo("first of 40 pages shown after %lld ms", qint64(timer.elapsed()));
        });
        QSignalSpy first(preview, &PreviewPage::firstPageShown);
        QSignalSpy finished(preview, &PreviewPage::finished);
        for (int i = 0; i < 4; ++i)
            wizard->next();
        timer.start();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SendFaxWizard::Preview));
        QVERIFY(first.wait(60000));
        QVERIFY(running);
        QVERIFY(finished.isEmpty());
        QCOMPARE(made, 0); // the run's result is not there yet
        QVERIFY2(listed >= 1 && listed < 40, qPrintable(QString::number(listed)));
        QVERIFY2(!status.contains(QStringLiteral("pages; about")), qPrintable(status));
        saveScreenshot(wizard.get(), QStringLiteral("wizard-6-preview-while-made.png"));
        // The pages keep coming while the run goes on.
        QTRY_VERIFY_WITH_TIMEOUT(preview->pageList()->count() > listed || !finished.isEmpty(),
                                 60000);
        QVERIFY(finished.wait(120000) || !finished.isEmpty());
        QVERIFY2(preview->result().error.isEmpty(), qPrintable(preview->result().error));
        QCOMPARE(preview->result().pages(), 40);
        QCOMPARE(preview->pageList()->count(), 40);
        QCOMPARE(first.size(), 1);
        QCOMPARE(shownFirst, shownPage(preview, 0));
        QVERIFY2(preview->statusText().startsWith(QStringLiteral("40 pages; about ")),
                 qPrintable(preview->statusText()));
    }

    // Stop ends the making of the pages within a second; nothing is left running.
    void cancelPreview()
    {
        auto wizard = longPdfWizard();
        QVERIFY(wizard);
        for (int i = 0; i < 5; ++i)
            wizard->next();
        PreviewPage *preview = wizard->previewPage();
        QCOMPARE(wizard->currentId(), int(SendFaxWizard::Preview));
        QVERIFY(preview->isRunning());
        QCOMPARE(preview->stopButton()->text(), QStringLiteral("&Stop"));
        QSignalSpy finished(preview, &PreviewPage::finished);
        QElapsedTimer timer;
        timer.start();
        preview->stopButton()->click();
        QVERIFY(finished.wait(5000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(preview->result().canceled);
        QVERIFY(preview->statusText().startsWith(QStringLiteral("Stopped")));
        QCOMPARE(preview->pageList()->count(), 0);
        QCOMPARE(preview->stopButton()->text(), QStringLiteral("&Make Again"));
    }

    // Esc or the close button while Finish hands the fax to the server asks first; "no" keeps
    // the wizard waiting, "yes" lets the submission finish out of sight: every recipient's job
    // is queued (no half group), submitted() reports it, and the wizard closes then.
    void closeWhileSubmitting()
    {
        const int jobsBefore = int(m_server->jobs().size());
        FaxDocument document;
        document.recipients = {party(QStringLiteral("A"), QStringLiteral("+49 30 1234567")),
                               party(QStringLiteral("B"), QStringLiteral("+49 30 7654321"))};
        document.files = {data(QStringLiteral("itu1.tif"))};

        // "No": still open, still submitting, then closes with the fax queued.
        {
            auto wizard = makeWizard();
            wizard->setDocument(document);
            QSignalSpy submitted(wizard.get(), &SendFaxWizard::submitted);
            QSignalSpy rejected(wizard.get(), &QDialog::rejected);
            wizard->accept();
            QVERIFY(wizard->isSubmitting());
            m_sink.answer = false;
            QTest::keyClick(wizard.get(), Qt::Key_Escape);
            QCOMPARE(m_sink.questions.size(), 1);
            QVERIFY2(m_sink.questions.first().contains(QStringLiteral("2 recipient(s)")),
                     qPrintable(m_sink.questions.first()));
            QVERIFY(wizard->isVisible());
            QVERIFY(!wizard->isSubmittingInBackground());
            QVERIFY(submitted.wait(30000));
            QCOMPARE(submitted.first().at(0).value<QList<JobId>>().size(), 2);
            QVERIFY(!wizard->isVisible());
            QCOMPARE(wizard->result(), int(QDialog::Accepted));
            QVERIFY(rejected.isEmpty());
            QCOMPARE(int(m_server->jobs().size()), jobsBefore + 2);
        }

        // "Yes" through the close button: out of sight at once, the whole group queued later.
        {
            m_sink.questions.clear();
            m_sink.answer = true;
            auto *wizard = new SendFaxWizard(m_server.get(), &m_sink, &m_dialogs, m_settings.get());
            wizard->setAttribute(Qt::WA_DeleteOnClose); // as the console opens it
            QPointer<SendFaxWizard> alive(wizard);
            wizard->show();
            wizard->setDocument(document);
            QSignalSpy submitted(wizard, &SendFaxWizard::submitted);
            wizard->accept();
            QVERIFY(wizard->isSubmitting());
            QVERIFY(!wizard->close()); // the close event is refused: the wizard is not deleted
            QCOMPARE(m_sink.questions.size(), 1);
            QVERIFY(alive);
            QVERIFY(!wizard->isVisible());
            QVERIFY(wizard->isSubmittingInBackground());
            QVERIFY(submitted.wait(30000));
            const auto ids = submitted.first().at(0).value<QList<JobId>>();
            QCOMPARE(ids.size(), 2);
            QCOMPARE(int(m_server->jobs().size()), jobsBefore + 4);
            for (const JobId id : ids)
                QVERIFY(m_server->job(id).has_value());
            QTRY_VERIFY(!alive); // closed (and deleted) once the fax was queued
            QVERIFY2(m_sink.errors.isEmpty(), qPrintable(m_sink.errors.join(u'\n')));
        }

        // Refused after the wizard went out of sight: it comes back with the reason and
        // everything entered, no job queued.
        {
            m_sink.questions.clear();
            auto wizard = makeWizard();
            FaxDocument missing = document;
            QFile::copy(data(QStringLiteral("itu1.tif")), path(QStringLiteral("gone.tif")));
            missing.files = {path(QStringLiteral("gone.tif"))};
            wizard->setDocument(missing);
            QFile::remove(path(QStringLiteral("gone.tif")));
            QSignalSpy submitted(wizard.get(), &SendFaxWizard::submitted);
            wizard->accept();
            QVERIFY(wizard->isSubmitting());
            QTest::keyClick(wizard.get(), Qt::Key_Escape);
            QCOMPARE(m_sink.questions.size(), 1);
            QVERIFY(!wizard->isVisible());
            QTRY_COMPARE_WITH_TIMEOUT(m_sink.errors.size(), 1, 30000);
            QVERIFY2(m_sink.errors.first().contains(QStringLiteral("not queued")),
                     qPrintable(m_sink.errors.first()));
            QVERIFY(wizard->isVisible());
            QVERIFY(!wizard->isSubmittingInBackground());
            QVERIFY(!wizard->isSubmitting()); // Finish may be pressed again
            QCOMPARE(wizard->document().recipients, missing.recipients);
            QVERIFY(submitted.isEmpty());
            QCOMPARE(int(m_server->jobs().size()), jobsBefore + 4);
            m_sink.errors.clear();
        }

        // Not submitting: Esc closes without a question.
        {
            m_sink.questions.clear();
            auto wizard = makeWizard();
            QTest::keyClick(wizard.get(), Qt::Key_Escape);
            QVERIFY(!wizard->isVisible());
            QVERIFY(m_sink.questions.isEmpty());
        }
    }

    // Finish while the server refuses: the reason is shown, the wizard stays open.
    void refusedSubmission()
    {
        ConnectionSettings connection;
        connection.dataDirectory = path(QStringLiteral("other-engine"));
        LocalFaxServer::Options options;
        options.runScheduler = false;
        LocalFaxServer offline(connection, options); // never connected
        SendFaxWizard wizard(&offline, &m_sink, &m_dialogs, m_settings.get());
        wizard.show();
        FaxDocument document;
        document.recipients = {party(QString(), QStringLiteral("123456"))};
        wizard.setDocument(document);
        wizard.accept();
        QCOMPARE(m_sink.errors.size(), 1);
        QVERIFY2(m_sink.errors.first().contains(QStringLiteral("not connected")),
                 qPrintable(m_sink.errors.first()));
        QVERIFY(wizard.isVisible());
    }

    // The console: New Fax (Ctrl+N) in the File menu, the toolbar and the tray's list; the
    // session's send flow (Resend) opens the wizard filled in.
    void consoleHookup()
    {
        ConnectionProfiles profiles(path(QStringLiteral("profiles.ini")));
        ConsoleSession session(&m_sink, &m_dialogs, &profiles, path(QStringLiteral("session.ini")));
        MainWindow window(&session);
        window.show();
        QAction *newFax = session.actions()->action(ActionId::NewFax);
        QVERIFY(newFax);
        QCOMPARE(newFax->shortcut(), QKeySequence(QKeySequence::New));
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar && toolBar->actions().contains(newFax));
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(newFax));
        QVERIFY(session.hasSendFlow());

        // Not connected: said so, no wizard.
        newFax->trigger();
        QVERIFY(!window.sendFax()->wizard());
        QCOMPARE(m_sink.errors.size(), 1);

        ConnectionSettings connection;
        connection.dataDirectory = path(QStringLiteral("engine"));
        QVERIFY(window.connectTo(connection));
        QTRY_VERIFY(session.isConnected());
        newFax->trigger();
        QPointer<SendFaxWizard> blank = window.sendFax()->wizard();
        QVERIFY(blank);
        QCOMPARE(blank->windowTitle(), QStringLiteral("Send Fax"));
        QVERIFY(blank->document().recipients.isEmpty());
        blank->close();
        QTRY_VERIFY(!blank);

        FaxDocument resend;
        resend.recipients = {party(QStringLiteral("Dora"), QStringLiteral("+33 1 23 45 67 89"))};
        resend.files = {data(QStringLiteral("itu4.tif"))};
        resend.subject = QStringLiteral("Again");
        session.startSend(resend, &window);
        QPointer<SendFaxWizard> filled = window.sendFax()->wizard();
        QVERIFY(filled);
        QCOMPARE(filled->document().recipients, resend.recipients);
        QCOMPARE(filled->document().files, resend.files);
        QCOMPARE(filled->document().subject, QStringLiteral("Again"));
        QVERIFY(documentsChecked(filled->documentsPage()));
        filled->close();
        QTRY_VERIFY(!filled);
    }

    // faxconsole --send while the console cannot connect: the user is told which server and
    // why (once, not a second time by the session), may try again, and the files are kept until
    // a connection opens the wizard with them.
    void sendWhileUnreachable()
    {
        m_sink.questions.clear();
        ConnectionProfiles profiles(path(QStringLiteral("unreachable-profiles.ini")));
        ConsoleSession session(&m_sink, &m_dialogs, &profiles,
                               path(QStringLiteral("unreachable-session.ini")));
        MainWindow window(&session);
        window.show();
        QSignalSpy opened(window.sendFax(), &SendFaxLauncher::opened);
        FaxDocument toSend;
        toSend.files = {data(QStringLiteral("itu1.tif"))};
        // As at start-up: the files wait before the first connection is tried.
        window.sendFax()->openWhenConnected(toSend);
        QVERIFY(m_sink.questions.isEmpty());

        // The engine's data folder cannot be made (a file is in the way).
        QFile blocker(path(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ConnectionSettings broken;
        broken.dataDirectory = path(QStringLiteral("blocker/engine"));
        m_sink.answer = true; // try again, once
        window.connectTo(broken);
        QCOMPARE(m_sink.questions.size(), 1);
        const QString reason = session.lastConnectionError();
        QVERIFY(!reason.isEmpty());
        const QString &question = m_sink.questions.first();
        QVERIFY2(question.startsWith(QStringLiteral("Cannot connect to Local engine: ")),
                 qPrintable(question));
        QVERIFY2(question.contains(reason), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 document(s) to fax are kept")),
                 qPrintable(question));
        QVERIFY2(m_sink.errors.isEmpty(), qPrintable(m_sink.errors.join(u'\n')));
        m_sink.answer = false;
        QTRY_COMPARE(m_sink.questions.size(), 2); // the second try failed too
        QVERIFY(!session.isConnected());
        QCOMPARE(window.sendFax()->pending().size(), 1);
        QVERIFY(opened.isEmpty());

        // More files while it is down: told at once, with the reason.
        FaxDocument more;
        more.files = {data(QStringLiteral("itu2.tif"))};
        window.sendFax()->openWhenConnected(more);
        QCOMPARE(m_sink.questions.size(), 3);
        QVERIFY2(m_sink.questions.last().contains(reason), qPrintable(m_sink.questions.last()));
        QCOMPARE(window.sendFax()->pending().size(), 2);
        QVERIFY(m_sink.errors.isEmpty());

        // Connected: a wizard for each, with the files; nothing waits any more.
        ConnectionSettings good;
        good.dataDirectory = path(QStringLiteral("engine"));
        QVERIFY(window.connectTo(good));
        QTRY_COMPARE(opened.size(), 2);
        const auto first = opened.at(0).at(0).value<SendFaxWizard *>();
        const auto second = opened.at(1).at(0).value<SendFaxWizard *>();
        QCOMPARE(first->document().files, toSend.files);
        QCOMPARE(second->document().files, more.files);
        QVERIFY(window.sendFax()->pending().isEmpty());
        QVERIFY(documentsChecked(first->documentsPage()));
        QVERIFY(documentsChecked(second->documentsPage()));
        first->close();
        second->close();
        m_sink.answer = true;
    }

private:
    QTemporaryDir m_dir;
    RecordingSink m_sink;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<LocalFaxServer> m_server;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_MAIN(TestSendFaxWizard)
#include "tst_sendfaxwizard.moc"
