// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modem/class2pagestatus.h"
#include "modem/faxmodemdriver.h"

#include <optional>

namespace Fax {

/// Drives a fax modem in Class 2 (EIA/TIA-592, "+FCLASS=2") or Class 2.0 (ITU-T T.32,
/// "+FCLASS=2.0"): the modem runs T.30 itself and the host steps it with +F commands (+FDT to
/// send a page, +FDR to receive one) and reads its reports (+FCS, +FPS, +FHS ...). A page ends
/// as each standard says: Class 2.0 with <DLE> and the post-page message (",", ";" or "."),
/// Class 2 with <DLE><ETX> and AT+FET=<ppm>. What the far end answered is settled by
/// Class2PageStatus from the result code, any +FPS:/+FPTS: report and AT+FPS?/AT+FPTS?; a page
/// whose answer stays unknown ends the call with DeviceStatus::OutcomeUnknown. Blocking; runs
/// on the port's thread. Page data crosses the serial line in "direct" bit order (+FBO=0: the
/// first bit on the line is each octet's LSB), the order ModemCallHooks use, unless the port
/// asks for reversed order or the modem reports (AT+FBO?) that it keeps reversed order.
class Class2Driver final : public FaxModemDriver
{
public:
    enum class Variant { Class2, Class20 };

    Class2Driver(AtDialogue &at, const ModemConfig &config, Variant variant);
    Q_DISABLE_COPY_MOVE(Class2Driver)

    FaxClass faxClass() const override
    {
        return m_variant == Variant::Class20 ? FaxClass::Class20 : FaxClass::Class2;
    }
    /// Initialises the modem (offering spec.capabilities), dials, sends every page
    /// hooks.pageData gives (coded for the parameters the modem reports in +FCS) and hangs up.
    /// pagesConfirmed counts the pages the far end confirmed.
    CallOutcome send(const SendSpec &spec, const ModemCallHooks &hooks) override;
    /// Answers (ATA) a ringing call and receives until the modem reports +FHS.
    T30::Outcome receive(const QString &csid, const ModemCallHooks &hooks) override;
    /// The far end's id as the modem reported it (+FCI/+FCSI, +FTI/+FTSI); empty if none.
    QString remoteId() const override { return m_remoteId; }
    const QStringList &log() const override { return m_log; }
    QList<QByteArray> listenCommands() const override
    {
        return classInitCommands(m_config, m_variant);
    }

    /// The commands that put a modem in this class (base init without +FCLASS, then +FCLASS),
    /// for a line that waits for RING.
    static QList<QByteArray> classInitCommands(const ModemConfig &config, Variant variant);
    /// The variant of a Class 2 or 2.0; nullopt for Class 1 and Auto.
    static std::optional<Variant> variantOf(FaxClass cls);

    /// Session parameters as +FCC/+FIS/+FCS write them: VR,BR,WD,LN,DF,EC,BF,ST.
    static QByteArray capabilityParams(const T30::Capabilities &caps, Variant variant);
    static QByteArray wantedParams(const T30::Capabilities &caps, FaxResolution resolution,
                                   Variant variant);
    /// Parses a +FCC=?/+FDCC=? answer ("(0,1),(0-5),...") into the values each position takes.
    static QList<QList<int>> parseRanges(const QString &answer, Variant variant);
    /// params with every value the modem does not take lowered to the next one it does.
    static QByteArray clampParams(const QByteArray &params, const QList<QList<int>> &ranges,
                                  Variant variant);
    /// Parses the value list of +FCS/+FDCS (after the colon); nullopt when unusable.
    static std::optional<T30::SessionParams> parseSessionParams(const QString &values,
                                                                Variant variant);
    /// A hangup status as a number in Class 2's decimal scheme: Class 2.0 reports the same
    /// codes renumbered in hexadecimal ("+FHS:A1" is Class 2's 101); Class 2.0 modems that
    /// report in decimal ("+FHS:101") are read too. -1 when unreadable.
    static int hangupCode(const QString &value, Variant variant);
    /// What a hangup code means ("DCS sent 3 times without response").
    static QString hangupText(int code);
    /// The outcome of a send the modem ended with this hangup code.
    static CallOutcome hangupOutcome(int code, const QString &reported, const QString &number,
                                     const QString &device);

private:
    struct Reports
    {
        std::optional<QString> hangup; // "+FHS:xx" value as reported
        std::optional<T30::SessionParams> params;
        std::optional<int> ppr;      // +FPS/+FPTS first value
        std::optional<int> postPage; // +FET value (receiver)
        std::optional<QString> remoteId;
        bool connected = false; // +FCO/+FCON
    };

    /// What one page's end brought: the evidence about the far end's answer, and the result.
    struct PageEnd
    {
        Class2PageStatus::Evidence evidence;
        Expected<AtResponse> result = AtResponse{};
        std::optional<QString> hangup;     ///< the +FHS/+FHNG value with the page's answer
        std::optional<QString> lateHangup; ///< one that came after it (with AT+FPS?)
    };

    QByteArray name(const char *class20, const char *class2) const;
    /// Ends the page whose data was written: <DLE><ppm> (Class 2.0), or <DLE><ETX> and
    /// AT+FET=<ppm> (Class 2), then asks AT+FPS?/AT+FPTS? when the answer needs it.
    PageEnd endPage(const QByteArray &stuffedData, int ppm, int timeoutMs);
    Result initialize(bool receiving, const QString &localId, FaxResolution resolution,
                      const T30::Capabilities &caps);
    Reports scan(const QStringList &lines);
    /// abortable: a user's stop ends the wait (the modem is then hung up by DTR).
    Expected<AtResponse> command(const QByteArray &cmd, int timeoutMs, bool abortable = false);
    bool waitForXon(int timeoutMs);
    void abortSession();
    void finishCall(bool modemFailed);
    bool aborted() const;
    void note(const QString &line);

    AtDialogue &m_at;
    ModemConfig m_config;
    Variant m_variant;
    std::optional<T30::SessionParams> m_params;
    bool m_reversed = false; ///< page data crosses the serial line MSB-first (+FBO bit 0)
    int m_firstPage = 0;     ///< the job's page the call starts with, for page numbers shown
    QString m_remoteId;
    QString m_hangup; // the last +FHS/+FHNG value
    const std::atomic_bool *m_abort = nullptr;
    QStringList m_log;
};

} // namespace Fax
