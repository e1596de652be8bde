#include "ui/results/rowtextindex.h"

#include "core/table/rowflattener.h"

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
    m_row = QByteArray();
}

qint64 RowTextIndex::byteSize() const
{
    qint64 bytes = 0;
    for (const Chunk &chunk : m_chunks)
        bytes += chunk.text.capacity() + qint64(chunk.ends.capacity() * sizeof(quint32));
    return bytes;
}

namespace {

bool isAscii(QByteArrayView utf8)
{
    return std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; });
}

} // namespace

void RowTextIndex::addText(QStringView text)
{
    // Folding ASCII is lowering A-Z; anything else goes through QString's case folding.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        m_row += text.toString().toCaseFolded().toUtf8();
    } else {
        for (const QChar c : text)
            m_row += char(c.unicode() >= 'A' && c.unicode() <= 'Z' ? c.unicode() + 32 : c.unicode());
    }
    m_row += '\0';
}

void RowTextIndex::addUtf8(QByteArrayView utf8)
{
    if (!isAscii(utf8)) {
        addText(QString::fromUtf8(utf8));
        return;
    }
    const qsizetype start = m_row.size();
    m_row.resize(start + utf8.size());
    std::transform(utf8.begin(), utf8.end(), m_row.begin() + start,
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; });
    m_row += '\0';
}

void RowTextIndex::addValue(const QJsonValue &value)
{
    // The same leaves as RowFlattener::flatten, without building column names.
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addValue(it.value());
        return;
    }
    addText(RowFlattener::cellText(value));
}

void RowTextIndex::append(const QJsonObject &row)
{
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        addValue(it.value());
    endRow();
}

void RowTextIndex::endRow()
{
    if (m_row.isEmpty())
        m_row += '\0'; // a row without cells still ends with a NUL
    if (m_chunks.empty() || m_chunks.back().text.size() + m_row.size() > kChunkBytes) {
        if (!m_chunks.empty())
            m_chunks.back().text.squeeze();
        Chunk &chunk = m_chunks.emplace_back();
        chunk.firstRow = m_rows;
        chunk.text.reserve(qMax(kChunkBytes, m_row.size()));
    }
    Chunk &chunk = m_chunks.back();
    chunk.text += m_row;
    chunk.ends.push_back(quint32(chunk.text.size()));
    m_row.resize(0);
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
