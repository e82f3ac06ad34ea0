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

    /// Why this backend cannot put a job into status (a real server does only what its own
    /// work does); empty when setJobStatus() can. The cases leave such statuses out.
    virtual QString unreachable(QueueStatus status) const;
    /// True when a job command has taken effect once the call that made it returns (an engine
    /// in this process), false when it travels to a server first: then a server that goes
    /// away meanwhile may tell it as canceled.
    virtual bool commandsTakeEffectAtOnce() const { return true; }

    /// A readable document of size bytes (a fresh file each time) that the backend can submit.
    virtual QString document(qint64 size);
    /// A path in the backend's temporary folder.
    QString path(const QString &name) const { return m_tmp.filePath(name); }

protected:
    QTemporaryDir m_tmp;
    int m_files = 0;
};

/// The backends the contract runs against; readOnly adds one that may change nothing (or, for
/// a real server, less than an administrator). The executable built with FAX_CONTRACT_HYLAFAX
/// runs the real HylaFAX server's backends, the other the rest.
QStringList backendNames(bool readOnly = false);
/// Why the backend cannot run on this machine (its rows are skipped); empty when it can.
QString unavailableReason(const QString &name);
std::unique_ptr<Backend> makeBackend(const QString &name);

/// The real HylaFAX server (servercontract_hylafax.cpp): its administrator alice, or bob.
std::unique_ptr<Backend> makeHylafaxBackend(bool admin);
QString hylafaxUnavailableReason();

} // namespace Fax::Contract
