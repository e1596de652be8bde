#pragma once

#include "core/sandbox/httpmessage.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace b24 {

// What the portal keeps of REST 3.0 writes sent with an Idempotency-Key (docs/protocol.md §11.6):
// the successful answer per (webhook, method, key) for 24 hours of portal time, with the body it
// answered, so a repeat is told from a different request under the same key.
class ApiV3Idempotency
{
public:
    static constexpr qint64 kKeepMs = 24LL * 3600 * 1000;

    // 1–255 printable ASCII characters.
    static bool validKey(const QByteArray &key);

    struct Stored
    {
        QByteArray requestHash;
        HttpResponse response;
        qint64 storedAtMs = 0;
    };
    // The answer stored for this key, if it is still kept.
    const Stored *find(const QString &webhook, const QString &method, const QByteArray &key, qint64 nowMs);
    void store(const QString &webhook, const QString &method, const QByteArray &key,
               const QByteArray &requestBody, const HttpResponse &response, qint64 nowMs);
    static QByteArray hash(const QByteArray &requestBody);

private:
    QHash<QString, Stored> m_stored;
};

} // namespace b24
