// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxdocument.h"
#include "core/party.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fax {

/// The groups of fields, as the editor's Insert menu shows them.
enum class CoverFieldGroup { Recipient, Sender, Message };

/// One field a cover page text can name: {recipient.name}, {message.subject}, ...
struct CoverFieldInfo
{
    QString key;
    CoverFieldGroup group;
    const char *name; ///< display name, untranslated (context "Fax")

    /// The display name in the user's language ("Recipient Name").
    QString displayName() const;
};

/// The values a cover page is filled with: what the fax document, the recipient's job and the
/// send say. A plain struct the send path fills (from FaxDocument, Party and Job).
struct CoverFields
{
    Party recipient;
    Party sender;
    QString subject;
    QString note;
    QDateTime sent;      ///< date and time sent; invalid: both fields empty
    int pages = 0;       ///< pages of the fax, the cover counted; 0: unknown (field empty)
    int attachments = 0; ///< documents sent with the cover
    QLocale locale;      ///< formats the date and time

    /// The fields of a fax document for one of its recipients: sender, subject and note from
    /// the document, one attachment per file; sent and pages (the cover counted) as the send
    /// knows them.
    static CoverFields forRecipient(const FaxDocument &document, const Party &recipient,
                                    const QDateTime &sent, int pages);

    /// The value of the field key; std::nullopt for a key that is no field.
    std::optional<QString> value(const QString &key) const;

    /// Plausible values for every field, for the editor's preview and template thumbnails.
    static CoverFields sample();
    /// Every field, in the order of the Insert menu.
    static const QList<CoverFieldInfo> &catalogue();
    /// The field with this key, or nullptr.
    static const CoverFieldInfo *find(const QString &key);
    static QString groupName(CoverFieldGroup group);
};

/// Field placeholders in cover page texts: "{key}" or "{key|text when empty}"; "{{" and "}}"
/// are literal braces; a placeholder that names no field stays as written.
namespace CoverText {

/// "{key}".
QString placeholder(const QString &key);
/// The field keys a text names, in order, each once (placeholders naming no field left out).
QStringList fieldKeys(const QString &text);
/// text with each placeholder replaced by its value. With dropEmptyLines, a line that names
/// fields all of which are empty is left out.
QString fill(const QString &text, const CoverFields &fields, bool dropEmptyLines = false);
/// text as the editor shows it: each placeholder as "[Display Name]".
QString design(const QString &text);

} // namespace CoverText
} // namespace Fax
