#include "core/export/jsonwriters.h"

#include "core/table/rowflattener.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// QJsonDocument only serialises containers: wrap the value in an array and strip the brackets.
QByteArray valueJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

JsonRowEncoder::JsonRowEncoder(const QStringList &columns, PlainRows plainRows)
    : m_columns(columns)
    , m_plainRows(plainRows)
{
    for (const QString &column : columns)
        m_keys.append(valueJson(column));
}

QByteArray JsonRowEncoder::encode(const QJsonValue &value) const
{
    if (m_columns.isEmpty() && !value.isObject() && m_plainRows == PlainRows::AsIs)
        return valueJson(value);
    const QJsonObject row = RowFlattener::asObject(value);
    if (m_columns.isEmpty())
        return QJsonDocument(row).toJson(QJsonDocument::Compact);
    // Built by hand: a QJsonObject would sort the keys and lose the chosen order.
    QByteArray out = "{"_ba;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            out += ',';
        const QJsonValue value = RowFlattener::valueAt(row, m_columns.at(i));
        out += m_keys.at(i) + ':' + valueJson(value.isUndefined() ? QJsonValue() : value);
    }
    out += '}';
    return out;
}

JsonLinesWriter::JsonLinesWriter(QIODevice *device, const QStringList &columns)
    : RowWriter(device)
    , m_encoder(columns, JsonRowEncoder::PlainRows::AsValueColumn)
{}

bool JsonLinesWriter::encodeRow(const QJsonValue &row)
{
    return put(m_encoder.encode(row)) && put('\n');
}

JsonArrayWriter::JsonArrayWriter(QIODevice *device, const QStringList &columns)
    : RowWriter(device)
    , m_encoder(columns, JsonRowEncoder::PlainRows::AsIs)
{}

bool JsonArrayWriter::encodeRow(const QJsonValue &row)
{
    return put(rowCount() == 0 ? "[\n"_ba : ",\n"_ba) && put(m_encoder.encode(row));
}

bool JsonArrayWriter::encodeEnd()
{
    return put(rowCount() == 0 ? "[]\n"_ba : "\n]\n"_ba);
}

} // namespace b24
