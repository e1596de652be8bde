#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace b24 {

// A read-only tree over one QJsonValue: columns Key, Value, Type. Children are built lazily when a
// node is first expanded, so a 100 MB answer costs nothing until the user opens it.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setJson(const QJsonValue &value);
    QJsonValue json() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

    // Short one-line preview of a value ("{3 keys}", "[50 items]", the scalar itself).
    static QString preview(const QJsonValue &value);
    static QString typeName(const QJsonValue &value);

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        bool built = false;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeFor(const QModelIndex &index) const;
    void build(Node *node) const;

    std::unique_ptr<Node> m_root;
};

} // namespace b24
