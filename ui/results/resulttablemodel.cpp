#include "ui/results/resulttablemodel.h"

#include "core/table/rowflattener.h"

namespace b24 {

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResultTableModel::clear()
{
    beginResetModel();
    m_store.clear();
    m_shownColumns = 0;
    m_columns = ColumnSet();
    m_paths.clear();
    m_sortKeys.clear();
    m_text.clear();
    endResetModel();
}

void ResultTableModel::discoverColumns(const QJsonObject &row)
{
    // Names only: cells are rendered when they are on screen.
    m_scratch.clear();
    RowFlattener::columnNames(row, &m_scratch);
    for (const QString &column : std::as_const(m_scratch))
        m_columns.add(column);
}

void ResultTableModel::appendRows(const QJsonArray &rows)
{
    if (rows.isEmpty())
        return;
    for (const QJsonValue &value : rows)
        discoverColumns(RowFlattener::asObject(value));
    if (m_columns.count() > m_shownColumns) {
        beginInsertColumns({}, m_shownColumns, int(m_columns.count() - 1));
        m_shownColumns = int(m_columns.count());
        endInsertColumns();
    }
    // Encoded into the compact store; the page's QJsonObjects are freed with the page.
    const int first = int(m_store.rowCount());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const QJsonValue &value : rows)
        m_store.append(RowFlattener::asObject(value));
    endInsertRows();
}

const RowSnapshot::Path &ResultTableModel::path(int column) const
{
    if (m_paths.size() < size_t(m_columns.count()))
        m_paths.resize(size_t(m_columns.count()));
    RowSnapshot::Path &path = m_paths[size_t(column)];
    if (!m_store.rows().isCurrent(path))
        path = m_store.rows().resolve(m_columns.names().at(column));
    return path;
}

QString ResultTableModel::cellText(int row, int column) const
{
    if (row < 0 || row >= m_store.rowCount() || column < 0 || column >= m_columns.count())
        return {};
    const QString &name = m_columns.names().at(column);
    if (m_shown && m_shown->isNamed(name))
        return m_shown->text(name, m_store.rows().value(row, path(column)));
    return m_store.rows().cellText(row, path(column));
}

void ResultTableModel::setShownValues(std::shared_ptr<const ShownValues> values)
{
    m_shown = std::move(values);
    m_sortKeys.clear();
    m_text.clear();
    if (m_shownColumns > 0) {
        if (m_store.rowCount() > 0)
            emit dataChanged(index(0, 0), index(int(m_store.rowCount()) - 1, m_shownColumns - 1));
        emit headerDataChanged(Qt::Horizontal, 0, m_shownColumns - 1);
    }
}

void ResultTableModel::setHeaderTitles(bool titles)
{
    m_headerTitles = titles;
    if (m_shownColumns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_shownColumns - 1);
}

qsizetype ResultTableModel::matchRows(QByteArrayView needle, qsizetype from, qsizetype to, char *out) const
{
    to = qMin(to, m_store.rowCount());
    // Indexed straight from the compact records: strings as UTF-8, no QJsonObject per row.
    const auto add = [this](QByteArrayView utf8, const QJsonValue &value) {
        if (utf8.data())
            m_text.addUtf8(utf8);
        else
            m_text.addValue(value);
    };
    // Named columns are searched by what they show as well as by their codes.
    std::vector<int> named;
    if (m_shown && m_shown->mode() != ShownValues::Mode::Codes)
        for (int column = 0; column < m_columns.count(); ++column)
            if (m_shown->isNamed(m_columns.names().at(column)))
                named.push_back(column);
    for (qsizetype row = m_text.rowCount(); row < to; ++row) {
        RowCodec::forEachValue(m_store.rows().record(row), add);
        for (const int column : named)
            m_text.addValue(cellText(int(row), column));
        m_text.endRow();
    }
    return m_text.match(needle, from, to, out);
}

std::shared_ptr<const ColumnSortKeys> ResultTableModel::cachedSortKeys(int column) const
{
    return size_t(column) < m_sortKeys.size() ? m_sortKeys[size_t(column)] : nullptr;
}

void ResultTableModel::cacheSortKeys(int column, std::shared_ptr<const ColumnSortKeys> keys)
{
    if (column < 0 || column >= m_columns.count() || !keys)
        return;
    if (m_sortKeys.size() < size_t(m_columns.count()))
        m_sortKeys.resize(size_t(m_columns.count()));
    auto &slot = m_sortKeys[size_t(column)];
    if (!slot || slot->count() < keys->count())
        slot = std::const_pointer_cast<ColumnSortKeys>(std::move(keys));
}

std::shared_ptr<const ColumnSortKeys> ResultTableModel::sortKeys(int column)
{
    if (m_sortKeys.size() < size_t(m_columns.count()))
        m_sortKeys.resize(size_t(m_columns.count()));
    auto &slot = m_sortKeys[size_t(column)];
    if (!slot)
        slot = std::make_shared<ColumnSortKeys>();
    // Extended, not rebuilt, as rows stream in: a sorted view stays cheap while a list runs.
    // Keys a sort job still reads are copied first.
    if (slot->count() < m_store.rowCount()) {
        if (slot.use_count() > 1)
            slot = std::make_shared<ColumnSortKeys>(*slot);
        slot->extend(m_store.rowCount(),
                     [this, column](qsizetype row) { return cellText(int(row), column); });
    }
    return slot;
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.rowCount());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownColumns;
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QString &name = m_columns.names().at(index.column());
        if (m_shown && m_shown->columns().source(name))
            return m_shown->toolTip(name, m_store.rows().value(index.row(), path(index.column())));
        const QString text = cellText(index.row(), index.column());
        return text.size() > 40 ? QVariant(text.left(2000)) : QVariant();
    }
    case RowJsonRole:
        return rowObject(index.row());
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section >= m_columns.count() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QString &code = m_columns.names().at(section);
    const QString title = m_shown ? m_shown->columns().title(code) : code;
    if (role == Qt::ToolTipRole)
        return title == code ? QVariant() : QVariant(m_headerTitles ? code : title); // what is not shown
    return m_headerTitles ? title : code;
}

} // namespace b24
