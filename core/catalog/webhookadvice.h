#pragma once

#include <QCoreApplication>
#include <QString>

namespace b24 {

struct ApiError;

// Plain-language advice for the errors a webhook meets, shown by the health check, the profile dialog
// and the CLI: what went wrong in the user's words, and what to do about it.
class WebhookAdvice
{
    Q_DECLARE_TR_FUNCTIONS(b24::WebhookAdvice)

public:
    enum class Problem
    {
        None,
        WrongSecret,    // INVALID_CREDENTIALS, NO_AUTH_FOUND
        OwnerInactive,  // authorization_error
        MissingScope,   // insufficient_scope
        RestNotOnPlan,  // ACCESS_DENIED "commercial plans", PAYMENT_REQUIRED, WRONG_LICENSE
        HttpsRequired,  // INVALID_REQUEST "Https required"
        Overloaded,     // OVERLOAD_LIMIT: blocked by the portal
        RateLimited,    // QUERY_LIMIT_EXCEEDED / 503
        OperatingLimit, // OPERATION_TIME_LIMIT / 429
        PortalMoved,    // 3xx to another address
        PortalDeleted,  // PORTAL_DELETED
        MethodNotFound, // ERROR_METHOD_NOT_FOUND
        AppOnlyMethod,  // WRONG_AUTH_TYPE, "Application context required"
        Network,        // no connection, DNS, reset
        Tls,            // certificate problems
        Timeout,
        Other
    };

    static Problem classify(const ApiError &error);
    static QString problemName(Problem problem); // "wrong-secret", ... (stable, for JSON output)
    // One or two sentences; empty for Problem::None. Never contains the secret.
    static QString advice(const ApiError &error);
};

} // namespace b24
