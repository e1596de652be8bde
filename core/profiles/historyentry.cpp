#include "core/profiles/historyentry.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

OrderedJson HistoryEntry::toJson() const
{
    OrderedJson o = OrderedJson::object();
    o.insert(u"time"_s, time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(u"profile"_s, profileId);
    if (!portal.isEmpty())
        o.insert(u"portal"_s, portal);
    o.insert(u"method"_s, method);
    o.insert(u"params"_s, params);
    o.insert(u"status"_s, status);
    o.insert(u"durationMs"_s, durationMs);
    if (httpStatus)
        o.insert(u"http"_s, httpStatus);
    if (rows >= 0)
        o.insert(u"rows"_s, rows);
    o.insert(u"mode"_s, allPages ? u"all-pages"_s : u"single"_s);
    if (api != ApiVersion::V2)
        o.insert(u"api"_s, apiVersionName(api));
    return o;
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const OrderedJson &json)
{
    HistoryEntry e;
    e.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    e.method = json.value(u"method"_s).toString();
    if (!e.time.isValid() || e.method.isEmpty())
        return std::nullopt;
    e.profileId = json.value(u"profile"_s).toString();
    const OrderedJson params = json.value(u"params"_s);
    e.params = params.isObject() ? params : OrderedJson::object();
    e.status = json.value(u"status"_s).toString();
    e.httpStatus = int(json.value(u"http"_s).toInteger().value_or(0));
    e.durationMs = json.value(u"durationMs"_s).toInteger().value_or(0);
    e.portal = json.value(u"portal"_s).toString();
    e.rows = json.value(u"rows"_s).toInteger().value_or(-1);
    // Lines written before "mode" counted rows of All pages runs only.
    const OrderedJson mode = json.value(u"mode"_s);
    e.allPages = mode.isString() ? mode.toString() == u"all-pages"_s : e.rows >= 0;
    e.api = apiVersionFromName(json.value(u"api"_s).toString()).value_or(ApiVersion::V2);
    return e;
}

} // namespace b24
