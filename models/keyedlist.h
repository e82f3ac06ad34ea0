// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

#include <algorithm>
#include <limits>

namespace Fax {

namespace Detail {
template <typename Member> struct MemberOf;
template <typename Class, typename Type> struct MemberOf<Type Class::*>
{
    using Value = Class;
    using Key = Type;
};
} // namespace Detail

/// A model's rows: values kept in arrival order with an index from each value's key (the data
/// member KeyMember, e.g. &Job::id) to its row. Rows are appended at the end and removed anywhere.
template <auto KeyMember> class KeyedList
{
public:
    using Value = typename Detail::MemberOf<decltype(KeyMember)>::Value;
    using Key = typename Detail::MemberOf<decltype(KeyMember)>::Key;

    /// Replaces all rows.
    void reset(QList<Value> values)
    {
        m_values = std::move(values);
        // Pay for the copy now rather than on the first change (the list may be shared).
        m_values.detach();
        m_rows.clear();
        m_rows.reserve(m_values.size());
        for (int row = 0; row < m_values.size(); ++row)
            m_rows.insert(m_values.at(row).*KeyMember, row);
        m_staleFrom = std::numeric_limits<int>::max();
        m_removedSinceRebuild = 0;
    }

    int size() const { return int(m_values.size()); }
    const QList<Value> &values() const { return m_values; }
    const Value &at(int row) const { return m_values.at(row); }
    /// For changing a row in place; its key must stay as it is.
    Value &operator[](int row) { return m_values[row]; }
    /// The value in row, or nullptr when row is out of range.
    const Value *value(int row) const
    {
        return row >= 0 && row < m_values.size() ? &m_values.at(row) : nullptr;
    }

    /// The row of key, or -1.
    int rowOf(const Key &key) const
    {
        const auto it = m_rows.find(key);
        if (it == m_rows.end())
            return -1;
        const int stored = *it;
        if (stored < m_staleFrom)
            return stored;
        // Rows only move towards the front, by one per removal since the entry was exact.
        const int high = std::min(stored, size() - 1);
        const int low = std::max(m_staleFrom, stored - m_removedSinceRebuild);
        for (int r = high; r >= low; --r) {
            if (m_values.at(r).*KeyMember == key) {
                *it = r;
                return r;
            }
        }
        Q_ASSERT_X(false, "KeyedList::rowOf", "row index out of step with the list");
        return -1;
    }

    void append(const Value &value)
    {
        m_rows.insert(value.*KeyMember, size());
        m_values.append(value);
    }

    void removeAt(int row)
    {
        m_rows.remove(m_values.at(row).*KeyMember);
        m_values.removeAt(row);
        m_staleFrom = std::min(m_staleFrom, row);
        if (++m_removedSinceRebuild >= RebuildAfter)
            rebuildIndex();
    }

private:
    static constexpr int RebuildAfter = 64;

    void rebuildIndex()
    {
        for (int r = m_staleFrom; r < m_values.size(); ++r)
            m_rows[m_values.at(r).*KeyMember] = r;
        m_staleFrom = std::numeric_limits<int>::max();
        m_removedSinceRebuild = 0;
    }

    QList<Value> m_values;
    // Removals do not renumber the index at once: entries at or after m_staleFrom may be too high
    // by up to m_removedSinceRebuild rows, and rowOf() corrects them on use. The index is
    // renumbered after every RebuildAfter removals, so a removal costs O(n/64).
    mutable QHash<Key, int> m_rows;
    int m_staleFrom = std::numeric_limits<int>::max();
    int m_removedSinceRebuild = 0;
};

} // namespace Fax
