// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fax {

/// One reply of a HylaFAX server to a command (RFC 959 style): a three-digit code and its text,
/// one line or several ("217-Job state: ..." up to "217 End of job 3 state.").
struct HylafaxReply
{
    int code = 0;
    QStringList lines; ///< every line as sent, without the line ending

    /// 1xx: the command goes on (a data transfer starts).
    bool isPreliminary() const { return code >= 100 && code < 200; }
    /// 2xx: done.
    bool isSuccess() const { return code >= 200 && code < 300; }
    /// 3xx: more is needed (331 after USER: the password).
    bool isIntermediate() const { return code >= 300 && code < 400; }
    /// The text of the first line after the code ("User alice logged in.").
    QString text() const;
    /// Every line's text after the code, one per line, for a message ("530 Login incorrect.").
    QString message() const;
};

/// Cuts the byte stream of a HylaFAX control connection into replies. What a server sends is
/// untrusted: a line that is not a reply, an endless line or an endless multi-line reply ends
/// the parse with error() rather than being buffered without bound.
class HylafaxReplyParser
{
public:
    /// The longest reply line taken (hfaxd's are a few hundred bytes at most).
    static constexpr qsizetype MaxLineBytes = 8192;
    /// The most lines one reply may have (a JPARM state dump has about 60).
    static constexpr qsizetype MaxLines = 4096;

    /// Takes more bytes; false once the stream is broken (error() says why; nothing more is
    /// parsed after that).
    bool feed(const QByteArray &data);
    bool hasReply() const { return !m_replies.isEmpty(); }
    HylafaxReply takeReply() { return m_replies.takeFirst(); }
    /// Why the stream is no HylaFAX reply stream; empty while it is one.
    QString error() const { return m_error; }
    /// True while a reply has begun but not ended (the peer stalled mid-reply).
    bool inReply() const { return m_current.code != 0 || !m_buffer.isEmpty(); }
    /// Forgets everything, for a new connection.
    void reset();

    /// A reply line as text: UTF-8 when it is valid UTF-8, else Latin-1 (HylaFAX is 8-bit
    /// clean and does not know encodings).
    static QString decode(const QByteArray &bytes);

private:
    bool takeLine(const QByteArray &line);
    bool fail(const QString &why);

    QByteArray m_buffer;
    HylafaxReply m_current;
    QList<HylafaxReply> m_replies;
    QString m_error;
};

} // namespace Fax
