#pragma once

#include "core/b24/responsetime.h"

#include <QList>

namespace b24 {

// The portal's operating budget for one method of one webhook, modelled as the portal keeps it
// (protocol §4.2): a request's handler seconds for the method go into the bucket of the minute it
// started, less than 0.1 s is not counted, a bucket leaves the sum ten minutes later, and a call is
// refused once the sum is over the limit. Learnt from the answers' time objects, in the portal's
// time (seconds); the model never reads a clock, so a time-scaled portal is modelled as well.
class OperatingBudget
{
public:
    static constexpr double kMinimalCountedSeconds = 0.1;
    static constexpr int kWindowMinutes = 10;

    explicit OperatingBudget(double limitSeconds = 480);
    void setLimit(double limitSeconds) { m_limit = limitSeconds; }
    double limit() const { return m_limit; }

    // One request ran `calls` calls of the method (a batch may hold many): `time` spans them, its
    // processing is their sum, which the portal charges as one (when it passes 0.1 s) in the bucket
    // of the minute the request started. The portal's own sum (operating) corrects the model when
    // it holds more (calls of other programs on this webhook).
    void record(const ResponseTime &time, int calls = 1);
    // Seconds in the window at portal time t.
    double usedAt(double t) const;
    // Handler seconds per call, as observed lately (0: nothing seen yet).
    double costPerCall() const { return m_cost; }
    bool known() const { return m_cost > 0; }
    // Calls of `cost` that may start at t one after the other and keep the sum within the budget
    // (the portal would still start one more: that call's cost is the margin for what the model
    // cannot see, such as timing noise).
    int callsThatFit(double t, double cost) const;
    // The earliest portal time >= t at which `calls` calls fit (the buckets that leave by then
    // freeing their seconds); t itself when they fit already. Never past the window's end.
    double timeWhenFits(double t, int calls, double cost) const;

private:
    struct Bucket
    {
        qint64 minute = 0;
        double seconds = 0;
    };
    void add(qint64 minute, double seconds);
    // Portal time at which `bucket` leaves the sum.
    static double expiry(const Bucket &bucket) { return double(bucket.minute + kWindowMinutes) * 60.0; }

    double m_limit;
    double m_cost = 0;
    QList<Bucket> m_buckets; // by minute, oldest first
};

} // namespace b24
