// SPDX-License-Identifier: GPL-3.0-or-later
#include "hylafaxsession.h"

#include "hylafaxlisting.h"

#include <QCoreApplication>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

} // namespace

QString HylafaxAccount::display() const
{
    return QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
}

HylafaxSession::HylafaxSession(const HylafaxAccount &account, QObject *parent)
    : QObject(parent), m_account(account), m_connection(new HylafaxConnection(this))
{
    m_connection->setTimeout(account.timeoutMs);
    connect(m_connection, &HylafaxConnection::opened, this, &HylafaxSession::login);
    connect(m_connection, &HylafaxConnection::failed, this, [this](const Error &error) {
        m_ready = false;
        Q_EMIT failed(error);
    });
}

HylafaxSession::~HylafaxSession() = default;

void HylafaxSession::open()
{
    m_ready = false;
    m_admin = false;
    m_adminRefusal.clear();
    m_connection->open(m_account.host, m_account.port);
}

void HylafaxSession::close(const Error &error)
{
    m_ready = false;
    m_connection->close(error);
}

Error HylafaxSession::refusal(const QString &what, const HylafaxReply &reply) const
{
    const QString words = reply.message();
    Error::Kind kind = Error::Kind::Connection;
    if (words.contains(QLatin1String("does not exist"), Qt::CaseInsensitive) ||
        words.contains(QLatin1String("No such file"), Qt::CaseInsensitive) || reply.code == 550)
        kind = Error::Kind::NotFound;
    else if (reply.code == 530 || reply.code == 503 || reply.code == 504 || reply.code == 460 ||
             words.contains(QLatin1String("not permitted"), Qt::CaseInsensitive) ||
             words.contains(QLatin1String("Permission denied"), Qt::CaseInsensitive))
        kind = Error::Kind::NotPermitted;
    return Error::make(kind, trFax(QT_TRANSLATE_NOOP("Fax", "The HylaFAX server %1 did not %2: "
                                                            "%3"))
                                 .arg(m_account.display(), what, words));
}

void HylafaxSession::login()
{
    const auto refused = [this](const HylafaxReply &reply) {
        const Error e = Error::make(
            Error::Kind::NotPermitted,
            trFax(QT_TRANSLATE_NOOP("Fax", "The HylaFAX server %1:%2 refused the login of %3: "
                                           "wrong user name or password, or the user may not "
                                           "connect from here (%4)"))
                .arg(m_account.host)
                .arg(m_account.port)
                .arg(m_account.user, reply.message()));
        m_connection->close(e);
        Q_EMIT failed(e);
    };
    const auto broken = [this](const Error &e) {
        m_connection->close(e);
        Q_EMIT failed(e);
    };
    m_connection->command(
        "USER " + HylafaxListing::quoted(m_account.user.toUtf8()),
        [this, refused, broken](const Expected<HylafaxReply> &r) {
            if (!r)
                return; // failed() tells
            if (r->code == 230)
                return afterLogin();
            if (r->code != 331)
                return refused(*r);
            if (m_account.password.isEmpty())
                return broken(Error::make(
                    Error::Kind::NotPermitted,
                    trFax(QT_TRANSLATE_NOOP("Fax", "The HylaFAX server %1 asks for the "
                                                   "password of %2, and none was given"))
                        .arg(m_account.display(), m_account.user)));
            m_connection->command("PASS " + HylafaxListing::quoted(m_account.password.toUtf8()),
                                  [this, refused](const Expected<HylafaxReply> &p) {
                                      if (!p)
                                          return;
                                      if (p->code != 230)
                                          return refused(*p);
                                      afterLogin();
                                  });
        });
}

void HylafaxSession::afterLogin()
{
    if (!m_account.admin) {
        finishSetup();
        return;
    }
    m_connection->command("ADMIN " + HylafaxListing::quoted(m_account.password.toUtf8()),
                          [this](const Expected<HylafaxReply> &r) {
                              if (!r)
                                  return;
                              m_admin = r->code == 230;
                              if (!m_admin)
                                  m_adminRefusal =
                                      trFax(QT_TRANSLATE_NOOP("Fax", "the server refused "
                                                                     "administrator rights (%1)"))
                                          .arg(r->message());
                              finishSetup();
                          });
}

void HylafaxSession::finishSetup()
{
    // Times in GMT; the listing formats; binary transfers. What a server refuses here makes
    // its listings unreadable: the session fails then.
    const QList<QByteArray> setup = {
        "TZONE GMT",
        "JOBFMT " + HylafaxListing::quoted(HylafaxListing::jobFormat()),
        "RCVFMT " + HylafaxListing::quoted(HylafaxListing::receivedFormat()),
        "MDMFMT " + HylafaxListing::quoted(HylafaxListing::modemFormat()),
        "FILEFMT " + HylafaxListing::quoted(HylafaxListing::fileFormat()),
        "TYPE I",
    };
    auto remaining = std::make_shared<int>(int(setup.size()));
    auto problem = std::make_shared<bool>(false);
    for (const QByteArray &line : setup) {
        m_connection->command(
            line, [this, line, remaining, problem](const Expected<HylafaxReply> &r) {
                if (!r || *problem)
                    return;
                if (!r->isSuccess()) {
                    *problem = true;
                    const Error e = Error::make(
                        Error::Kind::Connection,
                        trFax(QT_TRANSLATE_NOOP("Fax", "The HylaFAX server %1 refused '%2': %3"))
                            .arg(m_account.display(), QString::fromLatin1(line.left(40)),
                                 r->message()));
                    m_connection->close(e);
                    Q_EMIT failed(e);
                    return;
                }
                if (--*remaining == 0) {
                    m_ready = true;
                    Q_EMIT ready();
                }
            });
    }
}

} // namespace Fax
