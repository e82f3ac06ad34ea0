// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "connectionprofiles.h"
#include "server/passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Fax {

ConnectionDialog::ConnectionDialog(ConnectionProfiles *profiles, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_profile(new QComboBox(this)),
      m_deleteProfile(new QPushButton(tr("&Delete"), this)),
      m_local(new QRadioButton(tr("&Local fax engine on this computer"), this)),
      m_hylafax(new QRadioButton(tr("&HylaFAX server"), this)), m_localBox(new QWidget(this)),
      m_dataDirectory(new QLineEdit(this)), m_hylafaxBox(new QWidget(this)),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_rememberPassword(new QCheckBox(tr("&Remember the password in the desktop keyring"), this)),
      m_admin(new QCheckBox(tr("Log in as &administrator"), this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to Fax Server"));
    setObjectName(QStringLiteral("connectionDialog"));

    m_profile->setEditable(true);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->addItems(m_profiles->names());
    m_profile->lineEdit()->setPlaceholderText(tr("Name to remember this connection by"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_deleteProfile);

    m_dataDirectory->setObjectName(QStringLiteral("dataDirectoryEdit"));
    m_dataDirectory->setPlaceholderText(defaultDataDirectory());
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dataDirectory, 1);
    dirRow->addWidget(browse);
    auto *localForm = new QFormLayout(m_localBox);
    localForm->setContentsMargins(24, 0, 0, 6);
    auto *dirLabel = new QLabel(tr("Data &folder:"), this);
    dirLabel->setBuddy(m_dataDirectory);
    localForm->addRow(dirLabel, dirRow);

    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setRange(1, 65535);
    m_port->setValue(4559);
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setPlaceholderText(tr("Your login name"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_hylafax->setObjectName(QStringLiteral("hylafaxRadio"));
    auto *hylafaxForm = new QFormLayout(m_hylafaxBox);
    hylafaxForm->setContentsMargins(24, 0, 0, 6);
    hylafaxForm->addRow(tr("Ho&st:"), m_host);
    hylafaxForm->addRow(tr("&Port:"), m_port);
    hylafaxForm->addRow(tr("&User:"), m_user);
    hylafaxForm->addRow(tr("Pass&word:"), m_password);
    // Profiles never hold passwords; the keyring may (PasswordStore). Left empty, the password
    // is taken from the keyring when connecting.
    m_password->setPlaceholderText(tr("From the keyring when empty"));
    m_rememberPassword->setObjectName(QStringLiteral("rememberPasswordCheck"));
    hylafaxForm->addRow(QString(), m_rememberPassword);
    hylafaxForm->addRow(QString(), m_admin);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    auto *profileLabel = new QLabel(tr("P&rofile:"), this);
    profileLabel->setBuddy(m_profile);
    top->addRow(profileLabel, profileRow);
    layout->addLayout(top);
    layout->addWidget(m_local);
    layout->addWidget(m_localBox);
    layout->addWidget(m_hylafax);
    layout->addWidget(m_hylafaxBox);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_local, &QRadioButton::toggled, this, &ConnectionDialog::updateFields);
    connect(m_profile, &QComboBox::textActivated, this, &ConnectionDialog::loadProfile);
    connect(m_profile, &QComboBox::currentTextChanged, this, &ConnectionDialog::updateFields);
    connect(m_deleteProfile, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Local Engine Data Folder"),
            m_dataDirectory->text().isEmpty() ? defaultDataDirectory() : m_dataDirectory->text());
        if (!dir.isEmpty())
            m_dataDirectory->setText(dir);
    });

    setSettings(ConnectionProfiles::localDefault());
    const QString last = m_profiles->lastProfile();
    if (!last.isEmpty())
        loadProfile(last);
    resize(460, sizeHint().height());
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings s;
    s.profileName = m_profile->currentText().trimmed();
    s.kind = m_local->isChecked() ? ServerKind::Local : ServerKind::Hylafax;
    s.dataDirectory = m_dataDirectory->text().trimmed();
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->value());
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.admin = m_admin->isChecked();
    // The dialog opens on the local engine's profile: a HylaFAX server filled in over it is
    // another connection, remembered by its own name, and the local one stays as it is.
    if (s.kind == ServerKind::Hylafax && !s.host.isEmpty() &&
        s.profileName == ConnectionProfiles::localDefault().profileName)
        s.profileName = ConnectionProfiles::displayName(s);
    return s;
}

void ConnectionDialog::setSettings(const ConnectionSettings &s)
{
    m_profile->setCurrentText(s.profileName);
    m_local->setChecked(s.kind == ServerKind::Local);
    m_hylafax->setChecked(s.kind == ServerKind::Hylafax);
    m_dataDirectory->setText(s.dataDirectory);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_user->setText(s.user);
    m_password->setText(s.password);
    m_admin->setChecked(s.admin);
    updateFields();
}

void ConnectionDialog::loadProfile(const QString &name)
{
    if (const auto profile = m_profiles->profile(name))
        setSettings(*profile);
}

void ConnectionDialog::deleteProfile()
{
    const QString name = m_profile->currentText().trimmed();
    m_profiles->remove(name);
    const int i = m_profile->findText(name);
    if (i >= 0)
        m_profile->removeItem(i);
    updateFields();
}

void ConnectionDialog::updateFields()
{
    const bool local = m_local->isChecked();
    m_localBox->setEnabled(local);
    m_hylafaxBox->setEnabled(!local);
    m_deleteProfile->setEnabled(m_profile->findText(m_profile->currentText().trimmed()) >= 0);
    m_problem->hide();
}

void ConnectionDialog::accept()
{
    const ConnectionSettings s = settings();
    if (s.kind == ServerKind::Hylafax && s.host.isEmpty()) {
        m_problem->setText(tr("Enter the host name of the HylaFAX server."));
        m_problem->show();
        m_host->setFocus();
        return;
    }
    if (s.kind == ServerKind::Hylafax && m_rememberPassword->isChecked() && !s.password.isEmpty()) {
        const Result stored = PasswordStore::storeNow(s, s.password, 5000);
        if (!stored) {
            // No keyring here: say so, and connect without saving when asked again.
            m_rememberPassword->setChecked(false);
            m_problem->setText(
                tr("%1 Press Connect to connect without saving it.").arg(stored.error().message));
            m_problem->show();
            return;
        }
    }
    if (!s.profileName.isEmpty()) {
        m_profiles->save(s);
        m_profiles->setLastProfile(s.profileName);
    }
    QDialog::accept();
}

} // namespace Fax
