// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/receivedfax.h"
#include "core/serversettings.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace Fax {

/// Prints a received fax through CUPS (`lp [-d printer] file.tif`) and mails it through
/// `sendmail -t -oi` (a MIME message with the fax TIFF attached), as InboundRouting asks. The
/// programs run asynchronously with a time limit; finished() gives one outcome per destination
/// ("printed on X", "mailed to Y", or why not: program missing, exit code and its message).
class InboundRouter final : public QObject
{
    Q_OBJECT
public:
    /// The programs used and their time limit. FAXCONSOLE_LP and FAXCONSOLE_SENDMAIL override
    /// the defaults ("lp" from PATH, /usr/sbin/sendmail).
    struct Programs
    {
        QString lp = QStringLiteral("lp");
        QString sendmail = QStringLiteral("/usr/sbin/sendmail");
        int timeoutMs = 120 * 1000;
        static Programs fromEnvironment();
    };

    InboundRouter(const ReceivedFax &fax, const InboundRouting &routing, const Programs &programs,
                  QObject *parent = nullptr);
    ~InboundRouter() override;

    /// True when routing asks for printing or e-mail (otherwise there is nothing to start).
    static bool wanted(const InboundRouting &routing) { return routing.print || routing.email; }

    /// Starts the programs; finished() follows exactly once (also when nothing could start).
    void start();
    /// Stops what still runs (its outcome says so) and emits finished() now if it has not yet.
    void abort();

    /// The e-mail for fax: headers, a text part and the TIFF as an image/tiff attachment.
    static QByteArray mailMessage(const ReceivedFax &fax, const QString &to, const QByteArray &tiff,
                                  const QByteArray &boundary);

Q_SIGNALS:
    void finished(const QStringList &outcomes);

private:
    struct Task;
    void startTask(Task &task, const QStringList &arguments, const QByteArray &input);
    void taskDone(Task &task, const QString &outcome);
    void checkDone();

    ReceivedFax m_fax;
    InboundRouting m_routing;
    Programs m_programs;
    std::vector<std::unique_ptr<Task>> m_tasks;
    bool m_finished = false;
    Q_DISABLE_COPY_MOVE(InboundRouter)
};

} // namespace Fax
