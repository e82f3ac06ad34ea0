// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QFileSystemWatcher;
class QLocalServer;

namespace Fax {

/// A document printed to the "Fax" printer, waiting in the user's print inbox.
struct PrintedDocument
{
    QString path;  ///< the PDF
    QString title; ///< the print job's title (the application's document name)
    qint64 cupsJob = 0;
    QDateTime printed;
};

/// The console's side of print-to-fax: the documents the CUPS backend left for this user in the
/// user's private inbox folder (Fax::Handover), in the order printed. Watches the folder and
/// listens on the folder's socket (only for processes of this user, by their credentials) for
/// new ones. A document stays until remove(): the caller removes it once it was submitted or the
/// user discarded it, so nothing printed is lost when the console stops before.
class PrintInbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintInbox)
public:
    /// folder: the inbox; empty: this user's (defaultFolder()).
    explicit PrintInbox(const QString &folder = QString(), QObject *parent = nullptr);
    ~PrintInbox() override;

    /// The inbox the backend writes for this user: in the home folder of the user's account.
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    /// Creates the folder if missing (mode 0700), checks it is this user's own and private,
    /// starts watching and listening, and announces the documents waiting (documentArrived).
    /// A folder that is not this user's own, or open to others, is refused and never read.
    Result start();
    bool isListening() const;

    /// The documents waiting, oldest first.
    QList<PrintedDocument> documents() const;
    /// Removes a waiting document (after it was submitted or discarded); false with why.
    Result remove(const QString &path);

Q_SIGNALS:
    /// A document arrived (or waited from before start()); emitted once per document.
    void documentArrived(const QString &path, const QString &title);

private:
    void scan();
    void acceptConnection();
    bool checkFolder(QString *why) const;
    PrintedDocument readDocument(const QString &pdfPath) const;

    QString m_folder;
    QFileSystemWatcher *m_watcher = nullptr;
    QLocalServer *m_server = nullptr;
    QSet<QString> m_announced;
    bool m_started = false;
};

} // namespace Fax
