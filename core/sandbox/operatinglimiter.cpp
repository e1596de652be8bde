#include "sandbox/operatinglimiter.h"

namespace b24 {

OperatingLimiter::Buckets &OperatingLimiter::buckets(const QString &method, qint64 nowMs)
{
    Buckets &b = m_methods[method];
    const qint64 minute = nowMs / 60000;
    for (Bucket &bucket : b)
        if (bucket.minute >= 0 && bucket.minute <= minute - 10)
            bucket = Bucket();
    return b;
}

bool OperatingLimiter::blocked(const QString &method, qint64 nowMs)
{
    return enabled() && operating(method, nowMs) > m_limit;
}

void OperatingLimiter::record(const QString &method, qint64 startMs, double seconds)
{
    if (!enabled() || seconds < MinimalFixTime)
        return;
    Buckets &b = buckets(method, startMs);
    const qint64 minute = startMs / 60000;
    Bucket &bucket = b[size_t(minute % 10)];
    if (bucket.minute != minute)
        bucket = Bucket{minute, 0, startMs};
    bucket.seconds += seconds;
}

double OperatingLimiter::operating(const QString &method, qint64 nowMs)
{
    if (!m_methods.contains(method))
        return 0;
    double sum = 0;
    for (const Bucket &bucket : buckets(method, nowMs))
        sum += bucket.seconds;
    return sum;
}

std::optional<qint64> OperatingLimiter::resetAt(const QString &method, qint64 nowMs)
{
    if (!m_methods.contains(method))
        return std::nullopt;
    std::optional<qint64> oldest;
    for (const Bucket &bucket : buckets(method, nowMs))
        if (bucket.minute >= 0 && (!oldest || bucket.firstMs < *oldest))
            oldest = bucket.firstMs;
    if (!oldest)
        return std::nullopt;
    return *oldest / 1000 + 600;
}

} // namespace b24
