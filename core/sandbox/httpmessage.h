#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace b24 {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request as the sandbox's server hands it to the portal.
struct HttpRequest
{
    QByteArray method;   // "GET", "POST", ...
    QByteArray target;   // raw request target: path plus optional "?query"
    QByteArray path;     // percent-encoded path, without the query
    QByteArray query;    // raw query string, without '?'
    HttpHeaders headers; // names lower-cased
    QByteArray body;     // de-chunked
    QHostAddress peer;
    bool secure = true; // false when it arrived on a plain-HTTP port

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers)
            if (h.first == lowerName)
                return h.second;
        return {};
    }
};

// What the portal answers; the server adds Content-Length, Date and Connection.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    // Filled by the portal for the request log: the REST method(s) served ("batch" lists its commands).
    QByteArray logMethod;
    // Handler time the portal models on top of the real one (page costs, portal time): the server
    // answers that much later.
    double handlerMs = 0;
    // Batch commands refused with OPERATION_TIME_LIMIT: the HTTP status (200) does not show them.
    int batchRefusals = 0;
};

} // namespace b24
