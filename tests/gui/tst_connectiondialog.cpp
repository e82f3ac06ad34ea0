// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog and the keyring: profiles never hold a password, and where no keyring
// runs (as here: no session bus) a password to remember is refused with the reason, once, after
// which Connect goes on without saving it. A HylaFAX server filled in over the local engine's
// profile (the dialog opens on it) is named after its server, in the profiles and in the
// console's title and status bar.
#include "connectiondialog.h"
#include "connectionprofiles.h"
#include "consolesession.h"
#include "consoletesting.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Fax;

class TestConnectionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No desktop session: QtKeychain finds no keyring to talk to.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
        QVERIFY(m_dir.isValid());
    }

    void passwordIsNeverInTheProfile()
    {
        ConnectionProfiles profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        ConnectionDialog dialog(&profiles);
        ConnectionSettings office;
        office.profileName = QStringLiteral("Office");
        office.kind = ServerKind::Hylafax;
        office.host = QStringLiteral("fax.example.com");
        office.user = QStringLiteral("alice");
        office.password = QStringLiteral("very-secret-word");
        dialog.setSettings(office);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(profiles.profile(QStringLiteral("Office"))->password, QString());
        QFile file(m_dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("very-secret-word"));
    }

    void noKeyringIsSaidOnceThenConnectGoesOn()
    {
        ConnectionProfiles profiles(m_dir.filePath(QStringLiteral("profiles2.ini")));
        ConnectionDialog dialog(&profiles);
        ConnectionSettings office;
        office.profileName = QStringLiteral("Office");
        office.kind = ServerKind::Hylafax;
        office.host = QStringLiteral("fax.example.com");
        office.user = QStringLiteral("alice");
        office.password = QStringLiteral("secret");
        dialog.setSettings(office);
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheck"));
        QVERIFY(remember);
        remember->setChecked(true);
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
        QVERIFY(problem->isVisibleTo(&dialog));
        QVERIFY2(problem->text().contains(QStringLiteral("not saved")),
                 qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(QStringLiteral("keyring")), qPrintable(problem->text()));
        QVERIFY(!remember->isChecked());
        // Connect again: the typed password goes with this connection only.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().password, QStringLiteral("secret"));
    }

    void hylafaxOverTheLocalProfileIsNamedAfterItsServer()
    {
        const QString local = ConnectionProfiles::localDefault().profileName;
        ConnectionProfiles profiles(m_dir.filePath(QStringLiteral("profiles3.ini")));
        ConnectionDialog dialog(&profiles);
        QCOMPARE(dialog.settings().profileName, local);
        // The user picks HylaFAX and fills in the server, leaving the profile box alone.
        dialog.findChild<QRadioButton *>(QStringLiteral("hylafaxRadio"))->click();
        for (const auto &[name, text] :
             {std::pair{"hostEdit", "127.0.0.1"}, {"userEdit", "alice"}}) {
            auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
            edit->clear();
            QTest::keyClicks(edit, QLatin1String(text));
        }
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ConnectionSettings settings = dialog.settings();
        QCOMPARE(settings.kind, ServerKind::Hylafax);
        QCOMPARE(settings.profileName, QStringLiteral("alice@127.0.0.1"));
        QCOMPARE(profiles.lastProfile(), QStringLiteral("alice@127.0.0.1"));
        QCOMPARE(profiles.profile(QStringLiteral("alice@127.0.0.1"))->host,
                 QStringLiteral("127.0.0.1"));
        QVERIFY(!profiles.profile(local)); // the local engine's profile is not overwritten

        // A profile an earlier version saved under the local name: the console names the server
        // all the same (window title, tray, activity log), and its status bar says HylaFAX.
        ConnectionSettings saved = settings;
        saved.profileName = local;
        saved.port = 1; // nothing listens there: the connection fails, the names stay
        QCOMPARE(ConnectionProfiles::displayName(saved), QStringLiteral("alice@127.0.0.1"));
        Test::RecordingSink sink;
        MainWindow window(&sink, &profiles);
        window.show();
        window.connectTo(saved);
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("alice@127.0.0.1")),
                 qPrintable(window.windowTitle()));
        QVERIFY2(!window.windowTitle().contains(local), qPrintable(window.windowTitle()));
        QCOMPARE(window.connectionText(),
                 QStringLiteral("Connecting to HylaFAX server 127.0.0.1:1…"));
        // Refused: the title still names the server the console tried.
        QTRY_COMPARE(window.connectionText(), QStringLiteral("Disconnected"));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("alice@127.0.0.1")),
                 qPrintable(window.windowTitle()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
