#include "results/resultproxymodel.h"

#include "results/resulttablemodel.h"

namespace b24 {

ResultProxyModel::ResultProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_scan.setInterval(0);
    connect(&m_scan, &QTimer::timeout, this, &ResultProxyModel::scanSlice);
}

void ResultProxyModel::setResultModel(ResultTableModel *model)
{
    m_model = model;
    setSourceModel(model);
    // New rows after a reset: forget what was matched; a running scan starts over.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_matches.clear();
        m_pending.clear();
    });
}

void ResultProxyModel::setFilterText(const QString &text)
{
    if (text == m_scanning && (m_scan.isActive() || text == m_filter))
        return;
    m_scanning = text;
    m_pending.clear();
    m_scan.stop();
    if (text.isEmpty() || !m_model) {
        m_filter = text;
        m_matches.clear();
        invalidateFilter();
        Q_EMIT filterFinished();
        return;
    }
    m_scan.start();
}

void ResultProxyModel::scanSlice()
{
    constexpr qsizetype slice = 20000; // a few milliseconds of work per event-loop turn
    const qsizetype total = m_model->rowTotal();
    const qsizetype end = qMin(total, qsizetype(m_pending.size()) + slice);
    for (qsizetype row = qsizetype(m_pending.size()); row < end; ++row)
        m_pending.push_back(m_model->rowContains(int(row), m_scanning) ? 1 : 0);
    if (end < total)
        return;
    m_scan.stop();
    m_filter = m_scanning;
    m_matches.swap(m_pending);
    m_pending.clear();
    invalidateFilter();
    Q_EMIT filterFinished();
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
    // Rows that arrived after the scan are checked as they come (a page at a time).
    if (size_t(sourceRow) < m_matches.size())
        return m_matches[size_t(sourceRow)] != 0;
    return m_model->rowContains(sourceRow, m_filter);
}

} // namespace b24
