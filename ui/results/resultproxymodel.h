#pragma once

#include <QSortFilterProxyModel>

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

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ResultTableModel *m_model = nullptr;
    QString m_filter;
};

} // namespace b24
