#pragma once

#include "core/sandbox/entitytable.h"

#include <QSet>
#include <QStringList>

#include <limits>

#include <optional>
#include <vector>

namespace b24 {

// Filter, order and the fixed 50-row page over an EntityTable (docs/protocol.md §4.4, §10.8). Field names
// match loosely (case and '_' ignored) so ">ID" works on tasks' "id" and "stageId" on STAGE_ID. An ID-only
// filter ordered by ID is answered by binary search: O(log n + 50) per page.
class ListQuery
{
public:
    static constexpr int PageSize = 50;

    struct Page
    {
        std::vector<PhpValue> rows;
        std::optional<qint64> next;
        qint64 total = 0;
    };

    ListQuery(const EntityTable &table, const PhpValue &filter, const PhpValue &order);
    // start < 0: first page without counting (no next, total 0).
    Page page(qint64 start) const;

    static bool matches(const PhpValue &row, const PhpValue &filter);
    // Sorts rows by an `order` map ({FIELD: ASC|DESC, ...}), stable.
    static void sort(std::vector<PhpValue> &rows, const PhpValue &order);
    static const PhpValue *field(const PhpValue &row, const QString &name);
    static QString normalised(const QString &name);
    // ">=ID" -> (">=", "ID").
    static QString splitKey(const QString &key, QString &name);

private:
    struct IdRange
    {
        qint64 low = std::numeric_limits<qint64>::min();  // inclusive
        qint64 high = std::numeric_limits<qint64>::max(); // inclusive
    };
    bool idOnly(IdRange &range) const;
    // The IDs an AND filter lists ("@ID": [...], "ID": [...]); every matching row is among them.
    std::optional<QSet<qint64>> idList() const;
    static bool condition(const PhpValue &row, const QString &key, const PhpValue &value);
    static int compare(const PhpValue &a, const PhpValue &b);
    static bool precedes(const PhpValue &a, const PhpValue &b, const QStringList &fields,
                         const std::vector<bool> &desc);

    const EntityTable &m_table;
    PhpValue m_filter;
    QStringList m_orderFields;
    std::vector<bool> m_orderDesc;
};

} // namespace b24
