// SPDX-License-Identifier: GPL-3.0-or-later
#include "hylafaxconnection.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

constexpr qint64 UploadChunk = 64 * 1024;
constexpr qint64 UploadBacklog = 256 * 1024;
constexpr qsizetype MaxEventLine = 16384;

} // namespace

struct HylafaxConnection::Request
{
    enum class Step { Queued, DataSetup, Command, Streaming };

    QByteArray line;
    bool maybeUnanswered = false;            ///< a NOOP follows the line (Answer::MaybeNone)
    std::optional<HylafaxReply> lineAnswer; ///< the line's answer, while the NOOP's is awaited
    bool isTransfer = false;
    Transfer transfer;
    ReplyHandler onReply;
    TransferHandler onTransfer;

    Step step = Step::Queued;
    bool preliminary = false;
    std::optional<HylafaxReply> final;
    bool dataClosed = false;
    bool dataOpened = false;
    bool uploadSent = false;
    QByteArray data;
    QByteArray lineBuffer;
    qint64 bytes = 0;
};

HylafaxConnection::HylafaxConnection(QObject *parent)
    : QObject(parent), m_socket(new QTcpSocket(this)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_open)
            fail(protocolError(
                trFax(QT_TRANSLATE_NOOP("Fax", "no greeting within %1 s: is it a HylaFAX server?"))
                    .arg(m_timeoutMs / 1000)));
        else if (m_parser.inReply())
            fail(protocolError(trFax(QT_TRANSLATE_NOOP("Fax", "the server stopped in the middle "
                                                              "of a reply for %1 s"))
                                   .arg(m_timeoutMs / 1000)));
        else
            fail(protocolError(
                trFax(QT_TRANSLATE_NOOP("Fax", "no answer within %1 s")).arg(m_timeoutMs / 1000)));
    });
    connect(m_socket, &QTcpSocket::connected, this, [this] { armTimer(); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HylafaxConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_closing)
            return;
        if (e == QAbstractSocket::RemoteHostClosedError) {
            fail(protocolError(trFax(QT_TRANSLATE_NOOP("Fax", "the server closed the "
                                                              "connection"))));
        } else {
            fail(Error::make(Error::Kind::Connection,
                             trFax(QT_TRANSLATE_NOOP("Fax", "Cannot reach the HylaFAX server "
                                                            "%1: %2"))
                                 .arg(peerName(), m_socket->errorString())));
        }
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_closing)
            fail(protocolError(trFax(QT_TRANSLATE_NOOP("Fax", "the server closed the "
                                                              "connection"))));
    });
}

HylafaxConnection::~HylafaxConnection()
{
    m_closing = true;
    m_socket->disconnect(this);
    dropData();
}

void HylafaxConnection::setTimeout(int ms)
{
    m_timeoutMs = qMax(100, ms);
}

QString HylafaxConnection::peerName() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

Error HylafaxConnection::protocolError(const QString &why) const
{
    return Error::make(
        Error::Kind::Connection,
        trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX server %1: %2")).arg(peerName(), why));
}

void HylafaxConnection::open(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
    m_open = false;
    m_closing = false;
    m_greeting.clear();
    m_parser.reset();
    m_socket->abort();
    m_socket->connectToHost(host, port);
    // Connecting counts against the same limit as an answer.
    armTimer();
}

void HylafaxConnection::close(const Error &error)
{
    m_closing = true;
    m_timer->stop();
    if (m_open && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write("QUIT\r\n");
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
    }
    m_open = false;
    dropData();
    QList<std::shared_ptr<Request>> pending = std::exchange(m_queue, {});
    if (m_current)
        pending.prepend(std::exchange(m_current, nullptr));
    QPointer<HylafaxConnection> self(this);
    for (const std::shared_ptr<Request> &r : std::as_const(pending)) {
        if (r->isTransfer && r->onTransfer)
            r->onTransfer(error, QByteArray());
        else if (!r->isTransfer && r->onReply)
            r->onReply(error);
        if (!self)
            return;
    }
}

bool HylafaxConnection::isBusy() const
{
    return m_current || !m_queue.isEmpty();
}

void HylafaxConnection::command(const QByteArray &line, ReplyHandler handler, Answer answer)
{
    auto r = std::make_shared<Request>();
    r->line = line;
    r->maybeUnanswered = answer == Answer::MaybeNone;
    r->onReply = std::move(handler);
    m_queue << r;
    startNext();
}

void HylafaxConnection::transfer(const Transfer &transfer, TransferHandler handler)
{
    auto r = std::make_shared<Request>();
    r->isTransfer = true;
    r->transfer = transfer;
    r->onTransfer = std::move(handler);
    m_queue << r;
    startNext();
}

void HylafaxConnection::armTimer()
{
    if (m_current && m_current->step == Request::Step::Streaming)
        m_timer->stop();
    else
        m_timer->start(m_timeoutMs);
}

void HylafaxConnection::sendLine(const QByteArray &line)
{
    m_socket->write(line + "\r\n");
    armTimer();
}

void HylafaxConnection::startNext()
{
    if (!m_open || m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    Request &r = *m_current;
    if (!r.isTransfer) {
        r.step = Request::Step::Command;
        // Both at once: the server reads the NOOP only after it is done with the line.
        sendLine(r.maybeUnanswered ? r.line + "\r\nNOOP" : r.line);
        return;
    }
    r.step = Request::Step::DataSetup;
    if (r.transfer.mode == DataMode::Passive) {
        sendLine("PASV");
        return;
    }
    if (!openDataListener()) {
        finishRequest(protocolError(
            trFax(QT_TRANSLATE_NOOP("Fax", "cannot listen for the server's data connection"))));
        return;
    }
    const QHostAddress local = m_socket->localAddress();
    const quint16 port = m_listener->serverPort();
    bool v4 = false;
    const quint32 ip = local.toIPv4Address(&v4);
    if (v4) {
        sendLine(QStringLiteral("PORT %1,%2,%3,%4,%5,%6")
                     .arg(ip >> 24)
                     .arg((ip >> 16) & 0xff)
                     .arg((ip >> 8) & 0xff)
                     .arg(ip & 0xff)
                     .arg(port >> 8)
                     .arg(port & 0xff)
                     .toLatin1());
    } else {
        sendLine(QStringLiteral("EPRT |2|%1|%2|").arg(local.toString()).arg(port).toLatin1());
    }
}

bool HylafaxConnection::openDataListener()
{
    delete m_listener;
    m_listener = new QTcpServer(this);
    m_listener->setMaxPendingConnections(1);
    if (!m_listener->listen(m_socket->localAddress(), 0))
        return false;
    connect(m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_listener ? m_listener->nextPendingConnection() : nullptr) {
            // Only the server we talk to may connect: nobody else gets to feed a listing.
            if (!m_current || m_data || s->peerAddress() != m_socket->peerAddress()) {
                s->abort();
                s->deleteLater();
                continue;
            }
            takeDataSocket(s);
            onDataConnected();
        }
    });
    return true;
}

bool HylafaxConnection::connectPassive(const HylafaxReply &reply)
{
    // "227 Entering passive mode (127,0,0,1,149,33)": only the port is used; the address is the
    // control connection's (a server behind NAT names its inside address, and a hostile one
    // could name someone else's).
    static const QRegularExpression numbers(
        QStringLiteral("(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3})"));
    const QRegularExpressionMatch m = numbers.match(reply.text());
    if (!m.hasMatch())
        return false;
    const int high = m.captured(5).toInt();
    const int low = m.captured(6).toInt();
    if (high > 255 || low > 255 || (high == 0 && low == 0))
        return false;
    auto *s = new QTcpSocket(this);
    takeDataSocket(s);
    connect(s, &QTcpSocket::connected, this, &HylafaxConnection::onDataConnected);
    s->connectToHost(m_socket->peerAddress(), quint16(high * 256 + low));
    return true;
}

void HylafaxConnection::takeDataSocket(QTcpSocket *socket)
{
    m_data = socket;
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HylafaxConnection::onDataReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HylafaxConnection::onDataClosed);
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        if (socket == m_data)
            onDataClosed();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64) { writeUpload(); });
}

void HylafaxConnection::dropData()
{
    if (m_data) {
        m_data->disconnect(this);
        m_data->abort();
        m_data->deleteLater();
    }
    m_data = nullptr;
    if (m_listener) {
        m_listener->disconnect(this);
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
}

void HylafaxConnection::onDataConnected()
{
    if (!m_current)
        return;
    m_current->dataOpened = true;
    armTimer();
    writeUpload();
}

void HylafaxConnection::writeUpload()
{
    if (!m_current || !m_data || !m_current->isTransfer)
        return;
    Request &r = *m_current;
    QIODevice *source = r.transfer.upload;
    if (!source || !r.preliminary || !r.dataOpened || r.uploadSent)
        return;
    armTimer();
    while (m_data->bytesToWrite() < UploadBacklog) {
        const QByteArray chunk = source->read(UploadChunk);
        if (chunk.isEmpty()) {
            r.uploadSent = true;
            m_data->disconnectFromHost(); // after the rest is written
            break;
        }
        m_data->write(chunk);
        r.bytes += chunk.size();
        if (r.transfer.progress)
            r.transfer.progress(r.bytes);
        if (!m_current)
            return;
    }
}

void HylafaxConnection::onDataReadyRead()
{
    if (!m_current || !m_data)
        return;
    Request &r = *m_current;
    const QByteArray chunk = m_data->readAll();
    if (chunk.isEmpty())
        return;
    if (!r.isTransfer || r.transfer.upload) {
        // Nothing is to come from the server on an upload; a hostile one is not listened to.
        return;
    }
    armTimer();
    r.bytes += chunk.size();
    if (r.transfer.lines) {
        r.lineBuffer += chunk;
        QPointer<HylafaxConnection> self(this);
        qsizetype end;
        while ((end = r.lineBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = r.lineBuffer.left(end);
            r.lineBuffer.remove(0, end + 1);
            r.transfer.lines(line);
            if (!self || !m_current)
                return;
        }
        if (r.lineBuffer.size() > MaxEventLine)
            fail(protocolError(trFax(QT_TRANSLATE_NOOP("Fax", "an event line is too long"))));
        return;
    }
    if (r.transfer.sink) {
        if (r.transfer.sink->write(chunk) != chunk.size()) {
            finishRequest(Error::make(Error::Kind::Io,
                                      trFax(QT_TRANSLATE_NOOP("Fax", "Cannot store what %1 sent: "
                                                                     "%2"))
                                          .arg(peerName(), r.transfer.sink->errorString())));
            return;
        }
    } else {
        if (r.data.size() + chunk.size() > r.transfer.maxBytes) {
            fail(protocolError(trFax(QT_TRANSLATE_NOOP("Fax", "the answer to '%1' is larger "
                                                              "than %2 bytes"))
                                   .arg(QString::fromLatin1(r.transfer.command))
                                   .arg(r.transfer.maxBytes)));
            return;
        }
        r.data += chunk;
    }
    if (r.transfer.progress)
        r.transfer.progress(r.bytes);
}

void HylafaxConnection::onDataClosed()
{
    if (!m_current || !m_current->isTransfer)
        return;
    if (m_data && m_data->bytesAvailable())
        onDataReadyRead();
    if (!m_current)
        return;
    m_current->dataClosed = true;
    maybeFinishTransfer();
}

void HylafaxConnection::maybeFinishTransfer()
{
    if (!m_current || !m_current->final)
        return;
    Request &r = *m_current;
    const HylafaxReply reply = *r.final;
    // A download is whole once the data connection is closed as well.
    if (reply.isSuccess() && !r.transfer.upload && !r.transfer.lines && m_data && !r.dataClosed)
        return;
    finishRequest(reply);
}

void HylafaxConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    if (!m_parser.feed(bytes)) {
        fail(protocolError(m_parser.error()));
        return;
    }
    armTimer();
    QPointer<HylafaxConnection> self(this);
    while (self && m_parser.hasReply())
        onReply(m_parser.takeReply());
    if (self && !m_parser.inReply() && !isBusy() && m_open)
        m_timer->stop();
}

void HylafaxConnection::onReply(const HylafaxReply &reply)
{
    if (!m_open) {
        // The greeting: a HylaFAX server says who it is.
        m_greeting = reply.lines.value(0);
        if (reply.code != 220) {
            fail(Error::make(Error::Kind::Connection,
                             trFax(QT_TRANSLATE_NOOP("Fax", "The HylaFAX server %1 does not "
                                                            "take clients now: %2"))
                                 .arg(peerName(), reply.message())));
            return;
        }
        if (!m_greeting.contains(QLatin1String("HylaFAX"), Qt::CaseInsensitive)) {
            fail(Error::make(Error::Kind::Connection,
                             trFax(QT_TRANSLATE_NOOP("Fax", "%1 is not a HylaFAX server: it "
                                                            "greets with '%2'"))
                                 .arg(peerName(), m_greeting.left(120))));
            return;
        }
        m_open = true;
        m_timer->stop();
        QPointer<HylafaxConnection> self(this);
        Q_EMIT opened();
        if (self)
            startNext();
        return;
    }
    if (!m_current) {
        // Unasked: hfaxd says 421 before it closes an idle connection.
        fail(Error::make(Error::Kind::Connection,
                         trFax(QT_TRANSLATE_NOOP("Fax", "The HylaFAX server %1 closed the "
                                                        "connection: %2"))
                             .arg(peerName(), reply.message())));
        return;
    }
    Request &r = *m_current;
    if (!r.isTransfer) {
        if (reply.isPreliminary())
            return; // the final reply follows
        if (!r.maybeUnanswered) {
            finishRequest(reply);
            return;
        }
        if (r.lineAnswer) {
            finishRequest(*r.lineAnswer); // this one is the NOOP's
            return;
        }
        // hfaxd answers NOOP with "200 NOOP command successful."; the commands sent this way
        // (JPARM) never answer 200.
        if (reply.code == 200 &&
            reply.text().startsWith(QLatin1String("NOOP"), Qt::CaseInsensitive)) {
            finishRequest(Error::make(
                Error::Kind::NotFound,
                trFax(QT_TRANSLATE_NOOP("Fax", "HylaFAX server %1 did not answer '%2'"))
                    .arg(peerName(), QString::fromLatin1(r.line))));
            return;
        }
        r.lineAnswer = reply;
        return;
    }
    if (r.step == Request::Step::DataSetup) {
        if (!reply.isSuccess()) {
            dropData();
            finishRequest(reply);
            return;
        }
        if (r.transfer.mode == DataMode::Passive && !connectPassive(reply)) {
            fail(protocolError(trFax(QT_TRANSLATE_NOOP("Fax", "'%1' is no passive data port"))
                                   .arg(reply.message())));
            return;
        }
        r.step = Request::Step::Command;
        sendLine(r.transfer.command);
        return;
    }
    if (reply.isPreliminary()) {
        r.preliminary = true;
        if (r.transfer.lines) {
            r.step = Request::Step::Streaming;
            m_timer->stop();
        }
        if (r.transfer.opening) {
            QPointer<HylafaxConnection> self(this);
            const std::shared_ptr<Request> keep = m_current;
            r.transfer.opening(reply);
            if (!self || m_current != keep)
                return;
        }
        writeUpload();
        return;
    }
    r.final = reply;
    if (!reply.isSuccess())
        dropData();
    maybeFinishTransfer();
}

void HylafaxConnection::finishRequest(const Expected<HylafaxReply> &reply)
{
    std::shared_ptr<Request> r = std::exchange(m_current, nullptr);
    if (!r)
        return;
    dropData();
    QPointer<HylafaxConnection> self(this);
    if (r->isTransfer) {
        if (r->onTransfer)
            r->onTransfer(reply, r->data);
    } else if (r->onReply) {
        r->onReply(reply);
    }
    if (!self)
        return;
    if (!isBusy())
        m_timer->stop();
    startNext();
}

void HylafaxConnection::fail(const Error &error)
{
    if (m_closing)
        return;
    m_closing = true;
    m_timer->stop();
    m_open = false;
    m_socket->abort();
    dropData();
    QList<std::shared_ptr<Request>> pending = std::exchange(m_queue, {});
    if (m_current)
        pending.prepend(std::exchange(m_current, nullptr));
    QPointer<HylafaxConnection> self(this);
    for (const std::shared_ptr<Request> &r : std::as_const(pending)) {
        if (r->isTransfer && r->onTransfer)
            r->onTransfer(error, QByteArray());
        else if (!r->isTransfer && r->onReply)
            r->onReply(error);
        if (!self)
            return;
    }
    Q_EMIT failed(error);
}

} // namespace Fax
