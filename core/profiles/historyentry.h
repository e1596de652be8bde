#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace b24 {

// One call in the history. Stored as one JSON line; every string is redacted before it is written.
struct HistoryEntry
{
    QDateTime time;
    QString profileId;
    QString method;
    QJsonObject params;
    QString status; // "ok" or the error code ("QUERY_LIMIT_EXCEEDED", "HTTP_502", ...)
    int httpStatus = 0;
    qint64 durationMs = 0;
    qint64 rows = -1; // -1: not a list

    bool ok() const { return status == QLatin1String("ok"); }
    QJsonObject toJson() const;
    static std::optional<HistoryEntry> fromJson(const QJsonObject &json);
};

} // namespace b24
