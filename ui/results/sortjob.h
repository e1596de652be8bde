#pragma once

#include "core/labels/shownvalues.h"
#include "ui/results/columnsortkeys.h"
#include "ui/results/rowsnapshot.h"

#include <QFuture>

#include <functional>
#include <memory>
#include <vector>

namespace b24 {

// The order of a result's rows by one column, computed on a pool thread over an immutable
// snapshot: sort keys (reusing keys built before), then a stable merge sort of row numbers in
// slices, so a cancelled job stops within a few milliseconds. Progress is reported in permille.
class SortJob
{
public:
    struct Request
    {
        RowSnapshot rows;
        QString column; // the flattened column name
        Qt::SortOrder order = Qt::AscendingOrder;
        std::shared_ptr<const ColumnSortKeys> keys; // keys built earlier for a prefix of rows, or null
        std::shared_ptr<const ShownValues> shown;   // names shown for codes, or null
    };
    struct Result
    {
        std::shared_ptr<const ColumnSortKeys> keys; // for every row of the snapshot
        std::vector<int> order;                     // row numbers, sorted
    };

    static QFuture<Result> start(Request request);

    // Stable order of rows [0, keys.count()); false when `cancelled` answered true on the way.
    static bool sortRows(const ColumnSortKeys &keys, Qt::SortOrder order, std::vector<int> *rows,
                         const std::function<bool(int permille)> &cancelled = {});
    // Adds rows [order->size(), keys.count()) to an order sorted by the same keys, stably (a
    // later row goes after the rows it ties with): a streamed page joins a sorted view cheaply.
    static void insertRows(const ColumnSortKeys &keys, Qt::SortOrder order, std::vector<int> *sorted);
};

} // namespace b24
