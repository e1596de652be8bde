#pragma once

#include "core/profiles/historyentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace b24 {

// History entries as a table: time, method, status, HTTP, duration, rows, parameters.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        StatusColumn,
        HttpColumn,
        DurationColumn,
        RowsColumn,
        ParamsColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    void prepend(const HistoryEntry &entry);
    const HistoryEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries; // newest first
};

} // namespace b24
