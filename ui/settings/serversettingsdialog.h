// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingsdialog.h"

namespace Fax {

/// Fax Server Settings: the server's settings as property pages after the Fax Service Manager
/// (General, Sending, Cover pages, Archive, Receiving and routing), built from the engine's
/// settings schema. Opened from the console's Tools menu, or alone with
/// `faxconsole --settings`.
class ServerSettingsDialog final : public SettingsDialog
{
    Q_OBJECT
public:
    ServerSettingsDialog(FaxServer *server, MessageSink *messages = nullptr,
                         DialogRunner *dialogs = nullptr, QWidget *parent = nullptr);

protected:
    QVariant storedValue(const QString &key) const override;
    bool canChange(const QString &key, QString *reason) const override;
    FaxOperation *store(const QHash<QString, QVariant> &changes, Error *error) override;
};

} // namespace Fax
