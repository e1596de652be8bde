#pragma once

#include "core/b24/clientoptions.h"
#include "core/b24/requestlogentry.h"
#include "core/b24/webhookurl.h"

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace b24 {

class PortalLimiter;

// What every job of one hook shares: where to send, how, and through which limiter.
// Internal to the client; owned by B24Hook, jobs keep a shared reference.
struct HookContext
{
    WebhookUrl webhook;
    ClientOptions options;
    std::shared_ptr<PortalLimiter> limiter;
    QNetworkAccessManager *network = nullptr;
    std::function<void(const RequestLogEntry &)> log;
};

using HookContextPtr = std::shared_ptr<const HookContext>;

} // namespace b24
