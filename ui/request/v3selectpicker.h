#pragma once

#include "core/catalog/openapimethod.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace b24 {

// The "select" parameter of a REST 3.0 method (docs/protocol.md §11.3): the entity's own fields,
// and its relations as branches whose fields are ticked by their dotted names
// ("responsible.name"). A search box narrows the tree to matching names and titles. The order of
// select() is the order names were set or ticked in; names the entity does not know (typed in the
// JSON) are kept as extra rows, never dropped.
class V3SelectPicker : public QWidget
{
    Q_OBJECT
public:
    explicit V3SelectPicker(QWidget *parent = nullptr);

    // nullopt: no schema known (only names already selected are shown).
    void setEntity(const std::optional<OpenApiEntity> &entity);
    QStringList selected() const { return m_order; }
    void setSelected(const QStringList &names);
    void setChecked(const QString &name, bool checked);
    void setSearchText(const QString &text);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchBox() const { return m_search; }
    QTreeWidgetItem *item(const QString &name) const; // a field's row, by its (dotted) name

signals:
    void changed();

private:
    QTreeWidgetItem *addField(QTreeWidgetItem *parent, const OpenApiField &field);
    QTreeWidgetItem *ensureItem(const QString &name);
    void applyChecks();
    void itemChanged(QTreeWidgetItem *item);

    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QStringList m_order;
    bool m_updating = false;
};

} // namespace b24
