#pragma once

#include "core/sandbox/httpmessage.h"
#include "core/sandbox/httprequestparser.h"

#include <functional>

namespace b24 {

// How a connection is served.
struct HttpServerOptions
{
    int idleTimeoutMs = 30000; // an idle keep-alive connection is closed after this
    HttpRequestParser::Limits limits;
};

// The handler's answer plus how to deliver it (delay and transport faults).
struct HttpReply
{
    enum class Delivery
    {
        Full,
        ResetMidBody, // send the head and part of the body, then reset the connection
        TruncateBody  // announce the full Content-Length, send part of the body, then close
    };
    HttpResponse response;
    int delayMs = 0;
    Delivery delivery = Delivery::Full;
    QByteArray fault; // name for the request log, empty when none
};

// One finished exchange, for the request log. Holds no path: the path carries the webhook secret.
struct HttpExchange
{
    QByteArray httpMethod;
    QByteArray logMethod;
    int status = 0;
    qint64 bytes = 0; // response body bytes actually sent
    qint64 elapsedMs = 0;
    QByteArray fault;
    bool secure = true;
    int batchRefusals = 0; // see HttpResponse
};

using HttpHandler = std::function<HttpReply(const HttpRequest &)>;

} // namespace b24
