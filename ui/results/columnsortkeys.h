#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <string_view>
#include <vector>

namespace b24 {

// Sort keys of one column, extended (never rebuilt) as rows stream in. A column sorts as numbers
// while every non-empty cell is one (IDs, sums, counts); otherwise as case-folded UTF-8 text in one
// buffer (byte order of UTF-8 is code point order), a few bytes per row instead of a QString.
class ColumnSortKeys
{
public:
    using CellText = std::function<QString(qsizetype row)>;

    bool isNumeric() const { return m_numeric; }
    qsizetype count() const { return m_count; }

    // Adds keys for rows [count(), rows); cellText gives a cell's text (again from row 0 when the
    // column turns out not to be numeric).
    void extend(qsizetype rows, const CellText &cellText);

    bool less(qsizetype left, qsizetype right) const
    {
        return m_numeric ? m_numbers[size_t(left)] < m_numbers[size_t(right)] : text(left) < text(right);
    }

private:
    std::string_view text(qsizetype row) const
    {
        const size_t begin = row == 0 ? 0 : m_ends[size_t(row - 1)];
        return {m_texts.constData() + begin, m_ends[size_t(row)] - begin};
    }
    void appendText(const QString &text);

    bool m_numeric = true;
    qsizetype m_count = 0;
    std::vector<double> m_numbers;
    QByteArray m_texts;
    std::vector<size_t> m_ends;
};

} // namespace b24
