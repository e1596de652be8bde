#pragma once

#include "core/b24/clock.h"

#include <memory>

namespace b24 {

// Client-side view of the portal limits. Defaults = standard plan and the JS SDK constants.
struct LimiterSettings
{
    bool unlimited = false;      // no request-rate limit at all (sandbox benchmarks)
    int burst = 50;              // bucket capacity
    double drainPerSecond = 2.0; // requests drained per second
    // Requests kept free below the burst. The portal counts a request when it arrives, we count it
    // when it leaves; TLS handshakes and latency make the portal's bucket drain later than ours, so
    // filling ours to the brim lets the first request past the burst arrive early (one 503).
    // Two requests cover up to 1 s of such lag at 2 req/s. Clamped to burst - 1.
    int headroom = 2;

    double operatingLimitSeconds = 480; // the portal's per-method budget per 10 minutes
    qint64 operatingSafetyMs = 5000;    // pause a method once within this of the limit
    double slowdownPercent = 80;        // start delaying a method above this share of the budget
    double slowdownCoefficient = 0.01;  // delay = time to reset * coefficient ...
    qint64 maxSlowdownMs = 7000;        // ... capped
    qint64 pauseWithoutResetMs = 10000; // pause after OPERATION_TIME_LIMIT when no reset is known
    qint64 statsLifetimeMs = 610000;    // per-method stats older than this are forgotten

    std::shared_ptr<Clock> clock; // null: SystemClock

    static LimiterSettings standard() { return {}; }
    static LimiterSettings enterprise()
    {
        LimiterSettings s;
        s.burst = 250;
        s.drainPerSecond = 5.0;
        return s;
    }
    static LimiterSettings unlimitedPlan()
    {
        LimiterSettings s;
        s.unlimited = true;
        return s;
    }
};

} // namespace b24
