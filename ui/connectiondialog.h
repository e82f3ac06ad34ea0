// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Fax {

class ConnectionProfiles;

/// Chooses the server to connect to: the local engine or a HylaFAX server, as a named profile.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(ConnectionProfiles *profiles, QWidget *parent = nullptr);

    /// What the form describes now.
    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings &settings);

    void accept() override;

private:
    void loadProfile(const QString &name);
    void deleteProfile();
    void updateFields();

    ConnectionProfiles *m_profiles;
    QComboBox *m_profile;
    QPushButton *m_deleteProfile;
    QRadioButton *m_local;
    QRadioButton *m_hylafax;
    QWidget *m_localBox;
    QLineEdit *m_dataDirectory;
    QWidget *m_hylafaxBox;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_rememberPassword;
    QCheckBox *m_admin;
    QLabel *m_problem;
};

} // namespace Fax
