#include "ui/request/v3filtergroup.h"

#include "ui/request/v3filtercondition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

V3FilterGroup::V3FilterGroup(bool topLevel, QWidget *parent)
    : QFrame(parent)
    , m_topLevel(topLevel)
    , m_logic(new QComboBox(this))
    , m_not(new QCheckBox(tr("NOT"), this))
    , m_addCondition(new QPushButton(tr("+ Condition"), this))
    , m_addGroup(new QPushButton(tr("+ Group"), this))
    , m_remove(new QToolButton(this))
    , m_nodes(new QVBoxLayout)
{
    m_logic->addItem(tr("All of (AND)"), u"and"_s);
    m_logic->addItem(tr("Any of (OR)"), u"or"_s);
    m_logic->setObjectName(u"v3FilterLogic"_s);
    m_not->setObjectName(u"v3FilterNot"_s);
    m_not->setToolTip(tr("Negate the group: rows that do not match it (\"negative\": true)"));
    m_addCondition->setObjectName(u"v3FilterAddCondition"_s);
    m_addGroup->setObjectName(u"v3FilterAddGroup"_s);
    m_remove->setText(u"✕"_s);
    m_remove->setToolTip(tr("Remove this group"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_not);
    header->addWidget(m_logic);
    header->addWidget(m_addCondition);
    header->addWidget(m_addGroup);
    header->addStretch();
    header->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_nodes);
    if (topLevel) {
        // The top level joins its entries by AND and has no NOT (docs/protocol.md §11.3).
        m_logic->hide();
        m_not->hide();
        m_remove->hide();
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addStretch();
    } else {
        setFrameShape(QFrame::StyledPanel);
        m_nodes->setContentsMargins(12, 0, 0, 0);
    }
    connect(m_logic, &QComboBox::currentIndexChanged, this, &V3FilterGroup::edited);
    connect(m_not, &QCheckBox::toggled, this, &V3FilterGroup::edited);
    connect(m_addCondition, &QPushButton::clicked, this, [this] {
        addCondition()->fieldBox()->setFocus();
        edited();
    });
    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        addGroup()->addCondition();
        edited();
    });
    connect(m_remove, &QToolButton::clicked, this, &V3FilterGroup::removeRequested);
}

bool V3FilterGroup::isGroup(const OrderedJson &node)
{
    if (!node.isObject() || !node.value(u"conditions").isArray())
        return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < node.size(); ++i) {
        const QString key = node.keyAt(i);
        if (seen.contains(key))
            return false; // a repeated key: one of the two would be lost
        seen.insert(key);
        const OrderedJson &v = node.at(i);
        if (key == "logic"_L1) {
            const QString logic = v.isString() ? v.toString().toLower() : QString();
            if (logic != "and"_L1 && logic != "or"_L1)
                return false;
        } else if (key == "negative"_L1) {
            if (!v.isBool())
                return false;
        } else if (key != "conditions"_L1) {
            return false; // a key this form would drop
        }
    }
    return true;
}

void V3FilterGroup::setFields(const QList<OpenApiField> &fields)
{
    m_fields = fields;
    for (QWidget *child : m_children) {
        if (auto *c = qobject_cast<V3FilterCondition *>(child))
            c->setFields(fields);
        else if (auto *g = qobject_cast<V3FilterGroup *>(child))
            g->setFields(fields);
    }
}

void V3FilterGroup::adopt(QWidget *node)
{
    m_children.append(node);
    m_nodes->addWidget(node);
    auto remove = [this, node] {
        m_children.removeOne(node);
        node->deleteLater();
        edited();
    };
    if (auto *c = qobject_cast<V3FilterCondition *>(node)) {
        connect(c, &V3FilterCondition::changed, this, &V3FilterGroup::edited);
        connect(c, &V3FilterCondition::removeRequested, this, remove);
    } else if (auto *g = qobject_cast<V3FilterGroup *>(node)) {
        connect(g, &V3FilterGroup::changed, this, &V3FilterGroup::edited);
        connect(g, &V3FilterGroup::removeRequested, this, remove);
    }
}

V3FilterCondition *V3FilterGroup::addCondition()
{
    auto *condition = new V3FilterCondition(this);
    condition->setFields(m_fields);
    adopt(condition);
    return condition;
}

V3FilterGroup *V3FilterGroup::addGroup()
{
    auto *group = new V3FilterGroup(false, this);
    group->setFields(m_fields);
    adopt(group);
    return group;
}

void V3FilterGroup::clear()
{
    for (QWidget *child : std::as_const(m_children))
        delete child;
    m_children.clear();
}

int V3FilterGroup::nodeCount() const
{
    return int(m_children.size());
}

QWidget *V3FilterGroup::node(int index) const
{
    return m_children.value(index);
}

bool V3FilterGroup::isOr() const
{
    return m_logic->currentData().toString() == "or"_L1;
}

void V3FilterGroup::setOr(bool any)
{
    m_logic->setCurrentIndex(any ? 1 : 0);
}

bool V3FilterGroup::isNegative() const
{
    return m_not->isChecked();
}

void V3FilterGroup::setNegative(bool negative)
{
    m_not->setChecked(negative);
}

OrderedJson V3FilterGroup::toJson() const
{
    OrderedJson conditions = OrderedJson::array();
    for (QWidget *child : m_children) {
        if (auto *c = qobject_cast<V3FilterCondition *>(child))
            conditions.append(c->toJson());
        else if (auto *g = qobject_cast<V3FilterGroup *>(child))
            conditions.append(g->toJson());
    }
    if (m_topLevel)
        return conditions;
    // The keys as read, in their order; "logic" keeps its spelling while it means the same.
    OrderedJson group = m_set.isObject() ? m_set : OrderedJson::object();
    const QString logic = isOr() ? u"or"_s : u"and"_s;
    const OrderedJson was = group.value(u"logic");
    const bool asWritten = was.isString() && was.toString().toLower() == logic;
    if (!asWritten && (was.isString() || isOr()))
        group.insert(u"logic"_s, logic);
    group.insert(u"conditions"_s, conditions);
    if (group.contains(u"negative") || isNegative())
        group.insert(u"negative"_s, isNegative());
    return group;
}

void V3FilterGroup::loadEntry(const OrderedJson &entry)
{
    if (isGroup(entry)) {
        addGroup()->load(entry);
        return;
    }
    V3FilterCondition *c = addCondition();
    if (entry.isObject())
        c->setRaw(entry, tr("Not a group this form knows (other keys or logic); sent as written."));
    else
        c->setNode(entry);
}

void V3FilterGroup::load(const OrderedJson &node)
{
    m_loading = true;
    clear();
    m_set = m_topLevel ? OrderedJson() : node;
    const OrderedJson entries = m_topLevel ? node : node.value(u"conditions");
    for (qsizetype i = 0; i < entries.size() && entries.isArray(); ++i)
        loadEntry(entries.at(i));
    if (!m_topLevel) {
        setOr(node.value(u"logic").toString().toLower() == "or"_L1);
        setNegative(node.value(u"negative").toBool());
    }
    m_loading = false;
}

QStringList V3FilterGroup::validationErrors() const
{
    QStringList errors;
    for (QWidget *child : m_children) {
        if (auto *c = qobject_cast<V3FilterCondition *>(child))
            errors += c->validationErrors();
        else if (auto *g = qobject_cast<V3FilterGroup *>(child))
            errors += g->validationErrors();
    }
    if (!m_topLevel && m_children.isEmpty())
        errors.append(tr("filter: a group has no conditions"));
    return errors;
}

void V3FilterGroup::edited()
{
    if (!m_loading)
        emit changed();
}

} // namespace b24
