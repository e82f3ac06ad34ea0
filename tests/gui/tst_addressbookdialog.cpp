// SPDX-License-Identifier: GPL-3.0-or-later
// The address book dialogs driven with the keyboard, offscreen: add, edit, groups, import with
// the column mapping, export, picking recipients, and the console's Tools > Address Book.
#include "actionids.h"
#include "actionregistry.h"
#include "addressbook/addressbook.h"
#include "addressbook/contactimport.h"
#include "addressbookdialog.h"
#include "connectionprofiles.h"
#include "consolesession.h"
#include "consoletesting.h"
#include "contactdialog.h"
#include "contactfiltermodel.h"
#include "csvimportdialog.h"
#include "fakefaxserver.h"
#include "groupsdialog.h"
#include "mainwindow.h"
#include "sendfaxlauncher.h"
#include "sendfaxwizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

// Mnemonics (Alt+letter) are on for X11 and Windows users; the offscreen platform leaves them
// off unless told.
Q_GUI_EXPORT void qt_set_sequence_auto_mnemonic(bool enable);

using namespace Fax;
using namespace Fax::Test;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/addressbook/") + name;
}

/// Types text into the focused widget of dialog after selecting what is there.
void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    QTest::keyClicks(widget, text);
}

/// Makes widget's window the active one, as the user's click would: keyboard shortcuts and the
/// focus go to the active window only.
bool activate(QWidget *widget)
{
    QWidget *window = widget->window();
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

/// Presses Alt+key in widget's window and waits until the button of that mnemonic has been
/// clicked (QAbstractButton::animateClick clicks after a short animation).
bool altKey(QWidget *widget, Qt::Key key)
{
    QPointer<QWidget> window = widget->window();
    if (!activate(window))
        return false;
    QTest::keyClick(widget, key, Qt::AltModifier);
    return QTest::qWaitFor([&]() {
        if (!window)
            return true;
        const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
        return std::none_of(buttons.cbegin(), buttons.cend(),
                            [](const QAbstractButton *b) { return b->isDown(); });
    });
}

} // namespace

class TestAddressBookDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qt_set_sequence_auto_mnemonic(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_book = std::make_unique<AddressBook>();
        const QString file = m_dir.filePath(QStringLiteral("book.sqlite"));
        QFile::remove(file);
        QVERIFY(m_book->open(file));
        m_dialogs = ScriptedDialogs();
        m_sink = RecordingSink();
    }

    void cleanup() { m_book.reset(); }

    void addAndEditWithTheKeyboard()
    {
        AddressBookDialog dialog(m_book.get(), &m_dialogs, &m_sink);
        dialog.show();
        QVERIFY(activate(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Address Book"));
        bool refused = false;
        m_dialogs.handlers.push_back([&](QDialog *d) {
            auto *edit = qobject_cast<ContactDialog *>(d);
            if (!edit || !activate(edit))
                return int(QDialog::Rejected);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Juergen Mueller"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("+49 30 CALL"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Beispiel GmbH"));
            // A number with letters: OK is refused and says why.
            QTest::keyClick(edit, Qt::Key_Return);
            refused = edit->isVisible() && edit->findChild<QLabel *>(QStringLiteral("problem"))
                                               ->text()
                                               .contains(QLatin1String("letter 'C'"));
            saveScreenshot(edit, QStringLiteral("addressbook-contact-invalid.png"));
            typeInto(edit->field(QStringLiteral("faxNumber")), QStringLiteral("+49 30 1234569"));
            typeInto(edit->field(QStringLiteral("email")), QStringLiteral("j@example.de"));
            edit->findChild<QPlainTextEdit *>(QStringLiteral("notes"))->setFocus();
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Calls back after 14:00"));
            saveScreenshot(edit, QStringLiteral("addressbook-contact.png"));
            QTest::keyClick(edit->field(QStringLiteral("email")), Qt::Key_Return);
            return edit->result();
        });
        QVERIFY(altKey(&dialog, Qt::Key_N));
        QVERIFY(refused);
        QCOMPARE(m_dialogs.asked, QStringList{QStringLiteral("New Contact")});
        QCOMPARE(m_book->contactCount(), 1);
        const Contact stored = m_book->contacts().first();
        QCOMPARE(stored.party.name, QStringLiteral("Juergen Mueller"));
        QCOMPARE(stored.party.faxNumber, QStringLiteral("+49 30 1234569"));
        QCOMPARE(stored.party.company, QStringLiteral("Beispiel GmbH"));
        QCOMPARE(stored.party.email, QStringLiteral("j@example.de"));
        QCOMPARE(stored.notes, QStringLiteral("Calls back after 14:00"));
        // The new contact is selected: Alt+E edits it.
        m_dialogs.handlers.push_back([&](QDialog *d) {
            auto *edit = qobject_cast<ContactDialog *>(d);
            if (!edit || !activate(edit))
                return int(QDialog::Rejected);
            typeInto(edit->field(QStringLiteral("department")), QStringLiteral("Einkauf"));
            QTest::keyClick(edit->field(QStringLiteral("department")), Qt::Key_Return);
            return edit->result();
        });
        QVERIFY(altKey(&dialog, Qt::Key_E));
        QCOMPARE(m_dialogs.asked.last(), QStringLiteral("Edit Contact"));
        QCOMPARE(m_book->contacts().first().party.department, QStringLiteral("Einkauf"));
        // Delete asks first.
        m_sink.answer = false;
        QVERIFY(altKey(&dialog, Qt::Key_D));
        QCOMPARE(m_sink.questions.size(), 1);
        QVERIFY(m_sink.questions.first().contains(QLatin1String("Delete Juergen Mueller")));
        QCOMPARE(m_book->contactCount(), 1);
        m_sink.answer = true;
        QVERIFY(altKey(&dialog, Qt::Key_D));
        QCOMPARE(m_book->contactCount(), 0);
        QCOMPARE(dialog.filterModel()->rowCount(), 0);
    }

    void searchAsYouType()
    {
        QVERIFY(m_book->addContacts(
            readContactFile(sample(QStringLiteral("outlook.csv")))->contacts()));
        QVERIFY(
            m_book->addContacts(readContactFile(sample(QStringLiteral("google.vcf")))->contacts()));
        AddressBookDialog dialog(m_book.get(), &m_dialogs, &m_sink);
        dialog.show();
        QVERIFY(activate(&dialog));
        QCOMPARE(dialog.filterModel()->rowCount(), 4);
        QCOMPARE(QApplication::focusWidget(), dialog.searchField());
        QTest::keyClicks(dialog.searchField(), QStringLiteral("fran"));
        QCOMPARE(dialog.filterModel()->rowCount(), 1);
        QTest::keyClick(dialog.searchField(), Qt::Key_Backspace);
        QTest::keyClick(dialog.searchField(), Qt::Key_Backspace);
        QTest::keyClick(dialog.searchField(), Qt::Key_Backspace);
        QCOMPARE(dialog.filterModel()->rowCount(), 1); // "f": only François has an f
        dialog.searchField()->clear();
        QTest::keyClicks(dialog.searchField(), QStringLiteral("+34 91"));
        QCOMPARE(dialog.filterModel()->rowCount(), 1);
        dialog.searchField()->clear();
        // The group filter.
        const int customers = dialog.groupFilter()->findText(QStringLiteral("Customers"));
        QVERIFY(customers > 0);
        dialog.groupFilter()->setCurrentIndex(customers);
        QCOMPARE(dialog.filterModel()->rowCount(), 3);
        saveScreenshot(&dialog, QStringLiteral("addressbook.png"));
    }

    void groupsAndMembers()
    {
        QVERIFY(m_book->addContacts(
            readContactFile(sample(QStringLiteral("thunderbird.vcf")))->contacts()));
        AddressBookDialog dialog(m_book.get(), &m_dialogs, &m_sink);
        dialog.show();
        QVERIFY(activate(&dialog));
        m_dialogs.handlers.push_back([&](QDialog *d) {
            auto *groups = qobject_cast<GroupsDialog *>(d);
            if (!groups || !activate(groups))
                return int(QDialog::Rejected);
            // New group: the name dialog.
            m_dialogs.handlers.push_back([](QDialog *input) {
                activate(input);
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Suppliers"));
                QTest::keyClick(input, Qt::Key_Return);
                return input->result();
            });
            if (!altKey(groups, Qt::Key_N))
                return int(QDialog::Rejected);
            // Members: tick Anna Smith with the keyboard.
            m_dialogs.handlers.push_back([](QDialog *members) {
                activate(members);
                auto *list = members->findChild<QListWidget *>(QStringLiteral("members"));
                list->setFocus();
                list->setCurrentRow(0); // sorted by name: Anna Smith first
                QTest::keyClick(list, Qt::Key_Space);
                saveScreenshot(members, QStringLiteral("addressbook-members.png"));
                QTest::keyClick(members, Qt::Key_Return);
                return members->result();
            });
            if (!altKey(groups, Qt::Key_M))
                return int(QDialog::Rejected);
            saveScreenshot(groups, QStringLiteral("addressbook-groups.png"));
            // Rename it.
            m_dialogs.handlers.push_back([](QDialog *input) {
                activate(input);
                auto *edit = input->findChild<QLineEdit *>();
                edit->selectAll();
                QTest::keyClicks(edit, QStringLiteral("Key Suppliers"));
                QTest::keyClick(input, Qt::Key_Return);
                return input->result();
            });
            if (!altKey(groups, Qt::Key_R))
                return int(QDialog::Rejected);
            return int(QDialog::Rejected);
        });
        QVERIFY(altKey(&dialog, Qt::Key_R));
        QCOMPARE(
            m_dialogs.asked,
            (QStringList{QStringLiteral("Groups"), QStringLiteral("New Group"),
                         QStringLiteral("Members of Suppliers"), QStringLiteral("Rename Group")}));
        QCOMPARE(m_book->groups().size(), 1);
        QCOMPARE(m_book->groups().first().name, QStringLiteral("Key Suppliers"));
        const QList<qint64> members = m_book->groupMembers(m_book->groups().first().id);
        QCOMPARE(members.size(), 1);
        QCOMPARE(m_book->contact(members.first())->party.name, QStringLiteral("Anna Smith"));
        // The filter offers the group at once.
        QVERIFY(dialog.groupFilter()->findText(QStringLiteral("Key Suppliers")) > 0);
        QVERIFY(m_sink.errors.isEmpty());
    }

    void importCsvWithMapping()
    {
        AddressBookDialog dialog(m_book.get(), &m_dialogs, &m_sink);
        dialog.show();
        QVERIFY(activate(&dialog));
        m_dialogs.files = {sample(QStringLiteral("excel-de.csv"))};
        QString separator, encoding, previewCompany;
        m_dialogs.handlers.push_back([&](QDialog *d) {
            auto *mapping = qobject_cast<CsvImportDialog *>(d);
            if (!mapping || !activate(mapping))
                return int(QDialog::Rejected);
            separator = mapping->separatorChooser()->currentText();
            encoding = mapping->encodingChooser()->currentText();
            // Firma -> Company, Faxnummer -> Fax number, PLZ -> Postal code, Ort -> City, chosen
            // with the keyboard in each column's field box.
            const QList<QPair<int, ContactField>> choices = {{1, ContactField::Company},
                                                             {2, ContactField::FaxNumber},
                                                             {5, ContactField::Zip},
                                                             {6, ContactField::City}};
            for (const auto &[column, field] : choices) {
                QComboBox *box = mapping->fieldChooser(column);
                box->setFocus();
                // Typing the first word picks the field (a space would open the list).
                QTest::keyClicks(box, contactFieldName(field).section(QLatin1Char(' '), 0, 0));
                if (box->currentData().toInt() != int(field))
                    return int(QDialog::Rejected);
            }
            previewCompany = mapping->preview()->item(0, 2)->text();
            saveScreenshot(mapping, QStringLiteral("addressbook-import-mapping.png"));
            if (!altKey(mapping, Qt::Key_I))
                return int(QDialog::Rejected);
            return mapping->result();
        });
        QVERIFY(altKey(&dialog, Qt::Key_I));
        QCOMPARE(m_dialogs.asked, (QStringList{QStringLiteral("Import Contacts"),
                                               QStringLiteral("Import Contacts")}));
        QCOMPARE(separator, QStringLiteral("Semicolon (;)"));
        QCOMPARE(encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(previewCompany, QStringLiteral("Weiß & Söhne KG"));
        QCOMPARE(m_book->contactCount(), 1);
        const Party p = m_book->contacts().first().party;
        QCOMPARE(p.name, QStringLiteral("Björn Weiß"));
        QCOMPARE(p.faxNumber, QStringLiteral("+49 89 5566778"));
        QCOMPARE(p.zip, QStringLiteral("80539"));
        QCOMPARE(p.city, QStringLiteral("München"));
        QCOMPARE(dialog.filterModel()->rowCount(), 1);
    }

    void importCsvWithOtherSeparatorAndCharacterSet()
    {
        // A file that detection cannot get right alone: the user corrects separator and
        // character set, the columns and preview follow, a choice that does not fit says why.
        AddressBookDialog dialog(m_book.get(), &m_dialogs, &m_sink);
        dialog.show();
        QVERIFY(activate(&dialog));
        m_dialogs.files = {sample(QStringLiteral("excel-de.csv"))};
        QString wrongCharset, wrongSeparator, corrected;
        bool importWhileWrong = true;
        int columnsWhileWrong = -1;
        m_dialogs.handlers.push_back([&](QDialog *d) {
            auto *mapping = qobject_cast<CsvImportDialog *>(d);
            if (!mapping || !activate(mapping))
                return int(QDialog::Rejected);
            QPushButton *import = nullptr;
            for (QPushButton *b : mapping->findChildren<QPushButton *>()) {
                if (b->text() == CsvImportDialog::tr("&Import"))
                    import = b;
            }
            if (!import)
                return int(QDialog::Rejected);
            // Read as UTF-8, Windows-1252 bytes turn into replacement characters.
            mapping->encodingChooser()->setCurrentText(QStringLiteral("UTF-8"));
            wrongCharset = mapping->preview()->item(0, 0)->text();
            // With commas the header is one column: nothing to import, and the reason shown.
            mapping->separatorChooser()->setCurrentIndex(
                mapping->separatorChooser()->findText(CsvImportDialog::tr("Comma (,)")));
            wrongSeparator = mapping->findChild<QLabel *>(QStringLiteral("summary"))->text();
            importWhileWrong = import->isEnabled();
            columnsWhileWrong = mapping->mapping().size();
            mapping->separatorChooser()->setCurrentIndex(
                mapping->separatorChooser()->findText(CsvImportDialog::tr("Semicolon (;)")));
            mapping->encodingChooser()->setCurrentText(QStringLiteral("Windows-1252"));
            corrected = mapping->preview()->item(0, 0)->text();
            saveScreenshot(mapping, QStringLiteral("addressbook-import-charset.png"));
            if (!import->isEnabled())
                return int(QDialog::Rejected);
            import->click();
            return mapping->result();
        });
        QVERIFY(altKey(&dialog, Qt::Key_I));
        QCOMPARE(wrongCharset, QStringLiteral("Bj\uFFFDrn Wei\uFFFD"));
        QVERIFY2(wrongSeparator.contains(QStringLiteral("excel-de.csv")) &&
                     wrongSeparator.contains(QStringLiteral("names no columns")),
                 qPrintable(wrongSeparator));
        QVERIFY(!importWhileWrong);
        QCOMPARE(columnsWhileWrong, 0);
        QCOMPARE(corrected, QStringLiteral("Björn Weiß"));
        QCOMPARE(m_book->contactCount(), 1);
        QCOMPARE(m_book->contacts().first().party.name, QStringLiteral("Björn Weiß"));
    }

    void importVCardAndBadFiles()
    {
        AddressBookDialog dialog(m_book.get(), &m_dialogs, &m_sink);
        dialog.show();
        m_dialogs.files = {sample(QStringLiteral("evolution.vcf")),
                           sample(QStringLiteral("bad-truncated.vcf"))};
        dialog.importFile();
        QCOMPARE(m_sink.questions.size(), 1);
        QVERIFY2(m_sink.questions.first().contains(QLatin1String(
                     "Import evolution.vcf into the address book? Contacts found: 1.")),
                 qPrintable(m_sink.questions.first()));
        QCOMPARE(m_book->contactCount(), 1);
        dialog.importFile();
        QCOMPARE(m_sink.errors.size(), 1);
        QVERIFY2(m_sink.errors.first().contains(QLatin1String("bad-truncated.vcf, line 5")),
                 qPrintable(m_sink.errors.first()));
        QCOMPARE(m_book->contactCount(), 1); // nothing of the bad file
    }

    void exportWhatIsShown()
    {
        QVERIFY(m_book->addContacts(
            readContactFile(sample(QStringLiteral("outlook.csv")))->contacts()));
        AddressBookDialog dialog(m_book.get(), &m_dialogs, &m_sink);
        dialog.show();
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        const QString vcf = m_dir.filePath(QStringLiteral("out"));
        m_dialogs.files = {csv, vcf};
        dialog.exportFile();
        QTest::keyClicks(dialog.searchField(), QStringLiteral("zo"));
        dialog.exportFile();
        QVERIFY(m_sink.errors.isEmpty());
        const Expected<ContactFile> all = readContactFile(csv);
        QVERIFY(all);
        QCOMPARE(all->format, ContactFile::Format::Csv);
        QCOMPARE(all->contacts().size(), 2);
        const Expected<ContactFile> one = readContactFile(vcf + QStringLiteral(".vcf"));
        QVERIFY(one);
        QCOMPARE(one->format, ContactFile::Format::VCard);
        QCOMPARE(one->contacts().size(), 1);
        QCOMPARE(one->contacts().first().party.name, QStringLiteral("Zoë O'Brien"));
    }

    void pickRecipients()
    {
        QVERIFY(m_book->addContacts(
            readContactFile(sample(QStringLiteral("outlook.csv")))->contacts()));
        QVERIFY(
            m_book->addContacts(readContactFile(sample(QStringLiteral("google.csv")))->contacts()));
        // Typed search, Down into the list, Enter: that contact.
        m_dialogs.handlers.push_back([](QDialog *d) {
            auto *book = qobject_cast<AddressBookDialog *>(d);
            if (!book || !activate(book))
                return int(QDialog::Rejected);
            QTest::keyClicks(book->searchField(), QStringLiteral("kenji"));
            QTest::keyClick(book->searchField(), Qt::Key_Down);
            saveScreenshot(book, QStringLiteral("addressbook-picker.png"));
            QTest::keyClick(book->view(), Qt::Key_Return);
            return book->result();
        });
        QList<Party> picked =
            AddressBookDialog::pickRecipients(m_book.get(), nullptr, &m_dialogs, &m_sink);
        QCOMPARE(m_dialogs.asked.last(), QStringLiteral("Choose Recipients"));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.first().name, QStringLiteral("Kenji Tanaka"));
        QCOMPARE(picked.first().faxNumber, QStringLiteral("+81 3 1234 5679"));
        // A group and no contact selected: the whole group.
        m_dialogs.handlers.push_back([](QDialog *d) {
            auto *book = qobject_cast<AddressBookDialog *>(d);
            if (!book || !activate(book))
                return int(QDialog::Rejected);
            book->groupFilter()->setFocus();
            QTest::keyClicks(book->groupFilter(), QStringLiteral("Customers"));
            if (!altKey(book, Qt::Key_A))
                return int(QDialog::Rejected);
            return book->result();
        });
        picked = AddressBookDialog::pickRecipients(m_book.get(), nullptr, &m_dialogs, &m_sink);
        QStringList names;
        for (const Party &p : std::as_const(picked))
            names.append(p.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("François Lefèvre"),
                              QStringLiteral("Maria José García"), QStringLiteral("Zoë O'Brien")}));
        // Canceled: nobody.
        m_dialogs.handlers.push_back([](QDialog *d) {
            activate(d);
            QTest::keyClick(d, Qt::Key_Escape);
            return d->result();
        });
        QVERIFY(AddressBookDialog::pickRecipients(m_book.get(), nullptr, &m_dialogs, &m_sink)
                    .isEmpty());
    }

    void consoleToolsMenuOpensIt()
    {
        qputenv("FAXCONSOLE_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        ConnectionProfiles profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        ConsoleSession session(&m_sink, &m_dialogs, &profiles,
                               m_dir.filePath(QStringLiteral("console.ini")));
        MainWindow window(&session);
        QAction *action = session.actions()->action(ActionId::OpenAddressBook);
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Address Book…"));
        m_dialogs.handlers.push_back([](QDialog *d) {
            saveScreenshot(d, QStringLiteral("addressbook-empty.png"));
            return int(QDialog::Rejected);
        });
        action->trigger();
        QCOMPARE(m_dialogs.asked, QStringList{QStringLiteral("Address Book")});
        QVERIFY(QFile::exists(AddressBook::pathIn(m_dir.filePath(QStringLiteral("data")))));
        QVERIFY(window.addressBook());
        QVERIFY(m_sink.errors.isEmpty());
        qunsetenv("FAXCONSOLE_DATA_DIR");
    }

    // The console's Send Fax Wizard has the Address Book… button, and it opens this user's book.
    void consoleWizardPicksFromIt()
    {
        qputenv("FAXCONSOLE_DATA_DIR", m_dir.filePath(QStringLiteral("wizard")).toLocal8Bit());
        ConnectionProfiles profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        ConsoleSession session(&m_sink, &m_dialogs, &profiles,
                               m_dir.filePath(QStringLiteral("console.ini")));
        MainWindow window(&session);
        window.setServer(std::make_unique<FakeFaxServer>());
        QTRY_VERIFY(session.isConnected());
        QPointer<SendFaxWizard> wizard = window.sendFax()->open(FaxDocument());
        QVERIFY(wizard);
        auto *button = wizard->findChild<QPushButton *>(QStringLiteral("addressBook"));
        QVERIFY(button);
        QVERIFY(button->isVisibleTo(wizard));
        const qsizetype asked = m_dialogs.asked.size();
        m_dialogs.handlers.push_back([](QDialog *) { return int(QDialog::Rejected); });
        button->click();
        QCOMPARE(m_dialogs.asked.size(), asked + 1);
        QVERIFY(QFile::exists(AddressBook::pathIn(m_dir.filePath(QStringLiteral("wizard")))));
        delete wizard.data();
        qunsetenv("FAXCONSOLE_DATA_DIR");
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AddressBook> m_book;
    ScriptedDialogs m_dialogs;
    RecordingSink m_sink;
};

QTEST_MAIN(TestAddressBookDialog)
#include "tst_addressbookdialog.moc"
