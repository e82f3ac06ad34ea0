// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"
#include "core/result.h"

#include <QString>

#include <functional>
#include <optional>

namespace Fax {

/// The passwords of server connections, for the console and faxctl alike. A password is kept in
/// the desktop's keyring (Secret Service, KWallet: through QtKeychain) and nowhere else: never in
/// a settings file, never in plain text. Where no keyring runs (a server without a desktop
/// session), nothing is stored and the password is asked for (or taken from
/// $FAXCONSOLE_PASSWORD) each time.
namespace PasswordStore {

/// Where lookup() found a password.
enum class Source {
    None,        ///< nowhere: it has to be asked for
    Given,       ///< in the connection settings (typed into the dialog, in the URL)
    Environment, ///< $FAXCONSOLE_PASSWORD
    Keyring      ///< the desktop keyring
};

/// The keyring's name for the password of settings: "hylafax://user@host:port".
QString keyFor(const ConnectionSettings &settings);

/// Finds the password for settings, in this order: the settings' own, $FAXCONSOLE_PASSWORD, the
/// keyring. done gets it (empty with Source::None when there is none) and, when the keyring could
/// not be asked, why (empty otherwise). done may be called before this returns.
void lookup(
    const ConnectionSettings &settings,
    std::function<void(const QString &password, Source source, const QString &problem)> done);
/// The same, waiting up to timeoutMs for the keyring (for faxctl).
QString lookupNow(const ConnectionSettings &settings, Source *source = nullptr,
                  QString *problem = nullptr, int timeoutMs = 10000);

/// Keeps password in the keyring for settings. Fails with Unsupported, saying why, where no
/// keyring runs; the password is then stored nowhere.
void store(const ConnectionSettings &settings, const QString &password,
           std::function<void(const Result &result)> done);
Result storeNow(const ConnectionSettings &settings, const QString &password, int timeoutMs = 10000);
/// Removes the keyring's password for settings (no error when there is none).
void forget(const ConnectionSettings &settings, std::function<void(const Result &result)> done);
Result forgetNow(const ConnectionSettings &settings, int timeoutMs = 10000);

/// Reads a password typed on the controlling terminal without echoing it (faxctl); nullopt when
/// standard input is no terminal.
std::optional<QString> promptOnTerminal(const QString &prompt);

} // namespace PasswordStore
} // namespace Fax
