#include "core/sandbox/apiv3idempotency.h"

#include <QCryptographicHash>

namespace b24 {

namespace {
QString slot(const QString &webhook, const QString &method, const QByteArray &key)
{
    return webhook + QLatin1Char('\n') + method + QLatin1Char('\n') + QString::fromLatin1(key);
}
} // namespace

bool ApiV3Idempotency::validKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 255)
        return false;
    for (const char c : key)
        if (c < 0x20 || c > 0x7e)
            return false;
    return true;
}

QByteArray ApiV3Idempotency::hash(const QByteArray &requestBody)
{
    return QCryptographicHash::hash(requestBody, QCryptographicHash::Sha256);
}

const ApiV3Idempotency::Stored *ApiV3Idempotency::find(const QString &webhook, const QString &method,
                                                       const QByteArray &key, qint64 nowMs)
{
    const auto it = m_stored.find(slot(webhook, method, key));
    if (it == m_stored.end())
        return nullptr;
    if (nowMs - it->storedAtMs >= kKeepMs) {
        m_stored.erase(it);
        return nullptr;
    }
    return &it.value();
}

void ApiV3Idempotency::store(const QString &webhook, const QString &method, const QByteArray &key,
                             const QByteArray &requestBody, const HttpResponse &response, qint64 nowMs)
{
    m_stored.insert(slot(webhook, method, key), {hash(requestBody), response, nowMs});
}

} // namespace b24
