#pragma once

#include "core/b24/batchcommand.h"
#include "core/b24/callresult.h"

#include <QList>
#include <QString>

namespace b24 {

struct RetrySettings
{
    int maxAttempts = 4;             // total attempts, the first one included
    double drainPerSecond = 2.0;     // rate-limit back-off base: 1000/drain + 1000 ms
    double rateLimitFactor = 1.5;    // ... times factor^(attempt-1)
    qint64 operatingDelayMs = 10000; // OPERATION_TIME_LIMIT: at least this (the limiter pauses longer)
    qint64 baseDelayMs = 1000;       // network / 5xx: base * 2^(attempt-1) ...
    qint64 maxDelayMs = 30000;       // ... capped (every delay is capped by this)
    double jitter = 0.1;             // +- share of each delay; 0 in tests for exact values
    bool retryNetworkErrors = true;
};

struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0;
    // Not retried because the request may have run (a write whose answer was lost): report
    // markOutcomeUnknown(error) instead of the transport error.
    bool outcomeUnknown = false;
};

// Safe to send twice: *.list, *.get, *.fields, *.getlist, *.getfields, introspection
// (methods, scope, method.get, profile, user.current, server.time, app.info, ...), and "batch"
// when every command is a read.
bool isReadMethod(const QString &method, const QList<BatchCommand> &batchCommands = {});

// `attempt` = attempts made so far (1 after the first failure). Retries QUERY_LIMIT_EXCEEDED/503
// and OPERATION_TIME_LIMIT/429 with back-off; network errors, timeouts, unknown 5xx and non-JSON
// answers only for reads (a write is retried only if it never left: HOST_NOT_FOUND,
// CONNECTION_REFUSED); auth/scope/argument/4xx and hard portal codes never. `idempotent`: the
// request carries a REST 3.0 Idempotency-Key, so a write whose answer was lost is sent again with
// it (the portal runs it at most once, docs/protocol.md §11.6).
RetryDecision decideRetry(const QString &method, const CallResult &result, int attempt,
                          const RetrySettings &settings, const QList<BatchCommand> &batchCommands = {},
                          bool idempotent = false);

// The error to report for a write whose answer was lost (keeps method, requestId, cause text).
// A REST 3.0 write carries an Idempotency-Key (`key`) on each of its `attempts`: it ran at most once,
// and `ran` says an attempt's answer showed it did run (a 2xx status or Idempotent-Replayed) before
// its body was lost.
ApiError markOutcomeUnknown(const ApiError &cause, int attempts = 1, const QString &key = {},
                            bool ran = false);

} // namespace b24
