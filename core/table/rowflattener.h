#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace b24 {

// The one set of rules that turns a JSON row into named text cells, shared by the table view,
// the command-line client and every export:
// - nested objects become "a.b" columns;
// - multi-fields (PHONE, EMAIL, ...: arrays of {ID, VALUE_TYPE, VALUE, TYPE_ID}) become
//   "value (TYPE), value (TYPE)";
// - arrays of scalars are joined with ", ";
// - anything else (arrays of objects, nested arrays) is compact JSON;
// - null is an empty cell, booleans are true/false, numbers use the shortest exact form;
// - a row that is not an object (im.chat.user.list answers user IDs, disk.storage.gettypes
//   strings) is one cell in the column "value" (see asObject()).
// Within a row, keys come in QJsonObject order (sorted), except that "ID"/"id" leads.
class RowFlattener
{
public:
    struct Cell
    {
        QString column;
        QString text;
    };

    // The column of a row that is not an object.
    static QString valueColumn() { return QStringLiteral("value"); }

    // The row as the table, CSV and JSON Lines see it: an object as it is, anything else (a
    // number, a string, a boolean, null, an array) as {"value": row}. In a page mixing both, an
    // object's own "value" key shares that column.
    static QJsonObject asObject(const QJsonValue &row);

    // Appends the cells of `row` to `out` in the row's key order (depth first).
    static void flatten(const QJsonObject &row, QList<Cell> *out);

    // Appends the column names flatten() would give, in the same order, without rendering any
    // cell (for views that render only the cells on screen).
    static void columnNames(const QJsonObject &row, QStringList *out);

    // The text of one value under the rules above (an object is rendered as compact JSON here:
    // it only happens when a chosen column names an object instead of one of its leaves).
    static QString cellText(const QJsonValue &value);

    // The raw value at a dotted path ("responsible.name"); Undefined when absent.
    // A key that itself contains dots ("a.b" in the row) is matched before descending.
    static QJsonValue valueAt(const QJsonObject &row, const QString &path);

    // Appends the cells of a nested object whose column names start with "prefix.".
    static void flattenObject(const QJsonObject &object, const QString &prefix, QList<Cell> *out)
    {
        flattenInto(object, prefix, out);
    }

    static bool isMultiField(const QJsonArray &array);
    static QString numberText(double value);

private:
    static void flattenInto(const QJsonObject &object, const QString &prefix, QList<Cell> *out);
};

} // namespace b24
