#pragma once

#include "core/sandbox/methodregistry.h"
#include "core/sandbox/portaloptions.h"

#include <optional>

namespace b24 {

// Who may call the portal, for both protocols alike (docs/protocol.md §3.2, §11.1): the webhook
// check (credentials, HTTPS, an active owner) and the scopes it was granted.
class WebhookAccess
{
public:
    explicit WebhookAccess(const PortalOptions &options)
        : m_options(&options)
    {}

    // A refusal, or nothing when the webhook may call. login/password null: not in the path.
    std::optional<MethodResult> check(const QString *login, const QString *password, bool secure) const;
    bool knownWebhook(const QString &login, const QString &password) const;
    bool scopeGranted(const QString &scope) const;

private:
    const PortalOptions *m_options;
};

} // namespace b24
