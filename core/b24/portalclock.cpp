#include "core/b24/portalclock.h"

#include <algorithm>
#include <cmath>

namespace b24 {

namespace {
// A rate is read once the observations span this much local time, or as soon as the portal's
// clock has moved this much (no network delay makes a real portal's clock run 30 s ahead), and only
// when it is clearly not 1 (latency moves single readings by tens of milliseconds).
constexpr qint64 kMinimalSpanMs = 2000;
constexpr double kMinimalPortalSeconds = 30;
constexpr double kRateTolerance = 0.2;
} // namespace

void PortalClock::observe(double portalSeconds, qint64 localMs)
{
    if (!m_known) {
        m_known = true;
        m_firstPortal = portalSeconds;
        m_firstLocal = localMs;
    }
    m_lastPortal = portalSeconds;
    m_lastLocal = localMs;
    const qint64 span = m_lastLocal - m_firstLocal;
    const double moved = m_lastPortal - m_firstPortal;
    if (span > 0 && moved > 0 && (span >= kMinimalSpanMs || moved >= kMinimalPortalSeconds)) {
        m_confirmed = true;
        const double rate = (m_lastPortal - m_firstPortal) * 1000.0 / double(span);
        m_rate = std::fabs(rate - 1.0) < kRateTolerance ? 1.0 : std::max(rate, 0.01);
    }
}

double PortalClock::portalNow(qint64 localMs) const
{
    if (!m_known)
        return 0;
    return m_lastPortal + double(localMs - m_lastLocal) / 1000.0 * m_rate;
}

qint64 PortalClock::localDelayMs(double portalSeconds) const
{
    if (portalSeconds <= 0)
        return 0;
    return qint64(std::ceil(portalSeconds * 1000.0 / m_rate));
}

} // namespace b24
