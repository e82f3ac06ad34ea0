// SPDX-License-Identifier: GPL-3.0-or-later
#include "hylafaxtriggerstream.h"

#include <QCoreApplication>

namespace Fax {

HylafaxTriggerStream::HylafaxTriggerStream(const HylafaxAccount &account, QObject *parent)
    : QObject(parent), m_account(account)
{
    // The account's rights do not matter for events; an administrator login is not needed.
    m_account.admin = false;
}

HylafaxTriggerStream::~HylafaxTriggerStream()
{
    stop();
}

QByteArray HylafaxTriggerStream::specification()
{
    return "J*S*R*M*";
}

void HylafaxTriggerStream::start()
{
    stop();
    m_session = new HylafaxSession(m_account, this);
    connect(m_session, &HylafaxSession::failed, this, &HylafaxTriggerStream::end);
    connect(m_session, &HylafaxSession::ready, this, [this] {
        HylafaxConnection::Transfer t;
        t.command = "SITE TRIGGER " + specification();
        t.mode = HylafaxConnection::DataMode::Active;
        t.lines = [this](const QByteArray &line) {
            const HylafaxEvent e = HylafaxListing::parseEvent(line);
            if (e.eventClass != HylafaxEvent::Class::Unknown)
                Q_EMIT eventReceived(e);
        };
        t.opening = [this](const HylafaxReply &) {
            m_running = true;
            Q_EMIT started();
        };
        HylafaxSession *session = m_session;
        // Events come as text lines in ASCII mode (in image mode hfaxd passes its binary
        // messages through).
        m_session->connection()->command("TYPE A", {});
        m_session->connection()->transfer(
            t, [this, session](const Expected<HylafaxReply> &reply, const QByteArray &) {
                if (session != m_session)
                    return;
                if (!reply)
                    return end(reply.error());
                end(Error::make(Error::Kind::Connection,
                                QCoreApplication::translate("Fax", "The HylaFAX server %1 ended "
                                                                   "its event stream: %2")
                                    .arg(m_account.display(), reply->message())));
            });
    });
    m_session->open();
}

void HylafaxTriggerStream::stop()
{
    m_running = false;
    if (!m_session)
        return;
    HylafaxSession *session = std::exchange(m_session, nullptr);
    session->disconnect(this);
    session->close(Error::make(Error::Kind::Canceled, QString()));
    session->deleteLater();
}

void HylafaxTriggerStream::end(const Error &error)
{
    if (!m_session)
        return;
    stop();
    Q_EMIT stopped(error);
}

} // namespace Fax
