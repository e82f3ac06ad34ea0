#include "modem/class1line.h"

#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"
#include "modem/class2driver.h"
#include "modem/faxpagesource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

namespace Fax {

namespace {

constexpr int OpenRetryMs = 30 * 1000;  // a port that cannot be opened is tried again
constexpr int ListenSliceMs = 300;      // how long one wait for RING blocks the port thread
constexpr qint64 RingGapMs = 10 * 1000; // no RING for this long: the caller gave up

PortState portState(DeviceStatus s)
{
    switch (s) {
    case DeviceStatus::Initializing:
        return PortState::Initializing;
    case DeviceStatus::Dialing:
        return PortState::Dialing;
    case DeviceStatus::Receiving:
        return PortState::Receiving;
    default:
        return PortState::Sending;
    }
}

// The fax class a line drives: config.modemClass, or for "auto" what the modem offers (asked
// once with AT+FCLASS=?). Empty while "auto" is unanswered.
QString chooseClass(const ModemConfig &config, AtDialogue &at, QString *why)
{
    if (config.modemClass != QLatin1String("auto"))
        return config.modemClass;
    const auto chosen = Class2Driver::queryClass(at, config.commandTimeoutMs);
    if (!chosen) {
        if (why)
            *why = chosen.error().message;
        return {};
    }
    return *chosen;
}

// Runs on the port thread: everything from converting the documents to hanging up. config's
// class is resolved ("1", "2", "2.0") or "auto"; *usedClass says which class the call used.
CallOutcome runSend(const ModemConfig &config, const SendRequest &request,
                    const std::atomic_bool *abort,
                    const std::function<void(DeviceStatus, int, int, const QString &)> &progress,
                    QString *usedClass)
{
    CallOutcome outcome;
    outcome.deviceStatus = DeviceStatus::FatalError;
    QTemporaryDir work;
    if (!work.isValid()) {
        outcome.message =
            QCoreApplication::translate("Fax", "Cannot create a working folder for job %1: %2")
                .arg(request.job.id)
                .arg(work.errorString());
        return outcome;
    }
    FaxPageSource pages;
    if (Result r = pages.load(request.files, work.filePath(QStringLiteral("job.tif"))); !r) {
        outcome.retryable = false;
        outcome.message = r.error().message;
        return outcome;
    }
    const int total = pages.pageCount();
    SerialTransport transport(config.serial);
    if (Result r = transport.open(); !r) {
        outcome.message = r.error().message;
        return outcome;
    }
    AtDialogue at(&transport);
    ModemConfig callConfig = config;
    if (request.pulseDialing)
        callConfig.dialCommand = "ATDP";
    // An "auto" modem that did not answer the question gets Class 1's errors.
    callConfig.modemClass = chooseClass(config, at, nullptr);
    if (callConfig.modemClass.isEmpty())
        callConfig.modemClass = QStringLiteral("1");
    else if (usedClass)
        *usedClass = callConfig.modemClass;
    Class1Hooks hooks;
    hooks.abort = abort;
    hooks.pageData = [&](int n, const T30::SessionParams &params, T30::PageEnd *end) {
        *end = n + 1 < total ? T30::PageEnd::MorePages : T30::PageEnd::LastPage;
        return pages.page(n, params);
    };
    hooks.progress = [&](DeviceStatus s, int done, const QString &text) {
        progress(s, done, total, text);
    };
    const QString number =
        request.dialString.isEmpty() ? request.job.recipientNumber : request.dialString;
    if (const auto variant = Class2Driver::variantFromKey(callConfig.modemClass)) {
        Class2Driver driver(at, callConfig, *variant);
        outcome = driver.send(number, request.tsid, pages.resolution(), hooks);
    } else {
        Class1Driver driver(at, callConfig);
        T30::SendPreferences prefs;
        prefs.local = config.capabilities;
        prefs.resolution = pages.resolution();
        prefs.length = pages.pageLength();
        prefs.allowEcm = config.capabilities.ecm;
        T30::T30Sender session(request.tsid, prefs);
        outcome = driver.send(number, session, hooks);
    }
    transport.close();
    return outcome;
}

struct ReceivedPage
{
    QByteArray data; // LSB-first, as the line carried it
    T30::SessionParams params;
};

// Writes the received pages as a fax TIFF in directory; fills fax (file, pages, resolution).
Result writeReceived(const QString &directory, const QList<ReceivedPage> &pages, ReceivedFax *fax,
                     QString *problems)
{
    if (!QDir().mkpath(directory))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Fax", "Cannot create the folder %1 for received faxes")
                .arg(directory));
    const QString stamp = fax->receiveTime.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString safePort = fax->port;
    for (QChar &c : safePort) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    QString path;
    for (int n = 0;; ++n) {
        path = QDir(directory).filePath(
            QStringLiteral("fax-%1-%2%3.tif")
                .arg(stamp, safePort, n == 0 ? QString() : QStringLiteral("-%1").arg(n)));
        if (!QFileInfo::exists(path))
            break;
    }
    FaxTiffWriter writer(path);
    if (Result r = writer.open(FaxTiffProperties::fromReceivedFax(*fax), int(pages.size())); !r)
        return r;
    for (int i = 0; i < pages.size(); ++i) {
        const ReceivedPage &p = pages.at(i);
        FaxCodec::DecodeOptions o;
        o.compression = p.params.compression;
        o.width = p.params.width;
        o.yDpi = linesPerInch(p.params.resolution);
        o.lsbFirst = true;
        const auto decoded = FaxCodec::decode(p.data, o);
        if (!decoded) {
            problems->append(
                QCoreApplication::translate("Fax", "page %1 could not be decoded (%2); ")
                    .arg(i + 1)
                    .arg(decoded.error().message));
            fax->partial = true;
            continue;
        }
        FaxPage page;
        page.image = decoded->image;
        page.yDpi = o.yDpi;
        if (Result r = writer.addPage(page, FaxCompression::Mmr, decoded->badLines,
                                      decoded->longestBadRun);
            !r)
            return r;
        fax->yResolution = o.yDpi;
    }
    if (writer.pagesWritten() == 0)
        return Error::make(Error::Kind::Io, QCoreApplication::translate(
                                                "Fax", "No received page could be decoded: %1")
                                                .arg(*problems));
    if (Result r = writer.finish(); !r)
        return r;
    fax->file = path;
    fax->pages = writer.pagesWritten();
    fax->xResolution = kFaxXDpi;
    return {};
}

} // namespace

/// The port thread's side of a Class1Line: listening for calls, answering, sending.
class Class1Worker final : public QObject
{
public:
    Class1Worker(Class1Line *line, const Port &port, const ModemConfig &config,
                 std::shared_ptr<Class1LineControl> control)
        : m_line(line), m_port(port), m_config(config), m_control(std::move(control))
    {
        if (m_config.modemClass != QLatin1String("auto"))
            m_class = m_config.modemClass;
    }
    ~Class1Worker() override { closePort(); }

    void setReceiveDirectory(const QString &directory)
    {
        m_receiveDir = directory;
        resume();
    }

    /// Goes back to waiting: listening for calls, or checking that the port can be opened.
    void resume()
    {
        if (m_control->stop || m_control->pause || m_busy)
            return;
        ++m_generation;
        const bool listening = m_port.receiveMode != ReceiveMode::Off && !m_receiveDir.isEmpty();
        if (!listening) {
            closePort();
            SerialTransport probe(m_config.serial);
            if (Result r = probe.open(); !r) {
                failOpen(r.error().message);
                return;
            }
            if (m_class.isEmpty() && !m_classAsked) {
                AtDialogue at(&probe);
                askClass(at);
            }
            probe.close();
            report(PortState::Idle, classText());
            return;
        }
        if (!m_at) {
            m_transport = std::make_unique<SerialTransport>(m_config.serial);
            if (Result r = m_transport->open(); !r) {
                m_transport.reset();
                failOpen(r.error().message);
                return;
            }
            m_at = std::make_unique<AtDialogue>(m_transport.get());
            if (m_class.isEmpty() && !m_classAsked)
                askClass(*m_at);
            const auto variant = Class2Driver::variantFromKey(m_class);
            const QList<QByteArray> init = variant
                                               ? Class2Driver::classInitCommands(m_config, *variant)
                                               : m_config.initCommands;
            if (Result r = m_at->initialize(init, m_config.commandTimeoutMs); !r) {
                closePort();
                failOpen(QCoreApplication::translate(
                             "Fax", "the modem does not answer its initialisation: %1")
                             .arg(r.error().message));
                return;
            }
            // Optional: a modem without caller ID answers ERROR and still takes calls.
            (void)m_at->enableCallerId(m_config.commandTimeoutMs);
            m_rings = 0;
            report(PortState::Idle,
                   m_class.isEmpty() ? QCoreApplication::translate("Fax", "waiting for calls on %1")
                                           .arg(m_config.serial.device)
                                     : QCoreApplication::translate(
                                           "Fax", "waiting for calls on %1 (fax Class %2)")
                                           .arg(m_config.serial.device, m_class));
        }
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] { listen(generation); });
    }

    /// A send wants the port: stop listening (the send opens the port itself).
    void closePort()
    {
        m_at.reset();
        if (m_transport)
            m_transport->close();
        m_transport.reset();
    }

    void setBusy(bool busy) { m_busy = busy; }

    /// The settings a send uses: the class "auto" chose once it is known.
    ModemConfig callConfig(ModemConfig config) const
    {
        if (!m_class.isEmpty())
            config.modemClass = m_class;
        return config;
    }
    /// A send found out which class an "auto" modem has: keep it for the line.
    void classUsed(const QString &cls)
    {
        if (m_class.isEmpty() && !cls.isEmpty())
            m_class = cls;
    }

private:
    // "auto": ask the modem once which class it has (a send asks again while none is known).
    void askClass(AtDialogue &at)
    {
        m_classAsked = true;
        QString why;
        m_class = chooseClass(m_config, at, &why);
        if (m_class.isEmpty())
            m_classProblem = why;
    }

    // The port's idle text for "auto": which class was chosen, or why none was.
    QString classText() const
    {
        if (m_config.modemClass != QLatin1String("auto"))
            return {};
        if (!m_class.isEmpty())
            return QCoreApplication::translate("Fax", "fax Class %1 chosen for the modem on %2")
                .arg(m_class, m_config.serial.device);
        return m_classProblem.isEmpty()
                   ? QString()
                   : QCoreApplication::translate(
                         "Fax", "the fax class of the modem on %1 is not known yet: %2")
                         .arg(m_config.serial.device, m_classProblem);
    }

    void failOpen(const QString &reason)
    {
        report(PortState::Error,
               QCoreApplication::translate("Fax", "Port %1 cannot use the modem on %2: %3")
                   .arg(m_port.name, m_config.serial.device, reason));
        const int generation = m_generation;
        QTimer::singleShot(OpenRetryMs, this, [this, generation] {
            if (generation == m_generation)
                resume();
        });
    }

    void report(PortState state, const QString &text)
    {
        QPointer<Class1Line> line = m_line;
        QMetaObject::invokeMethod(
            m_line,
            [line, state, text] {
                if (line)
                    line->setState(state, text);
            },
            Qt::QueuedConnection);
    }

    void listen(int generation)
    {
        if (generation != m_generation || m_busy)
            return;
        if (m_control->stop || m_control->pause || !m_at) {
            closePort();
            return;
        }
        if (m_at->waitForRing(ListenSliceMs)) {
            m_rings += m_at->takeRings();
            m_lastRing.start();
            report(PortState::Ringing,
                   QCoreApplication::translate("Fax", "ringing (%1)").arg(m_rings));
            const int rings = m_rings;
            const QString callerId = m_at->callerId();
            m_callerId = callerId;
            QMetaObject::invokeMethod(
                m_line,
                [line = QPointer<Class1Line>(m_line), rings, callerId] {
                    if (line)
                        Q_EMIT line->ringing(rings, callerId);
                },
                Qt::QueuedConnection);
        } else if (m_rings > 0 && m_lastRing.isValid() && m_lastRing.elapsed() > RingGapMs) {
            m_rings = 0;
            m_callerId.clear();
            m_control->answerNow = false;
            report(PortState::Idle, QCoreApplication::translate(
                                        "Fax", "the caller hung up before the call was answered"));
        }
        const bool autoAnswer =
            m_port.receiveMode == ReceiveMode::Auto && m_rings >= qMax(1, m_port.rings);
        if (m_rings > 0 && (autoAnswer || m_control->answerNow)) {
            receiveCall();
            return;
        }
        QTimer::singleShot(0, this, [this, generation] { listen(generation); });
    }

    void receiveCall()
    {
        m_control->answerNow = false;
        m_rings = 0;
        report(PortState::Answered,
               QCoreApplication::translate("Fax", "answering on %1").arg(m_config.serial.device));
        ReceivedFax fax;
        fax.port = m_port.name;
        fax.csid = m_port.csid;
        fax.receiveTime = QDateTime::currentDateTimeUtc();
        fax.callerId = m_callerId;
        m_callerId.clear();
        QList<ReceivedPage> pages;
        Class1Hooks hooks;
        hooks.abort = &m_control->stop;
        hooks.deliverPage = [&](int, const QByteArray &data, const T30::SessionParams &params) {
            pages.append({data, params});
        };
        hooks.progress = [&](DeviceStatus, int n, const QString &text) {
            report(PortState::Receiving,
                   text.isEmpty()
                       ? QCoreApplication::translate("Fax", "receiving page %1").arg(n + 1)
                       : text);
        };
        T30::Outcome outcome;
        if (const auto variant = Class2Driver::variantFromKey(m_class)) {
            Class2Driver driver(*m_at, m_config, *variant);
            outcome = driver.receive(m_port.csid, hooks);
        } else {
            Class1Driver driver(*m_at, m_config);
            T30::T30Receiver session(m_port.csid, m_config.capabilities);
            outcome = driver.receive(session, hooks);
        }
        closePort();
        fax.tsid = outcome.remoteId;
        fax.partial = !outcome.success;
        QString message =
            outcome.success
                ? QCoreApplication::translate("Fax", "Received %1 pages from %2 on port %3")
                      .arg(outcome.pages)
                      .arg(outcome.remoteId.isEmpty()
                               ? QCoreApplication::translate("Fax", "an unknown sender")
                               : outcome.remoteId,
                           m_port.name)
                : QCoreApplication::translate("Fax", "The call received on port %1 failed: %2")
                      .arg(m_port.name, outcome.message);
        if (!pages.isEmpty()) {
            QString problems;
            if (Result r = writeReceived(m_receiveDir, pages, &fax, &problems); !r) {
                message +=
                    QLatin1String("; ") +
                    QCoreApplication::translate("Fax", "the received pages could not be stored: %1")
                        .arg(r.error().message);
            } else {
                if (!problems.isEmpty())
                    message += QLatin1String("; ") + problems;
                QMetaObject::invokeMethod(
                    m_line,
                    [line = QPointer<Class1Line>(m_line), fax, message] {
                        if (line)
                            Q_EMIT line->faxReceived(fax, message);
                    },
                    Qt::QueuedConnection);
            }
        }
        report(PortState::Idle, message);
        // Listen again once the line has settled; the next resume() reopens the port.
        const int generation = ++m_generation;
        QTimer::singleShot(1000, this, [this, generation] {
            if (generation == m_generation)
                resume();
        });
    }

    Class1Line *m_line;
    Port m_port;
    ModemConfig m_config;
    std::shared_ptr<Class1LineControl> m_control;
    QString m_receiveDir;
    std::unique_ptr<SerialTransport> m_transport;
    std::unique_ptr<AtDialogue> m_at;
    int m_rings = 0;
    QString m_callerId; // of the call ringing now
    QElapsedTimer m_lastRing;
    QString m_class; // "1", "2" or "2.0"; empty while "auto" is unanswered
    bool m_classAsked = false;
    QString m_classProblem; // why "auto" found no class
    int m_generation = 0;   // stale timers compare and do nothing
    bool m_busy = false;    // a send runs
};

Class1Call::Class1Call(QObject *parent)
    : FaxCall(parent), m_abort(std::make_shared<std::atomic_bool>(false))
{
}

void Class1Call::abort()
{
    m_abort->store(true);
}

Class1Line::Class1Line(const Port &port, const ModemConfig &config, QObject *parent)
    : FaxLine(parent), m_port(port), m_config(config),
      m_control(std::make_shared<Class1LineControl>())
{
    m_config.serial.device = port.devicePath;
    m_thread.setObjectName(QStringLiteral("modem ") + port.devicePath);
    m_worker = new Class1Worker(this, port, m_config, m_control);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::HighPriority);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->resume(); }, Qt::QueuedConnection);
}

Class1Line::~Class1Line()
{
    m_control->stop = true;
    if (m_call)
        m_call->abort();
    m_thread.quit();
    m_thread.wait();
}

void Class1Line::setReceiveDirectory(const QString &directory)
{
    FaxLine::setReceiveDirectory(directory);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, directory] { w->setReceiveDirectory(directory); },
        Qt::QueuedConnection);
}

bool Class1Line::answer()
{
    if (m_state != PortState::Ringing)
        return false;
    m_control->answerNow = true;
    return true;
}

void Class1Line::setState(PortState state, const QString &text)
{
    if (state == m_state && text == m_stateText)
        return;
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged(state, text);
}

FaxCall *Class1Line::send(const SendRequest &request)
{
    auto *call = new Class1Call(this);
    if (m_call) {
        CallOutcome busy;
        busy.deviceStatus = DeviceStatus::CallDelayed;
        busy.message =
            QCoreApplication::translate("Fax", "Port %1 is already in a call").arg(m_port.name);
        QTimer::singleShot(0, call, [this, call, busy] { callFinished(call, busy); });
        return call;
    }
    m_call = call;
    m_control->pause = true; // the port thread stops listening and lets go of the port
    setState(PortState::Initializing,
             QCoreApplication::translate("Fax", "preparing job %1").arg(request.job.id));
    const ModemConfig config = m_config;
    const auto abort = call->abortFlag();
    const auto control = m_control;
    Class1Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, control, config, request, abort, call] {
            // The call outlives this function: the line deletes it only after finished(), and
            // the line's destructor waits for this thread.
            worker->closePort();
            worker->setBusy(true);
            auto progress = [this, call](DeviceStatus s, int done, int total, const QString &text) {
                QMetaObject::invokeMethod(
                    this,
                    [this, call, s, done, total, text] {
                        setState(portState(s), text);
                        Q_EMIT call->progress(s, done, total, text);
                    },
                    Qt::QueuedConnection);
            };
            QString used;
            const CallOutcome outcome =
                runSend(worker->callConfig(config), request, abort.get(), progress, &used);
            worker->classUsed(used);
            QMetaObject::invokeMethod(
                this, [this, call, outcome] { callFinished(call, outcome); }, Qt::QueuedConnection);
            worker->setBusy(false);
            control->pause = false;
            worker->resume();
        },
        Qt::QueuedConnection);
    return call;
}

void Class1Line::callFinished(Class1Call *call, const CallOutcome &outcome)
{
    if (m_call == call) {
        m_call.clear();
        setState(PortState::Idle, outcome.message);
    }
    Q_EMIT call->finished(outcome);
    call->deleteLater();
}

ModemConfig ModemLineFactory::applyPortSettings(ModemConfig config, const Port &port)
{
    if (port.baudRate > 0)
        config.serial.baudRate = port.baudRate;
    if (port.flowControl == QLatin1String("none"))
        config.serial.flow = FlowControl::None;
    else if (port.flowControl == QLatin1String("xon-xoff"))
        config.serial.flow = FlowControl::XonXoff;
    else
        config.serial.flow = FlowControl::RtsCts;
    const QByteArray init = port.initString.trimmed().toLatin1();
    if (!init.isEmpty()) {
        // Before the class is selected: an ATZ-like init string must not undo +FCLASS=1.
        qsizetype at = config.initCommands.size();
        for (qsizetype i = 0; i < config.initCommands.size(); ++i) {
            if (config.initCommands.at(i).toUpper().startsWith("AT+FCLASS")) {
                at = i;
                break;
            }
        }
        config.initCommands.insert(at, init);
    }
    const QString cls = port.modemClass.trimmed();
    if (cls == QLatin1String("1.0"))
        config.modemClass = QStringLiteral("1");
    else if (cls == QLatin1String("auto") || cls == QLatin1String("1") ||
             cls == QLatin1String("2") || cls == QLatin1String("2.0"))
        config.modemClass = cls;
    return config;
}

std::unique_ptr<FaxLine> ModemLineFactory::create(const Port &port, QString *why)
{
    if (port.devicePath.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate(
                       "Fax", "No modem driver can run port %1: it has no serial device configured")
                       .arg(port.name);
        return nullptr;
    }
    if (!QFileInfo::exists(port.devicePath)) {
        if (why)
            *why = QCoreApplication::translate(
                       "Fax", "Port %1 cannot use the modem on %2: the device does not exist")
                       .arg(port.name, port.devicePath);
        return nullptr;
    }
    ModemConfig config = m_configs.value(port.name, m_defaults);
    if (m_usePortSettings)
        config = applyPortSettings(config, port);
    return std::make_unique<Class1Line>(port, config);
}

} // namespace Fax
