#include "ui/results/sortjob.h"

#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <numeric>

namespace b24 {

namespace {

// Ties keep row order in both directions (as QSortFilterProxyModel's stable sort did).
auto comparator(const ColumnSortKeys &keys, Qt::SortOrder order)
{
    return [&keys, descending = order == Qt::DescendingOrder](int a, int b) {
        return descending ? keys.less(b, a) : keys.less(a, b);
    };
}

constexpr qsizetype kKeySlice = 8192;   // rows per cancel check while building keys
constexpr qsizetype kSortSlice = 65536; // rows per first-pass sort run

} // namespace

bool SortJob::sortRows(const ColumnSortKeys &keys, Qt::SortOrder order, std::vector<int> *rows,
                       const std::function<bool(int)> &cancelled)
{
    const size_t n = size_t(keys.count());
    rows->resize(n);
    std::iota(rows->begin(), rows->end(), 0);
    const auto less = comparator(keys, order);
    // Work units: one per run sorted plus one per merge pass (each about as long).
    size_t passes = 0;
    for (size_t width = kSortSlice; width < n; width *= 2)
        ++passes;
    const size_t runs = (n + kSortSlice - 1) / kSortSlice;
    const size_t units = qMax<size_t>(1, runs + passes);
    size_t done = 0;
    const auto stop = [&] { return cancelled && cancelled(int(500 + 500 * ++done / units)); };
    for (size_t start = 0; start < n; start += kSortSlice) {
        std::stable_sort(rows->begin() + qsizetype(start),
                         rows->begin() + qsizetype(qMin(n, start + kSortSlice)), less);
        if (stop())
            return false;
    }
    std::vector<int> buffer(n > kSortSlice ? n : 0);
    std::vector<int> *from = rows, *to = &buffer;
    for (size_t width = kSortSlice; width < n; width *= 2) {
        for (size_t start = 0; start < n; start += 2 * width) {
            const auto first = from->begin() + qsizetype(start);
            const auto middle = from->begin() + qsizetype(qMin(n, start + width));
            const auto last = from->begin() + qsizetype(qMin(n, start + 2 * width));
            std::merge(first, middle, middle, last, to->begin() + qsizetype(start), less); // stable
        }
        std::swap(from, to);
        if (stop())
            return false;
    }
    if (from != rows)
        rows->swap(buffer);
    return true;
}

void SortJob::insertRows(const ColumnSortKeys &keys, Qt::SortOrder order, std::vector<int> *sorted)
{
    const int first = int(sorted->size());
    if (first >= keys.count())
        return;
    const auto less = comparator(keys, order);
    std::vector<int> fresh(size_t(keys.count() - first));
    std::iota(fresh.begin(), fresh.end(), first);
    std::stable_sort(fresh.begin(), fresh.end(), less);
    // Binary search per new row, then one pass copying: O(k log n) comparisons, not O(n).
    std::vector<int> merged;
    merged.reserve(size_t(keys.count()));
    auto from = sorted->cbegin();
    for (const int row : fresh) {
        const auto at = std::upper_bound(from, sorted->cend(), row, less);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, sorted->cend());
    sorted->swap(merged);
}

QFuture<SortJob::Result> SortJob::start(Request request)
{
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    promise->setProgressRange(0, 1000);
    QThreadPool::globalInstance()->start([promise, request = std::move(request)] {
        const qsizetype rows = request.rows.rowCount();
        auto keys = request.keys ? std::make_shared<ColumnSortKeys>(*request.keys)
                                 : std::make_shared<ColumnSortKeys>();
        const RowSnapshot::Path path = request.rows.resolve(request.column);
        // A named column sorts by what it shows.
        const bool named = request.shown && request.shown->isNamed(request.column);
        const auto cell = [&](qsizetype row) {
            return named ? request.shown->text(request.column, request.rows.value(row, path))
                         : request.rows.cellText(row, path);
        };
        // Keys are most of the work of a first sort: the first half of the progress.
        const qsizetype from = keys->count();
        while (keys->count() < rows && !promise->isCanceled()) {
            keys->extend(qMin(rows, keys->count() + kKeySlice), cell);
            promise->setProgressValue(int(500 * (keys->count() - from) / qMax<qsizetype>(1, rows - from)));
        }
        Result result;
        const bool sorted =
            !promise->isCanceled() && sortRows(*keys, request.order, &result.order, [&](int permille) {
                promise->setProgressValue(permille);
                return promise->isCanceled();
            });
        if (sorted) {
            result.keys = std::move(keys);
            promise->addResult(std::move(result));
        }
        promise->finish();
    });
    return future;
}

} // namespace b24
