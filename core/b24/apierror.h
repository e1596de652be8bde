#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace b24 {

// One entry of a REST 3.0 error's `validation` list: which parameter, and what is wrong with it.
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &other) const = default;
};

// Why a call did not produce a result. Portal = the portal answered with an "error" envelope.
struct ApiError
{
    enum class Kind
    {
        None,
        Portal,           // {"error": ..., "error_description": ...} under any HTTP status
        Http,             // a non-JSON error page (HTML 502 ...) with its status
        Network,          // connection failed / reset (code says which)
        Timeout,          // no answer in time
        Tls,              // certificate or handshake failure
        Redirect,         // 3xx: not followed; redirectTarget holds the new origin
        UnexpectedAnswer, // 200 that is not a JSON envelope: ERROR_UNEXPECTED_ANSWER
        OutcomeUnknown,   // a write whose answer was lost: it may or may not have run
        Cancelled,
        InvalidRequest // refused before sending (e.g. batch > 50 commands)
    };

    Kind kind = Kind::None;
    QString code;
    QString description;
    int httpStatus = 0;
    QString method;
    QString requestId;
    QString redirectTarget;       // origin only, redacted
    QJsonObject details;          // extra keys of the error envelope (e.g. "argument")
    QList<FieldError> validation; // REST 3.0: every field the portal refused, in its order

    bool isError() const { return kind != Kind::None; }
    // "CODE: description" (or just one of them), then "field: message" of each validation entry,
    // always redacted.
    QString toString() const;

    // The webhook is not accepted (credentials, https, owner, subscription) or is refused access.
    bool isAuth() const;
    // The portal refuses this webhook access to a method or a record: a scope, plan, auth type or
    // permission refusal in any of the forms portals answer it (docs/protocol.md §3.2), e.g.
    // ACCESS_DENIED, insufficient_scope, WRONG_AUTH_TYPE, ERROR_CORE "access_denied", or a legacy
    // CRM error with an empty code and "Access denied.".
    bool isAccessRefusal() const;
    bool isScope() const;
    // The request-rate bucket is full: QUERY_LIMIT_EXCEEDED, a 503 (not OVERLOAD_LIMIT), or REST 3.0's
    // 429 …RATELIMITEXCEPTION (one bucket for both protocols, docs/protocol.md §11.9).
    bool isRateLimit() const;
    bool isOperatingLimit() const; // OPERATION_TIME_LIMIT, or any other 429
    // REST 3.0 Idempotency-Key refusals (docs/protocol.md §11.6): the key was already used with
    // another body (422), or it is not a valid key (400).
    bool isIdempotencyKeyReused() const;
    bool isIdempotencyKeyInvalid() const;

    static QString kindName(Kind kind); // "portal", "http", ... for logs and the CLI
    static ApiError make(Kind kind, const QString &code, const QString &description, int httpStatus = 0);

    bool operator==(const ApiError &other) const = default;
};

} // namespace b24
