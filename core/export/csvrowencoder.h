#pragma once

#include "core/export/csvoptions.h"

#include <QByteArray>
#include <QCborValue>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace b24 {

class ColumnSet;

// Encodes one JSON row straight into a UTF-8 CSV line under RowFlattener's rules, without the
// per-cell QString round trips of RowFlattener::flatten + ColumnSet::place: scalar cells are
// written as UTF-8 into per-column byte slots that are reused from row to row, so a steady
// stream of rows allocates almost nothing. Nested objects and arrays take the shared (slower)
// RowFlattener path, so the rules stay in one place.
class CsvRowEncoder
{
public:
    CsvRowEncoder(ColumnSet *columns, const CsvOptions &options);

    // Places the cells of `row` (discovering columns unless chosen; a row that is not an object is
    // its "value" column, RowFlattener::asObject) and writes the encoded line, without the line
    // end, to `line` (cleared first). Returns the number of cells in the line.
    qsizetype encode(const QJsonValue &row, QByteArray *line);

    // The header line (column names as cells), without the line end.
    void encodeHeader(QByteArray *line) const;

    // Appends one cell as UTF-8: quoted when it holds the delimiter, a quote, CR or LF; prefixed
    // with ' when the formula guard applies.
    static void appendCell(QByteArray *out, QStringView text, QChar delimiter, bool formulaGuard);
    static bool needsFormulaGuard(QStringView text);
    static void appendUtf8(QByteArray *out, QStringView text);
    // RowFlattener::numberText's digits, without a QString for the usual cases.
    static void appendNumber(QByteArray *out, double value);

private:
    qsizetype encodeRow(const QJsonObject &row, QByteArray *line, bool direct);
    qsizetype columnAt(qsizetype position, QJsonObject::const_iterator it, const QCborValue &key);
    QByteArray *target(qsizetype index);
    void encodeValue(qsizetype position, QJsonObject::const_iterator it, const QCborValue &key);
    void encodeObject(const QJsonObject &object, const QString &prefix);

    ColumnSet *m_columns;
    CsvOptions m_options;
    QByteArray m_delimiter;    // the delimiter as UTF-8
    QList<QByteArray> m_slots; // one per column, capacity kept between rows
    QList<quint32> m_filled;   // == m_generation when the slot holds this row's cell
    quint32 m_generation = 0;
    // Rows of a list nearly always bring the same keys in the same order: remember the column of
    // each key position, so a row costs key compares instead of hash look-ups. The keys are
    // compared as CBOR values of the row's own storage (a JSON object is a CBOR map inside), which
    // spares the QString each QJsonObject key would cost.
    QList<QCborValue> m_keys;
    QList<qsizetype> m_keyColumns;
    // While cells arrive in column order they go straight into the line; the first one out of
    // order switches the rest of the row to the slots.
    QByteArray *m_line = nullptr;
    qsizetype m_written = 0; // columns already in the line
    bool m_direct = false;
    bool m_retry = false; // a column came twice: encode the row again via the slots
};

} // namespace b24
