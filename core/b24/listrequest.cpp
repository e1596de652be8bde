#include "core/b24/listrequest.h"

#include "core/b24/phpquery.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// The caller's spelling of a top-level key: the lower-case name when present (current portals read
// it first), else the first spelling in any case; `name` itself when absent.
QString spelling(const OrderedJson &params, const QString &name)
{
    if (params.contains(name))
        return name;
    for (qsizetype i = 0; i < params.size(); ++i) {
        if (params.keyAt(i).compare(name, Qt::CaseInsensitive) == 0)
            return params.keyAt(i);
    }
    return name;
}

bool sameKey(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isEmptyValue(const OrderedJson &value)
{
    return value.isUndefined() || value.isNull() ||
           ((value.isArray() || value.isObject()) && value.isEmpty());
}

} // namespace

ListRequest::ListRequest(const QString &method, const OrderedJson &params, const ListOptions &resolvedOptions)
    : m_method(method)
    , m_params(params.isObject() ? params : OrderedJson::object())
    , m_options(resolvedOptions)
{
    m_filterKey = spelling(m_params, u"filter"_s);
    m_orderKey = spelling(m_params, u"order"_s);
    m_selectKey = spelling(m_params, u"select"_s);
    // The walk writes order and start itself: what the caller put there is never sent in a batch.
    OrderedJson sent = m_params;
    sent.remove(m_orderKey);
    sent.remove(u"start");
    m_formSafe = b24::formSafe(sent);
    readOrder();
    readFilter();
    readSelect();
}

void ListRequest::readOrder()
{
    const OrderedJson order = m_params.value(m_orderKey);
    if (isEmptyValue(order)) {
        m_order = Order::None;
        return;
    }
    m_order = Order::Other;
    if (!order.isObject())
        return;
    // The ID is unique: whatever follows it in the order cannot change the sequence.
    const QString first = order.keyAt(0);
    const QString direction = order.at(0).toString().trimmed();
    if (sameKey(first, m_options.cursorIdKey) || sameKey(first, m_options.idKey)) {
        if (direction.compare("ASC"_L1, Qt::CaseInsensitive) == 0)
            m_order = Order::IdAscending;
        else if (direction.compare("DESC"_L1, Qt::CaseInsensitive) == 0)
            m_order = Order::IdDescending;
    }
    bool hasId = false;
    for (qsizetype i = 0; i < order.size(); ++i)
        hasId = hasId || sameKey(order.keyAt(i), m_options.cursorIdKey) ||
                sameKey(order.keyAt(i), m_options.idKey);
    // A known method sorts by its ID; an unknown one might refuse the field.
    m_tieBreaker = !hasId && findKnownListMethod(m_method) != nullptr;
}

void ListRequest::readFilter()
{
    const OrderedJson filter = m_params.value(m_filterKey);
    if (filter.isUndefined() || filter.isNull()) {
        m_filter = OrderedJson::object();
    } else if (filter.isArray()) { // PHP sees a list of groups as keys 0, 1, ...
        m_filter = OrderedJson::object();
        for (qsizetype i = 0; i < filter.size(); ++i)
            m_filter.appendEntry(QString::number(i), filter.at(i));
    } else if (filter.isObject()) {
        m_filter = filter;
    } else {
        m_filterMergeable = false;
        return;
    }
    const qsizetype logic = m_filter.indexOf(u"logic", Qt::CaseInsensitive);
    m_nest =
        logic >= 0 && m_filter.at(logic).toString().trimmed().compare("AND"_L1, Qt::CaseInsensitive) != 0;
    if (m_nest)
        return;
    for (qsizetype i = 0; i < m_filter.size(); ++i) {
        const QString key = m_filter.keyAt(i);
        if (sameKey(key, boundKey())) {
            // The walk's segment bound and the caller's are one condition: the narrower one.
            const std::optional<qint64> id = m_filter.at(i).toInteger();
            if (!id || m_callerBound != kUnbounded)
                m_nest = true;
            else
                m_callerBound = position(*id);
        } else if (sameKey(key, cursorKey())) {
            const std::optional<qint64> id = m_filter.at(i).toInteger();
            if (!id || m_start != kUnbounded)
                m_nest = true; // not a number (or twice): keep it as the caller wrote it
            else
                m_start = position(*id);
        }
    }
    if (m_nest) {
        m_start = kUnbounded;
        m_callerBound = kUnbounded;
    }
}

void ListRequest::readSelect()
{
    const OrderedJson select = m_params.value(m_selectKey);
    if (!select.isArray() || select.isEmpty())
        return;
    for (qsizetype i = 0; i < select.size(); ++i) {
        const QString field = select.at(i).toString();
        if (field == "*"_L1 || sameKey(field, m_options.cursorIdKey) || sameKey(field, m_options.idKey))
            return;
    }
    m_select = select;
    m_select.append(m_options.cursorIdKey);
    m_selectLacksId = true;
}

QString ListRequest::orderText() const
{
    const OrderedJson order = m_params.value(m_orderKey);
    if (!order.isObject())
        return QString::fromUtf8(order.toJson());
    QStringList parts;
    for (qsizetype i = 0; i < order.size(); ++i)
        parts << order.keyAt(i) + u' ' + order.at(i).toString();
    return parts.join(", "_L1);
}

QString ListRequest::cursorKey() const
{
    return (direction() > 0 ? u">"_s : u"<"_s) + m_options.cursorIdKey;
}

QString ListRequest::boundKey() const
{
    return (direction() > 0 ? u"<="_s : u">="_s) + m_options.cursorIdKey;
}

OrderedJson ListRequest::filterWith(const OrderedJson &after, qint64 upper) const
{
    OrderedJson filter = OrderedJson::object();
    if (m_nest) {
        filter.insert(u"0"_s, m_filter);
    } else {
        filter = m_filter;
        filter.remove(cursorKey(), Qt::CaseInsensitive);
        filter.remove(boundKey(), Qt::CaseInsensitive);
    }
    if (!after.isUndefined())
        filter.insert(cursorKey(), after);
    const qint64 bound = upper == kUnbounded           ? m_callerBound
                         : m_callerBound == kUnbounded ? upper
                                                       : std::min(upper, m_callerBound);
    if (bound != kUnbounded)
        filter.insert(boundKey(), idAt(bound));
    return filter;
}

OrderedJson ListRequest::keysetParams(const OrderedJson &after, qint64 upper, bool reversed, bool count) const
{
    OrderedJson params = m_params;
    const OrderedJson filter = filterWith(after, upper);
    if (!filter.isEmpty() || params.contains(m_filterKey))
        params.insert(m_filterKey, filter);
    OrderedJson order = OrderedJson::object();
    order.insert(m_options.cursorIdKey, (direction() > 0) != reversed ? u"ASC"_s : u"DESC"_s);
    params.insert(m_orderKey, order);
    if (m_idAdded)
        params.insert(m_selectKey, m_select);
    params.insert(u"start"_s, count ? 0 : -1); // -1: no COUNT on the portal, the fast path
    return params;
}

OrderedJson ListRequest::offsetParams(qint64 start, bool keysetOrder) const
{
    OrderedJson params = m_params;
    if (keysetOrder) {
        OrderedJson order = OrderedJson::object();
        order.insert(m_options.cursorIdKey, direction() > 0 ? u"ASC"_s : u"DESC"_s);
        params.insert(m_orderKey, order);
    } else if (m_order == Order::Other && m_tieBreaker) {
        // Rows equal in the caller's order would come in any order from page to page (SQL gives no
        // stable order): the ID decides between them, so no row repeats or vanishes.
        OrderedJson order = params.value(m_orderKey);
        order.appendEntry(m_options.cursorIdKey, u"ASC"_s);
        params.insert(m_orderKey, order);
    }
    if (m_idAdded)
        params.insert(m_selectKey, m_select);
    params.insert(u"start"_s, start);
    return params;
}

} // namespace b24
