#include "results/resultproxymodel.h"

#include "results/resulttablemodel.h"

#include <QElapsedTimer>

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
        m_pendingCount = 0;
        m_matchCount = 0;
    });
}

void ResultProxyModel::setFilterText(const QString &text)
{
    if (text == m_scanning && (m_scan.isActive() || text == m_filter))
        return;
    m_scanning = text;
    m_needle = RowTextIndex::needle(text);
    m_pending.clear();
    m_pendingCount = 0;
    m_scan.stop();
    if (m_needle.isEmpty() || !m_model) {
        m_filter = text;
        m_filterNeedle = m_needle;
        m_matches.clear();
        invalidateFilter();
        m_matchCount = m_model ? m_model->rowTotal() : 0;
        Q_EMIT filterFinished();
        return;
    }
    m_scan.start();
}

void ResultProxyModel::scanSlice()
{
    // A few milliseconds per event-loop turn: the first scan also builds the text index.
    constexpr qint64 budgetMs = 12;
    constexpr qsizetype step = 1024; // indexing 1024 rows takes ~5 ms
    QElapsedTimer clock;
    clock.start();
    qsizetype total = m_model->rowTotal();
    while (qsizetype(m_pending.size()) < total && !clock.hasExpired(budgetMs)) {
        const qsizetype from = qsizetype(m_pending.size());
        const qsizetype to = qMin(total, from + step);
        m_pending.resize(size_t(to), 0);
        m_pendingCount += m_model->matchRows(m_needle, from, to, m_pending.data() + from);
    }
    if (qsizetype(m_pending.size()) < total)
        return;
    m_scan.stop();
    m_filter = m_scanning;
    m_filterNeedle = m_needle;
    m_matches.swap(m_pending);
    m_pending.clear();
    m_matchCount = m_pendingCount;
    invalidateFilter();
    Q_EMIT filterFinished();
}

bool ResultProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->sortKeys(left.column()).less(left.row(), right.row());
}

bool ResultProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterNeedle.isEmpty() || !m_model)
        return true;
    Q_UNUSED(sourceParent)
    // Rows that arrived after the scan are checked as they come (a page at a time).
    if (size_t(sourceRow) < m_matches.size())
        return m_matches[size_t(sourceRow)] != 0;
    char match = 0;
    return m_model->matchRows(m_filterNeedle, sourceRow, sourceRow + 1, &match) > 0;
}

} // namespace b24
