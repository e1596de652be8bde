#pragma once

#include "core/sandbox/httprequestparser.h"
#include "core/sandbox/httpserveroptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace b24 {

// One client connection: parses requests, calls the handler, writes responses in order (keep-alive,
// pipelining), delays and breaks them as the reply asks, and closes on idle or on request.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, bool secure, HttpHandler handler, const HttpServerOptions &options,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Drops the connection now.
    void abort();

signals:
    void exchanged(const b24::HttpExchange &exchange);
    void finished(); // the socket is closed; the owner may delete this object

private:
    void readSocket();
    void processRequests();
    void dispatch(const HttpRequest &request);
    void deliver(const HttpReply &reply, const QByteArray &httpMethod, bool keepAlive);
    void answerParseError();
    void emitExchange(const HttpReply &reply, const QByteArray &httpMethod, qint64 sentBytes);
    void onDisconnected();
    void whenFlushed(std::function<void()> then);
    qint64 pendingBytes() const;
    void onIdle();

    QTcpSocket *m_socket;
    bool m_secure;
    HttpHandler m_handler;
    HttpServerOptions m_options;
    HttpRequestParser m_parser;
    QTimer m_idleTimer;
    QTimer m_delayTimer;
    QElapsedTimer m_requestClock;
    HttpReply m_pendingReply; // while m_busy
    QByteArray m_pendingMethod;
    bool m_busy = false;    // a response is waiting for its delay
    bool m_closing = false; // no more requests are read
};

} // namespace b24
