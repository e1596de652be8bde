#include "core/b24/responsetime.h"

#include "core/b24/envelopeparser.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Numbers may come as strings from odd proxies; anything else counts as absent.
std::optional<double> toDouble(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

} // namespace

ResponseTime ResponseTime::fromJson(const QJsonObject &object)
{
    ResponseTime time;
    time.start = toDouble(object.value(u"start"_s)).value_or(0);
    time.finish = toDouble(object.value(u"finish"_s)).value_or(0);
    time.duration = toDouble(object.value(u"duration"_s)).value_or(0);
    time.processing = toDouble(object.value(u"processing"_s)).value_or(0);
    time.dateStart = object.value(u"date_start"_s).toString();
    time.dateFinish = object.value(u"date_finish"_s).toString();
    time.operating = toDouble(object.value(u"operating"_s));
    time.operatingResetAt = jsonToInt64(object.value(u"operating_reset_at"_s));
    return time;
}

std::optional<ResponseTime> ResponseTime::fromJsonValue(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    return fromJson(value.toObject());
}

QJsonObject ResponseTime::toJson() const
{
    QJsonObject object{{u"start"_s, start},          {u"finish"_s, finish},
                       {u"duration"_s, duration},    {u"processing"_s, processing},
                       {u"date_start"_s, dateStart}, {u"date_finish"_s, dateFinish}};
    if (operatingResetAt)
        object.insert(u"operating_reset_at"_s, *operatingResetAt);
    if (operating)
        object.insert(u"operating"_s, *operating);
    return object;
}

} // namespace b24
