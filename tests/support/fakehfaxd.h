// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Fax::Test {

/// A scripted HylaFAX client-protocol server (hfaxd) on 127.0.0.1 for unit tests: it greets,
/// logs users in, keeps jobs (JNEW, JPARM, JSUBM, JSUSP, JKILL, JDELE, JOB and the JPARM state
/// dump), takes uploads (STOT), lists its queues in the format the client asked for (the fields
/// Fax Console uses), serves files (RETR) and trigger event streams, over passive and active
/// data connections. A test changes any command's answer with a hook, or the greeting, or stops
/// answering, and reads back every command it was sent.
class FakeHfaxd final : public QObject
{
    Q_OBJECT
public:
    /// One client connection.
    struct Session
    {
        QTcpSocket *control = nullptr;
        QTcpServer *passive = nullptr;
        QPointer<QTcpSocket> data;
        QByteArray activeHost;
        quint16 activePort = 0;
        QByteArray user;
        bool loggedIn = false;
        bool admin = false;
        bool imageType = false;
        bool zipped = false;   ///< MODE Z
        qint64 currentJob = 0; ///< 0: the default job
        /// Whether the current job was done (in doneq) when JOB made it current: hfaxd
        /// 6.0.7 does not answer a bare JPARM once the job's file has moved since.
        bool currentJobDone = false;
        QByteArray buffer;

        /// Sends one reply line (CR LF added).
        void reply(const QByteArray &line);
    };

    /// Answers a command instead of the default; false: the default answers.
    using Hook = std::function<bool(Session &session, const QByteArray &args)>;

    struct Job
    {
        qint64 id = 0;
        qint64 group = 0;
        char state = 'T';
        QByteArray owner;
        QMap<QByteArray, QByteArray> params; ///< JPARM values as set ("TOUSER" -> "Carol")
        QList<QByteArray> documents;
    };
    /// A finished job of alice's as a long doneq holds them: every tenth failed (busy), the
    /// others sent; recipient "Recipient <id>" at 555<10000 + id>.
    static Job doneJob(qint64 id);
    /// Done or failed: in doneq, no longer in sendq.
    static bool isDone(const Job &job) { return job.state == 'D' || job.state == 'F'; }

    explicit FakeHfaxd(QObject *parent = nullptr);
    ~FakeHfaxd() override;

    bool listen();
    quint16 port() const;

    /// The first line a client gets; empty: none at all (a silent service).
    void setGreeting(const QByteArray &greeting) { m_greeting = greeting; }
    /// Accounts: password empty = none asked; admin password empty = no administrator rights.
    void addUser(const QByteArray &user, const QByteArray &password,
                 const QByteArray &adminPassword = QByteArray());
    /// Overrides the answer to command (upper case, e.g. "JSUBM").
    void setHook(const QByteArray &command, Hook hook) { m_hooks.insert(command, hook); }
    /// Lines of LIST status after the scheduler line (in Fax Console's MDMFMT field order).
    void setModems(const QList<QByteArray> &lines) { m_modems = lines; }
    /// Lines of LIST recvq (RCVFMT field order) and the files RETR serves.
    void setReceived(const QList<QByteArray> &lines) { m_received = lines; }
    void setFile(const QByteArray &path, const QByteArray &content) { m_files[path] = content; }

    /// Sends an event line to every client with a trigger registered.
    void pushEvent(const QByteArray &line);
    /// Closes every client connection at once (a server restart).
    void dropAll();
    /// Closes the sessions that stream trigger events, and only those (their hfaxd processes
    /// died); the others go on.
    void dropTriggerSessions();
    /// Stops listening (nothing answers any more) or listens again on the same port.
    void stopListening();
    bool listenAgain();

    QMap<qint64, Job> &jobs() { return m_jobs; }
    /// Every command line received, in order, over all sessions (PASS values replaced by ***).
    const QList<QByteArray> &commands() const { return m_commands; }
    int commandCount(const QByteArray &prefix) const;
    /// Uploaded files by the name STOT gave them.
    const QMap<QByteArray, QByteArray> &uploads() const { return m_uploads; }
    int openSessions() const { return int(m_sessions.size()); }
    int triggerSessions() const;

    /// The job listing line of job in Fax Console's JOBFMT field order.
    static QByteArray jobLine(const Job &job);

private:
    void accept();
    void onLine(Session &s, const QByteArray &line);
    void dispatch(Session &s, const QByteArray &command, const QByteArray &args);
    /// Opens the data connection (passive: waits for the client; active: connects) and runs
    /// then with it.
    void withData(Session &s, std::function<void(QTcpSocket *data)> then);
    void sendListing(Session &s, const QByteArray &what, const QByteArray &content);
    void jobParm(Session &s, const QByteArray &args);
    QByteArray jobState(const Job &job) const;
    void drop(QTcpSocket *control);
    /// Closes every trigger's data connection.
    void abortTriggers();

    QTcpServer *m_server;
    quint16 m_port = 0;
    QByteArray m_greeting = "220 fake server (HylaFAX (tm) Version 6.0.7) ready.";
    QMap<QByteArray, QPair<QByteArray, QByteArray>> m_users;
    QMap<QByteArray, Hook> m_hooks;
    QMap<QTcpSocket *, Session *> m_sessions;
    QList<QPointer<QTcpSocket>> m_triggers;
    QMap<qint64, Job> m_jobs;
    qint64 m_nextJob = 1;
    int m_nextDoc = 1;
    QList<QByteArray> m_modems;
    QList<QByteArray> m_received;
    QMap<QByteArray, QByteArray> m_files;
    QMap<QByteArray, QByteArray> m_uploads;
    QList<QByteArray> m_commands;
};

} // namespace Fax::Test
