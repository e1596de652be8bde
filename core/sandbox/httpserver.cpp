#include "core/sandbox/httpserver.h"

#include "core/sandbox/httpconnection.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace b24 {

namespace {

constexpr int kMaxPending = 1024; // QSslServer counts handshakes in progress against this
constexpr int kBacklog = 512;
constexpr int kHandshakeTimeoutMs = 10000;

} // namespace

HttpServer::HttpServer(HttpHandler handler, const HttpServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_options(options)
{}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listenTls(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                           const QSslKey &key, QString *error)
{
    auto *server = new QSslServer(this);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(certificate);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // clients don't present certificates
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setAllowedNextProtocols({QByteArray("http/1.1")}); // no HTTP/2 here
    server->setSslConfiguration(conf);
    server->setHandshakeTimeout(kHandshakeTimeoutMs);
    if (!startListening(server, address, port, error)) {
        delete server;
        return false;
    }
    delete m_tls;
    m_tls = server;
    return true;
}

bool HttpServer::listenPlain(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new QTcpServer(this);
    if (!startListening(server, address, port, error)) {
        delete server;
        return false;
    }
    delete m_plain;
    m_plain = server;
    return true;
}

bool HttpServer::startListening(QTcpServer *server, const QHostAddress &address, quint16 port, QString *error)
{
    server->setMaxPendingConnections(kMaxPending);
    server->setListenBacklogSize(kBacklog);
    const bool secure = qobject_cast<QSslServer *>(server) != nullptr;
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            [this, server, secure] { acceptPending(server, secure); });
    if (server->listen(address, port))
        return true;
    if (error)
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString(), QString::number(port), server->errorString());
    return false;
}

quint16 HttpServer::tlsPort() const
{
    return m_tls ? m_tls->serverPort() : 0;
}

quint16 HttpServer::plainPort() const
{
    return m_plain ? m_plain->serverPort() : 0;
}

bool HttpServer::isListening() const
{
    return (m_tls && m_tls->isListening()) || (m_plain && m_plain->isListening());
}

void HttpServer::acceptPending(QTcpServer *server, bool secure)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, secure, m_handler, m_options, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::exchanged, this, &HttpServer::exchanged);
        connect(connection, &HttpConnection::finished, this, [this, connection] { forget(connection); });
    }
}

void HttpServer::forget(HttpConnection *connection)
{
    if (m_connections.remove(connection))
        connection->deleteLater();
}

void HttpServer::close()
{
    for (QTcpServer *server : {m_tls, m_plain})
        if (server)
            server->close();
    const QSet<HttpConnection *> open = m_connections;
    m_connections.clear();
    for (HttpConnection *connection : open) {
        connection->disconnect(this);
        connection->abort();
        connection->deleteLater();
    }
}

} // namespace b24
