#include "core/b24/retrypolicy.h"

#include "core/b24/methodkind.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Portal codes that no amount of waiting fixes (JS SDK hard list + our auth classifiers).
bool isHardCode(const QString &code)
{
    static const QSet<QString> codes{u"100"_s,
                                     u"INTERNAL_SERVER_ERROR"_s,
                                     u"ERROR_UNEXPECTED_ANSWER"_s,
                                     u"PORTAL_DELETED"_s,
                                     u"ERROR_BATCH_METHOD_NOT_ALLOWED"_s,
                                     u"ERROR_BATCH_LENGTH_EXCEEDED"_s,
                                     u"NO_AUTH_FOUND"_s,
                                     u"INVALID_REQUEST"_s,
                                     u"OVERLOAD_LIMIT"_s,
                                     u"expired_token"_s,
                                     u"invalid_token"_s,
                                     u"ACCESS_DENIED"_s,
                                     u"INVALID_CREDENTIALS"_s,
                                     u"user_access_error"_s,
                                     u"insufficient_scope"_s,
                                     u"ERROR_MANIFEST_IS_NOT_AVAILABLE"_s,
                                     u"allowed_only_intranet_user"_s,
                                     u"NOT_FOUND"_s,
                                     u"INVALID_ARG_VALUE"_s,
                                     u"ERROR_METHOD_NOT_FOUND"_s,
                                     u"ERROR_ARGUMENT"_s,
                                     u"WRONG_AUTH_TYPE"_s,
                                     u"authorization_error"_s,
                                     u"PAYMENT_REQUIRED"_s,
                                     u"ERROR_ENTITY_NOT_FOUND"_s};
    return codes.contains(code);
}

// Network failures where the request provably never reached the portal.
bool neverLeft(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network &&
           (error.code == u"HOST_NOT_FOUND"_s || error.code == u"CONNECTION_REFUSED"_s);
}

// The answer was lost or unusable: the portal may or may not have run the method.
bool answerLost(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::UnexpectedAnswer:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 408;
    case ApiError::Kind::Portal:
        // A JSON error from a 5xx with a code we do not know (e.g. a proxy's own envelope); a
        // REST 3.0 exception is the portal's own answer after running the method.
        return error.httpStatus >= 500 && !isHardCode(error.code) &&
               !error.code.startsWith(u"BITRIX_REST_V3_EXCEPTION_"_s);
    default:
        return false;
    }
}

qint64 withJitter(double delayMs, const RetrySettings &settings)
{
    if (settings.jitter > 0) {
        const double spread = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * settings.jitter;
        delayMs *= 1.0 + spread;
    }
    return std::clamp(qint64(std::llround(delayMs)), qint64(100), std::max<qint64>(100, settings.maxDelayMs));
}

} // namespace

bool isReadMethod(const QString &method, const QList<BatchCommand> &batchCommands)
{
    const QString m = method.trimmed().toLower();
    if (m == u"batch"_s) {
        return !batchCommands.isEmpty() &&
               std::all_of(batchCommands.begin(), batchCommands.end(), [](const BatchCommand &c) {
                   return c.method.trimmed().toLower() != u"batch"_s && isReadMethod(c.method);
               });
    }
    return MethodKind::isRead(m);
}

RetryDecision decideRetry(const QString &method, const CallResult &result, int attempt,
                          const RetrySettings &settings, const QList<BatchCommand> &batchCommands,
                          bool idempotent)
{
    RetryDecision decision;
    const ApiError &error = result.error;
    if (!error.isError())
        return decision;
    const bool read = isReadMethod(method, batchCommands);
    const bool attemptsLeft = attempt < settings.maxAttempts;
    const int n = std::max(0, attempt - 1);
    // Hard codes are the portal's own; a proxy page (Kind::Http) is judged by its status alone.
    const bool hard = error.kind == ApiError::Kind::Portal && isHardCode(error.code);

    // Limits first: the portal refused before running anything, so writes are safe to repeat.
    if (!hard && error.isRateLimit()) {
        decision.retry = attemptsLeft;
        const double drain = settings.drainPerSecond > 0 ? settings.drainPerSecond : 2.0;
        decision.delayMs =
            withJitter((1000.0 / drain + 1000.0) * std::pow(settings.rateLimitFactor, n), settings);
    } else if (!hard && error.isOperatingLimit()) {
        decision.retry = attemptsLeft;
        decision.delayMs =
            std::max(settings.operatingDelayMs, withJitter(double(settings.operatingDelayMs), settings));
    } else if (answerLost(error) || neverLeft(error)) {
        const bool transportOk = settings.retryNetworkErrors || (error.kind != ApiError::Kind::Network &&
                                                                 error.kind != ApiError::Kind::Timeout);
        const bool safe = read || neverLeft(error) || idempotent;
        decision.retry = attemptsLeft && safe && transportOk;
        // With a key, a write stays unknown only when no attempt is left to ask the portal again.
        decision.outcomeUnknown = !read && !neverLeft(error) && !decision.retry;
        if (decision.retry)
            decision.delayMs = withJitter(double(settings.baseDelayMs) * std::pow(2.0, n), settings);
    }
    if (!decision.retry)
        decision.delayMs = 0;
    return decision;
}

ApiError markOutcomeUnknown(const ApiError &cause, int attempts, const QString &key, bool ran)
{
    ApiError error = cause;
    error.kind = ApiError::Kind::OutcomeUnknown;
    error.code = u"OUTCOME_UNKNOWN"_s;
    const QString why = cause.toString();
    const QString because = why.isEmpty() ? QString() : u" ("_s + why + u')';
    if (key.isEmpty()) {
        error.description = u"The answer was lost; the portal may or may not have run this call, so it was "
                            u"not sent again"_s +
                            because;
    } else if (ran) {
        error.description = u"The portal ran this call once, but its answer could not be read in %1 "
                            u"attempt(s)%2. Sending it again with Idempotency-Key %3 returns the stored "
                            u"answer without running it again."_s.arg(attempts)
                                .arg(because, key);
    } else {
        error.description = u"The answers of all %1 attempt(s) were lost%2; the portal ran this call at "
                            u"most once, as every attempt carried Idempotency-Key %3. Sending it again with "
                            u"that key runs it at most once."_s.arg(attempts)
                                .arg(because, key);
    }
    return error;
}

} // namespace b24
