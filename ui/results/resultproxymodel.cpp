#include "ui/results/resultproxymodel.h"

#include "ui/results/resulttablemodel.h"

#include <QElapsedTimer>

namespace b24 {

ResultProxyModel::ResultProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_scan.setInterval(0);
    connect(&m_scan, &QTimer::timeout, this, &ResultProxyModel::scanSlice);
    connect(&m_job, &QFutureWatcherBase::finished, this, &ResultProxyModel::onJobFinished);
    connect(&m_job, &QFutureWatcherBase::progressValueChanged, this, &ResultProxyModel::sortProgress);
}

ResultProxyModel::~ResultProxyModel()
{
    // The job reads only its snapshot, but must not report to a deleted watcher.
    m_job.cancel();
    if (m_job.isRunning()) // a taken result leaves the future neither running nor finished
        m_job.waitForFinished();
}

void ResultProxyModel::setResultModel(ResultTableModel *model)
{
    beginResetModel();
    m_model = model;
    setSourceModel(model);
    m_sourceRows = int(model->rowTotal());
    m_order.clear();
    m_matches.clear();
    m_identity = true;
    m_rows.clear();
    m_inverse.clear();
    endResetModel();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    // New rows after a reset: forget what was matched and ordered; a running scan starts over. A
    // requested sort stays, so rows streaming into the new result join it in order.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const bool pending = m_jobColumn >= 0;
        if (pending) {
            m_job.cancel();
            m_sortColumn = m_jobColumn;
            m_sortOrder = m_jobOrder;
            m_jobColumn = -1;
        }
        m_sourceRows = int(m_model->rowTotal());
        m_order.clear();
        m_matches.clear();
        m_pending.clear();
        m_pendingCount = 0;
        m_matchCount = 0;
        m_identity = m_sortColumn < 0 && m_filterNeedle.isEmpty();
        m_rows.clear();
        m_inverse.clear();
        endResetModel();
        if (pending)
            emit sortFinished(true);
    });
    connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertColumns({}, first, last); });
    connect(model, &QAbstractItemModel::columnsInserted, this, [this] { endInsertColumns(); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsAppended(first, last); });
    // Names filling in: every shown cell may read differently.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
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
        relayout();
        m_matchCount = m_model ? m_model->rowTotal() : 0;
        emit filterFinished();
        return;
    }
    m_scan.start();
}

void ResultProxyModel::shownTextChanged()
{
    if (!m_model)
        return;
    // The rows shown meanwhile stay as they are until the new match and order are ready.
    if (!m_filterNeedle.isEmpty()) {
        const QString filter = m_filter;
        m_scanning.clear();
        setFilterText(filter);
    }
    if (m_sortColumn >= 0 && m_jobColumn < 0) {
        const int column = m_sortColumn;
        m_sortColumn = -1;
        sort(column, m_sortOrder);
    }
}

void ResultProxyModel::scanSlice()
{
    // A few milliseconds per event-loop turn: the first scan also builds the text index.
    constexpr qint64 budgetMs = 12;
    constexpr qsizetype step = 1024; // indexing 1024 rows takes ~5 ms
    QElapsedTimer clock;
    clock.start();
    const qsizetype total = m_sourceRows;
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
    relayout();
    emit filterFinished();
}

bool ResultProxyModel::accepts(int sourceRow) const
{
    return m_filterNeedle.isEmpty() || (size_t(sourceRow) < m_matches.size() && m_matches[size_t(sourceRow)]);
}

void ResultProxyModel::onRowsAppended(int first, int last)
{
    const int rows = last + 1;
    // Rows that arrived after a scan are matched as they come (a page at a time).
    if (!m_filterNeedle.isEmpty() && m_matches.size() < size_t(rows)) {
        const qsizetype from = qsizetype(m_matches.size());
        m_matches.resize(size_t(rows), 0);
        m_model->matchRows(m_filterNeedle, from, rows, m_matches.data() + from);
    }
    const bool sorted = m_sortColumn >= 0 && m_sortColumn < m_model->columnCount();
    if (sorted && m_jobColumn < 0 && rows - qsizetype(m_order.size()) <= m_syncLimit) {
        m_sourceRows = rows;
        SortJob::insertRows(*m_model->sortKeys(m_sortColumn), m_sortOrder, &m_order);
        relayout();
        return;
    }
    // Shown after the rows already shown, in arrival order, until a sort takes them in.
    if (m_identity) {
        beginInsertRows({}, m_sourceRows, last);
        m_sourceRows = rows;
        endInsertRows();
    } else {
        std::vector<int> added;
        for (int row = first; row < rows; ++row) {
            if (accepts(row))
                added.push_back(row);
        }
        m_sourceRows = rows;
        if (!added.empty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
            m_rows.insert(m_rows.end(), added.begin(), added.end());
            endInsertRows();
        }
    }
    m_inverse.clear();
    if (sorted && m_jobColumn < 0) {
        m_jobColumn = m_sortColumn;
        m_jobOrder = m_sortOrder;
        startJob();
    }
}

void ResultProxyModel::sort(int column, Qt::SortOrder order)
{
    if (!m_model)
        return;
    if (column < 0 || column >= m_model->columnCount()) {
        if (m_jobColumn >= 0)
            m_job.cancel();
        m_jobColumn = -1;
        if (m_sortColumn >= 0) {
            m_sortColumn = -1;
            m_order.clear();
            relayout();
        }
        emit sortFinished(true);
        return;
    }
    if (m_jobColumn < 0 && column == m_sortColumn && order == m_sortOrder)
        return; // shown already
    if (m_jobColumn == column && m_jobOrder == order)
        return; // on its way
    if (m_jobColumn >= 0)
        m_job.cancel();
    m_jobColumn = column;
    m_jobOrder = order;
    if (m_sourceRows > m_syncLimit) {
        startJob();
        return;
    }
    std::vector<int> sorted;
    SortJob::sortRows(*m_model->sortKeys(column), order, &sorted);
    m_jobColumn = -1;
    m_sortColumn = column;
    m_sortOrder = order;
    m_order = std::move(sorted);
    relayout();
    emit sortFinished(true);
}

void ResultProxyModel::startJob()
{
    SortJob::Request request;
    request.rows = m_model->snapshot();
    request.column = m_model->columns().at(m_jobColumn);
    request.order = m_jobOrder;
    request.keys = m_model->cachedSortKeys(m_jobColumn);
    request.shown = m_model->shownValues();
    m_job.setFuture(SortJob::start(std::move(request)));
    emit sortStarted(m_jobColumn, m_jobOrder);
}

void ResultProxyModel::onJobFinished()
{
    // A replaced or cancelled job may still report: only the current one with a result counts.
    if (m_jobColumn < 0 || m_job.isCanceled() || m_job.future().resultCount() < 1)
        return;
    SortJob::Result result = m_job.future().takeResult();
    m_model->cacheSortKeys(m_jobColumn, std::move(result.keys));
    m_sortColumn = m_jobColumn;
    m_sortOrder = m_jobOrder;
    m_order = std::move(result.order);
    if (m_sourceRows - qsizetype(m_order.size()) > m_syncLimit) {
        // Many rows streamed in meanwhile: show this order and sort again with them.
        relayout();
        startJob();
        return;
    }
    m_jobColumn = -1;
    if (qsizetype(m_order.size()) < m_sourceRows)
        SortJob::insertRows(*m_model->sortKeys(m_sortColumn), m_sortOrder, &m_order);
    relayout();
    emit sortFinished(true);
}

void ResultProxyModel::cancelSort()
{
    if (m_jobColumn < 0)
        return;
    m_job.cancel();
    m_jobColumn = -1;
    emit sortFinished(false);
}

void ResultProxyModel::relayout()
{
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sources.push_back(sourceRow(index.row()));

    m_identity = m_sortColumn < 0 && m_filterNeedle.isEmpty();
    std::vector<int> rows;
    if (!m_identity) {
        rows.reserve(size_t(m_filterNeedle.isEmpty() ? m_sourceRows : m_matchCount + 64));
        for (const int row : m_order) {
            if (accepts(row))
                rows.push_back(row);
        }
        for (int row = int(m_order.size()); row < m_sourceRows; ++row) {
            if (accepts(row))
                rows.push_back(row);
        }
    }
    m_rows.swap(rows);
    m_inverse.clear();

    if (!before.isEmpty()) {
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(mapFromSource(m_model->index(sources[size_t(i)], before.at(i).column())));
        changePersistentIndexList(before, after);
    }
    emit layoutChanged();
}

int ResultProxyModel::sourceRow(int row) const
{
    return m_identity ? row : m_rows[size_t(row)];
}

QModelIndex ResultProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_model)
        return {};
    return m_model->index(sourceRow(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ResultProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_sourceRows)
        return {};
    if (m_identity)
        return index(sourceIndex.row(), sourceIndex.column());
    if (m_inverse.size() != size_t(m_sourceRows)) {
        m_inverse.assign(size_t(m_sourceRows), -1);
        for (size_t row = 0; row < m_rows.size(); ++row)
            m_inverse[size_t(m_rows[row])] = int(row);
    }
    const int row = m_inverse[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex ResultProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ResultProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ResultProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

bool ResultProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

int ResultProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_identity ? m_sourceRows : int(m_rows.size());
}

QVariant ResultProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    // Columns are the source's; a row is labelled with its source number (as received).
    if (orientation == Qt::Vertical)
        section = section >= 0 && section < rowCount() ? sourceRow(section) : -1;
    return m_model->headerData(section, orientation, role);
}

int ResultProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

} // namespace b24
