#pragma once

#include "core/sandbox/apiv3entity.h"
#include "core/sandbox/methodregistry.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>
#include <vector>

namespace b24 {

// The list parameters of a REST 3.0 method (docs/protocol.md §11.3–11.4) checked against an
// entity and applied to its items: `select` with dotted relations, the array filter (conditions
// and {logic, conditions, negative} groups, eight operators), `order`, and `pagination` with the
// entity's page cap.
class ApiV3Query
{
public:
    // Empty when every parameter is valid (*out filled); the error answer otherwise.
    static std::optional<MethodResult> parse(const ApiV3Entity &entity, const PhpValue &params,
                                             ApiV3Query *out);

    // The native cursor of *.tail: `field > value` (ASC) or `<` (DESC), the order forced to it.
    std::optional<MethodResult> applyCursor(const PhpValue &cursor);

    bool matches(const PhpValue &item) const;
    // Filter, order and page applied to `items` (given in ID order), each item projected by select.
    PhpValue run(std::vector<PhpValue> items) const;
    // The item with only the selected fields (`id` alone when nothing is selected).
    PhpValue project(const PhpValue &item) const;

private:
    static std::optional<MethodResult> checkFilter(const ApiV3Entity &entity, const PhpValue &filter);
    static bool evaluate(const PhpValue &node, const PhpValue &item);

    const ApiV3Entity *m_entity = nullptr;
    QStringList m_select;
    PhpValue m_filter = PhpValue::array();
    QList<QPair<QString, bool>> m_order; // field, descending
    qint64 m_skip = 0;
    int m_limit = 50;
};

} // namespace b24
