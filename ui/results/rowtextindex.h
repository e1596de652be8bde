#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <vector>

namespace b24 {

// The text of every cell of every row, case-folded and UTF-8, for the table's filter: built once
// (lazily, when a filter first runs) so that each filter is a plain byte search instead of
// flattening a million JSON objects again. Cells and rows end with a NUL, so a match never spans
// two cells. Stored in chunks of a few MB (no doubling peak, 4 bytes of offset per row).
class RowTextIndex
{
public:
    // The search form of a filter text: case-folded UTF-8, NULs dropped.
    static QByteArray needle(const QString &text);

    void clear();
    qsizetype rowCount() const { return m_rows; }
    qint64 byteSize() const;

    // Appends the next row (rows are indexed in order).
    void append(const QJsonObject &row);
    // The same, a cell at a time: addUtf8/addValue for each leaf, then endRow.
    void addUtf8(QByteArrayView utf8);
    void addValue(const QJsonValue &value);
    void endRow();

    // Sets out[i] to 1 (and leaves 0 alone) for each row from+i in [from, to) that contains
    // `needle` in one cell; returns how many matched. Rows must be indexed; needle non-empty.
    qsizetype match(QByteArrayView needle, qsizetype from, qsizetype to, char *out) const;

private:
    struct Chunk
    {
        qsizetype firstRow = 0;
        QByteArray text;
        std::vector<quint32> ends; // end offset (after the row's last NUL) per row
    };
    void addText(QStringView text);

    std::vector<Chunk> m_chunks;
    qsizetype m_rows = 0;
    QByteArray m_row; // the row being added, folded, reused
};

} // namespace b24
