// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "hylafaxlisting.h"
#include "hylafaxsession.h"

#include <QObject>

namespace Fax {

/// The live events of a HylaFAX server: a session of its own that registers a trigger for every
/// job, send, receive and modem event (SITE TRIGGER J*S*R*M*) and reads the event lines as they
/// come. The data connection is an active one (PORT/EPRT): over a passive one hfaxd 6.0.7
/// delivers no events. Events may be lost while the stream (re)starts, so its owner re-reads
/// the server's state after started().
class HylafaxTriggerStream final : public QObject
{
    Q_OBJECT
public:
    explicit HylafaxTriggerStream(const HylafaxAccount &account, QObject *parent = nullptr);
    ~HylafaxTriggerStream() override;

    /// Opens the session and registers the trigger; started() or stopped() follows.
    void start();
    /// Ends the stream without a signal.
    void stop();
    /// True from started() until stopped().
    bool isRunning() const { return m_running; }

    /// The trigger specification: every event of every class.
    static QByteArray specification();

Q_SIGNALS:
    /// The trigger is registered and events flow.
    void started();
    /// One event line of the server, parsed.
    void eventReceived(const Fax::HylafaxEvent &event);
    /// The stream ended: the connection dropped, the server refused the trigger, ...
    void stopped(const Fax::Error &error);

private:
    void end(const Error &error);

    HylafaxAccount m_account;
    HylafaxSession *m_session = nullptr;
    bool m_running = false;
};

} // namespace Fax
