#pragma once

#include "core/b24/batchcommand.h"

#include <QAbstractTableModel>

namespace b24 {

// The rows of the batch editor: key, method and parameters (JSON text), editable in place.
// Any number of rows: core sends them 50 per request.
class BatchCommandModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        MethodColumn,
        ParamsColumn,
        ColumnCount
    };

    explicit BatchCommandModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Appends a command; an empty key gets the next free "cmd_N".
    int addCommand(const BatchCommand &command);
    void setCommands(const QList<BatchCommand> &commands);
    // Commands whose parameters parse (rows with invalid JSON are sent with {} — check
    // validationErrors() first).
    QList<BatchCommand> commands() const;
    QString key(int row) const;
    OrderedJson params(int row, bool *ok = nullptr) const;
    void setParams(int row, const OrderedJson &params);

    // Problems of one row (empty: fine) and of all rows ("key: problem").
    QString rowProblem(int row) const;
    QStringList validationErrors() const;

private:
    struct Row
    {
        QString key;
        QString method;
        QString paramsText;
    };
    QString freeKey() const;

    QList<Row> m_rows;
};

} // namespace b24
