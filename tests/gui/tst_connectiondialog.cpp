// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog and the keyring: profiles never hold a password, and where no keyring
// runs (as here: no session bus) a password to remember is refused with the reason, once, after
// which Connect goes on without saving it.
#include "connectiondialog.h"
#include "connectionprofiles.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
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

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
