#pragma once

#include "core/b24/apiversion.h"
#include "core/b24/orderedjson.h"

#include <QDateTime>

#include <optional>

namespace b24 {

// One call in the history. Stored as one JSON line; every string is redacted before it is written.
// The parameters keep the order written (the portal reads `order` keys by priority), in the line
// as in memory; lines written before that was so read the same way, keys then being sorted.
struct HistoryEntry
{
    QDateTime time;
    QString profileId;
    QString portal; // the portal as the user named it then (profile label, "Demo portal")
    QString method;
    OrderedJson params = OrderedJson::object();
    QString status; // "ok" or the error code ("QUERY_LIMIT_EXCEEDED", "HTTP_502", ...)
    int httpStatus = 0;
    qint64 durationMs = 0;
    qint64 rows = -1; // rows the run returned; -1: unknown
    bool allPages = false;
    // The protocol it was sent with; lines written before REST 3.0 was spoken are classic (v2).
    ApiVersion api = ApiVersion::V2;

    bool ok() const { return status == QLatin1String("ok"); }
    // Which portal the call went to: the saved profile, else the portal's name (demo, URL at hand).
    QString portalKey() const { return portalKeyFor(profileId, portal); }
    static QString portalKeyFor(const QString &profileId, const QString &portal)
    {
        return profileId.isEmpty() ? portal : profileId;
    }
    OrderedJson toJson() const;
    static std::optional<HistoryEntry> fromJson(const OrderedJson &json);
};

} // namespace b24
