#pragma once

#include "core/b24/apiversion.h"

#include <QString>
#include <QUrl>

namespace b24 {

// A validated inbound-webhook address: https://host[:port]/rest/{userId}/{secret}/.
// Parse errors name the rule broken and never echo the input (it holds the secret).
class WebhookUrl
{
public:
    enum class ParseError
    {
        None,
        Empty,
        NotAUrl,
        NotHttps,
        MalformedPath,
        UserIdNotNumeric
    };

    WebhookUrl() = default;

    // Accepts .../rest/{id}/{secret}[/] and .../rest/api/{id}/{secret}[/] (one webhook either way;
    // api() remembers which the text named); query, fragment and user:password@ are dropped; IDN
    // hosts become punycode.
    static WebhookUrl parse(const QString &text, ParseError *error = nullptr);
    // b24Url is the portal address ("https://host[:port]", a path is ignored).
    static WebhookUrl fromParts(const QString &b24Url, qint64 userId, const QString &secret,
                                ParseError *error = nullptr);

    static QString errorCode(ParseError error); // "WEBHOOK_URL_EMPTY", ...
    static QString errorText(ParseError error); // the rule broken, never the input

    bool isValid() const { return !m_host.isEmpty(); }
    QString targetOrigin() const;           // "https://host[:port]", default port dropped, never the secret
    QString host() const { return m_host; } // ASCII (punycode) form
    int port() const { return m_port; }     // -1 when default (443)
    qint64 userId() const { return m_userId; }
    QString secret() const { return m_secret; } // raw path segment, not percent-decoded
    // The API the address named (/rest/api/ is V3): the default where the user chose none.
    ApiVersion api() const { return m_api; }
    WebhookUrl withApi(ApiVersion api) const;

    // https://host[:port]/rest/{userId}/{secret}/{method}, or /rest/api/… for V3.
    QUrl methodUrl(const QString &method, ApiVersion api = ApiVersion::V2) const;
    // "https://host[:port]/rest/[api/]{userId}/••••/" — safe for titles, logs and exports.
    QString redacted() const;
    // The FULL URL with the secret (in the form the user gave): for the keychain only.
    QString toString() const;

    // The same webhook whichever API its address named.
    bool operator==(const WebhookUrl &other) const
    {
        return m_host == other.m_host && m_port == other.m_port && m_userId == other.m_userId &&
               m_secret == other.m_secret;
    }

private:
    QString restPrefix() const;

    QString m_host;
    int m_port = -1;
    qint64 m_userId = 0;
    QString m_secret;
    ApiVersion m_api = ApiVersion::V2;
};

} // namespace b24
