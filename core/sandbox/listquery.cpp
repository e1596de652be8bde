#include "core/sandbox/listquery.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ListQuery::ListQuery(const EntityTable &table, const PhpValue &filter, const PhpValue &order)
    : m_table(table)
    , m_filter(filter.isArray() ? filter : PhpValue::array())
{
    if (order.isArray()) {
        for (const auto &e : order.entries()) {
            m_orderFields << e.key;
            m_orderDesc.push_back(e.value.toString().compare(u"DESC"_s, Qt::CaseInsensitive) == 0);
        }
    }
}

QString ListQuery::normalised(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name)
        if (c != u'_')
            out += c.toLower();
    return out;
}

const PhpValue *ListQuery::field(const PhpValue &row, const QString &name)
{
    if (const PhpValue *exact = row.find(name))
        return exact;
    const QString wanted = normalised(name);
    for (const auto &e : row.entries())
        if (normalised(e.key) == wanted)
            return &e.value;
    return nullptr;
}

namespace {
// "12abc" -> 12, "abc" -> 0: how SQL reads text compared with a number.
double leadingNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    qsizetype end = 0;
    if (end < trimmed.size() && (trimmed.at(end) == u'-' || trimmed.at(end) == u'+'))
        ++end;
    while (end < trimmed.size() && (trimmed.at(end).isDigit() || trimmed.at(end) == u'.'))
        ++end;
    bool ok = false;
    const double value = trimmed.left(end).toDouble(&ok);
    return ok ? value : 0.0;
}
} // namespace

int ListQuery::compare(const PhpValue &a, const PhpValue &b)
{
    bool okA = false, okB = false;
    const double x = a.toString().toDouble(&okA);
    double y = b.toString().toDouble(&okB);
    // A number field against text compares as SQL does: the text as its leading number ("abc" is 0),
    // as the ID-only path's intval does.
    if (okA && !okB && !b.isNull() && !b.isArray()) {
        y = leadingNumber(b.toString());
        okB = true;
    }
    if (okA && okB)
        return x < y ? -1 : x > y ? 1 : 0;
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
}

namespace {
struct Operator
{
    const char16_t *prefix;
    enum Kind
    {
        Eq,
        NotEq,
        Like,
        NotLike,
        In,
        NotIn,
        Gt,
        Ge,
        Lt,
        Le
    } kind;
};
// Longest prefixes first.
const Operator operators[] = {
    {u"!=%", Operator::NotLike}, {u"!%=", Operator::NotLike}, {u"=%", Operator::Like},
    {u"%=", Operator::Like},     {u"!%", Operator::NotLike},  {u">=", Operator::Ge},
    {u"<=", Operator::Le},       {u"!=", Operator::NotEq},    {u"!@", Operator::NotIn},
    {u"@", Operator::In},        {u">", Operator::Gt},        {u"<", Operator::Lt},
    {u"=", Operator::Eq},        {u"!", Operator::NotEq},     {u"%", Operator::Like}};
} // namespace

namespace {
// The operator a filter key starts with, or nullptr; compared in place because conditions are
// evaluated for every row of a scan.
const Operator *operatorOf(const QString &key)
{
    for (const auto &op : operators)
        if (key.startsWith(QStringView(op.prefix)))
            return &op;
    return nullptr;
}
} // namespace

QString ListQuery::splitKey(const QString &key, QString &name)
{
    const Operator *op = operatorOf(key);
    const QStringView prefix = op ? QStringView(op->prefix) : QStringView();
    name = key.mid(prefix.size());
    return prefix.toString();
}

bool ListQuery::condition(const PhpValue &row, const QString &key, const PhpValue &value)
{
    const Operator *op = operatorOf(key);
    const Operator::Kind kind = op ? op->kind : Operator::Eq;
    const QString name = op ? key.mid(QStringView(op->prefix).size()) : key;
    const PhpValue *found = field(row, name);
    const PhpValue actual = found ? *found : PhpValue();
    // Multi-fields (PHONE, EMAIL) match when any of their values does.
    if (actual.isArray() && actual.size() > 0 && actual.entries().front().value.isArray()) {
        bool any = false;
        for (const auto &e : actual.entries()) {
            PhpValue single = PhpValue::array();
            single.insert(name, e.value.value(u"VALUE"_s));
            any = any || condition(single, key, value);
        }
        return any;
    }
    const auto equalsAny = [&](const PhpValue &v) {
        if (v.isArray()) {
            for (const auto &e : v.entries())
                if (compare(actual, e.value) == 0)
                    return true;
            return false;
        }
        if (v.toString().isEmpty())
            return actual.isNull() || actual.toString().isEmpty();
        if (actual.isArray()) { // e.g. UF_DEPARTMENT = 1
            for (const auto &e : actual.entries())
                if (compare(e.value, v) == 0)
                    return true;
            return false;
        }
        return compare(actual, v) == 0;
    };
    const auto like = [&]() {
        QString needle = value.toString();
        needle.remove(u'%');
        return actual.toString().contains(needle, Qt::CaseInsensitive);
    };
    switch (kind) {
    case Operator::Eq:
    case Operator::In:
        return equalsAny(value);
    case Operator::NotEq:
    case Operator::NotIn:
        return !equalsAny(value);
    case Operator::Like:
        return like();
    case Operator::NotLike:
        return !like();
    case Operator::Gt:
        return !actual.isNull() && compare(actual, value) > 0;
    case Operator::Ge:
        return !actual.isNull() && compare(actual, value) >= 0;
    case Operator::Lt:
        return !actual.isNull() && compare(actual, value) < 0;
    case Operator::Le:
        return !actual.isNull() && compare(actual, value) <= 0;
    }
    return false;
}

bool ListQuery::matches(const PhpValue &row, const PhpValue &filter)
{
    const PhpValue *logic = filter.findCaseInsensitive(u"logic"_s);
    const bool isOr = logic && logic->toString().compare(u"OR"_s, Qt::CaseInsensitive) == 0;
    bool any = false, all = true, sawCondition = false;
    for (const auto &e : filter.entries()) {
        if (e.key.compare(u"logic"_s, Qt::CaseInsensitive) == 0)
            continue;
        bool numeric = false;
        e.key.toInt(&numeric);
        // Numeric keys hold nested groups ({"logic":"OR", "0":{...}, "1":{...}}).
        const bool ok = numeric && e.value.isArray() ? matches(row, e.value) : condition(row, e.key, e.value);
        sawCondition = true;
        any = any || ok;
        all = all && ok;
    }
    return !sawCondition || (isOr ? any : all);
}

bool ListQuery::idOnly(IdRange &range) const
{
    if (m_orderFields.size() > 1 || (m_orderFields.size() == 1 && normalised(m_orderFields[0]) != u"id"))
        return false;
    for (const auto &e : m_filter.entries()) {
        QString name;
        const QString op = splitKey(e.key, name);
        if (normalised(name) != u"id")
            return false;
        if (e.value.isArray()) {
            // An array (a batch reference that resolved to a page) compares as "Array", above
            // every ID, exactly as the scan below would find: no row for > and >=, no limit for
            // < and <=. Answering from the range keeps such chained tails from scanning the table.
            if (op == u">" || op == u">=")
                range.low = std::numeric_limits<qint64>::max();
            else if (op != u"<" && op != u"<=")
                return false;
            continue;
        }
        const qint64 v = e.value.toInt();
        if (op == u">")
            range.low = std::max(range.low, v + 1);
        else if (op == u">=")
            range.low = std::max(range.low, v);
        else if (op == u"<")
            range.high = std::min(range.high, v - 1);
        else if (op == u"<=")
            range.high = std::min(range.high, v);
        else if (op.isEmpty() || op == u"=") {
            range.low = std::max(range.low, v);
            range.high = std::min(range.high, v);
        } else {
            return false;
        }
    }
    return true;
}

std::optional<QSet<qint64>> ListQuery::idList() const
{
    const PhpValue *logic = m_filter.findCaseInsensitive(u"logic"_s);
    if (logic && logic->toString().compare(u"OR"_s, Qt::CaseInsensitive) == 0)
        return std::nullopt;
    for (const auto &e : m_filter.entries()) {
        QString name;
        const QString op = splitKey(e.key, name);
        if (normalised(name) != u"id" || !e.value.isArray() || (op != u"@" && !op.isEmpty() && op != u"="))
            continue;
        QSet<qint64> ids;
        for (const auto &item : e.value.entries())
            ids.insert(item.value.toInt());
        return ids;
    }
    return std::nullopt;
}

bool ListQuery::precedes(const PhpValue &a, const PhpValue &b, const QStringList &fields,
                         const std::vector<bool> &desc)
{
    for (int i = 0; i < fields.size(); ++i) {
        const PhpValue *x = field(a, fields[i]);
        const PhpValue *y = field(b, fields[i]);
        const int c = compare(x ? *x : PhpValue(), y ? *y : PhpValue());
        if (c != 0)
            return desc[size_t(i)] ? c > 0 : c < 0;
    }
    return false;
}

void ListQuery::sort(std::vector<PhpValue> &rows, const PhpValue &order)
{
    static const EntityTable none;
    const ListQuery query(none, PhpValue(), order);
    std::stable_sort(rows.begin(), rows.end(), [&query](const PhpValue &a, const PhpValue &b) {
        return precedes(a, b, query.m_orderFields, query.m_orderDesc);
    });
}

ListQuery::Page ListQuery::page(qint64 start) const
{
    const bool counting = start >= 0;
    const qint64 offset = counting ? (start / PageSize) * PageSize : 0;
    Page page;
    IdRange range;
    const auto &ids = m_table.ids();
    if (idOnly(range)) {
        const bool desc = !m_orderDesc.empty() && m_orderDesc[0];
        const size_t lo = m_table.lowerBound(range.low);
        const size_t hi = range.high == std::numeric_limits<qint64>::max()
                              ? ids.size()
                              : m_table.lowerBound(range.high + 1);
        const qint64 count = hi > lo ? qint64(hi - lo) : 0;
        for (qint64 i = offset; i < std::min<qint64>(count, offset + PageSize); ++i)
            page.rows.push_back(m_table.row(ids[desc ? hi - 1 - size_t(i) : lo + size_t(i)]));
        page.total = count;
    } else {
        std::vector<std::pair<qint64, PhpValue>> matching; // (id, row) kept only when sorting needs it
        const std::optional<QSet<qint64>> listed = idList();
        for (const qint64 id : ids) {
            if (listed && !listed->contains(id))
                continue; // a lookup by IDs ("@ID": [...]) reads only those rows, as an index would
            PhpValue row = m_table.row(id);
            if (matches(row, m_filter))
                matching.emplace_back(id, m_orderFields.isEmpty() ? PhpValue() : std::move(row));
        }
        if (!m_orderFields.isEmpty()) {
            std::stable_sort(matching.begin(), matching.end(), [this](const auto &a, const auto &b) {
                return precedes(a.second, b.second, m_orderFields, m_orderDesc);
            });
        }
        page.total = qint64(matching.size());
        for (qint64 i = offset; i < std::min<qint64>(page.total, offset + PageSize); ++i) {
            const auto &m = matching[size_t(i)];
            page.rows.push_back(m.second.isNull() ? m_table.row(m.first) : m.second);
        }
    }
    if (counting && offset + PageSize < page.total)
        page.next = offset + PageSize;
    if (!counting)
        page.total = 0;
    return page;
}

} // namespace b24
