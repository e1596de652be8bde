#pragma once

// A sandbox Portal behind a ScriptedServer: tests may answer a request themselves (override),
// register misbehaving methods in the portal's method table, or give it a clock of their own.

#include "tests/b24/sandboxfixture.h"

#include <optional>

namespace b24::test {

// A sandbox portal behind a scripted server: `override` may answer a request itself.
class ProxyPortal
{
public:
    explicit ProxyPortal(const PortalOptions &portal = options())
        : m_portal(portal)
        , m_server([this](const HttpRequest &request) {
            if (override) {
                if (std::optional<HttpResponse> own = override(request))
                    return *own;
            }
            return m_portal.handle(request);
        })
    {}

    static PortalOptions options()
    {
        PortalOptions portal = unlimitedPortal();
        portal.userId = 7;
        portal.secret = QStringLiteral("scriptedSecret42");
        portal.data.insert(QStringLiteral("deals"), 400);
        return portal;
    }

    bool ok() const { return m_server.ok(); }
    Portal &portal() { return m_portal; }
    ClientOptions clientOptions(int timeoutMs = 20000) const
    {
        ClientOptions client = trustingOptions(m_server.certificate());
        client.timeoutMs = timeoutMs;
        return client;
    }
    std::unique_ptr<B24Hook> hook(int timeoutMs = 20000) { return hook(clientOptions(timeoutMs)); }
    std::unique_ptr<B24Hook> hook(const ClientOptions &client)
    {
        return B24Hook::fromWebhookUrl(m_server.webhookUrl(), nullptr, client);
    }
    const QList<HttpRequest> &requests() const { return m_server.requests(); }

    std::function<std::optional<HttpResponse>(const HttpRequest &)> override;

private:
    Portal m_portal;
    ScriptedServer m_server;
};

} // namespace b24::test
