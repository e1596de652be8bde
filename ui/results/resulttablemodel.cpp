#include "results/resulttablemodel.h"

#include "table/rowflattener.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResultTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_columns = ColumnSet();
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
    const qsizetype oldColumns = m_columns.count();
    std::vector<QJsonObject> incoming;
    incoming.reserve(size_t(rows.size()));
    for (const QJsonValue &value : rows) {
        QJsonObject object = value.isObject() ? value.toObject() : QJsonObject{{u"value"_s, value}};
        discoverColumns(object);
        incoming.push_back(std::move(object));
    }
    if (m_columns.count() > oldColumns) {
        beginInsertColumns({}, int(oldColumns), int(m_columns.count() - 1));
        endInsertColumns();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(incoming.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(incoming.begin()),
                  std::make_move_iterator(incoming.end()));
    endInsertRows();
}

QString ResultTableModel::cellText(int row, int column) const
{
    if (row < 0 || size_t(row) >= m_rows.size() || column < 0 || column >= m_columns.count())
        return {};
    const QJsonValue value = RowFlattener::valueAt(m_rows[size_t(row)], m_columns.names().at(column));
    return RowFlattener::cellText(value);
}

qsizetype ResultTableModel::matchRows(QByteArrayView needle, qsizetype from, qsizetype to, char *out) const
{
    to = qMin(to, qsizetype(m_rows.size()));
    for (qsizetype row = m_text.rowCount(); row < to; ++row)
        m_text.append(m_rows[size_t(row)]);
    return m_text.match(needle, from, to, out);
}

const ColumnSortKeys &ResultTableModel::sortKeys(int column) const
{
    if (m_sortKeys.size() < size_t(m_columns.count()))
        m_sortKeys.resize(size_t(m_columns.count()));
    auto &slot = m_sortKeys[size_t(column)];
    if (!slot)
        slot = std::make_unique<ColumnSortKeys>();
    // Extended, not rebuilt, as rows stream in: a sorted view stays cheap while a list runs.
    if (slot->count() < qsizetype(m_rows.size()))
        slot->extend(qsizetype(m_rows.size()),
                     [this, column](qsizetype row) { return cellText(int(row), column); });
    return *slot;
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.count());
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
        const QString text = cellText(index.row(), index.column());
        return text.size() > 40 ? QVariant(text.left(2000)) : QVariant();
    }
    case RowJsonRole:
        return m_rows[size_t(index.row())];
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_columns.count() ? QVariant(m_columns.names().at(section)) : QVariant();
}

} // namespace b24
