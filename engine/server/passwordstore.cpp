// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

#include <cstdio>
#include <memory>

#include <termios.h>
#include <unistd.h>

namespace Fax::PasswordStore {

namespace {

const QString Service = QStringLiteral("Fax Console");

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

/// Why the keyring said no, for people.
QString keyringProblem(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return trFax(QT_TRANSLATE_NOOP("Fax", "no desktop keyring is running (%1)"))
            .arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return trFax(QT_TRANSLATE_NOOP("Fax", "the desktop keyring refused access (%1)"))
            .arg(job.errorString());
    default:
        return trFax(QT_TRANSLATE_NOOP("Fax", "the desktop keyring failed (%1)"))
            .arg(job.errorString());
    }
}

/// Runs start() and waits for done's result with a local event loop, up to timeoutMs.
template <typename T>
T waitFor(const std::function<void(std::function<void(T)>)> &start, int timeoutMs, T onTimeout)
{
    QEventLoop loop;
    auto result = std::make_shared<std::optional<T>>();
    auto alive = std::make_shared<bool>(true);
    start([result, alive, &loop](T value) {
        if (!*alive)
            return;
        *result = std::move(value);
        loop.quit();
    });
    if (!result->has_value()) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    *alive = false;
    return result->has_value() ? **result : onTimeout;
}

} // namespace

QString keyFor(const ConnectionSettings &settings)
{
    // Unlike toUrl(), the key always names the port, and never a password.
    QUrl url;
    url.setScheme(QStringLiteral("hylafax"));
    url.setUserName(settings.user);
    url.setHost(settings.host);
    url.setPort(settings.port);
    return url.toString();
}

void lookup(const ConnectionSettings &settings,
            std::function<void(const QString &, Source, const QString &)> done)
{
    if (!settings.password.isEmpty())
        return done(settings.password, Source::Given, QString());
    const QString env = qEnvironmentVariable("FAXCONSOLE_PASSWORD");
    if (!env.isEmpty())
        return done(env, Source::Environment, QString());
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(settings));
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError && !read->textData().isEmpty())
            return done(read->textData(), Source::Keyring, QString());
        const QString problem =
            read->error() == QKeychain::NoError || read->error() == QKeychain::EntryNotFound
                ? QString()
                : keyringProblem(*read);
        done(QString(), Source::None, problem);
    });
    job->start();
}

QString lookupNow(const ConnectionSettings &settings, Source *source, QString *problem,
                  int timeoutMs)
{
    struct Found
    {
        QString password;
        Source source = Source::None;
        QString problem;
    };
    const Found timedOut{QString(), Source::None,
                         trFax(QT_TRANSLATE_NOOP("Fax", "the desktop keyring did not answer "
                                                        "within %1 s"))
                             .arg(timeoutMs / 1000)};
    const Found found = waitFor<Found>(
        [&settings](std::function<void(Found)> finish) {
            lookup(settings, [finish](const QString &p, Source s, const QString &why) {
                finish(Found{p, s, why});
            });
        },
        timeoutMs, timedOut);
    if (source)
        *source = found.source;
    if (problem)
        *problem = found.problem;
    return found.password;
}

void store(const ConnectionSettings &settings, const QString &password,
           std::function<void(const Result &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    job->setKey(keyFor(settings));
    job->setTextData(password);
    const QString key = keyFor(settings);
    QObject::connect(job, &QKeychain::Job::finished, job, [done, key](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            return done(Result());
        done(Error::make(Error::Kind::Unsupported,
                         trFax(QT_TRANSLATE_NOOP("Fax", "The password for %1 was not saved: %2. "
                                                        "It is kept nowhere else and will be "
                                                        "asked for again."))
                             .arg(key, keyringProblem(*j))));
    });
    job->start();
}

Result storeNow(const ConnectionSettings &settings, const QString &password, int timeoutMs)
{
    const Result timedOut = Error::make(
        Error::Kind::Unsupported,
        trFax(QT_TRANSLATE_NOOP("Fax", "The password for %1 was not saved: the desktop keyring "
                                       "did not answer within %2 s"))
            .arg(keyFor(settings))
            .arg(timeoutMs / 1000));
    return waitFor<Result>(
        [&](std::function<void(Result)> finish) {
            store(settings, password, [finish](const Result &r) { finish(r); });
        },
        timeoutMs, timedOut);
}

void forget(const ConnectionSettings &settings, std::function<void(const Result &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(settings));
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            return done(Result());
        done(Error::make(Error::Kind::Unsupported, keyringProblem(*j)));
    });
    job->start();
}

Result forgetNow(const ConnectionSettings &settings, int timeoutMs)
{
    return waitFor<Result>(
        [&](std::function<void(Result)> finish) {
            forget(settings, [finish](const Result &r) { finish(r); });
        },
        timeoutMs,
        Error::make(Error::Kind::Unsupported,
                    trFax(QT_TRANSLATE_NOOP("Fax", "the desktop keyring did not answer"))));
}

std::optional<QString> promptOnTerminal(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool hide = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (hide) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF || c == '\n')
            break;
        if (line.size() < 4096)
            line += char(c);
    }
    if (hide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputc('\n', stderr);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromLocal8Bit(line);
}

} // namespace Fax::PasswordStore
