#pragma once

#include "core/export/rowwriter.h"

#include <QStringList>

namespace b24 {

// Shared by the JSON formats: a row as compact JSON; with chosen columns, an object holding just
// those columns in the chosen order, each the raw value at that path (null when absent), so types
// survive (numbers stay numbers, multi-fields stay arrays).
class JsonRowEncoder
{
public:
    // How a row that is not an object (an ID, a string, ...) comes out without chosen columns.
    enum class PlainRows
    {
        AsValueColumn, // {"value": 99}: one column, as in the table and CSV
        AsIs,          // 99
    };

    JsonRowEncoder(const QStringList &columns, PlainRows plainRows);
    QByteArray encode(const QJsonValue &row) const;

private:
    QStringList m_columns;
    QList<QByteArray> m_keys; // the chosen column names, already JSON-encoded
    PlainRows m_plainRows;
};

// JSON Lines: one compact object per line, "\n" after each; a row that is not an object is
// written as {"value": row}.
class JsonLinesWriter : public RowWriter
{
public:
    JsonLinesWriter(QIODevice *device, const QStringList &columns = {});

protected:
    bool encodeRow(const QJsonValue &row) override;

private:
    JsonRowEncoder m_encoder;
};

// One JSON array of the rows, one row per line; an empty export is "[]". Rows that are not
// objects stay as they are ([99,1269]) unless columns are chosen.
class JsonArrayWriter : public RowWriter
{
public:
    JsonArrayWriter(QIODevice *device, const QStringList &columns = {});

protected:
    bool encodeRow(const QJsonValue &row) override;
    bool encodeEnd() override;

private:
    JsonRowEncoder m_encoder;
};

} // namespace b24
