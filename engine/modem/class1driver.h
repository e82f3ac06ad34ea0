// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modem/faxmodemdriver.h"

#include <QMap>

namespace Fax {

/// Drives a T.30 session over a Class 1 (T.31) modem: executes the session's actions as AT
/// commands (+FTH/+FRH for V.21 HDLC frames, +FTM/+FRM for TCF and page data, +FTS/+FRS for
/// the silences between them) and feeds what the modem reports back as events. Blocking; runs
/// on the port's thread.
class Class1Driver final : public FaxModemDriver
{
public:
    Class1Driver(AtDialogue &at, const ModemConfig &config);
    Q_DISABLE_COPY_MOVE(Class1Driver)

    FaxClass faxClass() const override { return FaxClass::Class1; }
    /// Runs a T.30 sender for spec (offering spec.capabilities, ECM if they have it).
    CallOutcome send(const SendSpec &spec, const ModemCallHooks &hooks) override;
    /// Runs a T.30 receiver offering the config's capabilities.
    T30::Outcome receive(const QString &csid, const ModemCallHooks &hooks) override;
    QString remoteId() const override;
    const QStringList &log() const override { return m_log; }
    QList<QByteArray> listenCommands() const override { return m_config.initCommands; }

    /// Initialises the modem (recovering it once if it does not answer), dials, runs the
    /// sender to the end and hangs up.
    CallOutcome send(const QString &number, T30::T30Sender &session, const ModemCallHooks &hooks);
    /// Answers (ATA) and runs the receiver to the end.
    T30::Outcome receive(T30::T30Receiver &session, const ModemCallHooks &hooks);
    /// Runs a connected session: after ATD's CONNECT the modem is receiving HDLC (as after
    /// +FRH=3), after ATA's CONNECT it is transmitting HDLC (as after +FTH=3).
    T30::Outcome run(T30::T30Session &session, const ModemCallHooks &hooks, bool answered);

    /// Bytes as Class 1 sends them: every DLE doubled.
    static QByteArray dleStuff(const QByteArray &data);

private:
    T30::Outcome runSession(T30::T30Session &session, const ModemCallHooks &hooks, bool answered);
    enum class Last { None, Receive, TransmitV21, TransmitHighSpeed };
    Result initialize();
    Result sendFrames(const QList<T30::Frame> &frames);
    Result sendHighSpeed(const T30::Rate &rate, const QByteArray &data, bool shortTrain);
    Result prepareTransmit(Last mode);
    T30::Event receiveFrame();
    T30::Event receiveHighSpeed(const T30::Action &action);
    void cancelReceive();
    bool nextDeadline(T30::Timer *timer, qint64 *deadline) const;
    bool aborted() const;
    void note(const QString &line);
    Error modemError(const QString &what) const;

    AtDialogue &m_at;
    ModemConfig m_config;
    QMap<T30::Timer, qint64> m_deadlines;
    Last m_last = Last::None;
    bool m_implicitReceive = false;
    bool m_implicitTransmit = false;
    bool m_sawFrame = false;
    QString m_lineFailure; // set by receiveFrame() when the modem has lost the call
    const std::atomic_bool *m_abort = nullptr;
    int m_firstPage = 0; // the job's page a send starts with, for the page numbers shown
    const T30::T30Session *m_session = nullptr; // while run() runs
    QString m_remoteId;                         // of the last session run
    QStringList m_log;
};

} // namespace Fax
