#pragma once

#include "core/sandbox/portal.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace b24 {

// Builds HttpRequests for Portal::handle in the portal-logic tests (no sockets: the server
// helper's tests cover the wire).
struct PortalCall
{
    HttpResponse response;
    QJsonObject json;
    QString error() const { return json.value(QStringLiteral("error")).toString(); }
};

inline PortalCall callPortal(Portal &portal, const QByteArray &pathAndQuery, const QByteArray &body = {},
                             const QByteArray &contentType = "application/json", bool secure = true)
{
    HttpRequest request;
    request.method = body.isEmpty() ? "GET" : "POST";
    request.target = pathAndQuery;
    const qsizetype q = pathAndQuery.indexOf('?');
    request.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    request.query = q < 0 ? QByteArray() : pathAndQuery.mid(q + 1);
    request.body = body;
    request.secure = secure;
    if (!body.isEmpty())
        request.headers.append({"content-type", contentType});
    PortalCall call;
    call.response = portal.handle(request);
    call.json = QJsonDocument::fromJson(call.response.body).object();
    return call;
}

inline QByteArray hookPath(const Portal &portal, const QByteArray &method)
{
    return portal.webhookPath().toUtf8() + method;
}

} // namespace b24
