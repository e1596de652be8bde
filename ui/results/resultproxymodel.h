#pragma once

#include <QSortFilterProxyModel>
#include <QTimer>

#include <vector>

namespace b24 {

class ResultTableModel;

// Sort and filter over a ResultTableModel. Sorting compares the model's per-column keys (numbers
// when the whole column is numeric) instead of asking data() twice per comparison; filtering
// matches a plain substring against every flattened cell of a row.
class ResultProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResultProxyModel(QObject *parent = nullptr);

    void setResultModel(ResultTableModel *model);
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    bool isFiltering() const { return m_scan.isActive(); }

Q_SIGNALS:
    void filterFinished();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void scanSlice();

    ResultTableModel *m_model = nullptr;
    QString m_filter;
    QString m_scanning;          // the text being scanned for
    std::vector<char> m_matches; // per source row, for m_filter once a scan completed
    std::vector<char> m_pending; // the scan in progress
    QTimer m_scan;
};

} // namespace b24
