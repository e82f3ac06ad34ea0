// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace Fax {

/// Why an operation failed: a machine-readable kind and a message that names what and why.
struct Error
{
    enum class Kind {
        None,
        InvalidArgument, ///< the caller passed something unusable (bad number, unknown key)
        NotFound,        ///< unknown job id, port name, file
        NotPermitted,    ///< a command that the object's state forbids (pause a completed job)
        Io,              ///< file system: unreadable document, unwritable spool
        Database,        ///< the job store: corrupt, locked, full
        Connection,      ///< not connected, peer unreachable, protocol failure
        Unsupported,     ///< not available in this build or backend
        Canceled         ///< stopped on request (a canceled upload, a connection closed under it)
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    static Error make(Kind k, const QString &msg) { return Error{k, msg}; }
};

/// A value or an Error (a small std::expected for C++20).
template <typename T> class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    Expected(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Success or an Error, for operations without a value.
class Result
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace Fax

Q_DECLARE_METATYPE(Fax::Error)
