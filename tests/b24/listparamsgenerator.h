#pragma once

// Random list parameters as Bitrix24 users write them, for the list walk's differential test:
// filters with every operator, nested and top-level "logic" groups, legacy and lower-case keys,
// orders by the ID, by other fields, by several keys, descending, select sets and limits. One seed
// gives one parameter set, so a failure is reproduced from the seed it prints.

#include "core/b24/orderedjson.h"

#include <QStringList>

#include <random>

namespace b24::test {

class ListParamsGenerator
{
public:
    explicit ListParamsGenerator(quint32 seed)
        : m_random(seed)
    {}

    struct Case
    {
        OrderedJson params;
        qint64 limit = -1;
    };

    Case next()
    {
        Case out;
        out.params = OrderedJson::object();
        if (chance(75))
            out.params.insert(spelling(QStringLiteral("filter")), filter(0));
        if (chance(60))
            out.params.insert(spelling(QStringLiteral("order")), order());
        if (chance(50))
            out.params.insert(spelling(QStringLiteral("select")), select());
        if (chance(20))
            out.limit = 1 + pick(300);
        return out;
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(int percent) { return pick(100) < percent; }
    template<typename T>
    T any(std::initializer_list<T> values)
    {
        return *(values.begin() + pick(int(values.size())));
    }

    QString key(std::initializer_list<const char *> names) { return QString::fromLatin1(any(names)); }

    // filter, FILTER or Filter: legacy methods read them alike.
    QString spelling(const QString &name)
    {
        switch (pick(4)) {
        case 0:
            return name.toUpper();
        case 1:
            return name.left(1).toUpper() + name.mid(1);
        default:
            return name;
        }
    }

    OrderedJson condition()
    {
        OrderedJson c = OrderedJson::object();
        switch (pick(14)) {
        case 0:
            c.insert(QStringLiteral("STAGE_ID"),
                     any({"WON", "NEW", "LOSE", "EXECUTING", "C1:WON", "C1:NEW"}));
            break;
        case 1:
            c.insert(QStringLiteral("CATEGORY_ID"), any({0, 1}));
            break;
        case 2:
            c.insert(key({">OPPORTUNITY", ">=OPPORTUNITY", "<OPPORTUNITY", "<=OPPORTUNITY"}),
                     any({100000, 1000000, 2500000, 4000000}));
            break;
        case 3:
            c.insert(key({"%TITLE", "!%TITLE", "=%TITLE"}), any({"licence", "CRM", "#1", "migration"}));
            break;
        case 4:
            c.insert(QStringLiteral("!STAGE_ID"), any({"WON", "LOSE"}));
            break;
        case 5: {
            OrderedJson ids = OrderedJson::array();
            for (int i = 0, n = 1 + pick(4); i < n; ++i)
                ids.append(1 + pick(20));
            c.insert(key({"@ASSIGNED_BY_ID", "!@ASSIGNED_BY_ID"}), ids);
            break;
        }
        case 6:
            c.insert(key({">ID", ">=ID", "<ID", "<=ID"}), OrderedJson(qint64(1 + pick(600))));
            break;
        case 7:
            c.insert(QStringLiteral("CURRENCY_ID"), any({"USD", "EUR", "RUB"}));
            break;
        case 8:
            c.insert(QStringLiteral("!=CURRENCY_ID"), any({"USD", "RUB"}));
            break;
        case 9:
            c.insert(QStringLiteral("OPENED"), any({"Y", "N"}));
            break;
        case 10:
            c.insert(QStringLiteral("CLOSED"), any({"Y", "N"}));
            break;
        case 11:
            c.insert(key({">=DATE_CREATE", "<DATE_CREATE"}),
                     any({"2026-09-01", "2026-10-15T00:00:00+03:00"}));
            break;
        case 12:
            c.insert(QStringLiteral("UF_CRM_DEAL_PRIORITY"), any({"41", "42", "43"}));
            break;
        default:
            c.insert(QStringLiteral(">PROBABILITY"), any({20, 50}));
            break;
        }
        return c;
    }

    // Conditions, maybe a nested group under a numeric key, maybe a top-level logic.
    OrderedJson filter(int depth)
    {
        OrderedJson f = OrderedJson::object();
        if (chance(40))
            f.insert(QStringLiteral("logic"), any({"OR", "AND", "or"}));
        for (int i = 0, n = pick(3) + (depth == 0 ? 0 : 1); i < n; ++i) {
            const OrderedJson c = condition();
            f.insert(c.keyAt(0), c.at(0));
        }
        if (depth == 0 && chance(30))
            f.insert(QString::number(pick(2)), filter(1));
        if (chance(20) && !f.contains(u"logic"))
            f.insert(QStringLiteral("logic"), "OR"); // written last: it applies all the same
        return f;
    }

    OrderedJson order()
    {
        OrderedJson o = OrderedJson::object();
        const char *direction = any({"ASC", "DESC", "asc", "desc"});
        switch (pick(6)) {
        case 0:
        case 1:
            o.insert(key({"ID", "id"}), direction);
            break;
        case 2:
            o.insert(key({"STAGE_ID", "CATEGORY_ID", "CURRENCY_ID", "OPENED"}), direction);
            break;
        case 3:
            o.insert(QStringLiteral("OPPORTUNITY"), direction);
            o.insert(QStringLiteral("ID"), any({"ASC", "DESC"}));
            break;
        case 4:
            o.insert(key({"CATEGORY_ID", "PROBABILITY"}), direction);
            o.insert(key({"STAGE_ID", "TITLE"}), any({"ASC", "DESC"}));
            break;
        default:
            o.insert(QStringLiteral("ID"), direction);
            o.insert(QStringLiteral("STAGE_ID"), "ASC"); // after a unique key: no effect
            break;
        }
        return o;
    }

    OrderedJson select()
    {
        OrderedJson s = OrderedJson::array();
        switch (pick(5)) {
        case 0:
            for (const char *field : {"ID", "TITLE"})
                s.append(field);
            break;
        case 1: // no ID: the walk must add it for its cursor, and take it out again
            for (const char *field : {"TITLE", "STAGE_ID", "OPPORTUNITY"})
                s.append(field);
            break;
        case 2:
            s.append("*");
            break;
        case 3:
            for (const char *field : {"STAGE_ID", "ID", "PROBABILITY", "CATEGORY_ID"})
                s.append(field);
            break;
        default:
            for (const char *field : {"id", "CURRENCY_ID"})
                s.append(field);
            break;
        }
        return s;
    }

    std::mt19937 m_random;
};

} // namespace b24::test
