#include "profiles/historyentry.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject o{{u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
                  {u"profile"_s, profileId},
                  {u"method"_s, method},
                  {u"params"_s, params},
                  {u"status"_s, status},
                  {u"durationMs"_s, durationMs}};
    if (httpStatus)
        o.insert(u"http"_s, httpStatus);
    if (rows >= 0)
        o.insert(u"rows"_s, rows);
    return o;
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &json)
{
    HistoryEntry e;
    e.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    e.method = json.value(u"method"_s).toString();
    if (!e.time.isValid() || e.method.isEmpty())
        return std::nullopt;
    e.profileId = json.value(u"profile"_s).toString();
    e.params = json.value(u"params"_s).toObject();
    e.status = json.value(u"status"_s).toString();
    e.httpStatus = json.value(u"http"_s).toInt();
    e.durationMs = json.value(u"durationMs"_s).toInteger();
    e.rows = json.value(u"rows"_s).toInteger(-1);
    return e;
}

} // namespace b24
