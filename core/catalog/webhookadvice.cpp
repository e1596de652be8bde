#include "core/catalog/webhookadvice.h"

#include "core/b24/apierror.h"
#include "core/b24/redaction.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

WebhookAdvice::Problem WebhookAdvice::classify(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Problem::None;
    case Kind::Redirect:
        return Problem::PortalMoved;
    case Kind::Network:
        return Problem::Network;
    case Kind::Tls:
        return Problem::Tls;
    case Kind::Timeout:
        return Problem::Timeout;
    default:
        break;
    }
    const QString code = error.code.toUpper();
    const QString text = error.description.toLower();
    if (code == "INVALID_CREDENTIALS"_L1 || code == "NO_AUTH_FOUND"_L1)
        return Problem::WrongSecret;
    if (code == "AUTHORIZATION_ERROR"_L1)
        return Problem::OwnerInactive;
    if (code == "INSUFFICIENT_SCOPE"_L1)
        return Problem::MissingScope;
    if (code == "PAYMENT_REQUIRED"_L1 || code == "WRONG_LICENSE"_L1 ||
        (code == "ACCESS_DENIED"_L1 && text.contains("commercial"_L1)))
        return Problem::RestNotOnPlan;
    if (code == "INVALID_REQUEST"_L1 && text.contains("https"_L1))
        return Problem::HttpsRequired;
    if (code == "OVERLOAD_LIMIT"_L1)
        return Problem::Overloaded;
    if (error.isRateLimit())
        return Problem::RateLimited;
    if (error.isOperatingLimit())
        return Problem::OperatingLimit;
    if (code == "PORTAL_DELETED"_L1)
        return Problem::PortalDeleted;
    if (code == "ERROR_METHOD_NOT_FOUND"_L1)
        return Problem::MethodNotFound;
    if (code == "WRONG_AUTH_TYPE"_L1 || text.contains("application context required"_L1))
        return Problem::AppOnlyMethod;
    return Problem::Other;
}

QString WebhookAdvice::problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return u"none"_s;
    case Problem::WrongSecret:
        return u"wrong-secret"_s;
    case Problem::OwnerInactive:
        return u"owner-inactive"_s;
    case Problem::MissingScope:
        return u"missing-scope"_s;
    case Problem::RestNotOnPlan:
        return u"rest-not-on-plan"_s;
    case Problem::HttpsRequired:
        return u"https-required"_s;
    case Problem::Overloaded:
        return u"blocked-overload"_s;
    case Problem::RateLimited:
        return u"rate-limited"_s;
    case Problem::OperatingLimit:
        return u"operating-limit"_s;
    case Problem::PortalMoved:
        return u"portal-moved"_s;
    case Problem::PortalDeleted:
        return u"portal-deleted"_s;
    case Problem::MethodNotFound:
        return u"method-not-found"_s;
    case Problem::AppOnlyMethod:
        return u"app-only-method"_s;
    case Problem::Network:
        return u"network"_s;
    case Problem::Tls:
        return u"tls"_s;
    case Problem::Timeout:
        return u"timeout"_s;
    case Problem::Other:
        break;
    }
    return u"other"_s;
}

QString WebhookAdvice::advice(const ApiError &error)
{
    switch (classify(error)) {
    case Problem::None:
        return {};
    case Problem::WrongSecret:
        return tr(
            "The portal does not accept this webhook: the user id or the secret is wrong, or the webhook "
            "was deleted. Copy the URL again from Developer resources > Inbound webhook.");
    case Problem::OwnerInactive:
        return tr(
            "The user who owns this webhook is deactivated or dismissed. Create the webhook again under "
            "an active user.");
    case Problem::MissingScope:
        return tr("The webhook lacks the permission (scope) this method needs. Edit the webhook in Bitrix24 "
                  "and tick the missing scope; the URL stays the same.");
    case Problem::RestNotOnPlan:
        return tr(
            "The REST API is not available on this portal's plan (or the subscription ended). It needs a "
            "commercial plan.");
    case Problem::HttpsRequired:
        return tr("Webhooks work over HTTPS only. Use the https:// address of the portal.");
    case Problem::Overloaded:
        return tr("The portal has blocked REST calls of this webhook for overload. Wait, reduce the load "
                  "(fewer parallel jobs, batch calls), or ask Bitrix24 support to lift the block.");
    case Problem::RateLimited:
        return tr("Too many requests per second. The explorer slows down and retries by itself; lower the "
                  "request rate if it keeps happening.");
    case Problem::OperatingLimit:
        return tr("This method used up its processing-time budget (about 8 minutes per 10 minutes). Calls to "
                  "it resume when the budget resets; other methods still work.");
    case Problem::PortalMoved:
        if (error.redirectTarget.isEmpty())
            return tr(
                "The portal answered with a redirect: it was probably renamed. Check the new address and "
                "update the profile; the webhook URL is not sent to a new host without your consent.");
        return tr("The portal answered with a redirect to %1: it was probably renamed. Check the new address "
                  "and update the profile; the webhook URL is not sent to a new host without your consent.")
            .arg(redact(error.redirectTarget));
    case Problem::PortalDeleted:
        return tr("The portal is deleted or closed. Check the address and the portal's status.");
    case Problem::MethodNotFound:
        return tr(
            "The portal does not know this method: check its name, or whether the module is installed.");
    case Problem::AppOnlyMethod:
        return tr("This method works only for applications (OAuth), not for webhooks.");
    case Problem::Network:
        return tr("The portal could not be reached: check the address and the network connection.");
    case Problem::Tls:
        return tr("The portal's certificate could not be verified. The connection was refused for your "
                  "safety; check the address, the system clock, or a company proxy.");
    case Problem::Timeout:
        return tr("The portal did not answer in time. Try again; a slow list may need smaller pages.");
    case Problem::Other:
        break;
    }
    return tr("The portal answered an error: %1").arg(error.toString());
}

} // namespace b24
