#include "ui/common/tsvcopy.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QString TsvCopy::cleanCell(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

QString TsvCopy::fromIndexes(const QModelIndexList &indexes, bool withHeader)
{
    if (indexes.isEmpty())
        return {};
    const QAbstractItemModel *model = indexes.first().model();
    QMap<int, QMap<int, QString>> cells; // row -> column -> text
    QList<int> columns;
    QSet<int> seen;
    for (const QModelIndex &index : indexes) {
        cells[index.row()][index.column()] = cleanCell(index.data().toString());
        if (!seen.contains(index.column())) {
            seen.insert(index.column());
            columns.append(index.column());
        }
    }
    std::sort(columns.begin(), columns.end());
    QStringList lines;
    if (withHeader) {
        QStringList header;
        for (int column : std::as_const(columns))
            header.append(cleanCell(model->headerData(column, Qt::Horizontal).toString()));
        lines.append(header.join(u'\t'));
    }
    for (auto row = cells.cbegin(); row != cells.cend(); ++row) {
        QStringList line;
        for (int column : std::as_const(columns))
            line.append(row.value().value(column));
        lines.append(line.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace b24
