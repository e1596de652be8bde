#pragma once

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

    // Accepts .../rest/{id}/{secret}[/] and .../rest/api/{id}/{secret}[/] (collapsed like the JS SDK);
    // query, fragment and user:password@ are dropped; IDN hosts become punycode.
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

    // https://host[:port]/rest/{userId}/{secret}/{method}
    QUrl methodUrl(const QString &method) const;
    // "https://host[:port]/rest/{userId}/••••/" — safe for titles, logs and exports.
    QString redacted() const;
    // The FULL URL with the secret: for the keychain only.
    QString toString() const;

    bool operator==(const WebhookUrl &other) const = default;

private:
    QString m_host;
    int m_port = -1;
    qint64 m_userId = 0;
    QString m_secret;
};

} // namespace b24
