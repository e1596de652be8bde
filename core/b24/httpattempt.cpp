#include "b24/httpattempt.h"

#include "b24/envelopeparser.h"
#include "b24/redaction.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

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

void HttpAttempt::start()
{
    const ClientOptions &options = m_context->options;
    QNetworkRequest request(m_context->webhook.methodUrl(m_method));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, options.effectiveUserAgent());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("X-Request-ID"), m_requestId.toLatin1());
    // A redirect would carry the secret to a host the user did not choose, and turn POST into GET.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!options.extraCaCertificates.isEmpty())
        tls.addCaCertificates(options.extraCaCertificates);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);

    m_result.requestId = m_requestId;
    m_elapsed.start();
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
    const QUrl base = m_context->webhook.methodUrl(m_method);
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
        m_result = parseEnvelope(status, body, m_method);
    }
    m_result.httpStatus = status;
    m_result.rawBody = body;
    m_result.headers = reply->rawHeaderPairs();
    m_result.elapsedMs = m_elapsed.elapsed();
    m_result.requestId = m_requestId;
    m_result.error.method = m_method;
    m_result.error.requestId = m_requestId;
    m_reply = nullptr;
    reply->deleteLater();
    emit finished();
}

} // namespace b24
