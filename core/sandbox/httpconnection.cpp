#include "core/sandbox/httpconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace b24 {

namespace {

// While a delayed response is pending, stop pulling more pipelined bytes than this into the parser.
constexpr qsizetype kMaxBufferedWhileBusy = 1024 * 1024;
// Time the client gets to read the partial body before the reset fault tears the connection down.
constexpr int kResetGraceMs = 100;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray responseHead(const HttpResponse &response, qsizetype contentLength, bool keepAlive)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers) {
        const QByteArray name = h.first.toLower();
        if (name == "content-length" || name == "connection" || name == "date" || name == "transfer-encoding")
            continue; // the server owns framing
        head += h.first + ": " + h.second + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\nDate: " + httpDate() +
            "\r\nConnection: " + (keepAlive ? QByteArray("keep-alive") : QByteArray("close")) + "\r\n\r\n";
    return head;
}

// Makes the next close send a TCP RST instead of a FIN, as a crashing proxy would.
void armReset(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        linger hard{1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, bool secure, HttpHandler handler,
                               const HttpServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_secure(secure)
    , m_handler(std::move(handler))
    , m_options(options)
    , m_parser(options.limits)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle delay on small responses
    m_idleTimer.setSingleShot(true);
    m_delayTimer.setSingleShot(true);
    m_delayTimer.setTimerType(Qt::PreciseTimer); // latency must not come early
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdle);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readSocket);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    if (m_options.idleTimeoutMs > 0)
        m_idleTimer.start(m_options.idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readSocket, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    m_socket->disconnect(this);
}

void HttpConnection::abort()
{
    m_closing = true;
    m_delayTimer.stop();
    m_idleTimer.stop();
    m_socket->abort();
}

void HttpConnection::readSocket()
{
    if (m_closing)
        return;
    if (m_busy && m_parser.bufferedBytes() > kMaxBufferedWhileBusy)
        return; // resumed when the pending response is written
    if (const QByteArray bytes = m_socket->readAll(); !bytes.isEmpty()) {
        m_parser.feed(bytes);
        if (m_options.idleTimeoutMs > 0)
            m_idleTimer.start(m_options.idleTimeoutMs);
    }
    processRequests();
}

void HttpConnection::processRequests()
{
    while (!m_busy && !m_closing) {
        HttpRequest request;
        const HttpRequestParser::State state = m_parser.next(&request);
        if (m_parser.takeExpectContinue())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (state == HttpRequestParser::State::NeedMore)
            return;
        if (state == HttpRequestParser::State::Error) {
            answerParseError();
            return;
        }
        dispatch(request);
    }
}

void HttpConnection::dispatch(const HttpRequest &parsed)
{
    m_requestClock.start();
    HttpRequest request = parsed;
    request.peer = m_socket->peerAddress();
    request.secure = m_secure;
    const bool keepAlive = m_parser.keepAlive();
    const HttpReply reply = m_handler(request);
    if (reply.delayMs <= 0) {
        deliver(reply, request.method, keepAlive);
        return;
    }
    m_busy = true;
    m_pendingReply = reply;
    m_pendingMethod = request.method;
    m_delayTimer.disconnect(this);
    connect(&m_delayTimer, &QTimer::timeout, this, [this, keepAlive] {
        m_busy = false;
        deliver(m_pendingReply, m_pendingMethod, keepAlive);
        if (!m_closing)
            readSocket(); // continue with pipelined requests
    });
    m_delayTimer.start(reply.delayMs);
}

void HttpConnection::deliver(const HttpReply &reply, const QByteArray &httpMethod, bool keepAlive)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_closing = true; // the client left while the response was pending
        emitExchange(reply, httpMethod, 0);
        return;
    }
    const HttpResponse &response = reply.response;
    const bool full = reply.delivery == HttpReply::Delivery::Full;
    const bool headOnly = httpMethod == "HEAD";
    keepAlive = keepAlive && full;
    qsizetype sent = headOnly ? 0 : response.body.size();
    if (!full)
        sent = std::min<qsizetype>(sent, response.body.size() / 2);
    // one write: head and body leave in the same TLS record / TCP segment where they fit
    m_socket->write(responseHead(response, response.body.size(), keepAlive) +
                    QByteArrayView(response.body.constData(), sent));

    emitExchange(reply, httpMethod, sent);

    if (reply.delivery == HttpReply::Delivery::ResetMidBody) {
        m_closing = true;
        whenFlushed([this] {
            QTimer::singleShot(kResetGraceMs, this, [this] {
                armReset(m_socket);
                m_socket->abort();
                emit finished();
            });
        });
    } else if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // flushes first
    } else if (m_options.idleTimeoutMs > 0) {
        m_idleTimer.start(m_options.idleTimeoutMs);
    }
}

void HttpConnection::emitExchange(const HttpReply &reply, const QByteArray &httpMethod, qint64 sentBytes)
{
    HttpExchange exchange;
    exchange.httpMethod = httpMethod;
    exchange.logMethod = reply.response.logMethod;
    exchange.status = reply.response.status;
    exchange.bytes = sentBytes;
    exchange.elapsedMs = m_requestClock.elapsed();
    exchange.fault = reply.fault;
    exchange.secure = m_secure;
    exchange.batchRefusals = reply.response.batchRefusals;
    emit exchanged(exchange);
}

void HttpConnection::onDisconnected()
{
    if (m_busy) { // the client gave up waiting: log the exchange that never reached it
        m_busy = false;
        m_delayTimer.stop();
        emitExchange(m_pendingReply, m_pendingMethod, 0);
    }
    m_closing = true;
    emit finished();
}

void HttpConnection::answerParseError()
{
    m_requestClock.start();
    HttpReply reply;
    reply.response.status = m_parser.errorStatus();
    reply.response.headers.append({QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")});
    reply.response.body = m_parser.errorReason() + '\n';
    deliver(reply, QByteArray(), false);
}

qint64 HttpConnection::pendingBytes() const
{
    const auto *ssl = qobject_cast<const QSslSocket *>(m_socket);
    return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
}

void HttpConnection::whenFlushed(std::function<void()> then)
{
    if (pendingBytes() == 0 || m_socket->state() != QAbstractSocket::ConnectedState) {
        then();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto encrypted = std::make_shared<QMetaObject::Connection>();
    auto check = [this, connection, encrypted, then] {
        if (pendingBytes() > 0)
            return;
        disconnect(*connection);
        disconnect(*encrypted);
        then();
    };
    *connection = connect(m_socket, &QIODevice::bytesWritten, this, check);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        *encrypted = connect(ssl, &QSslSocket::encryptedBytesWritten, this, check);
}

void HttpConnection::onIdle()
{
    if (m_busy) {
        m_idleTimer.start(m_options.idleTimeoutMs); // a delayed response is still owed
        return;
    }
    m_closing = true;
    m_socket->disconnectFromHost();
}

} // namespace b24
