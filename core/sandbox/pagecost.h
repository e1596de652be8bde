#pragma once

#include "core/sandbox/phpvalue.h"

namespace b24 {

// Handler time of one list page under --page-cost (portal time). On a real portal a page costs
// a query (filter, order, limit) plus the rows it reads and formats, and a narrow `select` is
// cheaper than the whole row. The model, for a page of R rows of C columns:
//   cost = pageCost × (1/5 + 4/5 × R/50 × C/ReferenceColumns)
// so a full default crm.deal.list page (50 rows, 28 columns) costs exactly pageCost, an empty
// page a fifth of it, `select=[ID]` about a fifth, and rows wider than the default more.
// Only list methods (names ending in ".list") are pages; rows wrapped in one key
// (crm.item.list's "items", tasks.task.list's "tasks") count as the page.
class PageCost
{
public:
    static constexpr int PageRows = 50;
    static constexpr int ReferenceColumns = 28; // a crm.deal.list row without `select`
    static constexpr double QueryShare = 0.2;

    static bool isPage(const QString &method);
    // Seconds of handler time `result` stands for when a full page costs pageCostMs.
    static double seconds(double pageCostMs, const PhpValue &result);
    // The page's rows and the columns of its first row (1 when rows are plain values).
    static int rows(const PhpValue &result, int *columns);
};

} // namespace b24
