#pragma once

#include "core/sandbox/apiv3idempotency.h"
#include "core/sandbox/apiv3methods.h"
#include "core/sandbox/httpmessage.h"

#include <functional>
#include <optional>

namespace b24 {

class DataStore;
struct PortalOptions;

// REST 3.0 under /rest/api/{user}/{secret}/{method} (docs/protocol.md §11): JSON bodies only
// (parameters never come from the query string; GET for calls without parameters), the
// {result:…} and {error:{code, message, validation}} envelopes, the Idempotency-Key store, the
// v3 batch and the methods' own catalog. The portal has already counted the request against its
// rate bucket; authentication is the portal's (the same webhook serves both protocols).
class ApiV3Endpoint
{
public:
    struct Access
    {
        // The portal's webhook check (WebhookAccess::check): a refusal, or nothing.
        std::function<std::optional<MethodResult>(const QString *login, const QString *password, bool secure)>
            authenticate;
        // The classic error body of a refusal: authentication answers alike under both protocols.
        std::function<PhpValue(const MethodResult &)> classicError;
        std::function<bool(const QString &scope)> scopeGranted;
        std::function<qint64()> nowMs;
        // The portal's operating budget (docs/protocol.md §4.2, §11.9), one for both protocols: runs
        // one call of `method` (a batch command counts under its own method) and charges its handler
        // seconds, or refuses it (429 OPERATION_TIME_LIMIT) when the method's budget is spent.
        std::function<MethodResult(const QString &method, const std::function<MethodResult()> &run)> account;
        // Adds `operating` and `operating_reset_at` of `method` to an answer's time object.
        std::function<void(const QString &method, PhpValue *time)> operatingTime;
    };

    ApiV3Endpoint(DataStore &data, const PortalOptions &options, Access access);

    static bool claims(const QByteArray &path); // "/rest/api/…"
    HttpResponse handle(const HttpRequest &request);
    const ApiV3Methods &methods() const { return m_methods; }

private:
    MethodResult execute(const QString &method, const PhpValue &params, qint64 nowMs, bool inBatch);
    bool isWrite(const QString &method, const PhpValue &params) const;
    HttpResponse respond(int status, const PhpValue &body, const QByteArray &logMethod) const;

    ApiV3Methods m_methods;
    ApiV3Idempotency m_idempotency;
    Access m_access;
};

} // namespace b24
