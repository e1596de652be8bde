#pragma once

#include "core/b24/apierror.h"
#include "core/b24/apiversion.h"
#include "core/b24/responsetime.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

#include <optional>

namespace b24 {

// The outcome of one HTTP call: the envelope split into its parts, or an error.
struct CallResult
{
    QJsonValue result;
    std::optional<qint64> next;  // only when the portal sent it
    std::optional<qint64> total; // only when the portal sent it
    std::optional<ResponseTime> time;
    ApiError error;
    int httpStatus = 0;
    QByteArray rawBody; // as received, but redacted unless it is a successful envelope
    QList<QPair<QByteArray, QByteArray>> headers; // values redacted (a 3xx Location holds the secret)
    qint64 elapsedMs = 0;
    QString requestId;
    int attempts = 0;
    ApiVersion api = ApiVersion::V2;
    // REST 3.0 writes: the Idempotency-Key every attempt of this call carried (docs/protocol.md
    // §11.6), and whether the portal answered with a stored answer (Idempotent-Replayed: true)
    // instead of running the method again.
    QString idempotencyKey;
    bool replayed = false;

    bool ok() const { return !error.isError(); }
    // {result, next?, total?, time?} as the portal sent it (without unknown keys).
    QJsonObject envelope() const;
};

} // namespace b24
