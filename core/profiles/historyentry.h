#pragma once

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
    QString method;
    OrderedJson params = OrderedJson::object();
    QString status; // "ok" or the error code ("QUERY_LIMIT_EXCEEDED", "HTTP_502", ...)
    int httpStatus = 0;
    qint64 durationMs = 0;
    qint64 rows = -1; // -1: not a list

    bool ok() const { return status == QLatin1String("ok"); }
    OrderedJson toJson() const;
    static std::optional<HistoryEntry> fromJson(const OrderedJson &json);
};

} // namespace b24
