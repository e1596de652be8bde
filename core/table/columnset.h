#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/table/rowflattener.h"

namespace b24 {

// The columns of a table of flattened rows. Two modes:
// - discovering (default): columns appear in first-seen order as rows stream in;
// - chosen (--columns A,B): exactly those columns, in that order; other cells are dropped.
// A chosen column that names an object or array instead of a leaf ("responsible") still gets
// a cell: the value rendered by RowFlattener::cellText.
class ColumnSet
{
public:
    ColumnSet() = default;
    explicit ColumnSet(const QStringList &chosen);

    // "A,B , C" -> {"A","B","C"}; empty parts dropped, duplicates kept once.
    static QStringList parseList(const QString &spec);

    bool isChosen() const { return m_chosen; }
    qsizetype count() const { return m_names.size(); }
    const QStringList &names() const { return m_names; }
    qsizetype indexOf(const QString &name) const { return m_index.value(name, -1); }

    // Adds the column in discovering mode; returns its index, or -1 (chosen mode, unknown name).
    qsizetype add(const QString &name);

    // Flattens one row (RowFlattener::asObject: a row that is not an object is its "value"
    // column) and returns its cells aligned to the columns (count() after the call); discovers
    // new columns unless chosen.
    QStringList place(const QJsonValue &row);

private:
    QStringList m_names;
    QHash<QString, qsizetype> m_index;
    QList<RowFlattener::Cell> m_scratch; // reused between rows: no allocation per row
    bool m_chosen = false;
};

} // namespace b24
