// SPDX-License-Identifier: GPL-3.0-or-later
// The real HylaFAX server under the server contract: Debian's faxq and hfaxd on a spool of the
// backend's own (tests/support/hylafaxserverfixture), one modem registered with faxq that never
// dials, and jobs that wait for a modem nobody has ("any" matches no modem here). Jobs are put
// into a status the way the server gets them there: another client suspends or kills them;
// a killed job in doneq is rewritten as faxq leaves a job that was sent or failed.
#include "servercontract_backends.h"

#include "hylafax/hylafaxsession.h"
#include "hylafaxserverfixture.h"
#include "server/hylafaxserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTimer>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Fax::Contract {

namespace {

using Test::HylafaxServerFixture;

constexpr int WaitMs = 20000;
const QString Modem = QStringLiteral("fake0");

/// Runs the event loop until done() or WaitMs; false on time-out.
bool spinUntil(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(WaitMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

/// Gives path to the fax user as faxq leaves its files (owner uucp).
bool giveToFaxUser(const QString &path, mode_t mode)
{
    const passwd *fax = ::getpwnam("uucp");
    const QByteArray name = QFile::encodeName(path);
    return fax && ::chown(name.constData(), fax->pw_uid, fax->pw_gid) == 0 &&
           ::chmod(name.constData(), mode) == 0;
}

class HylafaxBackend final : public Backend
{
public:
    explicit HylafaxBackend(bool admin) : m_admin(admin)
    {
        QString error;
        if (!m_hylafax.startWithIdleModems(m_tmp.path(), {Modem}, &error))
            qWarning("the HylaFAX server did not start: %s", qPrintable(error));
    }

    std::unique_ptr<FaxServer> makeServer() override
    {
        HylafaxServer::Options o;
        o.settingsFile = path(QStringLiteral("hylafax.ini"));
        o.downloadDirectory = path(QStringLiteral("downloads"));
        o.dataDirectory = path(QStringLiteral("data"));
        return std::make_unique<HylafaxServer>(
            m_admin ? m_hylafax.adminSettings() : m_hylafax.userSettings(), o);
    }

    QString unreachable(QueueStatus status) const override
    {
        switch (status) {
        case QueueStatus::InProgress:
        case QueueStatus::Retrying:
            return QStringLiteral("a HylaFAX job is in progress or waits for its next try only "
                                  "while a modem dials it, and the test server has none that "
                                  "dials");
        case QueueStatus::NoLine:
        case QueueStatus::Deleting:
            return QStringLiteral("HylaFAX has no such status");
        default:
            return QString();
        }
    }

    bool commandsTakeEffectAtOnce() const override { return false; }

    void setJobStatus(FaxServer *server, JobId id, QueueStatus status) override
    {
        switch (status) {
        case QueueStatus::Paused:
            QVERIFY(command("JSUSP " + QByteArray::number(id)));
            break;
        case QueueStatus::Canceled:
            QVERIFY(command("JKILL " + QByteArray::number(id)));
            break;
        case QueueStatus::Completed:
        case QueueStatus::Failed:
        case QueueStatus::RetriesExceeded:
            // faxq moves a killed job to doneq; what it writes there for a job that was sent
            // or failed differs in a few fields only.
            QVERIFY(command("JKILL " + QByteArray::number(id)));
            QVERIFY2(spinUntil([&] {
                         const QString file = m_hylafax.jobFile(id);
                         QFile f(file);
                         return file.contains(QLatin1String("/doneq/")) &&
                                f.open(QIODevice::ReadOnly) && f.readAll().contains("\nstate:8\n");
                     }),
                     qPrintable(QStringLiteral("job %1 did not reach doneq").arg(id)));
            QVERIFY(rewriteDone(id, status));
            static_cast<HylafaxServer *>(server)->refresh();
            break;
        default:
            QFAIL(qPrintable(unreachable(status)));
        }
        QVERIFY2(spinUntil([&] {
                     const std::optional<Job> job = server->job(id);
                     return job && job->queueStatus == status;
                 }),
                 qPrintable(QStringLiteral("job %1 did not become %2").arg(id).arg(int(status))));
    }

    ReceivedFax receiveFax(FaxServer *server, const QByteArray &content) override
    {
        // A fax as faxgetty leaves it in recvq.
        const QString file =
            m_hylafax.spool() +
            QStringLiteral("/recvq/fax%1.tif").arg(++m_received, 5, 10, QLatin1Char('0'));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file));
        f.close();
        if (!giveToFaxUser(file, 0644))
            qFatal("cannot give %s to the fax user", qPrintable(file));
        static_cast<HylafaxServer *>(server)->refresh();
        const qint64 id = m_received;
        const auto listed = [&]() -> std::optional<ReceivedFax> {
            for (const ReceivedFax &fax : server->receivedFaxes()) {
                if (fax.id == id)
                    return fax;
            }
            return std::nullopt;
        };
        if (!spinUntil([&] { return listed().has_value(); }))
            qWarning("the server did not list %s", qPrintable(file));
        return listed().value_or(ReceivedFax());
    }

    void ring(FaxServer *, const QString &) override
    {
        QFAIL("HylaFAX's faxgetty answers by itself: no call is answered by hand");
    }

    QString document(qint64 size) override
    {
        // PostScript of one page, padded with comments to size: faxq can convert it.
        const QString file = path(QStringLiteral("document-%1.ps").arg(++m_files));
        QByteArray data = "%!PS-Adobe-3.0\n/Helvetica findfont 24 scalefont setfont\n72 720 "
                          "moveto (Contract " +
                          QByteArray::number(m_files) + ") show\nshowpage\n";
        const QByteArray end = "%%EOF\n";
        for (qsizetype room = size - data.size() - end.size(); room > 0;) {
            const qsizetype n = qMin<qsizetype>(room, 72);
            data += n == 1 ? QByteArray("\n") : QByteArray('%' + QByteArray(n - 2, 'x') + '\n');
            room -= n;
        }
        data += end;
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || data.size() != size)
            qFatal("cannot write %s of %lld bytes", qPrintable(file), size);
        return file;
    }

private:
    /// One command in a session of its own, as another client (an administrator) gives it.
    bool command(const QByteArray &line)
    {
        HylafaxAccount account;
        const ConnectionSettings s = m_hylafax.adminSettings();
        account.host = s.host;
        account.port = s.port;
        account.user = s.user;
        account.password = s.password;
        account.admin = true;
        HylafaxSession session(account);
        QEventLoop loop;
        QString error;
        bool ok = false;
        QObject::connect(&session, &HylafaxSession::failed, &loop, [&](const Error &e) {
            error = e.message;
            loop.quit();
        });
        QObject::connect(&session, &HylafaxSession::ready, &loop, [&] {
            session.connection()->command(line, [&](const Expected<HylafaxReply> &r) {
                ok = r && r->isSuccess();
                error = r ? r->message() : r.error().message;
                loop.quit();
            });
        });
        QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit);
        session.open();
        loop.exec();
        session.close(Error::make(Error::Kind::Canceled, QString()));
        if (!ok)
            qWarning("%s: %s", line.constData(), qPrintable(error));
        return ok;
    }

    /// The doneq file of a killed job as faxq leaves one that was sent or that failed.
    bool rewriteDone(JobId id, QueueStatus status)
    {
        const QString file = m_hylafax.jobFile(id);
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QList<QByteArray> lines = in.readAll().split('\n');
        in.close();
        int maxDials = 4;
        for (const QByteArray &l : std::as_const(lines)) {
            if (l.startsWith("maxdials:"))
                maxDials = l.mid(9).toInt();
        }
        const int dials = status == QueueStatus::RetriesExceeded ? maxDials : 1;
        QHash<QByteArray, QByteArray> fields{
            {"state", status == QueueStatus::Completed ? "7" : "8"},
            {"status", status == QueueStatus::Completed ? ""
                       : status == QueueStatus::Failed  ? "No answer from remote"
                                                        : "REJECT: Too many attempts to dial"},
            {"npages", status == QueueStatus::Completed ? "2" : "0"},
            {"totpages", "2"},
            {"ntries", QByteArray::number(status == QueueStatus::Completed ? 1 : 0)},
            {"tottries", QByteArray::number(status == QueueStatus::Completed ? 1 : 0)},
            {"ndials", QByteArray::number(dials)},
            {"totdials", QByteArray::number(dials)}};
        for (QByteArray &l : lines) {
            const QByteArray key = l.left(l.indexOf(':'));
            if (fields.contains(key))
                l = key + ':' + fields.take(key);
        }
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            lines.insert(0, it.key() + ':' + it.value());
        // A whole new file, so that no reader sees half of one.
        const QString fresh = file + QStringLiteral(".new");
        QFile out(fresh);
        if (!out.open(QIODevice::WriteOnly) || out.write(lines.join('\n')) < 0)
            return false;
        out.close();
        struct stat was = {};
        return ::stat(QFile::encodeName(file).constData(), &was) == 0 &&
               giveToFaxUser(fresh, was.st_mode & 07777) &&
               ::rename(QFile::encodeName(fresh).constData(),
                        QFile::encodeName(file).constData()) == 0;
    }

    HylafaxServerFixture m_hylafax;
    bool m_admin;
    qint64 m_received = 0;
};

} // namespace

std::unique_ptr<Backend> makeHylafaxBackend(bool admin)
{
    return std::make_unique<HylafaxBackend>(admin);
}

QString hylafaxUnavailableReason()
{
    return HylafaxServerFixture::unavailableReason();
}

} // namespace Fax::Contract
