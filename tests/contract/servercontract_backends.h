// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/faxserver.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Fax::Contract {

/// One backend under the server contract. It makes servers and does to them what the server's
/// own work or another client would do, so that the contract's cases can reach every job status
/// and port state. A third backend is one more subclass and one more name in backendNames().
class Backend
{
public:
    Backend();
    virtual ~Backend();

    /// A new server on an empty queue, not connected yet.
    virtual std::unique_ptr<FaxServer> makeServer() = 0;
    /// Puts job id into status as the server's own work would (a call, a retry, another
    /// client), and returns once server has reported it (one jobChanged).
    virtual void setJobStatus(FaxServer *server, JobId id, QueueStatus status) = 0;
    /// A fax arrives whose file holds content; returns it as server announced it.
    virtual ReceivedFax receiveFax(FaxServer *server, const QByteArray &content) = 0;
    /// A call rings on port, as its line would report it.
    virtual void ring(FaxServer *server, const QString &port) = 0;

    /// A readable document of size bytes (a fresh file each time).
    QString document(qint64 size);
    /// A path in the backend's temporary folder.
    QString path(const QString &name) const { return m_tmp.filePath(name); }

protected:
    QTemporaryDir m_tmp;
    int m_files = 0;
};

/// The backends the contract runs against; readOnly adds one that may change nothing.
QStringList backendNames(bool readOnly = false);
std::unique_ptr<Backend> makeBackend(const QString &name);

} // namespace Fax::Contract
