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
