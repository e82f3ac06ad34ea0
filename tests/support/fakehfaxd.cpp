// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehfaxd.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>

namespace Fax::Test {

namespace {

constexpr char Sep = '\x1f';
constexpr qint64 SendTime = 1700000000; // 2023-11-14 22:13:20 GMT

/// The value of a JPARM argument: a quoted string with its escapes, or one word.
QByteArray unquote(const QByteArray &args)
{
    const QByteArray a = args.trimmed();
    if (!a.startsWith('"'))
        return a;
    QByteArray v;
    for (qsizetype i = 1; i < a.size(); ++i) {
        char c = a.at(i);
        if (c == '"')
            break;
        if (c == '\\' && i + 1 < a.size()) {
            c = a.at(++i);
            if (c >= '0' && c <= '7') {
                int n = c - '0';
                for (int k = 0;
                     k < 2 && i + 1 < a.size() && a.at(i + 1) >= '0' && a.at(i + 1) <= '7'; ++k)
                    n = n * 8 + (a.at(++i) - '0');
                c = char(n);
            }
        }
        v += c;
    }
    return v;
}

QByteArray stateWord(char state)
{
    switch (state) {
    case 'T':
        return "SUSPENDED";
    case 'P':
        return "PENDING";
    case 'S':
        return "SLEEPING";
    case 'B':
        return "BLOCKED";
    case 'W':
        return "READY";
    case 'R':
        return "ACTIVE";
    case 'D':
        return "DONE";
    case 'F':
        return "FAILED";
    }
    return "UNDEFINED";
}

} // namespace

void FakeHfaxd::Session::reply(const QByteArray &line)
{
    if (control)
        control->write(line + "\r\n");
}

FakeHfaxd::FakeHfaxd(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHfaxd::accept);
}

FakeHfaxd::Job FakeHfaxd::doneJob(qint64 id)
{
    Job job;
    job.id = id;
    job.group = id;
    job.state = id % 10 == 0 ? 'F' : 'D';
    job.owner = "alice";
    job.params.insert("DIALSTRING", "555" + QByteArray::number(10000 + id));
    job.params.insert("EXTERNAL", "555 " + QByteArray::number(10000 + id));
    job.params.insert("TOUSER", "Recipient " + QByteArray::number(id));
    job.params.insert("TOCOMPANY", "Company " + QByteArray::number(id % 97));
    job.params.insert("NPAGES", "2");
    job.params.insert("TOTPAGES", "2");
    job.params.insert("STATUS", id % 10 == 0 ? "Busy signal detected" : "");
    return job;
}

FakeHfaxd::~FakeHfaxd()
{
    dropAll();
}

bool FakeHfaxd::listen()
{
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server->serverPort();
    return true;
}

quint16 FakeHfaxd::port() const
{
    return m_port;
}

void FakeHfaxd::stopListening()
{
    m_server->close();
}

bool FakeHfaxd::listenAgain()
{
    return m_server->listen(QHostAddress::LocalHost, m_port);
}

void FakeHfaxd::addUser(const QByteArray &user, const QByteArray &password,
                        const QByteArray &adminPassword)
{
    m_users.insert(user, qMakePair(password, adminPassword));
}

int FakeHfaxd::commandCount(const QByteArray &prefix) const
{
    int n = 0;
    for (const QByteArray &c : m_commands)
        n += c.startsWith(prefix);
    return n;
}

int FakeHfaxd::triggerSessions() const
{
    int n = 0;
    for (const QPointer<QTcpSocket> &t : m_triggers)
        n += !t.isNull() && t->state() == QAbstractSocket::ConnectedState;
    return n;
}

void FakeHfaxd::pushEvent(const QByteArray &line)
{
    for (const QPointer<QTcpSocket> &t : std::as_const(m_triggers)) {
        if (t)
            t->write(line + "\r\n");
    }
}

void FakeHfaxd::dropAll()
{
    const QList<QTcpSocket *> controls = m_sessions.keys();
    for (QTcpSocket *c : controls)
        drop(c);
    abortTriggers();
}

void FakeHfaxd::abortTriggers()
{
    for (const QPointer<QTcpSocket> &t : std::as_const(m_triggers)) {
        if (t)
            t->abort();
    }
    m_triggers.clear();
}

void FakeHfaxd::dropTriggerSessions()
{
    const QList<QTcpSocket *> controls = m_sessions.keys();
    for (QTcpSocket *c : controls) {
        const Session *s = m_sessions.value(c);
        if (s && s->data && m_triggers.contains(s->data))
            drop(c);
    }
    abortTriggers();
}

void FakeHfaxd::drop(QTcpSocket *control)
{
    Session *s = m_sessions.take(control);
    if (!s)
        return;
    control->disconnect(this);
    control->abort();
    control->deleteLater();
    if (s->data)
        s->data->abort();
    delete s->passive;
    delete s;
}

void FakeHfaxd::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *s = new Session;
        s->control = socket;
        m_sessions.insert(socket, s);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            Session *session = m_sessions.value(socket);
            if (!session)
                return;
            session->buffer += socket->readAll();
            qsizetype end;
            while ((end = session->buffer.indexOf('\n')) >= 0) {
                QByteArray line = session->buffer.left(end);
                session->buffer.remove(0, end + 1);
                if (line.endsWith('\r'))
                    line.chop(1);
                onLine(*session, line);
                session = m_sessions.value(socket);
                if (!session)
                    return;
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        if (!m_greeting.isEmpty())
            s->reply(m_greeting);
    }
}

void FakeHfaxd::onLine(Session &s, const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray command = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray args = space < 0 ? QByteArray() : line.mid(space + 1);
    m_commands << (command == "PASS" || command == "ADMIN" ? command + " ***" : line);
    if (const auto hook = m_hooks.constFind(command); hook != m_hooks.constEnd()) {
        if ((*hook)(s, args))
            return;
    }
    dispatch(s, command, args);
}

void FakeHfaxd::withData(Session &s, std::function<void(QTcpSocket *data)> then)
{
    if (s.passive) {
        QTcpServer *server = std::exchange(s.passive, nullptr);
        server->setParent(this);
        const auto take = [this, server, then, control = s.control] {
            QTcpSocket *data = server->nextPendingConnection();
            if (!data)
                return;
            data->setParent(this);
            server->deleteLater();
            if (Session *session = m_sessions.value(control))
                session->data = data;
            then(data);
        };
        if (server->hasPendingConnections())
            take();
        else
            connect(server, &QTcpServer::newConnection, this, take);
        return;
    }
    auto *data = new QTcpSocket(this);
    s.data = data;
    connect(data, &QTcpSocket::connected, this, [data, then] { then(data); });
    data->connectToHost(QString::fromLatin1(s.activeHost), s.activePort);
    s.activePort = 0;
}

void FakeHfaxd::sendListing(Session &s, const QByteArray &what, const QByteArray &content)
{
    s.reply("150 Opening new data connection for \"" + what + "\".");
    QTcpSocket *control = s.control;
    withData(s, [this, control, content](QTcpSocket *data) {
        data->write(content);
        connect(data, &QTcpSocket::disconnected, data, &QObject::deleteLater);
        data->disconnectFromHost();
        if (Session *session = m_sessions.value(control))
            session->reply("226 Transfer complete.");
    });
}

QByteArray FakeHfaxd::jobLine(const Job &job)
{
    const auto p = [&job](const char *key, const QByteArray &fallback = QByteArray()) {
        return job.params.value(key, fallback);
    };
    QList<QByteArray> f;
    f << QByteArray::number(job.id) << QByteArray::number(job.group) << QByteArray(1, job.state)
      << job.owner << p("EXTERNAL") << p("DIALSTRING") << p("TOUSER") << p("TOCOMPANY")
      << p("FROMUSER") << p("JOBINFO") << p("MODEM", "any") << p("COMMID") << "F"
      << p("NPAGES", "0") << p("TOTPAGES", "0") << p("TOTTRIES", "0") << p("MAXTRIES", "3")
      << p("TOTDIALS", "0") << p("MAXDIALS", "12") << p("SCHEDPRI", "127")
      << QByteArray::number(SendTime) << p("STATUS");
    return f.join(Sep);
}

QByteArray FakeHfaxd::jobState(const Job &job) const
{
    QByteArray d = "217-Job state: jobid " + QByteArray::number(job.id) + " groupid " +
                   QByteArray::number(job.group) + "\r\n";
    const auto line = [&d](const QByteArray &key, const QByteArray &value) {
        d += "    " + key + ": " + value + "\r\n";
    };
    line("SENDTIME", QDateTime::fromSecsSinceEpoch(SendTime, QTimeZone::utc())
                         .toString(QStringLiteral("yyyyMMddHHmmss"))
                         .toLatin1());
    line("STATE", stateWord(job.state));
    line("STATUS", job.params.value("STATUS"));
    line("JOBTYPE", "facsimile");
    for (const char *key :
         {"EXTERNAL", "DIALSTRING", "TOUSER", "TOCOMPANY", "FROMUSER", "JOBINFO", "COMMID"})
        line(key, job.params.value(key));
    line("MODEM", job.params.value("MODEM", "any"));
    line("OWNER", job.owner);
    line("GROUPID", QByteArray::number(job.group));
    line("JOBID", QByteArray::number(job.id));
    line("NPAGES", job.params.value("NPAGES", "0"));
    line("TOTPAGES", job.params.value("TOTPAGES", "0"));
    line("TOTTRIES", job.params.value("TOTTRIES", "0"));
    line("MAXTRIES", job.params.value("MAXTRIES", "3"));
    line("TOTDIALS", job.params.value("TOTDIALS", "0"));
    line("MAXDIALS", job.params.value("MAXDIALS", "12"));
    line("SCHEDPRI", job.params.value("SCHEDPRI", "127"));
    d += "217 End of job " + QByteArray::number(job.id) + " state.";
    return d;
}

void FakeHfaxd::jobParm(Session &s, const QByteArray &args)
{
    if (args.trimmed().isEmpty()) {
        if (s.currentJob != 0 &&
            (!m_jobs.contains(s.currentJob) || isDone(m_jobs[s.currentJob]) != s.currentJobDone)) {
            // As hfaxd 6.0.7: the job's queue file is not where JOB found it; the default job
            // becomes current and nothing at all is answered.
            s.currentJob = 0;
            return;
        }
        if (!m_jobs.contains(s.currentJob))
            return s.reply("217-Job state: jobid default groupid \r\n    STATE: UNDEFINED\r\n"
                           "217 End of job default state.");
        return s.reply(jobState(m_jobs[s.currentJob]));
    }
    const qsizetype space = args.indexOf(' ');
    const QByteArray key = (space < 0 ? args : args.left(space)).toUpper();
    const QByteArray value = space < 0 ? QByteArray() : unquote(args.mid(space + 1));
    if (!m_jobs.contains(s.currentJob))
        return s.reply("213 " + key + " set to \"" + value + "\".");
    Job &job = m_jobs[s.currentJob];
    if (job.state != 'T')
        return s.reply("503 Suspend the job with JSUSP first.");
    if (key == "DOCUMENT") {
        if (!m_uploads.contains(value))
            return s.reply("500 " + value + ": No such file or directory.");
        const QByteArray doc =
            "docq/" + value.mid(value.lastIndexOf('/') + 1) + '.' + QByteArray::number(job.id);
        job.documents << doc;
        return s.reply("200 Added document " + value + " as " + doc + ".");
    }
    job.params.insert(key, value);
    s.reply("213 " + key + " set to \"" + value + "\".");
}

void FakeHfaxd::dispatch(Session &s, const QByteArray &command, const QByteArray &args)
{
    const QByteArray arg = args.trimmed();
    const QByteArray value = unquote(arg);
    if (command == "QUIT") {
        s.reply("221 Goodbye.");
        QTcpSocket *control = s.control;
        control->flush();
        drop(control);
        return;
    }
    if (command == "USER") {
        s.user = value;
        const auto user = m_users.constFind(value);
        if (user != m_users.constEnd() && user->first.isEmpty()) {
            s.loggedIn = true;
            return s.reply("230 User " + value + " logged in.");
        }
        return s.reply("331 Password required for " + value + ".");
    }
    if (command == "PASS") {
        const auto user = m_users.constFind(s.user);
        if (user == m_users.constEnd() || user->first != value)
            return s.reply("530 Login incorrect.");
        s.loggedIn = true;
        return s.reply("230 User " + s.user + " logged in.");
    }
    if (!s.loggedIn)
        return s.reply("530 Please login with USER and PASS.");
    if (command == "ADMIN") {
        const QByteArray admin = m_users.value(s.user).second;
        if (admin.isEmpty() || admin != value)
            return s.reply("530 Password incorrect.");
        s.admin = true;
        return s.reply("230 Administrative privileges established.");
    }
    if (command == "TZONE")
        return s.reply("200 Using time values in GMT.");
    if (command.endsWith("FMT"))
        return s.reply("200 " + command + " command successful.");
    if (command == "TYPE") {
        s.imageType = arg.toUpper() == "I";
        return s.reply(s.imageType ? "200 Type set to Image." : "200 Type set to ASCII.");
    }
    if (command == "MODE")
        s.zipped = arg.toUpper() == "Z";
    if (command == "MODE" || command == "FORM")
        return s.reply("200 " + command + " set to " + arg + ".");
    if (command == "IDLE")
        return s.reply("213 Idle timeout set to " + arg + ".");
    if (command == "NOOP")
        return s.reply("200 NOOP command successful.");
    if (command == "PASV") {
        delete s.passive;
        s.passive = new QTcpServer(this);
        s.passive->listen(QHostAddress::LocalHost, 0);
        const quint16 p = s.passive->serverPort();
        return s.reply("227 Entering passive mode (127,0,0,1," + QByteArray::number(p >> 8) + ',' +
                       QByteArray::number(p & 0xff) + ")");
    }
    if (command == "PORT") {
        const QList<QByteArray> n = arg.split(',');
        if (n.size() != 6)
            return s.reply("501 Syntax error.");
        s.activeHost = n.at(0) + '.' + n.at(1) + '.' + n.at(2) + '.' + n.at(3);
        s.activePort = quint16(n.at(4).toInt() * 256 + n.at(5).toInt());
        return s.reply("200 PORT command successful.");
    }
    if (command == "EPRT") {
        const QList<QByteArray> n = arg.split('|');
        if (n.size() < 4)
            return s.reply("501 Syntax error.");
        s.activeHost = n.at(2);
        s.activePort = quint16(n.at(3).toInt());
        return s.reply("200 EPRT command successful.");
    }
    if (command == "LIST") {
        QByteArray content;
        if (arg == "status") {
            content = "HylaFAX scheduler on fake: Running\r\n";
            for (const QByteArray &m : std::as_const(m_modems))
                content += m + "\r\n";
        } else if (arg == "sendq" || arg == "doneq") {
            for (const Job &job : std::as_const(m_jobs)) {
                const bool done = job.state == 'D' || job.state == 'F';
                if (done == (arg == "doneq"))
                    content += jobLine(job) + "\r\n";
            }
        } else if (arg == "recvq") {
            for (const QByteArray &r : std::as_const(m_received))
                content += r + "\r\n";
        } else if (arg == "docq") {
            for (const Job &job : std::as_const(m_jobs)) {
                for (const QByteArray &doc : job.documents) {
                    const QByteArray upload = "/tmp/" + doc.mid(5, doc.lastIndexOf('.') - 5);
                    content += doc.mid(5) + Sep +
                               QByteArray::number(m_uploads.value(upload).size()) + "\r\n";
                }
            }
        } else {
            return s.reply("550 " + arg + ": No such file or directory.");
        }
        return sendListing(s, arg, content);
    }
    if (command == "RETR") {
        if (!m_files.contains(arg))
            return s.reply("550 " + arg + ": No such file or directory.");
        return sendListing(s, arg, m_files.value(arg));
    }
    if (command == "STOT") {
        const QByteArray name = "/tmp/doc" + QByteArray::number(m_nextDoc++) + ".ps";
        s.reply("150 FILE: " + name + " (Opening new data connection).");
        QTcpSocket *control = s.control;
        const bool zipped = s.zipped;
        withData(s, [this, control, name, zipped](QTcpSocket *data) {
            auto received = std::make_shared<QByteArray>();
            connect(data, &QTcpSocket::readyRead, data,
                    [data, received] { *received += data->readAll(); });
            connect(data, &QTcpSocket::disconnected, this, [=, this] {
                *received += data->readAll();
                data->deleteLater();
                QByteArray content = *received;
                if (zipped)
                    content = qUncompress(QByteArray(4, '\0') + content);
                m_uploads.insert(name, content);
                if (Session *session = m_sessions.value(control))
                    session->reply("226 Transfer complete (FILE: " + name + ").");
            });
        });
        return;
    }
    if (command == "JOB") {
        if (arg.toLower() == "default") {
            s.currentJob = 0;
            return s.reply("200 Current job: (default).");
        }
        const qint64 id = arg.toLongLong();
        if (!m_jobs.contains(id))
            return s.reply("500 Cannot set job " + arg +
                           "; job does not exist (No such file or "
                           "directory).");
        s.currentJob = id;
        s.currentJobDone = isDone(m_jobs[id]);
        return s.reply("200 Current job: jobid: " + arg +
                       " groupid: " + QByteArray::number(m_jobs[id].group) + ".");
    }
    if (command == "JNEW") {
        Job job;
        job.id = m_nextJob++;
        job.group = m_jobs.contains(s.currentJob) ? m_jobs[s.currentJob].group : job.id;
        job.owner = s.user;
        if (m_jobs.contains(s.currentJob))
            job.params = m_jobs[s.currentJob].params; // JNEW inherits the current job's
        m_jobs.insert(job.id, job);
        s.currentJob = job.id;
        s.currentJobDone = false;
        return s.reply("200 New job created: jobid: " + QByteArray::number(job.id) +
                       " groupid: " + QByteArray::number(job.group) + ".");
    }
    if (command == "JPARM")
        return jobParm(s, args);
    const bool jobCommand = command == "JSUBM" || command == "JSUSP" || command == "JKILL" ||
                            command == "JDELE" || command == "JINTR";
    if (jobCommand) {
        const qint64 id = arg.isEmpty() ? s.currentJob : arg.toLongLong();
        const QByteArray name = QByteArray::number(id);
        if (!m_jobs.contains(id))
            return s.reply("500 Cannot " + command.mid(1).toLower() + " job " + name +
                           "; job does not exist (No such file or directory).");
        Job &job = m_jobs[id];
        const bool done = isDone(job);
        if (command == "JSUBM") {
            if (job.state != 'T')
                return s.reply("504 Job " + name + " not submitted; use JSUSP first.");
            job.state = 'W';
            return s.reply("200 Job " + name + " submitted.");
        }
        if (command == "JDELE") {
            if (!done && job.state != 'T')
                return s.reply("504 Job " + name + " not deleted; use JSUSP first.");
            m_jobs.remove(id);
            if (s.currentJob == id)
                s.currentJob = 0;
            return s.reply("200 Job " + name + " deleted; current job: (default).");
        }
        if (done)
            return s.reply("504 Job " + name + " not " + command.mid(1).toLower() +
                           "ed; already done.");
        if (command == "JKILL") {
            job.state = 'F';
            job.params.insert("STATUS", "Job aborted by request");
            return s.reply("200 Job " + name + " killed.");
        }
        job.state = 'T';
        return s.reply("200 Job " + name + " suspended.");
    }
    if (command == "ENABLE" || command == "DISABLE") {
        if (!s.admin)
            return s.reply("530 Please use ADMIN to establish administrative privileges.");
        return s.reply("200 Scheduler told to " + command.toLower() + " use of modem " + arg + ".");
    }
    if (command == "SITE" && arg.toUpper().startsWith("TRIGGER")) {
        s.reply("150 Opening new data connection for trigger \"" + arg.mid(8) + "\".");
        withData(s, [this](QTcpSocket *data) { m_triggers << data; });
        return;
    }
    s.reply("500 " + command + ": Command not recognized.");
}

} // namespace Fax::Test
