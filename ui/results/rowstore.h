#pragma once

#include "ui/results/rowcodec.h"
#include "ui/results/rowsnapshot.h"

namespace b24 {

// The rows of one result, appended as they stream in and kept compact (RowCodec records in
// blocks, one key dictionary). Reads decode on demand. snapshot() hands out an immutable view for
// other threads: it seals the block being filled, so later appends never touch shared memory.
class RowStore
{
public:
    static constexpr qsizetype kBlockRows = 4096;

    void clear();
    void append(const QJsonObject &row);

    qsizetype rowCount() const { return m_rows.rowCount(); }
    const RowSnapshot &rows() const { return m_rows; }
    RowSnapshot snapshot();

private:
    void seal();

    RowSnapshot m_rows;
    RowCodec::Keys m_keys;
    bool m_open = false; // the last block still takes rows
};

} // namespace b24
