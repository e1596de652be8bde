#include "core/sandbox/operatinglimiter.h"

#include <algorithm>

namespace b24 {

QString OperatingLimiter::key(const QString &webhook, const QString &method)
{
    return webhook + QLatin1Char(' ') + method; // neither holds a space
}

OperatingLimiter::Account *OperatingLimiter::account(const QString &key, qint64 nowMs)
{
    const auto it = m_accounts.find(key);
    if (it == m_accounts.end())
        return nullptr;
    Account &a = *it;
    std::erase_if(a.pending, [&a, nowMs](const Pending &p) {
        if (p.visibleFromMs > nowMs)
            return false;
        a.buckets.try_emplace(p.minute, Bucket{0, p.firstMs}).first->second.seconds += p.seconds;
        return true;
    });
    const qint64 oldestCounted = nowMs / BucketMs - (BucketCount - 1);
    std::erase_if(a.buckets, [oldestCounted](const auto &entry) { return entry.first < oldestCounted; });
    return &a;
}

void OperatingLimiter::record(const QString &webhook, const QString &method, qint64 requestStartMs,
                              qint64 firstCallMs, double seconds, qint64 visibleFromMs)
{
    if (!enabled() || seconds <= MinimalFixTime)
        return;
    m_accounts[key(webhook, method)].pending.push_back(
        Pending{requestStartMs / BucketMs, firstCallMs, seconds, visibleFromMs});
}

void OperatingLimiter::record(const QString &method, qint64 startMs, double seconds)
{
    record({}, method, startMs, startMs, seconds, startMs);
}

double OperatingLimiter::operating(const QString &webhook, const QString &method, qint64 nowMs)
{
    const Account *a = account(key(webhook, method), nowMs);
    double sum = 0;
    if (a)
        for (const auto &[minute, bucket] : a->buckets)
            sum += bucket.seconds;
    return sum;
}

std::optional<qint64> OperatingLimiter::resetAt(const QString &webhook, const QString &method, qint64 nowMs)
{
    const Account *a = account(key(webhook, method), nowMs);
    if (!a || a->buckets.empty())
        return std::nullopt;
    return (a->buckets.begin()->second.firstMs + BucketCount * BucketMs) / 1000;
}

} // namespace b24
