#pragma once

#include "core/b24/batchresult.h"

#include <QAbstractTableModel>

namespace b24 {

// One row per batch command: key, method, status, error, time and rows of its answer.
class BatchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        MethodColumn,
        StatusColumn,
        ErrorColumn,
        TimeColumn,
        RowsColumn,
        ColumnCount
    };
    enum Role
    {
        ResultRole = Qt::UserRole + 1
    }; // the command's answer as a QJsonValue

    explicit BatchResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setResult(const BatchResult &result);
    void clear();
    const BatchResult &result() const { return m_result; }
    const BatchItem &item(int row) const { return m_result.items.at(row); }

    static QString statusText(const BatchItem &item);
    // Rows in an answer: a list's length, the list inside a wrapped answer ({"items": [...]}), else 1.
    static qint64 rowsIn(const QJsonValue &result);

private:
    BatchResult m_result;
};

} // namespace b24
