#pragma once

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

namespace b24 {

// Tab-separated text of a selection, as spreadsheets paste it: one line per row, the selected
// columns in view order; tabs and line breaks inside a cell become spaces.
class TsvCopy
{
public:
    static QString fromIndexes(const QModelIndexList &indexes, bool withHeader = false);
    static QString cleanCell(QString text);
};

} // namespace b24
