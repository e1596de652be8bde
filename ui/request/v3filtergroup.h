#pragma once

#include "core/b24/orderedjson.h"
#include "core/catalog/openapimethod.h"

#include <QFrame>

class QCheckBox;
class QComboBox;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace b24 {

class V3FilterCondition;

// A group of REST 3.0 filter conditions (docs/protocol.md §11.3): {"logic": "and"|"or",
// "conditions": [...], "negative": true} with conditions and nested groups inside. The top level of
// a filter is a group too, shown without logic and NOT: its entries are joined by AND and written
// as the bare array. A group written with other keys, or a logic word other than and/or, is not a
// group this form edits: its parent shows it as raw JSON. Keys keep their written order and
// spelling; absent "logic"/"negative" stay absent while they mean the default.
class V3FilterGroup : public QFrame
{
    Q_OBJECT
public:
    explicit V3FilterGroup(bool topLevel, QWidget *parent = nullptr);

    static bool isGroup(const OrderedJson &node);

    void setFields(const QList<OpenApiField> &fields);
    V3FilterCondition *addCondition();
    V3FilterGroup *addGroup();
    void clear();
    int nodeCount() const;
    QWidget *node(int index) const; // a V3FilterCondition or a V3FilterGroup

    bool isOr() const;
    void setOr(bool any);
    bool isNegative() const;
    void setNegative(bool negative);

    // Top level: the array of entries; a group: its object.
    OrderedJson toJson() const;
    // Top level: an array; a group: an object isGroup() accepts.
    void load(const OrderedJson &node);
    QStringList validationErrors() const;

    QComboBox *logicBox() const { return m_logic; }
    QCheckBox *notBox() const { return m_not; }
    QPushButton *addConditionButton() const { return m_addCondition; }
    QPushButton *addGroupButton() const { return m_addGroup; }
    QToolButton *removeButton() const { return m_remove; }

signals:
    void changed();
    void removeRequested();

private:
    void adopt(QWidget *node);
    void loadEntry(const OrderedJson &entry);
    void edited();

    bool m_topLevel;
    QList<OpenApiField> m_fields;
    QComboBox *m_logic;
    QCheckBox *m_not;
    QPushButton *m_addCondition;
    QPushButton *m_addGroup;
    QToolButton *m_remove;
    QVBoxLayout *m_nodes;
    QList<QWidget *> m_children;
    OrderedJson m_set; // the group object as read: its key order and spellings
    bool m_loading = false;
};

} // namespace b24
