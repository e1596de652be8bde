#include "ui/batch/batchresultmodel.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

BatchResultModel::BatchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int BatchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.items.size());
}

int BatchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchResultModel::statusText(const BatchItem &item)
{
    if (item.ok())
        return tr("OK");
    if (!item.executed && !item.error.isError())
        return tr("Not run");
    return item.executed ? tr("Error") : tr("Not run");
}

qint64 BatchResultModel::rowsIn(const QJsonValue &result)
{
    if (result.isUndefined() || result.isNull())
        return 0;
    if (result.isArray())
        return result.toArray().size();
    if (result.isObject()) {
        const QJsonObject object = result.toObject();
        // Wrapped lists: {"items": [...]}, {"tasks": [...]} — exactly one list member.
        qint64 found = -1;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isArray()) {
                if (found >= 0)
                    return 1;
                found = it.value().toArray().size();
            }
        }
        return found >= 0 ? found : 1;
    }
    return 1;
}

QVariant BatchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchItem &item = m_result.items.at(index.row());
    if (role == ResultRole)
        return QVariant::fromValue(item.result);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && !item.ok())
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && item.error.isError())
        return item.error.toString();
    if (role == Qt::TextAlignmentRole && (index.column() == TimeColumn || index.column() == RowsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return item.key;
    case MethodColumn:
        return item.method;
    case StatusColumn:
        return statusText(item);
    case ErrorColumn:
        return item.error.isError() ? item.error.toString() : QString();
    case TimeColumn:
        return item.time ? QVariant(u"%1 ms"_s.arg(qRound64(item.time->duration * 1000))) : QVariant();
    case RowsColumn: {
        if (!item.ok())
            return {};
        const QString rows = QString::number(rowsIn(item.result));
        return item.total ? u"%1 / %2"_s.arg(rows).arg(*item.total) : rows;
    }
    }
    return {};
}

QVariant BatchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case ErrorColumn:
        return tr("Error");
    case TimeColumn:
        return tr("Time");
    case RowsColumn:
        return tr("Rows");
    }
    return {};
}

void BatchResultModel::setResult(const BatchResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void BatchResultModel::clear()
{
    setResult({});
}

} // namespace b24
