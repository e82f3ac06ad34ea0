// SPDX-License-Identifier: GPL-3.0-or-later
#include "printtofax.h"

#include "consolesession.h"
#include "printing/printinbox.h"
#include "sendfaxlauncher.h"

#include <QFileInfo>
#include <QTimer>

namespace Fax {

PrintToFax::PrintToFax(ConsoleSession *session, QWidget *window, const QString &folder,
                       QObject *parent)
    : QObject(parent), m_session(session), m_window(window), m_inbox(new PrintInbox(folder, this))
{
    connect(m_inbox, &PrintInbox::documentArrived, this, &PrintToFax::arrived);
}

PrintToFax::~PrintToFax() = default;

bool PrintToFax::start()
{
    const Result started = m_inbox->start();
    if (!started)
        m_session->activityModel()->add(ActivityKind::Error, started.error().message);
    return started.ok();
}

void PrintToFax::arrived(const QString &path, const QString &title)
{
    m_titles.insert(path, title);
    m_queue << path;
    m_session->activityModel()->add(ActivityKind::Info,
                                    tr("Printed to fax: %1").arg(title.isEmpty() ? path : title));
    // After the event that brought it (and after the window is up at start).
    QTimer::singleShot(0, this, &PrintToFax::offerNext);
}

void PrintToFax::offerNext()
{
    // One send flow at a time: a modal wizard returns from startSend when it closes.
    if (m_offering || m_queue.isEmpty() || !m_session->hasSendFlow())
        return;
    const QString path = m_queue.takeFirst();
    if (!QFileInfo::exists(path))
        return offerNext();
    FaxDocument document;
    document.files = QStringList{path};
    document.subject = m_titles.value(path);
    m_offering = true;
    m_session->startSend(document, m_window);
    m_offering = false;
    QTimer::singleShot(0, this, &PrintToFax::offerNext);
}

void PrintToFax::followWizards(SendFaxLauncher *launcher)
{
    connect(launcher, &SendFaxLauncher::opened, this, [this](SendFaxWizard *wizard) {
        QStringList printed;
        for (const QString &file : wizard->document().files) {
            if (isPrinted(file))
                printed << file;
        }
        if (printed.isEmpty())
            return;
        const auto settleAll = [this, printed] {
            for (const QString &file : printed)
                settle(file);
        };
        connect(wizard, &SendFaxWizard::submitted, this, settleAll);
        connect(wizard, &QDialog::rejected, this, settleAll);
    });
}

bool PrintToFax::isPrinted(const QString &path) const
{
    return m_titles.contains(path);
}

bool PrintToFax::settle(const QString &path)
{
    if (!m_titles.contains(path))
        return false;
    const Result removed = m_inbox->remove(path);
    if (!removed) {
        m_session->activityModel()->add(ActivityKind::Warning, removed.error().message);
        return false;
    }
    m_titles.remove(path);
    m_queue.removeAll(path);
    return true;
}

} // namespace Fax
