// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "hylafaxreply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Fax {

/// One control connection to a HylaFAX server (hfaxd, TCP 4559) speaking its client protocol:
/// commands one after another, each answered by a reply, and data transfers (listings,
/// downloads, uploads, a trigger's event stream) over a data connection of their own, passive
/// (PASV: we connect) or active (PORT/EPRT: the server connects to us). Everything is
/// asynchronous; each request's handler is called exactly once, with the final reply or with
/// the error that ended the connection. A stall (no reply or data for timeout()), a reply that
/// is not HylaFAX's, or a greeting of another service ends the connection with failed().
class HylafaxConnection final : public QObject
{
    Q_OBJECT
public:
    /// Who opens a data connection: we (passive, through NATs and firewalls) or the server
    /// (active; hfaxd 6.0.7 sends trigger events only over an active one).
    enum class DataMode { Passive, Active };

    /// A final reply, or why there is none.
    using ReplyHandler = std::function<void(const Expected<HylafaxReply> &reply)>;
    /// A finished transfer: the final reply (or the error) and, for a download, its bytes.
    using TransferHandler =
        std::function<void(const Expected<HylafaxReply> &reply, const QByteArray &data)>;

    /// A data transfer: the command that starts it and what flows.
    struct Transfer
    {
        QByteArray command; ///< "LIST sendq", "RETR recvq/fax00001.tif", "STOT"
        DataMode mode = DataMode::Passive;
        QIODevice *upload = nullptr;        ///< STOT/STOR: sent until its end, then closed
        QIODevice *sink = nullptr;          ///< a download goes here instead of into memory
        qint64 maxBytes = 64 * 1024 * 1024; ///< a download into memory stops the connection here
        std::function<void(qint64 bytes)> progress; ///< bytes so far, either way
        /// A stream of lines that does not end by itself (SITE TRIGGER): each line as it comes;
        /// no stall timeout while it flows.
        std::function<void(const QByteArray &line)> lines;
        /// The server's 1xx reply that opens the transfer ("150 Opening new data connection").
        std::function<void(const HylafaxReply &reply)> opening;
    };

    explicit HylafaxConnection(QObject *parent = nullptr);
    ~HylafaxConnection() override;

    /// How long the server may stay silent while we wait for it (default 30 s).
    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }

    /// Connects and waits for the server's greeting; opened() or failed() follows.
    void open(const QString &host, quint16 port);
    /// Says QUIT when it can and closes without signals; pending handlers get error.
    void close(const Error &error);
    bool isOpen() const { return m_open; }
    /// "host:port", for messages.
    QString peerName() const;
    /// The greeting line ("220 fax server (HylaFAX (tm) Version 6.0.7) ready.").
    QString greeting() const { return m_greeting; }

    /// Whether the server answers a command for certain. hfaxd 6.0.7 leaves a bare JPARM
    /// without any answer when the current job's queue file moved (sendq to doneq) or went
    /// since JOB made it current: such a command is followed by a NOOP at once, and a NOOP's
    /// answer where the command's should be tells that none is coming.
    enum class Answer { Always, MaybeNone };

    /// Sends one command line (without the line end) once the commands before it are
    /// answered; handler gets its final reply. With Answer::MaybeNone a command the server
    /// leaves unanswered ends with a NotFound error naming it, and the connection goes on.
    void command(const QByteArray &line, ReplyHandler handler, Answer answer = Answer::Always);
    /// Runs a data transfer once the commands before it are answered.
    void transfer(const Transfer &transfer, TransferHandler handler);
    /// True while a command or transfer is waiting or running.
    bool isBusy() const;

Q_SIGNALS:
    void opened();
    /// The connection ended by itself (the peer closed, a stall, a protocol error).
    void failed(const Fax::Error &error);

private:
    struct Request;

    void startNext();
    void sendLine(const QByteArray &line);
    void onReadyRead();
    void onReply(const HylafaxReply &reply);
    void onDataConnected();
    void onDataReadyRead();
    void onDataClosed();
    void writeUpload();
    void finishRequest(const Expected<HylafaxReply> &reply);
    void maybeFinishTransfer();
    bool openDataListener();
    bool connectPassive(const HylafaxReply &reply);
    void takeDataSocket(QTcpSocket *socket);
    void dropData();
    void armTimer();
    void fail(const Error &error);
    Error protocolError(const QString &why) const;

    QTcpSocket *m_socket;
    QTimer *m_timer;
    HylafaxReplyParser m_parser;
    QString m_host;
    quint16 m_port = 0;
    QString m_greeting;
    bool m_open = false;
    bool m_closing = false;
    int m_timeoutMs = 30000;

    std::shared_ptr<Request> m_current;
    QList<std::shared_ptr<Request>> m_queue;
    QPointer<QTcpSocket> m_data;
    QTcpServer *m_listener = nullptr;
};

} // namespace Fax
