#include "core/b24/webhookurl.h"

#include "core/b24/redaction.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Parses "https://host[:port]..." into host (ASCII form) and port (-1 for 443).
WebhookUrl::ParseError parseOrigin(const QString &text, QUrl *url)
{
    *url = QUrl(text, QUrl::StrictMode);
    // Port 0 cannot be connected to (and would vanish from targetOrigin()).
    if (!url->isValid() || url->scheme().isEmpty() || url->host().isEmpty() || url->port() == 0)
        return WebhookUrl::ParseError::NotAUrl;
    if (url->scheme() != u"https"_s)
        return WebhookUrl::ParseError::NotHttps;
    return WebhookUrl::ParseError::None;
}

WebhookUrl::ParseError fail(WebhookUrl::ParseError reason, WebhookUrl::ParseError *error)
{
    if (error)
        *error = reason;
    return reason;
}

// A secret is one raw path segment: no separators, no whitespace.
bool isValidSecret(const QString &secret)
{
    if (secret.isEmpty())
        return false;
    for (QChar c : secret) {
        // Quotes and angle brackets end a URL in text, so redact() could not mask what follows.
        if (c == u'/' || c == u'?' || c == u'#' || c == u'\\' || c.isSpace() || c == u'\'' || c == u'"' ||
            c == u'<' || c == u'>')
            return false;
    }
    return true;
}

} // namespace

WebhookUrl WebhookUrl::parse(const QString &text, ParseError *error)
{
    fail(ParseError::None, error);
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        fail(ParseError::Empty, error);
        return {};
    }
    // Like the JS SDK: only the first "/rest/api" is collapsed, before parsing; a whole "api"
    // segment names REST 3.0 (docs/protocol.md §11.1).
    const qsizetype api = trimmed.indexOf(u"/rest/api"_s);
    const bool namesV3 = api >= 0 && (trimmed.size() == api + 9 || trimmed.at(api + 9) == u'/');
    if (api >= 0)
        trimmed.replace(api, 9, u"/rest"_s);

    QUrl url;
    if (const ParseError e = parseOrigin(trimmed, &url); e != ParseError::None) {
        fail(e, error);
        return {};
    }
    // FullyEncoded keeps the secret exactly as typed ("a%2Fb" stays "a%2Fb").
    const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    if (segments.size() != 3 || segments.at(0) != u"rest"_s) {
        fail(ParseError::MalformedPath, error);
        return {};
    }
    const QString &id = segments.at(1);
    bool ok = false;
    const qint64 userId = id.toLongLong(&ok);
    if (!allDigits(id) || !ok) {
        fail(ParseError::UserIdNotNumeric, error);
        return {};
    }
    if (!isValidSecret(segments.at(2))) {
        fail(ParseError::MalformedPath, error);
        return {};
    }
    WebhookUrl result;
    result.m_host = url.host(QUrl::FullyEncoded);
    result.m_port = url.port(443) == 443 ? -1 : url.port();
    result.m_userId = userId;
    result.m_secret = segments.at(2);
    result.m_api = namesV3 ? ApiVersion::V3 : ApiVersion::V2;
    return result;
}

WebhookUrl WebhookUrl::withApi(ApiVersion api) const
{
    WebhookUrl copy = *this;
    copy.m_api = api;
    return copy;
}

WebhookUrl WebhookUrl::fromParts(const QString &b24Url, qint64 userId, const QString &secret,
                                 ParseError *error)
{
    fail(ParseError::None, error);
    const QString trimmed = b24Url.trimmed();
    if (trimmed.isEmpty() || secret.trimmed().isEmpty()) {
        fail(ParseError::Empty, error);
        return {};
    }
    QUrl url;
    if (const ParseError e = parseOrigin(trimmed, &url); e != ParseError::None) {
        fail(e, error);
        return {};
    }
    if (userId < 0) {
        fail(ParseError::UserIdNotNumeric, error);
        return {};
    }
    if (!isValidSecret(secret)) {
        fail(ParseError::MalformedPath, error);
        return {};
    }
    WebhookUrl result;
    result.m_host = url.host(QUrl::FullyEncoded);
    result.m_port = url.port(443) == 443 ? -1 : url.port();
    result.m_userId = userId;
    result.m_secret = secret;
    return result;
}

namespace {

// One row per rule: the stable code scripts test for, and the text shown to people.
struct ParseErrorInfo
{
    WebhookUrl::ParseError error;
    QStringView code;
    const char *text; // English as the JS SDK words it; translated when shown
};

constexpr ParseErrorInfo kParseErrors[] = {
    {WebhookUrl::ParseError::Empty, u"WEBHOOK_URL_EMPTY",
     QT_TRANSLATE_NOOP("b24::WebhookUrl", "Webhook URL cannot be empty")},
    {WebhookUrl::ParseError::NotAUrl, u"WEBHOOK_URL_INVALID",
     QT_TRANSLATE_NOOP("b24::WebhookUrl", "Invalid webhook URL format")},
    {WebhookUrl::ParseError::NotHttps, u"WEBHOOK_URL_NOT_HTTPS",
     QT_TRANSLATE_NOOP("b24::WebhookUrl", "Webhook requires HTTPS protocol")},
    {WebhookUrl::ParseError::MalformedPath, u"WEBHOOK_URL_MALFORMED",
     QT_TRANSLATE_NOOP(
         "b24::WebhookUrl",
         "Webhook URL must follow format: /rest/<userId>/<secret> or /rest/api/<userId>/<secret>")},
    {WebhookUrl::ParseError::UserIdNotNumeric, u"WEBHOOK_URL_USER_ID_NOT_NUMERIC",
     QT_TRANSLATE_NOOP("b24::WebhookUrl", "Webhook user ID must be a non-negative number")},
};

const ParseErrorInfo *parseErrorInfo(WebhookUrl::ParseError error)
{
    for (const ParseErrorInfo &info : kParseErrors)
        if (info.error == error)
            return &info;
    return nullptr; // ParseError::None
}

} // namespace

QString WebhookUrl::errorCode(ParseError error)
{
    const ParseErrorInfo *info = parseErrorInfo(error);
    return info ? info->code.toString() : QString();
}

QString WebhookUrl::errorText(ParseError error)
{
    const ParseErrorInfo *info = parseErrorInfo(error);
    return info ? QCoreApplication::translate("b24::WebhookUrl", info->text) : QString();
}

QString WebhookUrl::targetOrigin() const
{
    if (!isValid())
        return {};
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host; // IPv6 literal
    QString origin = u"https://"_s + host;
    if (m_port > 0)
        origin += u':' + QString::number(m_port);
    return origin;
}

QUrl WebhookUrl::methodUrl(const QString &method, ApiVersion api) const
{
    if (!isValid())
        return {};
    // The secret is already in its on-the-wire form: keep it byte for byte.
    const QString text = targetOrigin() + (api == ApiVersion::V3 ? u"/rest/api/"_s : u"/rest/"_s) +
                         QString::number(m_userId) + u'/' + m_secret + u'/' +
                         QString::fromLatin1(QUrl::toPercentEncoding(method, "."));
    return QUrl::fromEncoded(text.toUtf8(), QUrl::StrictMode);
}

QString WebhookUrl::restPrefix() const
{
    return m_api == ApiVersion::V3 ? u"/rest/api/"_s : u"/rest/"_s;
}

QString WebhookUrl::redacted() const
{
    if (!isValid())
        return {};
    return targetOrigin() + restPrefix() + QString::number(m_userId) + u'/' + redactionMask() + u'/';
}

QString WebhookUrl::toString() const
{
    if (!isValid())
        return {};
    return targetOrigin() + restPrefix() + QString::number(m_userId) + u'/' + m_secret + u'/';
}

} // namespace b24
