#include "ui/batch/batchcommandmodel.h"

#include "ui/batch/batchreference.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

static QString compactJson(const OrderedJson &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(object.toJson());
}

BatchCommandModel::BatchCommandModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int BatchCommandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchCommandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchCommandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            return row.key;
        case MethodColumn:
            return row.method;
        case ParamsColumn:
            return row.paramsText;
        }
        break;
    case Qt::ToolTipRole: {
        const QString problem = rowProblem(index.row());
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    }
    case Qt::ForegroundRole:
        return rowProblem(index.row()).isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xc0, 0x39, 0x2b)));
    }
    return {};
}

QVariant BatchCommandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case MethodColumn:
        return tr("Method");
    case ParamsColumn:
        return tr("Parameters (JSON)");
    }
    return {};
}

Qt::ItemFlags BatchCommandModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool BatchCommandModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case KeyColumn:
        row.key = text.trimmed();
        break;
    case MethodColumn:
        row.method = text.trimmed();
        break;
    case ParamsColumn:
        row.paramsText = text;
        break;
    default:
        return false;
    }
    // A key or method change can make other rows' references valid or invalid.
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    return true;
}

bool BatchCommandModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        m_rows.insert(row + i, Row{});
        m_rows[row + i].key = freeKey();
    }
    endInsertRows();
    return true;
}

bool BatchCommandModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

QString BatchCommandModel::freeKey() const
{
    for (int n = 0;; ++n) {
        const QString candidate = u"cmd_%1"_s.arg(n);
        bool used = false;
        for (const Row &row : m_rows)
            used = used || row.key == candidate;
        if (!used)
            return candidate;
    }
}

int BatchCommandModel::addCommand(const BatchCommand &command)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.append(
        Row{command.key.isEmpty() ? freeKey() : command.key, command.method, compactJson(command.params)});
    endInsertRows();
    return row;
}

void BatchCommandModel::setCommands(const QList<BatchCommand> &commands)
{
    beginResetModel();
    m_rows.clear();
    for (const BatchCommand &command : commands)
        m_rows.append(Row{command.key.isEmpty() ? freeKey() : command.key, command.method,
                          compactJson(command.params)});
    endResetModel();
}

QString BatchCommandModel::key(int row) const
{
    return m_rows.value(row).key;
}

OrderedJson BatchCommandModel::params(int row, bool *ok) const
{
    const QString text = m_rows.value(row).paramsText.trimmed();
    const OrderedJson parsed = text.isEmpty() ? OrderedJson::object() : OrderedJson::fromJson(text.toUtf8());
    if (ok)
        *ok = parsed.isObject();
    return parsed.isObject() ? parsed : OrderedJson::object();
}

void BatchCommandModel::setParams(int row, const OrderedJson &params)
{
    setData(index(row, ParamsColumn), compactJson(params));
}

QList<BatchCommand> BatchCommandModel::commands() const
{
    QList<BatchCommand> list;
    for (int row = 0; row < rowCount(); ++row)
        list.append(BatchCommand{m_rows.at(row).key, m_rows.at(row).method, params(row)});
    return list;
}

QString BatchCommandModel::rowProblem(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.key.isEmpty())
        return tr("no key");
    for (int other = 0; other < row; ++other) {
        if (m_rows.at(other).key == r.key)
            return tr("key \"%1\" is used twice").arg(r.key);
    }
    if (r.method.isEmpty())
        return tr("no method");
    if (r.method.compare("batch"_L1, Qt::CaseInsensitive) == 0)
        return tr("a batch cannot contain a batch");
    bool ok = false;
    const OrderedJson p = params(row, &ok);
    if (!ok)
        return tr("parameters are not a JSON object");
    for (const QString &ref : referencedKeys(p)) {
        bool earlier = false;
        for (int other = 0; other < row; ++other)
            earlier = earlier || m_rows.at(other).key == ref;
        if (!earlier)
            return tr("refers to \"%1\", which is not an earlier command").arg(ref);
    }
    return {};
}

QStringList BatchCommandModel::validationErrors() const
{
    QStringList errors;
    for (int row = 0; row < rowCount(); ++row) {
        const QString problem = rowProblem(row);
        if (!problem.isEmpty())
            errors.append(u"%1 (%2): %3"_s.arg(row + 1).arg(m_rows.at(row).key, problem));
    }
    return errors;
}

} // namespace b24
