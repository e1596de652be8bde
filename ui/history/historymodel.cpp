#include "ui/history/historymodel.h"

#include "core/b24/redaction.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void HistoryModel::prepend(const HistoryEntry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.time, QLocale::ShortFormat);
    case PortalColumn:
        return e.portal.isEmpty() ? e.profileId : redact(e.portal);
    case MethodColumn:
        return e.api == ApiVersion::V3 ? tr("%1 · REST 3.0").arg(e.method) : e.method;
    case StatusColumn:
        return statusText(e.status);
    case HttpColumn:
        return e.httpStatus > 0 ? QVariant(e.httpStatus) : QVariant();
    case DurationColumn:
        return tr("%1 ms").arg(e.durationMs);
    case RowsColumn:
        return e.rows >= 0 ? QVariant(e.rows) : QVariant();
    case ParamsColumn:
        return redact(QString::fromUtf8(e.params.toJson()));
    default:
        return {};
    }
}

QString HistoryModel::statusText(const QString &status)
{
    if (status == "ok"_L1)
        return tr("OK");
    if (status == "cancelled"_L1)
        return tr("cancelled");
    if (status == "partial"_L1)
        return tr("partial");
    return status;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PortalColumn:
        return tr("Portal");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case HttpColumn:
        return tr("HTTP");
    case DurationColumn:
        return tr("Duration");
    case RowsColumn:
        return tr("Rows");
    case ParamsColumn:
        return tr("Parameters");
    default:
        return {};
    }
}

} // namespace b24
