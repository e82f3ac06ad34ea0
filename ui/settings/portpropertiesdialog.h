// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingsdialog.h"

#include "core/port.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Fax {

/// A port's property pages (General, Sending, Receiving, Modem): rings, CSID, TSID, sending,
/// receive mode (automatic, manual, off), priority, modem class, initialisation command, serial
/// settings, built from the engine's port settings schema. Settings the server does not report
/// (ServerCapabilities::reportsPortSetting) get no editor; their page names them and says why.
class PortPropertiesDialog final : public SettingsDialog
{
    Q_OBJECT
public:
    PortPropertiesDialog(FaxServer *server, const QString &portName,
                         MessageSink *messages = nullptr, DialogRunner *dialogs = nullptr,
                         QWidget *parent = nullptr);

    QString portName() const { return m_name; }

protected:
    QVariant storedValue(const QString &key) const override;
    bool canChange(const QString &key, QString *reason) const override;
    FaxOperation *store(const QHash<QString, QVariant> &changes, Error *error) override;
    QString pageRemark(int page) const override;

private:
    std::optional<Port> port() const;

    QString m_name;
    QHash<int, QStringList> m_unreported; ///< page -> labels of the settings left out
    QString m_unreportedReason;
};

} // namespace Fax
