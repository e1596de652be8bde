#pragma once

#include "results/columnsortkeys.h"
#include "results/rowtextindex.h"
#include "table/columnset.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace b24 {

// The rows of one result as a table. Rows are kept as the QJsonObjects received (implicitly
// shared with the received pages, no copy) and flattened per visible cell with core/table's rules,
// so a million rows cost their JSON plus what sorting and filtering build on demand (compact sort
// keys per sorted column, one folded text index for the filter); columns are discovered as rows
// stream in (ColumnSet).
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

    // For the filter: marks out[i] = 1 for each row from+i in [from, to) with a cell containing
    // `needle` (RowTextIndex::needle form); returns the count. Indexes the rows' text on first use.
    qsizetype matchRows(QByteArrayView needle, qsizetype from, qsizetype to, char *out) const;
    // Memory held by the filter's text index (0 until a filter ran).
    qint64 textIndexBytes() const { return m_text.byteSize(); }

    // Sort keys of one column, built on first use, extended as rows arrive, dropped by clear().
    const ColumnSortKeys &sortKeys(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void discoverColumns(const QJsonObject &row);

    std::vector<QJsonObject> m_rows;
    ColumnSet m_columns;
    QStringList m_scratch; // reused by discoverColumns
    mutable std::vector<std::unique_ptr<ColumnSortKeys>> m_sortKeys;
    mutable RowTextIndex m_text;
};

} // namespace b24
