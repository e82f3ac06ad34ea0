// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboundrouter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

// A program given as a bare name is looked up in PATH and the usual system folders (sendmail
// lives in /usr/sbin, often not in a user's PATH).
QString resolveProgram(const QString &program)
{
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo fi(program);
        return fi.isFile() && fi.isExecutable() ? fi.absoluteFilePath() : QString();
    }
    QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            program, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                      QStringLiteral("/sbin"), QStringLiteral("/bin")});
    return found;
}

// Header text on one line: no CR/LF can smuggle in another header.
QString oneLine(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.trimmed();
}

// RFC 2047 encoded word when the header has non-ASCII text.
QByteArray headerText(const QString &text)
{
    const QString line = oneLine(text);
    bool ascii = true;
    for (const QChar c : line) {
        if (c.unicode() >= 128)
            ascii = false;
    }
    if (ascii)
        return line.toLatin1();
    return "=?UTF-8?B?" + line.toUtf8().toBase64() + "?=";
}

QString senderOf(const ReceivedFax &fax)
{
    if (!fax.tsid.trimmed().isEmpty())
        return fax.tsid.trimmed();
    if (!fax.callerId.trimmed().isEmpty())
        return fax.callerId.trimmed();
    return trFax(QT_TRANSLATE_NOOP("Fax", "an unknown sender"));
}

} // namespace

struct InboundRouter::Task
{
    enum class Kind { Print, Mail };
    Kind kind = Kind::Print;
    QString program; ///< as configured (for messages)
    QString target;  ///< printer name or e-mail address, for the outcome
    QString outcome; ///< empty while running
    QProcess *process = nullptr;
    QTimer *timer = nullptr;
};

InboundRouter::Programs InboundRouter::Programs::fromEnvironment()
{
    Programs p;
    const QString lp = qEnvironmentVariable("FAXCONSOLE_LP");
    if (!lp.isEmpty())
        p.lp = lp;
    const QString sendmail = qEnvironmentVariable("FAXCONSOLE_SENDMAIL");
    if (!sendmail.isEmpty())
        p.sendmail = sendmail;
    return p;
}

InboundRouter::InboundRouter(const ReceivedFax &fax, const InboundRouting &routing,
                             const Programs &programs, QObject *parent)
    : QObject(parent), m_fax(fax), m_routing(routing), m_programs(programs)
{
}

InboundRouter::~InboundRouter()
{
    for (auto &task : m_tasks) {
        if (task->process) {
            task->process->disconnect(this);
            task->process->kill();
            task->process->waitForFinished(1000);
        }
    }
}

QByteArray InboundRouter::mailMessage(const ReceivedFax &fax, const QString &to,
                                      const QByteArray &tiff, const QByteArray &boundary)
{
    const QString from = senderOf(fax);
    const QString subject = trFax(QT_TRANSLATE_NOOP("Fax", "Fax from %1, %2 page(s), port %3"))
                                .arg(from)
                                .arg(fax.pages)
                                .arg(fax.port);
    QStringList body;
    body << trFax(QT_TRANSLATE_NOOP("Fax", "A fax was received on port %1.")).arg(fax.port);
    body << QString();
    body << trFax(QT_TRANSLATE_NOOP("Fax", "Sender (TSID): %1"))
                .arg(fax.tsid.isEmpty() ? trFax(QT_TRANSLATE_NOOP("Fax", "none"))
                                        : oneLine(fax.tsid));
    if (!fax.callerId.isEmpty())
        body << trFax(QT_TRANSLATE_NOOP("Fax", "Caller ID: %1")).arg(oneLine(fax.callerId));
    body << trFax(QT_TRANSLATE_NOOP("Fax", "Pages: %1")).arg(fax.pages);
    if (fax.receiveTime.isValid())
        body << trFax(QT_TRANSLATE_NOOP("Fax", "Received: %1"))
                    .arg(fax.receiveTime.toLocalTime().toString(Qt::ISODate));
    if (fax.partial)
        body << trFax(QT_TRANSLATE_NOOP("Fax", "The call ended early: pages may be missing."));
    body << trFax(QT_TRANSLATE_NOOP("Fax", "The fax is attached as a TIFF file."));
    const QString fileName = QFileInfo(fax.file).fileName();

    QByteArray m;
    m += "To: " + headerText(to) + "\r\n";
    m += "Subject: " + headerText(subject) + "\r\n";
    const QDateTime now = QDateTime::currentDateTime();
    const int offset = now.offsetFromUtc() / 60;
    m += "Date: " +
         QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1() +
         (offset < 0 ? "-" : "+") +
         QByteArray::number(qAbs(offset) / 60 * 100 + qAbs(offset) % 60).rightJustified(4, '0') +
         "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "X-Mailer: Fax Console\r\n";
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n";
    m += "\r\n";
    m += "This is a MIME message with a fax attached.\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    m += body.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: image/tiff; name=\"" + headerText(fileName) + "\"\r\n";
    m += "Content-Disposition: attachment; filename=\"" + headerText(fileName) + "\"\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray encoded = tiff.toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        m += encoded.mid(i, 76) + "\r\n";
    m += "--" + boundary + "--\r\n";
    return m;
}

void InboundRouter::start()
{
    const QString printer = m_routing.printer.trimmed();
    const QString printerText =
        printer.isEmpty() ? trFax(QT_TRANSLATE_NOOP("Fax", "the default printer")) : printer;
    if (m_routing.print) {
        auto task = std::make_unique<Task>();
        task->kind = Task::Kind::Print;
        task->program = m_programs.lp;
        task->target = printerText;
        QStringList args;
        if (!printer.isEmpty())
            args << QStringLiteral("-d") << printer;
        args << QStringLiteral("-t")
             << trFax(QT_TRANSLATE_NOOP("Fax", "Fax from %1")).arg(oneLine(senderOf(m_fax)))
             << m_fax.file;
        m_tasks.push_back(std::move(task));
        startTask(*m_tasks.back(), args, QByteArray());
    }
    if (m_routing.email) {
        auto task = std::make_unique<Task>();
        task->kind = Task::Kind::Mail;
        task->program = m_programs.sendmail;
        task->target = m_routing.emailAddress.trimmed();
        m_tasks.push_back(std::move(task));
        Task &t = *m_tasks.back();
        if (t.target.isEmpty()) {
            t.outcome = trFax(QT_TRANSLATE_NOOP("Fax", "not e-mailed: no address is set"));
        } else {
            QFile file(m_fax.file);
            if (!file.open(QIODevice::ReadOnly)) {
                taskDone(t, trFax(QT_TRANSLATE_NOOP("Fax", "the fax file %1 cannot be read: %2"))
                                .arg(m_fax.file, file.errorString()));
            } else {
                const QByteArray boundary =
                    "faxconsole-" +
                    QByteArray::number(QRandomGenerator::global()->generate64(), 16);
                startTask(t, {QStringLiteral("-t"), QStringLiteral("-oi")},
                          mailMessage(m_fax, t.target, file.readAll(), boundary));
            }
        }
    }
    // finished() is always queued: the caller connects after start() returns.
    QTimer::singleShot(0, this, [this] { checkDone(); });
}

void InboundRouter::startTask(Task &task, const QStringList &arguments, const QByteArray &input)
{
    const QString path = resolveProgram(task.program);
    const char *variable = task.kind == Task::Kind::Print ? "FAXCONSOLE_LP" : "FAXCONSOLE_SENDMAIL";
    if (path.isEmpty()) {
        taskDone(task, trFax(QT_TRANSLATE_NOOP("Fax", "the program %1 was not found (install "
                                                      "it, or set %2 to its path)"))
                           .arg(task.program, QLatin1String(variable)));
        return;
    }
    task.process = new QProcess(this);
    task.timer = new QTimer(this);
    task.timer->setSingleShot(true);
    Task *t = &task;
    connect(
        task.process, &QProcess::finished, this, [this, t](int code, QProcess::ExitStatus status) {
            const QString name = QFileInfo(t->program).fileName();
            QString err = QString::fromLocal8Bit(t->process->readAllStandardError()).simplified();
            if (err.size() > 300)
                err = err.left(300) + QStringLiteral("...");
            if (status == QProcess::CrashExit)
                taskDone(*t, trFax(QT_TRANSLATE_NOOP("Fax", "%1 crashed")).arg(name));
            else if (code != 0)
                taskDone(*t, trFax(QT_TRANSLATE_NOOP("Fax", "%1 exited with code %2: %3"))
                                 .arg(name)
                                 .arg(code)
                                 .arg(err.isEmpty() ? trFax(QT_TRANSLATE_NOOP("Fax", "no message"))
                                                    : err));
            else
                taskDone(*t, QString());
        });
    connect(task.process, &QProcess::errorOccurred, this, [this, t](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            taskDone(*t, trFax(QT_TRANSLATE_NOOP("Fax", "%1 could not be started: %2"))
                             .arg(t->program, t->process->errorString()));
    });
    connect(task.timer, &QTimer::timeout, this, [this, t] {
        const QString name = QFileInfo(t->program).fileName();
        taskDone(*t, trFax(QT_TRANSLATE_NOOP("Fax", "%1 did not finish within %2 s"))
                         .arg(name)
                         .arg(m_programs.timeoutMs / 1000.0));
    });
    task.timer->start(m_programs.timeoutMs);
    task.process->start(path, arguments);
    if (!input.isEmpty())
        task.process->write(input);
    task.process->closeWriteChannel();
}

void InboundRouter::taskDone(Task &task, const QString &failure)
{
    if (!task.outcome.isEmpty())
        return;
    if (task.kind == Task::Kind::Print)
        task.outcome = failure.isEmpty()
                           ? trFax(QT_TRANSLATE_NOOP("Fax", "printed on %1")).arg(task.target)
                           : trFax(QT_TRANSLATE_NOOP("Fax", "not printed on %1: %2"))
                                 .arg(task.target, failure);
    else
        task.outcome = failure.isEmpty()
                           ? trFax(QT_TRANSLATE_NOOP("Fax", "mailed to %1")).arg(task.target)
                           : trFax(QT_TRANSLATE_NOOP("Fax", "not e-mailed to %1: %2"))
                                 .arg(task.target, failure);
    if (task.timer)
        task.timer->stop();
    if (task.process) {
        // A program that overran its time is stopped; its late end changes nothing.
        QProcess *p = task.process;
        task.process = nullptr;
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            connect(p, &QProcess::finished, p, &QObject::deleteLater);
        } else {
            p->deleteLater();
        }
    }
    QTimer::singleShot(0, this, [this] { checkDone(); });
}

void InboundRouter::checkDone()
{
    if (m_finished)
        return;
    QStringList outcomes;
    for (const auto &task : m_tasks) {
        if (task->outcome.isEmpty())
            return;
        outcomes << task->outcome;
    }
    m_finished = true;
    Q_EMIT finished(outcomes);
}

void InboundRouter::abort()
{
    for (auto &task : m_tasks) {
        if (task->outcome.isEmpty())
            taskDone(*task, trFax(QT_TRANSLATE_NOOP("Fax", "the engine stopped before %1 "
                                                           "finished"))
                                .arg(QFileInfo(task->program).fileName()));
    }
    checkDone();
}

} // namespace Fax
