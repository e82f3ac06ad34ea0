// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faxviewerwindow.h"

#include "core/job.h"
#include "core/receivedfax.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Fax {

class ConsoleSession;

/// A fax the console can show: a received fax, or the fax of a send job.
struct FaxItem
{
    enum class Type { ReceivedFax, Job };
    Type type = Type::ReceivedFax;
    ReceivedFax fax;
    Job job;

    static FaxItem of(const ReceivedFax &fax) { return {Type::ReceivedFax, fax, Job()}; }
    static FaxItem of(const Job &job) { return {Type::Job, ReceivedFax(), job}; }
    bool isJob() const { return type == Type::Job; }
    /// A name for files and titles ("fax-20260101-0900-5550100").
    QString baseName() const;
};

/// What the console does with a fax, wherever the user asks for it (the folders, the tray, the
/// activity log): view it, save it as PDF, print it, write its transmission report, send a job's
/// documents again. A received fax's file comes from the server; a job's documents are fetched
/// and converted to fax pages the way the line sends them (on a worker thread). Failures are
/// shown through the session's MessageSink naming the fax and the reason.
class FaxItemActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaxItemActions)
public:
    explicit FaxItemActions(ConsoleSession *session, QObject *parent = nullptr);
    ~FaxItemActions() override;

    /// Opens the fax in a Fax Viewer window (and marks a received fax read).
    void view(const FaxItem &item, QWidget *parent);
    /// Asks where, then writes the fax as a PDF.
    void saveAsPdf(const FaxItem &item, QWidget *parent);
    /// Asks for the printer, then prints the fax.
    void print(const FaxItem &item, QWidget *parent);
    /// Asks where, then writes the fax's transmission (or reception) report as a PDF.
    void report(const FaxItem &item, QWidget *parent);
    /// Sends a job's documents again: the session's send flow opens on them (ConsoleSession::
    /// startSend()), to the same recipient, to go now.
    void resend(const Job &job, QWidget *parent);

    /// Gets the fax TIFF of item on this machine and calls done with it (or with an error).
    void withFaxFile(const FaxItem &item, QWidget *parent,
                     const std::function<void(const QString &file, const Error &error)> &done);

Q_SIGNALS:
    /// A viewer window was opened (tests and the tray look for it here).
    void viewerOpened(Fax::FaxViewerWindow *viewer);
    /// Something was written: a PDF, a report (path), or a fax printed (empty path).
    void finished(const QString &what, const QString &path);

private:
    QString convertedFile(const Job &job) const;

    ConsoleSession *m_session;
    QHash<JobId, QString> m_converted; ///< jobs' faxes converted already
};

} // namespace Fax
