// SPDX-License-Identifier: GPL-3.0-or-later
#include "party.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Fax {

namespace {

/// Every field of a Party with its JSON key.
const std::pair<const char *, QString Party::*> kFields[] = {
    {"name", &Party::name},
    {"faxNumber", &Party::faxNumber},
    {"company", &Party::company},
    {"streetAddress", &Party::streetAddress},
    {"city", &Party::city},
    {"state", &Party::state},
    {"zip", &Party::zip},
    {"country", &Party::country},
    {"title", &Party::title},
    {"department", &Party::department},
    {"officeLocation", &Party::officeLocation},
    {"homePhone", &Party::homePhone},
    {"officePhone", &Party::officePhone},
    {"email", &Party::email},
    {"billingCode", &Party::billingCode},
};

} // namespace

QByteArray partyToJson(const Party &party)
{
    QJsonObject o;
    for (const auto &[key, member] : kFields) {
        if (!(party.*member).isEmpty())
            o.insert(QLatin1String(key), party.*member);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Party partyFromJson(const QByteArray &json)
{
    Party party;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (const auto &[key, member] : kFields)
        party.*member = o.value(QLatin1String(key)).toString();
    return party;
}

} // namespace Fax
