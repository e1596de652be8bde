#include "core/sandbox/apiv3query.h"

#include "core/sandbox/apiv3errors.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

const QSet<QString> &operators()
{
    static const QSet<QString> ops{u"="_s, u"!="_s, u">"_s, u">="_s, u"<"_s, u"<="_s, u"in"_s, u"between"_s};
    return ops;
}

bool isNumber(const PhpValue &v)
{
    return v.type() == PhpValue::Type::Int || v.type() == PhpValue::Type::Double;
}

bool numericText(const PhpValue &v)
{
    if (isNumber(v))
        return true;
    bool ok = false;
    v.toString().toDouble(&ok);
    return v.isString() && ok;
}

// -1, 0, 1; numbers as numbers when both sides are numeric, text otherwise; null sorts first.
int compareValues(const PhpValue &a, const PhpValue &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() ? 0 : (a.isNull() ? -1 : 1);
    if ((isNumber(a) || isNumber(b)) && numericText(a) && numericText(b)) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const int c = QString::compare(a.toString(), b.toString());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

MethodResult filterError(const QString &why)
{
    return ApiV3Errors::make(u"INVALIDFILTEREXCEPTION"_s,
                             u"Unable to recognize filter expression `%1`"_s.arg(why));
}

bool isGroup(const PhpValue &node)
{
    return node.isArray() && !node.isList();
}

} // namespace

std::optional<MethodResult> ApiV3Query::checkFilter(const ApiV3Entity &entity, const PhpValue &filter)
{
    if (!filter.isArray() || (!filter.isList() && filter.size() > 0))
        return filterError(u"filter must be an array of conditions"_s);
    for (const auto &e : filter.entries()) {
        const PhpValue &node = e.value;
        if (isGroup(node)) {
            const PhpValue logic = node.value(u"logic"_s);
            if (!logic.isNull() && logic.toString().toLower() != u"and" &&
                logic.toString().toLower() != u"or")
                return filterError(u"logic must be and or or"_s);
            const PhpValue *conditions = node.find(u"conditions"_s);
            if (!conditions)
                return filterError(u"a group needs conditions"_s);
            if (auto error = checkFilter(entity, *conditions))
                return error;
            continue;
        }
        if (!node.isArray() || node.size() < 2 || node.size() > 3 || !node.entries()[0].value.isString())
            return filterError(u"a condition is [field, operator, value]"_s);
        const QString field = node.entries()[0].value.toString();
        const ApiV3Field *f = entity.field(field);
        if (!f || !f->filterable)
            return filterError(u"Field %1 is not filterable"_s.arg(field));
        if (node.size() == 3) {
            const QString op = node.entries()[1].value.toString().toLower();
            if (!operators().contains(op))
                return ApiV3Errors::make(
                    u"UNKNOWNFILTEROPERATOREXCEPTION"_s,
                    u"Unknown filter operator `%1`"_s.arg(node.entries()[1].value.toString()));
            const PhpValue &value = node.entries()[2].value;
            if (op == u"between" && (!value.isList() || value.size() != 2))
                return filterError(u"between takes two values"_s);
            if (op == u"in" && !value.isList())
                return filterError(u"in takes a list of values"_s);
        }
    }
    return std::nullopt;
}

std::optional<MethodResult> ApiV3Query::parse(const ApiV3Entity &entity, const PhpValue &params,
                                              ApiV3Query *out)
{
    ApiV3Query q;
    q.m_entity = &entity;
    q.m_limit = std::min(50, entity.pageCap);
    if (const PhpValue *select = params.find(u"select"_s)) {
        if (!select->isList())
            return ApiV3Errors::make(u"INVALIDSELECTEXCEPTION"_s,
                                     u"select must be an array of field names"_s);
        for (const auto &e : select->entries()) {
            const QString name = e.value.toString();
            const qsizetype dot = name.indexOf(u'.');
            if (dot > 0) {
                const auto relation = entity.relations.constFind(name.left(dot));
                if (relation == entity.relations.constEnd() || !relation->contains(name.mid(dot + 1)))
                    return ApiV3Errors::make(u"INVALIDSELECTEXCEPTION"_s,
                                             u"Unknown field `%1` in select"_s.arg(name));
                q.m_select << name;
            } else if (entity.field(name) && !q.m_select.contains(name)) {
                q.m_select << name; // an unknown field of the object itself is dropped silently
            }
        }
    }
    if (const PhpValue *filter = params.find(u"filter"_s)) {
        if (auto error = checkFilter(entity, *filter))
            return error;
        q.m_filter = *filter;
    }
    if (const PhpValue *order = params.find(u"order"_s)) {
        if (!order->isArray() || (order->isList() && order->size() > 0))
            return ApiV3Errors::make(u"INVALIDORDEREXCEPTION"_s,
                                     u"order must be an object {field: ASC|DESC}"_s);
        for (const auto &e : order->entries()) {
            const ApiV3Field *f = entity.field(e.key);
            const QString direction = e.value.toString().toUpper();
            if (!f || !f->sortable || (direction != u"ASC" && direction != u"DESC"))
                return ApiV3Errors::make(u"INVALIDORDEREXCEPTION"_s,
                                         u"Field %1 cannot be sorted %2"_s.arg(e.key, e.value.toString()));
            q.m_order.append({e.key, direction == u"DESC"});
        }
    }
    if (const PhpValue *pagination = params.find(u"pagination"_s)) {
        if (!pagination->isArray() || (pagination->isList() && pagination->size() > 0))
            return ApiV3Errors::make(u"INVALIDPAGINATIONEXCEPTION"_s, u"pagination must be an object"_s);
        qint64 page = 1;
        qint64 offset = 0;
        for (const auto &e : pagination->entries()) {
            if (!numericText(e.value) || e.value.toDouble() != double(e.value.toInt()))
                return ApiV3Errors::make(u"INVALIDPAGINATIONEXCEPTION"_s,
                                         u"pagination.%1 must be an integer"_s.arg(e.key));
            const qint64 n = e.value.toInt();
            if (e.key == u"limit") {
                if (n == -1) // seen on live portals: an unchecked -1 reaches the database
                    return ApiV3Errors::make(u"INTERNAL_INTERNALEXCEPTION"_s, u"Internal error"_s, 500);
                if (n <= 0)
                    return ApiV3Errors::make(u"INVALIDPAGINATIONEXCEPTION"_s,
                                             u"pagination.limit must be greater than 0"_s);
                q.m_limit = int(std::min<qint64>(n, entity.pageCap));
            } else if (e.key == u"page" || e.key == u"offset") {
                if (n < 0)
                    return ApiV3Errors::make(u"INVALIDPAGINATIONEXCEPTION"_s,
                                             u"pagination.%1 must not be negative"_s.arg(e.key));
                (e.key == u"page" ? page : offset) = n;
            } else {
                return ApiV3Errors::make(u"UNKNOWNDTOPROPERTYEXCEPTION"_s,
                                         u"Unknown property pagination.%1"_s.arg(e.key));
            }
        }
        q.m_skip = std::max<qint64>(page - 1, 0) * q.m_limit + offset;
    }
    *out = q;
    return std::nullopt;
}

std::optional<MethodResult> ApiV3Query::applyCursor(const PhpValue &cursor)
{
    if (!cursor.isArray() || cursor.isList())
        return ApiV3Errors::required(u"cursor"_s);
    const QString field = cursor.value(u"field"_s).toString();
    const ApiV3Field *f = m_entity->field(field);
    if (!f || !f->sortable)
        return ApiV3Errors::make(u"INVALIDORDEREXCEPTION"_s, u"Field %1 cannot be a cursor"_s.arg(field));
    for (const auto &e : m_filter.entries()) {
        if (e.value.isList() && e.value.size() > 0 && e.value.entries()[0].value.toString() == field)
            return filterError(u"Cursor field %1 cannot be used at filter."_s.arg(field));
    }
    const bool desc = cursor.value(u"order"_s).toString().toUpper() == u"DESC";
    const PhpValue *value = cursor.find(u"value"_s);
    if (value && !value->isNull())
        m_filter.append(PhpValue::list({field, desc ? u"<"_s : u">"_s, *value}));
    m_order = {{field, desc}};
    if (const PhpValue *limit = cursor.find(u"limit"_s)) {
        if (!numericText(*limit) || limit->toInt() <= 0)
            return ApiV3Errors::make(u"INVALIDPAGINATIONEXCEPTION"_s,
                                     u"cursor.limit must be greater than 0"_s);
        m_limit = int(std::min<qint64>(limit->toInt(), m_entity->pageCap));
    }
    m_skip = 0;
    return std::nullopt;
}

bool ApiV3Query::evaluate(const PhpValue &node, const PhpValue &item)
{
    if (isGroup(node)) {
        const bool any = node.value(u"logic"_s).toString().toLower() == u"or";
        bool result = !any;
        for (const auto &e : node.value(u"conditions"_s).entries()) {
            const bool hit = evaluate(e.value, item);
            if (any ? hit : !hit) {
                result = any;
                break;
            }
        }
        return node.value(u"negative"_s).isTruthy() ? !result : result;
    }
    const auto &parts = node.entries();
    if (parts.empty())
        return true;
    const PhpValue actual = item.value(parts[0].value.toString());
    QString op = u"="_s;
    PhpValue expected;
    if (parts.size() == 3) {
        op = parts[1].value.toString().toLower();
        expected = parts[2].value;
    } else {
        expected = parts[1].value;
        if (expected.isList())
            op = u"in"_s;
    }
    if (op == u"in") {
        for (const auto &e : expected.entries())
            if (compareValues(actual, e.value) == 0)
                return true;
        return false;
    }
    if (op == u"between")
        return compareValues(actual, expected.entries()[0].value) >= 0 &&
               compareValues(actual, expected.entries()[1].value) <= 0;
    if ((actual.isNull() || expected.isNull()) && op != u"=" && op != u"!=")
        return false;
    const int c = compareValues(actual, expected);
    if (op == u"=")
        return c == 0;
    if (op == u"!=")
        return c != 0;
    if (op == u">")
        return c > 0;
    if (op == u">=")
        return c >= 0;
    if (op == u"<")
        return c < 0;
    return c <= 0;
}

bool ApiV3Query::matches(const PhpValue &item) const
{
    for (const auto &e : m_filter.entries())
        if (!evaluate(e.value, item))
            return false;
    return true;
}

PhpValue ApiV3Query::run(std::vector<PhpValue> items) const
{
    std::vector<PhpValue> hits;
    for (PhpValue &item : items)
        if (matches(item))
            hits.push_back(std::move(item));
    // Stable: rows equal in the order stay in ID order.
    std::stable_sort(hits.begin(), hits.end(), [this](const PhpValue &a, const PhpValue &b) {
        for (const auto &[field, desc] : m_order) {
            const int c = compareValues(a.value(field), b.value(field));
            if (c != 0)
                return desc ? c > 0 : c < 0;
        }
        return false;
    });
    PhpValue page = PhpValue::array();
    for (qint64 i = m_skip; i < qint64(hits.size()) && i < m_skip + m_limit; ++i)
        page.append(project(hits[size_t(i)]));
    return page;
}

PhpValue ApiV3Query::project(const PhpValue &item) const
{
    PhpValue out = PhpValue::array();
    const QStringList select = m_select.isEmpty() ? QStringList{u"id"_s} : m_select;
    for (const QString &name : select) {
        const qsizetype dot = name.indexOf(u'.');
        if (dot < 0) {
            out.insert(name, item.value(name));
            continue;
        }
        const QString relation = name.left(dot);
        PhpValue nested = out.value(relation);
        if (!nested.isArray())
            nested = PhpValue::array();
        nested.insert(name.mid(dot + 1), item.value(relation).value(name.mid(dot + 1)));
        out.insert(relation, nested);
    }
    return out;
}

} // namespace b24
