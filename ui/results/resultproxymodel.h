#pragma once

#include <QSortFilterProxyModel>
#include <QTimer>

#include <vector>

namespace b24 {

class ResultTableModel;

// Sort and filter over a ResultTableModel. Sorting compares the model's per-column keys (numbers
// when the whole column is numeric) instead of asking data() twice per comparison; filtering
// matches a plain case-insensitive substring against every flattened cell of a row, searched in
// the model's folded text index in time-boxed slices on the event loop (the UI keeps running;
// a new filter text cancels the scan in progress).
class ResultProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResultProxyModel(QObject *parent = nullptr);

    void setResultModel(ResultTableModel *model);
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    bool isFiltering() const { return m_scan.isActive(); }
    // Rows the current filter matched when its scan finished (all rows without a filter).
    qsizetype matchCount() const { return m_matchCount; }

Q_SIGNALS:
    void filterFinished();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void scanSlice();

    ResultTableModel *m_model = nullptr;
    QString m_filter;
    QString m_scanning;        // the text being scanned for
    QByteArray m_needle;       // its folded form (RowTextIndex::needle)
    QByteArray m_filterNeedle; // the folded form of m_filter
    qsizetype m_matchCount = 0;
    qsizetype m_pendingCount = 0;
    std::vector<char> m_matches; // per source row, for m_filter once a scan completed
    std::vector<char> m_pending; // the scan in progress
    QTimer m_scan;
};

} // namespace b24
