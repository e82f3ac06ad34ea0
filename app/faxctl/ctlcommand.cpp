// SPDX-License-Identifier: GPL-3.0-or-later
// The context a faxctl command runs in, and what every command shares.
#include "ctlcommand.h"

#include "core/connectionsettings.h"
#include "server/faxserver.h"
#include "server/localfaxserver.h"
#include "server/operationwait.h"
#include "server/passwordstore.h"

#include <QJsonDocument>

namespace Fax {

namespace {
constexpr int ConnectTimeoutMs = 30000;
} // namespace

CtlContext::CtlContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

CtlContext::~CtlContext() = default;

void CtlContext::closeServer()
{
    m_faxServer.reset();
}

int CtlCommand::execute(CtlContext &context, const CtlArgs &args)
{
    m_context = &context;
    const int status = run(args);
    m_context = nullptr;
    return status;
}

QString CtlContext::serverUrl() const
{
    if (!m_server.isEmpty())
        return m_server;
    const QString env = qEnvironmentVariable("FAXCONSOLE_SERVER");
    return env.isEmpty() ? QStringLiteral("local") : env;
}

FaxServer *CtlContext::openServer(bool runScheduler)
{
    if (m_faxServer)
        return m_faxServer.get();
    const QString url = serverUrl();
    ConnectionSettings settings;
    QString message;
    if (!ConnectionSettings::fromUrl(url, &settings, &message)) {
        usageError(message);
        return nullptr;
    }
    QString what;
    QString keyringProblem;
    if (settings.kind == ServerKind::Local) {
        LocalFaxServer::Options options;
        options.dataDirectory =
            settings.dataDirectory.isEmpty() ? defaultDataDirectory() : settings.dataDirectory;
        options.runScheduler = runScheduler;
        what = tr("the local fax engine in %1").arg(options.dataDirectory);
        m_faxServer = std::make_unique<LocalFaxServer>(settings, options);
    } else {
        // The password: in the URL, $FAXCONSOLE_PASSWORD, the keyring, else typed on the
        // terminal; with none, the server is asked without one (hfaxd may not want one).
        if (settings.kind == ServerKind::Hylafax && settings.password.isEmpty()) {
            PasswordStore::Source source = PasswordStore::Source::None;
            settings.password = PasswordStore::lookupNow(settings, &source, &keyringProblem);
            if (source == PasswordStore::Source::None) {
                if (const std::optional<QString> typed = PasswordStore::promptOnTerminal(
                        tr("Password for %1: ").arg(PasswordStore::keyFor(settings))))
                    settings.password = *typed;
            }
        }
        Error error;
        m_faxServer = createServer(settings, &error);
        what = tr("the fax server %1").arg(url);
        if (!m_faxServer) {
            fail(tr("cannot open %1: %2").arg(what, error.message));
            return nullptr;
        }
    }
    const Result opened = waitFor(m_faxServer->connectToServer(), ConnectTimeoutMs);
    if (!opened || m_faxServer->state() != ConnectionState::Connected) {
        QString reason = !opened ? opened.error().message
                                 : tr("no answer within %1 seconds").arg(ConnectTimeoutMs / 1000);
        if (!opened && opened.error().kind == Error::Kind::NotPermitted &&
            !keyringProblem.isEmpty())
            reason += QStringLiteral(" (") +
                      tr("no password from the keyring: %1; set FAXCONSOLE_PASSWORD")
                          .arg(keyringProblem) +
                      u')';
        fail(tr("cannot open %1: %2").arg(what, reason));
        m_faxServer.reset();
        return nullptr;
    }
    return m_faxServer.get();
}

int CtlContext::fail(const QString &message)
{
    m_err << QStringLiteral("faxctl: ") << message << '\n';
    m_err.flush();
    return CtlCommand::Failure;
}

int CtlContext::usageError(const QString &message, const char *command)
{
    m_err << QStringLiteral("faxctl: ") << message << '\n';
    if (command)
        m_err << tr("Run 'faxctl help %1' for its usage.").arg(QLatin1String(command)) << '\n';
    m_err.flush();
    return CtlCommand::UsageError;
}

void CtlContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CtlContext::printLine(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

} // namespace Fax
