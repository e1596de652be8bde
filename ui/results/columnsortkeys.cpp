#include "ui/results/columnsortkeys.h"

#include <cmath>
#include <limits>

namespace b24 {

void ColumnSortKeys::appendText(const QString &text)
{
    m_texts += text.toCaseFolded().toUtf8();
    m_ends.push_back(size_t(m_texts.size()));
}

void ColumnSortKeys::extend(qsizetype rows, const CellText &cellText)
{
    if (rows <= m_count)
        return;
    if (m_numeric)
        m_numbers.reserve(size_t(rows));
    else
        m_ends.reserve(size_t(rows));
    for (qsizetype row = m_count; row < rows; ++row) {
        const QString text = cellText(row);
        if (!m_numeric) {
            appendText(text);
            continue;
        }
        bool ok = text.isEmpty();
        const double number = ok ? -std::numeric_limits<double>::infinity() : text.toDouble(&ok);
        if (ok && !std::isnan(number)) { // NaN would break the ordering
            m_numbers.push_back(number);
            continue;
        }
        // The first cell that is not a number: the column sorts as text, earlier rows included.
        m_numeric = false;
        m_numbers = {};
        m_ends.reserve(size_t(rows));
        for (qsizetype earlier = 0; earlier < row; ++earlier)
            appendText(cellText(earlier));
        appendText(text);
    }
    m_count = rows;
}

} // namespace b24
