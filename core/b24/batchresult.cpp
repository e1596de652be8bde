#include "core/b24/batchresult.h"

#include "core/b24/envelopeparser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// One of the result_* maps: a JSON object keyed by label/position, or a JSON array when PHP saw
// keys 0..n-1 ([] when empty).
class WireMap
{
public:
    explicit WireMap(const QJsonValue &value)
        : m_value(value)
    {}

    bool contains(const QString &key) const
    {
        if (m_value.isObject())
            return m_value.toObject().contains(key);
        const qsizetype i = index(key);
        return i >= 0 && i < m_value.toArray().size();
    }
    QJsonValue value(const QString &key) const
    {
        if (m_value.isObject())
            return m_value.toObject().value(key);
        const qsizetype i = index(key);
        return i >= 0 ? m_value.toArray().at(i) : QJsonValue(QJsonValue::Undefined);
    }

private:
    static qsizetype index(const QString &key)
    {
        bool ok = false;
        const qsizetype i = key.toLongLong(&ok);
        return ok && i >= 0 && QString::number(i) == key ? i : -1;
    }
    QJsonValue m_value;
};

// result_error entries are {error, error_description} or, in old portals, a bare string.
ApiError commandError(const QJsonValue &value, const QString &method)
{
    ApiError error;
    error.kind = ApiError::Kind::Portal;
    error.method = method;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue code = object.value(u"error"_s);
        error.code = code.isDouble() ? QString::number(jsonToInt64(code).value_or(0)) : code.toString();
        error.description = object.value(u"error_description"_s).toString();
    } else {
        error.description = value.toString();
    }
    return error;
}

} // namespace

int BatchResult::failedCount() const
{
    return int(
        std::count_if(items.begin(), items.end(), [](const BatchItem &i) { return i.error.isError(); }));
}

BatchResult parseBatchResult(const QList<BatchCommand> &commands, const CallResult &outer)
{
    BatchResult out;
    out.requests = 1;
    const QStringList keys = BatchCommand::wireKeys(commands);
    for (qsizetype i = 0; i < commands.size(); ++i) {
        BatchItem item;
        item.key = keys.at(i);
        item.method = commands.at(i).method;
        out.items << item;
    }
    if (!outer.ok()) {
        out.error = outer.error;
        return out;
    }
    if (!outer.result.isObject()) {
        out.error = ApiError::make(ApiError::Kind::UnexpectedAnswer, u"ERROR_UNEXPECTED_ANSWER"_s,
                                   u"The batch answer has no result maps"_s, outer.httpStatus);
        out.error.method = u"batch"_s;
        return out;
    }
    const QJsonObject maps = outer.result.toObject();
    const WireMap results(maps.value(u"result"_s));
    const WireMap errors(maps.value(u"result_error"_s));
    const WireMap totals(maps.value(u"result_total"_s));
    const WireMap nexts(maps.value(u"result_next"_s));
    const WireMap times(maps.value(u"result_time"_s));

    bool failedBefore = false;
    for (BatchItem &item : out.items) {
        if (errors.contains(item.key)) {
            item.executed = true;
            item.error = commandError(errors.value(item.key), item.method);
        } else if (results.contains(item.key)) {
            item.executed = true;
            item.result = results.value(item.key);
        } else if (!failedBefore) {
            // Neither answered nor stopped by a halt: the portal skipped it.
            item.error = ApiError::make(ApiError::Kind::UnexpectedAnswer, u"ERROR_UNEXPECTED_ANSWER"_s,
                                        u"The portal sent no answer for this command"_s);
            item.error.method = item.method;
        }
        if (totals.contains(item.key))
            item.total = jsonToInt64(totals.value(item.key));
        if (nexts.contains(item.key))
            item.next = jsonToInt64(nexts.value(item.key));
        item.time = ResponseTime::fromJsonValue(times.value(item.key));
        failedBefore = failedBefore || item.error.isError();
    }
    return out;
}

} // namespace b24
