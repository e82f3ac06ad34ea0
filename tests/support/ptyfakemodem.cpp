// SPDX-License-Identifier: GPL-3.0-or-later
#include "ptyfakemodem.h"

#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace Fax::Test {

PtyFakeModem::PtyFakeModem(Behaviour behaviour, QObject *parent)
    : QObject(parent), m_behaviour(behaviour)
{
}

PtyFakeModem::~PtyFakeModem()
{
    delete m_notifier;
    if (!m_link.isEmpty() && QFileInfo(m_link).isSymLink())
        QFile::remove(m_link);
    if (m_slaveKeeper >= 0)
        ::close(m_slaveKeeper);
    if (m_master >= 0)
        ::close(m_master);
}

QString PtyFakeModem::open(const QString &link)
{
    auto failure = [](const char *what) {
        return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                            QString::fromLocal8Bit(std::strerror(errno)));
    };
    m_master = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_master < 0)
        return failure("cannot open a pseudo-terminal");
    if (grantpt(m_master) != 0 || unlockpt(m_master) != 0)
        return failure("cannot unlock the pseudo-terminal");
    char name[128];
    if (ptsname_r(m_master, name, sizeof name) != 0)
        return failure("cannot name the pseudo-terminal");
    m_slaveKeeper = ::open(name, O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_slaveKeeper < 0)
        return failure("cannot open the pseudo-terminal's slave");
    termios tio{};
    tcgetattr(m_slaveKeeper, &tio);
    cfmakeraw(&tio);
    tio.c_cflag |= CLOCAL | CREAD;
    tcsetattr(m_slaveKeeper, TCSANOW, &tio);
    if (QFileInfo(link).isSymLink())
        QFile::remove(link);
    if (::symlink(name, QFile::encodeName(link).constData()) != 0)
        return failure("cannot make the device link");
    m_link = link;
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this, &PtyFakeModem::readHost);
    return {};
}

void PtyFakeModem::readHost()
{
    char buf[256];
    for (;;) {
        const ssize_t n = ::read(m_master, buf, sizeof buf);
        if (n <= 0)
            break;
        m_pending.append(buf, n);
    }
    for (qsizetype end = m_pending.indexOf('\r'); end >= 0; end = m_pending.indexOf('\r')) {
        const QByteArray line = m_pending.left(end).trimmed();
        m_pending.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        m_commands << QString::fromLatin1(line);
        Q_EMIT commandReceived(m_commands.last());
        if (m_behaviour == Behaviour::AnswerError) {
            const QByteArray reply = "\r\nERROR\r\n";
            (void)!::write(m_master, reply.constData(), size_t(reply.size()));
        }
    }
}

} // namespace Fax::Test
