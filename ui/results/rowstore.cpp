#include "ui/results/rowstore.h"

namespace b24 {

void RowStore::clear()
{
    m_rows = RowSnapshot();
    m_keys = RowCodec::Keys();
    m_open = false;
}

void RowStore::seal()
{
    if (!m_open)
        return;
    RowSnapshot::Block &block = *m_rows.m_blocks.back();
    block.bytes.squeeze();
    block.ends.shrink_to_fit();
    m_open = false;
}

void RowStore::append(const QJsonObject &row)
{
    if (m_open && m_rows.m_blocks.back()->count() >= kBlockRows)
        seal();
    if (!m_open) {
        m_rows.m_blocks.push_back(std::make_shared<RowSnapshot::Block>());
        m_rows.m_starts.push_back(m_rows.m_rows);
        m_rows.m_blocks.back()->ends.reserve(size_t(kBlockRows));
        m_open = true;
    }
    RowSnapshot::Block &block = *m_rows.m_blocks.back();
    RowCodec::encode(row, &m_keys, &block.bytes);
    block.ends.push_back(quint32(block.bytes.size()));
    ++m_rows.m_rows;
    if (m_rows.m_keys.size() != m_keys.names().size())
        m_rows.m_keys = m_keys.names();
}

RowSnapshot RowStore::snapshot()
{
    seal();
    return m_rows;
}

} // namespace b24
