#include "core/sandbox/entitytable.h"

#include <algorithm>

namespace b24 {

EntityTable::EntityTable(Generator generator, qint64 count)
    : m_generator(std::move(generator))
{
    m_ids.resize(size_t(std::max<qint64>(count, 0)));
    for (size_t i = 0; i < m_ids.size(); ++i)
        m_ids[i] = qint64(i) + 1;
    if (m_generator && count > 0) {
        // Tasks use a lower-case "id" key; learn it from the first row.
        const PhpValue first = m_generator(1);
        if (!first.find(m_idKey) && first.find(QStringLiteral("id")))
            m_idKey = QStringLiteral("id");
    }
}

size_t EntityTable::lowerBound(qint64 id) const
{
    return size_t(std::lower_bound(m_ids.begin(), m_ids.end(), id) - m_ids.begin());
}

bool EntityTable::contains(qint64 id) const
{
    const size_t i = lowerBound(id);
    return i < m_ids.size() && m_ids[i] == id;
}

PhpValue EntityTable::row(qint64 id) const
{
    if (!contains(id))
        return {};
    const auto it = m_stored.constFind(id);
    if (it != m_stored.constEnd())
        return it.value();
    return m_generator ? m_generator(id) : PhpValue();
}

qint64 EntityTable::add(const PhpValue &row)
{
    const qint64 id = m_ids.empty() ? 1 : m_ids.back() + 1;
    m_ids.push_back(id);
    // Both legacy rows and task rows carry their ID as a numeric string, first.
    PhpValue stored = PhpValue::array();
    stored.insert(m_idKey, QString::number(id));
    for (const auto &e : row.entries())
        if (e.key != m_idKey)
            stored.insert(e.key, e.value);
    m_stored.insert(id, stored);
    return id;
}

bool EntityTable::update(qint64 id, const PhpValue &fields)
{
    PhpValue current = row(id);
    if (current.isNull())
        return false;
    for (const auto &e : fields.entries())
        if (e.key != m_idKey)
            current.insert(e.key, e.value);
    m_stored.insert(id, current);
    return true;
}

bool EntityTable::remove(qint64 id)
{
    const size_t i = lowerBound(id);
    if (i >= m_ids.size() || m_ids[i] != id)
        return false;
    m_ids.erase(m_ids.begin() + qsizetype(i));
    m_stored.remove(id);
    return true;
}

} // namespace b24
