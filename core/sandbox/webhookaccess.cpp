#include "core/sandbox/webhookaccess.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

std::optional<MethodResult> WebhookAccess::check(const QString *login, const QString *password,
                                                 bool secure) const
{
    if (!login || !password)
        return MethodResult::failure(u"NO_AUTH_FOUND"_s, u"Wrong authorization data"_s, 401);
    if (!secure)
        return MethodResult::failure(u"INVALID_REQUEST"_s, u"Https required."_s, 401);
    if (!knownWebhook(*login, *password))
        return MethodResult::failure(u"INVALID_CREDENTIALS"_s, u"Invalid request credentials"_s, 401);
    if (!m_options->ownerActive)
        return MethodResult::failure(u"authorization_error"_s, u"Unable to authorize user"_s, 401);
    return std::nullopt;
}

bool WebhookAccess::knownWebhook(const QString &login, const QString &password) const
{
    return login == QString::number(m_options->userId) &&
           (password == m_options->secret || m_options->extraSecrets.contains(password));
}

bool WebhookAccess::scopeGranted(const QString &scope) const
{
    if (scope.isEmpty() || m_options->scopes.contains(scope))
        return true;
    // `user` is satisfied by the narrower user scopes (RestManager::fillAlternativeScope).
    return scope == u"user" &&
           (m_options->scopes.contains(u"user_brief"_s) || m_options->scopes.contains(u"user_basic"_s));
}

} // namespace b24
