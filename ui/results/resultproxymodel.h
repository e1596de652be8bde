#pragma once

#include "ui/results/sortjob.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QTimer>

#include <vector>

namespace b24 {

class ResultTableModel;

// Sort and filter over a ResultTableModel without holding up the UI thread.
// - Filtering matches a plain case-insensitive substring against every flattened cell of a row,
//   searched in the model's folded text index in time-boxed slices on the event loop (a new filter
//   text cancels the scan in progress).
// - Sorting compares the model's per-column keys (numbers when the whole column is numeric). Past
//   a few thousand rows the order is computed by a SortJob on a pool thread and applied in one
//   layout change when ready; until then the previous order stays on screen. A new sort request
//   replaces the running one; rows streamed into a sorted view join it in place (a large batch
//   re-sorts in the background).
// The shown rows are the sorted rows (then those not yet sorted, in arrival order) that pass the
// filter.
class ResultProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ResultProxyModel(QObject *parent = nullptr);
    ~ResultProxyModel() override;

    void setResultModel(ResultTableModel *model);
    void setFilterText(const QString &text);
    // The source shows other text for its cells (names for codes): filter and sort again.
    void shownTextChanged();
    QString filterText() const { return m_filter; }
    bool isFiltering() const { return m_scan.isActive(); }
    // Rows the current filter matched when its scan finished (all rows without a filter).
    qsizetype matchCount() const { return m_matchCount; }

    // Starts sorting (column < 0: arrival order, at once); sortFinished tells when it shows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Drops a running sort; the order shown stays (sortFinished(false)).
    void cancelSort();
    bool isSorting() const { return m_jobColumn >= 0; }
    // The order shown (not the one being computed).
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Sorts and batches of streamed rows up to this many rows are done on the calling thread.
    void setSyncSortLimit(qsizetype rows) { m_syncLimit = rows; }
    // The source row shown at `row`.
    int sourceRow(int row) const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void filterFinished();
    void sortStarted(int column, Qt::SortOrder order);
    void sortProgress(int permille);
    // The requested order is shown (applied), or the request was cancelled (not applied).
    void sortFinished(bool applied);

private:
    void scanSlice();
    void onRowsAppended(int first, int last);
    void startJob();
    void onJobFinished();
    bool accepts(int sourceRow) const;
    // Recomputes the shown rows from the order and the filter in one layout change.
    void relayout();

    ResultTableModel *m_model = nullptr;
    int m_sourceRows = 0; // source rows this proxy has taken in

    // Filter
    QString m_filter;
    QString m_scanning;        // the text being scanned for
    QByteArray m_needle;       // its folded form (RowTextIndex::needle)
    QByteArray m_filterNeedle; // the folded form of m_filter
    qsizetype m_matchCount = 0;
    qsizetype m_pendingCount = 0;
    std::vector<char> m_matches; // per source row, for m_filter
    std::vector<char> m_pending; // the scan in progress
    QTimer m_scan;

    // Sort
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_jobColumn = -1;
    Qt::SortOrder m_jobOrder = Qt::AscendingOrder;
    std::vector<int> m_order; // source rows [0, size) in m_sortColumn's order
    QFutureWatcher<SortJob::Result> m_job;
    qsizetype m_syncLimit = 16384;

    // Shown rows: all source rows in arrival order (m_identity), or m_rows.
    bool m_identity = true;
    std::vector<int> m_rows;
    mutable std::vector<int> m_inverse; // source row -> shown row, built on demand
};

} // namespace b24
