// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QHash>
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
///
/// Two consoles of one user watch one inbox: a document is announced by the one that claims it
/// (an exclusive flock() on "NAME.claim" beside it, holding that process's id for people to
/// read), which holds the claim until remove() or its end. The kernel drops the lock of a
/// process that ends in any way, so a claim left by a console that died (its file stays) is
/// taken by the next console that starts or scans.
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
    /// The documents this inbox claimed (announced and not removed).
    QStringList claimed() const { return m_claims.keys(); }

Q_SIGNALS:
    /// A document arrived (or waited from before start()); emitted once per document.
    void documentArrived(const QString &path, const QString &title);

private:
    void scan();
    void acceptConnection();
    bool checkFolder(QString *why) const;
    PrintedDocument readDocument(const QString &pdfPath) const;
    /// Takes the claim of the document at pdfPath; false when another console holds it (or it
    /// went meanwhile).
    bool claim(const QString &pdfPath);
    void release(const QString &pdfPath, bool removeFile);

    QString m_folder;
    QFileSystemWatcher *m_watcher = nullptr;
    QLocalServer *m_server = nullptr;
    QSet<QString> m_announced;
    QHash<QString, int> m_claims; ///< document -> the locked claim file's descriptor
    bool m_started = false;
};

} // namespace Fax
