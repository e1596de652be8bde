#pragma once

#include "core/labels/shownvalues.h"
#include "core/table/columnset.h"
#include "ui/results/columnsortkeys.h"
#include "ui/results/rowstore.h"
#include "ui/results/rowtextindex.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace b24 {

// The rows of one result as a table. Rows are kept compact (RowStore: one key dictionary, a
// binary record per row) and decoded per visible cell with core/table's flattening rules, so a
// million rows cost about their JSON text plus what sorting and filtering build on demand (compact
// sort keys per sorted column, one folded text index for the filter); columns are discovered as
// rows stream in (ColumnSet).
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
    // Appends rows and discovers columns; a row that is not an object is its "value" column
    // (RowFlattener::asObject).
    void appendRows(const QJsonArray &rows);

    const QStringList &columns() const { return m_columns.names(); }
    // The row as received (decoded from its compact form).
    QJsonObject rowObject(int row) const { return m_store.rows().row(row); }
    qsizetype rowTotal() const { return m_store.rowCount(); }
    QString cellText(int row, int column) const;
    // An immutable view of the rows so far, for worker threads (sort, export).
    RowSnapshot snapshot() { return m_store.snapshot(); }
    // Memory held by the rows themselves.
    qint64 rowBytes() const { return m_store.rows().byteSize(); }

    // For the filter: marks out[i] = 1 for each row from+i in [from, to) with a cell containing
    // `needle` (RowTextIndex::needle form); returns the count. Indexes the rows' text on first use.
    qsizetype matchRows(QByteArrayView needle, qsizetype from, qsizetype to, char *out) const;
    // Memory held by the filter's text index (0 until a filter ran).
    qint64 textIndexBytes() const { return m_text.byteSize(); }

    // Sort keys of one column as last built (maybe for fewer rows than now, maybe none), shared
    // with sort jobs: never changed in place while someone else holds them.
    std::shared_ptr<const ColumnSortKeys> cachedSortKeys(int column) const;
    // Keeps keys built elsewhere (a sort job) unless the cache already covers more rows.
    void cacheSortKeys(int column, std::shared_ptr<const ColumnSortKeys> keys);
    // The keys of one column for every row, built or extended on this thread (small results, a
    // streamed page); dropped by clear().
    std::shared_ptr<const ColumnSortKeys> sortKeys(int column);

    // Names for codes (null: codes as received). Cells, sort keys, the filter's text and copies
    // then follow the values as shown; sort keys and the text index built before are dropped.
    void setShownValues(std::shared_ptr<const ShownValues> values);
    std::shared_ptr<const ShownValues> shownValues() const { return m_shown; }
    // Headers show the fields' titles (the code in the tooltip) instead of their codes.
    void setHeaderTitles(bool titles);
    bool headerTitles() const { return m_headerTitles; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void discoverColumns(const QJsonObject &row);

    const RowSnapshot::Path &path(int column) const;

    RowStore m_store;
    int m_shownColumns = 0; // columns announced to views (discovered before the signal)
    ColumnSet m_columns;
    QStringList m_scratch;                          // reused by discoverColumns
    mutable std::vector<RowSnapshot::Path> m_paths; // per column, resolved on first use
    std::vector<std::shared_ptr<ColumnSortKeys>> m_sortKeys;
    mutable RowTextIndex m_text;
    std::shared_ptr<const ShownValues> m_shown;
    bool m_headerTitles = true;
};

} // namespace b24
