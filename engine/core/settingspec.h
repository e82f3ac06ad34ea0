// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <functional>

namespace Fax {

/// What a setting's value is: decides its editor, its text form and its checks. Values are
/// typed: int for Integer, bool for Boolean, QTime for TimeOfDay, QString for all others.
enum class SettingKind {
    Integer,    ///< whole number from minimum to maximum, maybe with a unit: a spin box
    Boolean,    ///< yes or no: a check box
    Text,       ///< one line of text (no line break), not empty when required
    TimeOfDay,  ///< local time, typed as HH:MM: a time edit
    Choice,     ///< one of the choices' values: a combo box
    StationId,  ///< T.30 station id (TSID, CSID): up to 20 digits, '+' and spaces
    FolderPath, ///< absolute folder path, or empty
    Email,      ///< one e-mail address, or empty
    DevicePath, ///< absolute path of a serial device, never empty
    Digits,     ///< dialing prefix or code: up to 10 digits, '*' and '#', or empty
    Printer     ///< name of a printer (one line), or empty for the default printer
};

/// The unit of an Integer setting, for a spin box's suffix.
enum class SettingUnit { None, Minutes, Days, Rings, BitsPerSecond };

/// The section of a settings page a setting is laid out in (SettingsSchema::serverPages() and
/// portPages() put the sections on pages, after the Fax Service Manager's property pages).
enum class SettingGroup {
    General,
    Retries,
    DiscountPeriod,
    Archive,
    InboundRouting,
    DialingRules,
    Sending,
    Receiving,
    Modem,
    CoverPages
};

/// Who sets a setting's value.
enum class SettingAccess {
    Editable, ///< the user
    ReadOnly, ///< fixed when the object is made or found by the engine (a port's name, the
              ///< modem's model); stored with the object, shown but not edited
    LiveState ///< what the engine reports now; never stored from a caller, never validated
};

/// One value a Choice setting takes, with the name a combo box shows for it.
struct SettingChoice
{
    QString value;                        ///< stable key, as stored and typed ("rts-cts")
    std::function<QString()> displayName; ///< translated ("RTS/CTS (hardware)")
};

/// What one setting is, as data: a settings page picks its editor, validator and place from it
/// without knowing the setting by name.
struct SettingDescription
{
    QString key;                             ///< stable lower-case key ("retry-delay")
    const char *labelSource = nullptr;       ///< QT_TRANSLATE_NOOP'ed in context "Fax"
    const char *descriptionSource = nullptr; ///< QT_TRANSLATE_NOOP'ed in context "Fax"
    SettingKind kind = SettingKind::Text;
    SettingGroup group = SettingGroup::General;
    SettingAccess access = SettingAccess::Editable;
    int minimum = 0; ///< Integer only
    int maximum = 0; ///< Integer only
    SettingUnit unit = SettingUnit::None;
    QList<SettingChoice> choices; ///< Choice only, in display order
    bool required = false;        ///< Text only: an empty value is not allowed
    /// Key of the Boolean setting of the same object this one serves ("archive-outbound-faxes"
    /// for "archive-directory"): while that one is off this setting is not used, so its editor
    /// is disabled and its value not checked. Empty: always used.
    QString enabledBy;

    /// Short translated label a settings page shows next to the editor ("Retry delay").
    QString label() const;
    /// One translated line on what the setting does.
    QString description() const;
    /// Translated unit of an Integer ("minutes"); empty without a unit.
    QString unitText() const;
    /// Translated description of the values allowed ("whole number from 0 to 99").
    QString allowedText() const;
    bool isReadOnly() const { return access != SettingAccess::Editable; }
    /// Translated reason this setting is not used while controller (the setting enabledBy
    /// names) is off ("Used only when 'Archive sent faxes' is on").
    static QString unusedReason(const SettingDescription &controller);
    /// The type a value of this setting has in a QVariant (see SettingKind).
    QMetaType valueType() const;

    /// What is wrong with a typed value, translated and naming the value; empty when it is
    /// allowed.
    QString fault(const QVariant &value) const;
    /// Checks a typed value; the error names the key, the value and what is allowed.
    Result check(const QVariant &value) const;
    /// Parses text as a user types it (surrounding spaces ignored, keys of choices in any case,
    /// paths cleaned) into the typed value; the error names the key, the text and what is allowed.
    Expected<QVariant> parse(const QString &text) const;
    /// A typed value as text that parse() takes back ("yes", "07:30").
    QString text(const QVariant &value) const;

    /// Text form of a boolean ("yes"/"no").
    static QString boolText(bool value);
};

/// A setting of the struct T: its description and typed access to the field it stands for.
template <typename T> struct SettingSpec : SettingDescription
{
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set; ///< stores a value as it is, unchecked

    /// Checks value and stores it in target; on failure target is unchanged.
    Result assign(T &target, const QVariant &value) const
    {
        if (Result r = check(value); !r)
            return r;
        set(target, value);
        return {};
    }
};

} // namespace Fax
