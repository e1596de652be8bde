#pragma once

#include "export/rowwriter.h"

#include <QStringList>

namespace b24 {

// Shared by the JSON formats: a row as compact JSON; with chosen columns, an object holding just
// those columns in the chosen order, each the raw value at that path (null when absent), so types
// survive (numbers stay numbers, multi-fields stay arrays).
class JsonRowEncoder
{
public:
    explicit JsonRowEncoder(const QStringList &columns);
    QByteArray encode(const QJsonObject &row) const;

private:
    QStringList m_columns;
    QList<QByteArray> m_keys; // the chosen column names, already JSON-encoded
};

// JSON Lines: one compact object per line, "\n" after each.
class JsonLinesWriter : public RowWriter
{
public:
    JsonLinesWriter(QIODevice *device, const QStringList &columns = {});

protected:
    bool encodeRow(const QJsonObject &row) override;

private:
    JsonRowEncoder m_encoder;
};

// One JSON array of objects, one row per line; an empty export is "[]".
class JsonArrayWriter : public RowWriter
{
public:
    JsonArrayWriter(QIODevice *device, const QStringList &columns = {});

protected:
    bool encodeRow(const QJsonObject &row) override;
    bool encodeEnd() override;

private:
    JsonRowEncoder m_encoder;
};

} // namespace b24
