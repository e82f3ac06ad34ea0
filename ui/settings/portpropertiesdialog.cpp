// SPDX-License-Identifier: GPL-3.0-or-later
#include "portpropertiesdialog.h"

#include "dialogrunner.h"

#include "core/settingsschema.h"
#include "server/faxserver.h"

#include <QCoreApplication>
#include <QLocale>

namespace Fax {

PortPropertiesDialog::PortPropertiesDialog(FaxServer *server, const QString &portName,
                                           MessageSink *messages, DialogRunner *dialogs,
                                           QWidget *parent)
    : SettingsDialog(server, messages, dialogs ? dialogs : DialogRunner::standard(), parent),
      m_name(portName)
{
    setObjectName(QStringLiteral("portPropertiesDialog"));
    setWindowTitle(tr("Port %1 Properties").arg(portName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/port.svg")));
    // What the server does not report (HylaFAX: serial speed, rings, ...) has no editor: its
    // value here would only be a default. The page it would be on says so.
    const ServerCapabilities caps = server->capabilities();
    const QList<SettingsPage> &pages = SettingsSchema::portPages();
    QList<const SettingDescription *> settings;
    for (const SettingSpec<Port> &spec : SettingsSchema::portSettings()) {
        if (caps.reportsPortSetting(spec.key)) {
            settings << &spec;
            continue;
        }
        for (int page = 0; page < pages.size(); ++page) {
            if (pages.at(page).groups.contains(spec.group))
                m_unreported[page] << spec.label();
        }
    }
    m_unreportedReason = caps.unreportedPortSettingsReason();
    build(settings, pages);
    connect(server, &FaxServer::portChanged, this, [this](const Port &changed) {
        if (changed.name == m_name)
            followServer();
    });
    connect(server, &FaxServer::portRemoved, this, [this](const QString &name) {
        if (name == m_name)
            reject();
    });
    resize(560, 480);
}

std::optional<Port> PortPropertiesDialog::port() const
{
    if (!server())
        return std::nullopt;
    for (const Port &p : server()->ports()) {
        if (p.name == m_name)
            return p;
    }
    return std::nullopt;
}

QVariant PortPropertiesDialog::storedValue(const QString &key) const
{
    const SettingSpec<Port> *spec = SettingsSchema::portSetting(key);
    const std::optional<Port> p = port();
    return spec && p ? spec->get(*p) : QVariant();
}

QString PortPropertiesDialog::pageRemark(int page) const
{
    const QStringList labels = m_unreported.value(page);
    if (labels.isEmpty())
        return {};
    return tr("Not shown: %1. %2.")
        .arg(QLocale().createSeparatedList(labels), m_unreportedReason);
}

bool PortPropertiesDialog::canChange(const QString &, QString *reason) const
{
    const ServerCapabilities caps = server()->capabilities();
    if (caps.can(ServerCapabilities::Feature::ConfigurePorts))
        return true;
    *reason = caps.reason(ServerCapabilities::Feature::ConfigurePorts);
    return false;
}

FaxOperation *PortPropertiesDialog::store(const QHash<QString, QVariant> &changes, Error *error)
{
    std::optional<Port> p = port();
    if (!p) {
        *error = Error::make(Error::Kind::NotFound,
                             tr("The port %1 is no longer on the server").arg(m_name));
        return nullptr;
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (const SettingSpec<Port> *spec = SettingsSchema::portSetting(it.key()))
            spec->set(*p, it.value());
    }
    if (Result r = SettingsSchema::validate(*p); !r) {
        *error = r.error();
        return nullptr;
    }
    return server()->updatePort(*p);
}

} // namespace Fax
