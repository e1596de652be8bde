#pragma once

// Drives the REST 3.0 filter builder as a user does (clicks, picks, typing), makes random filters
// in the documented shape, and evaluates a filter of `id` conditions plainly: what
// tst_v3filterbuilder checks the builder and the sandbox portal against.
#include "core/b24/orderedjson.h"
#include "ui/request/v3filtercondition.h"
#include "ui/request/v3filtergroup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTest>
#include <QToolButton>

namespace b24::test {

class V3FilterDriver
{
public:
    // What a user does to enter `entries` into `group`: clicks, picks and typing.
    static void drive(V3FilterGroup *group, const OrderedJson &entries);
    static void driveCondition(V3FilterCondition *c, const OrderedJson &node);
    // A random filter: `canonical` spells every condition in full (as the builder writes it);
    // `idOnly` uses the `id` field only, values up to `maxId` + 2.
    static OrderedJson randomFilter(QRandomGenerator &random, bool canonical, bool idOnly, int maxId);
    static OrderedJson randomNode(QRandomGenerator &random, bool canonical, bool idOnly, int maxId,
                                  int depth);
    // Whether the row with this id passes a node of `id` conditions.
    static bool matches(const OrderedJson &node, qint64 id);
};

inline void V3FilterDriver::driveCondition(V3FilterCondition *c, const OrderedJson &node)
{
    using namespace Qt::Literals::StringLiterals;
    QTest::keyClicks(c->fieldBox()->lineEdit(), node.at(0).toString());
    const QString op = node.at(1).toString();
    c->operatorBox()->setCurrentIndex(int(V3FilterCondition::operators().indexOf(op)));
    const OrderedJson &value = node.at(2);
    auto text = [](const OrderedJson &v) { return v.isString() ? v.toString() : v.numberText(); };
    if (op == "in"_L1) {
        QStringList parts;
        for (qsizetype i = 0; i < value.size(); ++i)
            parts.append(text(value.at(i)));
        QTest::keyClicks(c->valueEdit(), parts.join(u", "_s));
    } else if (op == "between"_L1) {
        QTest::keyClicks(c->valueEdit(), text(value.at(0)));
        QTest::keyClicks(c->toEdit(), text(value.at(1)));
    } else {
        QTest::keyClicks(c->valueEdit(), text(value));
    }
}

inline void V3FilterDriver::drive(V3FilterGroup *group, const OrderedJson &entries)
{
    using namespace Qt::Literals::StringLiterals;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const OrderedJson &entry = entries.at(i);
        if (entry.isObject()) {
            group->addGroupButton()->click();
            auto *inner = qobject_cast<V3FilterGroup *>(group->node(group->nodeCount() - 1));
            QVERIFY(inner);
            // "+ Group" starts with one empty condition: filled by the first entry if it is one.
            auto *first = qobject_cast<V3FilterCondition *>(inner->node(0));
            QVERIFY(first);
            const OrderedJson conditions = entry.value(u"conditions");
            qsizetype from = 0;
            if (conditions.size() > 0 && conditions.at(0).isArray()) {
                driveCondition(first, conditions.at(0));
                from = 1;
            } else {
                first->removeButton()->click();
            }
            OrderedJson rest = OrderedJson::array();
            for (qsizetype k = from; k < conditions.size(); ++k)
                rest.append(conditions.at(k));
            drive(inner, rest);
            if (entry.value(u"logic").toString() == "or"_L1)
                inner->logicBox()->setCurrentIndex(1);
            if (entry.value(u"negative").toBool())
                inner->notBox()->click();
        } else {
            group->addConditionButton()->click();
            auto *c = qobject_cast<V3FilterCondition *>(group->node(group->nodeCount() - 1));
            QVERIFY(c);
            driveCondition(c, entry);
        }
    }
}

inline OrderedJson V3FilterDriver::randomNode(QRandomGenerator &random, bool canonical, bool idOnly,
                                              int maxId, int depth)
{
    using namespace Qt::Literals::StringLiterals;
    if (depth < 3 && random.bounded(4) == 0) {
        OrderedJson group = OrderedJson::object();
        const bool any = random.bounded(2) == 0;
        const bool negative = random.bounded(3) == 0;
        if (any)
            group.insert(u"logic"_s, canonical || random.bounded(2) ? u"or"_s : u"OR"_s);
        else if (!canonical && random.bounded(2))
            group.insert(u"logic"_s, u"and"_s);
        OrderedJson conditions = OrderedJson::array();
        for (int n = 1 + random.bounded(3); n > 0; --n)
            conditions.append(randomNode(random, canonical, idOnly, maxId, depth + 1));
        group.insert(u"conditions"_s, conditions);
        if (negative || (!canonical && random.bounded(2)))
            group.insert(u"negative"_s, negative);
        return group;
    }
    static const QStringList texts{u"pending"_s, u"completed"_s, u"Call back"_s, u"x y"_s, u"a-b"_s};
    const bool numeric = idOnly || random.bounded(2) == 0;
    const QString field = numeric ? (idOnly || random.bounded(2) ? u"id"_s : u"responsibleId"_s)
                                  : (random.bounded(2) ? u"title"_s : u"status"_s);
    auto value = [&]() -> OrderedJson {
        return numeric ? OrderedJson(qint64(random.bounded(maxId + 3)))
                       : OrderedJson(texts.at(random.bounded(int(texts.size()))));
    };
    const QString op = V3FilterCondition::operators().at(random.bounded(8));
    OrderedJson node = OrderedJson::array();
    node.append(field);
    OrderedJson v;
    if (op == "in"_L1) {
        v = OrderedJson::array();
        for (int n = 1 + random.bounded(4); n > 0; --n)
            v.append(value());
    } else if (op == "between"_L1) {
        v = OrderedJson::array();
        v.append(value());
        v.append(value());
    } else {
        v = value();
    }
    const bool shortForm = !canonical && (op == "="_L1 || op == "in"_L1) && random.bounded(2);
    if (!shortForm)
        node.append(op);
    node.append(v);
    return node;
}

inline OrderedJson V3FilterDriver::randomFilter(QRandomGenerator &random, bool canonical, bool idOnly,
                                                int maxId)
{
    using namespace Qt::Literals::StringLiterals;
    OrderedJson filter = OrderedJson::array();
    for (int n = random.bounded(5); n > 0; --n)
        filter.append(randomNode(random, canonical, idOnly, maxId, 0));
    return filter;
}

inline bool V3FilterDriver::matches(const OrderedJson &node, qint64 id)
{
    using namespace Qt::Literals::StringLiterals;
    if (node.isObject()) {
        const bool any = node.value(u"logic").toString().toLower() == "or"_L1;
        const OrderedJson conditions = node.value(u"conditions");
        bool result = !any;
        for (qsizetype i = 0; i < conditions.size(); ++i)
            if (matches(conditions.at(i), id) == any)
                result = any;
        return node.value(u"negative").toBool() ? !result : result;
    }
    const QString op = node.size() == 3 ? node.at(1).toString() : (node.at(1).isArray() ? u"in"_s : u"="_s);
    const OrderedJson &v = node.at(node.size() - 1);
    if (op == "in"_L1) {
        for (qsizetype i = 0; i < v.size(); ++i)
            if (v.at(i).toInteger() == id)
                return true;
        return false;
    }
    if (op == "between"_L1)
        return id >= *v.at(0).toInteger() && id <= *v.at(1).toInteger();
    const qint64 x = *v.toInteger();
    return op == "="_L1    ? id == x
           : op == "!="_L1 ? id != x
           : op == ">"_L1  ? id > x
           : op == ">="_L1 ? id >= x
           : op == "<"_L1  ? id < x
                           : id <= x;
}

} // namespace b24::test
