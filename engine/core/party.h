// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Fax {

/// A sender or recipient of a fax: the personal-profile fields of FaxDoc (FAX_PERSONAL_PROFILE).
struct Party
{
    QString name;
    QString faxNumber;
    QString company;
    QString streetAddress;
    QString city;
    QString state;
    QString zip;
    QString country;
    QString title;
    QString department;
    QString officeLocation;
    QString homePhone;
    QString officePhone;
    QString email;
    QString billingCode;

    bool operator==(const Party &) const = default;
};

/// A party as compact JSON ({"name":..., only the fields that are set}), for storing it.
QByteArray partyToJson(const Party &party);
/// Reads what partyToJson() wrote; text that is not such JSON gives an empty party.
Party partyFromJson(const QByteArray &json);

} // namespace Fax
