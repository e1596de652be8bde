#include "results/rowtextindex.h"

#include "table/rowflattener.h"

#include <QStringEncoder>

#include <algorithm>
#include <string_view>

namespace b24 {

namespace {
constexpr qsizetype kChunkBytes = 4 << 20;
} // namespace

QByteArray RowTextIndex::needle(const QString &text)
{
    QByteArray folded = text.toCaseFolded().toUtf8();
    folded.replace('\0', QByteArrayView());
    return folded;
}

void RowTextIndex::clear()
{
    m_chunks = {};
    m_rows = 0;
    m_scratch = QString();
}

qint64 RowTextIndex::byteSize() const
{
    qint64 bytes = 0;
    for (const Chunk &chunk : m_chunks)
        bytes += chunk.text.capacity() + qint64(chunk.ends.capacity() * sizeof(quint32));
    return bytes;
}

void RowTextIndex::appendValues(const QJsonObject &object)
{
    // The same leaves as RowFlattener::flatten, without building column names.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isObject() && !value.toObject().isEmpty()) {
            appendValues(value.toObject());
            continue;
        }
        m_scratch += RowFlattener::cellText(value);
        m_scratch += QChar(0);
    }
}

void RowTextIndex::append(const QJsonObject &row)
{
    m_scratch.resize(0);
    appendValues(row);
    if (m_scratch.isEmpty())
        m_scratch += QChar(0); // a row without cells still ends with a NUL
    const QString folded = m_scratch.toCaseFolded();
    QStringEncoder utf8(QStringEncoder::Utf8);
    const qsizetype room = utf8.requiredSpace(folded.size());
    if (m_chunks.empty() || m_chunks.back().text.size() + room > kChunkBytes) {
        if (!m_chunks.empty())
            m_chunks.back().text.squeeze();
        Chunk &chunk = m_chunks.emplace_back();
        chunk.firstRow = m_rows;
        chunk.text.reserve(qMax(kChunkBytes, room));
    }
    Chunk &chunk = m_chunks.back();
    const qsizetype start = chunk.text.size();
    chunk.text.resize(start + room);
    char *end = utf8.appendToBuffer(chunk.text.data() + start, folded);
    chunk.text.resize(end - chunk.text.constData());
    chunk.ends.push_back(quint32(chunk.text.size()));
    ++m_rows;
}

qsizetype RowTextIndex::match(QByteArrayView needle, qsizetype from, qsizetype to, char *out) const
{
    if (needle.isEmpty() || from >= to || m_chunks.empty())
        return 0;
    const std::string_view what(needle.data(), size_t(needle.size()));
    auto chunk = std::upper_bound(m_chunks.begin(), m_chunks.end(), from,
                                  [](qsizetype row, const Chunk &c) { return row < c.firstRow; });
    --chunk;
    qsizetype matched = 0;
    qsizetype row = from;
    for (; row < to && chunk != m_chunks.end(); ++chunk) {
        const qsizetype last = qMin(to, chunk->firstRow + qsizetype(chunk->ends.size()));
        const quint32 *ends = chunk->ends.data() - chunk->firstRow; // indexed by row
        const std::string_view text(chunk->text.constData(), size_t(ends[last - 1]));
        size_t pos = row == chunk->firstRow ? 0 : ends[row - 1];
        // One search over the whole range; after a hit, skip to the next row.
        while (row < last) {
            const size_t hit = text.find(what, pos);
            if (hit == std::string_view::npos)
                break;
            row = std::upper_bound(ends + row, ends + last, quint32(hit)) - ends;
            out[row - from] = 1;
            ++matched;
            pos = ends[row];
            ++row;
        }
        row = last;
    }
    return matched;
}

} // namespace b24
