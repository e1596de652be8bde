#include "core/b24/operatingbudget.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace b24 {

namespace {
// The newest calls weigh most: a page's cost changes with the rows and fields it carries.
constexpr double kCostWeight = 0.3;
// Cheaper calls than this cost the budget nothing: as many fit as anyone wants.
constexpr int kUnlimitedCalls = std::numeric_limits<int>::max() / 2;
} // namespace

OperatingBudget::OperatingBudget(double limitSeconds)
    : m_limit(limitSeconds)
{}

void OperatingBudget::add(qint64 minute, double seconds)
{
    auto it = std::lower_bound(m_buckets.begin(), m_buckets.end(), minute,
                               [](const Bucket &bucket, qint64 m) { return bucket.minute < m; });
    if (it != m_buckets.end() && it->minute == minute)
        it->seconds += seconds;
    else
        m_buckets.insert(it, Bucket{minute, seconds});
}

void OperatingBudget::record(const ResponseTime &time, int calls)
{
    const double processing = std::max(0.0, time.processing);
    const double perCall = processing / std::max(1, calls);
    m_cost = m_cost <= 0 ? perCall : (1 - kCostWeight) * m_cost + kCostWeight * perCall;
    const double finish = std::max(time.finish, time.start);
    // Buckets that left the window before this call are gone for good.
    m_buckets.erase(std::remove_if(m_buckets.begin(), m_buckets.end(),
                                   [finish](const Bucket &bucket) { return expiry(bucket) <= finish; }),
                    m_buckets.end());
    if (processing >= kMinimalCountedSeconds)
        add(qint64(std::floor(time.start / 60.0)), processing);
    // The portal's sum counts what this model did not see: put the difference where the portal's
    // oldest bucket is, which is when it leaves again.
    if (time.operating) {
        const double missing = *time.operating - usedAt(finish);
        if (missing > kMinimalCountedSeconds) {
            const double oldest =
                time.operatingResetAt ? double(*time.operatingResetAt) - kWindowMinutes * 60.0 : time.start;
            add(qint64(std::floor(oldest / 60.0)), missing);
        }
    }
}

double OperatingBudget::usedAt(double t) const
{
    double used = 0;
    for (const Bucket &bucket : m_buckets) {
        if (expiry(bucket) > t)
            used += bucket.seconds;
    }
    return used;
}

int OperatingBudget::callsThatFit(double t, double cost) const
{
    if (cost < kMinimalCountedSeconds || m_limit <= 0)
        return kUnlimitedCalls;
    // The portal lets a call start while the sum is within the limit; spending up to the limit
    // itself keeps the last call's start a whole call's cost inside it.
    const double room = m_limit - usedAt(t);
    return room < cost ? 0 : int(std::min<double>(kUnlimitedCalls, std::floor(room / cost)));
}

double OperatingBudget::timeWhenFits(double t, int calls, double cost) const
{
    // No more than an empty window holds, and at least one call.
    const double emptyRoom = m_limit;
    const int most = cost < kMinimalCountedSeconds
                         ? kUnlimitedCalls
                         : std::max(1, int(std::min<double>(kUnlimitedCalls, std::floor(emptyRoom / cost))));
    const int wanted = std::clamp(calls, 1, most);
    if (callsThatFit(t, cost) >= wanted)
        return t;
    for (const Bucket &bucket : m_buckets) {
        const double when = expiry(bucket);
        if (when > t && callsThatFit(when, cost) >= wanted)
            return when;
    }
    return m_buckets.isEmpty() ? t : std::max(t, expiry(m_buckets.last()));
}

} // namespace b24
