#include "core/b24/internal/httpattempt.h"

#include "core/b24/envelopeparser.h"
#include "core/b24/redaction.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Smaller answers parse in well under a millisecond: a thread hop would cost more than it saves.
constexpr qsizetype kInlineParseBytes = 128 * 1024;

// The retry policy tells "never reached the portal" (safe to resend a write) from "lost".
QString networkErrorCode(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return u"HOST_NOT_FOUND"_s;
    case QNetworkReply::ConnectionRefusedError:
        return u"CONNECTION_REFUSED"_s;
    case QNetworkReply::RemoteHostClosedError:
        return u"CONNECTION_CLOSED"_s;
    default:
        return u"NETWORK_ERROR"_s;
    }
}

// redact() on bytes; bytes with nothing to hide stay as they were (whatever their encoding).
QByteArray redactBytes(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QString redacted = redact(text);
    return redacted == text ? bytes : redacted.toUtf8();
}

// A 3xx Location (and any header a proxy fills with the request URL) can carry the webhook
// path: every value is redacted before the headers leave the client.
QList<QPair<QByteArray, QByteArray>> redactedHeaders(const QList<QNetworkReply::RawHeaderPair> &headers)
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.append({name, redactBytes(value)});
    return out;
}

// Bodies that are not a successful envelope (a redirect page, a proxy's error page that echoes
// the URL, an error text) are redacted. A successful envelope is the portal's data, which never
// holds the webhook path; it stays byte for byte, and megabytes of list pages are not scanned.
QByteArray shownBody(const QByteArray &body, int status, bool ok)
{
    return ok && status >= 200 && status < 300 ? body : redactBytes(body);
}

} // namespace

HttpAttempt::HttpAttempt(HookContextPtr context, const QString &method, const QByteArray &body,
                         const QString &requestId, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_method(method)
    , m_body(body)
    , m_requestId(requestId)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

HttpAttempt::~HttpAttempt()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpAttempt::setApi(ApiVersion api, const QByteArray &idempotencyKey)
{
    m_api = api;
    m_idempotencyKey = idempotencyKey;
}

void HttpAttempt::start()
{
    const ClientOptions &options = m_context->options;
    QNetworkRequest request(m_context->webhook.methodUrl(m_method, m_api));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, options.effectiveUserAgent());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("X-Request-ID"), m_requestId.toLatin1());
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), m_idempotencyKey);
    // A redirect would carry the secret to a host the user did not choose, and turn POST into GET.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!options.extraCaCertificates.isEmpty())
        tls.addCaCertificates(options.extraCaCertificates);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);

    m_result.requestId = m_requestId;
    m_elapsed.start();
    if (options.dryRun) {
        options.dryRun(m_method, u"POST"_s, redact(request.url().toString(QUrl::FullyEncoded)), m_body);
        failWith(ApiError::Kind::InvalidRequest, u"DRY_RUN"_s, u"Dry run: the request was not sent."_s);
        // Answered on the next turn, as the network would: the caller connects after start().
        QMetaObject::invokeMethod(
            this, [this] { finish(Answer{}); }, Qt::QueuedConnection);
        return;
    }
    m_reply = m_context->network->post(request, m_body);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpAttempt::onReplyFinished);
    if (options.timeoutMs > 0)
        m_timeout.start(options.timeoutMs);
}

void HttpAttempt::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void HttpAttempt::failWith(ApiError::Kind kind, const QString &code, const QString &description)
{
    m_result.error.kind = kind;
    m_result.error.code = code;
    m_result.error.description = redact(description);
    m_result.error.httpStatus = m_result.httpStatus;
}

QString HttpAttempt::redirectOrigin() const
{
    const QUrl base = m_context->webhook.methodUrl(m_method, m_api);
    const QUrl location = base.resolved(m_reply->header(QNetworkRequest::LocationHeader).toUrl());
    if (!location.isValid() || location.host().isEmpty())
        return {};
    QString origin = location.scheme() + u"://"_s + location.host();
    const int defaultPort = location.scheme() == "https"_L1 ? 443 : 80;
    if (location.port() > 0 && location.port() != defaultPort)
        origin += u':' + QString::number(location.port());
    return redact(origin);
}

void HttpAttempt::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorString = reply->errorString();

    bool parse = false;
    if (m_cancelled) {
        m_result = {};
        failWith(ApiError::Kind::Cancelled, u"REQUEST_CANCELLED"_s,
                 u"The request was cancelled; the portal may still have executed it."_s);
    } else if (m_timedOut) {
        m_result = {};
        failWith(ApiError::Kind::Timeout, u"REQUEST_TIMEOUT"_s,
                 u"No complete answer within %1 ms."_s.arg(m_context->options.timeoutMs));
    } else if (status == 0) {
        m_result = {};
        const bool tls = !m_sslErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError;
        if (tls) {
            const QString detail = m_sslErrors.isEmpty() ? errorString : m_sslErrors.join(u"; "_s);
            failWith(ApiError::Kind::Tls, u"TLS_ERROR"_s,
                     u"The portal certificate is not trusted: "_s + detail);
        } else {
            failWith(ApiError::Kind::Network, networkErrorCode(networkError), errorString);
        }
    } else if (status >= 300 && status < 400) {
        m_result = {};
        m_result.httpStatus = status;
        failWith(
            ApiError::Kind::Redirect, u"REDIRECT"_s,
            u"The portal answered HTTP %1 and points elsewhere; redirects are not followed."_s.arg(status));
        m_result.error.redirectTarget = redirectOrigin();
    } else {
        parse = true;
    }
    const Answer answer{status, body, reply->rawHeaderPairs(), m_elapsed.elapsed()};
    m_reply = nullptr;
    reply->deleteLater();
    const bool offThread = parse && answer.body.size() >= kInlineParseBytes;
    if (!offThread) {
        if (parse)
            m_result = parseEnvelope(status, body, m_method, m_api);
        finish(answer);
        return;
    }
    // A page batch is megabytes of JSON: parsing it here would hold up the event loop (the
    // window, the other requests) for tens of milliseconds. The watcher is our child, so an
    // attempt deleted meanwhile never hears of the result.
    auto *watcher = new QFutureWatcher<CallResult>(this);
    connect(watcher, &QFutureWatcher<CallResult>::finished, this, [this, watcher, answer] {
        m_result = watcher->result();
        watcher->deleteLater();
        finish(answer);
    });
    watcher->setFuture(QtConcurrent::run([answer, method = m_method, api = m_api] {
        return parseEnvelope(answer.status, answer.body, method, api);
    }));
}

void HttpAttempt::finish(const Answer &answer)
{
    m_result.httpStatus = answer.status;
    m_bytesReceived = answer.body.size();
    m_result.rawBody = shownBody(answer.body, answer.status, m_result.ok());
    m_result.headers = redactedHeaders(answer.headers);
    // A portal's error text may quote the request (a URL, a parameter holding it).
    m_result.error.description = redact(m_result.error.description);
    m_result.elapsedMs = answer.elapsedMs;
    m_result.requestId = m_requestId;
    m_result.error.method = m_method;
    m_result.error.requestId = m_requestId;
    m_result.api = m_api;
    m_result.idempotencyKey = QString::fromLatin1(m_idempotencyKey);
    for (const auto &[name, value] : answer.headers) {
        if (name.compare("Idempotent-Replayed", Qt::CaseInsensitive) == 0)
            m_result.replayed = value.trimmed().compare("true", Qt::CaseInsensitive) == 0;
    }
    emit finished();
}

} // namespace b24
