#include "core/b24/internal/apiv3liststrategy.h"

#include "core/b24/callresult.h"
#include "core/b24/envelopeparser.h"
#include "core/b24/internal/listsink.h"
#include "core/b24/resultrows.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// The documented largest page; a method with a lower cap answers fewer rows, which the stop rule
// allows for.
constexpr int kDocumentedMaxLimit = 1000;

bool isDescending(const OrderedJson &direction)
{
    return direction.toString().compare(u"DESC"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

ApiV3ListStrategy::Plan ApiV3ListStrategy::choose(const QString &method, const OrderedJson &params,
                                                  const ListOptions &options)
{
    Plan plan;
    if (method.endsWith(u".tail"_s, Qt::CaseInsensitive)) {
        plan.mode = Mode::Tail;
        plan.reason = u"tail: the method's own cursor, moved to the last row of each page"_s;
        return plan;
    }
    const OrderedJson order = params.value(u"order");
    const OrderedJson pagination = params.value(u"pagination");
    const bool byIdAlone =
        order.isUndefined() || order.isNull() ||
        (order.isObject() && (order.isEmpty() || (order.size() == 1 && order.keyAt(0) == options.idKey)));
    const OrderedJson filter = params.value(u"filter");
    if (!byIdAlone) {
        plan.reason = u"offset: the order is not by the ID alone, so pages are taken by position, the ID "
                      u"breaking ties"_s;
    } else if (!filter.isUndefined() && !filter.isNull() && !filter.isArray()) {
        plan.reason = u"offset: the filter is not an array, so no cursor can be added to it"_s;
    } else if (pagination.contains(u"page") || pagination.contains(u"offset")) {
        plan.reason = u"offset: the pages start where pagination says"_s;
    } else if (options.strategy == ListOptions::Strategy::Offset) {
        plan.reason = u"offset: as requested"_s;
    } else {
        plan.mode = Mode::Keyset;
        plan.reason =
            u"keyset: order by the ID, the filter extended by [\"%1\", \">\", last ID], one page per "
            u"request"_s.arg(options.idKey);
    }
    return plan;
}

ApiV3ListStrategy::ApiV3ListStrategy(ListSink *job, Mode mode)
    : ListStrategy(job)
    , m_mode(mode)
{}

void ApiV3ListStrategy::start()
{
    m_base = m_job->params().isObject() ? m_job->params() : OrderedJson::object();
    m_idKey = m_job->options().idKey;
    const OrderedJson pagination = m_base.value(u"pagination");
    if (const auto limit = pagination.value(u"limit").toInteger(); limit && *limit > 0)
        m_pageLimit = int(std::min<qint64>(*limit, kDocumentedMaxLimit));
    else
        m_pageLimit = kDocumentedMaxLimit;
    if (const auto page = pagination.value(u"page").toInteger(); page && *page > 1)
        m_page = *page;
    const OrderedJson order = m_base.value(u"order");
    if (m_mode == Mode::Keyset && order.isObject() && order.size() == 1)
        m_descending = isDescending(order.at(0));
    QString needed = m_idKey;
    if (m_mode == Mode::Tail) {
        const OrderedJson cursor = m_base.value(u"cursor");
        m_tailField = cursor.value(u"field").toString();
        if (m_tailField.isEmpty())
            m_tailField = m_idKey;
        m_descending = isDescending(cursor.value(u"order"));
        m_tailValue = cursor.value(u"value");
        if (const auto limit = cursor.value(u"limit").toInteger(); limit && *limit > 0)
            m_pageLimit = int(std::min<qint64>(*limit, kDocumentedMaxLimit));
        needed = m_tailField;
    }
    // The walk reads the ID (the tail: its cursor field) of every row; a select that leaves it
    // out gets it, and the rows lose it again before they are handed over.
    const OrderedJson select = m_base.value(u"select");
    if (select.isArray()) {
        bool present = false;
        for (qsizetype i = 0; i < select.size(); ++i)
            present = present || select.at(i).toString() == needed;
        if (!present) {
            OrderedJson completed = select;
            completed.append(needed);
            m_base.insert(u"select"_s, completed);
            m_addedToSelect << needed;
        }
    }
    request();
}

OrderedJson ApiV3ListStrategy::pageParams() const
{
    OrderedJson params = m_base;
    const qint64 remaining = m_job->remaining();
    const int limit = remaining > 0 && remaining < m_pageLimit ? int(remaining) : m_pageLimit;
    if (m_mode == Mode::Tail) {
        OrderedJson cursor =
            m_base.value(u"cursor").isObject() ? m_base.value(u"cursor") : OrderedJson::object();
        cursor.insert(u"field"_s, m_tailField);
        if (!m_tailValue.isUndefined())
            cursor.insert(u"value"_s, m_tailValue);
        cursor.insert(u"order"_s, m_descending ? u"DESC"_s : u"ASC"_s);
        cursor.insert(u"limit"_s, limit);
        params.insert(u"cursor"_s, cursor);
        return params;
    }
    OrderedJson pagination = OrderedJson::object();
    if (m_mode == Mode::Keyset) {
        OrderedJson order = OrderedJson::object();
        order.insert(m_idKey, m_descending ? u"DESC"_s : u"ASC"_s);
        params.insert(u"order"_s, order);
        OrderedJson filter =
            params.value(u"filter").isArray() ? params.value(u"filter") : OrderedJson::array();
        if (m_cursor) {
            OrderedJson condition = OrderedJson::array();
            condition.append(m_idKey);
            condition.append(m_descending ? u"<"_s : u">"_s);
            condition.append(*m_cursor);
            filter.append(condition); // top-level conditions are ANDed: it only narrows
        }
        params.insert(u"filter"_s, filter);
    } else {
        // The ID breaks ties: without it rows equal in the order may repeat or vanish between pages.
        OrderedJson order =
            params.value(u"order").isObject() ? params.value(u"order") : OrderedJson::object();
        if (!order.contains(m_idKey))
            order.insert(m_idKey, u"ASC"_s);
        params.insert(u"order"_s, order);
        pagination.insert(u"page"_s, m_page);
        if (const OrderedJson offset = m_base.value(u"pagination").value(u"offset"); !offset.isUndefined())
            pagination.insert(u"offset"_s, offset);
    }
    pagination.insert(u"limit"_s, m_mode == Mode::Offset ? m_pageLimit : limit);
    params.insert(u"pagination"_s, pagination);
    return params;
}

void ApiV3ListStrategy::request()
{
    int pages = 1;
    if (!fitBudget(&pages, [this] { request(); }))
        return;
    startCall(m_job->method(), pageParams(), [this](const CallResult &result) { onPage(result); });
}

bool ApiV3ListStrategy::keysetPageOk(const QJsonArray &rows, QString *why) const
{
    std::optional<qint64> previous = m_cursor;
    for (const QJsonValue &row : rows) {
        const std::optional<qint64> id = rowId(row, m_idKey);
        if (!id) {
            *why = u"the rows carry no numeric \"%1\""_s.arg(m_idKey);
            return false;
        }
        if (previous && (m_descending ? *id >= *previous : *id <= *previous)) {
            *why =
                u"the portal answered ID %1 after %2: it ignores the order or the cursor condition"_s.arg(*id)
                    .arg(*previous);
            return false;
        }
        previous = id;
    }
    return true;
}

void ApiV3ListStrategy::switchToOffset(const QString &why)
{
    m_job->addNote(u"Switched to offset paging: "_s + why);
    m_mode = Mode::Offset;
    // Rows came in ID order so far: the offset walk, ordered the same way, skips them.
    if (m_cursor)
        m_skipThrough = *m_cursor;
    m_page = 1;
    m_largest = 0;
    m_previousRows = {};
    request();
}

QJsonArray ApiV3ListStrategy::handOver(const QJsonArray &rows)
{
    QJsonArray out;
    for (const QJsonValue &value : rows) {
        if (m_mode == Mode::Offset) {
            if (const std::optional<qint64> id = rowId(value, m_idKey)) {
                if (m_skipThrough >= 0 && (m_descending ? *id >= m_skipThrough : *id <= m_skipThrough))
                    continue;
                if (m_seen.contains(*id)) {
                    ++m_duplicates;
                    continue;
                }
                m_seen.insert(*id);
            }
        }
        if (m_addedToSelect.isEmpty() || !value.isObject()) {
            out.append(value);
            continue;
        }
        QJsonObject row = value.toObject();
        for (const QString &key : std::as_const(m_addedToSelect))
            row.remove(key);
        out.append(row);
    }
    return out;
}

void ApiV3ListStrategy::onPage(const CallResult &result)
{
    if (!result.ok() && retryAfterLimit(result.error, {}, [this] { request(); }))
        return;
    QJsonArray rows;
    if (!takePage(result, &rows))
        return;
    limitLifted();
    if (m_mode == Mode::Keyset) {
        QString why;
        if (!keysetPageOk(rows, &why)) {
            switchToOffset(why);
            return;
        }
        if (!rows.isEmpty())
            m_cursor = rowId(rows.last(), m_idKey);
    } else if (m_mode == Mode::Tail && !rows.isEmpty()) {
        const OrderedJson last = OrderedJson(rows.last().toObject().value(m_tailField));
        if (last == m_tailValue || last.isUndefined() || last.isNull()) {
            m_job->complete(
                ApiError::make(ApiError::Kind::UnexpectedAnswer, u"LIST_NOT_WALKABLE"_s,
                               u"The cursor does not move past %1: the walk would never end."_s.arg(
                                   QString::fromUtf8(last.toJson()))));
            return;
        }
        m_tailValue = last;
    }
    if (m_mode == Mode::Offset) {
        // A method that ignores `pagination` (a field list, a small dictionary) answers the same
        // rows for every page; neither the short-page rule nor the seen IDs would ever end the walk.
        if (m_page > 1 && !rows.isEmpty() && rows == m_previousRows) {
            m_job->addNote(u"Page %1 repeated page %2 row for row: the method does not page, so the "
                           u"rows of its first answer are all it holds."_s.arg(m_page)
                               .arg(m_page - 1));
            m_job->complete();
            return;
        }
        m_previousRows = rows;
    }
    ++m_page;
    const bool shortPage = rows.isEmpty() || rows.size() < m_largest;
    m_largest = std::max<int>(m_largest, int(rows.size()));
    const bool more = m_job->deliverPage(handOver(rows));
    if (!more || shortPage) {
        if (m_duplicates > 0)
            m_job->addNote(
                u"%1 rows met twice (moved between pages during the walk) were handed over once."_s.arg(
                    m_duplicates));
        m_job->complete();
        return;
    }
    request();
}

} // namespace b24
