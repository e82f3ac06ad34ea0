// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faxserver.h"

#include <memory>

namespace Fax {

/// A remote HylaFAX server over its client protocol (hfaxd, TCP 4559): its send queue, done
/// queue and received faxes as jobs and received faxes, its modems as ports. Live: a session of
/// its own carries the server's events (SITE TRIGGER), each followed by a fresh reading of what
/// changed; without events the state is read every few seconds. Each reading opens a session of
/// its own, since hfaxd keeps job state per session and may show a session a stale one.
/// Submissions upload the documents (cover pages rendered here), make one job per recipient in
/// one group and submit them all or none. Job defaults HylaFAX takes per job (retries, retry
/// delay, discount period, archiving, ...) are this client's settings; what the server keeps in
/// its configuration files is shown read-only with the reason.
class HylafaxServer final : public FaxServer
{
    Q_OBJECT
public:
    struct Options
    {
        /// Where this client keeps the job defaults it sends with each job (empty:
        /// faxconsole/hylafax.ini in the user's configuration folder).
        QString settingsFile;
        /// Where fetched faxes go (empty: faxconsole/hylafax/<server> in the user's cache).
        QString downloadDirectory;
        /// The engine data folder whose covers/ holds personal cover pages (empty: default).
        QString dataDirectory;
        int timeoutMs = 30000;       ///< a server silent this long is given up
        bool liveEvents = true;      ///< follow the server's events (SITE TRIGGER)
        int pollIntervalMs = 10000;  ///< reading the state without events
        int safetyPollMs = 120000;   ///< reading the whole state even with events
        int reconnectDelayMs = 2000; ///< first wait after the server went away (up to 30 s)
        int eventDelayMs = 20;       ///< events are gathered this long before a reading
        int keepAliveMs = 5 * 60000; ///< NOOP on the idle command session
    };

    explicit HylafaxServer(const ConnectionSettings &settings, QObject *parent = nullptr);
    HylafaxServer(const ConnectionSettings &settings, const Options &options,
                  QObject *parent = nullptr);
    ~HylafaxServer() override;

    /// The settings without the password.
    ConnectionSettings connectionSettings() const override;
    ConnectionState state() const override;
    /// Submit, job control (no restart of finished jobs), removal and fetching received faxes;
    /// modems switched on and off by administrators; no ports added or removed here, no Answer
    /// Now; the server's own configuration read-only.
    ServerCapabilities capabilities() const override;
    void disconnectFromServer() override;

    /// True while the server's event stream runs (otherwise its state is polled).
    bool hasLiveEvents() const;
    /// True when the server granted administrator rights to this connection.
    bool isAdministrator() const;
    /// Reads the server's whole state again now.
    void refresh();

Q_SIGNALS:
    /// A reading of the server's state was applied to the cache (tests, benchmarks).
    void stateRead();
    /// The event stream started (true) or stopped (false).
    void liveEventsChanged(bool live);

protected:
    void startConnect(FaxOperation *op) override;
    void startSetSettings(FaxOperation *op, const ServerSettings &settings) override;
    void startSubmit(SubmitOperation *op, const FaxDocument &document) override;
    void startJobCommand(FaxOperation *op, JobId id, JobCommand command) override;
    void startRemoveJob(FaxOperation *op, JobId id) override;
    void startUpdatePort(FaxOperation *op, const Port &port) override;
    void startFetchReceivedFax(FetchOperation *op, qint64 id) override;

private:
    class Private;
    friend class Private;
    std::unique_ptr<Private> d;
};

} // namespace Fax
