#pragma once

#include "core/b24/apiversion.h"

#include <QMetaType>
#include <QString>

namespace b24 {

// One HTTP exchange (one attempt) as history and logs see it. Never holds the secret.
struct RequestLogEntry
{
    QString origin;     // https://host[:port]
    QString method;     // REST method ("batch" for a batch envelope)
    int httpStatus = 0; // 0: no HTTP answer (network, TLS, timeout, cancel)
    qint64 elapsedMs = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    QString requestId; // X-Request-ID, shared by the attempts of one call
    int attempt = 1;
    QString errorCode;               // empty when the call succeeded
    ApiVersion api = ApiVersion::V2; // which endpoint: /rest/ (v2) or /rest/api/ (v3)
};

} // namespace b24

Q_DECLARE_METATYPE(b24::RequestLogEntry)
