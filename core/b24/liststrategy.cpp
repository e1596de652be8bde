#include "b24/liststrategy.h"

#include "b24/batchedkeysetstrategy.h"
#include "b24/calljob.h"
#include "b24/envelopeparser.h"
#include "b24/keysetstrategy.h"
#include "b24/listjob.h"
#include "b24/offsetstrategy.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ListStrategy::ListStrategy(ListJob *job)
    : m_job(job) // owned by the job's unique_ptr, not by its QObject children
{}

ListStrategy::~ListStrategy() = default;

std::unique_ptr<ListStrategy> ListStrategy::create(ListOptions::Strategy strategy, ListJob *job)
{
    switch (strategy) {
    case ListOptions::Strategy::Keyset:
        return std::make_unique<KeysetStrategy>(job);
    case ListOptions::Strategy::Offset:
        return std::make_unique<OffsetStrategy>(job);
    case ListOptions::Strategy::Auto:
    case ListOptions::Strategy::BatchedKeyset:
        break;
    }
    return std::make_unique<BatchedKeysetStrategy>(job);
}

void ListStrategy::stopAfterInFlight()
{
    const QList<CallJob *> calls = m_calls; // a stopped call may finish at once
    for (CallJob *call : calls)
        call->stopAfterInFlight();
}

bool ListStrategy::pageRows(const QJsonValue &result, const QString &resultKey, QJsonArray *rows)
{
    if (result.isArray()) {
        *rows = result.toArray();
        return true;
    }
    if (!result.isObject())
        return false;
    const QJsonObject object = result.toObject();
    if (!resultKey.isEmpty()) {
        const QJsonValue inner = object.value(resultKey);
        if (inner.isArray() || (inner.isObject() && inner.toObject().isEmpty())) {
            *rows = inner.toArray(); // PHP sends an empty list as [] but be lenient with {}
            return true;
        }
        return false;
    }
    if (object.size() == 1 && object.begin().value().isArray()) {
        *rows = object.begin().value().toArray();
        return true;
    }
    if (object.isEmpty()) {
        *rows = {};
        return true;
    }
    return false;
}

std::optional<qint64> ListStrategy::rowId(const QJsonValue &row, const QString &idKey)
{
    return jsonToInt64(row.toObject().value(idKey));
}

CallJob *ListStrategy::startCall(const QString &method, const QJsonObject &params, const Handler &handler)
{
    return run(new CallJob(m_job->context(), method, params, this), handler);
}

CallJob *ListStrategy::startBatch(const QList<BatchCommand> &commands, const Handler &handler)
{
    // halt: a failed page makes the pages chained after it meaningless.
    auto *call = new CallJob(m_job->context(), u"batch"_s, BatchCommand::requestBody(commands, true), this);
    call->setBatchCommands(commands);
    return run(call, handler);
}

CallJob *ListStrategy::run(CallJob *call, const Handler &handler)
{
    m_calls.append(call);
    connect(call, &CallJob::finished, this, [this, call, handler] {
        m_calls.removeOne(call);
        call->deleteLater();
        m_job->addRequests(call->result().attempts);
        handler(call->result());
    });
    call->start();
    return call;
}

QString ListStrategy::filterCursorKey() const
{
    return u'>' + m_job->options().cursorIdKey;
}

QJsonObject ListStrategy::keysetParams(const QJsonValue &after) const
{
    QJsonObject params = m_job->params();
    QJsonObject filter = params.value("filter"_L1).toObject();
    const QString cursorKey = filterCursorKey();
    for (const QString &key : filter.keys()) {
        if (key.compare(cursorKey, Qt::CaseInsensitive) == 0)
            filter.remove(key);
    }
    filter.insert(cursorKey, after);
    params.insert("filter"_L1, filter);
    // The cursor needs the ID in every row, even when the caller's select left it out.
    const QJsonArray select = params.value("select"_L1).toArray();
    const bool hasId = std::any_of(select.begin(), select.end(), [this](const QJsonValue &field) {
        const QString name = field.toString();
        return name == "*"_L1 || name.compare(m_job->options().cursorIdKey, Qt::CaseInsensitive) == 0 ||
               name.compare(m_job->options().idKey, Qt::CaseInsensitive) == 0;
    });
    if (!select.isEmpty() && !hasId) {
        QJsonArray withId = select;
        withId.append(m_job->options().cursorIdKey);
        params.insert("select"_L1, withId);
    }
    params.insert("order"_L1, QJsonObject{{m_job->options().cursorIdKey, u"ASC"_s}});
    params.insert("start"_L1, -1); // no COUNT on the portal: the fast path
    return params;
}

qint64 ListStrategy::initialCursor() const
{
    const QJsonObject filter = m_job->params().value("filter"_L1).toObject();
    const QString cursorKey = filterCursorKey();
    for (auto it = filter.begin(); it != filter.end(); ++it) {
        if (it.key().compare(cursorKey, Qt::CaseInsensitive) == 0)
            return jsonToInt64(it.value()).value_or(0);
    }
    return 0;
}

ApiError ListStrategy::notAList()
{
    return ApiError::make(ApiError::Kind::UnexpectedAnswer, u"LIST_NOT_A_LIST"_s,
                          u"The result holds no list of rows; set the list's resultKey."_s);
}

ApiError ListStrategy::idNotNumeric() const
{
    return ApiError::make(
        ApiError::Kind::UnexpectedAnswer, u"LIST_ID_NOT_NUMERIC"_s,
        u"Rows carry no numeric \"%1\"; set the list's idKey or use the offset strategy."_s.arg(
            m_job->options().idKey));
}

bool ListStrategy::takePage(const CallResult &result, QJsonArray *rows)
{
    if (!result.ok()) {
        m_job->complete(result.error);
        return false;
    }
    if (!pageRows(result.result, m_job->options().resultKey, rows)) {
        m_job->complete(notAList());
        return false;
    }
    return true;
}

bool ListStrategy::advanceCursor(const QJsonArray &rows, qint64 *cursor, ApiError *error) const
{
    if (rows.isEmpty())
        return true;
    const QString &idKey = m_job->options().idKey;
    const std::optional<qint64> last = rowId(rows.last(), idKey);
    if (!last) {
        *error = idNotNumeric();
        return false;
    }
    // A portal that ignores the ">ID" filter would hand the same page forever.
    if (*last <= *cursor) {
        *error = ApiError::make(ApiError::Kind::UnexpectedAnswer, u"LIST_CURSOR_STUCK"_s,
                                u"The list did not advance past ID %1; the portal ignores the \"%2\" filter "
                                u"(check cursorIdKey)."_s.arg(*cursor)
                                    .arg(filterCursorKey()));
        return false;
    }
    *cursor = *last;
    return true;
}

} // namespace b24
