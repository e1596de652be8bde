#include "ui/results/rowsnapshot.h"

#include "core/table/rowflattener.h"
#include "ui/results/rowcodec.h"

#include <algorithm>

namespace b24 {

QByteArrayView RowSnapshot::record(qsizetype row) const
{
    const auto block = std::upper_bound(m_starts.begin(), m_starts.end(), row) - m_starts.begin() - 1;
    return m_blocks[size_t(block)]->record(row - m_starts[size_t(block)]);
}

QJsonObject RowSnapshot::row(qsizetype row) const
{
    return RowCodec::decode(record(row), m_keys);
}

RowSnapshot::Path RowSnapshot::resolve(const QString &column) const
{
    Path path;
    path.keyCount = m_keys.size();
    const qsizetype whole = m_keys.indexOf(column);
    if (whole >= 0)
        path.candidates.emplace_back(int(whole), QString());
    for (qsizetype dot = column.indexOf(u'.'); dot > 0; dot = column.indexOf(u'.', dot + 1)) {
        const qsizetype head = m_keys.indexOf(QStringView(column).left(dot));
        if (head >= 0)
            path.candidates.emplace_back(int(head), column.mid(dot + 1));
    }
    return path;
}

QJsonValue RowSnapshot::value(qsizetype row, const Path &path) const
{
    const QByteArrayView bytes = record(row);
    for (const auto &[id, rest] : path.candidates) {
        const QJsonValue value = RowCodec::find(bytes, id);
        if (rest.isEmpty() && !value.isUndefined())
            return value;
        if (!rest.isEmpty() && value.isObject()) {
            const QJsonValue inner = RowFlattener::valueAt(value.toObject(), rest);
            if (!inner.isUndefined())
                return inner;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString RowSnapshot::cellText(qsizetype row, const Path &path) const
{
    // The common case, a top-level key, renders straight from the record.
    if (path.candidates.size() == 1 && path.candidates.front().second.isEmpty())
        return RowCodec::findText(record(row), path.candidates.front().first).value_or(QString());
    return RowFlattener::cellText(value(row, path));
}

qint64 RowSnapshot::byteSize() const
{
    qint64 bytes = 0;
    for (const auto &block : m_blocks)
        bytes += block->bytes.capacity() + qint64(block->ends.capacity() * sizeof(quint32));
    return bytes;
}

} // namespace b24
