// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/faxmodemdriver.h"

#include "modem/class1driver.h"
#include "modem/class2driver.h"
#include "modem/modemprobe.h"

#include <QCoreApplication>

namespace Fax {

QByteArray dialDigits(const QString &number)
{
    QByteArray out;
    for (const QChar ch : number) {
        const char c = ch.toLatin1();
        if ((c >= '0' && c <= '9') || c == '*' || c == '#' || c == ',' || c == 'W' || c == 'w' ||
            c == 'P' || c == 'p' || c == '!' || c == '@' || (c == '+' && out.isEmpty()))
            out.append(c);
    }
    return out;
}

T30::Capabilities ModemConfig::defaultCapabilities()
{
    T30::Capabilities c;
    c.v27ter = true;
    c.v29 = true;
    c.v17 = true;
    c.fine = true;
    c.superfine = true;
    c.mr = true;
    c.mmr = true;
    c.ecm = true;
    c.t85 = true;
    c.t85L0 = true;                           // the decoder takes any stripe height
    c.maxLength = T30::PageLength::Unlimited; // pages go to memory, not onto paper
    // Pages are received into memory, not onto paper: no minimum scan-line time, so a sender
    // without ECM need not pad its lines (20 ms made efax's fine page take 55 s instead of 21 s).
    c.minScanMs = 0;
    return c;
}

CallOutcome dialOutcome(AtResponse::Code code, const QString &number, const QString &device)
{
    CallOutcome o;
    o.success = false;
    o.retryable = true;
    switch (code) {
    case AtResponse::Code::Busy:
        o.deviceStatus = DeviceStatus::Busy;
        o.message = QCoreApplication::translate("Fax", "The line to %1 was busy").arg(number);
        break;
    case AtResponse::Code::NoAnswer:
        o.deviceStatus = DeviceStatus::NoAnswer;
        o.message = QCoreApplication::translate("Fax", "%1 did not answer").arg(number);
        break;
    case AtResponse::Code::NoCarrier:
        o.deviceStatus = DeviceStatus::NoAnswer;
        o.message = QCoreApplication::translate("Fax", "No fax machine answered at %1 (NO CARRIER)")
                        .arg(number);
        break;
    case AtResponse::Code::NoDialTone:
        o.deviceStatus = DeviceStatus::NoDialTone;
        o.message = QCoreApplication::translate(
                        "Fax", "No dial tone on %1: is the modem connected to the phone line?")
                        .arg(device);
        break;
    case AtResponse::Code::Error:
        o.deviceStatus = DeviceStatus::BadAddress;
        o.retryable = false;
        o.message = QCoreApplication::translate(
                        "Fax", "The modem on %1 refused to dial %2 (ERROR): check the number")
                        .arg(device, number);
        break;
    default:
        o.deviceStatus = DeviceStatus::FatalError;
        o.message = QCoreApplication::translate(
                        "Fax", "The modem on %1 answered the dial command for %2 with %3")
                        .arg(device, number, resultCodeText(code));
        break;
    }
    return o;
}

std::unique_ptr<FaxModemDriver> FaxModemDriver::create(FaxClass cls, AtDialogue &at,
                                                       const ModemConfig &config)
{
    switch (cls) {
    case FaxClass::Class2:
        return std::make_unique<Class2Driver>(at, config, Class2Driver::Variant::Class2);
    case FaxClass::Class20:
        return std::make_unique<Class2Driver>(at, config, Class2Driver::Variant::Class20);
    case FaxClass::Auto:
    case FaxClass::Class1:
        break;
    }
    return std::make_unique<Class1Driver>(at, config);
}

FaxClass FaxModemDriver::chooseClass(const QStringList &classes)
{
    if (classes.contains(QStringLiteral("1")) || classes.contains(QStringLiteral("1.0")))
        return FaxClass::Class1;
    if (classes.contains(QStringLiteral("2.0")))
        return FaxClass::Class20;
    if (classes.contains(QStringLiteral("2")))
        return FaxClass::Class2;
    return FaxClass::Auto;
}

FaxClass FaxModemDriver::drivenClass(FaxClass configured, const QStringList &classes)
{
    if (configured == FaxClass::Auto)
        return chooseClass(classes);
    const bool listed = configured == FaxClass::Class1 ? chooseClass(classes) == FaxClass::Class1
                                                       : classes.contains(faxClassKey(configured));
    return listed ? configured : FaxClass::Auto;
}

Expected<FaxClass> FaxModemDriver::queryClass(AtDialogue &at, int timeoutMs)
{
    const auto r = at.command("AT+FCLASS=?", timeoutMs);
    if (!r)
        return r.error();
    if (!r->ok())
        return Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate(
                "Fax", "The modem on %1 answered AT+FCLASS=? with %2: it is no fax modem")
                .arg(at.device(), r->text));
    const QStringList classes = parseModemList(r->lines.join(QLatin1Char(',')));
    const FaxClass chosen = chooseClass(classes);
    if (chosen == FaxClass::Auto)
        return Error::make(Error::Kind::Unsupported,
                           QCoreApplication::translate(
                               "Fax", "The modem on %1 offers no fax class this program drives (it "
                                      "lists %2; wanted 1, 2.0 or 2)")
                               .arg(at.device(), classes.join(QLatin1Char(','))));
    return chosen;
}

} // namespace Fax
