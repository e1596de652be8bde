#include "core/sandbox/pagecost.h"

namespace b24 {

bool PageCost::isPage(const QString &method)
{
    return method.endsWith(QLatin1String(".list"));
}

int PageCost::rows(const PhpValue &result, int *columns)
{
    const PhpValue *list = &result;
    if (result.isArray() && !result.isList() && result.size() == 1 &&
        result.entries().front().value.isArray())
        list = &result.entries().front().value; // {"items": [...]}
    *columns = 0;
    if (!list->isArray() || list->size() == 0)
        return 0;
    const PhpValue &first = list->entries().front().value;
    *columns = first.isArray() ? first.size() : 1;
    return list->size();
}

double PageCost::seconds(double pageCostMs, const PhpValue &result)
{
    if (pageCostMs <= 0)
        return 0;
    int columns = 0;
    const int count = rows(result, &columns);
    const double share = double(count) / PageRows * double(columns) / ReferenceColumns;
    return pageCostMs / 1000.0 * (QueryShare + (1 - QueryShare) * share);
}

} // namespace b24
