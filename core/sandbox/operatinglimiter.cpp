#include "sandbox/operatinglimiter.h"

namespace b24 {

QString OperatingLimiter::key(const QString &webhook, const QString &method)
{
    return webhook + QLatin1Char(' ') + method; // neither holds a space
}

OperatingLimiter::Buckets *OperatingLimiter::buckets(const QString &key, qint64 nowMs)
{
    const auto it = m_accounts.find(key);
    if (it == m_accounts.end())
        return nullptr;
    std::erase_if(*it, [nowMs](const auto &entry) { return entry.second.firstMs + WindowMs <= nowMs; });
    return &*it;
}

bool OperatingLimiter::blocked(const QString &webhook, const QString &method, qint64 nowMs)
{
    return enabled() && operating(webhook, method, nowMs) > m_limit;
}

void OperatingLimiter::record(const QString &webhook, const QString &method, qint64 startMs, double seconds)
{
    if (!enabled() || seconds < MinimalFixTime)
        return;
    const QString k = key(webhook, method);
    Buckets *b = buckets(k, startMs);
    if (!b)
        b = &m_accounts[k];
    b->try_emplace(startMs / 60000, Bucket{0, startMs}).first->second.seconds += seconds;
}

double OperatingLimiter::operating(const QString &webhook, const QString &method, qint64 nowMs)
{
    const Buckets *b = buckets(key(webhook, method), nowMs);
    double sum = 0;
    if (b)
        for (const auto &[minute, bucket] : *b)
            sum += bucket.seconds;
    return sum;
}

std::optional<qint64> OperatingLimiter::resetAt(const QString &webhook, const QString &method, qint64 nowMs)
{
    const Buckets *b = buckets(key(webhook, method), nowMs);
    std::optional<qint64> oldest;
    if (b)
        for (const auto &[minute, bucket] : *b)
            if (!oldest || bucket.firstMs < *oldest)
                oldest = bucket.firstMs;
    if (!oldest)
        return std::nullopt;
    return (*oldest + WindowMs) / 1000;
}

} // namespace b24
