#pragma once

#include "core/sandbox/httpserveroptions.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>

class QTcpServer;
class QTcpSocket;

namespace b24 {

class HttpConnection;

// A small HTTP/1.1 server: one TLS listener (QSslServer) and optionally one plain-HTTP listener, both
// feeding the same handler. Everything runs on the owner's event loop; nothing blocks.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(HttpHandler handler, const HttpServerOptions &options = {},
                        QObject *parent = nullptr);
    ~HttpServer() override;

    bool listenTls(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                   const QSslKey &key, QString *error = nullptr);
    bool listenPlain(const QHostAddress &address, quint16 port, QString *error = nullptr);
    quint16 tlsPort() const;
    quint16 plainPort() const;
    bool isListening() const;

    // Stops listening and drops every open connection.
    void close();
    int connectionCount() const { return int(m_connections.size()); }

signals:
    void exchanged(const b24::HttpExchange &exchange);

private:
    bool startListening(QTcpServer *server, const QHostAddress &address, quint16 port, QString *error);
    void acceptPending(QTcpServer *server, bool secure);
    void forget(HttpConnection *connection);

    HttpHandler m_handler;
    HttpServerOptions m_options;
    QTcpServer *m_tls = nullptr;
    QTcpServer *m_plain = nullptr;
    QSet<HttpConnection *> m_connections;
};

} // namespace b24
