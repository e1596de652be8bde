#include "app/b24-cli/exitcodes.h"

#include "core/b24/apierror.h"

namespace b24 {

ExitCode exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    if (!error.isError())
        return ExitOk;
    if (error.isAuth() || error.httpStatus == 401)
        return ExitAuth;
    if (error.isRateLimit() || error.isOperatingLimit() || error.code == QLatin1String("OVERLOAD_LIMIT"))
        return ExitLimits;
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Redirect:
    case Kind::OutcomeUnknown:
        return ExitNetwork;
    case Kind::InvalidRequest:
        return ExitUsage;
    default:
        return ExitPortalError;
    }
}

} // namespace b24
