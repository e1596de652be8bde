#pragma once

#include "table/columnset.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace b24 {

// The rows of one result as a table. Rows are kept as the QJsonObjects received (implicitly
// shared, no copy) and flattened per visible cell with core/table's rules, so a million rows cost
// only their JSON; columns are discovered as rows stream in (ColumnSet).
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RowJsonRole = Qt::UserRole + 1, // the whole row (QJsonObject), any column
    };

    explicit ResultTableModel(QObject *parent = nullptr);

    void clear();
    // Appends rows (objects; anything else is wrapped as {"value": ...}) and discovers columns.
    void appendRows(const QJsonArray &rows);

    const QStringList &columns() const { return m_columns.names(); }
    const QJsonObject &rowObject(int row) const { return m_rows[size_t(row)]; }
    qsizetype rowTotal() const { return qsizetype(m_rows.size()); }
    QString cellText(int row, int column) const;
    // True when any cell of the row contains `needle` (case-insensitive); used by the filter.
    bool rowContains(int row, const QString &needle) const;

    // Sort keys of one column, built once per column and dropped when rows change.
    struct SortKeys
    {
        bool numeric = true;
        std::vector<double> numbers;
        QStringList texts;
    };
    const SortKeys &sortKeys(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void discoverColumns(const QJsonObject &row);

    std::vector<QJsonObject> m_rows;
    ColumnSet m_columns;
    QStringList m_scratch; // reused by discoverColumns
    mutable std::vector<std::unique_ptr<SortKeys>> m_sortKeys;
};

} // namespace b24
