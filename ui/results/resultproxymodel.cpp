#include "results/resultproxymodel.h"

#include "results/resulttablemodel.h"

namespace b24 {

ResultProxyModel::ResultProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ResultProxyModel::setResultModel(ResultTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ResultProxyModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateFilter();
}

bool ResultProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const ResultTableModel::SortKeys &keys = m_model->sortKeys(left.column());
    if (keys.numeric)
        return keys.numbers[size_t(left.row())] < keys.numbers[size_t(right.row())];
    return keys.texts.at(left.row()).compare(keys.texts.at(right.row()), Qt::CaseInsensitive) < 0;
}

bool ResultProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty() || !m_model)
        return true;
    Q_UNUSED(sourceParent)
    return m_model->rowContains(sourceRow, m_filter);
}

} // namespace b24
