#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace b24 {

// Rows of one result in their compact form (RowCodec records), in blocks of a few thousand rows.
// A snapshot is a cheap copy (shared blocks, no row data copied) that stays valid and unchanged
// while the RowStore it came from grows or is cleared, so worker threads (sorting, export) read it
// without locks.
class RowSnapshot
{
public:
    struct Block
    {
        QByteArray bytes;
        std::vector<quint32> ends; // end offset per row
        qsizetype count() const { return qsizetype(ends.size()); }
        QByteArrayView record(qsizetype row) const
        {
            const quint32 begin = row == 0 ? 0 : ends[size_t(row - 1)];
            return {bytes.constData() + begin, qsizetype(ends[size_t(row)] - begin)};
        }
    };

    // A column's dotted name against the key dictionary, in RowFlattener::valueAt's order: the
    // whole name as a key, then each split point from the left (key number, rest of the path).
    struct Path
    {
        std::vector<std::pair<int, QString>> candidates;
        qsizetype keyCount = -1; // dictionary size when resolved: more keys may add candidates
    };

    qsizetype rowCount() const { return m_rows; }
    const QStringList &keys() const { return m_keys; }

    QByteArrayView record(qsizetype row) const;
    QJsonObject row(qsizetype row) const;
    Path resolve(const QString &column) const;
    bool isCurrent(const Path &path) const { return path.keyCount == m_keys.size(); }
    QJsonValue value(qsizetype row, const Path &path) const;
    // The cell as RowFlattener::cellText renders value(row, path).
    QString cellText(qsizetype row, const Path &path) const;
    // Memory held by the blocks.
    qint64 byteSize() const;

private:
    friend class RowStore;

    std::vector<std::shared_ptr<Block>> m_blocks;
    std::vector<qsizetype> m_starts; // first row of each block
    QStringList m_keys;
    qsizetype m_rows = 0;
};

} // namespace b24
