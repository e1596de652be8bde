#pragma once

#include "core/sandbox/phpvalue.h"

#include <QHash>

#include <functional>
#include <vector>

namespace b24 {

// One entity's rows: a sorted ID vector plus rows regenerated on demand from the seed; only
// added or edited rows are stored. A million rows cost ~8 MB, and keyset pages binary-search.
class EntityTable
{
public:
    using Generator = std::function<PhpValue(qint64 id)>;

    EntityTable() = default;
    EntityTable(Generator generator, qint64 count);

    qint64 size() const { return qint64(m_ids.size()); }
    const std::vector<qint64> &ids() const { return m_ids; }
    bool contains(qint64 id) const;
    PhpValue row(qint64 id) const; // null when absent

    qint64 add(const PhpValue &row); // assigns the next ID, stores row["ID"]
    bool update(qint64 id, const PhpValue &fields);
    bool remove(qint64 id);

    // Index of the first ID >= id (for keyset filters).
    size_t lowerBound(qint64 id) const;

private:
    Generator m_generator;
    std::vector<qint64> m_ids;
    QHash<qint64, PhpValue> m_stored;
    QString m_idKey = QStringLiteral("ID");
};

} // namespace b24
