#include "core/table/columnset.h"

namespace b24 {

ColumnSet::ColumnSet(const QStringList &chosen)
    : m_chosen(true)
{
    for (const QString &name : chosen) {
        if (!m_index.contains(name)) {
            m_index.insert(name, m_names.size());
            m_names.append(name);
        }
    }
}

QStringList ColumnSet::parseList(const QString &spec)
{
    QStringList names;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

qsizetype ColumnSet::add(const QString &name)
{
    const auto it = m_index.constFind(name);
    if (it != m_index.constEnd())
        return *it;
    if (m_chosen)
        return -1;
    const qsizetype index = m_names.size();
    m_index.insert(name, index);
    m_names.append(name);
    return index;
}

QStringList ColumnSet::place(const QJsonValue &value)
{
    const QJsonObject row = RowFlattener::asObject(value);
    m_scratch.clear();
    RowFlattener::flatten(row, &m_scratch);
    QStringList cells(m_names.size());
    QList<bool> filled;
    if (m_chosen)
        filled.resize(m_names.size(), false);
    for (RowFlattener::Cell &cell : m_scratch) {
        const qsizetype index = add(cell.column);
        if (index < 0)
            continue;
        if (index >= cells.size())
            cells.resize(index + 1);
        cells[index] = std::move(cell.text);
        if (m_chosen)
            filled[index] = true;
    }
    if (m_chosen) {
        // A chosen column that is not a leaf: look the raw value up by path.
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            if (!filled[i])
                cells[i] = RowFlattener::cellText(RowFlattener::valueAt(row, m_names[i]));
        }
    }
    return cells;
}

} // namespace b24
