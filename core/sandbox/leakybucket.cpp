#include "core/sandbox/leakybucket.h"

#include <algorithm>

namespace b24 {

bool LeakyBucket::tryAcquire(qint64 nowMs)
{
    if (m_lastMs != 0 && nowMs > m_lastMs)
        m_level = std::max(0.0, m_level - double(nowMs - m_lastMs) / 1000.0 * m_drain);
    m_lastMs = std::max(m_lastMs, nowMs);
    if (m_level + 1 > m_capacity)
        return false;
    m_level += 1;
    return true;
}

} // namespace b24
