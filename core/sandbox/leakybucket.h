#pragma once

#include <QtGlobal>

namespace b24 {

// The portal's request-rate limit (docs/protocol.md §4.1): +1 per HTTP request, drains `drainPerSecond`, a
// request that would push the level over `capacity` is refused (503 QUERY_LIMIT_EXCEEDED).
class LeakyBucket
{
public:
    LeakyBucket(double capacity, double drainPerSecond)
        : m_capacity(capacity)
        , m_drain(drainPerSecond)
    {}
    bool tryAcquire(qint64 nowMs);
    double level() const { return m_level; }

private:
    double m_capacity;
    double m_drain;
    double m_level = 0;
    qint64 m_lastMs = 0;
};

} // namespace b24
