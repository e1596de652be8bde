#pragma once

#include "core/b24/apierror.h"
#include "core/b24/batchcommand.h"
#include "core/b24/callresult.h"
#include "core/b24/responsetime.h"

#include <QJsonValue>
#include <QList>

#include <optional>

namespace b24 {

// The answer to one command of a batch, at the position of that command in the input.
struct BatchItem
{
    QString key;
    QString method;
    bool executed = false; // false: not run (halted) or not answered
    QJsonValue result;
    ApiError error;
    std::optional<qint64> next;  // only where result_next has this key
    std::optional<qint64> total; // only where result_total has this key
    std::optional<ResponseTime> time;

    bool ok() const { return executed && !error.isError(); }
};

struct BatchResult
{
    QList<BatchItem> items; // one per input command, same order
    ApiError error;         // the batch request itself failed
    int requests = 0;       // HTTP requests made
    // REST 3.0: each request that held a write carried an Idempotency-Key (docs/protocol.md §11.6);
    // replayed: the portal answered its stored response.
    struct KeyedRequest
    {
        QString idempotencyKey;
        bool replayed = false;
    };
    QList<KeyedRequest> keyedRequests;

    bool ok() const { return !error.isError() && failedCount() == 0; }
    int failedCount() const; // items carrying an error
};

// Pure: maps result/result_error/result_total/result_next/result_time (JSON arrays or objects,
// [] = empty) back to the input positions. A command with neither a result nor an error is
// executed=false; it carries ERROR_UNEXPECTED_ANSWER unless an earlier command failed (halt).
BatchResult parseBatchResult(const QList<BatchCommand> &commands, const CallResult &outer);

} // namespace b24
